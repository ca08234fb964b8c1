// Chapter 6's figures (treasury, capital-stack, financing) against hand-computed cases: the miner's
// month (1,000 Antminer S21 XP Hydros, 473 TH/s and 5,676 W each, on $0.06/kWh with $50,000 of other
// costs), the 2022-like price path, the three rules side by side, the three instruments, and every
// issuance figure the documents give.
import { describe, expect, it } from 'vitest';
import { treasuryFigure } from '../../src/figures/treasury.ts';
import { capitalStackFigure } from '../../src/figures/capitalStack.ts';
import { financingFigure, issuanceRows } from '../../src/figures/financing.ts';
import { balanceMiner, balancePricePath } from '../../src/figures/balanceShared.ts';
import { metric, type Figure } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });
const has = (f: Figure, name: string) => f.metrics.some((m) => m.name === name);

describe('the balance-sheet miner', () => {
  it('pays 1,000 × 5,676 W × 24 h × $0.06 × 30.4375 days + $50,000 a month', () => {
    const m = balanceMiner(defaultScenario(), context);
    expectClose(m.costsUsdByMonth[0]!, 1000 * 5676 * 0.024 * 0.06 * 30.4375 + 50_000, 1e-12);
    expectClose(m.megawatts, 5.676, 1e-12);
  });

  it('mines in its first month 473,000 TH/s × 86,400 × 3.125 ÷ (141 T × 2³²) BTC a day × 30.4375 days (on the fixed trend, whose first month is at 141 T)', () => {
    const m = balanceMiner(at({ hashrate: 'trend' }), context);
    expectClose(m.btcMinedByMonth[0]!, ((473_000 * 86_400 * 3.125) / (141 * 2 ** 32)) * 30.4375, 1e-9);
  });

  it('the 2022-like path falls to a quarter of $76,176 in a year; the trend holds at 0 % drift; a seed gives the same simulated path twice', () => {
    expectClose(balancePricePath(defaultScenario())[12]!, 76_176 / 4, 1e-12);
    expect(balancePricePath(at({ pricepath: 'trend' }))).toEqual(Array(24).fill(76_176));
    const a = balancePricePath(at({ pricepath: 'sim', seed: 7 }));
    expect(balancePricePath(at({ pricepath: 'sim', seed: 7 }))).toEqual(a);
    expect(balancePricePath(at({ pricepath: 'sim', seed: 8 }))).not.toEqual(a);
    expect(a.every((p) => Number.isFinite(p) && p > 0)).toBe(true);
  });
});

describe('treasuryFigure(scenario, context)', () => {
  it('reports the reader’s rule and the other two beside it; HODL sells only when forced', () => {
    const f = treasuryFigure(at({ rule: 'hodl' }), context);
    expectClose(metric(f, 'btc-sold').value, metric(f, 'btc-forced').value, 1e-12);
    expect(has(f, 'end-value-hybrid-usd') && has(f, 'end-value-sell-usd')).toBe(true);
    expect(has(f, 'end-value-hodl-usd')).toBe(false);
  });

  it('with costs paid by what it mines on a flat price and plenty of cash, no rule is ever forced to sell', () => {
    const f = treasuryFigure(at({ pricepath: 'trend', cashusd: 1e9, rule: 'hybrid' }), context);
    expect(metric(f, 'runway-months').value).toBe(24);
    expect(metric(f, 'btc-forced').value).toBe(0);
    expect(has(f, 'out-of-money-month')).toBe(false);
  });

  it('states the 2022 readings: 58,773 BTC sold, and 20,496 ÷ 13,800,000 ≈ 0.15 % of monthly spot volume', () => {
    const f = treasuryFigure(defaultScenario(), context);
    expect(metric(f, 'public-sales-2022-btc').value).toBe(58_773);
    expectClose(metric(f, 'miner-sales-share-of-volume').value, 20_496 / 13_800_000, 1e-12);
  });
});

describe('capitalStackFigure(scenario, context)', () => {
  it('on the 2022-like fall the ASIC lender takes the machines, at their payback value that month', () => {
    const f = capitalStackFigure(defaultScenario(), context);
    expect(metric(f, 'default-asic').value).toBe(1);
    const row = f.table.rows.find((r) => r.key === 'asic')!;
    const m = balanceMiner(defaultScenario(), context);
    expect(metric(f, 'seized-usd').value).toBe(m.fleetValueUsdByMonth[row.result.month!]);
  });

  it('a convertible whose shares rise past the conversion price converts: principal ÷ (share × 1.3) new shares of 100 M', () => {
    const s = at({ pricepath: 'trend', drift: 100, beta: 1, cbmonths: 24 });
    const f = capitalStackFigure(s, context);
    expect(metric(f, 'default-convertible').value).toBe(0);
    const newShares = 3e6 / (10 * 1.3);
    expectClose(metric(f, 'dilution').value, newShares / (100e6 + newShares), 1e-12);
  });

  it('the secured notes pay $3 M × 10 % ÷ 12 = $25,000 a month until they end', () => {
    const f = capitalStackFigure(at({ pricepath: 'trend', cashusd: 1e9 }), context);
    expect(metric(f, 'default-notes').value).toBe(0);
    expectClose(metric(f, 'cash-interest-usd').value, 24 * 25_000, 1e-12);
  });

  it('values the site as chapter 5 values an AI lease: 5.676 MW of rent at $1,904,762 per MW-year for 15 years, discounted at 10 %', () => {
    const f = capitalStackFigure(defaultScenario(), context);
    let npv = 0;
    for (let m = 0; m < 180; m++) npv += (5.676 * 1_904_762) / 12 / 1.1 ** ((m + 1) / 12);
    expectClose(metric(f, 'site-value-usd').value, npv, 1e-9);
  });
});

describe('financingFigure(scenario, context)', () => {
  const f = financingFigure(defaultScenario(), context);

  it('draws every issuance figure in the documents, once, with its fact', () => {
    expect(f.table.rows).toHaveLength(issuanceRows.length);
    expect(new Set(issuanceRows.map((r) => r.fact)).size).toBe(issuanceRows.length);
    expect(f.charts[0]!.items.filter((i) => i.highlight).map((i) => i.key)).toEqual(['2022-asic']);
  });

  it('recomputes 2022’s falls: 1 − 953 ÷ 3,900 ≈ 75.6 % and 1 − 813 ÷ 1,500 = 45.8 %', () => {
    expectClose(metric(f, 'equity-decline-2022').value, 1 - 953 / 3900, 1e-12);
    expectClose(metric(f, 'debt-decline-2022').value, 1 - 813 / 1500, 1e-12);
  });

  it('adds the named Q4 2025 offerings: $3.2 bn + $1 bn + $0.3 bn = $4.5 bn, just under the $4.6 bn record', () => {
    expect(metric(f, 'named-q4-2025-usd').value).toBe(4.5e9);
    expect(metric(f, 'named-q4-2025-usd').value).toBeLessThan(metric(f, 'record-quarter-usd').value);
  });

  it('is the same at every scenario (it reads no setting)', () => {
    expect(financingFigure(at({ price: 20_000 }), context).metrics).toEqual(f.metrics);
  });
});
