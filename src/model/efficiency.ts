import { requirePositive } from './errors.ts';

/**
 * Energy efficiency: watts per TH/s, which is joules per terahash.
 *
 * @example
 * joulesPerTerahash({ watts: 5_676, terahashPerSecond: 473 }) // 12 (Antminer S21 XP Hydro)
 */
export function joulesPerTerahash({ watts, terahashPerSecond }: { watts: number; terahashPerSecond: number }): number {
  requirePositive('watts', watts);
  requirePositive('terahashPerSecond', terahashPerSecond);
  return watts / terahashPerSecond;
}
