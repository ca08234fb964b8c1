// The four loan figures of chapter 4 (debt-service, loan-denomination, linked-payments, loan-stress),
// against hand-computed cases at the defaults: 1,000 Antminer S21 XP Hydros (473 TH/s, 5,676 W) on
// $0.06/kWh with $50,000 a month of other costs, $3 M at 12 % a year over 24 months.
import { describe, expect, it } from 'vitest';
import { debtServiceFigure } from '../../src/figures/debtService.ts';
import { loanDenominationFigure } from '../../src/figures/loanDenomination.ts';
import { linkedPaymentsFigure } from '../../src/figures/linkedPayments.ts';
import { loanStressFigure, loanStressFigureNow } from '../../src/figures/loanStress.ts';
import { metric, type Figure } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });
const has = (f: Figure, name: string) => f.metrics.some((m) => m.name === name);

// Today's hashprice at 141 T, 3.125 BTC, $76,176: USD per PH/s per day.
const hashesPerThDay = 1e12 * 86_400;
const btcPerThDay = (hashesPerThDay * 3.125) / (141e12 * 2 ** 32);
const hpToday = 76_176 * btcPerThDay * 1000; // ≈ 33.96
const powerPerDay = 5_676 * 0.024 * 0.06; // $8.17344 a machine
const profitPerDay = 473 * (hpToday / 1000) - powerPerDay;
const payment = (3e6 * 0.01) / (1 - 1.01 ** -24); // ≈ $141,220.42
const cashToday = 1_000 * profitPerDay * 30.4375 - 50_000;

describe('debtServiceFigure(scenario, context)', () => {
  it('pays the level payment 3e6 × 0.01 ÷ (1 − 1.01^−24) ≈ $141,220 and covers it cash ÷ payment ≈ 1.35× today', () => {
    const f = debtServiceFigure(defaultScenario(), context);
    expectClose(metric(f, 'payment-month').value, payment, 1e-12);
    expectClose(metric(f, 'payment-month').value, 141_220.42, 1e-6);
    expectClose(metric(f, 'dscr').value, cashToday / payment, 1e-12);
    expect(metric(f, 'dscr').text).toBe('1.35×');
  });

  it('breaks even for debt at ((payment + opex) ÷ 30,437.5 + power per day) ÷ 0.473 ≈ $30.56, below the $34 the documents report as their lowest', () => {
    const f = debtServiceFigure(defaultScenario(), context);
    const breakeven = ((payment + 50_000) / 30_437.5 + powerPerDay) / 0.473;
    expectClose(metric(f, 'breakeven-hashprice-debt').value, breakeven, 1e-12);
    expectClose(breakeven, 30.56, 1e-3);
    expect(metric(f, 'lowest-hashprice-reported').value).toBe(34);
    expectClose(metric(f, 'breakeven-headroom').value, 1 - breakeven / hpToday, 1e-12);
  });

  it('marks LTV today as $3 M ÷ (1,000 × profit per day × 18 × 30.4375)', () => {
    const f = debtServiceFigure(defaultScenario(), context);
    expectClose(metric(f, 'ltv').value, 3e6 / (1_000 * profitPerDay * 18 * 30.4375), 1e-12);
  });

  it('has no LTV and calls margin at once when the fleet loses money on power ($0.20/kWh)', () => {
    const f = debtServiceFigure(at({ kwh: 0.2 }), context);
    expect(has(f, 'ltv')).toBe(false);
    expect(metric(f, 'margin-call-month').value).toBe(0);
    expect(metric(f, 'dscr').value).toBeLessThan(0);
  });

  it('omits margin-call-month when no month crosses the threshold, and shows it when the threshold is low (10 %)', () => {
    expect(has(debtServiceFigure(at({ call: 500 }), context), 'margin-call-month')).toBe(false);
    expect(metric(debtServiceFigure(at({ call: 10 }), context), 'margin-call-month').value).toBe(0);
  });

  it('breaches in month 36 and after when the term outlives the machines (term 48, life 36): they earn nothing', () => {
    const f = debtServiceFigure(at({ term: 48, life: 36 }), context);
    expect(f.table.rows[36]!.cashFlowUsd).toBe(0);
    expect(f.table.rows[36]!.dscr).toBe(0);
    expect(metric(f, 'first-breach-month').value).toBeLessThanOrEqual(36);
  });

  it('states a BTC loan’s payment in dollars at today’s price: the same $141,220 today', () => {
    const f = debtServiceFigure(at({ denom: 'btc' }), context);
    expectClose(metric(f, 'payment-month').value, payment, 1e-9);
  });
});

