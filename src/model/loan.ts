import { ModelInputError, requireNonNegative, requirePositive } from './errors.ts';

/**
 * A loan's repayment schedule, month by month. The functions here are denomination-free: the
 * principal and every payment are in the loan's own unit (USD for a dollar loan, BTC for a bitcoin
 * loan), named `…InLoanUnit`; rates are fractions per year, compounded monthly (annual ÷ 12).
 *
 * - `amortizing`: the level payment P·r / (1 − (1 + r)^−n), r the monthly rate, n the term in months;
 *   the balance falls to zero at the last payment.
 * - `interest-only`: the interest each month, P·r, and the whole principal with the last payment
 *   (a balloon).
 */
export type RepaymentKind = 'amortizing' | 'interest-only';

export interface LoanTerms {
  /** Principal, in the loan's unit (USD or BTC). */
  principalInLoanUnit: number;
  /** Interest rate per year as a fraction: 0.12 = 12 % a year (monthly rate 1 %). */
  ratePerYear: number;
  /** Term in whole months, ≥ 1. */
  termMonths: number;
  kind: RepaymentKind;
}

function check(t: LoanTerms): void {
  requireNonNegative('principalInLoanUnit', t.principalInLoanUnit);
  requireNonNegative('ratePerYear', t.ratePerYear);
  if (!Number.isInteger(t.termMonths) || t.termMonths < 1 || t.termMonths > 600) throw new ModelInputError('termMonths', t.termMonths, 'a whole number of months from 1 to 600');
  if (t.kind !== 'amortizing' && t.kind !== 'interest-only') throw new ModelInputError('kind', t.kind, '"amortizing" or "interest-only"');
}

/**
 * The level monthly payment of an amortizing loan: P·r / (1 − (1 + r)^−n), or P / n at a zero rate.
 *
 * Worked example: $5,000,000 at 12 % a year (r = 1 % a month) over 24 months:
 * 5,000,000 × 0.01 / (1 − 1.01^−24) = 50,000 / 0.212434 = $235,367 a month.
 *
 * @example
 * levelPaymentInLoanUnit({ principalInLoanUnit: 5_000_000, ratePerYear: 0.12, termMonths: 24 }) // ≈ 235,367.36
 * levelPaymentInLoanUnit({ principalInLoanUnit: 1_200, ratePerYear: 0, termMonths: 12 }) // 100
 */
export function levelPaymentInLoanUnit({ principalInLoanUnit, ratePerYear, termMonths }: Omit<LoanTerms, 'kind'>): number {
  check({ principalInLoanUnit, ratePerYear, termMonths, kind: 'amortizing' });
  return principalInLoanUnit / annuityFactor(ratePerYear / 12, termMonths);
}

/**
 * The present value of 1 a month for `months` months at the monthly rate r: (1 − (1 + r)^−months) ÷ r,
 * or `months` at r = 0. Computed as −expm1(−months·log1p(r)) ÷ r: the naive 1 − (1 + r)^−months
 * cancels at small rates (it is 0 below r ≈ 1.1e-16, and off by 1e-4 relative at r ≈ 1e-13).
 */
function annuityFactor(r: number, months: number): number {
  return r === 0 ? months : -Math.expm1(-months * Math.log1p(r)) / r;
}

/**
 * The balance still owed after `paymentsMade` level payments of an amortizing loan, in closed form:
 * B_k = P(1 + r)^k − A·((1 + r)^k − 1) / r (A the level payment; P − k·A at a zero rate), which is
 * the present value of the n − k payments still due, A·(1 − (1 + r)^−(n−k)) / r: computed that way.
 *
 * @example
 * amortizingBalanceInLoanUnit({ principalInLoanUnit: 5_000_000, ratePerYear: 0.12, termMonths: 24, paymentsMade: 12 }) // ≈ 2,649,078 (12 payments left)
 * amortizingBalanceInLoanUnit({ principalInLoanUnit: 5_000_000, ratePerYear: 0.12, termMonths: 24, paymentsMade: 24 }) // 0
 */
