import { ascending } from 'd3-array';
import { machineDay, type MachineDay } from '../model/machineEconomics.ts';
import { projectMachine } from '../model/projection.ts';
import { hashpriceUsdPerThDay, netOfPoolFee } from '../model/hashprice.ts';
import { breakevenUsdPerKwh } from '../model/breakeven.ts';
import { joulesPerTerahashAfterCut } from '../model/efficiencyLever.ts';
import { marketInputs } from '../scenario/market.ts';
import { projectionInputs } from '../scenario/paths.ts';
import type { Scenario } from '../scenario/schema.ts';
import { customMachine, type MachineRef } from '../catalogue/machine.ts';
import { number, usd, usdFine, usdPerKwh, usdPerMwh, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure } from './types.ts';
import { modeText, studiedMachine } from './projectionShared.ts';

export interface EnergyRow {
  machine: MachineRef;
  low: MachineDay;
  high: MachineDay;
  /** Forward value in the reader's mode at the cheap and the dear power price, USD per machine. */
  valueLow: number;
  valueHigh: number;
  chosen: boolean;
}

export interface EnergyPositionFigure extends Figure<EnergyRow> {
  /** How many machines cover their power bill at each price, in a sentence. */
  summary: string;
  machine: MachineRef;
  /** The efficiency lever sentence's numbers, formatted. */
  lever: { joulesBefore: string; joulesAfter: string; cut: string };
  example: { model: string; joules: string; hashprice: string; reported: string };
  /** "can switch off" or "must run". */
  mode: string;
}

