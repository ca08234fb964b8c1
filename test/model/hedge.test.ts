import { describe, expect, it } from 'vitest';
import { hedgeCost, type HedgeInputs } from '../../src/model/hedge.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notFraction, notNonNegative } from '../helpers/modelErrors.ts';

// By hand, for n months of E kWh, a hedged share h bought forward at F, margin share μ, cost of capital k a year:
//   notional = F × E × n × h;  margin posted = μ × notional;  financing = margin × k × n / 12;
//   unhedged = Σ spot × E;  hedged = financing + Σ (h·F + (1 − h)·spot) × E;  saving = unhedged − hedged.
// The doc example: 1,000 MWh (10^6 kWh) a month for two months at spot $0.04 then $0.10, all forward at $0.05,
// 30 % margin at 10 % a year: notional 0.05 × 10^6 × 2 = 100,000; margin 30,000; financing 30,000 × 0.1 × 2/12 = 500;
// unhedged 40,000 + 100,000 = 140,000; hedged 2 × 50,000 + 500 = 100,500; saving 39,500.

const doc: HedgeInputs = { spotUsdPerKwhByMonth: [0.04, 0.1], kwhPerMonth: 1e6, forwardUsdPerKwh: 0.05, hedgedFraction: 1, marginFraction: 0.3, capitalCostPerYear: 0.1 };

