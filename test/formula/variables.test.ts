// formulaVariables(scenario, figures) and unitFor(unit string): every scenario input and every
// figure metric becomes a formula variable with its unit, and formulas over them agree with the figures.
import { describe, expect, it } from 'vitest';
import { figureRegistry } from '../../src/figures/registry.ts';
import { loanStressFigure } from '../../src/figures/loanStress.ts';
import { metric, type Figure } from '../../src/figures/types.ts';
import { formulaVariables, unitFor } from '../../src/formula/variables.ts';
import { evaluateFormula, type FormulaVariable } from '../../src/formula/engine.ts';
import { defaultScenario, paramSpecs } from '../../src/scenario/schema.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const s = defaultScenario();
// The stress test's probabilities come from the page's worker; here its figure without a run. The
// formula cells' own figure is not a source of variables (src/formula/scope.ts): cells read figures, not cells.
const figures: Figure[] = figureRegistry.filter((f) => f.id !== 'formulas').map((f) => (f.id === 'loan-stress' ? loanStressFigure(s, context, null) : f.compute(s, context)));
const variables = formulaVariables(s, figures);
const scope: Record<string, FormulaVariable> = Object.fromEntries(variables.map((v) => [v.name, v]));
const value = (f: string) => {
  const r = evaluateFormula(f, scope);
  if (!r.ok) throw new Error(`${f}: ${r.error}`);
  return r.value;
};

describe('unitFor(unit string)', () => {
  it.each([
    ['USD per PH/s per day', 'USD / (PH / s) / day'],
    ['USD per TH/s per day', 'USD / (TH / s) / day'],
    ['sats per TH/s per day', 'sat / (TH / s) / day'],
    ['USD per machine', 'USD'],
    ['USD per TH', 'USD / TH'],
    ['EH/s', 'EH / s'],
    ['J/TH', 'J / TH'],
    ['USD per kWh', 'USD / kWh'],
    ['fraction of network hashrate', ''],
    ['% per month', ''],
    ['T', ''],
    ['ratio', ''],
  ])('%s → %s', (unit, expected) => {
    expect(unitFor(unit)).toBe(expected);
  });

  it('writes every unit the schema and the figures use, none left unread (null)', () => {
    const units = new Set([...paramSpecs.map((p) => p.unit), ...figures.flatMap((f) => f.metrics.map((m) => m.unit))]);
    expect([...units].filter((u) => unitFor(u) === null)).toEqual([]);
    for (const v of variables) if (v.unit) expect(evaluateFormula(`1 ${v.unit}`, {}).ok, v.unit).toBe(true);
  });
});

describe('formulaVariables(scenario, figures)', () => {
  it('names every numeric link input as the link does, with its unit', () => {
    expect(scope.price).toMatchObject({ value: 76_176, unit: 'USD / BTC', source: 'link' });
    expect(scope.kwh).toMatchObject({ value: 0.06, unit: 'USD / kWh' });
    expect(scope.units).toMatchObject({ value: 1_000, unit: '' });
  });

  it('names every metric of every figure as <figure>__<metric>, and by its bare name when only one figure has it', () => {
    for (const f of figures) for (const m of f.metrics) expect(scope[`${f.id.replace(/-/g, '_')}__${m.name.replace(/-/g, '_')}`]?.value).toBe(m.value);
    expect(scope.breakeven_hashprice_debt?.value).toBe(metric(figures.find((f) => f.id === 'debt-service')!, 'breakeven-hashprice-debt').value);
    // "payment-month" is in two figures: only the qualified names.
    expect(scope.payment_month).toBeUndefined();
    expect(scope.debt_service__payment_month).toBeDefined();
  });

  it('a reader’s arithmetic over them agrees with the figures: 473 TH/s × hashprice is the S21 XP Hydro’s revenue a day', () => {
    const hashprice = metric(figures.find((f) => f.id === 'hashprice')!, 'hashprice').value;
    const revenue = value('473 TH/s * hashprice');
    expect(revenue.unit).toBe('USD / day');
    expect(revenue.value).toBeCloseTo(0.473 * hashprice, 9);
    // The fleet's cash flow a month from its parts equals the debt-service figure's.
    const cash = value('units * (473 TH/s * hashprice - 5676 W * 24 h / day * kwh) * 1 month - opex * 1 month');
    expect(cash.unit).toBe('USD');
    expect(cash.value).toBeCloseTo(metric(figures.find((f) => f.id === 'debt-service')!, 'cash-flow-month').value, 6);
  });
});
