import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashpriceForPaybackValueUsdPerThDay, paybackMonthsForPrice, paybackValueUsd } from '../../src/model/payback.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notNonNegative, notPositive } from '../helpers/modelErrors.ts';

// economics.md: payback-period fair value = daily profit · payback days, months of 365.25 / 12 = 30.4375 days.
// The 2022 report's S19j Pro per TH/s: hashprice $0.06 less hashcost 30.5 J/TH · 0.024 · $0.06/kWh
// = 0.06 − 0.04392 = $0.01608 per TH/s per day (S001-098, S001-099).
const s19jProProfitPerThDay = 0.06 - 30.5 * 0.024 * 0.06;

fc.configureGlobal({ seed: 42, numRuns: 200 });

describe('paybackValueUsd', () => {
  it('the S19j Pro profit per TH/s per day is 0.06 − 30.5 × 0.024 × 0.06 = $0.01608', () => {
    expectClose(s19jProProfitPerThDay, 0.016_08, 1e-12);
  });

  it.each([
    {
      args: { profitUsdPerDay: 0.016_08, paybackMonths: 15 },
      // 0.01608 × 15 × 30.4375 = 0.01608 × 456.5625 = 7.341525
      expected: 7.341_525,
      tol: 1e-12,
      note: 'S19j Pro at a 15-month payback: "just over $7/TH" (S001-096, S001-097)',
    },
    {
      args: { profitUsdPerDay: 0.016_08, paybackMonths: 18 },
      // 0.01608 × 18 × 30.4375 = 0.01608 × 547.875 = 8.80983
      expected: 8.809_83,
      tol: 1e-12,
      note: 'the same machine at the report’s 18-month FMV curve (S001-059): $8.81/TH',
    },
    {
      args: { profitUsdPerDay: 0.016_08 * 473, paybackMonths: 15 },
      // per machine = per TH × TH/s: 7.341525 × 473 = 3,472.54
      expected: 7.341_525 * 473,
      tol: 1e-12,
      note: 'per machine scales with its TH/s',
    },
    { args: { profitUsdPerDay: 1, paybackMonths: 12 }, expected: 365.25, tol: 1e-15, note: 'a dollar a day for 12 months is 365.25 days' },
    { args: { profitUsdPerDay: 0, paybackMonths: 15 }, expected: 0, tol: 0, note: 'no profit: worth nothing to a payback buyer' },
    {
      args: { profitUsdPerDay: -0.01, paybackMonths: 12 },
      // −0.01 × 365.25
      expected: -3.652_5,
      tol: 1e-12,
      note: 'losing money: negative (no payback buyer exists)',
    },
  ])('paybackValueUsd($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(paybackValueUsd(args), expected, tol);
  });

  it('paybackValueUsd for the S19j Pro at 15 months is "just over $7/TH" and at 18 months rounds to $8.81/TH', () => {
    const fifteen = paybackValueUsd({ profitUsdPerDay: s19jProProfitPerThDay, paybackMonths: 15 });
    expect(fifteen).toBeGreaterThan(7);
    expect(fifteen).toBeLessThan(7.5);
    expect(Math.round(paybackValueUsd({ profitUsdPerDay: s19jProProfitPerThDay, paybackMonths: 18 }) * 100) / 100).toBe(8.81);
  });

  it('paybackValueUsd does not mutate its input', () => {
    const input = { profitUsdPerDay: 0.016_08, paybackMonths: 15 };
    const before = structuredClone(input);
    paybackValueUsd(input);
    expect(input).toEqual(before);
  });

  it.each(nonFinite)('paybackValueUsd rejects profitUsdPerDay = %s with a ModelInputError naming profitUsdPerDay', (bad) => {
    expectModelInputError(() => paybackValueUsd({ profitUsdPerDay: bad, paybackMonths: 15 }), 'profitUsdPerDay', bad);
  });

  it.each(notPositive)('paybackValueUsd rejects paybackMonths = %s with a ModelInputError naming paybackMonths', (bad) => {
    expectModelInputError(() => paybackValueUsd({ profitUsdPerDay: 0.016_08, paybackMonths: bad }), 'paybackMonths', bad);
  });
});