describe('hedgeCost: a hedge along a spot path', () => {
  it('hedgeCost(doc example) — notional 100,000, margin 30,000, financing 500; unhedged 140,000, hedged 100,500, saving 39,500', () => {
    const h = hedgeCost(doc);
    expectClose(h.notionalUsd, 0.05 * 1e6 * 2, 1e-12);
    expectClose(h.marginPostedUsd, 30_000, 1e-12);
    expectClose(h.financingCostUsd, (30_000 * 0.1 * 2) / 12, 1e-12);
    expectClose(h.financingCostUsd, 500, 1e-12);
    expectClose(h.unhedgedCostUsd, 140_000, 1e-12);
    expectClose(h.hedgedCostUsd, 100_500, 1e-12);
    expectClose(h.savingUsd, 39_500, 1e-12);
    // the dearest month: 0.10 × 10^6 = 100,000 unhedged; every hedged month 0.05 × 10^6 = 50,000 (financing not in it)
    expectClose(h.worstMonthUnhedgedUsd, 100_000, 1e-12);
    expectClose(h.worstMonthHedgedUsd, 50_000, 1e-12);
  });

  it('hedgeCost({ hedgedFraction: 0 }) — no hedge: the hedged bill is exactly the unhedged one, no notional, no margin, no financing', () => {
    const h = hedgeCost({ ...doc, hedgedFraction: 0 });
    expect(h.notionalUsd).toBe(0);
    expect(h.marginPostedUsd).toBe(0);
    expect(h.financingCostUsd).toBe(0);
    expect(h.hedgedCostUsd).toBe(h.unhedgedCostUsd);
    expect(h.savingUsd).toBe(0);
    expect(h.worstMonthHedgedUsd).toBe(h.worstMonthUnhedgedUsd);
    expectClose(h.unhedgedCostUsd, 140_000, 1e-12);
  });

  it('hedgeCost({ hedgedFraction: 0 }) — exactly the unhedged bill on the 2022-like path too', () => {
    const spot = [1, 1.15, 1.3, 1.45, 1.7, 2, 2.4, 2.8, 2.6, 2, 1.8, 3].map((k) => k * 0.04);
    const h = hedgeCost({ ...doc, spotUsdPerKwhByMonth: spot, hedgedFraction: 0, marginFraction: 1, capitalCostPerYear: 0.5 });
    expect(h.hedgedCostUsd).toBe(h.unhedgedCostUsd);
    expect(h.savingUsd).toBe(0);
  });

  it('hedgeCost({ flat spot = forward }) — the hedge avoids nothing: the saving is minus the financing, −0.05 × 10^6 × 12 × ½ × 0.3 × 0.1 = −9,000', () => {
    const h = hedgeCost({ ...doc, spotUsdPerKwhByMonth: Array(12).fill(0.05), hedgedFraction: 0.5 });
    // notional 0.05 × 10^6 × 12 × 0.5 = 300,000; margin 90,000; financing 90,000 × 0.1 × 12/12 = 9,000
    expectClose(h.notionalUsd, 300_000, 1e-12);
    expectClose(h.marginPostedUsd, 90_000, 1e-12);
    expectClose(h.financingCostUsd, 9_000, 1e-12);
    expectClose(h.savingUsd, -h.financingCostUsd, 1e-9);
    expectClose(h.savingUsd, -9_000, 1e-9);
    expectClose(h.unhedgedCostUsd, 12 * 50_000, 1e-12);
  });

  it.each([0, 0.25, 1])('hedgeCost({ flat spot = forward, hedgedFraction: %s }) — saving = −financing', (hf) => {
    const h = hedgeCost({ ...doc, spotUsdPerKwhByMonth: Array(24).fill(0.07), forwardUsdPerKwh: 0.07, hedgedFraction: hf });
    // financing = 0.3 × 0.07 × 10^6 × 24 × hf × 0.1 × 2 = 10,080 × hf
    expectClose(h.financingCostUsd, 0.3 * 0.07 * 1e6 * 24 * hf * 0.1 * 2, 1e-12);
    expectClose(h.savingUsd, -h.financingCostUsd, 1e-9, 1e-6);
  });

  it('hedgeCost({ hedgedFraction: 0.5 }) — half forward: bills 45,000 and 75,000, financing 250, hedged 120,250, saving 19,750', () => {
    const h = hedgeCost({ ...doc, hedgedFraction: 0.5 });
    // month 0: (0.5 × 0.05 + 0.5 × 0.04) × 10^6 = 45,000; month 1: (0.025 + 0.05) × 10^6 = 75,000
    expectClose(h.notionalUsd, 50_000, 1e-12);
    expectClose(h.marginPostedUsd, 15_000, 1e-12);
    expectClose(h.financingCostUsd, 250, 1e-12);
    expectClose(h.hedgedCostUsd, 45_000 + 75_000 + 250, 1e-12);
    expectClose(h.savingUsd, 140_000 - 120_250, 1e-12);
    expectClose(h.worstMonthHedgedUsd, 75_000, 1e-12);
  });

  it('hedgeCost({ capitalCostPerYear: 0 }) — free capital: no financing, the saving is Σ (spot − forward) × E = −10,000 + 50,000 = 40,000', () => {
    const h = hedgeCost({ ...doc, capitalCostPerYear: 0 });
    expect(h.financingCostUsd).toBe(0);
    expectClose(h.marginPostedUsd, 30_000, 1e-12);
    expectClose(h.savingUsd, (0.04 - 0.05) * 1e6 + (0.1 - 0.05) * 1e6, 1e-12);
  });

  it('hedgeCost({ flat spot below the forward }) — a hedge in a calm year costs its premium and its financing: −(0.05 − 0.04) × 10^6 × 12 − 18,000', () => {
    const h = hedgeCost({ ...doc, spotUsdPerKwhByMonth: Array(12).fill(0.04) });
    // notional 600,000; margin 180,000; financing 18,000
    expectClose(h.financingCostUsd, 18_000, 1e-12);
    expectClose(h.savingUsd, -120_000 - 18_000, 1e-9);
  });

  it('hedgeCost({ spotUsdPerKwhByMonth: [] }) — no months: nothing bought, nothing owed', () => {
    const h = hedgeCost({ ...doc, spotUsdPerKwhByMonth: [] });
    expect(h).toEqual({ notionalUsd: 0, marginPostedUsd: 0, financingCostUsd: 0, unhedgedCostUsd: 0, hedgedCostUsd: 0, savingUsd: 0, worstMonthUnhedgedUsd: 0, worstMonthHedgedUsd: 0 });
  });

  const bad: { patch: Partial<HedgeInputs>; input: string; value: number }[] = [
    ...notNonNegative.map((v) => ({ patch: { kwhPerMonth: v }, input: 'kwhPerMonth', value: v })),
    ...notNonNegative.map((v) => ({ patch: { forwardUsdPerKwh: v }, input: 'forwardUsdPerKwh', value: v })),
    ...notFraction.map((v) => ({ patch: { hedgedFraction: v }, input: 'hedgedFraction', value: v })),
    ...notFraction.map((v) => ({ patch: { marginFraction: v }, input: 'marginFraction', value: v })),
    ...notNonNegative.map((v) => ({ patch: { capitalCostPerYear: v }, input: 'capitalCostPerYear', value: v })),
    ...notNonNegative.map((v) => ({ patch: { spotUsdPerKwhByMonth: [0.04, v] }, input: 'spotUsdPerKwhByMonth[1]', value: v })),
  ];
  it.each(bad)('hedgeCost({ $input: $value }) throws ModelInputError naming $input', ({ patch, input, value }) => {
    expectModelInputError(() => hedgeCost({ ...doc, ...patch }), input, value);
  });
});
