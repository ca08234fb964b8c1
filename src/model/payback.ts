import { daysPerMonth } from './constants.ts';
import { requireFinite, requireNonNegative, requirePositive } from './errors.ts';

/**
 * Payback-period fair value, the way the 2022 report prices machines: what a buyer who wants
 * their money back within `paybackMonths` would pay, i.e. daily profit × payback days
 * (months of 30.4375 days). Negative when the machine loses money: no payback buyer exists.
 *
 * @example
 * paybackValueUsd({ profitUsdPerDay: 0.01608, paybackMonths: 15 }) // ≈ 7.34 (an S19j Pro's $/TH, Jan 2023)
 */
export function paybackValueUsd({ profitUsdPerDay, paybackMonths }: { profitUsdPerDay: number; paybackMonths: number }): number {
  requireFinite('profitUsdPerDay', profitUsdPerDay);
  requirePositive('paybackMonths', paybackMonths);
  return profitUsdPerDay * paybackMonths * daysPerMonth;
}

/**
 * The payback period a price implies: months for daily profit to repay it. `Infinity` when the
 * machine makes no profit.
 *
 * @example
 * paybackMonthsForPrice({ priceUsd: 7.34, profitUsdPerDay: 0.01608 }) // ≈ 15
 */
export function paybackMonthsForPrice({ priceUsd, profitUsdPerDay }: { priceUsd: number; profitUsdPerDay: number }): number {
  requirePositive('priceUsd', priceUsd);
  requireFinite('profitUsdPerDay', profitUsdPerDay);
  if (profitUsdPerDay <= 0) return Infinity;
  return priceUsd / profitUsdPerDay / daysPerMonth;
}

/**
 * The hashprice at which a machine's payback-period value per TH/s reaches a given price: the
 * profit per TH/s per day that pays `valueUsdPerTh` back in `paybackMonths` (months of 30.4375
 * days), plus the hashcost it must also cover. The inverse of {@link paybackValueUsd} with
 * profit = hashprice − hashcost.
 *
 * @example
 * hashpriceForPaybackValueUsdPerThDay({ valueUsdPerTh: 15, paybackMonths: 18, hashcostUsdPerThDay: 0.04392 }) // ≈ 0.07130 (15 ÷ 547.875 + 0.04392)
 */
export function hashpriceForPaybackValueUsdPerThDay({ valueUsdPerTh, paybackMonths, hashcostUsdPerThDay }: { valueUsdPerTh: number; paybackMonths: number; hashcostUsdPerThDay: number }): number {
  requireFinite('valueUsdPerTh', valueUsdPerTh);
  requirePositive('paybackMonths', paybackMonths);
  requireNonNegative('hashcostUsdPerThDay', hashcostUsdPerThDay);
  return valueUsdPerTh / (paybackMonths * daysPerMonth) + hashcostUsdPerThDay;
}

/**
 * Payback-period fair value per TH/s of the machine: the same method, divided by its hashrate.
 *
 * @example
 * paybackValueUsdPerTh({ profitUsdPerDay: 1.608, terahashPerSecond: 100, paybackMonths: 15 }) // ≈ 7.34
 */
export function paybackValueUsdPerTh({ profitUsdPerDay, terahashPerSecond, paybackMonths }: { profitUsdPerDay: number; terahashPerSecond: number; paybackMonths: number }): number {
  requirePositive('terahashPerSecond', terahashPerSecond);
  return paybackValueUsd({ profitUsdPerDay, paybackMonths }) / terahashPerSecond;
}
