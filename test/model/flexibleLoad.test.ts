import { describe, expect, it } from 'vitest';
import { durationCurveUsdPerKwh, flexibleYear, hoursPerYear, spotUsdPerKwhAtRank, type PriceCurve } from '../../src/model/flexibleLoad.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notFraction, notNonNegative } from '../helpers/modelErrors.ts';

// By hand. The curve, with x the share of the year's hours dearer than this one and s the spike share:
//   p(x) = base + (peak − base)·((s − x)/s)²   for x < s,     p(x) = base·(1 − ½·(x − s)/(1 − s))   for x ≥ s.
// The essay's curve: base $0.04, s = 0.1, peak $0.50. So p(0) = 0.5, p(0.05) = 0.04 + 0.46 × ¼ = 0.155, p(0.1) = 0.04,
// p(1) = 0.02, p(0.55) = 0.04 × (1 − 0.225 / 0.9) = 0.03.
// The year has 365.25 × 24 = 8,766 hours; hour h (0 = dearest) sits at the middle of its rank, x = (h + ½) / 8,766.
// A breakeven b between base and peak switches off the hours with x below x₀, where p(x₀) = b:
//   u₀ = (s − x₀)/s = √((b − base)/(peak − base)),  x₀ = s·(1 − u₀);
// an hour is off when p(x_h) ≥ b, i.e. when h + ½ ≤ 8,766·x₀, so hoursOff = ⌊8,766·x₀ + ½⌋, within an hour of 8,766·x₀.
// For b = 0.118: u₀ = √(0.078/0.46) = √0.169565 = 0.411783, x₀ = 0.0588217, 8,766·x₀ = 515.63 → 516 hours.
// Between half the base and the base, p is linear: x₀ = s + 2(1 − s)(1 − b/base).
// The year's average price (what an always-on miner pays) is ∫₀¹ p:
//   base·s + (peak − base)·s/3 + ¾·base·(1 − s) = 0.004 + 0.0153333 + 0.027 = 0.0463333;
// the hours off (x < x₀) cost ∫₀^x₀ p = s·(base·(1 − u₀) + (peak − base)·(1 − u₀³)/3).

const curve: PriceCurve = { baseUsdPerKwh: 0.04, spikeShare: 0.1, peakUsdPerKwh: 0.5 };
const hours = 365.25 * 24; // 8,766
const averageByHand = (c: PriceCurve): number => {
  const { baseUsdPerKwh: base, spikeShare: s, peakUsdPerKwh: peak } = c;
  return base * s + ((peak - base) * s) / 3 + 0.75 * base * (1 - s);
};
/** x₀ for a breakeven between the base and the peak (the parabola solved by hand). */
const spikeRankByHand = (c: PriceCurve, b: number): number => c.spikeShare * (1 - Math.sqrt((b - c.baseUsdPerKwh) / (c.peakUsdPerKwh - c.baseUsdPerKwh)));
/** x₀ for a breakeven between half the base and the base (the line solved by hand). */
const baseRankByHand = (c: PriceCurve, b: number): number => c.spikeShare + 2 * (1 - c.spikeShare) * (1 - b / c.baseUsdPerKwh);
/** ∫₀^x p for a rank x in the spike: with u = (s − x)/s, s·(base·(1 − u) + (peak − base)·(1 − u³)/3). */
const spikeIntegralToRank = (c: PriceCurve, x: number): number => {
  const u = (c.spikeShare - x) / c.spikeShare;
  return c.spikeShare * (c.baseUsdPerKwh * (1 - u) + ((c.peakUsdPerKwh - c.baseUsdPerKwh) * (1 - u ** 3)) / 3);
};
/** ∫₀^x₀ p for the breakeven's x₀ in the spike. */
const spikeIntegralByHand = (c: PriceCurve, b: number): number => spikeIntegralToRank(c, spikeRankByHand(c, b));

