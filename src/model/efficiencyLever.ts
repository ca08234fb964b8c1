import { requireFraction, requireNonNegative, requirePositive } from './errors.ts';

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
 * The efficiency before a cut of `reductionFraction` that ends at `joulesPerTerahash`: J/TH ÷ (1 − cut).
 * The inverse of {@link joulesPerTerahashAfterCut}.
 *
 * @example
 * joulesPerTerahashBeforeCut({ joulesPerTerahash: 23, reductionFraction: 0.36 }) // 35.9375 (a 36 % cut to 23 J/TH starts here)
 */
export function joulesPerTerahashBeforeCut({ joulesPerTerahash, reductionFraction }: { joulesPerTerahash: number; reductionFraction: number }): number {
  requirePositive('joulesPerTerahash', joulesPerTerahash);
  requireFraction('reductionFraction', reductionFraction, true);
  return joulesPerTerahash / (1 - reductionFraction);
}

/**
 * Efficiency after a gain read the other way, as more hashes per joule: J/TH ÷ (1 + gain).
 * "25 % more efficient" in this sense takes 30.5 J/TH to 24.4, not to the 22.875 of a 25 % cut.
 *
 * @example
 * joulesPerTerahashAfterHashesPerJouleGain({ joulesPerTerahash: 30.5, gainFraction: 0.25 }) // 24.4
 */
export function joulesPerTerahashAfterHashesPerJouleGain({ joulesPerTerahash, gainFraction }: { joulesPerTerahash: number; gainFraction: number }): number {
  requirePositive('joulesPerTerahash', joulesPerTerahash);
  requireNonNegative('gainFraction', gainFraction);
  return joulesPerTerahash / (1 + gainFraction);
}

/**
 * The rise in hashes per joule between two efficiencies, as a fraction: from ÷ to − 1.
 * The inverse of {@link joulesPerTerahashAfterHashesPerJouleGain}; 35 → 23 J/TH is 52 % this way
 * and 34.3 % as fewer J/TH ({@link efficiencyGainFraction}).
 *
 * @example
 * hashesPerJouleGainFraction({ fromJoulesPerTerahash: 35, toJoulesPerTerahash: 23 }) // ≈ 0.5217 (12 ÷ 23)
 */
export function hashesPerJouleGainFraction({ fromJoulesPerTerahash, toJoulesPerTerahash }: { fromJoulesPerTerahash: number; toJoulesPerTerahash: number }): number {
  requirePositive('fromJoulesPerTerahash', fromJoulesPerTerahash);
  requirePositive('toJoulesPerTerahash', toJoulesPerTerahash);
  return fromJoulesPerTerahash / toJoulesPerTerahash - 1;
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
