import { assert, vi } from 'vitest';

/**
 * Tolerance checks for floating-point model outputs.
 *
 * `actual` is close to `expected` when |actual − expected| ≤ max(relTol · |expected|, absTol).
 * Infinities must match exactly; NaN is never close to anything (the model promises never to return NaN).
 *
 * @example
 * isClose(0.0628643, 0.06286, 1e-4) // true
 * isClose(264.86, 264.5, 1e-3)     // false (relative gap 1.4e-3)
 */
export function isClose(actual: number, expected: number, relTol = 1e-12, absTol = 0): boolean {
  if (Number.isNaN(actual) || Number.isNaN(expected)) return false;
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= Math.max(relTol * Math.abs(expected), absTol);
}

/** |actual − expected| / |expected|, or the absolute gap when `expected` is 0. */
export function relativeGap(actual: number, expected: number): number {
  const gap = Math.abs(actual - expected);
  return expected === 0 ? gap : gap / Math.abs(expected);
}

/**
 * Fails, naming both numbers and the tolerance, unless `actual` is close to `expected`
 * (see {@link isClose}). Defined as a Vitest helper so a failure points at the caller's line.
 *
 * @example
 * expectClose(networkHashrateEhPerSecond(37), 264.856, 1e-5)
 * // on failure: "expected 264.9 to be within relTol 1e-5 of 264.856 (relative gap 1.3e-4)"
 */
export const expectClose = vi.defineHelper((actual: number, expected: number, relTol = 1e-12, absTol = 0): void => {
  if (isClose(actual, expected, relTol, absTol)) return;
  const within = absTol > 0 ? `relTol ${relTol} / absTol ${absTol}` : `relTol ${relTol}`;
  assert.fail(`expected ${actual} to be within ${within} of ${expected} (relative gap ${relativeGap(actual, expected)})`);
});
