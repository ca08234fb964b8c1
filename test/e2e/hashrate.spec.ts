// Chapter 3, "Hashrate answers back": each of its four widgets in a real browser — driven by the
// keyboard, its values equal to the figure function's for the same link, its table, the link it
// writes and a reload of it — and format-1 links keeping what they showed (hashrate=trend).
import type { Page } from '@playwright/test';
import { expect, settled, test } from './helpers.ts';
import { colourRules, expectNoViolations } from './axe.ts';
import { chapterPath, distinct, expectedFigure, expectedValues, figureReady, figureRoot, figureValues, scenarioOf } from './figures.ts';
import { serializeLink } from '../../src/scenario/link.ts';

const ids = ['retarget', 'cost-curve', 'hashrate-response', 'security-budget'] as const;
const url = chapterPath('retarget');

async function gotoChapter(page: Page, query = ''): Promise<void> {
  await page.goto(`${url}${query}`);
  for (const id of ids) await expect(figureRoot(page, id)).toHaveAttribute('data-hydrated', '');
}

/** The figure on the page shows exactly what the figure function computes for the link. */
async function expectFigureAt(page: Page, id: string, query: string): Promise<void> {
  const root = await figureReady(page, id);
  await expect.poll(async () => distinct(await figureValues(root)), { message: `${id} at ${query || 'the defaults'}` }).toEqual(expectedValues(expectedFigure(id, query)));
}

const search = (page: Page) => new URL(page.url()).search;

test('the chapter server-renders all four figures at the defaults and hydrates them unchanged', async ({ page }) => {
  await gotoChapter(page);
  for (const id of ids) await expectFigureAt(page, id, '');
});

test('one retarget, by keyboard: three steps left on the hashrate slider make −15 %, and the link restores it', async ({ page }) => {
  await gotoChapter(page);
  const slider = page.locator('#rt-hrchange');
  await slider.focus();
  for (let i = 0; i < 3; i++) await slider.press('ArrowLeft');
  await expect(slider).toHaveValue('-15');
  await expect.poll(() => search(page)).toBe('?hrchange=-15&v=2');
  await expectFigureAt(page, 'retarget', '?hrchange=-15&v=2');
  const root = figureRoot(page, 'retarget');
  await expect(root.locator('[data-metric="next-diff"]').first()).toHaveText(/119\.85/); // 141 × 0.85
  await page.reload();
  await gotoChapter(page, '?hrchange=-15&v=2');
  await expect(page.locator('#rt-hrchange')).toHaveValue('-15');
  await expectFigureAt(page, 'retarget', '?hrchange=-15&v=2');
});

test('one retarget: the box clamps −95 % to the protocol-sized −80 % floor of the slider and says so', async ({ page }) => {
  await gotoChapter(page);
  const box = page.locator('#rt-hrchange-box');
  await box.fill('-95');
  await box.press('Tab');
  await expect(box).toHaveValue('-80');
  await expect(figureRoot(page, 'retarget').locator('.field__note').first()).toContainText(/minimum/i);
  await expectFigureAt(page, 'retarget', '?hrchange=-80&v=2');
});

test('cost curve: editing the fleet mix by keyboard rewrites the link, the curve and the table; a bad value is refused', async ({ page }) => {
  await gotoChapter(page);
  const root = figureRoot(page, 'cost-curve');
  await root.locator('details.mix-editor > summary').focus();
  await page.keyboard.press('Enter');
  const share = page.locator('#cc-fleet-4-share'); // the 30 J/TH class, 10 by default
  await share.fill('40');
  await share.press('Tab');
  const query = `?${serializeLink({ ...scenarioOf(''), fleet: '12-25_16.5-30_21.5-20_26-15_30-40' })}`;
  await expect.poll(() => search(page)).toBe(query);
  await expectFigureAt(page, 'cost-curve', query);
  // More old machines: more of the network underwater than at the default 10.75 %.
  expect(expectedFigure('cost-curve', query).metrics.find((m) => m.name === 'share-underwater')!.value).toBeGreaterThan(0.1075);
  // A J/TH the mix cannot take is refused with a note, and the link keeps the last good mix.
  const value = page.locator('#cc-fleet-0-value');
  await value.fill('500');
  await value.press('Tab');
  await expect(root.locator('.mix .field__note').first()).toContainText('outside 1–200 J/TH');
  await expect(value).toHaveValue('12');
  expect(search(page)).toBe(query);
  // Its table: one row per segment (5 classes × 4 tiers), the underwater ones marked.
  await root.locator('details.table-details > summary').click();
  await expect(root.locator('table.data tbody tr')).toHaveCount(20);
  await page.reload();
  await gotoChapter(page, query);
  await expectFigureAt(page, 'cost-curve', query);
});