export const energyPositionInputs = ['price', 'diff', 'kwh', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts', 'machine', 'life', 'growth', 'drift', 'discount', 'mode', 'resale', 'kwhlow', 'kwhhigh', 'cut', 'hashrate', 'fleet', 'tiers', 'leave'] as const;

/** The figure's source line, naming the documents as readers know them. */
export const energyPositionSource = (c: Pick<FigureContext, 'sources'>) =>
  `Power prices from ${c.sources.S000}; the firmware example from ${c.sources.S001}; every value from the model at your settings.`;

const loss = (d: MachineDay) => (d.profitUsdPerDay < 0 ? ' ✕' : '');

/**
 * Forward values already projected for the current market and horizon, by machine and power
 * price: moving one of the two power prices leaves the other side's projections as they were, so
 * they are not projected again. The memo holds one market at a time: a change to any other input
 * of the figure (the key is built from the input list itself, so a new input cannot be left out)
 * or another context clears it.
 */
const memoInputs = energyPositionInputs.filter((k) => k !== 'kwhlow' && k !== 'kwhhigh');
let memoKey = '';
let memoContext: FigureContext | undefined;
const memo = new Map<string, number>();
function forwardValueMemo(s: Scenario, context: FigureContext, machine: MachineRef, usdPerKwh: number): number {
  const key = memoInputs.map((k) => s[k]).join('|');
  if (key !== memoKey || context !== memoContext) {
    memo.clear();
    memoKey = key;
    memoContext = context;
  }
  const k = `${machine.id}|${machine.terahashPerSecond}|${machine.watts}|${usdPerKwh}`;
  let v = memo.get(k);
  if (v === undefined) {
    const p = projectMachine(projectionInputs(s, machine, { usdPerKwh }));
    v = s.mode === 'run' ? p.valueRunUsd : p.valueCurtailUsd;
    if (memo.size > 400) memo.clear();
    memo.set(k, v);
  }
  return v;
}

function columns(s: Scenario): Column<EnergyRow>[] {
  const at = (kwh: number) => `at ${usdPerKwh(kwh)}/kWh`;
  return [
    { key: 'machine', label: 'Machine', unit: '', numeric: false, value: (r) => r.machine.model, text: (r) => `${r.machine.model}${r.chosen ? ' (chosen)' : ''}` },
    { key: 'jth', label: 'Efficiency', unit: 'J/TH', numeric: true, value: (r) => r.low.joulesPerTerahash, text: (r) => number(r.low.joulesPerTerahash, 1) },
    { key: 'breakevenLow', label: `Breakeven hashprice ${at(s.kwhlow)}`, unit: 'USD per TH/s per day', numeric: true, value: (r) => r.low.breakevenHashpriceUsdPerThDay, text: (r) => usdFine(r.low.breakevenHashpriceUsdPerThDay) },
    { key: 'marginLow', label: `Margin ${at(s.kwhlow)}`, unit: 'USD per day', numeric: true, value: (r) => r.low.profitUsdPerDay, text: (r) => `${usd(r.low.profitUsdPerDay)}${loss(r.low)}` },
    { key: 'valueLow', label: `Forward value ${at(s.kwhlow)}`, unit: 'USD per machine', numeric: true, value: (r) => r.valueLow, text: (r) => usdWhole(r.valueLow) },
    { key: 'breakevenHigh', label: `Breakeven hashprice ${at(s.kwhhigh)}`, unit: 'USD per TH/s per day', numeric: true, value: (r) => r.high.breakevenHashpriceUsdPerThDay, text: (r) => usdFine(r.high.breakevenHashpriceUsdPerThDay) },
    { key: 'marginHigh', label: `Margin ${at(s.kwhhigh)}`, unit: 'USD per day', numeric: true, value: (r) => r.high.profitUsdPerDay, text: (r) => `${usd(r.high.profitUsdPerDay)}${loss(r.high)}` },
    { key: 'valueHigh', label: `Forward value ${at(s.kwhhigh)}`, unit: 'USD per machine', numeric: true, value: (r) => r.valueHigh, text: (r) => usdWhole(r.valueHigh) },
  ];
}

/**
 * The same machines at a cheap and a dear power price (breakeven hashprice, margin and forward
 * value at each), and the efficiency lever: how a cut in J/TH lifts the breakeven power price,
 * for the studied machine and for the 2022 report's firmware example.
 *
 * @example
 * const f = energyPositionFigure(defaultScenario(), context); // $0.025 vs $0.07 per kWh, 25 % fewer J/TH
 * metric(f, 'example-breakeven-before').value // $0.06 ÷ (30.5 × 0.024) ≈ 0.08197 USD per kWh ($82/MWh)
 * metric(f, 'example-breakeven-after').value  // $0.06 ÷ (22.875 × 0.024) ≈ 0.1093 ($109/MWh)
 */
export function energyPositionFigure(s: Scenario, context: FigureContext): EnergyPositionFigure {
  const custom = customMachine(s.ths, s.watts);
  const chosen = studiedMachine(s, context);
  const fleet = custom ? [...context.machines, custom] : context.machines;
  const market = marketInputs(s);
  const forwardValue = (machine: MachineRef, usdPerKwh: number) => forwardValueMemo(s, context, machine, usdPerKwh);
  // Forward values are projected when first read (the chosen machine's metrics, the table when it
  // is drawn, the CSV), not for every machine on every input.
  const rows: EnergyRow[] = fleet
    .map((machine) => {
      let low: number | undefined;
      let high: number | undefined;
      return {
        machine,
        low: machineDay(machine, { ...market, usdPerKwh: s.kwhlow }),
        high: machineDay(machine, { ...market, usdPerKwh: s.kwhhigh }),
        get valueLow() {
          return (low ??= forwardValue(machine, s.kwhlow));
        },
        get valueHigh() {
          return (high ??= forwardValue(machine, s.kwhhigh));
        },
        chosen: machine.id === chosen.id,
      };
    })
    .sort((a, b) => ascending(a.low.joulesPerTerahash, b.low.joulesPerTerahash));
  const paying = (side: 'low' | 'high') => rows.filter((r) => r[side].profitUsdPerDay >= 0).length;
  const row = rows.find((r) => r.chosen) ?? rows[0]!;
  // The studied machine in both modes at each price, for the essay's sentences.
  const cheap = projectMachine(projectionInputs(s, row.machine, { usdPerKwh: s.kwhlow }));
  const dear = projectMachine(projectionInputs(s, row.machine, { usdPerKwh: s.kwhhigh }));

  const cut = s.cut / 100;
  const net = netOfPoolFee(hashpriceUsdPerThDay(market), market.poolFeeFraction);
  const leverJ = joulesPerTerahashAfterCut({ joulesPerTerahash: row.low.joulesPerTerahash, reductionFraction: cut });
  const before = breakevenUsdPerKwh({ hashpriceUsdPerThDay: net, joulesPerTerahash: row.low.joulesPerTerahash });
  const after = breakevenUsdPerKwh({ hashpriceUsdPerThDay: net, joulesPerTerahash: leverJ });
  const ex = context.firmwareExample;
  const exampleBefore = breakevenUsdPerKwh({ hashpriceUsdPerThDay: ex.hashpriceUsdPerThDay, joulesPerTerahash: ex.joulesPerTerahash });
  const exampleAfter = breakevenUsdPerKwh({ hashpriceUsdPerThDay: ex.hashpriceUsdPerThDay, joulesPerTerahash: joulesPerTerahashAfterCut({ joulesPerTerahash: ex.joulesPerTerahash, reductionFraction: cut }) });
  const perTh = 'USD per TH/s per day';
  const model = row.machine.model;

  return {
    id: 'energy-position',
    title: 'The same machines, two power contracts',
    machine: row.machine,
    lever: { joulesBefore: number(row.low.joulesPerTerahash, 1), joulesAfter: number(leverJ, 2), cut: number(s.cut) },
    example: {
      model: ex.model,
      joules: number(ex.joulesPerTerahash, 1),
      hashprice: usdFine(ex.hashpriceUsdPerThDay),
      reported: `${usdWhole(ex.reported.breakevenStockUsdPerMwh)} → ${usdWhole(ex.reported.breakevenTunedUsdPerMwh)} at ${number(ex.reported.efficiencyCutFraction * 100)} %`,
    },
    mode: modeText(s.mode),
    summary: `${paying('low')} of ${rows.length} machines cover their power bill at ${usdPerKwh(s.kwhlow)} per kWh; ${paying('high')} do at ${usdPerKwh(s.kwhhigh)}.`,
    texts: { machine: model },
    keyMetrics: ['forward-value-low', 'forward-value-high', 'breakeven-kwh-before', 'breakeven-kwh-after'],
    metrics: [
      // Three metrics, each on the cheap (low) and then the dear (high) side.
      ...(['breakeven-hashprice', 'margin', 'forward-value'] as const).flatMap((kind) =>
        (['low', 'high'] as const).map((side) => {
          const at = `at ${usdPerKwh(side === 'low' ? s.kwhlow : s.kwhhigh)}/kWh`;
          const d = row[side];
          if (kind === 'margin') return makeMetric(`margin-${side}`, `Margin per day ${at}`, d.profitUsdPerDay, 'USD per day', usd);
          if (kind === 'forward-value') return makeMetric(`forward-value-${side}`, `Forward value ${at} (${modeText(s.mode)})`, side === 'low' ? row.valueLow : row.valueHigh, 'USD per machine', usdWhole);
          return makeMetric(`breakeven-hashprice-${side}`, `${model}: breakeven hashprice ${at}`, d.breakevenHashpriceUsdPerThDay, perTh, usdFine);
        }),
      ),
      quoted(makeMetric('forward-value-curtail-low', `Forward value at ${usdPerKwh(s.kwhlow)}/kWh if it can switch off`, cheap.valueCurtailUsd, 'USD per machine', usdWhole)),
      quoted(makeMetric('forward-value-curtail-high', `Forward value at ${usdPerKwh(s.kwhhigh)}/kWh if it can switch off`, dear.valueCurtailUsd, 'USD per machine', usdWhole)),
      quoted(makeMetric('forward-value-run-high', `Forward value at ${usdPerKwh(s.kwhhigh)}/kWh if it must run`, dear.valueRunUsd, 'USD per machine', usdWhole)),
      quoted(makeMetric('losing-months-low', `Losing months at ${usdPerKwh(s.kwhlow)}/kWh`, cheap.months.filter((m) => m.profitUsd < 0).length, 'months', (v) => number(v))),
      quoted(makeMetric('joules-per-th', `${model}: efficiency`, row.low.joulesPerTerahash, 'J/TH', (v) => number(v, 1))),
      quoted(makeMetric('joules-after-cut', `With ${number(s.cut)} % fewer J/TH`, leverJ, 'J/TH', (v) => number(v, 1))),
      makeMetric('breakeven-kwh-before', `${model}: breakeven power price`, before, 'USD per kWh', usdPerMwh, 'per MWh'),
      makeMetric('breakeven-kwh-after', `With ${number(s.cut)} % fewer J/TH`, after, 'USD per kWh', usdPerMwh, 'per MWh'),
      makeMetric('example-breakeven-before', `${ex.model} (2022 report): breakeven power price`, exampleBefore, 'USD per kWh', usdPerMwh, 'per MWh'),
      makeMetric('example-breakeven-after', `With ${number(s.cut)} % fewer J/TH`, exampleAfter, 'USD per kWh', usdPerMwh, 'per MWh'),
    ],
    table: {
      caption: `Every machine at ${usdPerKwh(s.kwhlow)} and at ${usdPerKwh(s.kwhhigh)} per kWh, most efficient first; hashprice today ${usdFine(net)} per TH/s per day`,
      columns: columns(s),
      rows,
      rowKey: (r) => r.machine.id,
      rowAttribute: 'data-machine',
      rowClass: (r) => (r.chosen ? 'chosen' : ''),
    },
    charts: [],
    caption:
      `The ${model} is worth ${usdWhole(row.valueLow)} on ${usdPerKwh(s.kwhlow)}/kWh power and ${usdWhole(row.valueHigh)} on ${usdPerKwh(s.kwhhigh)}/kWh (${modeText(s.mode)}); ` +
      `it breaks even at a hashprice of ${usdFine(row.low.breakevenHashpriceUsdPerThDay)} and ${usdFine(row.high.breakevenHashpriceUsdPerThDay)} per TH/s per day, and ${number(s.cut)} % fewer J/TH lifts its breakeven power price from ${usdPerMwh(before)} to ${usdPerMwh(after)} per MWh.`,
    source: energyPositionSource(context),
  };
}
