// The notebook (/notebook/) in a real browser: a link with cells restores them and their results,
// editing a cell rewrites its result and the link, a new BTC price (from the scenario bar or a
// link) reaches every cell, a forbidden formula says why, and the page is accessible. Expected
// values come from the site's own figure functions and formula engine, run here in Node.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { figureContext, scenarioOf } from './figures.ts';
import { figureRegistry } from '../../src/figures/registry.ts';
import { formulaScope } from '../../src/formula/scope.ts';
import { evaluateFormula } from '../../src/formula/engine.ts';
import { parseLink } from '../../src/scenario/link.ts';
import { evaluateCells, splitCells } from '../../src/formula/cells.ts';

const fleetLink = '?cells=fleet%20%3D%20300~fleet%20*%20473%20TH%2Fs%20*%20hashprice&v=2';

/** What each cell shows for a link (and, if given, other cells), computed the way the page computes it. */
function expectedCells(query: string, cells?: string[]) {
  const s = scenarioOf(query);
  const { scope } = formulaScope(s, figureContext, figureRegistry);
  return evaluateCells(cells ?? splitCells(s.cells), scope, evaluateFormula);
}

async function openNotebook(page: Page, query = ''): Promise<void> {
  await page.goto(`/notebook/${query}`);
  await expect(page.locator('[data-widget="formulas"][data-hydrated]')).toHaveCount(1);
}

const cell = (page: Page, n: number) => page.getByRole('textbox', { name: `Cell ${n}`, exact: true });
const result = (page: Page, n: number) => page.locator(`[data-metric="cell-${n}"]`);
const cellValue = async (page: Page, n: number) => Number(await result(page, n).getAttribute('data-value'));

test('a notebook link restores its cells and their results', async ({ page }) => {
  await openNotebook(page, fleetLink);
  await expect(page.locator('[data-cell]')).toHaveCount(2);
  await expect(cell(page, 1)).toHaveValue('fleet = 300');
  await expect(cell(page, 2)).toHaveValue('fleet * 473 TH/s * hashprice');
  const [first, second] = expectedCells(fleetLink);
  await expect(result(page, 1)).toHaveAttribute('data-value', String(first!.value));
  await expect(result(page, 2)).toHaveAttribute('data-value', String(second!.value));
  await expect(result(page, 2)).toContainText(second!.unit);
  expect(second!.unit).toBe('USD / day');
  // The link is left as it came.
  expect(parseLink(new URL(page.url()).search).scenario.cells).toBe('fleet = 300~fleet * 473 TH/s * hashprice');
});

test('an empty notebook shows two seed cells with results, and the link stays bare until the reader edits', async ({ page }) => {
  await openNotebook(page);
  await expect(page.locator('[data-cell]')).toHaveCount(2);
  const cells = [await cell(page, 1).inputValue(), await cell(page, 2).inputValue()];
  const [, net] = expectedCells('', cells);
  expect(net!.ok).toBe(true);
  await expect(result(page, 2)).toHaveAttribute('data-value', String(net!.value));
  await expect(result(page, 2)).toContainText('USD / day');
  expect(new URL(page.url()).search).toBe('');
});

test('editing a cell updates its result, the cells below and the link', async ({ page }) => {
  await openNotebook(page, fleetLink);
  await expect(result(page, 2)).toHaveAttribute('data-value', /\d/);
  await cell(page, 1).fill('fleet = 600');
  const [, second] = expectedCells('', ['fleet = 600', 'fleet * 473 TH/s * hashprice']);
  await expect(result(page, 1)).toHaveAttribute('data-value', '600');
  await expect(result(page, 2)).toHaveAttribute('data-value', String(second!.value));
  await expect.poll(() => parseLink(new URL(page.url()).search).scenario.cells).toBe('fleet = 600~fleet * 473 TH/s * hashprice');
  await page.reload();
  await expect(page.locator('[data-widget="formulas"][data-hydrated]')).toHaveCount(1);
  await expect(cell(page, 1)).toHaveValue('fleet = 600');
  await expect(result(page, 2)).toHaveAttribute('data-value', String(second!.value));
});

test('a new BTC price in the scenario bar updates every cell', async ({ page }) => {
  await openNotebook(page, fleetLink);
  await cell(page, 2).fill('price * 2');
  await page.getByRole('button', { name: 'Add a cell' }).click();
  await expect(cell(page, 3)).toBeFocused();
  await cell(page, 3).fill('fleet * 473 TH/s * hashprice');
  const cells = ['fleet = 300', 'price * 2', 'fleet * 473 TH/s * hashprice'];
  const before = await cellValue(page, 3);
  await page.getByRole('button', { name: 'Adjust' }).click();
  const box = page.locator('#bar-price-box');
  await box.fill('100000');
  await box.press('Tab');
  const expected = expectedCells('?price=100000&v=2', cells);
  await expect(result(page, 2)).toHaveAttribute('data-value', String(expected[1]!.value));
  await expect(result(page, 3)).toHaveAttribute('data-value', String(expected[2]!.value));
  expect(expected[2]!.value).toBeGreaterThan(before);
  await expect.poll(() => {
    const s = parseLink(new URL(page.url()).search).scenario;
    return [s.price, s.cells];
  }).toEqual([100_000, cells.join('~')]);
});

test('a ?price link computes every cell at that price', async ({ page }) => {
  const query = `${fleetLink}&price=50000`;
  await openNotebook(page, query);
  const expected = expectedCells(query);
  await expect(result(page, 2)).toHaveAttribute('data-value', String(expected[1]!.value));
  expect(expected[1]!.value).toBeLessThan(expectedCells(fleetLink)[1]!.value);
});

test('a forbidden formula shows its error inline, and the other cells keep their results', async ({ page }) => {
  await openNotebook(page, fleetLink);
  await cell(page, 2).fill('price.constructor');
  const error = page.locator('[data-cell]').nth(1).locator('[data-error]');
  await expect(error).toHaveAttribute('data-error', /property access/);
  await expect(result(page, 2)).toHaveCount(0);
  await expect(result(page, 1)).toHaveAttribute('data-value', '300');
});

test('cells move and delete by keyboard, and the link follows', async ({ page }) => {
  await openNotebook(page, fleetLink);
  await page.getByRole('button', { name: 'Move cell 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(cell(page, 1)).toHaveValue('fleet * 473 TH/s * hashprice');
  await expect(page.locator('[data-cell]').first().locator('[data-error]')).toHaveAttribute('data-error', /unknown name "fleet"/);
  await expect.poll(() => parseLink(new URL(page.url()).search).scenario.cells).toBe('fleet * 473 TH/s * hashprice~fleet = 300');
  await page.getByRole('button', { name: 'Delete cell 1' }).press('Enter');
  await expect(page.locator('[data-cell]')).toHaveCount(1);
  await expect.poll(() => parseLink(new URL(page.url()).search).scenario.cells).toBe('fleet = 300');
});

test('the notebook has no accessibility violations (axe), with the names list open and an error showing', async ({ page }) => {
  await openNotebook(page, fleetLink);
  await cell(page, 2).fill('2 * (3');
  await expect(page.locator('[data-error]')).toHaveCount(1);
  await page.locator('details.notebook__names > summary').click();
  await expect(page.locator('.notebook__list code', { hasText: /^hashprice$/ })).toHaveCount(1);
  const results = await new AxeBuilder({ page }).analyze();
  const report = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(report).toEqual([]);
});
