import { describe, expect, it } from 'vitest';
import { amortizingBalanceInLoanUnit, levelPaymentInLoanUnit, linkedPaymentInLoanUnit, loanSchedule, type LoanTerms } from '../../src/model/loan.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notNonNegative, notPositive } from '../helpers/modelErrors.ts';

// Closed forms, written out by hand (r = annual rate ÷ 12, n the term in months, A the level payment):
//   A   = P·r / (1 − (1 + r)^−n), or P / n at r = 0;
//   B_k = P(1 + r)^k − A·((1 + r)^k − 1) / r  (balance after k payments)
//       = A·(1 − (1 + r)^−(n−k)) / r          (the present value of the n − k payments still due).
// The $5 M, 12 %, 24-month loan: r = 0.01, 1.01^24 = 1.2697346, 1 − 1/1.2697346 = 0.2124339,
// A = 50,000 / 0.2124339 = $235,367.36; after 12 payments B = A × (1 − 1.01^−12) / 0.01 = A × 11.255077 = $2,649,077.88.

const fiveMillion: LoanTerms = { principalInLoanUnit: 5_000_000, ratePerYear: 0.12, termMonths: 24, kind: 'amortizing' };
const levelByHand = (p: number, r: number, n: number): number => (r === 0 ? p / n : (p * r) / (1 - (1 + r) ** -n));
const balanceByHand = (p: number, r: number, n: number, k: number): number => {
  const a = levelByHand(p, r, n);
  return r === 0 ? p - k * a : p * (1 + r) ** k - (a * ((1 + r) ** k - 1)) / r;
};
const presentValueOfRemaining = (a: number, r: number, remaining: number): number => (r === 0 ? a * remaining : (a * (1 - (1 + r) ** -remaining)) / r);
const sum = (xs: ArrayLike<number>): number => Array.from(xs).reduce((s, x) => s + x, 0);

describe('levelPaymentInLoanUnit: the level payment against P·r / (1 − (1 + r)^−n)', () => {
  it.each([
    // 5,000,000 × 0.01 / (1 − 1.01^−24) = 50,000 / 0.2124339 ≈ 235,367.3611
    { note: '$5 M at 12 % over 24 months pays $235,367.36 a month', p: 5_000_000, rate: 0.12, n: 24, literal: 235_367.361_116 },
    // 1,200 / 12 = 100
    { note: '$1,200 at 0 % over 12 months pays $100 a month (P / n)', p: 1_200, rate: 0, n: 12, literal: 100 },
    // one month: 1,000 × 0.01 / (1 − 1/1.01) = 1,000 × 1.01 = 1,010
    { note: '$1,000 at 12 % over 1 month pays $1,010 (principal plus one month of interest)', p: 1_000, rate: 0.12, n: 1, literal: 1_010 },
    // the textbook mortgage: 100,000 × 0.005 / (1 − 1.005^−360) = 500 / 0.8339792 ≈ 599.5505
    { note: '$100,000 at 6 % over 360 months pays $599.55 a month', p: 100_000, rate: 0.06, n: 360, literal: 599.550_525 },
    // 10 BTC at 3 %: r = 0.0025, 1.0025^36 = 1.0940514, 10 × 0.0025 / (1 − 1/1.0940514) = 0.025 / 0.0859659 ≈ 0.2908121 BTC
    { note: '10 BTC at 3 % over 36 months pays 0.290812 BTC a month', p: 10, rate: 0.03, n: 36, literal: 0.290_812_1 },
    { note: 'a zero principal pays 0', p: 0, rate: 0.12, n: 24, literal: 0 },
  ])('levelPaymentInLoanUnit: $note', ({ p, rate, n, literal }) => {
    const a = levelPaymentInLoanUnit({ principalInLoanUnit: p, ratePerYear: rate, termMonths: n });
    expectClose(a, levelByHand(p, rate / 12, n), 1e-12);
    expectClose(a, literal, 1e-7, 1e-12);
  });

  it('levelPaymentInLoanUnit: a rate of 1e-8 a year pays a hair above P / n, not below it', () => {
    // A = P·r / (1 − (1 + r)^−n) ≈ (P / n)·(1 + r(n + 1)/2) for small r: 1,200 / 12 × (1 + (1e-8 / 12) × 13 / 2) = 100 + 5.4167e-7.
    // Computing 1 − (1 + r)^−n in floating point loses about r / 2^−52 of r's digits, which puts a naive result below 100.
    const a = levelPaymentInLoanUnit({ principalInLoanUnit: 1_200, ratePerYear: 1e-8, termMonths: 12 });
    expect(a).toBeGreaterThan(100);
    expectClose(a, 100 * (1 + ((1e-8 / 12) * 13) / 2), 1e-12);
  });

  it.each([1e-15, 1e-13, 1e-10])('levelPaymentInLoanUnit: a rate of %s a year pays P / n to 1e-9, finite', (rate) => {
    // P / n × (1 + r(n + 1)/2) with r ≤ 1e-10 / 12: within 1e-10 of P / n = 100.
    expectClose(levelPaymentInLoanUnit({ principalInLoanUnit: 1_200, ratePerYear: rate, termMonths: 12 }), 100, 1e-9);
  });
});

