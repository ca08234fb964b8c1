// Browser tests for chapter 1: the three islands, the shared scenario, the link in the address bar,
// the notices for a bad link, the reader's own machine, and the page's accessibility promises.
// Every test fails on any console error or uncaught page error (see helpers.ts).
import type { Page } from '@playwright/test';
import {
  allDataValues,
  defaults,
  effectiveSubsidy,
  expect,
  expectClose,
  gotoReady,
  machine,
  machines,
  metric as pageMetric,
  metricLocator,
  openBar,
  readScenario,
  type Settings,
  rowMetric,
  setBox,
  settled,
  test,
  waitHydrated,
} from './helpers.ts';
import { hashpriceFigure } from '../../src/figures/hashprice.ts';
import { machineMarginsFigure } from '../../src/figures/machineMargins.ts';
import { metric as figureMetric } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
/** A figure's metric value for a scenario (the page must show exactly this). */
const hashpricePerPh = (s: Settings) => figureMetric(hashpriceFigure(full(s), context), 'hashprice');
const metric = figureMetric;

/** Everything the page shows as data, read in one round trip. */
interface Snapshot {
  metrics: Record<string, string>;
  rows: { id: string; values: Record<string, string>; loss: boolean; ratioText: string; name: string }[];
}

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const metrics: Record<string, string> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-widget="hashprice"] [data-metric], [data-metric="machines-losing"]')) {
      metrics[el.dataset.metric!] = el.dataset.value!;
    }
    const rows = [...document.querySelectorAll<HTMLTableRowElement>('[data-widget="machine-margins"] tr[data-machine]')].map((tr) => ({
      id: tr.dataset.machine!,
      values: Object.fromEntries([...tr.querySelectorAll<HTMLElement>('[data-metric]')].map((td) => [td.dataset.metric!, td.dataset.value!])),
      loss: tr.classList.contains('loss'),
      ratioText: tr.querySelector('[data-metric="cost-ratio"]')?.textContent ?? '',
      name: tr.querySelector('th')?.textContent ?? '',
    }));
    return { metrics, rows };
  });
}

/** The full scenario the page's inputs show: chapter 1's settings over the dated defaults. */
const full = (s: Settings): Scenario => ({ ...defaultScenario(), ...s });

/**
 * Compares every headline figure and every machine row with the figure view models computed
 * from the scenario read back from the inputs (src/figures: the same functions the widgets
 * render, never a copy of their formulas), at a relative tolerance of 1e-9.
 */
async function expectPageMatchesModel(page: Page, expected?: Partial<Settings>): Promise<Settings> {
  await settled(page);
  const s = await readScenario(page);
  if (expected) expect(s).toMatchObject(expected);
  const snap = await snapshot(page);
  const hp = hashpriceFigure(full(s), context);
  expect(Object.keys(snap.metrics).filter((k) => k !== 'machines-losing').sort(), 'the hashprice figure shows exactly its metrics').toEqual(hp.metrics.map((m) => m.name).sort());
  for (const m of hp.metrics) expectClose(Number(snap.metrics[m.name]), m.value, m.name);

  const mm = machineMarginsFigure(full(s), context);
  expect(snap.rows.map((r) => r.id), 'rows in the figure\'s order (cost share, lowest first)').toEqual(mm.table.rows.map((r) => mm.table.rowKey(r)));
  for (const r of mm.table.rows) {
    const row = snap.rows.find((x) => x.id === mm.table.rowKey(r))!;
    for (const c of mm.table.columns.filter((c) => c.metric)) expectClose(Number(row.values[c.metric!]), Number(c.value(r)), `${row.id} ${c.metric}`);
    expect(row.loss, `${row.id} row marked as a loss`).toBe(r.loses);
  }
  expect(Number(snap.metrics['machines-losing'])).toBe(metric(mm, 'machines-losing').value);
  return s;
}

