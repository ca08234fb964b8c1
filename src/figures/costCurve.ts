import { breakevenHashpriceUsdPerPhDay, marginalSegment, meanJoulesPerTerahash, shareUnderwater, type FleetSegment } from '../model/fleetCurve.ts';
import { hashpriceUsdPerThDay, usdPerPhDayFromUsdPerThDay } from '../model/hashprice.ts';
import { effectiveSubsidyBtc } from '../scenario/market.ts';
import { fleetClasses, fleetCurveOf } from '../scenario/paths.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, percent, usd, usdPerKwh } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { studiedMachine } from './projectionShared.ts';
import { makeMetric, quoted, type Column, type Figure, type XYChart } from './types.ts';

export interface CostCurveRow extends FleetSegment {
  underwater: boolean;
}

export interface CostCurveFigure extends Figure<CostCurveRow, XYChart> {
  machine: MachineRef;
}

export const costCurveInputs = ['price', 'diff', 'fees', 'subsidy', 'date', 'fleet', 'tiers', 'kwh', 'machine', 'ths', 'watts'] as const;

/** The figure's source line. */
export const costCurveSource = (c: Pick<FigureContext, 'sources'>) =>
  `Machine classes after the generations and cost bands in ${c.sources.S003} and the machines in ${c.sources.S001}; power tiers after ${c.sources.S000} and ${c.sources.S003}; the shares are our assumption (see the chapter); the curve from the model.`;

const columns: Column<CostCurveRow>[] = [
  { key: 'class', label: 'Machine class', unit: 'J/TH', numeric: true, value: (r) => r.joulesPerTerahash, text: (r) => number(r.joulesPerTerahash, r.joulesPerTerahash % 1 ? 1 : 0) },
  { key: 'power', label: 'Power price', unit: 'USD per kWh', numeric: true, value: (r) => r.usdPerKwh, text: (r) => usdPerKwh(r.usdPerKwh) },
  { key: 'share', label: 'Share of network hashrate', unit: 'fraction', numeric: true, value: (r) => r.share, text: (r) => percent(r.share, 1) },
  { key: 'cumulative', label: 'Cumulative share', unit: 'fraction', numeric: true, value: (r) => r.cumulativeShareBefore + r.share, text: (r) => percent(r.cumulativeShareBefore + r.share, 1) },
  { key: 'breakeven', label: 'Breakeven hashprice', unit: 'USD per PH/s per day', numeric: true, value: (r) => r.breakevenUsdPerPhDay, text: (r) => usd(r.breakevenUsdPerPhDay) },
  { key: 'status', label: 'At today’s hashprice', unit: '', numeric: false, value: (r) => (r.underwater ? 'underwater' : 'covers its power'), text: (r) => (r.underwater ? 'Underwater' : 'Covers its power') },
];

/**
 * The network's cost curve: the fleet mix's segments (machine class × power tier) sorted by the
 * hashprice at which each just covers its power, against today's hashprice. The share of hashrate
 * above the line is underwater; the last segment below it is the marginal machine.
 *
 * @example
 * const f = costCurveFigure(defaultScenario(), context);
 * metric(f, 'share-underwater').value // ≈ 0.1075 at $33.96 per PH/s a day
 */