describe('amortizingBalanceInLoanUnit: the balance after k payments', () => {
  it('amortizingBalanceInLoanUnit: $5 M at 12 % over 24 months owes $2,649,077.88 after 12 payments', () => {
    // 235,367.3611 × (1 − 1.01^−12) / 0.01 = 235,367.3611 × 11.2550775 ≈ 2,649,077.884
    expectClose(amortizingBalanceInLoanUnit({ ...fiveMillion, paymentsMade: 12 }), 2_649_077.884, 1e-9);
  });

  it('amortizingBalanceInLoanUnit: every k from 0 to 24 equals both closed forms (P(1+r)^k − A((1+r)^k − 1)/r and the PV of the n − k payments left)', () => {
    const a = levelByHand(5e6, 0.01, 24);
    for (let k = 0; k <= 24; k++) {
      const b = amortizingBalanceInLoanUnit({ ...fiveMillion, paymentsMade: k });
      // The difference form cancels to ~1e-10 × P near the end, so compare on the principal's scale there.
      expectClose(b, balanceByHand(5e6, 0.01, 24, k), 1e-10, 1e-9 * 5e6);
      expectClose(b, presentValueOfRemaining(a, 0.01, 24 - k), 1e-10, 1e-6);
    }
  });

  it.each([
    { k: 0, expected: 5e6 },
    { k: 24, expected: 0 },
  ])('amortizingBalanceInLoanUnit: after $k payments the $5 M loan owes $expected', ({ k, expected }) => {
    expectClose(amortizingBalanceInLoanUnit({ ...fiveMillion, paymentsMade: k }), expected, 1e-12);
  });

  it.each([0, 1, 5, 11, 12])('amortizingBalanceInLoanUnit: $1,200 at 0 %% over 12 months owes 1,200 − 100 × %i', (k) => {
    expectClose(amortizingBalanceInLoanUnit({ principalInLoanUnit: 1_200, ratePerYear: 0, termMonths: 12, paymentsMade: k }), 1_200 - 100 * k, 1e-12, 1e-12);
  });

  it('amortizingBalanceInLoanUnit: 599.55 a month over 360 months owes $99,900.45 after one payment (100,000 × 1.005 − 599.5505)', () => {
    // B_1 = P(1 + r) − A = 100,500 − 599.550525 = 99,900.449475
    expectClose(amortizingBalanceInLoanUnit({ principalInLoanUnit: 100_000, ratePerYear: 0.06, termMonths: 360, paymentsMade: 1 }), 100_500 - levelByHand(1e5, 0.005, 360), 1e-12);
  });

  it.each([-1, 12.5, 25, Number.NaN])('amortizingBalanceInLoanUnit: paymentsMade %s throws ModelInputError naming it', (k) => {
    expectModelInputError(() => amortizingBalanceInLoanUnit({ ...fiveMillion, paymentsMade: k }), 'paymentsMade', k);
  });
});

