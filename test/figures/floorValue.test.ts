// floorValueFigure(scenario, context): payback and forward values by hand for short lives, and
// the figure's own consistency (chosen mode, markers, table).
import { describe, expect, it } from 'vitest';
import { floorValueFigure } from '../../src/figures/floorValue.ts';
import { metric } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { scenarioNetworkPath } from '../../src/scenario/paths.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });
// The hand formulas below compound difficulty at the fixed trend: those cases ask for it.
const trend = (s: Partial<Scenario> = {}) => at({ hashrate: 'trend', ...s });
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
    const f = floorValueFigure(trend({ life: 1 }), context);
    const expected = profitPerDay * daysPerMonth * 1.1 ** (-1 / 12);
    expectClose(metric(f, 'forward-value-curtail').value, expected, 1e-12);
    expectClose(metric(f, 'forward-value-run').value, expected, 1e-12);
  });

  it('values a two-month life with 2 % difficulty growth month by month', () => {
    const f = floorValueFigure(trend({ life: 2 }), context);
    const month1 = (473 * (hashprice / 1.02) - (5_676 * 24 * 0.06) / 1000) * daysPerMonth;
    const d = 1.1 ** (-1 / 12);
    expectClose(metric(f, 'forward-value-curtail').value, profitPerDay * daysPerMonth * d + month1 * d * d, 1e-12);
  });

  it('reads the forward value in the reader\'s mode: curtail by default, run when set', () => {
    const curtail = floorValueFigure(trend(), context);
    expect(metric(curtail, 'forward-value').value).toBe(metric(curtail, 'forward-value-curtail').value);
    const run = floorValueFigure(trend({ mode: 'run' }), context);
    expect(metric(run, 'forward-value').value).toBe(metric(run, 'forward-value-run').value);
    expect(run.chosenMode).toBe('run');
    // Losing months after the halving count in run mode, so it is worth less.
    expect(metric(run, 'forward-value-run').value).toBeLessThan(metric(run, 'forward-value-curtail').value);
  });

  it('gives the first losing month, or says there is none and has no such metric', () => {
    const f = floorValueFigure(trend(), context);
    expect(metric(f, 'underwater-month').value).toBe(26);
    expect(f.underwaterText).toBe('month 26 (Apr 2028)');
    const cheap = floorValueFigure(trend({ kwh: 0.01 }), context);
    expect(cheap.metrics.map((m) => m.name)).not.toContain('underwater-month');
    expect(cheap.underwaterText).toBe('none within 36 months');
  });

  it('merges the halving and first-losing-month markers when they fall in the same month', () => {
    const f = floorValueFigure(trend(), context);
    const chart = f.charts[0]!;
    if (chart.kind !== 'months') throw new Error('expected a month chart');
    expect(chart.markers).toEqual([{ month: 26, label: 'Halving and first losing month, Apr 2028', kind: 'underwater' }]);
    const apart = floorValueFigure(trend({ kwh: 0.1 }), context).charts[0]!; // dear power: losing long before the halving
    if (apart.kind !== 'months') throw new Error('expected a month chart');
    expect(apart.markers.map((m) => m.kind)).toEqual(['halving', 'underwater']);
    expect(apart.markers[1]!.month).toBeLessThan(apart.markers[0]!.month);
  });

  it('follows hashrate=respond by default: month 0 is priced at the difficulty the responding network sets', () => {
    // At the defaults 10.75 % of the fleet mix is underwater, switches off, and the second
    // half-month's difficulty falls by the hashrate that ran (one retarget later).
    const s = at({ life: 1 });
    const d0 = scenarioNetworkPath(s)[0]!.difficultyT;
    expect(d0).toBeLessThan(141);
    const hp0 = (76_176 * 86_400e12 * 3.125) / (d0 * 1e12 * 2 ** 32);
    const expected = (473 * hp0 - (5_676 * 24 * 0.06) / 1000) * daysPerMonth * 1.1 ** (-1 / 12);
    expectClose(metric(floorValueFigure(s, context), 'forward-value-curtail').value, expected, 1e-12);
  });

  it.each([0.025, 0.06, 0.1])('is never worth less with hashrate responding than on the fixed trend, at $%s/kWh', (kwh) => {
    for (const machine of ['antminer-s21-xp-hydro', 'antminer-s19j-pro']) {
      const respond = floorValueFigure(at({ kwh, machine }), context);
      const fixed = floorValueFigure(trend({ kwh, machine }), context);
      for (const name of ['forward-value-curtail', 'forward-value-run']) {
        expect(metric(respond, name).value, `${machine} ${name}`).toBeGreaterThanOrEqual(metric(fixed, name).value - 1e-9);
      }
    }
  });

  it('says in its note and caption which path difficulty follows', () => {
    const respond = floorValueFigure(defaultScenario(), context);
    expect(respond.note).toMatch(/^Difficulty follows the network's hashrate, which answers hashprice: .* leave after 3 months idle/);
    expect(respond.caption).toContain('difficulty that answers hashprice');
    expect(respond.texts?.['difficulty-path']).toBeDefined();
    const fixed = floorValueFigure(trend(), context);
    expect(fixed.note).toMatch(/^Difficulty grows 2 % a month whatever miners earn \(the fixed trend\)\./);
    expect(fixed.caption).toContain('difficulty that follows the fixed trend');
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
