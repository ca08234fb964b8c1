import { btcPerThPerDay } from '../model/reward.ts';
import { breakevenBtcPrices, fleetCashFlowLinearInPrice, fleetCashFlowUsdPerMonth } from '../model/debtService.ts';
import { effectiveSubsidyBtc } from '../scenario/market.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric, type XYChart } from './types.ts';
import { monthText } from './projectionShared.ts';
import { dscrText, fleetText, loanInputs, loanText, monthWithDate, runScenarioLoan } from './loanShared.ts';

export interface DenominationRow {
  key: string;
  priceUsdPerBtc: number;
  dscrUsd: number;
  dscrBtc: number;
}

export interface LoanDenominationFigure extends Figure<DenominationRow, XYChart> {
  machine: MachineRef;
}

export const loanDenominationInputs = [...loanInputs] as const;

/** The figure's source line. */
export const loanDenominationSource = (c: Pick<FigureContext, 'sources'>) =>
  `The claim that a bitcoin loan moves with mining revenue is ${c.sources.S000}'s; the coverage is the model's, at today's difficulty, with power and other costs paid in dollars.`;

/** BTC prices the coverage is drawn and tabled at, as multiples of today's. */
const priceMultiples = [0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1, 1.25, 1.5, 1.75, 2, 2.5];

/**
 * The same loan in dollars or in bitcoin. A BTC loan borrows the principal ÷ today's price in BTC
 * at the same rate, so its payment costs the same dollars today and then moves with the price. At
 * today's difficulty, cash flow is linear in the BTC price P (revenue ∝ P, power and opex fixed in
 * USD): DSCR_usd(P) = cash(P) ÷ A, DSCR_btc(P) = cash(P) ÷ (A × P ÷ P₀). The BTC loan's coverage
 * tends to revenue ÷ payment today as P rises — the part that "moves with" revenue — and falls
 * below it as P falls, because power is paid in dollars; it hits 1 at a price it solves for.
 *
 * @example
 * const f = loanDenominationFigure(defaultScenario(), context);
 * metric(f, 'dscr-usd').value === metric(f, 'dscr-btc').value // true: the same dollars today
 */
