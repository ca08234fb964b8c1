import { daysPerMonth, kwhPerWattDay } from './constants.ts';
import { ModelInputError, requirePositive } from './errors.ts';
import { checkFleet, type Fleet } from './debtService.ts';
import { loanSchedule, type LoanTerms } from './loan.ts';

/**
 * A loan against a fleet, month by month along a path of hashprice and BTC price: the cash flow,
 * the payment (fixed or hashprice-linked), DSCR, the balance and LTV against the fleet's payback
 * value, re-marked every month. The engine of the debt-service, denomination and linked-payment
 * figures and, path by path, of the Monte Carlo stress test (src/model/stressTest.ts): one runner
 * is built per loan and `run` reuses its typed arrays, so a path allocates nothing.
 *
 * Conventions:
 * - Month m's hashprice and BTC price hold for the whole month; the payment is due at its end.
 * - A USD loan's payments are dollars. A BTC loan (`denomination: 'btc'`) borrows principal ÷
 *   today's price in BTC at a BTC rate; each payment costs its BTC × that month's price in dollars.
 * - Collateral = units × max(0, profit on power per day) × `paybackMonths` × 30.4375 days: the
 *   payback value of chapter 2 at that month's hashprice (a machine that loses money on power has
 *   no payback buyer, so it is worth 0, not less). After `lifeMonths` the machines are retired:
 *   they earn nothing, are worth nothing, and opex stops too.
 * - LTV = balance owed at the start of the month (in USD at the month's price) ÷ collateral;
 *   Infinity when the collateral is worth nothing and something is owed.
 * - Hashprice-linked payments: the scheduled payment × clamp(hashprice ÷ the reference hashprice,
 *   floor, cap), never more than what is owed; interest accrues on the balance, and the last
 *   payment clears what is left (with a floor below 1, that can be a balloon).
 */
export interface LoanOnFleet {
  fleet: Fleet;
  terms: LoanTerms;
  /** The loan's currency. A BTC loan's `terms.principalInLoanUnit` is in BTC. */
  denomination: 'usd' | 'btc';
  /** Months the machines keep running (their remaining life). */
  lifeMonths: number;
  /** Payback period the collateral is marked at, months. */
  paybackMonths: number;
  /** LTV above which the lender calls margin (a fraction: 0.9 = 90 %). */
  marginCallLtv: number;
  /** Hashprice-linked payments, or null for the fixed schedule. */
  linked: { floorFraction: number; capFraction: number; referenceHashpriceUsdPerPhDay: number } | null;
}

export interface LoanPathResult {
  cashFlowUsd: Float64Array;
  paymentUsd: Float64Array;
  /** Payment in the loan's unit. */
  paymentInLoanUnit: Float64Array;
  dscr: Float64Array;
  /** Balance owed at the start of the month, in the loan's unit. */
  balanceInLoanUnit: Float64Array;
  collateralUsd: Float64Array;
  ltv: Float64Array;
  /** First month whose DSCR is below 1, or −1. */
  firstBreachMonth: number;
  /** First month whose LTV is above the margin-call threshold, or −1. */
  marginCallMonth: number;
  minDscr: number;
  /** Payments made over the term, USD (at each month's price). */
  totalPaidUsd: number;
}

function check(l: LoanOnFleet): void {
  if (!Number.isInteger(l.lifeMonths) || l.lifeMonths < 1) throw new ModelInputError('lifeMonths', l.lifeMonths, 'a whole number of months ≥ 1');
  requirePositive('paybackMonths', l.paybackMonths);
  requirePositive('marginCallLtv', l.marginCallLtv);
  if (l.denomination !== 'usd' && l.denomination !== 'btc') throw new ModelInputError('denomination', l.denomination, '"usd" or "btc"');
  if (l.linked) {
    requirePositive('linked.referenceHashpriceUsdPerPhDay', l.linked.referenceHashpriceUsdPerPhDay);
    requirePositive('linked.capFraction', l.linked.capFraction);
    if (!(l.linked.floorFraction >= 0 && l.linked.floorFraction <= l.linked.capFraction)) throw new ModelInputError('linked.floorFraction', l.linked.floorFraction, `from 0 to the cap (${l.linked.capFraction})`);
  }
}

