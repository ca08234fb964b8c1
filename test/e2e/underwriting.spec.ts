// Chapter 4, "Underwriting hashprice", in a real browser: the three loan widgets driven by the
// keyboard and a select, their values equal to the figure function's for the same link, the link
// they write and a reload of it; the stress test's Web Worker — it runs when the figure is on
// screen, reports progress, can be cancelled, keeps the main thread free, and gives exactly what
// the same seed gives in Node; and axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { chapterPath, distinct, expectedFigure, expectedValues, figureReady, figureRoot, figureValues } from './figures.ts';

const ids = ['debt-service', 'loan-denomination', 'linked-payments'] as const;
const url = chapterPath('debt-service');
const search = (page: Page) => new URL(page.url()).search;

async function gotoChapter(page: Page, query = ''): Promise<void> {
  await page.goto(`${url}${query}`);
  for (const id of [...ids, 'loan-stress']) await expect(figureRoot(page, id)).toHaveAttribute('data-hydrated', '');
}

/** The figure on the page shows exactly what the figure function computes for the link. */
async function expectFigureAt(page: Page, id: string, query: string): Promise<void> {
  const root = await figureReady(page, id);
  // A table with metric cells (debt service's DSCR by month) is drawn only while open.
  const closed = root.locator('details.table-details:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n--) await closed.first().click();
  await expect.poll(async () => distinct(await figureValues(root)), { message: `${id} at ${query || 'the defaults'}` }).toEqual(expectedValues(expectedFigure(id, query)));
}

/** The stress figure scrolled into view and its run finished. */
async function stressDone(page: Page) {
  const root = figureRoot(page, 'loan-stress');
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  return root;
}

const stressValue = async (page: Page, name: string) => Number(await figureRoot(page, 'loan-stress').locator(`[data-metric="${name}"]`).first().getAttribute('data-value'));
const expectedStress = (query: string, name: string) => expectedFigure('loan-stress', query).metrics.find((m) => m.name === name)!.value;

test('the chapter server-renders the three loan figures at the defaults and hydrates them unchanged', async ({ page }) => {
  await gotoChapter(page);
  for (const id of ids) await expectFigureAt(page, id, '');
});

test('debt service by keyboard: four steps right on the rate make 13 %, the figure and the link follow, and a reload restores it', async ({ page }) => {
  await gotoChapter(page);
  const slider = page.locator('#ds-rate');
  await slider.focus();
  for (let i = 0; i < 4; i++) await slider.press('ArrowRight');
  await expect(slider).toHaveValue('13');
  await expect.poll(() => search(page)).toBe('?rate=13&v=2');
  await expectFigureAt(page, 'debt-service', '?rate=13&v=2');
  // A dearer loan pays more each month than the default's $141,220.
  expect(expectedFigure('debt-service', '?rate=13&v=2').metrics.find((m) => m.name === 'payment-month')!.value).toBeGreaterThan(141_220);
  await page.reload();
  await gotoChapter(page, '?rate=13&v=2');
  await expect(page.locator('#ds-rate')).toHaveValue('13');
  await expectFigureAt(page, 'debt-service', '?rate=13&v=2');
});

test('USD or BTC: choosing a bitcoin loan in the debt-service select rewrites the link and every loan figure', async ({ page }) => {
  await gotoChapter(page);
  await page.locator('#ds-denom').selectOption('btc');
  await expect.poll(() => search(page)).toBe('?denom=btc&v=2');
  await expectFigureAt(page, 'debt-service', '?denom=btc&v=2');
  await expectFigureAt(page, 'linked-payments', '?denom=btc&v=2');
});

test('a malformed loan link shows what was corrected and keeps what the reader set', async ({ page }) => {
  await gotoChapter(page, '?units=12.5&rate=abc&loan=2000000&v=2');
  await expect(page.getByText(/rounded/i).first()).toBeVisible();
  await expectFigureAt(page, 'debt-service', '?units=13&loan=2000000&v=2');
});

test('stress test: the worker runs when the figure is on screen, and gives what the same seed gives in Node', async ({ page }) => {
  const query = '?paths=500&v=2';
  await gotoChapter(page, query);
  await stressDone(page);
  expect(await stressValue(page, 'p-dscr-breach')).toBe(expectedStress(query, 'p-dscr-breach'));
  expect(await stressValue(page, 'p-margin-call')).toBe(expectedStress(query, 'p-margin-call'));
  // Another seed, typed into its box: a new run, and Node's result for that seed.
  const box = page.locator('#st-seed');
  await box.fill('7');
  await box.press('Tab');
  await expect.poll(() => search(page)).toBe('?paths=500&seed=7&v=2');
  await stressDone(page);
  expect(await stressValue(page, 'p-dscr-breach')).toBe(expectedStress('?paths=500&seed=7&v=2', 'p-dscr-breach'));
  // The link restores the same result.
  await page.reload();
  await gotoChapter(page, '?paths=500&seed=7&v=2');
  await stressDone(page);
  expect(await stressValue(page, 'p-dscr-breach')).toBe(expectedStress('?paths=500&seed=7&v=2', 'p-dscr-breach'));
});

test('stress test: a long run reports progress, keeps the main thread free of 50 ms tasks, and can be cancelled', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await gotoChapter(page, '?paths=20000&term=120&life=120&v=2');
  const root = figureRoot(page, 'loan-stress');
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-state', 'running');
  const progress = root.locator('progress');
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
  await expect(root.locator('label[for="st-progress"]')).toContainText(/Simulating [\d,]+ of 20,000 paths/);
  // While it runs (2.4 M path-months: well over a second), the main thread stays free; then cancel
  // before it can finish.
  const longBefore = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);
  await page.waitForTimeout(400);
  const during = await page.evaluate((from) => (window as unknown as { longTasks: number[] }).longTasks.slice(from), longBefore);
  await expect(root).toHaveAttribute('data-state', 'running');
  await root.locator('[data-stress="cancel"]').click();
  expect(during.filter((d) => d > 50), 'main-thread tasks over 50 ms while the worker runs').toEqual([]);
  await expect(root).toHaveAttribute('data-state', 'cancelled');
  await expect(root.locator('[data-metric="p-dscr-breach"]')).toHaveCount(0);
  await expect(root.locator('[data-stress-status]')).toContainText(/Cancelled after/);
});

test('the chapter has no axe violations', async ({ page }) => {
  await gotoChapter(page, '?paths=500&v=2');
  await stressDone(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
