import { difficultyPerT, hashesPerDifficultyUnit, targetSecondsPerBlock, hashesPerSecondPerTh, thPerEh } from './constants.ts';
import { requirePositive } from './errors.ts';

const hashesPerSecondPerEh = hashesPerSecondPerTh * thPerEh;

/**
 * Network hashrate implied by difficulty: D · 2^32 / 600 s, in EH/s. This is the
 * difficulty-implied figure, not a block-time estimate of the kind pool dashboards quote.
 *
 * @example
 * networkHashrateEhPerSecond(37.0) // ≈ 264.9 (EH/s at the 20 Nov 2022 peak of 37.0 T)
 */
export function networkHashrateEhPerSecond(difficultyT: number): number {
  requirePositive('difficultyT', difficultyT);
  return (difficultyT * difficultyPerT * hashesPerDifficultyUnit) / targetSecondsPerBlock / hashesPerSecondPerEh;
}

/**
 * The difficulty (in T) at which a network of the given hashrate finds a block every 600 s on average.
 * Inverse of {@link networkHashrateEhPerSecond}.
 *
 * @example
 * difficultyTFromHashrate(890) // ≈ 124.3 (T): the 890 EH/s estimate of 2 Feb 2026 read as if it set difficulty
 */
export function difficultyTFromHashrate(networkEhPerSecond: number): number {
  requirePositive('networkEhPerSecond', networkEhPerSecond);
  return (networkEhPerSecond * hashesPerSecondPerEh * targetSecondsPerBlock) / hashesPerDifficultyUnit / difficultyPerT;
}
