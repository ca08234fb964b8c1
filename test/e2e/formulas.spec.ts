// The essay's formula blocks (chapters 1 and 4), their embed and their exports, in a real browser:
// served with their example results (readable without JavaScript); off screen, no code and no
// worker load; on screen, results follow the scenario bar; edits reach the link and survive a
// reload; Reset keeps the reader's cells; the embed shows a link's cells read-only; the CSV and
// the embed snippet carry what the reader sees. Expected values come from the site's own formulas
// figure, computed here in Node with the same engine.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './helpers.ts';
import { figureContext, scenarioOf } from './figures.ts';
import { figureRegistry } from '../../src/figures/registry.ts';
import { formulasFigureNow } from '../../src/figures/formulasNow.ts';
import { figureCsv } from '../../src/figures/csv.ts';
import { chapter1Seed, chapter4Seed } from '../../src/essay/formulaSeeds.ts';
import { parseLink, serializeLink } from '../../src/scenario/link.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';

const chapter1 = '/';
const chapter4 = '/underwriting-hashprice/';

const expected = (query: string, seed: readonly string[]) => formulasFigureNow(scenarioOf(query), figureContext, figureRegistry, seed);
const block = (page: Page) => page.locator('[data-figure="formulas"]');
const result = (page: Page, n: number) => block(page).locator(`[data-metric="cell-${n}"]`);
const cell = (page: Page, n: number) => block(page).getByRole('textbox', { name: `Cell ${n}`, exact: true });
const linkCells = (page: Page) => parseLink(new URL(page.url()).search).scenario.cells;

async function openBlock(page: Page, path: string, query = ''): Promise<void> {
  await page.goto(`${path}${query}`);
  await block(page).scrollIntoViewIfNeeded();
  await expect(block(page)).toHaveAttribute('data-hydrated', '');
  await expect(block(page)).toHaveAttribute('data-state', 'done');
}

test('chapter 1 serves its example cells with their results at the defaults, readable without JavaScript', async ({ request }) => {
  const html = await (await request.get(chapter1)).text();
  const want = expected('', chapter1Seed);
  for (const m of want.metrics) expect(html, m.name).toContain(`data-metric="${m.name}" data-value="${m.value}"`);
  expect(want.metrics.at(-1)!.unit).toBe('USD / day');
});

test('off screen, a formula block loads neither its code nor the formula engine; scrolled to, it computes', async ({ page }) => {
  await page.goto(chapter1);
  await expect(page.locator('[data-figure="hashprice"]')).toHaveAttribute('data-hydrated', '');
  await page.waitForTimeout(300);
  const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /formulaIsland|FormulaCells/.test(n)));
  const engineStarted = () => page.workers().some((w) => /notebook\.worker/.test(w.url()));
  expect(await loaded()).toEqual([]);
  expect(engineStarted()).toBe(false);
  await expect(block(page)).not.toHaveAttribute('data-hydrated', '');
  await block(page).scrollIntoViewIfNeeded();
  await expect(block(page)).toHaveAttribute('data-hydrated', '');
  await expect(block(page)).toHaveAttribute('data-state', 'done');
  expect((await loaded()).length).toBeGreaterThan(0);
  await expect.poll(engineStarted).toBe(true);
  const want = expected('', chapter1Seed);
  await expect(result(page, 3)).toHaveAttribute('data-value', String(want.metrics.at(-1)!.value));
});

test('a new BTC price in the scenario bar reaches the block, and its link stays bare until the reader edits', async ({ page }) => {
  await openBlock(page, chapter1);
  await page.getByRole('button', { name: 'Adjust' }).click();
  const box = page.locator('#bar-price-box');
  await box.fill('150000');
  await box.press('Tab');
  const want = expected('?price=150000&v=2', chapter1Seed);
  await expect(result(page, 3)).toHaveAttribute('data-value', String(want.metrics.at(-1)!.value));
  expect(want.metrics.at(-1)!.value).toBeGreaterThan(0); // at $150,000 the S19j Pros clear their hosting
  await expect.poll(() => parseLink(new URL(page.url()).search).scenario.price).toBe(150_000);
  expect(linkCells(page)).toBe('');
});