function expectAllFinite(values: [string, string][]): void {
  expect(values.length).toBeGreaterThan(0);
  const bad = values.filter(([, v]) => !Number.isFinite(Number(v)) || v.trim() === '');
  expect(bad, 'every data-value is a finite number').toEqual([]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the default figures and the machine table are server-rendered', async ({ page }) => {
    await page.goto('/');
    // No island ran.
    await expect(page.locator('[data-hydrated]')).toHaveCount(0);
    const s = await readScenario(page);
    expect(s).toEqual(defaults);
    const values = await allDataValues(page);
    expectAllFinite(values);
    expect(await page.locator('[data-widget="machine-margins"] tr[data-machine]').count()).toBe(machines.length);
    await expect(page.locator('[data-widget="machine-margins"] tr[data-machine="custom"]')).toHaveCount(0);
    await expectPageMatchesModel(page, defaults);
    // The figures read as text, too (not only as attributes).
    await expect(metricLocator(page, 'hashprice')).toContainText(hashpricePerPh(defaults).text);
    await expect(page.locator('#hp-subsidy option:checked')).toContainText('3.125 BTC');
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('NaN');
  });
});

test('moving each main slider by keyboard changes the figures, and they equal the model', async ({ page }) => {
  await gotoReady(page);
  const before = await snapshot(page);
  await expectPageMatchesModel(page, defaults);

  // Each key press fires `input`; the box beside the slider shows the value the figures use.
  const steps: { id: string; key: string; box: string }[] = [
    { id: 'hp-price', key: 'ArrowRight', box: 'hp-price-box' },
    { id: 'hp-diff', key: 'PageUp', box: 'hp-diff-box' },
    { id: 'hp-kwh', key: 'ArrowLeft', box: 'hp-kwh-box' },
    { id: 'hp-price', key: 'End', box: 'hp-price-box' },
    { id: 'hp-diff', key: 'ArrowLeft', box: 'hp-diff-box' },
    { id: 'hp-kwh', key: 'PageUp', box: 'hp-kwh-box' },
  ];
  let previous = before;
  for (const { id, key, box } of steps) {
    const slider = page.locator(`#${id}`);
    const boxBefore = await page.locator(`#${box}`).inputValue();
    await slider.focus();
    await slider.press(key);
    await expect(page.locator(`#${box}`), `${key} on #${id} moves the value`).not.toHaveValue(boxBefore);
    // The slider and its box agree after a keyboard move.
    expect(Number(await slider.inputValue())).toBe(Number(await page.locator(`#${box}`).inputValue()));
    const now = await snapshot(page);
    // (The power price moves only the machine rows, not the hashprice figures.)
    expect(now, `${key} on #${id} changes the figures`).not.toEqual(previous);
    await expectPageMatchesModel(page);
    previous = now;
  }
  const s = await readScenario(page);
  expect(s.price).toBe(500_000); // End
  expect(s.diff).not.toBe(defaults.diff);
  expect(s.kwh).not.toBe(defaults.kwh);
});

