import { describe, expect, it } from 'vitest';
import { byId } from '../../src/essay/ledger.ts';
import { chapter1Figures as figures, chapter1Ledger } from '../../src/essay/chapter1.ts';
import { expectClose } from '../helpers/close.ts';

describe('chapter 1 ledger: the key cases', () => {
  it('f2pool 2 Feb 2026 hashprice reproduces at 141 T: ≈ $0.03396/TH/day', () => {
    const r = byId('f2pool-hashprice');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 0.033963, 1e-4);
  });

  it('reading 890 EH/s as difficulty (≈124.3 T) gives ≈ $0.0385, about 13% high, and does not reproduce', () => {
    const r = byId('f2pool-hashprice-from-estimate');
    expect(r.reproduces).toBe(false);
    expectClose(figures.difficultyFromEstimateT, 124.33, 1e-3);
    expectClose(r.computedValue, 0.03852, 1e-3);
    expect(r.computedValue / r.claimedValue - 1).toBeGreaterThan(0.12);
    expect(r.computedValue / r.claimedValue - 1).toBeLessThan(0.14);
  });

  it('141 T implies ≈ 1,009 EH/s, so 890 EH/s is ≈ 12% below it', () => {
    expectClose(figures.impliedHashrateFeb2026Eh, 1009.3, 1e-4);
    expect(byId('hashrate-drawdown').reproduces).toBe(true);
  });

  it('890 ÷ (1 − 0.12) ≈ 1,011 EH/s: 141 T is about the November network; the 890 is read as a short-window estimate', () => {
    // 890 / 0.88 = 1,011.36, within 0.2% of the 1,009.3 that 141 T implies.
    expectClose(figures.hashrateBeforeFallEh, 890 / 0.88, 1e-12);
    expect(Math.abs(figures.hashrateBeforeFallEh / figures.impliedHashrateFeb2026Eh - 1)).toBeLessThan(0.003);
    // Three days of blocks: 432; luck alone spreads their timing by 1 / √432 = 4.81%.
    expect(figures.estimateWindowBlocks).toBe(432);
    expectClose(figures.estimateLuckFraction, 0.048_113, 1e-4);
    for (const id of ['f2pool-hashprice', 'f2pool-hashprice-from-estimate', 'hashrate-drawdown']) {
      expect(byId(id).assumption, id).not.toMatch(/lag(s|ging)? (a falling|difficulty)|caught up/);
    }
    expect(byId('f2pool-hashprice-from-estimate').assumption).toMatch(/short-window estimate/);
    expect(byId('hashrate-drawdown').assumption).toContain('890 ÷ 0.88 ≈ 1,011 EH/s');
  });

  it('the S19j Pro spends ≈ 129% on power at the $76,176 defaults and ≈ 131% at the $75,000 reference price: the price is the whole difference', () => {
    // 30.5 × 0.024 × 0.06 = 0.04392 hashcost; 0.04392 ÷ 0.033963 = 1.2932 and 0.04392 ÷ 0.033438 = 1.3135.
    expectClose(figures.s19jProAtDefaults.costRatio, 1.2932, 1e-3);
    expectClose(figures.s19jPro.costRatio, 1.3135, 1e-3);
    expectClose(figures.s19jPro.costRatio / figures.s19jProAtDefaults.costRatio, 76_176 / 75_000, 1e-12);
  });

  it('$0.034/TH/day is $34/PH/day', () => {
    expect(byId('f2pool-per-petahash').computedValue).toBeCloseTo(34, 9);
    expect(byId('f2pool-per-petahash').reproduces).toBe(true);
  });

  it('S21 XP Hydro at $75,000 and $0.06/kWh: ≈ 51.7%, reproduces the document’s ≈ 52%', () => {
    const r = byId('s21-xp-hydro-cost-ratio');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 0.5168, 1e-3);
    expect(r.computation).toContain('$8.17/day');
    expect(r.computation).toContain('$15.82/day');
    expect(r.claim).toContain('(473 TH/s, 5,676 W)');
  });

  it('S19 XP ≈ 92.6% reproduces the low end of 92–100%', () => {
    expect(byId('s19-xp-cost-ratio').reproduces).toBe(true);
    expectClose(byId('s19-xp-cost-ratio').computedValue, 0.9259, 1e-3);
    expect(byId('s19-xp-cost-ratio').claim).toContain('92–100%');
  });

  it('A1466I at its (unconfirmed) nameplate gives ≈ 84%: the 100% top end does not reproduce, and the entry says the spec is unconfirmed', () => {
    const r = byId('a1466i-cost-ratio');
    expect(r.reproduces).toBe(false);
    expectClose(r.computedValue, 0.84, 1e-2);
    expect(r.assumption).toMatch(/could not confirm/);
    expect(r.assumption).toContain('170 TH/s, 3,315 W (19.5 J/TH)');
    expectClose(figures.a1466iJNeeded, 23.22, 1e-3);
  });

  it('A1366 ≈ 108% reproduces the low end of 109–162%', () => {
    const r = byId('a1366-cost-ratio');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 1.077, 1e-3);
  });

  it('S19 Pro at 29.5 J/TH gives ≈ 127%: the 162% top end does not reproduce; it would need ≈ 37.6 J/TH', () => {
    const r = byId('s19-pro-cost-ratio-top');
    expect(r.reproduces).toBe(false);
    expectClose(r.computedValue, 1.272, 1e-3);
    expectClose(figures.s19ProTopJNeeded, 37.62, 1e-3);
    expect(r.assumption).toMatch(/does not reproduce/);
    expect(r.computation).toContain('162% would need 1.62 × $0.03344 ÷ (0.024 × $0.060) = 37.6 J/TH');
  });

  it('37.0 T implies 264.9 EH/s, within rounding of the report’s 264.5', () => {
    const r = byId('peak-difficulty-hashrate');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 264.856, 1e-4);
  });

  it('year-end 2022 $0.06 needs ≈ $16,894 at 35.4 T, 6.25 BTC, fees 0, and the assumption says the price is not in the document', () => {
    const r = byId('year-end-2022-hashprice');
    expect(r.reproduces).toBe(true);
    expectClose(figures.endOf2022PriceForSixCents, 16_893.5, 1e-4);
    expect(figures.endOf2022PriceForSixCents).toBeGreaterThan(16_500);
    expect(figures.endOf2022PriceForSixCents).toBeLessThan(17_000);
    expect(r.assumption).toMatch(/gives no year-end bitcoin price/);
    expect(r.assumption).toContain('Q4 range of $15,000–$18,000');
  });

  it('S19j Pro breakeven: $82/MWh at 30.5 J/TH, $109/MWh with 25% fewer J/TH', () => {
    expect(byId('s19j-pro-breakeven-stock').reproduces).toBe(true);
    expectClose(byId('s19j-pro-breakeven-stock').computedValue, 81.967, 1e-4);
    expect(byId('s19j-pro-breakeven-braiins').reproduces).toBe(true);
    expectClose(byId('s19j-pro-breakeven-braiins').computedValue, 109.29, 1e-4);
    expectClose(figures.s19jProTunedAltBreakevenMwh, 102.46, 1e-4);
    expect(byId('s19j-pro-breakeven-braiins').computation).toContain('30.5 J/TH × 0.75 = 22.88 J/TH');
  });

  it('S19j Pro 15-month payback value ≈ $7.34/TH reproduces “just over $7”', () => {
    expect(byId('s19j-pro-payback-value').reproduces).toBe(true);
    expectClose(byId('s19j-pro-payback-value').computedValue, 7.342, 1e-3);
    expect(byId('s19j-pro-payback-value').claim).toContain('15-month payback at a $0.06 hashprice and $60/MWh power');
  });

  it('“profitable above $75/MWh” holds for S19 Pro and S19j Pro at both $0.09 and $0.06, but not for the S19 or M30S at $0.06', () => {
    for (const id of ['s19-pro-breakeven-q3-2022', 's19j-pro-breakeven-q3-2022', 's19-pro-breakeven-end-2022', 's19j-pro-breakeven-end-2022']) {
      expect(byId(id).reproduces, id).toBe(true);
      expect(byId(id).comparison).toBe('atLeast');
    }
    expectClose(byId('s19-pro-breakeven-q3-2022').computedValue, 126.92, 1e-4);
    expectClose(byId('s19-pro-breakeven-end-2022').computedValue, 84.62, 1e-4);
    expect(byId('s19-breakeven-end-2022').reproduces).toBe(false);
    expect(byId('m30s-breakeven-end-2022').reproduces).toBe(false);
    expect(byId('m30s-breakeven-end-2022').assumption).toContain('88 TH/s, 3,344 W (38 J/TH;');
  });

  it('27,000 BTC per 30 days = 144 × 6.25 × 30', () => {
    expect(byId('issuance-30-days').computedValue).toBe(27_000);
    expect(byId('issuance-30-days').reproduces).toBe(true);
  });

  it('cites nothing without a recomputation', () => {
    expect(chapter1Ledger.citedWithoutRecomputation).toEqual({});
  });
});