describe('loanSchedule: amortizing', () => {
  const s = loanSchedule(fiveMillion);
  const a = levelByHand(5e6, 0.01, 24);

  it('loanSchedule: arrays are 24, 24 and 25 long', () => {
    expect([s.payment.length, s.interest.length, s.balance.length]).toEqual([24, 24, 25]);
  });

  it('loanSchedule: the balance matches P(1+r)^m − A((1+r)^m − 1)/r every month and ends at exactly 0', () => {
    for (let m = 0; m < 24; m++) expectClose(s.balance[m]!, balanceByHand(5e6, 0.01, 24, m), 1e-10, 1e-9 * 5e6);
    expect(s.balance[24]).toBe(0);
  });

  it('loanSchedule: every payment is the level $235,367.36, the last to 1e-9 (it clears what rounding left)', () => {
    for (let m = 0; m < 23; m++) expect(s.payment[m]).toBe(levelPaymentInLoanUnit(fiveMillion));
    for (let m = 0; m < 24; m++) expectClose(s.payment[m]!, a, 1e-9);
  });

  it('loanSchedule: interest is 1 % of the opening balance, $50,000 in month 0', () => {
    expectClose(s.interest[0]!, 50_000, 1e-12);
    for (let m = 0; m < 24; m++) expectClose(s.interest[m]!, s.balance[m]! * 0.01, 1e-12);
  });

  it('loanSchedule: payment − interest is the principal repaid, balance[m] − balance[m+1]', () => {
    for (let m = 0; m < 24; m++) expectClose(s.payment[m]! - s.interest[m]!, s.balance[m]! - s.balance[m + 1]!, 1e-9);
  });

  it('loanSchedule: the payments sum to principal + interest (24 × 235,367.36 = 5,648,816.67)', () => {
    expectClose(sum(s.payment), 5e6 + sum(s.interest), 1e-12);
    expectClose(sum(s.payment), 24 * a, 1e-12);
  });

  it('loanSchedule: $1,200 at 0 % over 12 months pays 100 a month with no interest, balance 1,200 − 100m', () => {
    const z = loanSchedule({ principalInLoanUnit: 1_200, ratePerYear: 0, termMonths: 12, kind: 'amortizing' });
    expect([...z.payment]).toEqual(Array(12).fill(100));
    expect([...z.interest]).toEqual(Array(12).fill(0));
    expect([...z.balance]).toEqual(Array.from({ length: 13 }, (_, m) => 1_200 - 100 * m));
  });
});

describe('loanSchedule: interest-only', () => {
  it('loanSchedule: $1,000 at 12 % over 3 months pays 10, 10 and a 1,010 balloon', () => {
    const s = loanSchedule({ principalInLoanUnit: 1_000, ratePerYear: 0.12, termMonths: 3, kind: 'interest-only' });
    expect([...s.payment]).toEqual([10, 10, 1_010]);
    expect([...s.interest]).toEqual([10, 10, 10]);
    expect([...s.balance]).toEqual([1_000, 1_000, 1_000, 0]);
  });

  it('loanSchedule: $5 M interest-only at 12 % over 24 months pays $50,000 for 23 months, then $5.05 M', () => {
    const s = loanSchedule({ ...fiveMillion, kind: 'interest-only' });
    for (let m = 0; m < 23; m++) {
      expect(s.payment[m]).toBe(50_000);
      expect(s.balance[m + 1]).toBe(5e6);
    }
    expect(s.payment[23]).toBe(5_050_000);
    expect(s.balance[24]).toBe(0);
    // 24 × 50,000 of interest + the principal
    expectClose(sum(s.payment), 5e6 + 24 * 50_000, 1e-12);
  });
});

