import { machineDay } from '../model/machineEconomics.ts';
import { paybackValueUsd, paybackValueUsdPerTh } from '../model/payback.ts';
import { projectMachine, undiscountedProfitUsd, type ProjectedMonth } from '../model/projection.ts';
import { daysPerMonth } from '../model/constants.ts';
import { marketInputs, monthStartDate } from '../scenario/market.ts';
import { projectionInputs } from '../scenario/paths.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { monthYearLong, number, usd, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric, type MonthChart } from './types.ts';
import { modeText, monthText, projectionMarkers, studiedMachine, difficultyPathText } from './projectionShared.ts';

export interface FloorMonthRow extends ProjectedMonth {
  halving: boolean;
}

export interface FloorValueFigure extends Figure<FloorMonthRow, MonthChart> {
  machine: MachineRef;
  /** The forward value in the reader's mode, and the two modes. */
  chosenMode: 'curtail' | 'run';
  /** First losing month, as the page states it ("month 26 (Apr 2028)", "none within 36 months"). */
  underwaterText: string;
  /** The note under the metrics: the ASIC index beside the values, the method, the next halving. */
  note: string;
}

export const floorValueInputs = ['price', 'diff', 'kwh', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts', 'machine', 'payback', 'life', 'growth', 'drift', 'discount', 'mode', 'resale', 'cost', 'hashrate', 'fleet', 'tiers', 'leave'] as const;

/** The figure's source line, naming the documents as readers know them. */
export const floorValueSource = (c: Pick<FigureContext, 'sources'>) =>
  `Model: payback value as ${c.sources.S001} prices machines, where the ASIC price index comes from too; forward value discounted month by month over the remaining life, halvings by block height.`;

const columns = (month: (m: number) => string): Column<FloorMonthRow>[] => [
  { key: 'month', label: 'Month', unit: 'months from the scenario date', numeric: false, value: (r) => r.month, text: (r) => `${r.month} (${month(r.month)})${r.halving ? ' · halving' : ''}` },
  { key: 'difficulty', label: 'Difficulty', unit: 'T', numeric: true, value: (r) => r.difficultyT, text: (r) => number(r.difficultyT, 1) },
  { key: 'price', label: 'BTC price', unit: 'USD per BTC', numeric: true, value: (r) => r.priceUsdPerBtc, text: (r) => usdWhole(r.priceUsdPerBtc) },
  { key: 'subsidy', label: 'Subsidy', unit: 'BTC per block', numeric: true, value: (r) => r.subsidyBtc, text: (r) => number(r.subsidyBtc, 4) },
  { key: 'sats', label: 'Output', unit: 'sats per TH/s per day', numeric: true, value: (r) => r.satsPerThPerDay, text: (r) => number(r.satsPerThPerDay, 2) },
  { key: 'profit', label: 'Profit if run', unit: 'USD per month', numeric: true, value: (r) => r.profitUsd, text: (r) => `${usdWhole(r.profitUsd)}${r.profitUsd < 0 ? ' (loss)' : ''}` },
  { key: 'cumCurtail', label: 'Cumulative value, can switch off', unit: 'USD, discounted', numeric: true, value: (r) => r.cumulativeCurtailUsd, text: (r) => usdWhole(r.cumulativeCurtailUsd) },
  { key: 'cumRun', label: 'Cumulative value, must run', unit: 'USD, discounted', numeric: true, value: (r) => r.cumulativeRunUsd, text: (r) => usdWhole(r.cumulativeRunUsd) },
];

/**
 * What one machine is worth: its payback value (profit per day × the payback period, the 2022
 * report's method) and its forward value over the remaining life, if it can switch off in losing
 * months and if it must run, with the month-by-month projection behind them.
 *
 * @example
 * const f = floorValueFigure(defaultScenario(), context); // S21 XP Hydro, 18-month payback, 36 months, +2 %/month
 * metric(f, 'payback-value').value   // profit/day × 18 × 30.4375 ≈ $4,325
 * metric(f, 'forward-value').value === metric(f, 'forward-value-curtail').value // true in the default "curtail" mode
 */
export function floorValueFigure(s: Scenario, context: FigureContext): FloorValueFigure {
  const machine = studiedMachine(s, context);
  const day = machineDay(machine, marketInputs(s));
  const perMachine = paybackValueUsd({ profitUsdPerDay: day.profitUsdPerDay, paybackMonths: s.payback });
  const perTh = paybackValueUsdPerTh({ profitUsdPerDay: day.profitUsdPerDay, terahashPerSecond: machine.terahashPerSecond, paybackMonths: s.payback });
  const p = projectMachine(projectionInputs(s, machine));
  // The other path, for the contrast the chapter draws (fixed trend ↔ hashrate that responds).
  const otherPath = s.hashrate === 'trend' ? 'respond' : 'trend';
  const other = projectMachine(projectionInputs(s, machine, {}, otherPath));
  const chosenMode = s.mode === 'run' ? 'run' : 'curtail';
  const chosen = chosenMode === 'run' ? p.valueRunUsd : p.valueCurtailUsd;
  const month = monthText(s);
  const markers = projectionMarkers(p, month);
  const lastMonth = s.life - 1;

  const metrics: Metric[] = [
    makeMetric('payback-value-th', `Payback value, ${number(s.payback)}-month payback`, perTh, 'USD per TH', usd),
    makeMetric('payback-value', 'Payback value per machine', perMachine, 'USD per machine', usdWhole),
    makeMetric('forward-value', `Forward value (${modeText(chosenMode)})`, chosen, 'USD per machine', usdWhole),
    makeMetric('forward-value-curtail', 'Forward value if it can switch off', p.valueCurtailUsd, 'USD per machine', usdWhole),
    makeMetric('forward-value-run', 'Forward value if it must run (take-or-pay)', p.valueRunUsd, 'USD per machine', usdWhole),
    ...(p.underwaterMonth === null ? [] : [makeMetric('underwater-month', 'First month losing money on power', p.underwaterMonth, 'months from the scenario date', (v) => (v === 0 ? 'now' : `month ${v}`))]),
    makeMetric('sats-per-th-end', `Output in the last month (${month(lastMonth)})`, p.satsPerThEnd, 'sats per TH/s per day', (v) => number(v, 1)),
    // For the essay's sentences.
    quoted(makeMetric('profit-day', 'Profit on power today', day.profitUsdPerDay, 'USD per day', usd)),
    quoted(makeMetric('forward-value-curtail-th', 'Forward value if it can switch off, per TH', p.valueCurtailUsd / machine.terahashPerSecond, 'USD per TH', usd)),
    ...(p.halvingMonth === null ? [] : [quoted(makeMetric('halving-month', 'Month of the next halving', p.halvingMonth, 'months from the scenario date', (v) => number(v)))]),
    quoted(makeMetric('halving-height', 'Block of the next halving', p.halvingHeight, 'block height', (v) => number(v), '')),
    quoted(makeMetric('purchase-usd', `Purchase price at ${usd(s.cost)} per TH`, s.cost * machine.terahashPerSecond, 'USD per machine', usdWhole)),
    quoted(makeMetric('lifetime-profit-curtail', 'Undiscounted profit over the life, switching off', undiscountedProfitUsd({ months: p.months, mode: 'curtail' }), 'USD per machine', usdWhole)),
    quoted(makeMetric('forward-value-other-path', `Forward value (${modeText(chosenMode)}) if difficulty ${otherPath === 'trend' ? 'followed the fixed trend' : 'answered hashprice'}`, chosenMode === 'run' ? other.valueRunUsd : other.valueCurtailUsd, 'USD per machine', usdWhole)),
    quoted(makeMetric('losing-months-other-path', `Months losing money on power if difficulty ${otherPath === 'trend' ? 'followed the fixed trend' : 'answered hashprice'}`, other.months.filter((m) => m.profitUsd < 0).length, 'months', (v) => number(v))),
    ...(other.underwaterMonth === null ? [] : [quoted(makeMetric('underwater-month-other-path', `First losing month if difficulty ${otherPath === 'trend' ? 'followed the fixed trend' : 'answered hashprice'}`, other.underwaterMonth, 'months from the scenario date', (v) => (v === 0 ? 'now' : `month ${v}`)))]),
  ];
  const longMonth = (m: number) => monthYearLong(monthStartDate(s.date, m));

  const underwaterText = p.underwaterMonth === null ? `none within ${s.life} months` : p.underwaterMonth === 0 ? 'now' : `month ${p.underwaterMonth} (${month(p.underwaterMonth)})`;
  // Month labels are made when a row is drawn (column text), not for every month on every input.
  const rows: FloorMonthRow[] = p.months.map((m) => ({ ...m, halving: m.month === p.halvingMonth }));
  const profitChart: MonthChart = {
    kind: 'months',
    title: 'Profit on power per month (USD)',
    unit: 'USD per month',
    series: [{ name: 'Profit if it runs', kind: 'bar', className: 'series-profit', values: p.months.map((m) => m.profitUsd) }],
    markers,
    text: usdWhole,
    monthText: month,
  };
  const cumulativeChart: MonthChart = {
    kind: 'months',
    title: 'Cumulative discounted value (USD)',
    unit: 'USD, discounted',
    series: [
      { name: 'Can switch off', kind: 'line', className: 'series-curtail', values: p.months.map((m) => m.cumulativeCurtailUsd) },
      { name: 'Must run', kind: 'line', className: 'series-run', values: p.months.map((m) => m.cumulativeRunUsd) },
    ],
    markers,
    text: usdWhole,
    monthText: month,
  };

  const negative = perMachine < 0 ? '; it is negative because the machine loses money on power today, so no payback buyer exists' : '';
  const halving = p.halvingMonth === null ? '' : ` The next halving (block ${number(p.halvingHeight)}) falls in month ${p.halvingMonth}, around ${month(p.halvingMonth)}.`;
  const path = difficultyPathText(s);
  const note =
    `Difficulty ${path}. ` +
    `Beside the ASIC price index: about ${usdWhole(context.asicPriceIndex.peakUsdPerTh)} per TH at the 2021 peak and about ${usdWhole(context.asicPriceIndex.lowUsdPerTh)} per TH in late 2022 (${context.sources.S001}). ` +
    `Payback value = profit per day × ${number(s.payback)} months × ${number(daysPerMonth, 4)} days${negative}.${halving}`;

  return {
    id: 'floor-value',
    title: `What is ${machine.model} worth?`,
    machine,
    chosenMode,
    underwaterText,
    note,
    metrics,
    texts: {
      machine: machine.model,
      'difficulty-path': path,
      'hashrate-path': s.hashrate === 'trend' ? 'trend' : 'respond',
      ...(other.underwaterMonth === null ? {} : { 'underwater-date-other-path': longMonth(other.underwaterMonth) }),
      ...(p.halvingMonth === null ? {} : { 'halving-date': longMonth(p.halvingMonth) }),
      ...(p.underwaterMonth === null ? {} : { 'underwater-date': longMonth(p.underwaterMonth) }),
    },
    keyMetrics: ['payback-value-th', 'payback-value', 'forward-value-curtail', 'forward-value-run'],
    table: { caption: `${machine.model}: month-by-month projection from ${s.date}`, columns: columns(month), rows, rowKey: (r) => String(r.month), rowAttribute: 'data-month' },
    charts: [profitChart, cumulativeChart],
    caption:
      `On an ${number(s.payback)}-month payback the ${machine.model} is worth ${usd(perTh)} per TH (${usdWhole(perMachine)} a machine); ` +
      `over ${s.life} months, with difficulty that ${s.hashrate === 'trend' ? 'follows the fixed trend' : 'answers hashprice'}, it is worth ${usdWhole(p.valueCurtailUsd)} if it can switch off and ${usdWhole(p.valueRunUsd)} if it must run; first losing month: ${underwaterText}.`,
    source: floorValueSource(context),
  };
}
