import { machineDay } from '../model/machineEconomics.ts';
import { paybackValueUsdPerTh } from '../model/payback.ts';
import { valueToCostRatio } from '../model/recovery.ts';
import { valueKeptFraction } from '../model/compounding.ts';
import { marketInputs } from '../scenario/market.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { percent, usd } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type RangeChart } from './types.ts';
import { studiedMachine } from './projectionShared.ts';

export interface RecoveryRow {
  id: string;
  label: string;
  low: number;
  high: number;
  basis: string;
  source: string;
  yours: boolean;
}

export interface RecoveryFigure extends Figure<RecoveryRow, RangeChart> {
  machine: MachineRef;
}

export const recoveryInputs = ['price', 'diff', 'kwh', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts', 'machine', 'payback', 'cost', 'life'] as const;

/** The figure's source line, naming the documents as readers know them. */
export const recoverySource = (c: Pick<FigureContext, 'sources'>) =>
  `Industrial and 2022 ranges and the NFN8 sale from ${c.sources.S000}; the ASIC price index from ${c.sources.S001}; your row from the model.`;

/** "9.0%–15.0%" for a range, "48.9%" for a point. */
export const shareText = (low: number, high: number) => (low === high ? percent(low) : `${percent(low, 1)}–${percent(high, 1)}`);

const columns: Column<RecoveryRow>[] = [
  { key: 'case', label: 'Case', unit: '', numeric: false, value: (r) => r.label, text: (r) => r.label },
  { key: 'low', label: 'Recovered, low', unit: 'fraction of earlier value', numeric: true, value: (r) => r.low, text: (r) => percent(r.low, 1) },
  { key: 'high', label: 'Recovered, high', unit: 'fraction of earlier value', numeric: true, value: (r) => r.high, text: (r) => percent(r.high, 1) },
  { key: 'basis', label: 'Basis', unit: '', numeric: false, value: (r) => r.basis, text: (r) => r.basis },
  { key: 'source', label: 'Source', unit: '', numeric: false, value: (r) => r.source, text: (r) => r.source },
];

/**
 * What a forced sale recovers: the documents' benchmarks (industrial equipment, ASICs in 2022,
 * the ASIC index, NFN8 in 2026) beside the reader's machine, whose share is its payback value
 * per TH ÷ the purchase price per TH. That share can be negative or above 100 %.
 *
 * @example
 * const f = recoveryFigure(defaultScenario(), context);
 * metric(f, 'recovery-scenario').value // payback value per TH ÷ $15 per TH
 */
export function recoveryFigure(s: Scenario, context: FigureContext): RecoveryFigure {
  const machine = studiedMachine(s, context);
  const day = machineDay(machine, marketInputs(s));
  const valuePerTh = paybackValueUsdPerTh({ profitUsdPerDay: day.profitUsdPerDay, terahashPerSecond: machine.terahashPerSecond, paybackMonths: s.payback });
  const yours = valueToCostRatio({ valueUsd: valuePerTh, costUsd: s.cost });
  const rows: RecoveryRow[] = [
    ...context.recoveryBenchmarks.map((b) => ({ id: b.id, label: b.label, low: b.low, high: b.high, basis: b.basis, source: b.source, yours: false })),
    {
      id: 'scenario',
      label: `Your scenario: ${machine.model} (payback value as a share of the purchase price)`,
      low: yours,
      high: yours,
      basis: `payback value ${usd(valuePerTh)} per TH ÷ purchase price ${usd(s.cost)} per TH`,
      source: 'This page’s model at your settings',
      yours: true,
    },
  ];
  const chart: RangeChart = {
    kind: 'ranges',
    title: 'Share of the earlier value recovered',
    items: rows.map((r) => ({ key: r.id, label: r.label, low: r.low, high: r.high, highlight: r.yours, text: shareText(r.low, r.high) })),
  };
  return {
    id: 'recovery',
    title: 'What a forced sale recovers',
    machine,
    metrics: [
      makeMetric('recovery-scenario', `Your scenario: ${machine.model}`, yours, 'fraction of the purchase price', (v) => percent(v)),
      // Industrial machinery over the same remaining life, at the op-ed's yearly rates (the essay's comparison).
      ...(['slow', 'fast'] as const).map((pace, i) => {
        const lossPerYear = context.industrialDepreciationPerYear[i]!;
        return quoted(makeMetric(`industrial-kept-${pace}`, `Industrial machinery losing ${percent(lossPerYear, 0)} a year keeps, over ${s.life} months`, valueKeptFraction({ lossPerYear, years: s.life / 12 }), 'fraction', (v) => percent(v, 0)));
      }),
    ],
    table: { caption: 'Share of the earlier value recovered (bars are capped at 0 % and 100 %)', columns, rows, rowKey: (r) => r.id, rowAttribute: 'data-recovery' },
    charts: [chart],
    caption:
      `Share of the earlier value recovered: ${rows.slice(0, -1).map((r) => `${r.label}, ${shareText(r.low, r.high)}`).join('; ')}; ` +
      `at this scenario the ${machine.model}'s payback value is ${percent(yours)} of its ${usd(s.cost)} per TH purchase price.`,
    source: recoverySource(context),
  };
}
