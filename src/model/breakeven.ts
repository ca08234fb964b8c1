import { kwhPerMwh, kwhPerWattDay } from './constants.ts';
import { requireFraction, requireNonNegative, requirePositive } from './errors.ts';

/**
 * The four breakevens: the value of one input at which revenue equals power cost, holding the
 * others where they are (the power price also per MWh), and the efficiency at which power takes a
 * given share of revenue. Uptime cancels out of all of them (it scales revenue and power alike).
 * Pass the hashprice net of pool fee. Results can be `Infinity` where no finite value breaks even
 * (free power), never NaN.
 */

/**
 * Breakeven power price in USD per kWh: net hashprice / (J/TH · 0.024).
 *
 * @example
 * breakevenUsdPerKwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: 30.5 }) // ≈ 0.08197 ($82/MWh: S19j Pro, late 2022)
 */
export function breakevenUsdPerKwh({ hashpriceUsdPerThDay, joulesPerTerahash }: { hashpriceUsdPerThDay: number; joulesPerTerahash: number }): number {
  requireNonNegative('hashpriceUsdPerThDay', hashpriceUsdPerThDay);
  requirePositive('joulesPerTerahash', joulesPerTerahash);
  return hashpriceUsdPerThDay / (joulesPerTerahash * kwhPerWattDay);
}

/**
 * Breakeven power price in USD per MWh, the unit reports quote it in: the per-kWh breakeven × 1000.
 *
 * @example
 * breakevenUsdPerMwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: 30.5 }) // ≈ 81.97 (the 2022 report's $82/MWh for an S19j Pro)
 */
export function breakevenUsdPerMwh({ hashpriceUsdPerThDay, joulesPerTerahash }: { hashpriceUsdPerThDay: number; joulesPerTerahash: number }): number {
  return breakevenUsdPerKwh({ hashpriceUsdPerThDay, joulesPerTerahash }) * kwhPerMwh;
}

/**
 * The efficiency at which power takes a given share of revenue: J/TH = cost ratio · hashprice / (0.024 · $/kWh).
 * The inverse of a machine's electricity cost ratio (J/TH · 0.024 · $/kWh ÷ hashprice) for its J/TH; at a
 * cost ratio of 1 it is the breakeven efficiency, and a machine that uses more J/TH loses money on power.
 * Uptime cancels out; pass the hashprice net of pool fee. Power must cost something: with free power
 * no efficiency reaches a positive cost ratio.
 *
 * @example
 * joulesPerTerahashAtCostRatio({ costRatio: 1, hashpriceUsdPerThDay: 0.0288, usdPerKwh: 0.06 }) // 20 (0.0288 ÷ 0.00144)
 * joulesPerTerahashAtCostRatio({ costRatio: 1.62, hashpriceUsdPerThDay: 0.03344, usdPerKwh: 0.06 }) // ≈ 37.6 (162 % at $75,000 and 141 T)
 */
export function joulesPerTerahashAtCostRatio({ costRatio, hashpriceUsdPerThDay, usdPerKwh }: { costRatio: number; hashpriceUsdPerThDay: number; usdPerKwh: number }): number {
  requireNonNegative('costRatio', costRatio);
  requireNonNegative('hashpriceUsdPerThDay', hashpriceUsdPerThDay);
  requirePositive('usdPerKwh', usdPerKwh);
  return (costRatio * hashpriceUsdPerThDay) / (kwhPerWattDay * usdPerKwh);
}

/**
 * Breakeven hashprice in USD per TH/s per day: the hashcost J/TH · 0.024 · $/kWh, grossed up for the pool fee.
 *
 * @example
 * breakevenHashpriceUsdPerThDay({ joulesPerTerahash: 12, usdPerKwh: 0.06, poolFeeFraction: 0 }) // 0.01728
 */
export function breakevenHashpriceUsdPerThDay({ joulesPerTerahash, usdPerKwh, poolFeeFraction }: { joulesPerTerahash: number; usdPerKwh: number; poolFeeFraction: number }): number {
  requirePositive('joulesPerTerahash', joulesPerTerahash);
  requireNonNegative('usdPerKwh', usdPerKwh);
  requireFraction('poolFeeFraction', poolFeeFraction, true);
  return (joulesPerTerahash * kwhPerWattDay * usdPerKwh) / (1 - poolFeeFraction);
}

/**
 * Breakeven BTC price in USD: price · hashcost / net hashprice. With no block reward at all
 * (hashprice 0) it is `Infinity` if power costs anything and 0 if it is free.
 *
 * @example
 * breakevenPriceUsdPerBtc({ priceUsdPerBtc: 76_176, hashcostUsdPerThDay: 0.01728, hashpriceUsdPerThDay: 0.034 }) // ≈ 38,715
 */
export function breakevenPriceUsdPerBtc({ priceUsdPerBtc, hashcostUsdPerThDay, hashpriceUsdPerThDay }: { priceUsdPerBtc: number; hashcostUsdPerThDay: number; hashpriceUsdPerThDay: number }): number {
  requirePositive('priceUsdPerBtc', priceUsdPerBtc);
  requireNonNegative('hashcostUsdPerThDay', hashcostUsdPerThDay);
  requireNonNegative('hashpriceUsdPerThDay', hashpriceUsdPerThDay);
  if (hashpriceUsdPerThDay === 0) return hashcostUsdPerThDay === 0 ? 0 : Infinity;
  return (priceUsdPerBtc * hashcostUsdPerThDay) / hashpriceUsdPerThDay;
}

/**
 * Breakeven difficulty in T: D · net hashprice / hashcost. `Infinity` with free power.
 *
 * @example
 * breakevenDifficultyT({ difficultyT: 141, hashpriceUsdPerThDay: 0.034, hashcostUsdPerThDay: 0.01728 }) // ≈ 277.4
 */
export function breakevenDifficultyT({ difficultyT, hashpriceUsdPerThDay, hashcostUsdPerThDay }: { difficultyT: number; hashpriceUsdPerThDay: number; hashcostUsdPerThDay: number }): number {
  requirePositive('difficultyT', difficultyT);
  requireNonNegative('hashpriceUsdPerThDay', hashpriceUsdPerThDay);
  requireNonNegative('hashcostUsdPerThDay', hashcostUsdPerThDay);
  if (hashcostUsdPerThDay === 0) return Infinity;
  return (difficultyT * hashpriceUsdPerThDay) / hashcostUsdPerThDay;
}