describe('paybackMonthsForPrice', () => {
  it.each([
    { args: { priceUsd: 7.341_525, profitUsdPerDay: 0.016_08 }, expected: 15, tol: 1e-12, note: 'inverts the S19j Pro 15-month value' },
    { args: { priceUsd: 8.809_83, profitUsdPerDay: 0.016_08 }, expected: 18, tol: 1e-12, note: 'inverts the 18-month value' },
    {
      args: { priceUsd: 15, profitUsdPerDay: 0.016_08 },
      // 15 / 0.01608 / 30.4375 = 932.84 days / 30.4375 = 30.65 months
      expected: 15 / 0.016_08 / 30.437_5,
      tol: 1e-12,
      note: 'the ASIC index low of $15/TH (S001-058) takes ≈ 30.6 months at that profit',
    },
    {
      args: { priceUsd: 120, profitUsdPerDay: 0.016_08 },
      // 120 / 0.01608 / 30.4375 = 245.2 months
      expected: 120 / 0.016_08 / 30.437_5,
      tol: 1e-12,
      note: 'the 2021 peak of $120/TH (S001-065) at end-2022 profit: over 20 years',
    },
    { args: { priceUsd: 365.25, profitUsdPerDay: 1 }, expected: 12, tol: 1e-15, note: '$365.25 at $1 a day: 12 months' },
  ])('paybackMonthsForPrice($args) is $expected months ($note)', ({ args, expected, tol }) => {
    expectClose(paybackMonthsForPrice(args), expected, tol);
  });

  it.each([0, -0, -1e-12, -0.01, -1_000])('paybackMonthsForPrice with profitUsdPerDay = %s is Infinity: it never pays back', (profit) => {
    expect(paybackMonthsForPrice({ priceUsd: 7.34, profitUsdPerDay: profit })).toBe(Infinity);
  });

  it('paybackMonthsForPrice inverts paybackValueUsd for any positive profit and payback period', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1_000, noNaN: true }), fc.double({ min: 0.1, max: 600, noNaN: true }), (profit, months) => {
        const price = paybackValueUsd({ profitUsdPerDay: profit, paybackMonths: months });
        expectClose(paybackMonthsForPrice({ priceUsd: price, profitUsdPerDay: profit }), months, 1e-12);
      }),
    );
  });

  it('paybackMonthsForPrice does not mutate its input', () => {
    const input = { priceUsd: 7.34, profitUsdPerDay: 0.016_08 };
    const before = structuredClone(input);
    paybackMonthsForPrice(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('paybackMonthsForPrice rejects priceUsd = %s with a ModelInputError naming priceUsd', (bad) => {
    expectModelInputError(() => paybackMonthsForPrice({ priceUsd: bad, profitUsdPerDay: 0.016_08 }), 'priceUsd', bad);
  });

  it.each(nonFinite)('paybackMonthsForPrice rejects profitUsdPerDay = %s with a ModelInputError naming profitUsdPerDay', (bad) => {
    expectModelInputError(() => paybackMonthsForPrice({ priceUsd: 7.34, profitUsdPerDay: bad }), 'profitUsdPerDay', bad);
  });
});

describe('hashpriceForPaybackValueUsdPerThDay', () => {
  it.each([
    {
      args: { valueUsdPerTh: 15, paybackMonths: 18, hashcostUsdPerThDay: 0.043_92 },
      // 15 / (18 × 30.4375 = 547.875) + 0.04392 = 0.0273785 + 0.04392 = 0.0712985
      expected: 15 / 547.875 + 0.043_92,
      tol: 1e-12,
      note: 'the S19j Pro on 18 months at $60/MWh meets the $15/TH index low (S001-058, S001-059)',
    },
    {
      args: { valueUsdPerTh: 7.341_525, paybackMonths: 15, hashcostUsdPerThDay: 0.043_92 },
      // 7.341525 / (15 × 30.4375 = 456.5625) + 0.04392 = 0.01608 + 0.04392 = 0.06
      expected: 0.06,
      tol: 1e-12,
      note: 'back from the report’s $7.34/TH to its $0.06 hashprice',
    },
    { args: { valueUsdPerTh: 0, paybackMonths: 18, hashcostUsdPerThDay: 0.017_28 }, expected: 0.017_28, tol: 0, note: 'worth nothing: the breakeven hashprice' },
    {
      args: { valueUsdPerTh: -5, paybackMonths: 18, hashcostUsdPerThDay: 0.043_92 },
      // −5 / 547.875 + 0.04392 = 0.0347939
      expected: -5 / 547.875 + 0.043_92,
      tol: 1e-12,
      note: 'a negative value: a hashprice below the hashcost',
    },
  ])('hashpriceForPaybackValueUsdPerThDay($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(hashpriceForPaybackValueUsdPerThDay(args), expected, tol);
  });

  it('hashpriceForPaybackValueUsdPerThDay inverts paybackValueUsd with profit = hashprice − hashcost', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 1, max: 60, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), (value, months, hashcost) => {
        const hashprice = hashpriceForPaybackValueUsdPerThDay({ valueUsdPerTh: value, paybackMonths: months, hashcostUsdPerThDay: hashcost });
        expectClose(paybackValueUsd({ profitUsdPerDay: hashprice - hashcost, paybackMonths: months }), value, 1e-9, 1e-12);
      }),
    );
  });

  it.each(nonFinite)('hashpriceForPaybackValueUsdPerThDay rejects valueUsdPerTh = %s with a ModelInputError naming valueUsdPerTh', (bad) => {
    expectModelInputError(() => hashpriceForPaybackValueUsdPerThDay({ valueUsdPerTh: bad, paybackMonths: 18, hashcostUsdPerThDay: 0.043_92 }), 'valueUsdPerTh', bad);
  });

  it.each(notPositive)('hashpriceForPaybackValueUsdPerThDay rejects paybackMonths = %s with a ModelInputError naming paybackMonths', (bad) => {
    expectModelInputError(() => hashpriceForPaybackValueUsdPerThDay({ valueUsdPerTh: 15, paybackMonths: bad, hashcostUsdPerThDay: 0.043_92 }), 'paybackMonths', bad);
  });

  it.each(notNonNegative)('hashpriceForPaybackValueUsdPerThDay rejects hashcostUsdPerThDay = %s with a ModelInputError naming hashcostUsdPerThDay', (bad) => {
    expectModelInputError(() => hashpriceForPaybackValueUsdPerThDay({ valueUsdPerTh: 15, paybackMonths: 18, hashcostUsdPerThDay: bad }), 'hashcostUsdPerThDay', bad);
  });
});
