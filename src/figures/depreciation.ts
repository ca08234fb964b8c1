import { projectMachine, type ProjectedMonth } from '../model/projection.ts';
import { relativeChange } from '../model/change.ts';
import { growthPerYearFromGrowthPerMonth } from '../model/compounding.ts';
import { projectionInputs } from '../scenario/paths.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, percent, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type MonthChart } from './types.ts';
import { modeText, monthText, projectionMarkers, studiedMachine } from './projectionShared.ts';

export interface DepreciationRow extends ProjectedMonth {
  /** Value of the remaining life in the reader's mode, USD. */
  valueUsd: number;
}

export interface DepreciationFigure extends Figure<DepreciationRow, MonthChart> {
  machine: MachineRef;
  /** The sentence that says what the two axes do. */
  summary: { priceText: string; satsText: string; fromSats: string; toSats: string; lastMonth: string };
}

export const depreciationInputs = ['price', 'diff', 'kwh', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts', 'machine', 'life', 'growth', 'drift', 'discount', 'mode', 'resale', 'hashrate', 'fleet', 'tiers', 'leave'] as const;

/** The figure's source line, naming the documents as readers know them. */
export const depreciationSource = (c: Pick<FigureContext, 'sources'>) =>
  `Model: the floor-value figure's forward projection, in USD and in sats; difficulty growth in 2021 and 2022 from ${c.sources.S001}.`;

const columns = (month: (m: number) => string): Column<DepreciationRow>[] => [
  { key: 'month', label: 'Month', unit: 'months from the scenario date', numeric: false, value: (r) => r.month, text: (r) => `${r.month} (${month(r.month)})` },
  { key: 'price', label: 'BTC price', unit: 'USD per BTC', numeric: true, value: (r) => r.priceUsdPerBtc, text: (r) => usdWhole(r.priceUsdPerBtc) },
  { key: 'value', label: 'Value of remaining life', unit: 'USD per machine', numeric: true, value: (r) => r.valueUsd, text: (r) => usdWhole(r.valueUsd) },
  { key: 'sats', label: 'Output', unit: 'sats per TH/s per day', numeric: true, value: (r) => r.satsPerThPerDay, text: (r) => number(r.satsPerThPerDay, 2) },
];

/**
 * Two clocks of depreciation: the machine's value in USD and its output in sats, month by month.
 * Output in sats falls with difficulty and the halving whatever the BTC price does.
 *
 * @example
 * const f = depreciationFigure(defaultScenario(), context);
 * metric(f, 'sats-change').value // (sats in month 35 − sats in month 0) ÷ sats in month 0, ≈ −0.75 at +2 %/month and the 2028 halving
 */
export function depreciationFigure(s: Scenario, context: FigureContext): DepreciationFigure {
  const machine = studiedMachine(s, context);
  const inputs = projectionInputs(s, machine);
  const p = projectMachine(inputs);
  const first = p.months[0]!;
  const last = p.months[p.months.length - 1]!;
  const run = s.mode === 'run';
  const rows: DepreciationRow[] = p.months.map((m) => ({ ...m, valueUsd: run ? m.valueRunUsd : m.valueCurtailUsd }));
  const satsChange = relativeChange({ from: first.satsPerThPerDay, to: last.satsPerThPerDay }) ?? 0;
  const priceChange = relativeChange({ from: first.priceUsdPerBtc, to: last.priceUsdPerBtc }) ?? 0;
  const month = monthText(s);
  const markers = projectionMarkers({ halvingMonth: p.halvingMonth, underwaterMonth: null }, month, false);
  const priceText = priceChange === 0 ? 'stays flat' : priceChange > 0 ? `rises ${percent(priceChange, 0)}` : `falls ${percent(-priceChange, 0)}`;
  const satsText = Math.abs(satsChange) < 0.005 ? 'about as many' : satsChange < 0 ? `${percent(-satsChange, 0)} fewer` : `${percent(satsChange, 0)} more`;
  const summary = { priceText, satsText, fromSats: number(first.satsPerThPerDay, 1), toSats: number(last.satsPerThPerDay, 1), lastMonth: month(s.life - 1) };

  const valueChart: MonthChart = {
    kind: 'months',
    title: `Value of the remaining life, USD (${modeText(s.mode)})`,
    unit: 'USD per machine',
    series: [{ name: 'USD value', kind: 'line', className: 'series-curtail', values: rows.map((r) => r.valueUsd) }],
    markers,
    text: usdWhole,
    monthText: month,
  };
  const satsChart: MonthChart = {
    kind: 'months',
    title: 'Output, sats per TH/s per day',
    unit: 'sats per TH/s per day',
    series: [{ name: 'Sats per TH/s per day', kind: 'line', className: 'series-sats', values: p.months.map((m) => m.satsPerThPerDay) }],
    markers,
    text: (v) => number(v, 0),
    monthText: month,
  };

  return {
    id: 'depreciation',
    title: `Two axes of depreciation: ${machine.model}`,
    machine,
    summary,
    texts: { machine: machine.model, 'price-path': priceText, 'sats-path': satsText },
    metrics: [
      makeMetric('sats-change', `Change in sats per TH/s per day by ${summary.lastMonth}`, satsChange, 'fraction', (v) => percent(v, 0)),
      quoted(makeMetric('sats-per-th-start', 'Output in the first month', first.satsPerThPerDay, 'sats per TH/s per day', (v) => number(v, 1))),
      quoted(makeMetric('sats-per-th-last', `Output in the last month (${summary.lastMonth})`, last.satsPerThPerDay, 'sats per TH/s per day', (v) => number(v, 1))),
      quoted(makeMetric('sats-kept', 'Share of its first month’s output the last month keeps', last.satsPerThPerDay / first.satsPerThPerDay, 'fraction', (v) => percent(v, 0))),
      quoted(makeMetric('difficulty-growth-per-year', 'Difficulty growth, compounded over a year', growthPerYearFromGrowthPerMonth(inputs.difficultyGrowthPerMonth), 'fraction per year', (v) => percent(v, 1))),
    ],
    table: { caption: `${machine.model}: value in USD and output in sats, by month`, columns: columns(month), rows, rowKey: (r) => String(r.month), rowAttribute: 'data-month' },
    charts: [valueChart, satsChart],
    caption:
      `Over ${s.life} months the BTC price ${priceText}, yet each TH/s of the ${machine.model} earns ${satsText} sats a day by ${summary.lastMonth} ` +
      `(${summary.fromSats} → ${summary.toSats}), and its remaining value goes from ${usdWhole(rows[0]!.valueUsd)} to ${usdWhole(rows[rows.length - 1]!.valueUsd)}.`,
    source: depreciationSource(context),
  };
}
