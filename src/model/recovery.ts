import { requireFinite, requireNonNegative, requirePositive } from './errors.ts';

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

/**
 * Value as a share of what was paid: value ÷ cost. Unlike a recovery it can be negative (a machine
 * that loses money has a negative payback value) or above 1.
 *
 * @example
 * valueToCostRatio({ valueUsd: 7.34, costUsd: 15 }) // ≈ 0.489
 */
export function valueToCostRatio({ valueUsd, costUsd }: { valueUsd: number; costUsd: number }): number {
  requireFinite('valueUsd', valueUsd);
  requirePositive('costUsd', costUsd);
  return valueUsd / costUsd;
}
