import { daysPerMonth } from './constants.ts';
import { ModelInputError, requireFinite, requireNonNegative, requirePositive } from './errors.ts';

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

/**
 * The yearly discount rate a payback rule implies. A buyer who pays `paybackMonths` months of a
 * machine's profit for a flat profit stream lasting `lifeMonths` is, in effect, discounting that
 * stream at the rate at which its present value equals the price:
 *
 *   Σ_{k=1..lifeMonths} d^k = paybackMonths,  with d = (1 + r)^(−1/12),
 *
 * the end-of-month discounting of src/model/projection.ts (monthly compounding of a yearly rate).
 * Solved by bisection on d in (0, 1], which the left side increases with; the result is the yearly
 * rate r = d^−12 − 1 as a fraction. A payback equal to the life is a rate of 0; a payback longer
 * than the life would need a negative rate and is rejected. Very short paybacks imply enormous
 * rates (one month of a 36-month stream is about 409,500 % a year).
 *
 * Worked example: 18 months' payback on a flat 36-month stream. At d = 0.95822 a month (4.3603 %
 * a month, 1.043603^12 − 1 = 66.89 % a year) the 36 discounted months sum to
 * (1 − 1.043603^−36) ÷ 0.043603 = 18.00 months of profit.
 *
 * @example
 * impliedDiscountRatePerYear({ paybackMonths: 18, lifeMonths: 36 }) // ≈ 0.6689 (66.9 % a year)
 * impliedDiscountRatePerYear({ paybackMonths: 36, lifeMonths: 36 }) // 0 (paying every month back undiscounted)
 */
export function impliedDiscountRatePerYear({ paybackMonths, lifeMonths }: { paybackMonths: number; lifeMonths: number }): number {
  requirePositive('paybackMonths', paybackMonths);
  if (!Number.isInteger(lifeMonths) || lifeMonths < 1 || lifeMonths > 600) throw new ModelInputError('lifeMonths', lifeMonths, 'a whole number of months from 1 to 600');
  if (paybackMonths > lifeMonths) throw new ModelInputError('paybackMonths', paybackMonths, `at most lifeMonths (${lifeMonths}): a longer payback implies a negative rate`);
  if (paybackMonths === lifeMonths) return 0;
  /** Present value, in months of profit, of the flat stream at a monthly discount factor d. */
  const presentValueMonths = (d: number) => {
    let sum = 0;
    let factor = 1;
    for (let k = 1; k <= lifeMonths; k++) {
      factor *= d;
      sum += factor;
    }
    return sum;
  };
  let low = 0; // present value 0 < paybackMonths
  let high = 1; // present value lifeMonths > paybackMonths
  for (let i = 0; i < 200 && high - low > Number.EPSILON * high; i++) {
    const mid = (low + high) / 2;
    if (presentValueMonths(mid) < paybackMonths) low = mid;
    else high = mid;
  }
  const d = (low + high) / 2;
  return d ** -12 - 1;
}
