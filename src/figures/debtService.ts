import { breakevenHashpriceForDebtUsdPerPhDay, fleetCashFlowUsdPerMonth, machineProfitUsdPerDay } from '../model/debtService.ts';
import { paybackValueUsd } from '../model/payback.ts';
import { todayHashpriceUsdPerPhDay } from '../scenario/loanMarket.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, percent, usd, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Chart, type Column, type Figure, type Metric, type MonthChart, type XYChart } from './types.ts';
import { monthText } from './projectionShared.ts';
import { dscrText, fleetText, hashpriceText, loanInputs, loanText, lowestReportedHashprice, ltvText, monthWithDate, runScenarioLoan } from './loanShared.ts';

export interface DebtMonthRow {
  month: number;
  hashpriceUsdPerPhDay: number;
  cashFlowUsd: number;
  paymentUsd: number;
  dscr: number;
  balanceUsd: number;
  collateralUsd: number;
  ltv: number;
}

export interface DebtServiceFigure extends Figure<DebtMonthRow, Chart> {
  machine: MachineRef;
}

export const debtServiceInputs = [...loanInputs, 'denom', 'linked', 'lfloor', 'lcap'] as const;

/** The figure's source line. */
export const debtServiceSource = (c: Pick<FigureContext, 'sources'>) =>
  `Underwriting on the hashprice that covers debt service, after ${c.sources.S000}; the collateral marked at the payback value ${c.sources.S001} prices machines at, re-marked every month along the floor-value projection; the lowest hashprice from ${c.sources.S003}. Fleet, loan and costs are the reader's.`;

/** LTVs drawn above this are cut at it (the table gives the value). */
const ltvChartCap = 3;

const columns = (month: (m: number) => string): Column<DebtMonthRow>[] => [
  { key: 'month', label: 'Month', unit: 'months from the scenario date', numeric: false, value: (r) => r.month, text: (r) => `${r.month} (${month(r.month)})` },
  { key: 'hashprice', label: 'Hashprice', unit: 'USD per PH/s per day', numeric: true, value: (r) => r.hashpriceUsdPerPhDay, text: (r) => usd(r.hashpriceUsdPerPhDay) },
  { key: 'cash', label: 'Fleet cash flow', unit: 'USD per month', numeric: true, value: (r) => r.cashFlowUsd, text: (r) => usdWhole(r.cashFlowUsd) },
  { key: 'payment', label: 'Payment', unit: 'USD', numeric: true, value: (r) => r.paymentUsd, text: (r) => usdWhole(r.paymentUsd) },
  { key: 'dscr', label: 'DSCR', unit: 'ratio', numeric: true, value: (r) => r.dscr, text: (r) => dscrText(r.dscr), metric: 'dscr-month' },
  { key: 'balance', label: 'Owed at the start', unit: 'USD', numeric: true, value: (r) => r.balanceUsd, text: (r) => usdWhole(r.balanceUsd) },
  { key: 'collateral', label: 'Collateral (payback value)', unit: 'USD', numeric: true, value: (r) => r.collateralUsd, text: (r) => usdWhole(r.collateralUsd) },
  { key: 'ltv', label: 'LTV', unit: 'fraction', numeric: true, value: (r) => (r.ltv === Infinity ? 'no collateral value' : r.ltv), text: (r) => ltvText(r.ltv) },
];

/**
 * Debt service for a financed fleet: today's payment, DSCR (cash flow ÷ payment), the hashprice at
 * which DSCR = 1 beside the lowest hashprice the documents report, today's LTV against the fleet's
 * payback value; DSCR against hashprice; and DSCR and LTV month by month along the floor-value
 * projection, with the margin-call threshold and the first month it triggers.
 *
 * @example
 * const f = debtServiceFigure(defaultScenario(), context); // 1,000 S21 XP Hydros, $3 M at 12 % over 24 months
 * metric(f, 'payment-month').value // 3e6 × 0.01 ÷ (1 − 1.01^−24) ≈ $141,220
 * metric(f, 'breakeven-hashprice-debt').value // ((141,220 + 50,000) ÷ 30,437.5 + 8.173) ÷ 0.473 ≈ $30.56
 */
