import { requireFraction, requireNonNegative, requirePositive } from './errors.ts';

export interface RevenueInputs {
  terahashPerSecond: number;
  /** Gross hashprice, USD per TH/s per day. */
  hashpriceUsdPerThDay: number;
  /** Share of the day the machine hashes, 0–1. */
  uptimeFraction: number;
  /** Pool fee taken from revenue, 0–1 (exclusive). */
  poolFeeFraction: number;
}

/**
 * A machine's expected revenue per day in USD: TH/s · hashprice · uptime · (1 − pool fee).
 *
 * @example
 * revenueUsdPerDay({ terahashPerSecond: 473, hashpriceUsdPerThDay: 0.034, uptimeFraction: 1, poolFeeFraction: 0 }) // 16.082
 */
export function revenueUsdPerDay({ terahashPerSecond, hashpriceUsdPerThDay, uptimeFraction, poolFeeFraction }: RevenueInputs): number {
  requirePositive('terahashPerSecond', terahashPerSecond);
  requireNonNegative('hashpriceUsdPerThDay', hashpriceUsdPerThDay);
  requireFraction('uptimeFraction', uptimeFraction);
  requireFraction('poolFeeFraction', poolFeeFraction, true);
  return terahashPerSecond * hashpriceUsdPerThDay * uptimeFraction * (1 - poolFeeFraction);
}
