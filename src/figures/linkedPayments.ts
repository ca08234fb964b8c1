import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, usd, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric, type MonthChart } from './types.ts';
import { monthText } from './projectionShared.ts';
import { dscrText, fleetText, loanInputs, loanText, monthWithDate, runScenarioLoan } from './loanShared.ts';

export interface LinkedMonthRow {
  month: number;
  hashpriceUsdPerPhDay: number;
  fixedPaymentUsd: number;
  linkedPaymentUsd: number;
  fixedDscr: number;
  linkedDscr: number;
}

export interface LinkedPaymentsFigure extends Figure<LinkedMonthRow, MonthChart> {
  machine: MachineRef;
}

export const linkedPaymentsInputs = [...loanInputs, 'denom', 'lfloor', 'lcap'] as const;

/** The figure's source line. */
export const linkedPaymentsSource = (c: Pick<FigureContext, 'sources'>) =>
  `Payments set by hashprice, as ${c.sources.S001} proposes; the floor and cap, the fleet and the loan are the reader's; both schedules along the same floor-value projection.`;

const count = (xs: Float64Array, n: number) => {
  let k = 0;
  for (let m = 0; m < n; m++) if (xs[m]! < 1) k++;
  return k;
};

/**
 * Hashprice-linked payments beside the fixed schedule, along the same projection: each month the
 * linked payment is the scheduled one × hashprice ÷ today's hashprice, held between the floor and
 * the cap; interest accrues on what is owed, and the last payment settles the rest. Shown: both
 * payments and both DSCRs month by month, the months each falls below 1, the lowest DSCR, what each
 * pays in total and the linked loan's final payment.
 *
 * @example
 * const f = linkedPaymentsFigure({ ...defaultScenario(), lfloor: 100, lcap: 100 }, context);
 * metric(f, 'min-dscr-linked').value === metric(f, 'min-dscr-fixed').value // true: floor = cap = 100 % is the fixed schedule
 */
