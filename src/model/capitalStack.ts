// The same amount raised three ways, through one bear market, month by month:
//   an ASIC-backed loan — level payments; the machines, marked at their payback value, secure it;
//     when the loan-to-value passes the margin-call level the lender takes the machines;
//   a zero-coupon convertible — no interest; at maturity it converts into shares if the share price
//     is at or above the conversion price, and is otherwise due in cash: repaid if the miner has it,
//     else refinanced by selling new shares at that day's price if the company is worth enough,
//     else in default;
//   secured notes on a data centre — a cash coupon every month and the principal at maturity,
//     secured by a site whose value does not follow hashprice.
// Each ends in an outcome: repaid, converted, seized, or in default (cash due that the miner lacks).
import { requireFraction, requireNonNegative, requirePositive } from './errors.ts';
import { levelPaymentInLoanUnit } from './loan.ts';

export type Outcome = 'repaid' | 'converted' | 'refinanced' | 'seized' | 'default' | 'outstanding';

export interface AsicLoanInputs {
  principalUsd: number;
  ratePerYear: number;
  termMonths: number;
  /** The machines' value each month (payback value), USD. */
  collateralUsdByMonth: readonly number[];
  /** The LTV at which the lender calls, as a fraction (0.9 = 90 %). */
  callLtv: number;
}

export interface InstrumentResult {
  outcome: Outcome;
  /** Month of the outcome (seizure, conversion, default, final payment), or null if none within the path. */
  month: number | null;
  /** Interest paid in cash, USD. */
  cashInterestUsd: number;
  /** Machines (or site) taken by the lender, at their value then, USD. */
  seizedUsd: number;
  /** Shareholders' dilution: new shares ÷ all shares after conversion (0 without one). */
  dilution: number;
}

/** The level monthly payment of a dollar loan: loan.ts's `levelPaymentInLoanUnit`, P·r ÷ (1 − (1 + r)^−n). */
export function levelPaymentUsd(principalUsd: number, ratePerYear: number, termMonths: number): number {
  return levelPaymentInLoanUnit({ principalInLoanUnit: principalUsd, ratePerYear, termMonths });
}

/**
 * An ASIC-backed loan along a collateral path: seized in the first month its LTV (balance after the
 * month's payment ÷ collateral) exceeds the call level, else repaid at the end of the term.
 *
 * @example
 * // $1 M at 12 % over 12 months, machines worth $2 M then $0.5 M, call at 90 %:
 * asicLoanPath({ principalUsd: 1e6, ratePerYear: 0.12, termMonths: 12, collateralUsdByMonth: [2e6, 5e5], callLtv: 0.9 })
 * // month 1: balance ≈ $839,000 ÷ $500,000 > 90 % → seized at $500,000, after two payments' interest
 */
export function asicLoanPath(i: AsicLoanInputs): InstrumentResult {
  requirePositive('principalUsd', i.principalUsd);
  requireNonNegative('ratePerYear', i.ratePerYear);
  requirePositive('termMonths', i.termMonths);
  requirePositive('callLtv', i.callLtv);
  const payment = levelPaymentUsd(i.principalUsd, i.ratePerYear, i.termMonths);
  let balance = i.principalUsd;
  let interestPaid = 0;
  const n = Math.min(i.termMonths, i.collateralUsdByMonth.length);
  for (let m = 0; m < n; m++) {
    const interest = (balance * i.ratePerYear) / 12;
    interestPaid += interest;
    balance = Math.max(0, balance + interest - payment);
    const collateral = requireNonNegative(`collateralUsdByMonth[${m}]`, i.collateralUsdByMonth[m]!);
    const ltv = collateral > 0 ? balance / collateral : balance > 0 ? Number.POSITIVE_INFINITY : 0;
    if (balance > 0 && ltv > i.callLtv) return { outcome: 'seized', month: m, cashInterestUsd: interestPaid, seizedUsd: collateral, dilution: 0 };
  }
  return n >= i.termMonths ? { outcome: 'repaid', month: i.termMonths - 1, cashInterestUsd: interestPaid, seizedUsd: 0, dilution: 0 } : { outcome: 'outstanding', month: null, cashInterestUsd: interestPaid, seizedUsd: 0, dilution: 0 };
}

export interface ConvertibleInputs {
  principalUsd: number;
  /** Share price at which the notes convert, USD. */
  conversionPriceUsd: number;
  maturityMonths: number;
  sharePriceUsdByMonth: readonly number[];
  sharesOutstanding: number;
  /** Cash the miner has at maturity to repay with, USD. */
  cashAtMaturityUsd: number;
}

/**
 * A zero-coupon convertible: at maturity it converts if the share price is at least the conversion
 * price (principal ÷ conversion price new shares); otherwise it is repaid if the cash covers it,
 * refinanced if the shortfall can be raised by selling new shares at the maturity price (the
 * company's market value at least covers it: shortfall ÷ price new shares), or it defaults.
 *
 * @example
 * // $100 M converting at $20 into a company of 50 M shares, the shares at exactly $20 at maturity:
 * convertiblePath({ principalUsd: 1e8, conversionPriceUsd: 20, maturityMonths: 12, sharePriceUsdByMonth: Array(12).fill(20), sharesOutstanding: 5e7, cashAtMaturityUsd: 0 })
 * // converts: 5 M new shares, dilution 5 ÷ 55 ≈ 9.1 %
 */