describe('spotUsdPerKwhAtRank: the duration curve at rank x', () => {
  it.each([
    { note: 'the dearest hour (x = 0) is the peak, $0.50', x: 0, expected: 0.5 },
    { note: 'halfway through the spike (x = 0.05): 0.04 + 0.46 × (½)² = $0.155', x: 0.05, expected: 0.04 + 0.46 * 0.25 },
    { note: 'a quarter of the way (x = 0.025): 0.04 + 0.46 × (¾)² = $0.29875', x: 0.025, expected: 0.298_75 },
    { note: 'the end of the spike (x = s = 0.1) is the base, $0.04', x: 0.1, expected: 0.04 },
    { note: 'x = 0.55: 0.04 × (1 − ½ × 0.45 / 0.9) = $0.03', x: 0.55, expected: 0.03 },
    { note: 'the cheapest hour (x = 1) is half the base, $0.02', x: 1, expected: 0.02 },
  ])('spotUsdPerKwhAtRank(curve, x) — $note', ({ x, expected }) => {
    expectClose(spotUsdPerKwhAtRank(curve, x), expected, 1e-12);
  });

  it('spotUsdPerKwhAtRank({ spikeShare: 0 }, x) — no spike: base at x = 0, 0.04 × (1 − ½ × 0.5) = 0.03 at x = ½, half the base at x = 1', () => {
    const flat = { ...curve, spikeShare: 0 };
    expectClose(spotUsdPerKwhAtRank(flat, 0), 0.04, 1e-12);
    expectClose(spotUsdPerKwhAtRank(flat, 0.5), 0.03, 1e-12);
    expectClose(spotUsdPerKwhAtRank(flat, 1), 0.02, 1e-12);
  });

  it('spotUsdPerKwhAtRank({ peakUsdPerKwh: base }, x) — a peak at the base is flat through the spike', () => {
    const noPeak = { ...curve, peakUsdPerKwh: 0.04 };
    for (const x of [0, 0.03, 0.0999]) expectClose(spotUsdPerKwhAtRank(noPeak, x), 0.04, 1e-12);
  });

  it.each([...notFraction])('spotUsdPerKwhAtRank(curve, %s) throws ModelInputError naming x', (x) => {
    expectModelInputError(() => spotUsdPerKwhAtRank(curve, x), 'x', x);
  });

  it.each(notNonNegative)('spotUsdPerKwhAtRank({ baseUsdPerKwh: %s }, 0.5) throws ModelInputError naming baseUsdPerKwh', (v) => {
    expectModelInputError(() => spotUsdPerKwhAtRank({ ...curve, baseUsdPerKwh: v }, 0.5), 'baseUsdPerKwh', v);
  });
});

describe('durationCurveUsdPerKwh: 8,766 hourly prices, dearest first, each at the middle of its rank', () => {
  const prices = durationCurveUsdPerKwh(curve);

  it('durationCurveUsdPerKwh(curve) — 8,766 hours (365.25 × 24), hoursPerYear', () => {
    expect(prices).toHaveLength(8_766);
    expect(hoursPerYear).toBe(hours);
  });

  it('durationCurveUsdPerKwh(curve) — the dearest hour is priced at rank ½ / 8,766: 0.04 + 0.46 × ((0.1 − ½/8,766) / 0.1)² ≈ $0.49948', () => {
    const x = 0.5 / 8_766;
    expectClose(prices[0]!, 0.04 + 0.46 * ((0.1 - x) / 0.1) ** 2, 1e-12);
    expect(prices[0]!).toBeLessThan(0.5);
  });

  it('durationCurveUsdPerKwh(curve) — the cheapest hour is priced at rank 1 − ½ / 8,766, a hair above half the base', () => {
    const x = 1 - 0.5 / 8_766;
    expectClose(prices[8_765]!, 0.04 * (1 - (0.5 * (x - 0.1)) / 0.9), 1e-12);
    expect(prices[8_765]!).toBeGreaterThan(0.02);
  });

  it('durationCurveUsdPerKwh(curve) — never rises from one hour to the next (dearest first)', () => {
    for (let h = 1; h < prices.length; h++) expect(prices[h]!).toBeLessThanOrEqual(prices[h - 1]!);
  });

  it('durationCurveUsdPerKwh(curve) — 877 hours at or above the base: those with (h + ½) / 8,766 < 0.1, h ≤ 876', () => {
    // 0.1 × 8,766 = 876.6: hour 876 sits at 876.5 / 8,766 < 0.1 (in the spike), hour 877 at 877.5 / 8,766 > 0.1 (below the base)
    expect(prices.filter((p) => p >= 0.04).length).toBe(877);
  });

  it('durationCurveUsdPerKwh(curve) — averages ∫₀¹ p = 0.04 × 0.1 + 0.46 × 0.1 / 3 + ¾ × 0.04 × 0.9 = $0.0463333 (midpoint rule, to 1e-6)', () => {
    const mean = prices.reduce((s, p) => s + p, 0) / prices.length;
    expectClose(mean, 0.004 + 0.046 / 3 + 0.027, 1e-6);
  });

  it('durationCurveUsdPerKwh(curve, 10) — ten hours at ranks 0.05, 0.15, …: $0.155 first, then 0.04 × (1 − ½ × 0.05 / 0.9)', () => {
    const ten = durationCurveUsdPerKwh(curve, 10);
    expect(ten).toHaveLength(10);
    expectClose(ten[0]!, 0.155, 1e-12);
    expectClose(ten[1]!, 0.04 * (1 - 0.025 / 0.9), 1e-12);
    // rank 0.95: 0.04 × (1 − ½ × 0.85 / 0.9) = 0.04 × 0.527778 = 0.0211111
    expectClose(ten[9]!, 0.04 * (1 - 0.425 / 0.9), 1e-12);
  });

  const badCurves: { c: PriceCurve; input: string; value: number }[] = [
    ...notNonNegative.map((v) => ({ c: { ...curve, baseUsdPerKwh: v }, input: 'baseUsdPerKwh', value: v })),
    ...[...notFraction, 1].map((v) => ({ c: { ...curve, spikeShare: v }, input: 'spikeShare', value: v })),
    ...notNonNegative.map((v) => ({ c: { ...curve, peakUsdPerKwh: v }, input: 'peakUsdPerKwh', value: v })),
    // a peak below the base
    { c: { ...curve, peakUsdPerKwh: 0.039 }, input: 'peakUsdPerKwh', value: 0.039 },
  ];
  it.each(badCurves)('durationCurveUsdPerKwh({ $input: $value }) throws ModelInputError naming $input', ({ c, input, value }) => {
    expectModelInputError(() => durationCurveUsdPerKwh(c), input, value);
  });

  it.each([0, -1, 2.5, ...nonFinite])('durationCurveUsdPerKwh(curve, %s) throws ModelInputError naming hours', (v) => {
    expectModelInputError(() => durationCurveUsdPerKwh(curve, v), 'hours', v);
  });
});

