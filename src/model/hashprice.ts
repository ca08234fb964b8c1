import { btcPerThPerDay, type RewardInputs } from './reward.ts';
import { requireFinite, requireFraction, requireNonNegative, requirePositive } from './errors.ts';

export interface HashpriceInputs extends RewardInputs {
  /** BTC price in USD. */
  priceUsdPerBtc: number;
}

/**
 * Hashprice: expected USD per TH/s per day, gross of pool fees (as indexes quote it).
 *
 * @example
 * hashpriceUsdPerThDay({ priceUsdPerBtc: 100_000, difficultyT: 100, subsidyBtc: 3.125, feesBtcPerBlock: 0 }) // ≈ 0.06286
 */
export function hashpriceUsdPerThDay(inputs: HashpriceInputs): number {
  requirePositive('priceUsdPerBtc', inputs.priceUsdPerBtc);
  return inputs.priceUsdPerBtc * btcPerThPerDay(inputs);
}

/**
 * The BTC price at which the network pays a given hashprice: hashprice ÷ BTC per TH/s per day.
 * The inverse of {@link hashpriceUsdPerThDay} in the price. `Infinity` when blocks pay nothing
 * (no subsidy and no fees) and the hashprice is above 0.
 *
 * @example
 * priceUsdPerBtcForHashprice({ hashpriceUsdPerThDay: 0.06, difficultyT: 35.4, subsidyBtc: 6.25, feesBtcPerBlock: 0 }) // ≈ 16,894 (year-end 2022)
 */
export function priceUsdPerBtcForHashprice({ hashpriceUsdPerThDay, ...reward }: RewardInputs & { hashpriceUsdPerThDay: number }): number {
  requireNonNegative('hashpriceUsdPerThDay', hashpriceUsdPerThDay);
  const btc = btcPerThPerDay(reward);
  if (btc === 0) return hashpriceUsdPerThDay === 0 ? 0 : Infinity;
  return hashpriceUsdPerThDay / btc;
}

/**
 * Converts a hashprice per TH/s per day to the per-PH/s figure indexes publish (×1000).
 *
 * @example
 * usdPerPhDayFromUsdPerThDay(0.034) // 34
 */
export function usdPerPhDayFromUsdPerThDay(usdPerThDay: number): number {
  requireFinite('usdPerThDay', usdPerThDay);
  return usdPerThDay * 1000;
}

/**
 * Hashprice after the pool's fee: gross · (1 − fee).
 *
 * @example
 * netOfPoolFee(0.034, 0.02) // 0.03332
 */
export function netOfPoolFee(grossUsdPerThDay: number, poolFeeFraction: number): number {
  requireNonNegative('grossUsdPerThDay', grossUsdPerThDay);
  requireFraction('poolFeeFraction', poolFeeFraction, true);
  return grossUsdPerThDay * (1 - poolFeeFraction);
}