test('editing a cell in the essay rewrites the results and the link, and a reload restores both', async ({ page }) => {
  await openBlock(page, chapter1);
  await cell(page, 2).fill('hosting = 0.05 USD/kWh');
  const cells = [chapter1Seed[0]!, 'hosting = 0.05 USD/kWh', chapter1Seed[2]!];
  const want = expected(`?${serializeLink({ ...defaultScenario(), cells: cells.join('~') })}`, chapter1Seed);
  await expect(result(page, 3)).toHaveAttribute('data-value', String(want.metrics.at(-1)!.value));
  await expect.poll(() => linkCells(page)).toBe(cells.join('~'));
  await page.reload();
  await block(page).scrollIntoViewIfNeeded();
  await expect(cell(page, 2)).toHaveValue('hosting = 0.05 USD/kWh');
  await expect(result(page, 3)).toHaveAttribute('data-value', String(want.metrics.at(-1)!.value));
  // Back to the examples: the link drops its cells.
  await block(page).getByRole('button', { name: 'Back to the example formulas' }).click();
  await expect(cell(page, 2)).toHaveValue(chapter1Seed[1]!);
  await expect.poll(() => linkCells(page)).toBe('');
});

test('chapter 4’s block has its own examples; the scenario bar’s reset keeps the reader’s cells', async ({ page }) => {
  await openBlock(page, chapter4, '?price=90000&v=2');
  await expect(cell(page, 1)).toHaveValue(chapter4Seed[0]!);
  const want = expected('?price=90000&v=2', chapter4Seed);
  await expect(result(page, 3)).toHaveAttribute('data-value', String(want.metrics.at(-1)!.value));
  await cell(page, 1).fill('extra = 40000 USD/month');
  const cells = ['extra = 40000 USD/month', ...chapter4Seed.slice(1)].join('~');
  await expect.poll(() => linkCells(page)).toBe(cells);
  await page.getByRole('button', { name: 'Back to the defaults' }).click();
  await expect.poll(() => parseLink(new URL(page.url()).search).scenario.price).toBe(defaultScenario().price);
  expect(linkCells(page)).toBe(cells);
  await expect(cell(page, 1)).toHaveValue('extra = 40000 USD/month');
  const atDefaults = expected(`?${serializeLink({ ...defaultScenario(), cells })}`, chapter4Seed);
  await expect(result(page, 3)).toHaveAttribute('data-value', String(atDefaults.metrics.at(-1)!.value));
});

test('the embed shows a link’s cells read-only with their results, and opens the essay at the same cells', async ({ page }) => {
  const query = `?${serializeLink({ ...defaultScenario(), price: 100_000, cells: 'fleet = 10~fleet * 473 TH/s * hashprice' })}`;
  await page.goto(`/embed/formulas/${query}`);
  await expect(block(page)).toHaveAttribute('data-state', 'done');
  await expect(block(page).getByRole('textbox')).toHaveCount(0);
  await expect(block(page).locator('code', { hasText: 'fleet * 473 TH/s * hashprice' })).toHaveCount(1);
  const want = expected(query, chapter1Seed);
  await expect(result(page, 2)).toHaveAttribute('data-value', String(want.metrics[1]!.value));
  const open = page.getByRole('link', { name: /Open in the essay/ });
  const href = new URL((await open.getAttribute('href'))!, page.url());
  expect(parseLink(href.search).scenario).toMatchObject({ price: 100_000, cells: 'fleet = 10~fleet * 473 TH/s * hashprice' });
});

test('the CSV of a block is its figure’s, and its embed snippet carries the example cells it shows', async ({ page }) => {
  await openBlock(page, chapter4);
  const [file] = await Promise.all([page.waitForEvent('download'), block(page).locator('[data-action="download-csv"]').click()]);
  expect(await readFile((await file.path())!, 'utf8')).toBe(figureCsv(expected('', chapter4Seed)));
  await block(page).locator('[data-action="embed"]').click();
  const snippet = await block(page).locator('[data-embed-snippet]').inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  expect(new URL(src).pathname).toBe('/embed/formulas/');
  expect(parseLink(new URL(src).search).scenario.cells).toBe(chapter4Seed.join('~'));
});

test('“Open them in the notebook” carries the block’s cells and the scenario to /notebook/', async ({ page }) => {
  await openBlock(page, chapter1, '?price=80000&v=2');
  const href = await block(page).locator('a[data-notebook-link]').getAttribute('href');
  await page.goto(href!);
  await expect(page.locator('[data-figure="formulas"][data-hydrated]')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Cell 3', exact: true })).toHaveValue(chapter1Seed[2]!);
  expect(parseLink(new URL(page.url()).search).scenario).toMatchObject({ price: 80_000, cells: chapter1Seed.join('~') });
});