export function convertiblePath(i: ConvertibleInputs): InstrumentResult {
  requirePositive('principalUsd', i.principalUsd);
  requirePositive('conversionPriceUsd', i.conversionPriceUsd);
  requirePositive('maturityMonths', i.maturityMonths);
  requirePositive('sharesOutstanding', i.sharesOutstanding);
  requireNonNegative('cashAtMaturityUsd', i.cashAtMaturityUsd);
  const m = Math.round(i.maturityMonths) - 1;
  if (m >= i.sharePriceUsdByMonth.length) return { outcome: 'outstanding', month: null, cashInterestUsd: 0, seizedUsd: 0, dilution: 0 };
  const share = requireNonNegative(`sharePriceUsdByMonth[${m}]`, i.sharePriceUsdByMonth[m]!);
  if (share >= i.conversionPriceUsd) {
    const newShares = i.principalUsd / i.conversionPriceUsd;
    return { outcome: 'converted', month: m, cashInterestUsd: 0, seizedUsd: 0, dilution: newShares / (i.sharesOutstanding + newShares) };
  }
  if (i.cashAtMaturityUsd >= i.principalUsd) return { outcome: 'repaid', month: m, cashInterestUsd: 0, seizedUsd: 0, dilution: 0 };
  // Refinanced in the equity market: the shortfall sold as new shares at the maturity price, if the
  // company is worth at least that much (a deeply fallen share cannot raise its own value again).
  const shortfall = i.principalUsd - i.cashAtMaturityUsd;
  if (share > 0 && share * i.sharesOutstanding >= shortfall) {
    const newShares = shortfall / share;
    return { outcome: 'refinanced', month: m, cashInterestUsd: 0, seizedUsd: 0, dilution: newShares / (i.sharesOutstanding + newShares) };
  }
  return { outcome: 'default', month: m, cashInterestUsd: 0, seizedUsd: 0, dilution: 0 };
}

export interface SecuredNotesInputs {
  principalUsd: number;
  couponPerYear: number;
  maturityMonths: number;
  /** Cash the miner has each month before the coupon, USD (the coupon is paid from it). */
  cashUsdByMonth: readonly number[];
  /** The site's value as collateral, USD. */
  collateralUsd: number;
}

/**
 * Secured notes: a coupon of principal × rate ÷ 12 each month; a month whose cash cannot pay it, or
 * a maturity whose cash cannot repay the principal, is a default, and the lender takes the site
 * (worth `collateralUsd`, up to what is owed).
 *
 * @example
 * securedNotesPath({ principalUsd: 1e6, couponPerYear: 0.12, maturityMonths: 2, cashUsdByMonth: [5e6, 5e6], collateralUsd: 2e6 })
 * // repaid in month 1 after 2 × $10,000 of coupons
 */
export function securedNotesPath(i: SecuredNotesInputs): InstrumentResult {
  requirePositive('principalUsd', i.principalUsd);
  requireFraction('couponPerYear', i.couponPerYear);
  requirePositive('maturityMonths', i.maturityMonths);
  requireNonNegative('collateralUsd', i.collateralUsd);
  const coupon = (i.principalUsd * i.couponPerYear) / 12;
  const n = Math.round(i.maturityMonths);
  let paid = 0;
  let spent = 0;
  for (let m = 0; m < Math.min(n, i.cashUsdByMonth.length); m++) {
    const cash = (i.cashUsdByMonth[m] ?? 0) - spent;
    const due = coupon + (m === n - 1 ? i.principalUsd : 0);
    if (cash < due) return { outcome: 'default', month: m, cashInterestUsd: paid, seizedUsd: Math.min(i.collateralUsd, i.principalUsd), dilution: 0 };
    paid += coupon;
    spent += due;
  }
  return n <= i.cashUsdByMonth.length ? { outcome: 'repaid', month: n - 1, cashInterestUsd: paid, seizedUsd: 0, dilution: 0 } : { outcome: 'outstanding', month: null, cashInterestUsd: paid, seizedUsd: 0, dilution: 0 };
}

/**
 * A share price that follows bitcoin with a beta: share₀ × (price ÷ price₀)^β.
 *
 * @example
 * sharePriceUsdByMonth([100, 50], 10, 1.5) // [10, 10 × 0.5^1.5 ≈ 3.54]
 */
export function sharePriceUsdByMonth(priceUsdPerBtcByMonth: readonly number[], sharePriceTodayUsd: number, beta: number): number[] {
  requirePositive('sharePriceTodayUsd', sharePriceTodayUsd);
  requireNonNegative('beta', beta);
  const p0 = requirePositive('priceUsdPerBtcByMonth[0]', priceUsdPerBtcByMonth[0] ?? Number.NaN);
  return priceUsdPerBtcByMonth.map((p) => sharePriceTodayUsd * (p / p0) ** beta);
}