test('sliders and number boxes set by fill(); the hashprice widget and the scenario bar follow each other; rows match machineDay', async ({ page }) => {
  await gotoReady(page);
  await openBar(page);

  // Bar slider → hashprice widget.
  await page.locator('#bar-price').fill('80000');
  await expect(page.locator('#hp-price')).toHaveValue('80000');
  await expect(page.locator('#hp-price-box')).toHaveValue('80000');
  await expect(page.locator('#bar-price-box')).toHaveValue('80000');
  // Hashprice widget slider → bar.
  await page.locator('#hp-diff').fill('150');
  await expect(page.locator('#bar-diff')).toHaveValue('150');
  await expect(page.locator('#bar-diff-box')).toHaveValue('150');
  await page.locator('#hp-kwh').fill('0.045');
  await expect(page.locator('#bar-kwh')).toHaveValue('0.045');
  await expectPageMatchesModel(page, { price: 80_000, diff: 150, kwh: 0.045 });

  // Number boxes (commit on change, i.e. on leaving the box).
  await setBox(page, 'hp-price-box', '91234');
  await expect(page.locator('#bar-price-box')).toHaveValue('91234');
  await expect(page.locator('#bar-price')).toHaveValue('91200'); // the slider rounds to its $100 step
  await setBox(page, 'bar-diff-box', '133.5');
  await expect(page.locator('#hp-diff-box')).toHaveValue('133.5');
  await setBox(page, 'bar-kwh-box', '0.072');
  await expect(page.locator('#hp-kwh')).toHaveValue('0.072');
  await expect(page.locator('#hp-kwh-box')).toHaveValue('0.072');
  await setBox(page, 'hp-diff-box', '160');
  await expect(page.locator('#bar-diff')).toHaveValue('160');
  await setBox(page, 'bar-price-box', '70000');
  await expect(page.locator('#hp-price')).toHaveValue('70000');
  await setBox(page, 'hp-kwh-box', '0.08');
  await expect(page.locator('#bar-kwh-box')).toHaveValue('0.08');

  const s = await expectPageMatchesModel(page, { price: 70_000, diff: 160, kwh: 0.08 });
  // Spot-check two catalogue machines by name, straight from content/machines.json.
  for (const id of ['antminer-s21-xp-hydro', 'antminer-s19-xp']) {
    expect(machine(id).id).toBe(id);
    const day = machineMarginsFigure(full(s), context).table.rows.find((r) => r.machine.id === id)!.day;
    expectClose(await rowMetric(page, id, 'revenue-day'), day.revenueUsdPerDay, `${id} revenue-day`);
    expectClose(await rowMetric(page, id, 'cost-ratio'), day.costRatio, `${id} cost-ratio`);
    expectClose(await rowMetric(page, id, 'breakeven-kwh'), day.breakevenUsdPerKwh, `${id} breakeven-kwh`);
    expectClose(await rowMetric(page, id, 'breakeven-price'), day.breakevenPriceUsdPerBtc, `${id} breakeven-price`);
  }
});

test('fees, subsidy, pool fee and uptime change the results as the model says', async ({ page }) => {
  await gotoReady(page);
  const base = hashpricePerPh(defaults).value;

  await setBox(page, 'hp-fees', '0.25');
  await expectPageMatchesModel(page, { fees: 0.25 });
  // Fees add to the reward per block: hashprice scales by (3.125 + 0.25) / 3.125.
  expectClose(await pageMetric(page, 'hashprice'), (base * 3.375) / 3.125, 'hashprice with fees');

  await page.locator('#hp-subsidy').selectOption('6.25');
  await expectPageMatchesModel(page, { subsidy: 6.25, fees: 0.25 });
  expectClose(await pageMetric(page, 'hashprice'), (base * 6.5) / 3.125, 'hashprice at 6.25 BTC');
  await page.locator('#hp-subsidy').selectOption('1.5625');
  await expectPageMatchesModel(page, { subsidy: 1.5625 });
  if (defaults.subsidy === null) {
    // "Follow the date": the subsidy in force on the scenario date, 3.125 BTC on 2 Feb 2026.
    expect(effectiveSubsidy(defaults)).toBe(3.125);
    await page.locator('#hp-subsidy').selectOption('');
    await expectPageMatchesModel(page, { subsidy: null, fees: 0.25 });
    expectClose(await pageMetric(page, 'hashprice'), (base * 3.375) / 3.125, 'hashprice following the date again');
  }

  // The pool fee leaves the gross hashprice alone, adds a net figure and cuts each machine's revenue.
  const grossBefore = await pageMetric(page, 'hashprice');
  const revenueBefore = await rowMetric(page, 'antminer-s21-xp-hydro', 'revenue-day');
  await expect(metricLocator(page, 'hashprice-net-th')).toHaveCount(0);
  await setBox(page, 'hp-pool', '2');
  await expect(metricLocator(page, 'hashprice-net-th')).toHaveCount(1);
  await expectPageMatchesModel(page, { pool: 2 });
  expect(await pageMetric(page, 'hashprice')).toBe(grossBefore);
  expectClose(await rowMetric(page, 'antminer-s21-xp-hydro', 'revenue-day'), revenueBefore * 0.98, 'revenue after a 2 % pool fee');

  // Uptime scales revenue and power alike: the cost ratio and breakevens do not move.
  const ratioBefore = await rowMetric(page, 'antminer-s21-xp-hydro', 'cost-ratio');
  const powerBefore = await rowMetric(page, 'antminer-s21-xp-hydro', 'power-day');
  await setBox(page, 'hp-uptime', '90');
  await expectPageMatchesModel(page, { uptime: 90 });
  expectClose(await rowMetric(page, 'antminer-s21-xp-hydro', 'power-day'), powerBefore * 0.9, 'power at 90 % uptime');
  expectClose(await rowMetric(page, 'antminer-s21-xp-hydro', 'cost-ratio'), ratioBefore, 'cost ratio at 90 % uptime', 1e-12);
});