export function amortizingBalanceInLoanUnit({ principalInLoanUnit, ratePerYear, termMonths, paymentsMade }: Omit<LoanTerms, 'kind'> & { paymentsMade: number }): number {
  const a = levelPaymentInLoanUnit({ principalInLoanUnit, ratePerYear, termMonths });
  if (!Number.isInteger(paymentsMade) || paymentsMade < 0 || paymentsMade > termMonths) throw new ModelInputError('paymentsMade', paymentsMade, `a whole number from 0 to termMonths (${termMonths})`);
  if (paymentsMade === termMonths) return 0;
  // Equal to the closed form above; as the present value of the payments left it does not cancel.
  return a * annuityFactor(ratePerYear / 12, termMonths - paymentsMade);
}

export interface LoanSchedule {
  /** Payment due in month m (0 = the first month after drawing the loan), loan unit. */
  payment: Float64Array;
  /** The interest part of that payment. */
  interest: Float64Array;
  /** Balance owed at the start of month m (before its payment); balance[term] = 0. Length term + 1. */
  balance: Float64Array;
}

/**
 * The loan's schedule: the payment, its interest and the balance at the start of every month.
 * Interest accrues on the balance at the start of the month and is paid at its end.
 *
 * @example
 * const s = loanSchedule({ principalInLoanUnit: 1_000, ratePerYear: 0.12, termMonths: 3, kind: 'interest-only' });
 * [...s.payment] // [10, 10, 1010]
 * [...s.balance] // [1000, 1000, 1000, 0]
 */
export function loanSchedule(terms: LoanTerms): LoanSchedule {
  check(terms);
  const n = terms.termMonths;
  const r = terms.ratePerYear / 12;
  const payment = new Float64Array(n);
  const interest = new Float64Array(n);
  const balance = new Float64Array(n + 1);
  balance[0] = terms.principalInLoanUnit;
  const level = terms.kind === 'amortizing' ? levelPaymentInLoanUnit(terms) : 0;
  for (let m = 0; m < n; m++) {
    const owed = balance[m]!;
    interest[m] = owed * r;
    const last = m === n - 1;
    // The last payment clears whatever rounding left, so the balance ends at exactly 0.
    payment[m] = last ? owed + interest[m]! : terms.kind === 'amortizing' ? level : interest[m]!;
    balance[m + 1] = last ? 0 : Math.max(0, owed + interest[m]! - payment[m]!);
  }
  return { payment, interest, balance };
}

/**
 * The payment of a loan whose payment scales with hashprice (the 2022 report's proposal): the
 * scheduled payment × hashprice ÷ the reference hashprice (today's), bounded to [floor, cap] × the
 * scheduled payment. With floor = cap = 1 it is the fixed schedule.
 *
 * @example
 * linkedPaymentInLoanUnit({ scheduledInLoanUnit: 100, hashpriceRatio: 0.5, floorFraction: 0.6, capFraction: 1.5 }) // 60 (the floor)
 * linkedPaymentInLoanUnit({ scheduledInLoanUnit: 100, hashpriceRatio: 1.2, floorFraction: 0.6, capFraction: 1.5 }) // 120
 */
export function linkedPaymentInLoanUnit({ scheduledInLoanUnit, hashpriceRatio, floorFraction, capFraction }: { scheduledInLoanUnit: number; hashpriceRatio: number; floorFraction: number; capFraction: number }): number {
  requireNonNegative('scheduledInLoanUnit', scheduledInLoanUnit);
  requireNonNegative('hashpriceRatio', hashpriceRatio);
  requirePositive('capFraction', capFraction);
  if (!(floorFraction >= 0 && floorFraction <= capFraction)) throw new ModelInputError('floorFraction', floorFraction, `from 0 to capFraction (${capFraction})`);
  return scheduledInLoanUnit * Math.min(capFraction, Math.max(floorFraction, hashpriceRatio));
}
