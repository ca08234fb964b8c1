// evaluateCells(formulas, variables, evaluate): a notebook's cells in order, with the real engine.
import { describe, expect, it } from 'vitest';
import { evaluateCells } from '../../src/formula/cells.ts';
import { evaluateFormula, type FormulaVariable } from '../../src/formula/engine.ts';

const variables: Record<string, FormulaVariable> = {
  price: { value: 76_176, unit: 'USD / BTC', label: 'BTC price' },
  kwh: { value: 0.06, unit: 'USD / kWh', label: 'Electricity price' },
  hashprice: { value: 33.96, unit: 'USD / (PH / s) / day', label: 'Hashprice' },
};

describe('evaluateCells', () => {
  it('evaluateCells passes a name defined by an earlier cell to a later one', () => {
    const [first, second] = evaluateCells(['fleet = 300', 'fleet * 473 TH/s * hashprice'], variables, evaluateFormula);
    expect(first).toMatchObject({ ok: true, value: 300, unit: '', assigned: 'fleet', error: '' });
    // 300 × 0.473 PH/s × 33.96 USD per PH/s per day, by hand: 4,818.92 USD per day.
    expect(second!.ok).toBe(true);
    expect(second!.unit).toBe('USD / day');
    expect(second!.value).toBeCloseTo(300 * 0.473 * 33.96, 6);
    expect(second!.text).toMatch(/USD \/ day$/);
  });

  it('evaluateCells gives the seeded fleet-net formula a value in USD per day', () => {
    const [, net] = evaluateCells(['fleet = 300', 'fleet * (473 TH/s * hashprice - 5676 W * 24 h / day * kwh) to USD/day'], variables, evaluateFormula);
    // 300 × (0.473 × 33.96 − 5.676 kW × 24 h × 0.06) per day = 300 × (16.06308 − 8.17344) = 2,366.892 USD per day.
    expect(net).toMatchObject({ ok: true, unit: 'USD / day', error: '' });
    expect(net!.value).toBeCloseTo(2_366.892, 6);
  });

  it('evaluateCells does not let a cell see a name defined below it', () => {
    const [first, second] = evaluateCells(['fleet * 2', 'fleet = 300'], variables, evaluateFormula);
    expect(first).toMatchObject({ ok: false, text: '', unit: '' });
    expect(first!.error).toMatch(/unknown name "fleet"/);
    expect(Number.isNaN(first!.value)).toBe(true);
    expect(second).toMatchObject({ ok: true, value: 300, assigned: 'fleet' });
  });

  it('evaluateCells: a failing cell defines nothing, and the cells after it still run', () => {
    const results = evaluateCells(['fleet = price.constructor', 'fleet * 2', 'price * 2'], variables, evaluateFormula);
    expect(results[0]!.error).toMatch(/property access/);
    expect(results[1]!.error).toMatch(/unknown name "fleet"/);
    expect(results[2]).toMatchObject({ ok: true, value: 152_352, unit: 'USD / BTC' });
  });

  it('evaluateCells refuses defining a name twice, and gives an error position from the parser', () => {
    const results = evaluateCells(['a = 1', 'a = 2', '2 * (3 + 4'], variables, evaluateFormula);
    expect(results[1]!.error).toMatch(/"a" is already defined/);
    expect(results[2]!.ok).toBe(false);
    expect(results[2]!.error).toMatch(/closing parenthesis|ends too soon/);
    expect(typeof results[2]!.position).toBe('number');
  });

  it('evaluateCells says an empty cell is empty and a unit mistake is a unit mistake', () => {
    const [empty, units] = evaluateCells(['', '473 TH/s + 5 W'], variables, evaluateFormula);
    expect(empty!.error).toMatch(/empty/);
    expect(units!.error).toMatch(/units do not match/);
  });

  it('evaluateCells([]) is []', () => {
    expect(evaluateCells([], variables, evaluateFormula)).toEqual([]);
  });
});
