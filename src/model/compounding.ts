import { ModelInputError, requireNonNegative } from './errors.ts';

/**
 * Compounding a rate of change over time: a monthly growth rate as a yearly one and back, and the
 * share of value left after years of losing a fixed fraction a year. Rates are fractions
 * (0.02 = +2 % a month); each period's change applies to the value at the end of the last.
 */

function requireAboveMinusOne(input: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= -1) throw new ModelInputError(input, value, 'a finite fraction > −1');
  return value;
}

/**
 * The yearly growth that a monthly growth rate compounds to: (1 + g)^12 − 1.
 *
 * @example
 * growthPerYearFromGrowthPerMonth(0.02) // ≈ 0.26824 (2 % a month is 26.8 % a year)
 */
export function growthPerYearFromGrowthPerMonth(growthPerMonth: number): number {
  requireAboveMinusOne('growthPerMonth', growthPerMonth);
  return (1 + growthPerMonth) ** 12 - 1;
}

/**
 * The monthly growth rate that compounds to a yearly growth: (1 + G)^(1/12) − 1.
 * The inverse of {@link growthPerYearFromGrowthPerMonth}.
 *
 * @example
 * growthPerMonthFromGrowthPerYear(0.273) // ≈ 0.02033 (2021's 27.3 % difficulty growth, per month)
 */
export function growthPerMonthFromGrowthPerYear(growthPerYear: number): number {
  requireAboveMinusOne('growthPerYear', growthPerYear);
  return (1 + growthPerYear) ** (1 / 12) - 1;
}

/**
 * The share of its value an asset keeps after `years` of losing `lossPerYear` of it each year,
 * compounded: (1 − d)^years. Fractional years compound too.
 *
 * @example
 * valueKeptFraction({ lossPerYear: 0.2, years: 3 }) // ≈ 0.512 (0.8 × 0.8 × 0.8)
 */
export function valueKeptFraction({ lossPerYear, years }: { lossPerYear: number; years: number }): number {
  if (typeof lossPerYear !== 'number' || !Number.isFinite(lossPerYear) || lossPerYear < 0 || lossPerYear > 1) {
    throw new ModelInputError('lossPerYear', lossPerYear, 'a fraction in [0, 1]');
  }
  requireNonNegative('years', years);
  return (1 - lossPerYear) ** years;
}
