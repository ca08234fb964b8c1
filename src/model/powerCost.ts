import { kwhPerWattDay } from './constants.ts';
import { requireFraction, requireNonNegative, requirePositive } from './errors.ts';

/**
 * A machine's electricity cost per day in USD: W / 1000 · 24 h · $/kWh · uptime.
 *
 * @example
 * powerCostUsdPerDay({ watts: 5_676, usdPerKwh: 0.06, uptimeFraction: 1 }) // 8.17344
 */
export function powerCostUsdPerDay({ watts, usdPerKwh, uptimeFraction }: { watts: number; usdPerKwh: number; uptimeFraction: number }): number {
  requirePositive('watts', watts);
  requireNonNegative('usdPerKwh', usdPerKwh);
  requireFraction('uptimeFraction', uptimeFraction);
  return watts * kwhPerWattDay * usdPerKwh * uptimeFraction;
}

/**
 * Hashcost: the power cost of one TH/s for one day, J/TH · 24 · $/kWh / 1000.
 *
 * @example
 * hashcostUsdPerThDay({ joulesPerTerahash: 30.5, usdPerKwh: 0.06 }) // 0.04392
 */
export function hashcostUsdPerThDay({ joulesPerTerahash, usdPerKwh }: { joulesPerTerahash: number; usdPerKwh: number }): number {
  requirePositive('joulesPerTerahash', joulesPerTerahash);
  requireNonNegative('usdPerKwh', usdPerKwh);
  return joulesPerTerahash * kwhPerWattDay * usdPerKwh;
}
