import { describe, expect, it } from 'vitest';
import { joulesPerTerahash } from '../../src/model/efficiency.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notPositive } from '../helpers/modelErrors.ts';

// J/TH = W / (TH/s): a watt is a joule per second, so joules per terahash.
describe('joulesPerTerahash', () => {
  it.each([
    { args: { watts: 5_676, terahashPerSecond: 473 }, expected: 12, tol: 1e-15, note: 'Antminer S21 XP Hydro: 5,676 / 473 (S003-018, S003-019)' },
    { args: { watts: 3_010, terahashPerSecond: 140 }, expected: 21.5, tol: 1e-15, note: 'Antminer S19 XP: 3,010 / 140' },
    { args: { watts: 3_355, terahashPerSecond: 122 }, expected: 27.5, tol: 1e-15, note: 'S19j Pro+: 3,355 / 122 (S001-081..083)' },
    { args: { watts: 3_050, terahashPerSecond: 100 }, expected: 30.5, tol: 1e-15, note: 'S19j Pro at 30.5 J/TH' },
    { args: { watts: 1, terahashPerSecond: 1_000 }, expected: 0.001, tol: 1e-15, note: 'tiny and large inputs' },
  ])('joulesPerTerahash($args) is $expected J/TH ($note)', ({ args, expected, tol }) => {
    expectClose(joulesPerTerahash(args), expected, tol);
  });

  it('joulesPerTerahash({watts: 5,676, terahashPerSecond: 473}) is exactly 12 (5,676 = 12 · 473)', () => {
    expect(joulesPerTerahash({ watts: 5_676, terahashPerSecond: 473 })).toBe(12);
  });

  it('joulesPerTerahash does not mutate its input', () => {
    const input = { watts: 5_676, terahashPerSecond: 473 };
    const before = structuredClone(input);
    joulesPerTerahash(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('joulesPerTerahash rejects watts = %s with a ModelInputError naming watts', (bad) => {
    expectModelInputError(() => joulesPerTerahash({ watts: bad, terahashPerSecond: 473 }), 'watts', bad);
  });

  it.each(notPositive)('joulesPerTerahash rejects terahashPerSecond = %s with a ModelInputError naming terahashPerSecond', (bad) => {
    expectModelInputError(() => joulesPerTerahash({ watts: 5_676, terahashPerSecond: bad }), 'terahashPerSecond', bad);
  });
});