describe('loan terms: bad input throws ModelInputError naming the value', () => {
  const bad: { note: string; terms: Partial<LoanTerms>; input: string; value: number }[] = [
    ...[0, 12.5, -1, 601, ...nonFinite].map((v) => ({ note: `termMonths ${v}`, terms: { termMonths: v }, input: 'termMonths', value: v })),
    ...notNonNegative.map((v) => ({ note: `principalInLoanUnit ${v}`, terms: { principalInLoanUnit: v }, input: 'principalInLoanUnit', value: v })),
    ...notNonNegative.map((v) => ({ note: `ratePerYear ${v}`, terms: { ratePerYear: v }, input: 'ratePerYear', value: v })),
  ];
  it.each(bad)('levelPaymentInLoanUnit and loanSchedule: $note throws', ({ terms, input, value }) => {
    const { kind: _kind, ...rest } = { ...fiveMillion, ...terms };
    expectModelInputError(() => levelPaymentInLoanUnit(rest), input, value);
    expectModelInputError(() => loanSchedule({ ...fiveMillion, ...terms }), input, value);
    expectModelInputError(() => amortizingBalanceInLoanUnit({ ...rest, paymentsMade: 0 }), input, value);
  });

  it.each(['balloon', '', 'Amortizing'])('loanSchedule: kind "%s" throws ModelInputError naming it', (kind) => {
    expectModelInputError(() => loanSchedule({ ...fiveMillion, kind: kind as LoanTerms['kind'] }), 'kind', kind as unknown as number);
  });
});

describe('linkedPaymentInLoanUnit: scheduled × clamp(hashprice ratio, floor, cap)', () => {
  it.each([
    { note: 'half the reference hashprice pays the 60 % floor', ratio: 0.5, floor: 0.6, cap: 1.5, expected: 60 },
    { note: '1.2 × the reference pays 120', ratio: 1.2, floor: 0.6, cap: 1.5, expected: 120 },
    { note: '2 × the reference pays the 150 % cap', ratio: 2, floor: 0.6, cap: 1.5, expected: 150 },
    { note: 'the reference pays the schedule', ratio: 1, floor: 0.6, cap: 1.5, expected: 100 },
    { note: 'a zero hashprice with no floor pays 0', ratio: 0, floor: 0, cap: 1.5, expected: 0 },
    { note: 'floor = cap = 1 pays the schedule at a ratio of 0.1', ratio: 0.1, floor: 1, cap: 1, expected: 100 },
    { note: 'floor = cap = 1 pays the schedule at a ratio of 7', ratio: 7, floor: 1, cap: 1, expected: 100 },
  ])('linkedPaymentInLoanUnit: $note (scheduled 100)', ({ ratio, floor, cap, expected }) => {
    expectClose(linkedPaymentInLoanUnit({ scheduledInLoanUnit: 100, hashpriceRatio: ratio, floorFraction: floor, capFraction: cap }), expected, 1e-12);
  });

  const base = { scheduledInLoanUnit: 100, hashpriceRatio: 1, floorFraction: 0.6, capFraction: 1.5 };
  it.each([
    ...notNonNegative.map((v) => ({ args: { scheduledInLoanUnit: v }, input: 'scheduledInLoanUnit', value: v })),
    ...notNonNegative.map((v) => ({ args: { hashpriceRatio: v }, input: 'hashpriceRatio', value: v })),
    ...notPositive.map((v) => ({ args: { capFraction: v, floorFraction: 0 }, input: 'capFraction', value: v })),
    ...[-0.1, 1.6, Number.NaN].map((v) => ({ args: { floorFraction: v }, input: 'floorFraction', value: v })),
  ])('linkedPaymentInLoanUnit: $input $value throws ModelInputError naming it', ({ args, input, value }) => {
    expectModelInputError(() => linkedPaymentInLoanUnit({ ...base, ...args }), input, value);
  });
});
