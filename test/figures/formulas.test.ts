// The formula cells' figure (src/figures/formulas.ts, computed with the engine by formulasNow.ts):
// the example cells against the same sums done by hand, the link's cells, errors, the CSV (with
// formula text a spreadsheet would run quoted), and arbitrary cells never throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvSafe, defaultSeedCells, formulasFigure, shownCells } from '../../src/figures/formulas.ts';
import { formulasFigureNow } from '../../src/figures/formulasNow.ts';
import { figureRegistry } from '../../src/figures/registry.ts';
import { figureCsv } from '../../src/figures/csv.ts';
import { metric } from '../../src/figures/types.ts';
import { chapter4ExtraUsdPerMonth, chapter4Seed, chapter1Example } from '../../src/essay/formulaSeeds.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });
const now = (s: Scenario, seed?: readonly string[]) => formulasFigureNow(s, context, figureRegistry, seed);

// At the defaults: hashprice 76,176 × 86,400 × 10^12 × 3.125 ÷ (141 × 10^12 × 2^32) per TH/s a day.
const usdPerThDay = (76_176 * 86_400 * 3.125) / (141 * 2 ** 32);

describe('formulasFigureNow(scenario, context, registry, seed)', () => {
  it('shows the example cells while the link has none: 300 S19j Pros after $0.075/kWh hosting lose 300 × (100 × $0.03396 − 3.05 × 24 × $0.075) ≈ $628 a day', () => {
    const f = now(defaultScenario());
    expect(f.seeded).toBe(true);
    expect(f.cells).toEqual(defaultSeedCells);
    expect(metric(f, 'cell-1')).toMatchObject({ value: 300, unit: '' });
    expect(metric(f, 'cell-2')).toMatchObject({ unit: 'USD / kWh' });
    const net = metric(f, 'cell-3');
    expect(net.unit).toBe('USD / day');
    expectClose(net.value, 300 * (100 * usdPerThDay - 3.05 * 24 * 0.075), 1e-12);
    // The essay's prose figures (src/essay/formulaSeeds.ts, done with the model) agree.
    expectClose(net.value, chapter1Example.fleetUsdPerDay, 1e-12);
    expect(net.value).toBeLessThan(0);
  });

  it('chapter 4’s example backs the payment out of the debt-service figure and the cover after $20,000 a month more costs', () => {
    const f = now(defaultScenario(), chapter4Seed);
    const debt = figureRegistry.find((e) => e.id === 'debt-service')!.compute(defaultScenario(), context);
    const payment = metric(debt, 'payment-month').value;
    const cash = metric(debt, 'cash-flow-month').value;
    expectClose(metric(f, 'cell-2').value, payment, 1e-9);
    expect(metric(f, 'cell-2').unit).toBe('USD / month');
    expectClose(metric(f, 'cell-3').value, (cash - chapter4ExtraUsdPerMonth) / payment, 1e-9);
    expect(metric(f, 'cell-3').unit).toBe('');
  });

  it('follows the scenario: at twice the BTC price the fleet’s revenue doubles', () => {
    const f = now(at({ price: 2 * 76_176 }));
    expectClose(metric(f, 'cell-3').value, 300 * (200 * usdPerThDay - 3.05 * 24 * 0.075), 1e-12);
  });

  it('reads the link’s cells instead of the seed, and says they are not the examples', () => {
    const f = now(at({ cells: 'a = 2~a * 3 W~nope + 1' }));
    expect(f.seeded).toBe(false);
    expect(f.cells).toEqual(['a = 2', 'a * 3 W', 'nope + 1']);
    expect(metric(f, 'cell-2')).toMatchObject({ value: 6, unit: 'W', text: '6 W' });
    // A cell in error is no metric; its row says why; the caption counts it.
    expect(f.metrics.map((m) => m.name)).toEqual(['cell-1', 'cell-2']);
    expect(f.table.rows[2]!.result).toMatchObject({ ok: false, error: expect.stringMatching(/unknown name "nope"/) });
    expect(f.caption).toBe('3 formula cells; the last result, cell 2: 6 W; 1 cell has an error.');
    expect(f.linkScenario).toEqual({ cells: 'a = 2~a * 3 W~nope + 1' });
  });

  it('a seeded block’s link carries its example cells, so whoever opens it sees them', () => {
    expect(now(defaultScenario(), chapter4Seed).linkScenario).toEqual({ cells: chapter4Seed.join('~') });
  });
});

describe('formulasFigure(scenario, context, cells, results, seeded)', () => {
  it('before the engine answers: the cells, no metrics, a caption that says so', () => {
    const f = formulasFigure(defaultScenario(), context, ['1 + 1'], null, false);
    expect(f.metrics).toEqual([]);
    expect(f.evaluated).toBe(false);
    expect(f.caption).toBe('1 formula cell, not evaluated yet.');
    expect(f.table.columns[2]!.text(f.table.rows[0]!)).toBe('not evaluated yet');
  });

  it('keys the card on the last two results, the ones the cells build up to', () => {
    expect(now(defaultScenario()).keyMetrics).toEqual(['cell-2', 'cell-3']);
  });
});

describe('the CSV of the cells', () => {
  it('has a row per cell with the raw value and unit; a formula a spreadsheet would run is quoted', () => {
    const csv = figureCsv(now(at({ cells: '-1 USD + 3 USD~=1' })));
    const [header, first, second] = csv.split('\n');
    expect(header).toBe('Cell,Formula,Result,Unit,Error');
    expect(first).toBe("1,'-1 USD + 3 USD,2,USD,");
    expect(second).toMatch(/^2,'=1,,,/);
  });

  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', "'+1"],
    ['@SUM(1)', "'@SUM(1)"],
    ['fleet = 300', 'fleet = 300'],
  ])('csvSafe(%j) → %j', (text, safe) => {
    expect(csvSafe(text)).toBe(safe);
  });
});

describe('shownCells(scenario, seed)', () => {
  it('gives the link’s cells, else the seed', () => {
    expect(shownCells({ cells: '' }, ['x = 1'])).toEqual({ cells: ['x = 1'], seeded: true });
    expect(shownCells({ cells: '1~2' }, ['x = 1'])).toEqual({ cells: ['1', '2'], seeded: false });
  });
});

describe('formulas over arbitrary cells', () => {
  it('never throws; every metric is a finite number; every cell has a row', () => {
    const piece = fc.constantFrom('hashprice', 'kwh', 'price', 'x', '=', '1', '2.5', 'TH/s', 'W', '*', '/', '+', '(', ')', ' ', 'to USD/day', 'USD', '.', 'constructor');
    const cell = fc.oneof(fc.string({ maxLength: 40 }), fc.array(piece, { maxLength: 12 }).map((xs) => xs.join('')));
    fc.assert(
      fc.property(fc.array(cell.filter((c) => !c.includes('~')), { minLength: 1, maxLength: 5 }), (cells) => {
        const f = now(at({ cells: cells.join('~') }));
        return f.table.rows.length === cells.length && f.metrics.every((m) => Number.isFinite(m.value)) && !/NaN|undefined/.test(f.caption);
      }),
      { seed: 10, numRuns: 60 },
    );
  });
});
