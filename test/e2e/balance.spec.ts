// Chapter 6, "Balance sheets", in a real browser: the three figures server-rendered at the defaults
// and hydrated unchanged; the treasury and capital stack driven by the keyboard and selects, their
// values equal to the figure function's for the link they write, and a reload of that link; the
// financing table; a malformed link's notices; and axe. Expected values come from src/figures.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { chapterPath, distinct, expectedFigure, expectedValues, figureReady, figureRoot, figureValues } from './figures.ts';

const ids = ['treasury', 'capital-stack', 'financing'] as const;
const url = chapterPath('treasury');
const search = (page: Page) => new URL(page.url()).search;

async function gotoChapter(page: Page, query = ''): Promise<void> {
  await page.goto(`${url}${query}`);
  for (const id of ids) await expect(figureRoot(page, id)).toHaveAttribute('data-hydrated', '');
}

async function expectFigureAt(page: Page, id: string, query: string): Promise<void> {
  const root = await figureReady(page, id);
  await expect.poll(async () => distinct(await figureValues(root)), { message: `${id} at ${query || 'the defaults'}` }).toEqual(expectedValues(expectedFigure(id, query)));
}

test('the chapter server-renders the three figures at the defaults and hydrates them unchanged', async ({ page }) => {
  await gotoChapter(page);
  for (const id of ids) await expectFigureAt(page, id, '');
});

test('treasury: choosing HODL rewrites the link and both balance-sheet figures, and a reload restores it', async ({ page }) => {
  await gotoChapter(page);
  await page.locator('#tr-rule').selectOption('hodl');
  await expect.poll(() => search(page)).toBe('?rule=hodl&v=2');
  await expectFigureAt(page, 'treasury', '?rule=hodl&v=2');
  await expectFigureAt(page, 'capital-stack', '?rule=hodl&v=2');
  await page.reload();
  await gotoChapter(page, '?rule=hodl&v=2');
  await expect(page.locator('#tr-rule')).toHaveValue('hodl');
  await expectFigureAt(page, 'treasury', '?rule=hodl&v=2');
});

test('capital stack by keyboard: a step up on the beta, the figure and the link follow', async ({ page }) => {
  await gotoChapter(page);
  const slider = page.locator('#cs-beta');
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(slider).toHaveValue('1.6');
  await expect.poll(() => search(page)).toBe('?beta=1.6&v=2');
  await expectFigureAt(page, 'capital-stack', '?beta=1.6&v=2');
});

test('a rising price converts the convertible: the dilution metric follows the trend path', async ({ page }) => {
  const query = '?pricepath=trend&drift=100&beta=1&v=2';
  await gotoChapter(page, query);
  await expectFigureAt(page, 'capital-stack', query);
  expect(expectedFigure('capital-stack', query).metrics.find((m) => m.name === 'dilution')!.value).toBeGreaterThan(0);
});

test('financing: its table opens with every document figure and its source', async ({ page }) => {
  await gotoChapter(page);
  const root = await figureReady(page, 'financing');
  await root.locator('details > summary', { hasText: 'Table' }).click();
  await expect(root.locator('table tbody tr')).toHaveCount(expectedFigure('financing', '').table.rows.length);
  await expect(root.locator('table tbody')).toContainText('TeraWulf');
});

test('a malformed balance-sheet link shows what was corrected and keeps what the reader set', async ({ page }) => {
  await gotoChapter(page, '?rule=hoard&cashusd=2000000&v=2');
  await expect(page.locator('[data-link-notice]').first()).toBeVisible();
  await expectFigureAt(page, 'treasury', '?cashusd=2000000&v=2');
});

test('the chapter has no axe violations', async ({ page }) => {
  await gotoChapter(page);
  for (const id of ids) await figureReady(page, id);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
