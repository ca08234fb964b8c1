import { describe, expect, it } from 'vitest';
import { loanToValueFraction } from '../../src/model/ltv.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notNonNegative, notPositive } from '../helpers/modelErrors.ts';

// LTV = principal ÷ collateral value. The 2022 report's defaulted loans: $277mm (S001-060) against 11.59 EH/s
// (S001-061) = 11,590,000 TH/s, valued at the $15/TH index low (S001-058) = $173,850,000.

describe('loanToValueFraction', () => {
  it.each([
    // 277,000,000 / 173,850,000 = 1.59333…
    { args: { principalUsd: 277e6, collateralValueUsd: 173_850_000 }, expected: 277 / 173.85, tol: 1e-12, note: 'the defaulted 2022 book at the index low: 159 %' },
    // 277,000,000 / (11,590,000 × 120 = 1,390,800,000) = 0.19917
    { args: { principalUsd: 277e6, collateralValueUsd: 1_390_800_000 }, expected: 277 / 1_390.8, tol: 1e-12, note: 'the same book at the $120/TH peak: 19.9 %' },
    { args: { principalUsd: 50, collateralValueUsd: 100 }, expected: 0.5, tol: 0, note: 'half covered twice over' },
    { args: { principalUsd: 0, collateralValueUsd: 100 }, expected: 0, tol: 0, note: 'repaid' },
  ])('loanToValueFraction($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(loanToValueFraction(args), expected, tol);
  });

  it.each(notNonNegative)('loanToValueFraction rejects principalUsd = %s with a ModelInputError naming principalUsd', (bad) => {
    expectModelInputError(() => loanToValueFraction({ principalUsd: bad, collateralValueUsd: 100 }), 'principalUsd', bad);
  });

  it.each(notPositive)('loanToValueFraction rejects collateralValueUsd = %s (worthless collateral has no LTV) with a ModelInputError naming collateralValueUsd', (bad) => {
    expectModelInputError(() => loanToValueFraction({ principalUsd: 50, collateralValueUsd: bad }), 'collateralValueUsd', bad);
  });

  it('loanToValueFraction does not mutate its input', () => {
    const input = { principalUsd: 277e6, collateralValueUsd: 173_850_000 };
    const before = structuredClone(input);
    loanToValueFraction(input);
    expect(input).toEqual(before);
  });
});