export function linkedPaymentsFigure(s: Scenario, context: FigureContext): LinkedPaymentsFigure {
  const fixed = runScenarioLoan(s, context, { linked: false });
  const linked = runScenarioLoan(s, context, { linked: true });
  const { machine } = fixed;
  const month = monthText(s);
  const n = s.term;
  const f = fixed.result;
  const l = linked.result;
  const rows: LinkedMonthRow[] = Array.from({ length: n }, (_, m) => ({
    month: m,
    hashpriceUsdPerPhDay: fixed.hashpriceUsdPerPhDay[m]!,
    fixedPaymentUsd: f.paymentUsd[m]!,
    linkedPaymentUsd: l.paymentUsd[m]!,
    fixedDscr: f.dscr[m]!,
    linkedDscr: l.dscr[m]!,
  }));
  const columns: Column<LinkedMonthRow>[] = [
    { key: 'month', label: 'Month', unit: 'months from the scenario date', numeric: false, value: (r) => r.month, text: (r) => `${r.month} (${month(r.month)})` },
    { key: 'hashprice', label: 'Hashprice', unit: 'USD per PH/s per day', numeric: true, value: (r) => r.hashpriceUsdPerPhDay, text: (r) => usd(r.hashpriceUsdPerPhDay) },
    { key: 'fixed-payment', label: 'Fixed payment', unit: 'USD', numeric: true, value: (r) => r.fixedPaymentUsd, text: (r) => usdWhole(r.fixedPaymentUsd) },
    { key: 'linked-payment', label: 'Linked payment', unit: 'USD', numeric: true, value: (r) => r.linkedPaymentUsd, text: (r) => usdWhole(r.linkedPaymentUsd) },
    { key: 'fixed-dscr', label: 'DSCR, fixed', unit: 'ratio', numeric: true, value: (r) => r.fixedDscr, text: (r) => dscrText(r.fixedDscr) },
    { key: 'linked-dscr', label: 'DSCR, linked', unit: 'ratio', numeric: true, value: (r) => r.linkedDscr, text: (r) => dscrText(r.linkedDscr) },
  ];
  const fixedBreaches = count(f.dscr, n);
  const linkedBreaches = count(l.dscr, n);
  const metrics: Metric[] = [
    makeMetric('breach-months-fixed', 'Months with DSCR < 1, fixed payments', fixedBreaches, 'months', (v) => number(v), 'months'),
    makeMetric('breach-months-linked', 'Months with DSCR < 1, linked payments', linkedBreaches, 'months', (v) => number(v), 'months'),
    makeMetric('min-dscr-fixed', 'Lowest DSCR, fixed', f.minDscr, 'ratio', dscrText, ''),
    makeMetric('min-dscr-linked', 'Lowest DSCR, linked', l.minDscr, 'ratio', dscrText, ''),
    quoted(makeMetric('total-paid-fixed', 'Paid over the term, fixed', f.totalPaidUsd, 'USD', usdWhole)),
    quoted(makeMetric('total-paid-linked', 'Paid over the term, linked', l.totalPaidUsd, 'USD', usdWhole)),
    quoted(makeMetric('final-payment-linked', 'Last linked payment (settles what is left)', l.paymentUsd[n - 1]!, 'USD', usdWhole)),
    ...(l.firstBreachMonth >= 0 ? [quoted(makeMetric('first-breach-linked', 'First month DSCR < 1, linked', l.firstBreachMonth, 'months from the scenario date', (v) => monthWithDate(v, month), ''))] : []),
    ...(f.firstBreachMonth >= 0 ? [quoted(makeMetric('first-breach-fixed', 'First month DSCR < 1, fixed', f.firstBreachMonth, 'months from the scenario date', (v) => monthWithDate(v, month), ''))] : []),
  ];
  const payments: MonthChart = {
    kind: 'months',
    title: 'Payment each month (USD)',
    unit: 'USD',
    series: [
      { name: 'Fixed', kind: 'line', className: 'series-a', values: rows.map((r) => r.fixedPaymentUsd) },
      { name: `Linked (${number(s.lfloor)}–${number(s.lcap)} % of scheduled)`, kind: 'line', className: 'series-b', values: rows.map((r) => r.linkedPaymentUsd) },
    ],
    markers: [],
    text: usdWhole,
    monthText: month,
  };
  const finite = (x: number) => (Number.isFinite(x) ? x : 0);
  const coverage: MonthChart = {
    kind: 'months',
    title: 'DSCR each month',
    unit: 'ratio',
    series: [
      { name: 'Fixed', kind: 'line', className: 'series-a', values: rows.map((r) => finite(r.fixedDscr)) },
      { name: 'Linked', kind: 'line', className: 'series-b', values: rows.map((r) => finite(r.linkedDscr)) },
      { name: 'DSCR = 1', kind: 'line', className: 'series-run', values: rows.map(() => 1) },
    ],
    markers: [],
    text: (v) => `${number(v, 1)}×`,
    monthText: month,
  };
  return {
    id: 'linked-payments',
    title: 'Hashprice-linked payments',
    machine,
    metrics,
    table: { caption: `Fixed and hashprice-linked payments on ${loanText(s)}, ${fleetText(s, machine)}, month by month along the projection`, columns, rows, rowKey: (r) => String(r.month), rowAttribute: 'data-month', rowClass: (r) => (r.linkedDscr < 1 || r.fixedDscr < 1 ? 'loss' : '') },
    charts: [payments, coverage],
    caption:
      `On ${loanText(s)} for ${fleetText(s, machine)}, fixed payments leave DSCR below 1 in ${number(fixedBreaches)} of ${number(n)} months (lowest ${dscrText(f.minDscr)}); ` +
      `payments that follow hashprice between ${number(s.lfloor)} % and ${number(s.lcap)} % of the schedule do so in ${number(linkedBreaches)} (lowest ${dscrText(l.minDscr)}), ` +
      `paying ${usdWhole(l.totalPaidUsd)} in all against ${usdWhole(f.totalPaidUsd)}, the last payment ${usdWhole(l.paymentUsd[n - 1]!)}.`,
    source: linkedPaymentsSource(context),
    keyMetrics: ['breach-months-fixed', 'breach-months-linked', 'min-dscr-fixed', 'min-dscr-linked'],
    texts: { machine: machine.model },
  };
}
