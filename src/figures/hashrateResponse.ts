import { projectMachine, type Projection } from '../model/projection.ts';
import type { NetworkMonth } from '../model/hashrateResponse.ts';
import { projectionInputs, scenarioNetworkPath } from '../scenario/paths.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, percent, usd, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type MonthChart } from './types.ts';
import { modeText, monthText, projectionMarkers, studiedMachine } from './projectionShared.ts';

export interface ResponseMonthRow {
  month: number;
  trend: NetworkMonth;
  respond: NetworkMonth;
  profitTrendUsd: number;
  profitRespondUsd: number;
}

export interface HashrateResponseFigure extends Figure<ResponseMonthRow, MonthChart> {
  machine: MachineRef;
}

export const hashrateResponseInputs = ['price', 'diff', 'kwh', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts', 'machine', 'life', 'growth', 'drift', 'discount', 'mode', 'resale', 'fleet', 'tiers', 'leave'] as const;

/** The figure's source line. */
export const hashrateResponseSource = (c: Pick<FigureContext, 'sources'>) =>
  `Model: the fixed trend of chapter 2 beside hashrate that answers hashprice through the fleet mix (classes and tiers after ${c.sources.S003}, ${c.sources.S001} and ${c.sources.S000}; shares assumed), difficulty a retarget behind.`;

const columns = (month: (m: number) => string): Column<ResponseMonthRow>[] => [
  { key: 'month', label: 'Month', unit: 'months from the scenario date', numeric: false, value: (r) => r.month, text: (r) => `${r.month} (${month(r.month)})` },
  { key: 'diff-trend', label: 'Difficulty, fixed trend', unit: 'T', numeric: true, value: (r) => r.trend.difficultyT, text: (r) => number(r.trend.difficultyT, 1) },
  { key: 'diff-respond', label: 'Difficulty, responding', unit: 'T', numeric: true, value: (r) => r.respond.difficultyT, text: (r) => number(r.respond.difficultyT, 1) },
  { key: 'hp-trend', label: 'Hashprice, fixed trend', unit: 'USD per PH/s per day', numeric: true, value: (r) => r.trend.hashpriceUsdPerPhDay, text: (r) => usd(r.trend.hashpriceUsdPerPhDay) },
  { key: 'hp-respond', label: 'Hashprice, responding', unit: 'USD per PH/s per day', numeric: true, value: (r) => r.respond.hashpriceUsdPerPhDay, text: (r) => usd(r.respond.hashpriceUsdPerPhDay) },
  { key: 'idle', label: 'Fleet switched off', unit: 'fraction of installed hashrate', numeric: true, value: (r) => r.respond.idleShare, text: (r) => percent(r.respond.idleShare, 1) },
  { key: 'profit-trend', label: 'Your machine’s profit, fixed trend', unit: 'USD per month', numeric: true, value: (r) => r.profitTrendUsd, text: (r) => usdWhole(r.profitTrendUsd) },
  { key: 'profit-respond', label: 'Your machine’s profit, responding', unit: 'USD per month', numeric: true, value: (r) => r.profitRespondUsd, text: (r) => usdWhole(r.profitRespondUsd) },
];

const value = (p: Projection, mode: string) => (mode === 'run' ? p.valueRunUsd : p.valueCurtailUsd);

/**
 * The forward path two ways: difficulty at chapter 2's fixed trend (whatever miners earn), and
 * hashrate answering hashprice (the fleet switches off what does not cover its power, leaves after
 * a while, grows again when all of it pays), difficulty following a retarget later. Beside them,
 * what the studied machine earns and is worth on each path.
 *
 * @example
 * const f = hashrateResponseFigure(defaultScenario(), context);
 * metric(f, 'forward-value-respond').value >= metric(f, 'forward-value-trend').value // true: hashrate only leaves
 */
export function hashrateResponseFigure(s: Scenario, context: FigureContext): HashrateResponseFigure {
  const machine = studiedMachine(s, context);
  // Both paths whatever the scenario's `hashrate` says: this figure is the comparison.
  const trend = scenarioNetworkPath(s, 'trend');
  const respond = scenarioNetworkPath(s, 'respond');
  const pTrend = projectMachine(projectionInputs(s, machine, {}, 'trend'));
  const pRespond = projectMachine(projectionInputs(s, machine, {}, 'respond'));
  const month = monthText(s);
  const last = s.life - 1;
  const rows: ResponseMonthRow[] = respond.map((r, m) => ({ month: m, trend: trend[m]!, respond: r, profitTrendUsd: pTrend.months[m]!.profitUsd, profitRespondUsd: pRespond.months[m]!.profitUsd }));
  const markers = projectionMarkers({ halvingMonth: pRespond.halvingMonth, underwaterMonth: null }, month);
  const losing = (p: Projection) => p.months.filter((m) => m.profitUsd < 0).length;
  const idlePeak = Math.max(...respond.map((r) => r.idleShare));
  const mode = modeText(s.mode);
  const charts: MonthChart[] = [
    {
      kind: 'months',
      title: 'Difficulty (T)',
      unit: 'T',
      series: [
        { name: 'Fixed trend', kind: 'line', className: 'series-run', values: trend.map((r) => r.difficultyT) },
        { name: 'Hashrate responds', kind: 'line', className: 'series-curtail', values: respond.map((r) => r.difficultyT) },
      ],
      markers,
      text: (v) => number(v),
      monthText: month,
    },
    {
      kind: 'months',
      title: 'Hashprice (USD per PH/s per day)',
      unit: 'USD per PH/s per day',
      series: [
        { name: 'Fixed trend', kind: 'line', className: 'series-run', values: trend.map((r) => r.hashpriceUsdPerPhDay) },
        { name: 'Hashrate responds', kind: 'line', className: 'series-curtail', values: respond.map((r) => r.hashpriceUsdPerPhDay) },
      ],
      markers,
      text: (v) => usd(v).replace(/\.00$/, ''),
      monthText: month,
    },
    {
      kind: 'months',
      title: 'Share of the fleet switched off',
      unit: 'fraction of installed hashrate',
      series: [{ name: 'Switched off (responding path)', kind: 'bar', className: 'series-idle', values: respond.map((r) => r.idleShare) }],
      markers,
      text: (v) => percent(v, 0),
      monthText: month,
    },
  ];
  const metrics = [
    makeMetric('forward-value-respond', `Forward value, hashrate responds (${mode})`, value(pRespond, s.mode), 'USD per machine', usdWhole),
    makeMetric('forward-value-trend', `Forward value, fixed trend (${mode})`, value(pTrend, s.mode), 'USD per machine', usdWhole),
    makeMetric('hashprice-end-respond', `Hashprice in month ${last}, hashrate responds`, respond[last]!.hashpriceUsdPerPhDay, 'USD per PH/s per day', usd),
    makeMetric('hashprice-end-trend', `Hashprice in month ${last}, fixed trend`, trend[last]!.hashpriceUsdPerPhDay, 'USD per PH/s per day', usd),
    quoted(makeMetric('difficulty-end-respond', `Difficulty in month ${last}, hashrate responds`, respond[last]!.difficultyT, 'T', (v) => number(v, 1))),
    quoted(makeMetric('difficulty-end-trend', `Difficulty in month ${last}, fixed trend`, trend[last]!.difficultyT, 'T', (v) => number(v, 1))),
    quoted(makeMetric('idle-share-peak', 'Most of the fleet switched off in any month', idlePeak, 'fraction of installed hashrate', (v) => percent(v, 1))),
    quoted(makeMetric('left-share-end', 'Hashrate that left for good, as a share of today’s', respond[last]!.leftShare, 'fraction of today’s hashrate', (v) => percent(v, 1))),
    quoted(makeMetric('losing-months-respond', 'Months your machine loses money, hashrate responds', losing(pRespond), 'months', (v) => number(v))),
    quoted(makeMetric('losing-months-trend', 'Months your machine loses money, fixed trend', losing(pTrend), 'months', (v) => number(v))),
  ];
  return {
    id: 'hashrate-response',
    title: 'The forward path, two ways',
    machine,
    metrics,
    table: { caption: `${machine.model}: the fixed trend and the responding path, month by month from ${s.date}`, columns: columns(month), rows, rowKey: (r) => String(r.month), rowAttribute: 'data-month' },
    charts,
    caption:
      `With difficulty at the fixed trend, hashprice ends the ${s.life} months at ${usd(trend[last]!.hashpriceUsdPerPhDay)} per PH/s a day and the ${machine.model} is worth ${usdWhole(value(pTrend, s.mode))} (${mode}); ` +
      `with hashrate answering hashprice it ends at ${usd(respond[last]!.hashpriceUsdPerPhDay)} and the machine is worth ${usdWhole(value(pRespond, s.mode))}.`,
    source: hashrateResponseSource(context),
    keyMetrics: ['forward-value-respond', 'forward-value-trend', 'hashprice-end-respond', 'hashprice-end-trend'],
    texts: { machine: machine.model },
  };
}
