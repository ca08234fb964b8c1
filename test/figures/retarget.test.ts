// retargetFigure(scenario, context): one epoch after a hashrate change, by hand.
import { describe, expect, it } from 'vitest';
import { retargetFigure } from '../../src/figures/retarget.ts';
import { metric } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });
// Gross hashprice at the defaults, USD per PH/s per day: price × 86,400 s × 10^15 H/s × subsidy ÷ (D × 2^32).
const hashpriceBefore = (76_176 * 86_400e15 * 3.125) / (141e12 * 2 ** 32);

describe('retargetFigure(scenario, context)', () => {
  it('at the default −12 %: blocks every 600 ÷ 0.88 s, a retarget after 2,016 of them, difficulty × 0.88', () => {
    const f = retargetFigure(defaultScenario(), context);
    expectClose(metric(f, 'block-time-s').value, 600 / 0.88, 1e-12);
    expectClose(metric(f, 'epoch-days').value, (2016 * 600) / 0.88 / 86_400, 1e-12);
    expectClose(metric(f, 'next-diff').value, 141 * 0.88, 1e-12);
    expect(metric(f, 'next-diff').text).toBe('124.08');
    expectClose(metric(f, 'hashprice-after-retarget').value, hashpriceBefore / 0.88, 1e-12);
  });

  it('keeps each surviving TH/s on the same hashprice during the lag while the total paid to miners falls', () => {
    const f = retargetFigure(defaultScenario(), context);
    const [before, lag, after] = f.table.rows;
    expect(lag!.hashpriceUsdPerPhDay).toBe(before!.hashpriceUsdPerPhDay);
    expectClose(lag!.minersUsdPerDay, 3.125 * 144 * 76_176 * 0.88, 1e-12);
    expectClose(before!.minersUsdPerDay, 3.125 * 144 * 76_176, 1e-12);
    expect(after!.minersUsdPerDay).toBe(before!.minersUsdPerDay);
    expect(f.caption).toContain('each TH/s still earns');
  });

  it.each([
    { hrchange: -80, factor: 0.25, why: 'a fall of 80 % (0.2×) is clamped to ÷4' },
    { hrchange: 50, factor: 1.5, why: '+50 % is inside the clamp' },
    { hrchange: 0, factor: 1, why: 'no change, no retarget move' },
  ])('moves difficulty by $factor× at hrchange $hrchange: $why', ({ hrchange, factor }) => {
    const f = retargetFigure(at({ hrchange }), context);
    expectClose(metric(f, 'next-diff').value, 141 * factor, 1e-12);
    expectClose(metric(f, 'difficulty-change').value, factor - 1, 1e-12);
  });

  it('draws the epoch: hashprice steps up at the retarget day, the miners’ total steps back to where it was', () => {
    const f = retargetFigure(defaultScenario(), context);
    const chart = f.charts[0]!;
    const days = metric(f, 'epoch-days').value;
    expect(chart.markers[0]!.x).toBe(days);
    const [perTh, paid] = chart.series;
    expect(perTh!.points.map((p) => p.y)).toEqual([100, expect.closeTo(100 / 0.88, 9), expect.closeTo(100 / 0.88, 9)]);
    expect(paid!.points[0]!.y).toBeCloseTo(88, 9);
    expect(paid!.points[1]).toEqual({ x: days, y: 100 });
  });
});
