import { describe, expect, it } from 'vitest';
import type { Fleet } from '../../src/model/debtService.ts';
import { loanSchedule, type LoanTerms } from '../../src/model/loan.ts';
import { createLoanRunner, type LoanOnFleet } from '../../src/model/loanPath.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notNonNegative, notPositive } from '../helpers/modelErrors.ts';
import { hydroFleet } from '../helpers/fleets.ts';

// By hand (see debtService.test.ts): 1,000 S21 XP Hydros (473 TH/s, 5,676 W) on $0.06/kWh, opex $50,000 a month.
//   profit on power per machine per day at hashprice h ($/PH/day): 0.473·h − 8.17344 (5,676 × 0.024 × 0.06);
//   cash flow per month: 1,000 × that × 30.4375 − 50,000 (a losing machine counts 0 in curtail mode);
//   at $34: 1,000 × 7.90856 × 30.4375 − 50,000 = 190,716.795.
// Collateral at an 18-month payback: 1,000 × max(0, profit/day) × 18 × 30.4375 = 1,000 × profit × 547.875;
//   at $34: 7,908.56 × 547.875 = $4,332,902.31.
// Loans (r = 1 % a month): $5 M over 24 months pays A₅ = 50,000 / (1 − 1.01^−24) = 235,367.36;
//   $2 M pays A₂ = 20,000 / (1 − 1.01^−24) = 94,146.94. Balance after m payments: P(1.01)^m − A(1.01^m − 1)/0.01.

const fiveMillion: LoanTerms = { principalInLoanUnit: 5e6, ratePerYear: 0.12, termMonths: 24, kind: 'amortizing' };
const twoMillion: LoanTerms = { ...fiveMillion, principalInLoanUnit: 2e6 };
const loanOn = (overrides: Partial<LoanOnFleet> = {}): LoanOnFleet => ({
  fleet: hydroFleet,
  terms: fiveMillion,
  denomination: 'usd',
  lifeMonths: 36,
  paybackMonths: 18,
  marginCallLtv: 0.9,
  linked: null,
  ...overrides,
});

const level = (p: number, r: number, n: number): number => (p * r) / (1 - (1 + r) ** -n);
const balanceAfter = (p: number, a: number, r: number, m: number): number => p * (1 + r) ** m - (a * ((1 + r) ** m - 1)) / r;
const profitPerDay = (hp: number): number => 0.473 * hp - 5_676 * 0.024 * 0.06;
const collateralAt = (hp: number): number => 1_000 * Math.max(0, profitPerDay(hp)) * 18 * 30.437_5;
const A5 = level(5e6, 0.01, 24); // 235,367.36
const A2 = level(2e6, 0.01, 24); // 94,146.94
const flat = (v: number, n = 24): Float64Array => new Float64Array(n).fill(v);
const price0 = 76_176;

describe('createLoanRunner: the $5 M loan on a flat $34 hashprice', () => {
  const runner = createLoanRunner(loanOn());
  const r = runner.run(flat(34), flat(price0));

  it('run: cash flow is $190,716.80 every month and DSCR 190,716.80 / 235,367.36 = 0.8103, so the first breach is month 0', () => {
    for (let m = 0; m < 24; m++) {
      expectClose(r.cashFlowUsd[m]!, 190_716.795, 1e-12);
      expectClose(r.dscr[m]!, 190_716.795 / 235_367.361_116, 1e-9);
    }
    expect(r.firstBreachMonth).toBe(0);
    expectClose(r.minDscr, 0.810_294_15, 1e-8);
  });

  it('run: pays the level $235,367.36 and the balance follows P·1.01^m − A(1.01^m − 1)/0.01, ending at 0', () => {
    for (let m = 0; m < 24; m++) {
      expectClose(r.paymentUsd[m]!, A5, 1e-9);
      expect(r.paymentInLoanUnit[m]).toBe(r.paymentUsd[m]);
      expectClose(r.balanceInLoanUnit[m]!, balanceAfter(5e6, A5, 0.01, m), 1e-10, 1e-9 * 5e6);
    }
    expect(r.balanceInLoanUnit[24]).toBe(0);
    // 24 × 235,367.36 = $5,648,816.67
    expectClose(r.totalPaidUsd, 24 * A5, 1e-12);
  });

  it('run: LTV at month 0 = 5,000,000 / (1,000 × 7.90856 × 18 × 30.4375) = 1.1540 > 0.9: margin call in month 0', () => {
    expectClose(r.collateralUsd[0]!, 4_332_902.31, 1e-8);
    expectClose(r.ltv[0]!, 5e6 / (1_000 * 7.908_56 * 18 * 30.437_5), 1e-12);
    expectClose(r.ltv[0]!, 1.153_961, 1e-6);
    for (let m = 0; m < 24; m++) expectClose(r.ltv[m]!, balanceAfter(5e6, A5, 0.01, m) / collateralAt(34), 1e-10, 1e-9);
    expect(r.marginCallMonth).toBe(0);
  });

  it('createLoanRunner: its schedule is loanSchedule(terms)', () => {
    const s = loanSchedule(fiveMillion);
    expect(runner.schedule.payment).toEqual(s.payment);
    expect(runner.schedule.balance).toEqual(s.balance);
  });
});