describe('loanDenominationFigure(scenario, context)', () => {
  const k = 1_000 * 30.4375 * 473 * btcPerThDay; // cash flow per dollar of BTC price
  const c = 1_000 * 30.4375 * powerPerDay + 50_000;

  it('covers both loans alike today and solves DSCR = 1 at (A + c) ÷ k for dollars, c ÷ (k − A ÷ P₀) for bitcoin', () => {
    const f = loanDenominationFigure(defaultScenario(), context);
    expectClose(metric(f, 'dscr-usd').value, metric(f, 'dscr-btc').value, 1e-12);
    expectClose(metric(f, 'dscr-usd').value, cashToday / payment, 1e-9);
    expectClose(metric(f, 'breakeven-price-usd').value, (payment + c) / k, 1e-12);
    expectClose(metric(f, 'breakeven-price-btc').value, c / (k - payment / 76_176), 1e-12);
    expectClose(metric(f, 'dscr-btc-limit').value, (k * 76_176) / payment, 1e-12);
  });

  it('levels the bitcoin loan’s coverage off at revenue ÷ payment: its table rises toward the limit and never reaches it', () => {
    const f = loanDenominationFigure(defaultScenario(), context);
    const limit = metric(f, 'dscr-btc-limit').value;
    const btc = f.table.rows.map((r) => r.dscrBtc);
    for (let i = 1; i < btc.length; i++) expect(btc[i]!).toBeGreaterThan(btc[i - 1]!);
    expect(btc.at(-1)!).toBeLessThan(limit);
  });

  it('with no power and no other costs the bitcoin loan’s coverage does not depend on the price', () => {
    const f = loanDenominationFigure(at({ kwh: 0, opex: 0 }), context);
    const btc = f.table.rows.map((r) => r.dscrBtc);
    for (const x of btc) expectClose(x, btc[0]!, 1e-12);
    expect(has(f, 'breakeven-price-btc')).toBe(false);
  });

  it('has no bitcoin breakeven when the payment per dollar of price exceeds revenue per dollar (a $30 M loan)', () => {
    const f = loanDenominationFigure(at({ loan: 30_000_000 }), context);
    expect(has(f, 'breakeven-price-btc')).toBe(false);
    expect(metric(f, 'dscr-btc-limit').value).toBeLessThan(1);
  });
});

describe('linkedPaymentsFigure(scenario, context)', () => {
  it('is the fixed schedule when floor = cap = 100 %', () => {
    const f = linkedPaymentsFigure(at({ lfloor: 100, lcap: 100 }), context);
    for (const r of f.table.rows) expectClose(r.linkedPaymentUsd, r.fixedPaymentUsd, 1e-9);
    expect(metric(f, 'min-dscr-linked').value).toBeCloseTo(metric(f, 'min-dscr-fixed').value, 9);
  });

  it('pays less while hashprice is below today’s and settles the rest with the last payment (a falling price, −30 % a year)', () => {
    const f = linkedPaymentsFigure(at({ drift: -30 }), context);
    const rows = f.table.rows;
    expect(rows[12]!.linkedPaymentUsd).toBeLessThan(rows[12]!.fixedPaymentUsd);
    // Where the fleet still makes money, paying less covers better (with negative cash flow a smaller payment gives a more negative DSCR).
    const below = rows.slice(0, 23).filter((r) => r.hashpriceUsdPerPhDay < hpToday && r.fixedDscr > 0);
    expect(below.length).toBeGreaterThan(3);
    for (const r of below) expect(r.linkedDscr).toBeGreaterThanOrEqual(r.fixedDscr);
    expect(metric(f, 'final-payment-linked').value).toBeGreaterThan(rows[22]!.linkedPaymentUsd);
    expect(metric(f, 'breach-months-linked').value).toBeLessThanOrEqual(metric(f, 'breach-months-fixed').value);
  });
});

describe('loanStressFigure(scenario, context, result)', () => {
  it('has no probabilities until the simulation has run, and has them after', () => {
    const before = loanStressFigure(at({ paths: 200 }), context, null);
    expect(has(before, 'p-dscr-breach')).toBe(false);
    const after = loanStressFigureNow(at({ paths: 200 }), context);
    expect(metric(after, 'p-dscr-breach').value).toBeGreaterThanOrEqual(0);
    expect(metric(after, 'p-dscr-breach').value).toBeLessThanOrEqual(1);
    expect(metric(after, 'p-margin-call').value).toBeLessThanOrEqual(1);
  });

  it('ignores a result for another number of paths or another term', () => {
    const result = loanStressFigureNow(at({ paths: 200 }), context).result!;
    expect(loanStressFigure(at({ paths: 300 }), context, result).result).toBeNull();
    expect(loanStressFigure(at({ paths: 200, term: 12 }), context, result).result).toBeNull();
  });

  it('at zero volatility and noise every path is the projection: its DSCR median is the projection’s, and p-breach is the projection’s breach', () => {
    const s = at({ paths: 100, vol: 0, dnoise: 0 });
    const f = loanStressFigureNow(s, context);
    for (const r of f.table.rows) expectClose(r.percentiles[2]!, r.projectionDscr, 1e-9);
    expect(metric(f, 'p-dscr-breach').value).toBe(metric(f, 'projection-breach').value);
    const breaching = loanStressFigureNow(at({ paths: 100, vol: 0, dnoise: 0, loan: 8_000_000 }), context);
    expect(metric(breaching, 'projection-breach').value).toBe(1);
    expect(metric(breaching, 'p-dscr-breach').value).toBe(1);
  });

  it('gives the same probabilities for the same seed and different ones for another', () => {
    const a = loanStressFigureNow(at({ paths: 500 }), context);
    const b = loanStressFigureNow(at({ paths: 500 }), context);
    const c = loanStressFigureNow(at({ paths: 500, seed: 2 }), context);
    expect(metric(a, 'p-dscr-breach').value).toBe(metric(b, 'p-dscr-breach').value);
    expect([...a.result!.dscrPercentiles]).toEqual([...b.result!.dscrPercentiles]);
    expect([...a.result!.dscrPercentiles]).not.toEqual([...c.result!.dscrPercentiles]);
  });
});
