import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../../src/model/errors.ts';
import { expectClose, isClose, relativeGap } from './close.ts';
import { expectModelInputError } from './modelErrors.ts';

describe('isClose', () => {
  it.each([
    { actual: 264.856, expected: 264.856, relTol: 1e-12, close: true },
    { actual: 264.856, expected: 264.5, relTol: 1e-3, close: false }, // gap 1.35e-3
    { actual: 264.856, expected: 264.5, relTol: 2e-3, close: true },
    { actual: 0, expected: 0, relTol: 0, close: true },
    { actual: Infinity, expected: Infinity, relTol: 1e-12, close: true },
    { actual: Infinity, expected: 1e308, relTol: 1, close: false },
    { actual: Number.NaN, expected: Number.NaN, relTol: 1, close: false },
  ])('isClose($actual, $expected, $relTol) is $close', ({ actual, expected, relTol, close }) => {
    expect(isClose(actual, expected, relTol)).toBe(close);
  });

  it('isClose(1e-20, 0, 1e-12, 1e-15) passes on the absolute tolerance', () => {
    expect(isClose(1e-20, 0, 1e-12, 1e-15)).toBe(true);
    expect(isClose(1e-20, 0, 1e-12)).toBe(false);
  });

  it('relativeGap(264.856, 264.5) is 0.356 / 264.5', () => {
    expect(relativeGap(264.856, 264.5)).toBeCloseTo(0.356 / 264.5, 15);
  });
});

describe('expectClose', () => {
  it('expectClose fails with a message naming both numbers and the tolerance', () => {
    expect(() => expectClose(264.856, 264.5, 1e-4)).toThrow(/expected 264\.856 to be within relTol 0\.0001 of 264\.5/);
  });

  it('expectClose passes within tolerance', () => {
    expect(() => expectClose(0.062_864_3, 0.062_86, 1e-4)).not.toThrow();
  });
});

describe('expectModelInputError', () => {
  const throwsFor = (input: string, value: number) => () => {
    throw new ModelInputError(input, value, 'a finite number > 0');
  };

  it('expectModelInputError passes on the matching input and value', () => {
    expect(() => expectModelInputError(throwsFor('difficultyT', -3), 'difficultyT', -3)).not.toThrow();
  });

  it('expectModelInputError fails when nothing is thrown', () => {
    expect(() => expectModelInputError(() => 1, 'difficultyT', -3)).toThrow(/nothing was thrown/);
  });

  it('expectModelInputError fails on another input name, another value, or a plain RangeError', () => {
    expect(() => expectModelInputError(throwsFor('watts', -3), 'difficultyT', -3)).toThrow();
    expect(() => expectModelInputError(throwsFor('difficultyT', -30), 'difficultyT', -3)).toThrow();
    expect(() =>
      expectModelInputError(() => {
        throw new RangeError('invalid difficultyT: -3 (expected a finite number > 0)');
      }, 'difficultyT', -3),
    ).toThrow();
  });
});