export function loanDenominationFigure(s: Scenario, context: FigureContext): LoanDenominationFigure {
  const usdRun = runScenarioLoan(s, context, { denomination: 'usd', linked: false });
  const btcRun = runScenarioLoan(s, context, { denomination: 'btc', linked: false });
  const { machine } = usdRun;
  const fleet = usdRun.loan.fleet;
  const month = monthText(s);
  const p0 = s.price;
  const a = usdRun.result.paymentUsd[0]!;
  const btcPerThDay = btcPerThPerDay({ difficultyT: s.diff, subsidyBtc: effectiveSubsidyBtc(s), feesBtcPerBlock: s.fees });
  const hpAt = (price: number) => price * btcPerThDay * 1000;
  const cashAt = (price: number) => fleetCashFlowUsdPerMonth(fleet, hpAt(price));
  // Nothing due this month (interest only at 0 %): coverage is unbounded ('nothing due'), never NaN.
  const ratio = (cash: number, pay: number) => (pay > 0 ? cash / pay : Infinity);
  const dscrUsd = (price: number) => ratio(cashAt(price), a);
  const dscrBtc = (price: number) => ratio(cashAt(price), (a * price) / p0);
  const linear = fleetCashFlowLinearInPrice(fleet, btcPerThDay);
  const { usdLoanUsdPerBtc: breakevenUsd, btcLoanUsdPerBtc: breakevenBtc, btcCoverageCeiling: limitBtc } = breakevenBtcPrices(linear, a, p0);
  const c = linear.fixedUsdPerMonth;
  const rows: DenominationRow[] = priceMultiples.map((x) => ({ key: String(x), priceUsdPerBtc: x * p0, dscrUsd: dscrUsd(x * p0), dscrBtc: dscrBtc(x * p0) }));
  const columns: Column<DenominationRow>[] = [
    { key: 'price', label: 'BTC price', unit: 'USD per BTC', numeric: true, value: (r) => r.priceUsdPerBtc, text: (r) => usdWhole(r.priceUsdPerBtc) },
    { key: 'dscr-usd', label: 'DSCR, dollar loan', unit: 'ratio', numeric: true, value: (r) => r.dscrUsd, text: (r) => dscrText(r.dscrUsd) },
    { key: 'dscr-btc', label: 'DSCR, bitcoin loan', unit: 'ratio', numeric: true, value: (r) => r.dscrBtc, text: (r) => dscrText(r.dscrBtc) },
  ];
  const usdMin = usdRun.result.minDscr;
  const btcMin = btcRun.result.minDscr;
  const metrics: Metric[] = [
    makeMetric('payment-month', 'Monthly payment today, either loan', a, 'USD per month', usdWhole),
    ...(a > 0
      ? [makeMetric('dscr-usd', 'DSCR today, dollar loan', dscrUsd(p0), 'ratio', dscrText, ''), makeMetric('dscr-btc', 'DSCR today, bitcoin loan', dscrBtc(p0), 'ratio', dscrText, '')]
      : []),
    makeMetric('breakeven-price-usd', 'BTC price at which DSCR = 1, dollar loan', breakevenUsd, 'USD per BTC', usdWhole),
    ...(Number.isFinite(breakevenBtc) ? [makeMetric('breakeven-price-btc', 'BTC price at which DSCR = 1, bitcoin loan', breakevenBtc, 'USD per BTC', usdWhole)] : []),
    ...(Number.isFinite(limitBtc) ? [quoted(makeMetric('dscr-btc-limit', 'Bitcoin loan’s DSCR as the price rises without limit (revenue ÷ payment today)', limitBtc, 'ratio', dscrText, ''))] : []),
    quoted(makeMetric('loan-btc', 'Bitcoin loan principal', s.loan / p0, 'BTC', (v) => `${number(v, 2)} BTC`, '')),
    quoted(makeMetric('min-dscr-usd', 'Lowest DSCR on the projection, dollar loan', usdMin, 'ratio', dscrText, '')),
    quoted(makeMetric('min-dscr-btc', 'Lowest DSCR on the projection, bitcoin loan', btcMin, 'ratio', dscrText, '')),
    ...(usdRun.result.firstBreachMonth >= 0 ? [quoted(makeMetric('first-breach-usd', 'First month DSCR < 1, dollar loan', usdRun.result.firstBreachMonth, 'months from the scenario date', (v) => monthWithDate(v, month), ''))] : []),
    ...(btcRun.result.firstBreachMonth >= 0 ? [quoted(makeMetric('first-breach-btc', 'First month DSCR < 1, bitcoin loan', btcRun.result.firstBreachMonth, 'months from the scenario date', (v) => monthWithDate(v, month), ''))] : []),
  ];
  const lo = priceMultiples[0]! * p0;
  const hi = priceMultiples.at(-1)! * p0;
  const line = (f: (p: number) => number) => Array.from({ length: 49 }, (_, i) => lo + ((hi - lo) * i) / 48).map((p) => ({ x: p, y: f(p) }));
  const chart: XYChart = {
    kind: 'xy',
    title: 'DSCR against the BTC price (today’s difficulty)',
    xTitle: 'USD per BTC',
    series: [
      { name: 'Dollar loan', className: 'series-a', points: line((p) => Math.min(dscrUsd(p), 1e6)) },
      { name: 'Bitcoin loan', className: 'series-b', points: line((p) => Math.min(dscrBtc(p), 1e6)) },
    ],
    references: [
      { y: 1, label: 'DSCR = 1', className: 'reference' },
      ...(Number.isFinite(limitBtc) ? [{ y: limitBtc, label: `Bitcoin loan’s ceiling, ${dscrText(limitBtc)}`, className: 'reference reference--yours' }] : []),
    ],
    markers: [
      { x: p0, label: `Today ${usdWhole(p0)}`, className: 'marker' },
      ...[breakevenUsd, breakevenBtc].filter((x) => x >= lo && x <= hi).map((x) => ({ x, label: `DSCR 1 at ${usdWhole(x)}`, className: 'marker marker--underwater' })),
    ],
    xDomain: [lo, hi],
    xText: (v) => `$${number(v / 1000)}k`,
    yText: (v) => `${number(v, 1)}×`,
  };
  const holds = Number.isFinite(breakevenBtc) && breakevenBtc < breakevenUsd;
  return {
    id: 'loan-denomination',
    title: 'USD or BTC',
    machine,
    metrics,
    table: { caption: `DSCR of ${loanText(s)} in dollars or in bitcoin (${number(s.loan / p0, 2)} BTC), ${fleetText(s, machine)}, at BTC prices around today's and today's difficulty`, columns, rows, rowKey: (r) => r.key, rowAttribute: 'data-row' },
    charts: [chart],
    caption:
      `Financing ${fleetText(s, machine)} with ${loanText(s)}: both loans cost ${usdWhole(a)} this month; the dollar loan's DSCR hits 1 at ${usdWhole(breakevenUsd)} per BTC, ` +
      (Number.isFinite(breakevenBtc) ? `the bitcoin loan's at ${usdWhole(breakevenBtc)}` : `the bitcoin loan's never reaches 1 at any price`) +
      `; as the price rises the bitcoin loan's coverage levels off at ${dscrText(limitBtc)}, because power and other costs stay in dollars.`,
    source: loanDenominationSource(context),
    keyMetrics: a > 0 ? ['dscr-usd', 'dscr-btc', 'breakeven-price-usd', 'dscr-btc-limit'] : ['payment-month', 'breakeven-price-usd'],
    texts: {
      machine: machine.model,
      'btc-loan-safer': holds ? 'lower' : 'higher',
      // When the bitcoin loan has no breakeven price, why: its coverage is the same at every price (no dollar costs), or below 1 at every price.
      'btc-breakeven-none': c <= 0 && limitBtc >= 1 ? 'never: with no dollar costs its coverage is the same at every price' : 'never: its coverage is below 1 at every price',
    },
  };
}