export function debtServiceFigure(s: Scenario, context: FigureContext): DebtServiceFigure {
  const run = runScenarioLoan(s, context);
  const { machine, loan, result: r } = run;
  const month = monthText(s);
  const n = s.term;
  const price0 = run.priceUsdPerBtc[0]!;
  // Today: at today's hashprice (the projection's month 0 averages the month, after the fleet has answered).
  const hp0 = todayHashpriceUsdPerPhDay(s);
  const payment0 = r.paymentUsd[0]!;
  const breakeven = breakevenHashpriceForDebtUsdPerPhDay(loan.fleet, payment0);
  const lowest = lowestReportedHashprice(context);
  const cash0 = fleetCashFlowUsdPerMonth(loan.fleet, hp0);
  // Nothing due this month (interest only at 0 %): no ratio to show, only the balloon later.
  const dscr0 = payment0 > 0 ? cash0 / payment0 : Infinity;
  const collateral0 = s.units * Math.max(0, paybackValueUsd({ profitUsdPerDay: machineProfitUsdPerDay(loan.fleet, hp0), paybackMonths: s.payback }));
  const owed0 = loan.denomination === 'btc' ? loan.terms.principalInLoanUnit * price0 : loan.terms.principalInLoanUnit;
  const ltv0 = collateral0 > 0 ? owed0 / collateral0 : Infinity;
  const usdOf = (m: number, x: number) => (loan.denomination === 'btc' ? x * run.priceUsdPerBtc[m]! : x);
  const rows: DebtMonthRow[] = Array.from({ length: n }, (_, m) => ({
    month: m,
    hashpriceUsdPerPhDay: run.hashpriceUsdPerPhDay[m]!,
    cashFlowUsd: r.cashFlowUsd[m]!,
    paymentUsd: r.paymentUsd[m]!,
    dscr: r.dscr[m]!,
    balanceUsd: usdOf(m, r.balanceInLoanUnit[m]!),
    collateralUsd: r.collateralUsd[m]!,
    ltv: r.ltv[m]!,
  }));
  const callMonth = r.marginCallMonth;
  const breachMonth = r.firstBreachMonth;
  const metrics: Metric[] = [
    makeMetric('payment-month', loan.denomination === 'btc' ? `Monthly payment (${number(r.paymentInLoanUnit[0]!, 4)} BTC at today's price)` : 'Monthly payment', payment0, 'USD per month', usdWhole),
    ...(Number.isFinite(dscr0) ? [makeMetric('dscr', 'DSCR today (cash flow ÷ payment)', dscr0, 'ratio', dscrText, '')] : []),
    makeMetric('breakeven-hashprice-debt', 'Hashprice at which DSCR = 1', breakeven, 'USD per PH/s per day', usd),
    makeMetric('lowest-hashprice-reported', `Lowest hashprice the documents report (${lowest.label})`, lowest.usdPerPhDay, 'USD per PH/s per day', usd),
    ...(ltv0 === Infinity ? [] : [makeMetric('ltv', 'LTV today (owed ÷ payback value)', ltv0, 'fraction', (v) => percent(v, 0))]),
    ...(callMonth >= 0 ? [makeMetric('margin-call-month', `Margin call (LTV above ${number(s.call)} %)`, callMonth, 'months from the scenario date', (v) => monthWithDate(v, month), '')] : []),
    quoted(makeMetric('cash-flow-month', 'Fleet cash flow a month at today’s hashprice', cash0, 'USD per month', usdWhole)),
    quoted(makeMetric('collateral-usd', 'Fleet payback value today', collateral0, 'USD', usdWhole)),
    quoted(makeMetric('hashprice-today', 'Hashprice today (gross)', hp0, 'USD per PH/s per day', usd)),
    quoted(makeMetric('breakeven-headroom', 'Hashprice can fall before DSCR = 1', 1 - breakeven / hp0, 'fraction of today’s hashprice', (v) => percent(v, 0))),
    quoted(makeMetric('min-dscr', 'Lowest DSCR over the term', r.minDscr, 'ratio', dscrText, '')),
    ...(breachMonth >= 0 ? [quoted(makeMetric('first-breach-month', 'First month DSCR < 1', breachMonth, 'months from the scenario date', (v) => monthWithDate(v, month), ''))] : []),
    quoted(makeMetric('total-paid-usd', 'Paid to the lender over the term', r.totalPaidUsd, 'USD', usdWhole)),
  ];

  // DSCR against hashprice (today's payment, power and opex), from 0 to well past today and the breakeven.
  const top = Math.max(2 * hp0, 1.5 * breakeven, 1.5 * lowest.usdPerPhDay);
  const points = Array.from({ length: 41 }, (_, i) => {
    const x = (top * i) / 40;
    return { x, y: payment0 > 0 ? fleetCashFlowUsdPerMonth(loan.fleet, x) / payment0 : 0 };
  });
  const dscrVsHashprice: XYChart = {
    kind: 'xy',
    title: payment0 > 0 ? 'DSCR against hashprice (today’s payment and costs)' : 'DSCR against hashprice (nothing is due this month: drawn at 0)',
    xTitle: 'USD per PH/s per day',
    series: [{ name: 'DSCR', className: 'series-a', points }],
    references: [{ y: 1, label: 'DSCR = 1: cash just covers the payment', className: 'reference' }],
    markers: [
      { x: hp0, label: `Today ${hashpriceText(hp0)}`, className: 'marker' },
      { x: breakeven, label: `DSCR 1 at ${hashpriceText(breakeven)}`, className: 'marker marker--underwater' },
      { x: lowest.usdPerPhDay, label: `Lowest reported ${hashpriceText(lowest.usdPerPhDay)}`, className: 'marker' },
    ].filter((k) => k.x >= 0 && k.x <= top),
    xDomain: [0, top],
    xText: (v) => usd(v).replace(/\.00$/, ''),
    yText: (v) => `${number(v, 1)}×`,
  };
  const markers = [
    ...(callMonth >= 0 ? [{ month: callMonth, label: `Margin call, ${month(callMonth)}`, kind: 'underwater' as const }] : []),
    ...(breachMonth >= 0 && breachMonth !== callMonth ? [{ month: breachMonth, label: `DSCR below 1, ${month(breachMonth)}`, kind: 'halving' as const }] : []),
  ];
  const dscrByMonth: MonthChart = {
    kind: 'months',
    title: 'DSCR month by month along the projection',
    unit: 'ratio',
    series: [
      { name: 'DSCR', kind: 'line', className: 'series-a', values: rows.map((x) => (Number.isFinite(x.dscr) ? x.dscr : 0)) },
      { name: 'DSCR = 1', kind: 'line', className: 'series-run', values: rows.map(() => 1) },
    ],
    markers,
    text: (v) => `${number(v, 1)}×`,
    monthText: month,
  };
  const ltvByMonth: MonthChart = {
    kind: 'months',
    title: `LTV month by month (drawn up to ${percent(ltvChartCap, 0)})`,
    unit: 'fraction',
    series: [
      { name: 'LTV', kind: 'line', className: 'series-b', values: rows.map((x) => Math.min(ltvChartCap, x.ltv)) },
      { name: `Margin call at ${number(s.call)} %`, kind: 'line', className: 'series-run', values: rows.map(() => Math.min(ltvChartCap, s.call / 100)) },
    ],
    markers,
    text: (v) => percent(v, 0),
    monthText: month,
  };
  const headroom = 1 - breakeven / hp0;
  return {
    id: 'debt-service',
    title: 'Debt service',
    machine,
    metrics,
    table: { caption: `${fleetText(s, machine)} financed with ${loanText(s)}, month by month along the projection`, columns: columns(month), rows, rowKey: (x) => String(x.month), rowAttribute: 'data-month', rowClass: (x) => (x.dscr < 1 ? 'loss' : '') },
    charts: [dscrVsHashprice, dscrByMonth, ltvByMonth],
    caption:
      `${fleetText(s, machine)} on ${usd(s.kwh)}/kWh with ${usdWhole(s.opex)} a month of other costs, financed with ${loanText(s)}: ` +
      `the payment is ${usdWhole(payment0)} a month and today's DSCR ${dscrText(dscr0)}; DSCR reaches 1 at ${hashpriceText(breakeven)} ` +
      `(${headroom >= 0 ? `${percent(headroom, 0)} below` : `${percent(-headroom, 0)} above`} today's ${hashpriceText(hp0)}; the lowest the documents report is ${hashpriceText(lowest.usdPerPhDay)}); ` +
      `LTV today ${ltvText(ltv0)}, ${callMonth >= 0 ? `margin call in ${monthWithDate(callMonth, month)}` : `no margin call at ${number(s.call)} % within the term`}.`,
    source: debtServiceSource(context),
    keyMetrics: ['payment-month', Number.isFinite(dscr0) ? 'dscr' : 'cash-flow-month', 'breakeven-hashprice-debt', ltv0 === Infinity ? 'lowest-hashprice-reported' : 'ltv'],
    texts: { machine: machine.model, 'margin-call': callMonth >= 0 ? monthWithDate(callMonth, month) : 'none within the term' },
  };
}
