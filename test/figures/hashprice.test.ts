// hashpriceFigure(scenario): expected values computed by hand from the protocol's arithmetic,
// written out below; never from the model functions the figure calls.
import { describe, expect, it } from 'vitest';
import { hashpriceFigure } from '../../src/figures/hashprice.ts';
import { metric } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();

const hashesPerThDay = 86_400 * 1e12;
/** USD per TH/s per day, by hand: price × 86,400 × 10¹² × reward ÷ (D × 10¹² × 2³²). */
const byHand = (price: number, diffT: number, rewardBtc: number) => (price * hashesPerThDay * rewardBtc) / (diffT * 1e12 * 2 ** 32);

const cases: { name: string; s: Partial<Scenario>; reward: number; rewardText: string }[] = [
  { name: 'the defaults (2 Feb 2026: 3.125 BTC subsidy, no fees)', s: {}, reward: 3.125, rewardText: '3.125 + 0' },
  { name: 'fees of 0.25 BTC a block', s: { fees: 0.25 }, reward: 3.375, rewardText: '3.125 + 0.25' },
  { name: 'a date after the 2028 halving', s: { date: '2028-06-01' }, reward: 1.5625, rewardText: '1.5625 + 0' },
  { name: 'a 6.25 BTC subsidy set by hand', s: { subsidy: 6.25, price: 16_500, diff: 35.4 }, reward: 6.25, rewardText: '6.25 + 0' },
];

describe('hashpriceFigure(scenario, context)', () => {
  it.each(cases)('gives hashprice per PH/s and per TH/s, sats and BTC per day for $name', ({ s, reward, rewardText }) => {
    const sc = { ...defaultScenario(), ...s };
    const f = hashpriceFigure(sc, context);
    const perTh = byHand(sc.price, sc.diff, reward);
    expectClose(metric(f, 'hashprice').value, perTh * 1000, 1e-12);
    expectClose(metric(f, 'hashprice-th').value, perTh, 1e-12);
    expectClose(metric(f, 'sats-per-th').value, (perTh / sc.price) * 1e8, 1e-12);
    expectClose(metric(f, 'btc-per-day').value, 144 * reward, 1e-12);
    // D × 2³² hashes per block every 600 s, in EH/s.
    expectClose(metric(f, 'network-hashrate').value, (sc.diff * 1e12 * 2 ** 32) / 600 / 1e18, 1e-12);
    expect(f.formula.reward).toBe(rewardText);
  });

  it('states the defaults\' hashprice as $33.96 per PH/s per day, in text and caption', () => {
    // 76,176 × 86,400e12 × 3.125 ÷ (141e12 × 4,294,967,296) × 1000 = 33.963…
    const f = hashpriceFigure(defaultScenario(), context);
    expect(metric(f, 'hashprice').text).toBe('$33.96');
    expect(f.caption).toContain('$33.96');
    expect(f.caption).toContain('$76,176');
    expect(f.formula.result).toBe('$0.0340');
  });

  it('adds the net-of-pool-fee metric only when there is a pool fee', () => {
    expect(hashpriceFigure(defaultScenario(), context).metrics.map((m) => m.name)).not.toContain('hashprice-net-th');
    const f = hashpriceFigure({ ...defaultScenario(), pool: 2.5 }, context);
    expectClose(metric(f, 'hashprice-net-th').value, metric(f, 'hashprice-th').value * 0.975, 1e-12);
    expect(metric(f, 'hashprice-net-th').label).toBe('After the 2.5 % pool fee');
  });

  it('never prints an empty term in the formula (the "( + 0.000) BTC" regression)', () => {
    for (const s of [defaultScenario(), { ...defaultScenario(), subsidy: 1.5625 }, { ...defaultScenario(), fees: 0.001 }]) {
      expect(hashpriceFigure(s, context).formula.reward).toMatch(/^\d[\d.]* \+ \d[\d.]*$/);
    }
  });

  it('is a table of its own metrics, with units', () => {
    const f = hashpriceFigure(defaultScenario(), context);
    expect(f.table.rows.map((r) => r.name)).toEqual(f.metrics.map((m) => m.name));
    expect(f.table.columns.map((c) => c.key)).toEqual(['figure', 'value', 'unit']);
  });
});