test('the address bar follows the scenario (replaceState, only changed keys, v=2) and a reload restores it exactly', async ({ page }) => {
  await gotoReady(page);
  expect(new URL(page.url()).search).toBe('');

  await page.locator('#hp-price').fill('80000');
  await expect(page).toHaveURL(/\?price=80000&v=2$/);
  await page.locator('#hp-diff').fill('150');
  await expect(page).toHaveURL(/\?price=80000&diff=150&v=2$/);
  await setBox(page, 'hp-pool', '1.5');
  await expect(page).toHaveURL(/[?&]pool=1\.5(&|$)/);
  await page.locator('#hp-kwh').fill('0.07');
  await expect(page).toHaveURL(/[?&]kwh=0\.07(&|$)/);
  const params = new URL(page.url()).searchParams;
  expect([...params.keys()]).toEqual(['price', 'diff', 'kwh', 'pool', 'v']);
  expect(params.get('v')).toBe('2');

  const before = await allDataValues(page);
  const url = page.url();
  await page.reload();
  await waitHydrated(page);
  expect(page.url()).toBe(url);
  expect(await allDataValues(page)).toEqual(before);
  await expectPageMatchesModel(page, { price: 80_000, diff: 150, kwh: 0.07, pool: 1.5 });
  await expect(page.locator('[data-link-notice]')).toHaveCount(0);

  // Back to the defaults: a bare address again.
  await page.locator('#hp-price-box').fill('76176');
  await page.locator('#hp-price-box').press('Enter');
  await setBox(page, 'hp-diff-box', '141');
  await setBox(page, 'hp-kwh-box', '0.06');
  await setBox(page, 'hp-pool', '0');
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('a crafted link opens with its values in every input and figure, and stays as typed', async ({ page }) => {
  const link = '/?price=90000&diff=120&kwh=0.05&fees=0.1&subsidy=6.25&pool=1.5&uptime=90&ths=250&watts=4000&v=2';
  await gotoReady(page, link);
  const expected: Settings = { price: 90_000, diff: 120, kwh: 0.05, fees: 0.1, subsidy: 6.25, pool: 1.5, uptime: 90, ths: 250, watts: 4000 };
  expect(await readScenario(page)).toEqual(expected);
  await expectPageMatchesModel(page, expected);
  await expect(page.locator('[data-link-notice]')).toHaveCount(0);
  await expect(page.locator('#hp-price')).toHaveValue('90000');
  await expect(page.locator('#hp-diff')).toHaveValue('120');
  await expect(page.locator('#hp-kwh')).toHaveValue('0.05');
  await expect(page.locator('#hp-subsidy')).toHaveValue('6.25');
  await expect(page.locator('#bar-price-box')).toHaveValue('90000');
  await expect(page.locator('tr[data-machine="custom"]')).toHaveCount(1);
  // Server-rendered text (made at the defaults) is replaced on hydration, not left stale.
  const perPh = hashpricePerPh(expected).text;
  await expect(page.locator('.scenario-bar__summary')).toContainText('$90,000');
  await expect(page.locator('.scenario-bar__summary')).toContainText('120 T');
  await expect(page.locator('.scenario-bar__summary')).toContainText(perPh);
  await expect(metricLocator(page, 'hashprice')).toContainText(perPh);
  await expect(page.locator('[data-widget="machine-margins"] table caption')).toContainText('$90,000 per BTC, 120 T difficulty and $0.050 per kWh');
  await expect(page.locator('[data-widget="hashprice"] .formula')).toContainText('$90,000');
  await page.waitForTimeout(300);
  expect(page.url()).toMatch(/\?price=90000&diff=120&kwh=0\.05&fees=0\.1&subsidy=6\.25&pool=1\.5&uptime=90&ths=250&watts=4000&v=2$/);
});

test('moving a slider many times does not add history entries', async ({ page }) => {
  await gotoReady(page);
  const length = await page.evaluate(() => history.length);
  const slider = page.locator('#hp-price');
  await slider.focus();
  for (let i = 0; i < 25; i++) {
    await slider.press('ArrowRight');
    if (i % 5 === 4) await page.waitForTimeout(150); // let some URL writes through
  }
  await page.locator('#hp-diff').fill('200');
  await page.locator('#hp-diff').fill('210');
  await expect(page).toHaveURL(/diff=210/);
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('a bad link shows one notice item per problem, uses the documented fallbacks and clamps, and stays as typed until the reader changes something', async ({ page }) => {
  const typed = '/?price=abc&diff=-5&kwh=9&subsidy=7&pool=1&pool=2&__proto__=1&constructor=x&v=9';
  await gotoReady(page, typed);
  const notice = page.locator('[data-link-notice]');
  await expect(notice).toBeVisible();
  const keys = await notice.locator('li[data-notice-key]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-notice-key')));
  expect(keys).toEqual(['price', 'diff', 'kwh', 'subsidy', 'pool', '__proto__', 'constructor', 'v']);
  const item = (key: string) => notice.locator(`li[data-notice-key="${key}"]`);
  await expect(item('price')).toContainText("the link's value is not a number");
  await expect(item('price')).not.toContainText('abc'); // a notice never quotes the link
  await expect(item('price')).toContainText('$76,176');
  await expect(item('diff')).toContainText('minimum');
  await expect(item('kwh')).toContainText('maximum');
  await expect(item('subsidy')).toContainText('is not one of 6.25, 3.125, 1.5625 BTC');
  await expect(item('pool')).toContainText('appears twice');
  await expect(item('v')).toContainText('format version is not one this page knows');

  // Fallbacks: price and subsidy → defaults; diff → min 1; kwh → max 0.5; pool → first value.
  const expected: Settings = { ...defaults, price: 76_176, diff: 1, kwh: 0.5, pool: 1 }; // subsidy: back to the default
  expect(await readScenario(page)).toEqual(expected);
  await expectPageMatchesModel(page, expected);
  expectAllFinite(await allDataValues(page));
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('NaN');
  // __proto__ / constructor in the link pollute nothing.
  expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);

  // The typed link stays while the reader only reads.
  await page.waitForTimeout(500);
  expect(page.url()).toBe(new URL(typed, page.url()).href);

  // The first change rewrites it: corrected values, v=2, nothing that was wrong.
  await page.locator('#hp-price').fill('80000');
  await expect(page).toHaveURL(/price=80000/);
  const params = new URL(page.url()).searchParams;
  expect(params.get('price')).toBe('80000');
  expect(params.get('diff')).toBe('1');
  expect(params.get('kwh')).toBe('0.5');
  expect(params.getAll('pool')).toEqual(['1']);
  expect(params.getAll('v')).toEqual(['2']);
  expect(params.has('subsidy')).toBe(false);
  expect(page.url()).not.toContain('abc');
});

test('the reader\'s own machine: a row appears with the right figures, the link carries it, a reload keeps it', async ({ page }) => {
  await gotoReady(page);
  await setBox(page, 'mm-ths', '200');
  // One number alone is not a machine yet.
  await expect(page.locator('tr[data-machine="custom"]')).toHaveCount(0);
  await setBox(page, 'mm-watts', '3500');
  const row = page.locator('tr[data-machine="custom"]');
  await expect(row).toHaveCount(1);
  await expect(row.locator('th')).toContainText('Your machine');
  const s = await expectPageMatchesModel(page, { ths: 200, watts: 3500 });
  const day = machineMarginsFigure(full(s), context).table.rows.find((r) => r.machine.id === 'custom')!.day;
  // 200 TH/s at 3,500 W by hand: power 3,500 × 24 × $0.06 ÷ 1000 = $5.04 a day.
  expectClose(day.powerCostUsdPerDay, 5.04, 'custom power by hand');
  expectClose(await rowMetric(page, 'custom', 'revenue-day'), day.revenueUsdPerDay, 'custom revenue-day');
  expectClose(await rowMetric(page, 'custom', 'cost-ratio'), day.costRatio, 'custom cost-ratio');
  await expect(page).toHaveURL(/\?ths=200&watts=3500&v=2$/);

  const before = await allDataValues(page);
  await page.reload();
  await waitHydrated(page);
  await expect(page.locator('tr[data-machine="custom"]')).toHaveCount(1);
  expect(await allDataValues(page)).toEqual(before);

  // Removing it drops the row and the parameters.
  await page.getByRole('button', { name: 'Remove your machine' }).click();
  await expect(page.locator('tr[data-machine="custom"]')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('a link with only a hashrate says the custom machine is incomplete and shows no custom row', async ({ page }) => {
  await gotoReady(page, '/?ths=200&v=2');
  const notice = page.locator('[data-link-notice]');
  await expect(notice).toBeVisible();
  await expect(notice.locator('li[data-notice-key]')).toHaveCount(1);
  await expect(notice.locator('li[data-notice-key="watts"]')).toContainText(/needs both hashrate and power/);
  await expect(page.locator('tr[data-machine="custom"]')).toHaveCount(0);
  await expect(page.locator('#mm-ths')).toHaveValue('200');
  await expect(page.locator('#mm-watts')).toHaveValue('');
  await expectPageMatchesModel(page, { ths: 200, watts: null });
});

test('the one polite live region announces the settled hashprice after a change', async ({ page }) => {
  await gotoReady(page);
  const live = page.locator('[aria-live]');
  await expect(live).toHaveCount(1);
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveAttribute('data-live-region', '');
  await expect(live).toHaveText('');

  await page.locator('#hp-price').fill('100000');
  // Throttled: nothing is read out on the tick itself…
  expect(await live.textContent()).toBe('');
  const s = await readScenario(page);
  const perPh = hashpricePerPh(s).text;
  const losing = await pageMetric(page, 'machines-losing');
  // …only the settled result, ~700 ms later.
  await expect(live).toHaveText(`Hashprice ${perPh} per PH/s per day. ${losing} of ${machines.length} machines lose money on power.`, { timeout: 3_000 });
  await expect(page.locator('[aria-live]')).toHaveCount(1);
});

test('the chart has a captioned table behind it, and losing machines are marked in text, not only colour', async ({ page }) => {
  await gotoReady(page);
  const widget = page.locator('[data-widget="machine-margins"]');
  await expect(widget.locator('.chart svg[role="img"]')).toHaveCount(1);
  await expect(widget.locator('.chart svg[role="img"]')).toHaveAttribute('aria-label', /table/);
  const caption = widget.locator('table caption');
  await expect(caption).toHaveCount(1);
  await expect(caption).toContainText('$76,176');

  const snap = await snapshot(page);
  const losing = snap.rows.filter((r) => Number(r.values['cost-ratio']) > 1);
  expect(losing.length, 'the default scenario has machines that lose money on power').toBeGreaterThan(0);
  expect(losing.length).toBe(await pageMetric(page, 'machines-losing'));
  for (const r of snap.rows) {
    const loses = Number(r.values['cost-ratio']) > 1;
    expect(r.loss, `${r.id} row class`).toBe(loses);
    if (loses) expect(r.ratioText, `${r.id} cost-ratio cell`).toMatch(/✕\s*loss/);
    else expect(r.ratioText, `${r.id} cost-ratio cell`).not.toContain('✕');
  }
  // The chart's value labels carry the ✕ as well, one per losing bar.
  const chartMarks = await widget.locator('svg text.value.loss').allTextContents();
  expect(chartMarks).toHaveLength(losing.length);
  for (const t of chartMarks) expect(t).toContain('✕');
  await expect(widget.locator('svg text.value:not(.loss)', { hasText: '✕' })).toHaveCount(0);
  // The bars of losing machines are hatched: their fill is the pattern, not the plain bar colour.
  // (Bars of one kind are one path: one subpath per machine.)
  const fills = await widget.locator('svg path.bar').evaluateAll((ps) => ps.map((p) => [p.classList.contains('loss'), getComputedStyle(p).fill, (p.getAttribute('d')!.match(/M/g) ?? []).length] as const));
  for (const [loss, fill] of fills) expect(String(fill).includes('loss-hatch'), `the ${loss ? 'losing' : 'paying'} bars' fill is ${fill}`).toBe(loss);
  expect(fills.filter(([loss]) => loss).reduce((n, [, , bars]) => n + bars, 0), 'one hatched bar per losing machine').toBe(losing.length);
  expect(fills.reduce((n, [, , bars]) => n + bars, 0), 'one bar per machine').toBe(snap.rows.length);
  // No label is cut off at the left edge (the longest name once lost its first letter at 1280 px).
  const clipped = await widget.locator('svg text.label').evaluateAll((ts) => ts.filter((t) => (t as SVGTextElement).getBBox().x < 0).map((t) => t.textContent));
  expect(clipped).toEqual([]);
  await expect(widget.locator('[data-metric="machines-losing"]')).toContainText(`${losing.length} of ${snap.rows.length} machines lose money`);
});

test('a loss is marked as soon as a slider makes a machine lose, and unmarked when it recovers', async ({ page }) => {
  await gotoReady(page);
  const id = 'antminer-s21-xp-hydro';
  await expect(page.locator(`tr[data-machine="${id}"]`)).not.toHaveClass(/\bloss\b/);
  await page.locator('#hp-kwh').fill('0.3');
  await expect(page.locator(`tr[data-machine="${id}"]`)).toHaveClass(/\bloss\b/);
  await expect(page.locator(`tr[data-machine="${id}"] [data-metric="cost-ratio"]`)).toContainText('loss');
  expect(await rowMetric(page, id, 'cost-ratio')).toBeGreaterThan(1);
  await page.locator('#hp-kwh').fill('0.01');
  await expect(page.locator(`tr[data-machine="${id}"]`)).not.toHaveClass(/\bloss\b/);
  await expectPageMatchesModel(page, { kwh: 0.01 });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the Adjust button opens the bar\'s sliders, and they work', async ({ page }) => {
    await gotoReady(page);
    const toggle = page.getByRole('button', { name: 'Adjust' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#bar-price')).toBeHidden();
    await toggle.click();
    const sameToggle = page.locator('[data-widget="scenario-bar"] button[aria-controls="scenario-bar-controls"]');
    await expect(sameToggle).toHaveAttribute('aria-expanded', 'true');
    await expect(sameToggle).toHaveText('Hide sliders');
    for (const id of ['bar-price', 'bar-diff', 'bar-kwh', 'bar-price-box', 'bar-diff-box', 'bar-kwh-box']) await expect(page.locator(`#${id}`)).toBeVisible();
    // The opened bar itself fits the viewport.
    const right = await page.locator('#scenario-bar-controls').evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(321);
    await page.locator('#bar-price').fill('60000');
    await expect(page.locator('#hp-price-box')).toHaveValue('60000');
    await sameToggle.click();
    await expect(page.locator('#bar-price')).toBeHidden();
  });

  test('there is no horizontal page overflow, with the bar closed or open', async ({ page }) => {
    await gotoReady(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await overflow()).toBeLessThanOrEqual(321);
    await openBar(page);
    expect(await overflow()).toBeLessThanOrEqual(321);
  });

  test('the interactive figures themselves fit (no island is wider than the viewport)', async ({ page }) => {
    await gotoReady(page);
    await openBar(page);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-widget], [data-widget] figure, [data-widget] svg, [data-widget] .table-scroll, [data-link-notice]')]
        .filter((el) => el.getBoundingClientRect().right > 321 || el.getBoundingClientRect().left < -1)
        .map((el) => `${el.tagName}.${el.getAttribute('class')} ${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)}`),
    );
    expect(wide).toEqual([]);
  });
});

test.describe('without JavaScript at 320 px wide', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

  // Regression: the server-rendered <svg> was once 640 px wide in a ~250 px figure; it now scales through its viewBox.
  test('the server-rendered chart fits its figure', async ({ page }) => {
    await page.goto('/');
    const [svg, figure] = await page.locator('[data-widget="machine-margins"] .chart').evaluate((fig) => [
      fig.querySelector('svg')!.getBoundingClientRect().width,
      fig.getBoundingClientRect().width,
    ]);
    expect(svg).toBeLessThanOrEqual(figure + 1);
  });
});

test('an out-of-range number is clamped, with a note naming what was typed, linked to the box', async ({ page }) => {
  await gotoReady(page);
  await setBox(page, 'hp-price-box', '900');
  await expect(page.locator('#hp-price-box')).toHaveValue('1000');
  const note = page.locator('#hp-price-note');
  await expect(note).toContainText('$900');
  await expect(note).toContainText('minimum');
  await expect(page.locator('#hp-price-box')).toHaveAttribute('aria-describedby', 'hp-price-note');
  await expect(page).toHaveURL(/\?price=1000&v=2$/);
  await expectPageMatchesModel(page, { price: 1000 });
  await setBox(page, 'hp-uptime', '150');
  await expect(page.locator('#hp-uptime')).toHaveValue('100');
  await expect(page.locator('#hp-uptime-note')).toContainText('150');
  await expectPageMatchesModel(page, { uptime: 100 });
});

test('extreme but allowed settings keep every figure finite and equal to the model', async ({ page }) => {
  await gotoReady(page, '/?price=1000&diff=2000&kwh=0.5&fees=0&subsidy=1.5625&pool=10&uptime=1&ths=0.1&watts=50000&v=2');
  await expect(page.locator('[data-link-notice]')).toHaveCount(0);
  await expectPageMatchesModel(page, { price: 1000, diff: 2000, kwh: 0.5, pool: 10, uptime: 1, ths: 0.1, watts: 50000 });
  expectAllFinite(await allDataValues(page));
  // Free power: nothing loses money, breakevens stay finite.
  await setBox(page, 'hp-kwh-box', '0');
  await expectPageMatchesModel(page, { kwh: 0 });
  expectAllFinite(await allDataValues(page));
  expect(await pageMetric(page, 'machines-losing')).toBe(0);
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/NaN|undefined|Infinity/);
});

test('Reset puts every setting back to the dated defaults and the address back to bare', async ({ page }) => {
  await gotoReady(page, '/?price=90000&diff=120&kwh=0.05&fees=0.1&subsidy=6.25&pool=1.5&uptime=90&ths=250&watts=4000&v=2');
  await openBar(page);
  await page.getByRole('button', { name: /^Reset/ }).click();
  expect(await readScenario(page)).toEqual(defaults);
  await expectPageMatchesModel(page, defaults);
  await expect(page.locator('tr[data-machine="custom"]')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

// A slider input starts no transition or animation anywhere (they once ran 10 extra frames per
// input, off screen too), whatever the reader's motion preference.
for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test.describe(`with reduced motion: ${reducedMotion}`, () => {
    test.use({ reducedMotion });

    test('a slider input animates nothing', async ({ page }) => {
      await gotoReady(page);
      await page.locator('[data-figure="machine-margins"]').scrollIntoViewIfNeeded();
      await page.locator('#hp-kwh').fill('0.09');
      const running = await page.evaluate(() => document.getAnimations().map((a) => (a as CSSTransition).transitionProperty ?? a.id));
      expect(running).toEqual([]);
      const withTransition = await page.locator('svg rect, svg path').evaluateAll((els) => els.filter((e) => getComputedStyle(e).transitionDuration !== '0s').length);
      expect(withTransition).toBe(0);
    });
  });
}

async function bodyLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bg = getComputedStyle(document.body).backgroundColor;
    const [r, g, b] = (bg.match(/[\d.]+/g) ?? []).map(Number);
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  });
}

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the page background is dark and the text light', async ({ page }) => {
    await gotoReady(page);
    expect(await bodyLuminance(page)).toBeLessThan(0.05);
    const text = await page.evaluate(() => getComputedStyle(document.body).color);
    const [r, g, b] = (text.match(/[\d.]+/g) ?? []).map(Number);
    expect((r! + g! + b!) / 3).toBeGreaterThan(180);
  });
});

test.describe('in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('the page background is light', async ({ page }) => {
    await gotoReady(page);
    expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
  });
});
