import { requireNonNegative, requirePositive } from './errors.ts';

/**
 * Loan-to-value: the principal still owed ÷ what the collateral is worth. Above 1 the loan is
 * larger than the collateral, so a lender who seizes it cannot recover the debt by selling it.
 *
 * @example
 * loanToValueFraction({ principalUsd: 277e6, collateralValueUsd: 11.59e6 * 15 }) // ≈ 1.593 (2022's defaulted ASIC loans at the $15/TH index low)
 */
export function loanToValueFraction({ principalUsd, collateralValueUsd }: { principalUsd: number; collateralValueUsd: number }): number {
  requireNonNegative('principalUsd', principalUsd);
  requirePositive('collateralValueUsd', collateralValueUsd);
  return principalUsd / collateralValueUsd;
}
