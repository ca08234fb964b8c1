// costCurveFigure(scenario, context): the default fleet mix against today's hashprice, by hand.
import { describe, expect, it } from 'vitest';
import { costCurveFigure } from '../../src/figures/costCurve.ts';
import { metric } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });
const hashprice = (76_176 * 86_400e15 * 3.125) / (141e12 * 2 ** 32); // ≈ $33.96 per PH/s a day

describe('costCurveFigure(scenario, context)', () => {
  it('puts 10.75 % of the default mix underwater at $33.96: 30 J/TH at $0.06 and $0.07, 26 J/TH at $0.07', () => {
    // Breakevens J × $/kWh × 24: 30 × 0.06 × 24 = 43.2, 30 × 0.07 × 24 = 50.4, 26 × 0.07 × 24 = 43.68
    // are above 33.96; 26 × 0.06 × 24 = 37.44 is too. Shares: 10 % × (25 + 10) % + 15 % × (25 + 10) % = 8.75 %,
    // and 21.5 × 0.07 × 24 = 36.12 > 33.96 adds 20 % × 10 % = 2 %: 10.75 % in all.
    const f = costCurveFigure(defaultScenario(), context);
    expectClose(metric(f, 'hashprice-today').value, hashprice, 1e-12);
    expectClose(metric(f, 'share-underwater').value, 0.1075, 1e-12);
    expect(f.table.rows.filter((r) => r.underwater).map((r) => `${r.joulesPerTerahash}@${r.usdPerKwh}`).sort()).toEqual(['21.5@0.07', '26@0.06', '26@0.07', '30@0.06', '30@0.07'].sort());
  });

  it('names the marginal machine: the dearest segment still covering its power (30 J/TH at $0.045, $32.40)', () => {
    const f = costCurveFigure(defaultScenario(), context);
    expectClose(metric(f, 'marginal-breakeven-hashprice').value, 30 * 0.045 * 24, 1e-12);
    expect(metric(f, 'marginal-joules-per-th').value).toBe(30);
    expect(metric(f, 'marginal-usd-per-kwh').value).toBe(0.045);
  });

  it("marks the reader's machine at its own breakeven: 12 J/TH × $0.06 × 24 = $17.28", () => {
    const f = costCurveFigure(defaultScenario(), context);
    expectClose(metric(f, 'machine-breakeven-hashprice').value, (5_676 / 473) * 0.06 * 24, 1e-12);
    expect(f.charts[0]!.references.map((r) => r.className)).toEqual(['reference', 'reference reference--yours']);
  });

  it('reads the fleet mix from the link: one class at one tier is all or nothing', () => {
    const cheap = costCurveFigure(at({ fleet: '20-1', tiers: '0.05-1' }), context); // breakeven $24 < $33.96
    expect(metric(cheap, 'share-underwater').value).toBe(0);
    const dear = costCurveFigure(at({ fleet: '40-1', tiers: '0.05-1' }), context); // $48 > $33.96
    expect(metric(dear, 'share-underwater').value).toBe(1);
    expect(metric(dear, 'marginal-breakeven-hashprice').label).toMatch(/No segment covers its power/);
  });

  it('puts more of the network underwater as the BTC price falls', () => {
    const shares = [120_000, 76_176, 50_000, 30_000].map((price) => metric(costCurveFigure(at({ price }), context), 'share-underwater').value);
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeGreaterThanOrEqual(shares[i - 1]!);
    expect(shares[3]!).toBeGreaterThan(shares[0]!);
  });

  it('draws a step curve from 0 to 100 % of hashrate with the breakevens rising', () => {
    const chart = costCurveFigure(defaultScenario(), context).charts[0]!;
    const points = chart.series[0]!.points;
    expect(points[0]!.x).toBe(0);
    expect(points.at(-1)!.x).toBe(1);
    for (let i = 1; i < points.length; i++) expect(points[i]!.y).toBeGreaterThanOrEqual(points[i - 1]!.y);
  });
});
