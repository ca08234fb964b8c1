import { requireNonNegative, requirePositive } from './errors.ts';

/**
 * Recovery ratio in a sale: what the collateral fetched ÷ what it was worth (or cost) before.
 * 0.3 means 30 % recovered; the fall is 1 − recovery.
 *
 * @example
 * recoveryFraction({ recoveredUsd: 50_000 / 5_000, referenceUsd: 5_000 }) // 0.002: $10 a unit against $5,000
 */
export function recoveryFraction({ recoveredUsd, referenceUsd }: { recoveredUsd: number; referenceUsd: number }): number {
  requireNonNegative('recoveredUsd', recoveredUsd);
  requirePositive('referenceUsd', referenceUsd);
  return recoveredUsd / referenceUsd;
}