describe('createLoanRunner: LTV and margin calls along a path', () => {
  it('run: a month where the machine loses money on power (hashprice $15 < the $17.28 power breakeven) has collateral 0 and LTV Infinity', () => {
    // $2 M: LTV at $34 is 2,000,000 / 4,332,902 = 0.46 (under 0.9) until month 5's $15, when the collateral is worth nothing.
    const hp = flat(34);
    hp[5] = 15;
    const r = createLoanRunner(loanOn({ terms: twoMillion })).run(hp, flat(price0));
    expectClose(r.ltv[0]!, 2e6 / collateralAt(34), 1e-12);
    expect(r.collateralUsd[5]).toBe(0);
    expect(r.ltv[5]).toBe(Infinity);
    expect(r.marginCallMonth).toBe(5);
    // Curtailed: the month pays only opex, DSCR = −50,000 / 94,146.94 = −0.531, the first breach.
    expect(r.cashFlowUsd[5]).toBe(-50_000);
    expectClose(r.dscr[5]!, -50_000 / A2, 1e-9);
    expect(r.firstBreachMonth).toBe(5);
    for (const m of [4, 6]) expectClose(r.ltv[m]!, balanceAfter(2e6, A2, 0.01, m) / collateralAt(34), 1e-10);
  });

  it('run: the margin-call month is the first with LTV > 0.9 — month 14 for $2 M interest-only on hashprice 34 − 0.6m', () => {
    // Interest-only, so the balance stays $2 M: LTV_m = 2,000,000 / (1,000 × (0.473 × (34 − 0.6m) − 8.17344) × 547.875).
    // m = 13: h = 26.2, profit 4.2192, LTV 0.8652; m = 14: h = 25.6, profit 3.9354, LTV 0.9276 > 0.9.
    const hp = Float64Array.from({ length: 24 }, (_, m) => 34 - 0.6 * m);
    const r = createLoanRunner(loanOn({ terms: { ...twoMillion, kind: 'interest-only' } })).run(hp, flat(price0));
    const ltvByHand = Array.from(hp, (h) => 2e6 / collateralAt(h));
    for (let m = 0; m < 24; m++) expectClose(r.ltv[m]!, ltvByHand[m]!, 1e-12);
    expectClose(r.ltv[13]!, 0.865_2, 1e-3);
    expectClose(r.ltv[14]!, 0.927_6, 1e-3);
    expect(r.marginCallMonth).toBe(14);
    expect(r.marginCallMonth).toBe(ltvByHand.findIndex((x) => x > 0.9));
  });

  it('run: at a threshold of 1.2 the same $5 M loan on flat $34 (LTV ≤ 1.154) never gets a margin call', () => {
    const r = createLoanRunner(loanOn({ marginCallLtv: 1.2 })).run(flat(34), flat(price0));
    expect(r.marginCallMonth).toBe(-1);
  });

  it('run: after lifeMonths (12) the fleet earns 0 — DSCR 0, a breach in month 12, collateral 0 and LTV Infinity', () => {
    // $2 M: DSCR 190,716.80 / 94,146.94 = 2.0257 while the machines run (no breach), then 0 / A₂ = 0.
    const r = createLoanRunner(loanOn({ terms: twoMillion, lifeMonths: 12 })).run(flat(34), flat(price0));
    for (let m = 0; m < 12; m++) expectClose(r.dscr[m]!, 190_716.795 / A2, 1e-9);
    expectClose(r.dscr[0]!, 2.025_735, 1e-6);
    for (let m = 12; m < 24; m++) {
      expect(r.cashFlowUsd[m]).toBe(0);
      expect(r.dscr[m]).toBe(0);
      expect(r.collateralUsd[m]).toBe(0);
      expect(r.ltv[m]).toBe(Infinity);
    }
    expect(r.firstBreachMonth).toBe(12);
    expect(r.marginCallMonth).toBe(12);
    expect(r.minDscr).toBe(0);
  });

  it('run: a zero principal pays nothing — DSCR Infinity, LTV 0, no breach, no margin call', () => {
    const r = createLoanRunner(loanOn({ terms: { ...fiveMillion, principalInLoanUnit: 0 } })).run(flat(34), flat(price0));
    expect([...r.paymentUsd]).toEqual(Array(24).fill(0));
    expect([...r.dscr]).toEqual(Array(24).fill(Infinity));
    expect([...r.ltv]).toEqual(Array(24).fill(0));
    expect([r.firstBreachMonth, r.marginCallMonth, r.minDscr, r.totalPaidUsd]).toEqual([-1, -1, Infinity, 0]);
  });
});

