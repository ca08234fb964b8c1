import { requireFinite, requireNonNegative } from './errors.ts';

/**
 * Electricity cost ratio: the share of revenue that power eats. 0.52 means 52 %; above 1 the
 * machine loses cash on power alone. Documented edge: with zero revenue the ratio is `Infinity`
 * when power costs anything and 0 when it costs nothing — never NaN.
 *
 * @example
 * electricityCostRatio({ powerCostUsdPerDay: 8.17, revenueUsdPerDay: 15.72 }) // ≈ 0.52
 */
export function electricityCostRatio({ powerCostUsdPerDay, revenueUsdPerDay }: { powerCostUsdPerDay: number; revenueUsdPerDay: number }): number {
  requireNonNegative('powerCostUsdPerDay', powerCostUsdPerDay);
  requireNonNegative('revenueUsdPerDay', revenueUsdPerDay);
  if (revenueUsdPerDay === 0) return powerCostUsdPerDay === 0 ? 0 : Infinity;
  return powerCostUsdPerDay / revenueUsdPerDay;
}

/**
 * Profit per day on power alone: revenue − power cost. Negative when the machine loses money.
 *
 * @example
 * profitUsdPerDay({ revenueUsdPerDay: 16.08, powerCostUsdPerDay: 8.17 }) // 7.91
 */
export function profitUsdPerDay({ revenueUsdPerDay, powerCostUsdPerDay }: { revenueUsdPerDay: number; powerCostUsdPerDay: number }): number {
  requireFinite('revenueUsdPerDay', revenueUsdPerDay);
  requireFinite('powerCostUsdPerDay', powerCostUsdPerDay);
  return revenueUsdPerDay - powerCostUsdPerDay;
}

/**
 * Power cost to mine one bitcoin: power cost per day / BTC mined per day. The same for any machine
 * size: J/TH · 0.024 · $/kWh divided by BTC per TH/s per day net of pool fee. `Infinity` when nothing is mined.
 *
 * @example
 * powerCostUsdPerBtc({ powerCostUsdPerDay: 8.17344, btcMinedPerDay: 473 * 4.4585e-7 }) // ≈ 38,758 (S21 XP Hydro at 141 T, $0.06/kWh)
 */
export function powerCostUsdPerBtc({ powerCostUsdPerDay, btcMinedPerDay }: { powerCostUsdPerDay: number; btcMinedPerDay: number }): number {
  requireNonNegative('powerCostUsdPerDay', powerCostUsdPerDay);
  requireNonNegative('btcMinedPerDay', btcMinedPerDay);
  if (btcMinedPerDay === 0) return powerCostUsdPerDay === 0 ? 0 : Infinity;
  return powerCostUsdPerDay / btcMinedPerDay;
}
