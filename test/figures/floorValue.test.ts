// floorValueFigure(scenario, context): payback and forward values by hand for short lives, and
// the figure's own consistency (chosen mode, markers, table).
import { describe, expect, it } from 'vitest';
import { floorValueFigure } from '../../src/figures/floorValue.ts';
import { metric } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });
// The S21 XP Hydro (473 TH/s, 5,676 W) at the defaults, by hand.
const hashprice = (76_176 * 86_400e12 * 3.125) / (141e12 * 2 ** 32);
const profitPerDay = 473 * hashprice - (5_676 * 24 * 0.06) / 1000;
const daysPerMonth = 365.25 / 12;

describe('floorValueFigure(scenario, context)', () => {
  it('prices the default machine on an 18-month payback: profit per day × 18 × 30.4375', () => {
    const f = floorValueFigure(defaultScenario(), context);
    expect(f.machine.id).toBe('antminer-s21-xp-hydro');
    expectClose(metric(f, 'payback-value').value, profitPerDay * 18 * daysPerMonth, 1e-12);
    expectClose(metric(f, 'payback-value-th').value, (profitPerDay * 18 * daysPerMonth) / 473, 1e-12);
  });

  it('values a one-month life as that month\'s profit discounted one month', () => {
    // Month 0 at the start market; 10 % a year is 1.1^(−1/12) for one month.
    const f = floorValueFigure(at({ life: 1 }), context);
    const expected = profitPerDay * daysPerMonth * 1.1 ** (-1 / 12);
    expectClose(metric(f, 'forward-value-curtail').value, expected, 1e-12);
    expectClose(metric(f, 'forward-value-run').value, expected, 1e-12);
  });

  it('values a two-month life with 2 % difficulty growth month by month', () => {
    const f = floorValueFigure(at({ life: 2 }), context);
    const month1 = (473 * (hashprice / 1.02) - (5_676 * 24 * 0.06) / 1000) * daysPerMonth;
    const d = 1.1 ** (-1 / 12);
    expectClose(metric(f, 'forward-value-curtail').value, profitPerDay * daysPerMonth * d + month1 * d * d, 1e-12);
  });

  it('reads the forward value in the reader\'s mode: curtail by default, run when set', () => {
    const curtail = floorValueFigure(defaultScenario(), context);
    expect(metric(curtail, 'forward-value').value).toBe(metric(curtail, 'forward-value-curtail').value);
    const run = floorValueFigure(at({ mode: 'run' }), context);
    expect(metric(run, 'forward-value').value).toBe(metric(run, 'forward-value-run').value);
    expect(run.chosenMode).toBe('run');
    // Losing months after the halving count in run mode, so it is worth less.
    expect(metric(run, 'forward-value-run').value).toBeLessThan(metric(run, 'forward-value-curtail').value);
  });

  it('gives the first losing month, or says there is none and has no such metric', () => {
    const f = floorValueFigure(defaultScenario(), context);
    expect(metric(f, 'underwater-month').value).toBe(26);
    expect(f.underwaterText).toBe('month 26 (Apr 2028)');
    const cheap = floorValueFigure(at({ kwh: 0.01 }), context);
    expect(cheap.metrics.map((m) => m.name)).not.toContain('underwater-month');
    expect(cheap.underwaterText).toBe('none within 36 months');
  });

  it('merges the halving and first-losing-month markers when they fall in the same month', () => {
    const f = floorValueFigure(defaultScenario(), context);
    const chart = f.charts[0]!;
    if (chart.kind !== 'months') throw new Error('expected a month chart');
    expect(chart.markers).toEqual([{ month: 26, label: 'Halving and first losing month, Apr 2028', kind: 'underwater' }]);
    const apart = floorValueFigure(at({ kwh: 0.1 }), context).charts[0]!; // dear power: losing long before the halving
    if (apart.kind !== 'months') throw new Error('expected a month chart');
    expect(apart.markers.map((m) => m.kind)).toEqual(['halving', 'underwater']);
    expect(apart.markers[1]!.month).toBeLessThan(apart.markers[0]!.month);
  });

  it('names the next halving block from the model in its note, not a typed number', () => {
    expect(floorValueFigure(defaultScenario(), context).note).toContain('block 1,050,000');
    // From a date in the 2028–32 epoch the next halving is block 1,260,000.
    expect(floorValueFigure(at({ date: '2029-01-01', life: 60 }), context).note).toContain('block 1,260,000');
  });

  it('has one table row per month and a negative-value explanation when the machine loses money today', () => {
    const f = floorValueFigure(at({ life: 12 }), context);
    expect(f.table.rows.map((r) => r.month)).toEqual([...Array(12).keys()]);
    const losing = floorValueFigure(at({ machine: 'antminer-s9' }), context);
    expect(metric(losing, 'payback-value').value).toBeLessThan(0);
    expect(losing.note).toContain('no payback buyer exists');
  });

  it('studies the reader\'s own machine when the scenario names "custom"', () => {
    const f = floorValueFigure(at({ machine: 'custom', ths: 200, watts: 3_500 }), context);
    expect(f.machine.model).toBe('Your machine');
    expect(f.title).toBe('What is Your machine worth?');
  });
});