describe('createLoanRunner: modes, uptime and pool fee', () => {
  it('run: below the power breakeven ($15) curtail pays −$50,000 and run −$82,825.02 (1,000 × (7.095 − 8.17344) × 30.4375 − 50,000)', () => {
    const curtail = createLoanRunner(loanOn()).run(flat(15), flat(price0));
    const run = createLoanRunner(loanOn({ fleet: { ...hydroFleet, mode: 'run' } })).run(flat(15), flat(price0));
    expect(curtail.cashFlowUsd[0]).toBe(-50_000);
    expectClose(run.cashFlowUsd[0]!, 1_000 * (473 * 0.015 - 5_676 * 0.024 * 0.06) * 30.437_5 - 50_000, 1e-12);
    expectClose(run.cashFlowUsd[0]!, -82_825.017_5, 1e-9);
    // Losing machines are worth nothing as collateral in either mode.
    expect(run.collateralUsd[0]).toBe(0);
    expect(run.ltv[0]).toBe(Infinity);
  });

  it('run: 95 % uptime and a 2 % pool fee at $34: cash 1,000 × (473 × 0.034 × 0.95 × 0.98 − 8.17344 × 0.95) × 30.4375 − 50,000 = $169,380.53', () => {
    const fleet = { ...hydroFleet, uptimeFraction: 0.95, poolFeeFraction: 0.02 };
    const r = createLoanRunner(loanOn({ fleet })).run(flat(34), flat(price0));
    const perDay = 473 * 0.034 * 0.95 * 0.98 - 5_676 * 0.024 * 0.06 * 0.95;
    expectClose(r.cashFlowUsd[0]!, 1_000 * perDay * 30.437_5 - 50_000, 1e-12);
    expectClose(r.cashFlowUsd[0]!, 169_380.533_625, 1e-9);
    expectClose(r.collateralUsd[0]!, 1_000 * perDay * 18 * 30.437_5, 1e-12);
  });

  it('run: interest-only pays $50,000 a month (DSCR 3.814) and breaches on the $5.05 M balloon in month 23 (DSCR 0.0378)', () => {
    const r = createLoanRunner(loanOn({ terms: { ...fiveMillion, kind: 'interest-only' } })).run(flat(34), flat(price0));
    for (let m = 0; m < 23; m++) expectClose(r.dscr[m]!, 190_716.795 / 50_000, 1e-12);
    expectClose(r.paymentUsd[23]!, 5_050_000, 1e-12);
    expectClose(r.dscr[23]!, 190_716.795 / 5_050_000, 1e-12);
    expect(r.firstBreachMonth).toBe(23);
    expect(r.balanceInLoanUnit[24]).toBe(0);
  });

  it('run: a second run starts afresh (a breaching $15 path, then a covering $34 path on $2 M)', () => {
    const runner = createLoanRunner(loanOn({ terms: twoMillion }));
    const first = runner.run(flat(15), flat(price0));
    expect([first.firstBreachMonth, first.marginCallMonth]).toEqual([0, 0]);
    const second = runner.run(flat(34), flat(price0));
    expect([second.firstBreachMonth, second.marginCallMonth]).toEqual([-1, -1]);
    expectClose(second.minDscr, 190_716.795 / A2, 1e-9);
    expectClose(second.totalPaidUsd, 24 * A2, 1e-12);
  });

  it('run: a path longer than the term uses its first 24 months', () => {
    const r = createLoanRunner(loanOn()).run(flat(34, 60), flat(price0, 60));
    expect(r.dscr.length).toBe(24);
    expectClose(r.dscr[23]!, 190_716.795 / A5, 1e-9);
  });
});