test('cost curve: add and remove a class, and go back to the default mix', async ({ page }) => {
  await gotoChapter(page);
  const root = figureRoot(page, 'cost-curve');
  await root.locator('details.mix-editor > summary').click();
  await root.getByRole('button', { name: 'Add a class' }).click();
  await expect.poll(() => scenarioOf(search(page)).fleet).toBe('12-25_16.5-30_21.5-20_26-15_30-10_20-10');
  await root.getByRole('button', { name: /^Remove row 1 \(12 J\/TH\)/ }).click();
  await expect.poll(() => scenarioOf(search(page)).fleet).toBe('16.5-30_21.5-20_26-15_30-10_20-10');
  await root.getByRole('button', { name: 'Back to the default mix' }).first().click();
  await expect.poll(() => search(page)).toBe('');
  await expectFigureAt(page, 'cost-curve', '');
});

test('projection with response: the hashrate choice is a keyboard radio group that every chapter follows', async ({ page }) => {
  await gotoChapter(page);
  const root = figureRoot(page, 'hashrate-response');
  const respond = root.locator('input[name="hr-mode"][value="respond"]');
  await expect(respond).toBeChecked();
  await respond.focus();
  await page.keyboard.press('ArrowDown');
  await expect(root.locator('input[name="hr-mode"][value="trend"]')).toBeChecked();
  await expect.poll(() => search(page)).toBe('?hashrate=trend&v=2');
  // The figure shows both paths whatever the choice; the floor value of chapter 2 follows it.
  await expectFigureAt(page, 'hashrate-response', '?hashrate=trend&v=2');
  await page.goto(`${chapterPath('floor-value')}?hashrate=trend&v=2`);
  await expectFigureAt(page, 'floor-value', '?hashrate=trend&v=2');
  const trendValue = expectedFigure('floor-value', '?hashrate=trend&v=2').metrics.find((m) => m.name === 'forward-value')!.value;
  const respondValue = expectedFigure('floor-value', '').metrics.find((m) => m.name === 'forward-value')!.value;
  expect(respondValue).toBeGreaterThan(trendValue);
});

test('projection with response: the leave slider and its month table', async ({ page }) => {
  await gotoChapter(page);
  const slider = page.locator('#hr-leave');
  await slider.focus();
  for (let i = 0; i < 3; i++) await slider.press('ArrowRight');
  await expect.poll(() => search(page)).toBe('?leave=6&v=2');
  await expectFigureAt(page, 'hashrate-response', '?leave=6&v=2');
  const root = figureRoot(page, 'hashrate-response');
  await root.locator('details.table-details > summary').click();
  await expect(root.locator('table.data tbody tr')).toHaveCount(36);
});

test('security budget: MW converted to AI, typed, gives the hashrate those sites ran', async ({ page }) => {
  await gotoChapter(page);
  const box = page.locator('#sb-aimw-box');
  await box.fill('1000');
  await box.press('Tab');
  await expect.poll(() => search(page)).toBe('?aimw=1000&v=2');
  await expectFigureAt(page, 'security-budget', '?aimw=1000&v=2');
  const ai = expectedFigure('security-budget', '?aimw=1000&v=2').metrics.find((m) => m.name === 'ai-ehs')!;
  expect(ai.value).toBeCloseTo(1000 / 19.15, 9); // 1,000 MW ÷ 19.15 J/TH, in EH/s
});

test('a format-1 link keeps its fixed-trend figures, and is rewritten in format 2 on the first change', async ({ page }) => {
  await page.goto(`${chapterPath('floor-value')}?price=80000&v=1`);
  await expectFigureAt(page, 'floor-value', '?price=80000&v=1');
  expect(expectedFigure('floor-value', '?price=80000&v=1').metrics).toEqual(expectedFigure('floor-value', '?price=80000&hashrate=trend&v=2').metrics);
  await expect(page.locator('[data-link-notice]')).toHaveCount(0);
  const box = page.locator('#fv-payback-box');
  await box.fill('24');
  await box.press('Tab');
  await expect.poll(() => search(page)).toBe('?price=80000&payback=24&hashrate=trend&v=2');
});

test('a bad fleet mix in a link is explained in the notice (which entry, not its text), and the default mix is used', async ({ page }) => {
  await gotoChapter(page, '?fleet=12-25_banana&v=2');
  const notice = page.locator('[data-link-notice]');
  await expect(notice).toBeVisible();
  await expect(notice.locator('li[data-notice-key="fleet"]')).toContainText('has entry 2 not written “J/TH-share”');
  await expect(notice.locator('li[data-notice-key="fleet"]')).not.toContainText('banana');
  await expectFigureAt(page, 'cost-curve', '');
});

test('the chapter, its tables and the fleet editor open, has no axe violations (light, then dark)', async ({ page }) => {
  await gotoChapter(page);
  for (const id of ids) {
    const root = figureRoot(page, id);
    for (const summary of await root.locator('details > summary').all()) await summary.click();
  }
  await settled(page);
  await expectNoViolations(page, 'chapter 3 with its tables and the fleet editor open');
  // Dark restyles the same document: the rules that depend on colour, run again in place.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, 'chapter 3 with its tables and the fleet editor open, dark', colourRules);
});
