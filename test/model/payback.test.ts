import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashpriceForPaybackValueUsdPerThDay, impliedDiscountRatePerYear, paybackMonthsForPrice, paybackValueUsd } from '../../src/model/payback.ts';
import { projectMachine } from '../../src/model/projection.ts';
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

describe('impliedDiscountRatePerYear', () => {
  /** Present value, in months of profit, of a flat stream over `life` months at yearly rate `r`, discounted at each month's end. */
  const presentValueMonths = (r: number, life: number) => {
    const d = (1 + r) ** (-1 / 12);
    let sum = 0;
    for (let k = 1; k <= life; k++) sum += d ** k;
    return sum;
  };

  it.each([
    {
      args: { paybackMonths: 18, lifeMonths: 36 },
      // Hand check: at 4.3603 % a month, (1 − 1.043603^−36) ÷ 0.043603 = (1 − 0.215142) ÷ 0.043603 = 18.000;
      // 1.043603^12 − 1 = 0.66888 a year.
      expected: 0.668_879,
      tol: 2e-6,
      note: 'the 2022 report’s 18-month payback (S001-059) on a 36-month life: about 67 % a year',
    },
    {
      args: { paybackMonths: 15, lifeMonths: 36 },
      // Hand check: at 5.7869 % a month, (1 − 1.057869^−36) ÷ 0.057869 = (1 − 0.131962) ÷ 0.057869 = 15.000;
      // 1.057869^12 − 1 = 0.96419 a year.
      expected: 0.964_19,
      tol: 1e-5,
      note: 'the report’s 15-month payback (S001-096) on the same life: about 96 % a year',
    },
    { args: { paybackMonths: 36, lifeMonths: 36 }, expected: 0, tol: 0, note: 'payback equal to the life: no discounting at all' },
    // One month at d = 0.5 a month is d = 0.5: r = 0.5^−12 − 1 = 4,095.
    { args: { paybackMonths: 0.5, lifeMonths: 1 }, expected: 4_095, tol: 1e-12, note: 'a one-month life priced at half a month' },
    // Two months: 0.5 + 0.25 = 0.75, so d = 0.5 again and r = 4,095.
    { args: { paybackMonths: 0.75, lifeMonths: 2 }, expected: 4_095, tol: 1e-12, note: 'a two-month life priced at 0.75 months' },
    // d + d² = 1.5 → d = (√7 − 1) ÷ 2 = 0.822876, r = d^−12 − 1 = 9.375.
    { args: { paybackMonths: 1.5, lifeMonths: 2 }, expected: ((Math.sqrt(7) - 1) / 2) ** -12 - 1, tol: 1e-12, note: 'the quadratic case' },
    // d = 0.5 gives 1 − 0.5^36, a hair under one month, so d is a hair above 0.5 and r a hair under 4,095.
    { args: { paybackMonths: 1, lifeMonths: 36 }, expected: 4_095, tol: 1e-9, note: 'one month of a 36-month stream: about 409,500 % a year' },
  ])('impliedDiscountRatePerYear($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(impliedDiscountRatePerYear(args), expected, tol);
  });

  it('18 months of 36 is between 66.8 % and 66.9 % a year, and the present value at that rate is 18 months', () => {
    const r = impliedDiscountRatePerYear({ paybackMonths: 18, lifeMonths: 36 });
    expect(r).toBeGreaterThan(0.668);
    expect(r).toBeLessThan(0.669);
    expectClose(presentValueMonths(r, 36), 18, 1e-12);
    // The same by the annuity formula at the monthly rate.
    const i = (1 + r) ** (1 / 12) - 1;
    expectClose((1 - (1 + i) ** -36) / i, 18, 1e-12);
  });

  it('is the rate at which the projection values a flat profit stream at exactly the payback (inverse, against projectMachine)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.double({ min: 0.05, max: 1, noNaN: true }), (life, share) => {
        const paybackMonths = Math.max(1e-3, share * life);
        const r = impliedDiscountRatePerYear({ paybackMonths, lifeMonths: life });
        // Fees only and free power: the same profit every month, whatever the halving schedule does.
        const p = projectMachine({
          machine: { terahashPerSecond: 100, watts: 3_000 },
          market: { priceUsdPerBtc: 50_000, difficultyT: 100, usdPerKwh: 0, feesBtcPerBlock: 1, subsidyBtc: 0, poolFeeFraction: 0, uptimeFraction: 1 },
          startBlockHeight: 900_000,
          lifeMonths: life,
          difficultyGrowthPerMonth: 0,
          priceDriftPerYear: 0,
          discountRatePerYear: r,
          resaleUsd: 0,
        });
        const monthlyProfit = p.months[0]!.profitUsd;
        expect(p.months.every((m) => Math.abs(m.profitUsd - monthlyProfit) <= 1e-9 * monthlyProfit)).toBe(true);
        expectClose(p.valueRunUsd / monthlyProfit, paybackMonths, 1e-9);
        expectClose(presentValueMonths(r, life), paybackMonths, 1e-9);
      }),
    );
  });

  it('falls as the payback lengthens: a buyer who waits longer to be repaid is discounting less (monotone)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.double({ min: 0.02, max: 1, noNaN: true }), fc.double({ min: 0.02, max: 1, noNaN: true }), (life, a, b) => {
        const [short, long] = [Math.min(a, b) * life, Math.max(a, b) * life];
        const rShort = impliedDiscountRatePerYear({ paybackMonths: short, lifeMonths: life });
        const rLong = impliedDiscountRatePerYear({ paybackMonths: long, lifeMonths: life });
        expect(rLong).toBeLessThanOrEqual(rShort);
        if (long - short > 1e-6 * life) expect(rLong).toBeLessThan(rShort);
        expect(rLong).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('rises with the life at a fixed payback: the same price for a longer stream means a steeper discount', () => {
    const rates = [18, 24, 36, 48, 60].map((lifeMonths) => impliedDiscountRatePerYear({ paybackMonths: 18, lifeMonths }));
    expect(rates[0]).toBe(0);
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeGreaterThan(rates[i - 1]!);
  });

  it('does not mutate its input', () => {
    const input = { paybackMonths: 18, lifeMonths: 36 };
    const before = structuredClone(input);
    impliedDiscountRatePerYear(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('rejects paybackMonths = %s with a ModelInputError naming paybackMonths', (bad) => {
    expectModelInputError(() => impliedDiscountRatePerYear({ paybackMonths: bad, lifeMonths: 36 }), 'paybackMonths', bad);
  });

  it.each([37, 36.000_001, 100])('rejects paybackMonths = %s above a 36-month life (it would need a negative rate)', (bad) => {
    expectModelInputError(() => impliedDiscountRatePerYear({ paybackMonths: bad, lifeMonths: 36 }), 'paybackMonths', bad);
  });

  it.each([...nonFinite, 0, -1, 1.5, 601])('rejects lifeMonths = %s with a ModelInputError naming lifeMonths', (bad) => {
    expectModelInputError(() => impliedDiscountRatePerYear({ paybackMonths: 1, lifeMonths: bad }), 'lifeMonths', bad);
  });
});
