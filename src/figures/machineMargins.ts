import { countLosingOnPower, fleetDays } from '../model/fleet.ts';
import type { MachineDay } from '../model/machineEconomics.ts';
import { marketInputs } from '../scenario/market.ts';
import type { Scenario } from '../scenario/schema.ts';
import { customMachine, type MachineRef } from '../catalogue/machine.ts';
import { difficultyT, number, percent, usd, usdPerKwh, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type BarChart, type Column, type Figure } from './types.ts';

export interface MarginRow {
  machine: MachineRef;
  day: MachineDay;
  loses: boolean;
}

export interface MachineMarginsFigure extends Figure<MarginRow, BarChart> {
  /** The sentence above the chart: how many machines lose money on power. */
  summary: string;
  losing: number;
  custom: MachineRef | null;
  /** What the bar chart shows, for assistive technology (the table holds the numbers). */
  chartDescription: string;
}

export const machineMarginsInputs = ['price', 'diff', 'kwh', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts'] as const;

/** The figure's source line, naming the documents as readers know them. */
export const machineMarginsSource = (c: Pick<FigureContext, 'sources'>) =>
  `Model at the scenario; machine specs from the catalogue (makers’ nameplates, † where unconfirmed); cost-share bands as reported in ${c.sources.S003}.`;

/** Bars past this share of revenue (300 %) are cut and marked. */
const ratioCap = 3;

const thText = (ths: number) => number(ths, ths % 1 ? 1 : 0);
/** A model name without its maker's brand, for narrow charts: "Antminer S19 XP" → "S19 XP". */
export const shortModel = (model: string) => model.replace(/^(Antminer|Whatsminer|WhatsMiner|Avalon) /, '');

const columns: Column<MarginRow>[] = [
  { key: 'machine', label: 'Machine', unit: '', numeric: false, value: (r) => r.machine.model, text: (r) => `${r.machine.model}${r.machine.confirmed ? '' : ' †'}` },
  { key: 'ths', label: 'Hashrate', unit: 'TH/s', numeric: true, value: (r) => r.machine.terahashPerSecond, text: (r) => thText(r.machine.terahashPerSecond) },
  { key: 'watts', label: 'Power', unit: 'W', numeric: true, value: (r) => r.machine.watts, text: (r) => number(r.machine.watts) },
  { key: 'jth', label: 'Efficiency', unit: 'J/TH', numeric: true, value: (r) => r.day.joulesPerTerahash, text: (r) => number(r.day.joulesPerTerahash, 1) },
  { key: 'revenue', label: 'Revenue per day', unit: 'USD per day', numeric: true, metric: 'revenue-day', value: (r) => r.day.revenueUsdPerDay, text: (r) => usd(r.day.revenueUsdPerDay) },
  { key: 'power', label: 'Power per day', unit: 'USD per day', numeric: true, metric: 'power-day', value: (r) => r.day.powerCostUsdPerDay, text: (r) => usd(r.day.powerCostUsdPerDay) },
  { key: 'ratio', label: 'Power ÷ revenue', unit: 'fraction', numeric: true, metric: 'cost-ratio', value: (r) => r.day.costRatio, text: (r) => `${percent(r.day.costRatio, 0)}${r.loses ? ' ✕ loss' : ''}` },
  { key: 'profit', label: 'Profit per day', unit: 'USD per day', numeric: true, metric: 'profit-day', value: (r) => r.day.profitUsdPerDay, text: (r) => usd(r.day.profitUsdPerDay) },
  { key: 'breakevenKwh', label: 'Breakeven power price', unit: 'USD per kWh', numeric: true, metric: 'breakeven-kwh', value: (r) => r.day.breakevenUsdPerKwh, text: (r) => usdPerKwh(r.day.breakevenUsdPerKwh) },
  { key: 'breakevenPrice', label: 'Breakeven BTC price', unit: 'USD per BTC', numeric: true, metric: 'breakeven-price', value: (r) => r.day.breakevenPriceUsdPerBtc, text: (r) => usdWhole(r.day.breakevenPriceUsdPerBtc) },
];

/**
 * Every catalogue machine (and the reader's own) at the scenario, ranked by the share of revenue
 * power eats: revenue, power, profit and the breakevens per machine, and how many lose money.
 *
 * @example
 * const f = machineMarginsFigure(defaultScenario(), context);
 * f.table.rows[0].machine.id   // the most efficient machine: lowest power ÷ revenue first
 * metric(f, 'machines-losing').value // machines whose power ÷ revenue is above 1
 */
export function machineMarginsFigure(s: Scenario, context: FigureContext): MachineMarginsFigure {
  const custom = customMachine(s.ths, s.watts);
  const market = marketInputs(s);
  const rows: MarginRow[] = fleetDays(custom ? [...context.machines, custom] : context.machines, market).map(({ machine, day }) => ({ machine, day, loses: day.costRatio > 1 }));
  const losing = countLosingOnPower(rows);
  const at = `${usdPerKwh(s.kwh)} per kWh`;
  const summary = losing === 0 ? `Every machine here covers its power bill at ${at}.` : `${losing} of ${rows.length} machines lose money on power alone at ${at}.`;
  const best = rows[0]!;
  const worst = rows[rows.length - 1]!;

  const chart: BarChart = {
    kind: 'bars',
    title: 'Electricity cost as a share of revenue',
    unit: 'share of revenue',
    items: rows.map((r) => ({ key: r.machine.id, label: r.machine.model, shortLabel: shortModel(r.machine.model), value: r.day.costRatio, loss: r.loses, highlight: r.machine.id === 'custom' })),
    reference: { value: 1, label: '100 %: power eats all revenue' },
    cap: ratioCap,
    text: (v) => percent(v, 0),
  };

  return {
    id: 'machine-margins',
    title: 'Machine margins at your scenario',
    summary,
    losing,
    custom,
    chartDescription: `Bar chart of power cost as a share of revenue for ${rows.length} machines, lowest first, with a line at 100 %: ${losing} cross it. The table below has the figures.`,
    metrics: [
      makeMetric('machines-losing', 'Machines losing money on power', losing, 'machines', (v) => `${number(v)} of ${rows.length}`),
      quoted(makeMetric('machine-count', 'Machines compared', rows.length, 'machines', (v) => number(v))),
    ],
    table: {
      caption: `Each machine at ${usdWhole(s.price)} per BTC, ${difficultyT(s.diff)} T difficulty and ${at}, sorted by cost share`,
      columns,
      rows,
      rowKey: (r) => r.machine.id,
      rowAttribute: 'data-machine',
      rowClass: (r) => (r.loses ? 'loss' : ''),
    },
    charts: [chart],
    caption:
      `${summary} Power eats ${percent(best.day.costRatio, 0)} of revenue for the ${best.machine.model} and ` +
      `${percent(worst.day.costRatio, 0)} for the ${worst.machine.model}, at ${usdWhole(s.price)} per BTC and ${difficultyT(s.diff)} T.`,
    source: machineMarginsSource(context),
  };
}
