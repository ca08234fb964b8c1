import { requireFraction, requirePositive } from './errors.ts';

/**
 * Efficiency after underclocking or firmware that cuts energy per terahash by `reductionFraction`.
 * "25 % more efficient" in the 2022 report means 25 % fewer J/TH: 30.5 → 22.875.
 *
 * @example
 * joulesPerTerahashAfterCut({ joulesPerTerahash: 30.5, reductionFraction: 0.25 }) // 22.875
 */
export function joulesPerTerahashAfterCut({ joulesPerTerahash, reductionFraction }: { joulesPerTerahash: number; reductionFraction: number }): number {
  requirePositive('joulesPerTerahash', joulesPerTerahash);
  requireFraction('reductionFraction', reductionFraction, true);
  return joulesPerTerahash * (1 - reductionFraction);
}

/**
 * The fall in J/TH between two efficiencies, as a fraction of the first.
 * The 2022 report's "over 36 %" for 35 → 23 J/TH is 34.3 % this way (and 52 % as hashes per joule).
 *
 * @example
 * efficiencyGainFraction({ fromJoulesPerTerahash: 35, toJoulesPerTerahash: 23 }) // ≈ 0.343
 */
export function efficiencyGainFraction({ fromJoulesPerTerahash, toJoulesPerTerahash }: { fromJoulesPerTerahash: number; toJoulesPerTerahash: number }): number {
  requirePositive('fromJoulesPerTerahash', fromJoulesPerTerahash);
  requirePositive('toJoulesPerTerahash', toJoulesPerTerahash);
  return (fromJoulesPerTerahash - toJoulesPerTerahash) / fromJoulesPerTerahash;
}
