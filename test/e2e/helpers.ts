// Shared fixtures and helpers for the browser tests. Not a spec file (playwright.config.ts only
// collects **/*.spec.ts), so nothing here runs on its own.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Scenario, defaultScenario } from '../../src/scenario/schema.ts';
import type { MarketInputs } from '../../src/model/machineEconomics.ts';
import { subsidyBtcAtHeight } from '../../src/model/subsidy.ts';
import { blockHeightAtDate } from '../../src/model/halving.ts';

/** Every machine in the catalogue, read from the same file the site is built from. */
export interface CatalogueEntry {
  id: string;
  model: string;
  terahashPerSecond: number;
  watts: number;
}
export const machines: CatalogueEntry[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../content/machines.json', import.meta.url)), 'utf8'),
);
export function machine(id: string): CatalogueEntry {
  const found = machines.find((m) => m.id === id);
  if (!found) throw new Error(`machine ${id} is not in content/machines.json`);
  return found;
}

/**
 * `test` with an automatic fixture that fails the test on any console error or uncaught page
 * error (on `page` and on any page opened in an extra context through `watch`).
 */
export const test = base.extend<{ pageErrors: string[]; watch: (page: Page) => void }>({
  pageErrors: [
    async ({}, use) => {
      const errors: string[] = [];
      await use(errors);
      expect(errors, 'console errors / uncaught page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
  watch: [
    async ({ pageErrors }, use) => {
      await use((page: Page) => {
        page.on('console', (msg) => {
          if (msg.type() === 'error') pageErrors.push(`console.error: ${msg.text()}`);
        });
        page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
      });
    },
    { auto: true },
  ],
  page: async ({ page, watch }, use) => {
    watch(page);
    await use(page);
  },
});
export { expect };

export const islands = ['hashprice', 'machine-margins', 'scenario-bar'] as const;

/** Opens a page and waits until all three islands have hydrated. */
export async function gotoReady(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await waitHydrated(page);
}

export async function waitHydrated(page: Page): Promise<void> {
  for (const w of islands) await expect(page.locator(`[data-widget="${w}"][data-hydrated]`)).toHaveCount(1);
  await openTables(page);
}

/**
 * Opens every figure table behind a disclosure (they are drawn only while open), so a test can
 * read their rows. Tests of the closed state open nothing.
 */
export async function openTables(page: Page): Promise<void> {
  // The closed set shrinks as each opens: always open the first one still closed.
  const closed = page.locator('details.table-details:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n--) await closed.first().click();
  await expect(page.locator('details.table-details:not([open])')).toHaveCount(0);
}

/**
 * Intervals for expect.poll, ms: steadier than its default backoff (100, 250, 500, then 1,000 each
 * time), which wastes most of a second on a page that settles in 300 ms.
 */
export const pollIntervals = [50, 50, 100, 100, 200];

/**
 * Waits until every figure and the live prose show the current scenario. Figures and prose off
 * screen skip inputs and catch up a moment after the last change (src/widgets/figureGate.svelte.ts,
 * src/widgets/prose.svelte.ts); read them after this.
 *
 * Where something is behind, it is brought up at once through the page's own print path (the
 * `beforeprint` handlers of the figure gate and the prose compute what the quiet-time catch-up
 * computes, with the same functions), rather than waiting out the 0.4 s quiet time after every
 * change: that wait was a third of the time of the chapter specs. offscreen.spec.ts (which does not
 * call this) and test/widgets/figureGate.test.ts check the quiet-time catch-up itself.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => {
    // Formula cells are left to load on their own (src/islands/formulas.ts): print would load them early.
    const behind = document.querySelector('[data-figure][data-stale]:not([data-island="formulas"] *)') || document.documentElement.dataset.proseState === 'catching-up';
    if (behind) dispatchEvent(new Event('beforeprint'));
  });
  await expect(page.locator('[data-figure][data-stale]'), 'every figure shows the current scenario').toHaveCount(0);
  // A page with live prose: its text has caught up too (src/widgets/prose.svelte.ts). A page on
  // which nothing hydrated runs no script (read without JavaScript): its prose stays as served.
  const proseCurrent = () =>
    !document.querySelector('[data-prose], [data-claim]') || !document.querySelector('[data-hydrated]') || document.documentElement.dataset.proseState === 'current';
  await expect
    .poll(() => page.evaluate(proseCurrent), {
      message: 'the live prose shows the current scenario',
      intervals: pollIntervals,
    })
    .toBe(true);
}

/** A headline figure of the hashprice widget (or the page-level machines-losing summary). */
export function metricLocator(page: Page, name: string): Locator {
  return page.locator(`[data-metric="${name}"]`).first();
}

export async function metric(page: Page, name: string): Promise<number> {
  await settled(page);
  const raw = await metricLocator(page, name).getAttribute('data-value');
  if (raw === null) throw new Error(`[data-metric="${name}"] has no data-value`);
  return Number(raw);
}

export const rowMetrics = ['revenue-day', 'power-day', 'cost-ratio', 'profit-day', 'breakeven-kwh', 'breakeven-price'] as const;
export type RowMetric = (typeof rowMetrics)[number];

export async function rowMetric(page: Page, id: string, name: RowMetric): Promise<number> {
  await settled(page);
  const raw = await page.locator(`tr[data-machine="${id}"] [data-metric="${name}"]`).getAttribute('data-value');
  if (raw === null) throw new Error(`row ${id} has no ${name}`);
  return Number(raw);
}

/** Every data-value on the page as [metric name, raw string], in document order. */
export async function allDataValues(page: Page): Promise<[string, string][]> {
  await settled(page);
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-value]')].map((el) => {
      const row = el.closest('tr')?.getAttribute('data-machine');
      return [`${row ? `${row}/` : ''}${el.dataset.metric ?? '?'}`, el.dataset.value ?? ''] as [string, string];
    }),
  );
}