describe('flexibleYear: run an hour when spot < breakeven', () => {
  it('flexibleYear(doc example) — breakeven $0.118: x₀ = 0.1 × (1 − √(0.078 / 0.46)) = 0.0588217, 515.63 hours dearer, 516 hours off', () => {
    const y = flexibleYear({ curve, breakevenUsdPerKwh: 0.118, creditUsdPerMwh: 0 });
    const x0 = spikeRankByHand(curve, 0.118);
    expectClose(x0, 0.058_821_7, 1e-6);
    expect(Math.abs(y.hoursOff - x0 * hours)).toBeLessThanOrEqual(1);
    // ⌊515.63 + ½⌋
    expect(y.hoursOff).toBe(516);
    expect(y.energyMwhPerMw).toBe(8_766 - 516);
    expectClose(y.revenueKeptFraction, 8_250 / 8_766, 1e-12);
  });

  it.each([
    // u₀ = √(0.23 / 0.46) = √½ = 0.707107, x₀ = 0.0292893, 8,766 x₀ = 256.75
    { note: 'breakeven $0.27 (halfway up in price): x₀ = 0.1 × (1 − √½) = 0.0292893, ≈ 256.75 hours', b: 0.27, literal: 256.75 },
    // u₀ = √(0.0015 / 0.46) = 0.0571040, x₀ = 0.0942896, 8,766 x₀ = 826.54
    { note: 'breakeven $0.0415 (just above the base): x₀ = 0.1 × (1 − √(0.0015 / 0.46)) = 0.0942896, ≈ 826.54 hours', b: 0.0415, literal: 826.54 },
    // u₀ = √(0.41 / 0.46) = 0.944089, x₀ = 0.00559110, 8,766 x₀ = 49.01
    { note: 'breakeven $0.45 (near the peak): x₀ = 0.1 × (1 − √(0.41 / 0.46)) = 0.0055911, ≈ 49.01 hours', b: 0.45, literal: 49.01 },
  ])('flexibleYear({ breakevenUsdPerKwh }) — $note (hours off within ±1 of 8,766 x₀)', ({ b, literal }) => {
    const y = flexibleYear({ curve, breakevenUsdPerKwh: b, creditUsdPerMwh: 0 });
    const x0 = spikeRankByHand(curve, b);
    expectClose(x0 * hours, literal, 1e-4);
    expect(Math.abs(y.hoursOff - x0 * hours)).toBeLessThanOrEqual(1);
    expect(y.hoursOff).toBe(Math.floor(x0 * hours + 0.5));
  });

  it('flexibleYear({ breakevenUsdPerKwh: 0.03 }) — below the base, on the line: x₀ = 0.1 + 2 × 0.9 × (1 − 0.75) = 0.55, ≈ 4,821.3 hours off', () => {
    const y = flexibleYear({ curve, breakevenUsdPerKwh: 0.03, creditUsdPerMwh: 0 });
    const x0 = baseRankByHand(curve, 0.03);
    expectClose(x0, 0.55, 1e-12);
    expect(Math.abs(y.hoursOff - x0 * hours)).toBeLessThanOrEqual(1);
  });

  it('flexibleYear({ spikeShare: 0, peak = base, breakeven 0.03 }) — 0.04 × (1 − x/2) ≥ 0.03 for x ≤ ½: exactly 4,383 hours off', () => {
    const y = flexibleYear({ curve: { baseUsdPerKwh: 0.04, spikeShare: 0, peakUsdPerKwh: 0.04 }, breakevenUsdPerKwh: 0.03, creditUsdPerMwh: 0 });
    // hour h is off when h + ½ ≤ 4,383, i.e. h ≤ 4,382
    expect(y.hoursOff).toBe(4_383);
  });

  it.each([0.6, 0.5, 10])('flexibleYear({ breakevenUsdPerKwh: %s }) — at or above the peak no hour is dear enough: 0 hours off, flexible = always on', (b) => {
    const y = flexibleYear({ curve, breakevenUsdPerKwh: b, creditUsdPerMwh: 50 });
    expect(y.hoursOff).toBe(0);
    expect(y.energyMwhPerMw).toBe(8_766);
    expect(y.revenueKeptFraction).toBe(1);
    expect(y.creditsUsdPerMw).toBe(0);
    expect(y.averageUsdPerKwh).toBe(y.averageAlwaysOnUsdPerKwh);
    expect(y.marginFlexibleUsdPerMw).toBe(y.marginAlwaysOnUsdPerMw);
  });

  it.each([0.01, 0.02, 0])('flexibleYear({ breakevenUsdPerKwh: %s }) — at or below the cheapest hour (a hair above $0.02) every hour is off: 8,766', (b) => {
    const y = flexibleYear({ curve, breakevenUsdPerKwh: b, creditUsdPerMwh: 30 });
    expect(y.hoursOff).toBe(8_766);
    expect(y.energyMwhPerMw).toBe(0);
    expect(y.revenueKeptFraction).toBe(0);
    expect(y.averageUsdPerKwh).toBe(0);
    // only credits: 8,766 MWh not drawn × $30
    expectClose(y.creditsUsdPerMw, 8_766 * 30, 1e-12);
    expectClose(y.marginFlexibleUsdPerMw, 8_766 * 30, 1e-12);
  });

  it('flexibleYear — the always-on average is ∫₀¹ p = $0.0463333, whatever the breakeven', () => {
    for (const b of [0, 0.03, 0.118, 0.6]) expectClose(flexibleYear({ curve, breakevenUsdPerKwh: b, creditUsdPerMwh: 0 }).averageAlwaysOnUsdPerKwh, averageByHand(curve), 1e-6);
  });

  it('flexibleYear(doc example) — the always-on margin is (0.118 − 0.0463333) × 1,000 × 8,766 ≈ $628,230 per MW-year', () => {
    const y = flexibleYear({ curve, breakevenUsdPerKwh: 0.118, creditUsdPerMwh: 0 });
    expectClose(y.marginAlwaysOnUsdPerMw, (0.118 - averageByHand(curve)) * 1_000 * hours, 1e-6);
    expectClose(y.marginAlwaysOnUsdPerMw, 628_230, 1e-5);
  });

  it('flexibleYear(doc example) — the flexible margin adds back the dear hours: 8,766,000 × s × ((base − b)(1 − u₀) + (peak − base)(1 − u₀³)/3) ≈ +$84,807', () => {
    // u₀ = 0.411783: −0.078 × 0.588217 + 0.46 × (1 − 0.069825) / 3 = −0.045881 + 0.142627 = 0.096746; × 0.1 × 8,766,000 = 84,807
    const y = flexibleYear({ curve, breakevenUsdPerKwh: 0.118, creditUsdPerMwh: 0 });
    const addedBack = -(0.118 * spikeRankByHand(curve, 0.118) - spikeIntegralByHand(curve, 0.118)) * 1_000 * hours;
    expectClose(addedBack, 84_807, 1e-4);
    // the hour straddling x₀ is counted whole, worth well under $1
    expectClose(y.marginFlexibleUsdPerMw, (0.118 - averageByHand(curve)) * 1_000 * hours + addedBack, 1e-5);
    expectClose(y.marginFlexibleUsdPerMw, 713_037, 1e-5);
  });

  it('flexibleYear(doc example) — the price paid running is the cheap hours’ average, ∫ p from x₁ = 516 / 8,766 (the first hour on) to 1, ÷ (1 − x₁) ≈ $0.031571', () => {
    const y = flexibleYear({ curve, breakevenUsdPerKwh: 0.118, creditUsdPerMwh: 0 });
    // In the continuum, from x₀: (0.0463333 − 0.0166156) ÷ (1 − 0.0588217) ≈ 0.031575. The hours run start at the
    // edge of hour 516, x₁ = 0.0588638, 0.37 of an hour later, and that sliver is priced near $0.118, so:
    expectClose(spikeIntegralByHand(curve, 0.118), 0.016_615_6, 1e-5);
    expectClose((averageByHand(curve) - spikeIntegralByHand(curve, 0.118)) / (1 - spikeRankByHand(curve, 0.118)), 0.031_575, 1e-4);
    const x1 = 516 / 8_766;
    expectClose(y.averageUsdPerKwh, (averageByHand(curve) - spikeIntegralToRank(curve, x1)) / (1 - x1), 1e-6);
    expectClose(y.averageUsdPerKwh, 0.031_571, 1e-4);
  });

  it.each([0, 0.02, 0.03, 0.04, 0.0415, 0.118, 0.27, 0.5, 1])('flexibleYear({ breakevenUsdPerKwh: %s }) — the average price paid is at most the always-on average', (b) => {
    const y = flexibleYear({ curve, breakevenUsdPerKwh: b, creditUsdPerMwh: 0 });
    expect(y.averageUsdPerKwh).toBeLessThanOrEqual(y.averageAlwaysOnUsdPerKwh * (1 + 1e-12));
  });

  it('flexibleYear({ creditUsdPerMwh: 50 }) — 516 hours off earn 516 × $50 = $25,800 of credits, on top of the flexible margin', () => {
    const without = flexibleYear({ curve, breakevenUsdPerKwh: 0.118, creditUsdPerMwh: 0 });
    const withCredit = flexibleYear({ curve, breakevenUsdPerKwh: 0.118, creditUsdPerMwh: 50 });
    expect(withCredit.creditsUsdPerMw).toBe(25_800);
    expectClose(withCredit.marginFlexibleUsdPerMw, without.marginFlexibleUsdPerMw + 25_800, 1e-12);
    expect(withCredit.marginAlwaysOnUsdPerMw).toBe(without.marginAlwaysOnUsdPerMw);
    expect(withCredit.hoursOff).toBe(without.hoursOff);
  });

  it.each(notNonNegative)('flexibleYear({ breakevenUsdPerKwh: %s }) throws ModelInputError naming breakevenUsdPerKwh', (v) => {
    expectModelInputError(() => flexibleYear({ curve, breakevenUsdPerKwh: v, creditUsdPerMwh: 0 }), 'breakevenUsdPerKwh', v);
  });

  it.each(notNonNegative)('flexibleYear({ creditUsdPerMwh: %s }) throws ModelInputError naming creditUsdPerMwh', (v) => {
    expectModelInputError(() => flexibleYear({ curve, breakevenUsdPerKwh: 0.118, creditUsdPerMwh: v }), 'creditUsdPerMwh', v);
  });

  it.each([...notFraction, 1])('flexibleYear({ curve: { spikeShare: %s } }) throws ModelInputError naming spikeShare', (v) => {
    expectModelInputError(() => flexibleYear({ curve: { ...curve, spikeShare: v }, breakevenUsdPerKwh: 0.118, creditUsdPerMwh: 0 }), 'spikeShare', v);
  });
});