/**
 * Builds the runner for one loan on one fleet. `run(hashprice, price)` takes month-by-month
 * hashprice (USD per PH/s per day, gross of pool fee) and BTC price (USD), each at least the term
 * long, and fills the result's arrays (reused between runs: copy what you keep).
 *
 * Worked example (hand-checked in test/model/loanPath.test.ts): 1,000 S21 XP Hydros on $0.06 power,
 * opex $50,000 a month, a $5 M loan at 12 % over 24 months ($235,367 a month), a flat $34 hashprice:
 * cash flow $190,717 a month, DSCR 0.810 every month, so the first breach is month 0.
 *
 * @example
 * const runner = createLoanRunner({ fleet, terms: { principalInLoanUnit: 5e6, ratePerYear: 0.12, termMonths: 24, kind: 'amortizing' }, denomination: 'usd', lifeMonths: 36, paybackMonths: 18, marginCallLtv: 0.9, linked: null });
 * runner.run(new Float64Array(24).fill(34), new Float64Array(24).fill(76_176)).dscr[0] // ≈ 0.810
 */
export function createLoanRunner(loan: LoanOnFleet) {
  check(loan);
  const { fleet, terms } = loan;
  checkFleet(fleet);
  const n = terms.termMonths;
  const schedule = loanSchedule(terms);
  const r = terms.ratePerYear / 12;
  const units = fleet.units;
  const earnPerPh = (fleet.machine.terahashPerSecond / 1000) * fleet.uptimeFraction * (1 - fleet.poolFeeFraction);
  const powerPerDay = fleet.machine.watts * kwhPerWattDay * fleet.usdPerKwh * fleet.uptimeFraction;
  const curtail = fleet.mode === 'curtail';
  const btc = loan.denomination === 'btc';
  const markDays = loan.paybackMonths * daysPerMonth;
  const linked = loan.linked;
  const out: LoanPathResult = {
    cashFlowUsd: new Float64Array(n),
    paymentUsd: new Float64Array(n),
    paymentInLoanUnit: new Float64Array(n),
    dscr: new Float64Array(n),
    balanceInLoanUnit: new Float64Array(n + 1),
    collateralUsd: new Float64Array(n),
    ltv: new Float64Array(n),
    firstBreachMonth: -1,
    marginCallMonth: -1,
    minDscr: Infinity,
    totalPaidUsd: 0,
  };

  function run(hashpriceUsdPerPhDay: ArrayLike<number>, priceUsdPerBtc: ArrayLike<number>): LoanPathResult {
    if (hashpriceUsdPerPhDay.length < n || priceUsdPerBtc.length < n) throw new ModelInputError('path', `${Math.min(hashpriceUsdPerPhDay.length, priceUsdPerBtc.length)} months`, `at least the term (${n} months)`);
    let balance = terms.principalInLoanUnit;
    out.firstBreachMonth = -1;
    out.marginCallMonth = -1;
    out.minDscr = Infinity;
    out.totalPaidUsd = 0;
    for (let m = 0; m < n; m++) {
      const hp = hashpriceUsdPerPhDay[m]!;
      const price = priceUsdPerBtc[m]!;
      const alive = m < loan.lifeMonths;
      const profitPerDay = earnPerPh * hp - powerPerDay;
      const counted = curtail && profitPerDay < 0 ? 0 : profitPerDay;
      const cash = alive ? units * counted * daysPerMonth - fleet.opexUsdPerMonth : 0;
      const collateral = alive && profitPerDay > 0 ? units * profitPerDay * markDays : 0;
      out.balanceInLoanUnit[m] = balance;
      const interest = balance * r;
      let pay: number;
      if (m === n - 1) pay = balance + interest;
      else {
        const scheduled = schedule.payment[m]!;
        pay = linked ? scheduled * Math.min(linked.capFraction, Math.max(linked.floorFraction, hp / linked.referenceHashpriceUsdPerPhDay)) : scheduled;
        if (pay > balance + interest) pay = balance + interest;
      }
      balance = Math.max(0, balance + interest - pay);
      const payUsd = btc ? pay * price : pay;
      const owedUsd = btc ? out.balanceInLoanUnit[m]! * price : out.balanceInLoanUnit[m]!;
      const dscr = payUsd > 0 ? cash / payUsd : Infinity;
      const ltv = owedUsd <= 0 ? 0 : collateral > 0 ? owedUsd / collateral : Infinity;
      out.cashFlowUsd[m] = cash;
      out.paymentInLoanUnit[m] = pay;
      out.paymentUsd[m] = payUsd;
      out.dscr[m] = dscr;
      out.collateralUsd[m] = collateral;
      out.ltv[m] = ltv;
      out.totalPaidUsd += payUsd;
      if (dscr < out.minDscr) out.minDscr = dscr;
      if (out.firstBreachMonth < 0 && dscr < 1) out.firstBreachMonth = m;
      if (out.marginCallMonth < 0 && ltv > loan.marginCallLtv) out.marginCallMonth = m;
    }
    out.balanceInLoanUnit[n] = balance;
    return out;
  }

  return { run, schedule };
}