const num = (s: string) => (s.trim() === '' ? null : Number(s));

/**
 * The settings chapter 1's controls show: its nine link parameters. `subsidy` is null when the
 * select is on "follow the date" (the subsidy in force at the scenario date); `ths`/`watts` are
 * null when the reader has no machine of their own.
 */
export const settingKeys = ['price', 'diff', 'kwh', 'fees', 'subsidy', 'pool', 'uptime', 'ths', 'watts'] as const;
export type Settings = Pick<Scenario, (typeof settingKeys)[number]>;

const schemaDefaults = defaultScenario() as unknown as Record<string, unknown>;
/** The dated defaults of the nine settings, from the schema. */
export const defaults: Settings = Object.fromEntries(settingKeys.map((k) => [k, schemaDefaults[k] ?? null])) as unknown as Settings;
/** The scenario date chapter 1 runs at (no control on this page sets it). */
export const scenarioDate: string = typeof schemaDefaults.date === 'string' ? schemaDefaults.date : '2026-02-02';

/**
 * The settings as the hashprice widget's and the custom machine's controls show them. The number
 * boxes carry the exact value (sliders round to their step), so they are what is read back.
 */
export async function readScenario(page: Page): Promise<Settings> {
  const v = (id: string) => page.locator(`#${id}`).inputValue();
  return {
    price: Number(await v('hp-price-box')),
    diff: Number(await v('hp-diff-box')),
    kwh: Number(await v('hp-kwh-box')),
    fees: Number(await v('hp-fees')),
    subsidy: num(await v('hp-subsidy')),
    pool: Number(await v('hp-pool')),
    uptime: Number(await v('hp-uptime')),
    ths: num(await v('mm-ths')),
    watts: num(await v('mm-watts')),
  };
}

/** The subsidy the figures should use: the reader's choice, else the one in force at the date (model functions). */
export function effectiveSubsidy(s: Pick<Settings, 'subsidy'>, date = scenarioDate): number {
  return s.subsidy ?? subsidyBtcAtHeight(blockHeightAtDate(date));
}

/** The model's market inputs for the settings (percent → fraction), restated independently of src/scenario/market.ts. */
export function market(s: Settings, date = scenarioDate): MarketInputs {
  return {
    priceUsdPerBtc: s.price,
    difficultyT: s.diff,
    usdPerKwh: s.kwh,
    feesBtcPerBlock: s.fees,
    subsidyBtc: effectiveSubsidy(s, date),
    poolFeeFraction: s.pool / 100,
    uptimeFraction: s.uptime / 100,
  };
}

/** |actual − expected| ≤ rel · |expected| (exact match for 0 and infinities); a readable failure otherwise. */
export function expectClose(actual: number, expected: number, what: string, rel = 1e-9): void {
  const ok = Number.isFinite(expected)
    ? Number.isFinite(actual) && Math.abs(actual - expected) <= rel * Math.abs(expected)
    : actual === expected;
  expect(ok, `${what}: got ${actual}, model says ${expected} (relative tolerance ${rel})`).toBe(true);
}

/** Sets a number box the way a reader does: type, then leave the box (commits on change). */
export async function setBox(page: Page, id: string, value: string | number): Promise<void> {
  const box = page.locator(`#${id}`);
  await box.fill(String(value));
  await box.press('Tab');
}

/** Opens the scenario bar's sliders. */
export async function openBar(page: Page): Promise<void> {
  const toggle = page.locator('[data-widget="scenario-bar"] button[aria-expanded]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#bar-price')).toBeVisible();
}
