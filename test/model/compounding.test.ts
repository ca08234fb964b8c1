import { describe, expect, it } from 'vitest';
import { growthPerMonthFromGrowthPerYear, growthPerYearFromGrowthPerMonth, valueKeptFraction } from '../../src/model/compounding.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notNonNegative } from '../helpers/modelErrors.ts';

// Compounding: G = (1 + g)^12 − 1 per year from g per month, and back, g = (1 + G)^(1/12) − 1.
// Value kept after y years of losing d a year: (1 − d)^y.

describe('growthPerYearFromGrowthPerMonth', () => {
  it.each([
    // 1.02^12 = 1.26824179…: 1.02² = 1.0404, ^4 = 1.08243216, ^8 = 1.171659381…, ^12 = ^8 × ^4 = 1.268241795
    { args: 0.02, expected: 0.268_241_794_6, tol: 1e-9, note: 'the default 2 % a month is 26.8 % a year' },
    { args: 0, expected: 0, tol: 0, note: 'no growth' },
    // 0.99² = 0.9801, ^4 = 0.96059601, ^8 = 0.92274469442792, ^12 = ^8 × ^4 = 0.8863848717…
    { args: -0.01, expected: 0.886_384_871_7 - 1, tol: 1e-9, note: 'a fall of 1 % a month is 11.4 % a year' },
    // 2^12 = 4096
    { args: 1, expected: 4_095, tol: 0, note: 'doubling every month' },
  ])('growthPerYearFromGrowthPerMonth($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(growthPerYearFromGrowthPerMonth(args), expected, tol, 1e-15);
  });

  it.each([...nonFinite, -1, -1.5])('growthPerYearFromGrowthPerMonth rejects growthPerMonth = %s with a ModelInputError naming growthPerMonth', (bad) => {
    expectModelInputError(() => growthPerYearFromGrowthPerMonth(bad), 'growthPerMonth', bad);
  });
});

describe('growthPerMonthFromGrowthPerYear', () => {
  it.each([
    // ln 1.273 = 0.241376…; / 12 = 0.0201147; e^that − 1 = 0.0203184
    { args: 0.273, expected: 0.020_318_4, tol: 1e-5, note: '2021’s difficulty growth of 27.3 % (S001-025) is 2.03 % a month' },
    // ln 1.428 = 0.356275…; / 12 = 0.0296896; e^that − 1 = 0.0301347
    { args: 0.428, expected: 0.030_134_7, tol: 1e-5, note: '2022’s 42.8 % (S001-024) is 3.01 % a month' },
    // 4096^(1/12) = 2
    { args: 4_095, expected: 1, tol: 1e-15, note: 'a 4,096-fold year is doubling each month' },
    { args: 0, expected: 0, tol: 0, note: 'no growth' },
  ])('growthPerMonthFromGrowthPerYear($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(growthPerMonthFromGrowthPerYear(args), expected, tol);
  });

  it('growthPerMonthFromGrowthPerYear inverts growthPerYearFromGrowthPerMonth at 2 % a month', () => {
    expectClose(growthPerMonthFromGrowthPerYear(growthPerYearFromGrowthPerMonth(0.02)), 0.02, 1e-12);
  });

  it.each([...nonFinite, -1, -2])('growthPerMonthFromGrowthPerYear rejects growthPerYear = %s with a ModelInputError naming growthPerYear', (bad) => {
    expectModelInputError(() => growthPerMonthFromGrowthPerYear(bad), 'growthPerYear', bad);
  });
});

describe('valueKeptFraction', () => {
  it.each([
    // 0.8³ = 0.512
    { args: { lossPerYear: 0.2, years: 3 }, expected: 0.512, tol: 1e-12, note: 'industrial machinery at 20 % a year over three years (S000-012)' },
    // 0.85³ = 0.614125
    { args: { lossPerYear: 0.15, years: 3 }, expected: 0.614_125, tol: 1e-12, note: 'the same at 15 % a year' },
    // 0.75^0.5 = 0.8660254
    { args: { lossPerYear: 0.25, years: 0.5 }, expected: Math.sqrt(0.75), tol: 1e-12, note: 'half a year at 25 %' },
    { args: { lossPerYear: 0.2, years: 0 }, expected: 1, tol: 0, note: 'no time: all of it' },
    { args: { lossPerYear: 1, years: 2 }, expected: 0, tol: 0, note: 'losing everything each year' },
  ])('valueKeptFraction($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(valueKeptFraction(args), expected, tol);
  });

  it.each([...nonFinite, -0.1, 1.01])('valueKeptFraction rejects lossPerYear = %s with a ModelInputError naming lossPerYear', (bad) => {
    expectModelInputError(() => valueKeptFraction({ lossPerYear: bad, years: 3 }), 'lossPerYear', bad);
  });

  it.each(notNonNegative)('valueKeptFraction rejects years = %s with a ModelInputError naming years', (bad) => {
    expectModelInputError(() => valueKeptFraction({ lossPerYear: 0.2, years: bad }), 'years', bad);
  });

  it('valueKeptFraction does not mutate its input', () => {
    const input = { lossPerYear: 0.2, years: 3 };
    const before = structuredClone(input);
    valueKeptFraction(input);
    expect(input).toEqual(before);
  });
});