describe('createLoanRunner: BTC denomination', () => {
  // 60 BTC at 4 % a year (r = 1/300) over 24 months: (1 + 1/300)^24 = 1.083143, A = 0.2 / (1 − 1/1.083143) = 0.2 / 0.0767606 = 2.60550 BTC a month.
  const r = 0.04 / 12;
  const btcTerms: LoanTerms = { principalInLoanUnit: 60, ratePerYear: 0.04, termMonths: 24, kind: 'amortizing' };
  const aBtc = level(60, r, 24);
  const rising = Float64Array.from({ length: 24 }, (_, m) => price0 * (1 + 0.02 * m));

  it('run: the payment in USD is the BTC payment × that month\'s price, and LTV marks the BTC balance at it', () => {
    expectClose(aBtc, 2.605_50, 1e-5);
    const out = createLoanRunner(loanOn({ terms: btcTerms, denomination: 'btc' })).run(flat(34), rising);
    for (let m = 0; m < 24; m++) {
      expectClose(out.paymentInLoanUnit[m]!, aBtc, 1e-9);
      expectClose(out.paymentUsd[m]!, out.paymentInLoanUnit[m]! * rising[m]!, 1e-15);
      expectClose(out.paymentUsd[m]!, aBtc * price0 * (1 + 0.02 * m), 1e-9);
      expectClose(out.balanceInLoanUnit[m]!, balanceAfter(60, aBtc, r, m), 1e-10, 1e-9 * 60);
      expectClose(out.dscr[m]!, 190_716.795 / (aBtc * rising[m]!), 1e-9);
      expectClose(out.ltv[m]!, (balanceAfter(60, aBtc, r, m) * rising[m]!) / collateralAt(34), 1e-10, 1e-9);
    }
    // month 0: 60 × 76,176 / 4,332,902.31 = 1.0548
    expectClose(out.ltv[0]!, (60 * 76_176) / 4_332_902.31, 1e-8);
    expect(out.balanceInLoanUnit[24]).toBe(0);
    expectClose(out.totalPaidUsd, aBtc * price0 * (24 + 0.02 * ((23 * 24) / 2)), 1e-9);
  });

  it('run: with free power and no opex, the BTC loan\'s DSCR is the same whatever the price when hashprice ∝ price; the USD loan\'s is not', () => {
    // Cash = 1,000 × 0.473 × h × 30.4375 with h = 34 × P/76,176; a BTC payment costs A × P, so
    // DSCR = 1,000 × 0.473 × 34 / 76,176 × 30.4375 / A = 6,425.87 / 2.60550 ≈ 2.4663 at any P.
    // The USD loan of 60 × 76,176 = $4,570,560 at 4 % pays 76,176 × A a month: its DSCR is 2.4663 × P / 76,176.
    const free: Fleet = { ...hydroFleet, usdPerKwh: 0, opexUsdPerMonth: 0 };
    const wavy = Float64Array.from({ length: 24 }, (_, m) => price0 * (1 + 0.6 * Math.sin(m)));
    const hpOf = (p: Float64Array): Float64Array => p.map((x) => (34 * x) / price0);
    const btcLoan = createLoanRunner(loanOn({ fleet: free, terms: btcTerms, denomination: 'btc' }));
    const usdLoan = createLoanRunner(loanOn({ fleet: free, terms: { ...btcTerms, principalInLoanUnit: 60 * price0 } }));
    const dscrFlat = Float64Array.from(btcLoan.run(hpOf(flat(price0)), flat(price0)).dscr);
    const dscrWavy = Float64Array.from(btcLoan.run(hpOf(wavy), wavy).dscr);
    const usdFlat = Float64Array.from(usdLoan.run(hpOf(flat(price0)), flat(price0)).dscr);
    const usdWavy = Float64Array.from(usdLoan.run(hpOf(wavy), wavy).dscr);
    const expected = (1_000 * 0.473 * (34 / price0) * 30.437_5) / aBtc;
    expectClose(expected, 2.466_3, 1e-4);
    for (let m = 0; m < 24; m++) {
      expectClose(dscrWavy[m]!, dscrFlat[m]!, 1e-12);
      expectClose(dscrWavy[m]!, expected, 1e-9);
      expectClose(usdFlat[m]!, expected, 1e-9);
      expectClose(usdWavy[m]!, (expected * wavy[m]!) / price0, 1e-9);
    }
    // The test would pass trivially on a flat path: the wavy one moves the price by up to ±60 %.
    expect(Math.max(...usdWavy) / Math.min(...usdWavy)).toBeGreaterThan(3);
  });
});

