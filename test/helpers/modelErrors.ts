import { assert, expect, vi } from 'vitest';
import { ModelInputError } from '../../src/model/errors.ts';

/** Non-finite numbers every model input must reject. */
export const nonFinite = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY] as const;

/** Values a "finite number > 0" input must reject. */
export const notPositive = [...nonFinite, -3, -1e-9, 0] as const;

/** Values a "finite number ≥ 0" input must reject. */
export const notNonNegative = [...nonFinite, -3, -1e-9] as const;

/** Values a "fraction in [0, 1]" input must reject. */
export const notFraction = [...nonFinite, -0.1, 1.01, 2] as const;

/** Values a "fraction in [0, 1)" input (a pool fee) must reject. */
export const notOpenFraction = [...notFraction, 1] as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Fails unless `fn` throws a {@link ModelInputError} whose `input` and `value` are the bad input and value,
 * and whose message names both, e.g. `invalid difficultyT: -3 (expected a finite number > 0)`.
 *
 * @example
 * expectModelInputError(() => networkHashrateEhPerSecond(-3), 'difficultyT', -3) // message matches /difficultyT: -3 \(/
 */
export const expectModelInputError = vi.defineHelper((fn: () => unknown, input: string, value: number): void => {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) assert.fail(`expected a ModelInputError for ${input} = ${String(value)}, but nothing was thrown`);
  expect(thrown).toBeInstanceOf(ModelInputError);
  expect(thrown).toBeInstanceOf(RangeError);
  const error = thrown as ModelInputError;
  expect(error.name).toBe('ModelInputError');
  // "invalid <input>: <value> (" — the trailing " (" stops -3 from matching -30.
  expect(error.message).toMatch(new RegExp(`^invalid ${escapeRegExp(input)}: ${escapeRegExp(String(value))} \\(expected .+\\)$`));
  expect(error.input).toBe(input);
  expect(Object.is(error.value, value), `error.value ${String(error.value)} is not ${String(value)}`).toBe(true);
});
