// Chapter 5, "Power is the collateral", in a real browser: the four power figures server-rendered at
// the defaults and hydrated unchanged; each driven by the keyboard or a select, its values equal to
// the figure function's for the link it writes, and a reload of that link; their tables; a
// malformed link's notices (axe on the chapter is a11y-modes.spec.ts). Expected values come from src/figures, computed here in Node.
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { chapterPath, distinct, expectedFigure, expectedValues, figureReady, figureRoot, figureValues } from './figures.ts';

const ids = ['site-use', 'flexible-load', 'hosting', 'hedge'] as const;
const url = chapterPath('site-use');
const search = (page: Page) => new URL(page.url()).search;

async function gotoChapter(page: Page, query = ''): Promise<void> {
  await page.goto(`${url}${query}`);
  for (const id of ids) await expect(figureRoot(page, id)).toHaveAttribute('data-hydrated', '');
}

/** The figure on the page shows exactly what the figure function computes for the link. */
async function expectFigureAt(page: Page, id: string, query: string): Promise<void> {
  const root = await figureReady(page, id);
  await expect.poll(async () => distinct(await figureValues(root)), { message: `${id} at ${query || 'the defaults'}` }).toEqual(expectedValues(expectedFigure(id, query)));
}

test('the chapter server-renders the four power figures at the defaults and hydrates them unchanged', async ({ page }) => {
  await gotoChapter(page);
  for (const id of ids) await expectFigureAt(page, id, '');
  // The default rent is Hut 8's: $7 bn ÷ 15 years ÷ 245 MW.
  await expect(figureRoot(page, 'site-use').locator('[data-metric="ai-usd-per-mw-year"]').first()).toHaveAttribute('data-value', '1904762');
});

test('site use by keyboard: a step up on the conversion time, the figure and the link follow, and a reload restores it', async ({ page }) => {
  await gotoChapter(page);
  const slider = page.locator('#su-convmonths');
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(slider).toHaveValue('13');
  await expect.poll(() => search(page)).toBe('?convmonths=13&v=2');
  await expectFigureAt(page, 'site-use', '?convmonths=13&v=2');
  await page.reload();
  await gotoChapter(page, '?convmonths=13&v=2');
  await expect(page.locator('#su-convmonths')).toHaveValue('13');
  await expectFigureAt(page, 'site-use', '?convmonths=13&v=2');
});

test('flexible load by keyboard: a higher peak switches the machine off for more hours', async ({ page }) => {
  await gotoChapter(page);
  const box = page.locator('#fl-spikekwh-box');
  await box.fill('3');
  await box.press('Tab');
  await expect.poll(() => search(page)).toBe('?spikekwh=3&v=2');
  await expectFigureAt(page, 'flexible-load', '?spikekwh=3&v=2');
  const hours = (q: string) => expectedFigure('flexible-load', q).metrics.find((m) => m.name === 'hours-off')!.value;
  expect(hours('?spikekwh=3&v=2')).toBeGreaterThan(hours(''));
});

test('hosting: a pass-through contract never runs the host out of cash; the month disappears and the notice says never', async ({ page }) => {
  await gotoChapter(page);
  const root = await figureReady(page, 'hosting');
  await expect(root.locator('[data-metric="host-cash-out-month"]').first()).toHaveAttribute('data-value', '11');
  await page.locator('#ho-hostmode').selectOption('pass');
  await expect.poll(() => search(page)).toBe('?hostmode=pass&v=2');
  await expectFigureAt(page, 'hosting', '?hostmode=pass&v=2');
  await expect(root.locator('[data-metric-absent="host-cash-out-month"]')).toHaveText(/never/);
  // The chapter's sentence follows: the claim switches to its "holds" variant.
  await expect(page.locator('[data-claim="host-cash-out"]')).toContainText('never runs out of cash');
});

test('hedge: the same spot path from the hedge’s own select, and its table opens with every month', async ({ page }) => {
  await gotoChapter(page);
  await page.locator('#hg-spotpath').selectOption('flat');
  await expect.poll(() => search(page)).toBe('?spotpath=flat&v=2');
  await expectFigureAt(page, 'hedge', '?spotpath=flat&v=2');
  await expectFigureAt(page, 'hosting', '?spotpath=flat&v=2');
  const root = figureRoot(page, 'hedge');
  await root.locator('details > summary', { hasText: 'Table' }).click();
  await expect(root.locator('table tbody tr')).toHaveCount(24);
  // On a flat path the hedge only costs: its saving is negative.
  expect(expectedFigure('hedge', '?spotpath=flat&v=2').metrics.find((m) => m.name === 'hedge-saving-usd')!.value).toBeLessThan(0);
});

test('a malformed power link shows what was corrected and keeps what the reader set', async ({ page }) => {
  await gotoChapter(page, '?spotpath=summer&sitemw=-4&leaseyrs=12&v=2');
  await expect(page.locator('[data-link-notice]').first()).toBeVisible();
  await expect(page.locator('[data-link-notice] li[data-notice-key="spotpath"]').first()).toContainText('Spot price path: the link');
  await expect(page.locator('[data-link-notice]').first()).not.toContainText('summer'); // a notice never quotes the link
  await expectFigureAt(page, 'site-use', '?sitemw=1&leaseyrs=12&v=2');
});

