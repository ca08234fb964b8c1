/**
 * The error every model function throws on an input it cannot use. The message names the
 * input, the bad value and what would be accepted, e.g.
 * `invalid difficultyT: -3 (expected a finite number > 0)`.
 *
 * @example
 * try { networkHashrateEhPerSecond(-3) } catch (e) { e instanceof ModelInputError } // true
 */
export class ModelInputError extends RangeError {
  readonly input: string;
  readonly value: unknown;
  constructor(input: string, value: unknown, expected: string) {
    super(`invalid ${input}: ${String(value)} (expected ${expected})`);
    this.name = 'ModelInputError';
    this.input = input;
    this.value = value;
  }
}

/** Throws unless `value` is a finite number > 0. Returns it otherwise. */
export function requirePositive(input: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ModelInputError(input, value, 'a finite number > 0');
  }
  return value;
}

/** Throws unless `value` is a finite number ≥ 0. Returns it otherwise. */
export function requireNonNegative(input: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ModelInputError(input, value, 'a finite number ≥ 0');
  }
  return value;
}

/** Throws unless `value` is a finite number in [0, 1] (or [0, 1) when `open` is set). */
export function requireFraction(input: string, value: number, open = false): number {
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= 0 && (open ? value < 1 : value <= 1);
  if (!ok) throw new ModelInputError(input, value, open ? 'a fraction in [0, 1)' : 'a fraction in [0, 1]');
  return value;
}

/** Throws unless `value` is a finite number (any sign). */
export function requireFinite(input: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ModelInputError(input, value, 'a finite number');
  }
  return value;
}