export function costCurveFigure(s: Scenario, context: FigureContext): CostCurveFigure {
  const curve = fleetCurveOf(s);
  const hashprice = usdPerPhDayFromUsdPerThDay(hashpriceUsdPerThDay({ priceUsdPerBtc: s.price, difficultyT: s.diff, subsidyBtc: effectiveSubsidyBtc(s), feesBtcPerBlock: s.fees }));
  const under = shareUnderwater(curve, hashprice);
  const marginal = marginalSegment(curve, hashprice);
  // When nothing covers its power, the cheapest segment is the one that would restart first.
  const marginalBreakeven = marginal?.breakevenUsdPerPhDay ?? curve[0]!.breakevenUsdPerPhDay;
  const machine = studiedMachine(s, context);
  const machineJ = machine.watts / machine.terahashPerSecond;
  const machineBreakeven = breakevenHashpriceUsdPerPhDay(machineJ, s.kwh);
  const meanJ = meanJoulesPerTerahash(fleetClasses(s));
  const rows: CostCurveRow[] = curve.map((seg) => ({ ...seg, underwater: seg.breakevenUsdPerPhDay > hashprice }));
  const top = Math.max(hashprice, machineBreakeven, ...curve.map((c) => c.breakevenUsdPerPhDay));
  const points = curve.flatMap((c) => [{ x: c.cumulativeShareBefore, y: c.breakevenUsdPerPhDay }]);
  points.push({ x: 1, y: curve[curve.length - 1]!.breakevenUsdPerPhDay });
  const chart: XYChart = {
    kind: 'xy',
    title: 'Breakeven hashprice (USD per PH/s per day)',
    xTitle: 'share of network hashrate',
    series: [{ name: 'Fleet cost curve', className: 'series-a', step: true, points }],
    references: [
      { y: hashprice, label: `Hashprice today, ${usd(hashprice)}`, className: 'reference' },
      { y: machineBreakeven, label: `${machine.model} at ${usdPerKwh(s.kwh)}/kWh, ${usd(machineBreakeven)}`, className: 'reference reference--yours' },
    ],
    markers: under > 0 && under < 1 ? [{ x: 1 - under, label: `${percent(under, 0)} underwater →`, className: 'marker marker--underwater' }] : [],
    xDomain: [0, 1],
    yDomain: [0, top],
    xText: (v) => percent(v, 0),
    yText: (v) => usd(v).replace(/\.00$/, ''),
  };
  const metrics = [
    makeMetric('share-underwater', 'Share of network hashrate underwater', under, 'fraction of network hashrate', (v) => percent(v, 1)),
    makeMetric('marginal-breakeven-hashprice', marginal ? 'The marginal machine’s breakeven' : 'No segment covers its power; the cheapest breaks even at', marginalBreakeven, 'USD per PH/s per day', usd),
    makeMetric('hashprice-today', 'Hashprice today (gross)', hashprice, 'USD per PH/s per day', usd),
    makeMetric('machine-breakeven-hashprice', `${machine.model} at ${usdPerKwh(s.kwh)}/kWh breaks even at`, machineBreakeven, 'USD per PH/s per day', usd),
    quoted(makeMetric('fleet-joules-per-th', 'Fleet average efficiency', meanJ, 'J/TH', (v) => number(v, 1))),
    quoted(makeMetric('marginal-joules-per-th', 'The marginal machine’s class', (marginal ?? curve[0]!).joulesPerTerahash, 'J/TH', (v) => number(v, 1))),
    quoted(makeMetric('marginal-usd-per-kwh', 'The marginal machine’s power price', (marginal ?? curve[0]!).usdPerKwh, 'USD per kWh', usdPerKwh)),
  ];
  return {
    id: 'cost-curve',
    title: 'The fleet’s cost curve',
    machine,
    metrics,
    table: { caption: `The fleet mix, cheapest to run first, at a hashprice of ${usd(hashprice)} per PH/s a day`, columns, rows, rowKey: (r) => `${r.classIndex}-${r.tierIndex}`, rowAttribute: 'data-row', rowClass: (r) => (r.underwater ? 'loss' : '') },
    charts: [chart],
    caption: `At ${usd(hashprice)} per PH/s a day, ${percent(under, 1)} of the network's hashrate in this fleet mix does not cover its power; the marginal machine breaks even at ${usd(marginalBreakeven)}, and the ${machine.model} at ${usdPerKwh(s.kwh)}/kWh at ${usd(machineBreakeven)}.`,
    source: costCurveSource(context),
    keyMetrics: ['share-underwater', 'marginal-breakeven-hashprice', 'hashprice-today', 'machine-breakeven-hashprice'],
    texts: { machine: machine.model },
  };
}
