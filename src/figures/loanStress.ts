import { runStressTest, stressPercentiles, type StressResult } from '../model/stressTest.ts';
import { stressInputs } from '../scenario/loanMarket.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, percent } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric, type MonthChart } from './types.ts';
import { monthText, studiedMachine } from './projectionShared.ts';
import { dscrText, fleetText, loanInputs, loanText, monthWithDate, runScenarioLoan } from './loanShared.ts';

export interface StressMonthRow {
  month: number;
  /** DSCR at each of stressPercentiles (5th … 95th). */
  percentiles: number[];
  /** DSCR on the deterministic projection. */
  projectionDscr: number;
}

export interface LoanStressFigure extends Figure<StressMonthRow, MonthChart> {
  machine: MachineRef;
  /** null until the simulation has finished (the page runs it in a worker). */
  result: StressResult | null;
}

export const loanStressInputs = [...loanInputs, 'denom', 'linked', 'lfloor', 'lcap', 'vol', 'dnoise', 'paths', 'seed'] as const;

/** The figure's source line. */
export const loanStressSource = (c: Pick<FigureContext, 'sources'>) =>
  `Stress testing a loan on hashprice, as ${c.sources.S000} and ${c.sources.S001} urge; the volatility, noise and seed are the reader's; hashrate answers hashprice through the fleet mix of chapter 3.`;

const percentileNames = stressPercentiles.map((q) => `${number(q * 100)}th`);

/**
 * The Monte Carlo stress test of the scenario's loan: BTC as geometric Brownian motion with the
 * scenario's drift and volatility, noisy trend growth of difficulty, hashrate answering hashprice
 * through the fleet curve, the halving by height (src/model/stressTest.ts). `result` is the
 * finished simulation (the page gets it from a worker; tests and the build run it here with
 * {@link loanStressFigureNow}); until then the probabilities are absent and the chart shows only
 * the deterministic projection.
 *
 * @example
 * const f = loanStressFigureNow(defaultScenario(), context);
 * metric(f, 'p-dscr-breach').value // a share of the 5,000 paths, the same for seed 1 on any machine
 */
export function loanStressFigure(s: Scenario, context: FigureContext, result: StressResult | null): LoanStressFigure {
  const machine = studiedMachine(s, context);
  const projection = runScenarioLoan(s, context);
  const month = monthText(s);
  const n = s.term;
  const ready = result !== null && result.term === n && result.paths === s.paths;
  const res = ready ? result : null;
  const rows: StressMonthRow[] = Array.from({ length: n }, (_, m) => ({
    month: m,
    percentiles: stressPercentiles.map((_, i) => (res ? res.dscrPercentiles[i * n + m]! : NaN)),
    projectionDscr: projection.result.dscr[m]!,
  }));
  const columns: Column<StressMonthRow>[] = [
    { key: 'month', label: 'Month', unit: 'months from the scenario date', numeric: false, value: (r) => r.month, text: (r) => `${r.month} (${month(r.month)})` },
    ...stressPercentiles.map((_, i): Column<StressMonthRow> => ({ key: `p${i}`, label: `DSCR, ${percentileNames[i]} percentile`, unit: 'ratio', numeric: true, value: (r) => (res ? r.percentiles[i]! : 'not run yet'), text: (r) => (res ? dscrText(r.percentiles[i]!) : '…') })),
    { key: 'projection', label: 'DSCR on the projection', unit: 'ratio', numeric: true, value: (r) => r.projectionDscr, text: (r) => dscrText(r.projectionDscr) },
  ];
  const breachOnProjection = projection.result.firstBreachMonth >= 0 ? 1 : 0;
  const metrics: Metric[] = [
    ...(res
      ? [
          makeMetric('p-dscr-breach', 'Chance DSCR falls below 1 in some month', res.pDscrBreach, 'fraction of paths', (v) => percent(v, 1)),
          makeMetric('p-margin-call', `Chance of a margin call (LTV above ${number(s.call)} %)`, res.pMarginCall, 'fraction of paths', (v) => percent(v, 1)),
          ...(res.medianMarginCallMonth >= 0 ? [quoted(makeMetric('median-margin-call-month', 'Median month of a margin call, where one comes', res.medianMarginCallMonth, 'months from the scenario date', (v) => monthWithDate(v, month), ''))] : []),
          ...(Number.isFinite(res.dscrPercentiles[2 * n + n - 1]!) ? [quoted(makeMetric('median-dscr-end', 'Median DSCR in the last month', res.dscrPercentiles[2 * n + n - 1]!, 'ratio', dscrText, ''))] : []),
        ]
      : []),
    makeMetric('projection-breach', 'On the projection itself, DSCR falls below 1', breachOnProjection, 'yes (1) or no (0)', (v) => (v ? 'yes' : 'no'), ''),
    quoted(makeMetric('paths', 'Simulated paths', s.paths, 'paths', (v) => number(v), 'paths')),
  ];
  const finite = (x: number) => (Number.isFinite(x) ? x : 0);
  const fan: MonthChart = {
    kind: 'months',
    title: 'DSCR percentiles over the term',
    unit: 'ratio',
    series: [
      ...(res ? stressPercentiles.map((_, i) => ({ name: `${percentileNames[i]} percentile`, kind: 'line' as const, className: i === 2 ? 'series-a' : 'series-b', values: rows.map((r) => finite(r.percentiles[i]!)) })) : []),
      { name: 'The projection', kind: 'line', className: 'series-curtail', values: rows.map((r) => finite(r.projectionDscr)) },
      { name: 'DSCR = 1', kind: 'line', className: 'series-run', values: rows.map(() => 1) },
    ],
    markers: [],
    text: (v) => `${number(v, 1)}×`,
    monthText: month,
  };
  return {
    id: 'loan-stress',
    title: 'Stress test',
    machine,
    result: res,
    metrics,
    table: { caption: `DSCR percentiles over ${number(s.paths)} simulated paths (seed ${number(s.seed)}), ${loanText(s)} on ${fleetText(s, machine)}`, columns, rows, rowKey: (r) => String(r.month), rowAttribute: 'data-month' },
    charts: [fan],
    caption: res
      ? `Over ${number(s.paths)} paths with BTC at ${number(s.vol)} % volatility a year (seed ${number(s.seed)}), DSCR on ${loanText(s)} for ${fleetText(s, machine)} falls below 1 in some month on ${percent(res.pDscrBreach, 1)} of them, and LTV crosses ${number(s.call)} % on ${percent(res.pMarginCall, 1)}.`
      : `The stress test of ${loanText(s)} for ${fleetText(s, machine)} has not run yet; on the projection itself DSCR ${breachOnProjection ? 'falls' : 'never falls'} below 1.`,
    source: loanStressSource(context),
    keyMetrics: res ? ['p-dscr-breach', 'p-margin-call', 'projection-breach', 'paths'] : ['projection-breach', 'paths'],
    texts: { machine: machine.model },
  };
}

/**
 * The figure with its simulation run here, synchronously: for the build (card, CSV, the prose's
 * defaults) and tests. The page never calls it; it runs the same simulation in a worker.
 */
export function loanStressFigureNow(s: Scenario, context: FigureContext): LoanStressFigure {
  return loanStressFigure(s, context, runStressTest(stressInputs(s, studiedMachine(s, context))));
}
