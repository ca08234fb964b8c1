import { requireFinite } from './errors.ts';

/**
 * Relative change from one value to another: (to − from) / |from|. −0.5 means halved.
 * `null` when `from` is 0 (no relative change is defined).
 *
 * @example
 * relativeChange({ from: 44.58, to: 10.12 }) // ≈ −0.773
 */
export function relativeChange({ from, to }: { from: number; to: number }): number | null {
  requireFinite('from', from);
  requireFinite('to', to);
  if (from === 0) return null;
  return (to - from) / Math.abs(from);
}