describe('createLoanRunner: hashprice-linked payments', () => {
  const reference = 34;
  const linked = (floorFraction: number, capFraction: number) => ({ floorFraction, capFraction, referenceHashpriceUsdPerPhDay: reference });
  const bumpy = Float64Array.from({ length: 24 }, (_, m) => 34 + 12 * Math.sin(m / 2));

  it('run: floor = cap = 1 is identical to the fixed schedule (payments, balances, DSCR)', () => {
    const fixed = createLoanRunner(loanOn()).run(bumpy, flat(price0));
    const payFixed = Float64Array.from(fixed.paymentInLoanUnit);
    const balFixed = Float64Array.from(fixed.balanceInLoanUnit);
    const dscrFixed = Float64Array.from(fixed.dscr);
    const r = createLoanRunner(loanOn({ linked: linked(1, 1) })).run(bumpy, flat(price0));
    expect(r.paymentInLoanUnit).toEqual(payFixed);
    expect(r.balanceInLoanUnit).toEqual(balFixed);
    expect(r.dscr).toEqual(dscrFixed);
    expect(r.paymentInLoanUnit).toEqual(loanSchedule(fiveMillion).payment);
  });

  it.each([
    { note: 'half the reference ($17) pays the 60 % floor', hp: 17, fraction: 0.6 },
    { note: '0.75 × the reference ($25.5) pays 75 %', hp: 25.5, fraction: 0.75 },
    { note: 'the reference ($34) pays the schedule', hp: 34, fraction: 1 },
  ])('run: $note of the scheduled payment, interest accrues, and the last payment clears the balance', ({ hp, fraction }) => {
    // Paying f·A a month: B_m = P·1.01^m − f·A(1.01^m − 1)/0.01; the last payment is B_23 × 1.01 (a balloon when f < 1).
    const r = createLoanRunner(loanOn({ linked: linked(0.6, 1.5) })).run(flat(hp), flat(price0));
    for (let m = 0; m < 23; m++) {
      expectClose(r.paymentInLoanUnit[m]!, fraction * A5, 1e-12);
      expectClose(r.balanceInLoanUnit[m]!, balanceAfter(5e6, fraction * A5, 0.01, m), 1e-10, 1e-9 * 5e6);
    }
    const b23 = balanceAfter(5e6, fraction * A5, 0.01, 23);
    expectClose(r.paymentInLoanUnit[23]!, b23 * 1.01, 1e-9);
    expect(r.balanceInLoanUnit[24]).toBe(0);
    // f = 0.6: B_23 = 5e6 × 1.257163 − 141,220.42 × 25.7163 = 6,285,816 − 3,631,668 = 2,654,148; the balloon is × 1.01 = 2,680,690.
    if (fraction === 0.6) expectClose(r.paymentInLoanUnit[23]!, 2_680_689.71, 1e-8);
  });

  it('run: twice the reference at a 150 % cap pays 1.5 × A until the loan is gone in month 15, then nothing (DSCR Infinity)', () => {
    // 1.5 × 235,367.36 = 353,051.04 a month; B_m = 5e6 × 1.01^m − 353,051.04 × (1.01^m − 1)/0.01 reaches
    // B_15 × 1.01 < 353,051 at m = 15 (n = −ln(1 − 50,000/353,051)/ln 1.01 = 15.35 payments).
    const r = createLoanRunner(loanOn({ linked: linked(0.6, 1.5) })).run(flat(68), flat(price0));
    const a = 1.5 * A5;
    for (let m = 0; m < 15; m++) expectClose(r.paymentInLoanUnit[m]!, a, 1e-12);
    const b15 = balanceAfter(5e6, a, 0.01, 15);
    expect(b15 * 1.01).toBeLessThan(a);
    expect(balanceAfter(5e6, a, 0.01, 14) * 1.01).toBeGreaterThan(a);
    expectClose(r.paymentInLoanUnit[15]!, b15 * 1.01, 1e-9);
    for (let m = 16; m < 24; m++) {
      expect(r.paymentInLoanUnit[m]).toBe(0);
      expect(r.balanceInLoanUnit[m]).toBe(0);
      expect(r.dscr[m]).toBe(Infinity);
      expect(r.ltv[m]).toBe(0);
    }
    expect(r.balanceInLoanUnit[24]).toBe(0);
  });
});

describe('createLoanRunner: bad input throws ModelInputError naming the value', () => {
  it.each([
    ...[0, 1.5, -1, Number.NaN].map((v) => ({ loan: loanOn({ lifeMonths: v }), input: 'lifeMonths', value: v })),
    ...notPositive.map((v) => ({ loan: loanOn({ paybackMonths: v }), input: 'paybackMonths', value: v })),
    ...notPositive.map((v) => ({ loan: loanOn({ marginCallLtv: v }), input: 'marginCallLtv', value: v })),
    { loan: loanOn({ denomination: 'eur' as 'usd' }), input: 'denomination', value: 'eur' as unknown as number },
    ...notPositive.map((v) => ({ loan: loanOn({ linked: { floorFraction: 0.5, capFraction: 1.5, referenceHashpriceUsdPerPhDay: v } }), input: 'linked.referenceHashpriceUsdPerPhDay', value: v })),
    ...notPositive.map((v) => ({ loan: loanOn({ linked: { floorFraction: 0, capFraction: v, referenceHashpriceUsdPerPhDay: 34 } }), input: 'linked.capFraction', value: v })),
    ...[-0.1, 1.6, Number.NaN].map((v) => ({ loan: loanOn({ linked: { floorFraction: v, capFraction: 1.5, referenceHashpriceUsdPerPhDay: 34 } }), input: 'linked.floorFraction', value: v })),
    { loan: loanOn({ terms: { ...fiveMillion, termMonths: 0 } }), input: 'termMonths', value: 0 },
    { loan: loanOn({ terms: { ...fiveMillion, kind: 'bullet' as 'amortizing' } }), input: 'kind', value: 'bullet' as unknown as number },
    ...notNonNegative.map((v) => ({ loan: loanOn({ fleet: { ...hydroFleet, opexUsdPerMonth: v } }), input: 'opexUsdPerMonth', value: v })),
    ...[0, 2.5].map((v) => ({ loan: loanOn({ fleet: { ...hydroFleet, units: v } }), input: 'units', value: v })),
    ...[-0.06, Number.NaN].map((v) => ({ loan: loanOn({ fleet: { ...hydroFleet, usdPerKwh: v } }), input: 'usdPerKwh', value: v })),
    ...[1.5, Number.NaN].map((v) => ({ loan: loanOn({ fleet: { ...hydroFleet, uptimeFraction: v } }), input: 'uptimeFraction', value: v })),
    { loan: loanOn({ fleet: { ...hydroFleet, poolFeeFraction: 1 } }), input: 'poolFeeFraction', value: 1 },
    { loan: loanOn({ fleet: { ...hydroFleet, machine: { terahashPerSecond: 0, watts: 5_676 } } }), input: 'machine.terahashPerSecond', value: 0 },
    { loan: loanOn({ fleet: { ...hydroFleet, mode: 'off' as 'run' } }), input: 'mode', value: 'off' as unknown as number },
  ])('createLoanRunner: $input $value throws', ({ loan, input, value }) => {
    expectModelInputError(() => createLoanRunner(loan), input, value);
  });

  it('run: a path shorter than the term throws ModelInputError naming the path', () => {
    const runner = createLoanRunner(loanOn());
    expectModelInputError(() => runner.run(flat(34, 23), flat(price0)), 'path', '23 months' as unknown as number);
    expectModelInputError(() => runner.run(flat(34), flat(price0, 12)), 'path', '12 months' as unknown as number);
  });
});
