import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, percent, usd, usdPerKwh, usdWhole } from '../format/index.ts';
import { breakevenUsdPerKwh } from '../model/breakeven.ts';
import { hashcostUsdPerThDay } from '../model/powerCost.ts';
import { durationCurveUsdPerKwh, flexibleYear, hoursPerYear, type PriceCurve } from '../model/flexibleLoad.ts';
import { fleetClasses } from '../scenario/paths.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric, type XYChart } from './types.ts';
import { powerBasics } from './powerShared.ts';
// The document figures this figure reads (Winter Storm Elliott; curtailed power at $10/MWh), typed once in the essay's documents module.
import { curtailedPowerUsdPerMwh, elliott2022 as elliott } from '../essay/documents.ts';

export interface DurationRow {
  /** Share of the year's hours dearer than this one. */
  rank: number;
  hour: number;
  usdPerKwh: number;
  running: boolean;
}

export interface FlexibleLoadFigure extends Figure<DurationRow, XYChart> {
  machine: MachineRef;
}

export const flexibleLoadInputs = ['price', 'diff', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts', 'machine', 'fleet', 'spotbase', 'spikeshare', 'spikekwh', 'drcredit'] as const;

export const flexibleLoadSource = (c: Pick<FigureContext, 'sources'>) =>
  `The price curve is illustrative (our parameters, no document gives one); Winter Storm Elliott's 100 EH/s and 40 % and the $10/MWh of curtailed power from ${c.sources.S001}; breakevens from the model.`;


/**
 * The spot price at which a share of the fleet's hashrate, least efficient first, has switched off
 * by the rule (spot ≥ breakeven): the breakeven power price of the class at that share of the fleet.
 * For 40 %: the Elliott reading.
 */
export function spotForShareOff(classes: readonly { joulesPerTerahash: number; share: number }[], netUsdPerThDay: number, shareOff: number): number {
  const total = classes.reduce((a, c) => a + c.share, 0);
  const worstFirst = [...classes].sort((a, b) => b.joulesPerTerahash - a.joulesPerTerahash);
  let off = 0;
  for (const c of worstFirst) {
    off += c.share / total;
    if (off >= shareOff - 1e-12) return breakevenUsdPerKwh({ hashpriceUsdPerThDay: netUsdPerThDay, joulesPerTerahash: c.joulesPerTerahash });
  }
  return 0;
}

/**
 * Flexible load over a year of spot prices: the machine's breakeven power price against the
 * duration curve, and what "run when spot < breakeven" gives — hours off, energy bought, the
 * average price paid, the revenue kept, the margin against running every hour, and credits for
 * the energy not drawn. Two readings from the documents: Winter Storm Elliott's 40 % as the spot
 * price at which the least efficient 40 % of the fleet mix stops, and old machines on $10/MWh.
 *
 * @example
 * metric(flexibleLoadFigure(defaultScenario(), context), 'hours-off').value // ≈ 443 hours a year, spot above the S21 XP Hydro's $0.118/kWh
 */
export function flexibleLoadFigure(s: Scenario, context: FigureContext): FlexibleLoadFigure {
  const b = powerBasics(s, context);
  const { machine } = b;
  const curve: PriceCurve = { baseUsdPerKwh: s.spotbase, spikeShare: s.spikeshare / 100, peakUsdPerKwh: Math.max(s.spikekwh, s.spotbase) };
  const y = flexibleYear({ curve, breakevenUsdPerKwh: b.breakevenUsdPerKwh, creditUsdPerMwh: s.drcredit });
  const prices = durationCurveUsdPerKwh(curve);
  const netPerTh = (b.hashpriceUsdPerPhDay / 1000) * (1 - b.poolFeeFraction);
  const elliottSpot = spotForShareOff(fleetClasses(s), netPerTh, elliott.curtailedShare);
  const oldest = [...context.machines].sort((a, c) => c.watts / c.terahashPerSecond - a.watts / a.terahashPerSecond)[0]!;
  const oldestJ = oldest.watts / oldest.terahashPerSecond;
  const oldestBreakeven = breakevenUsdPerKwh({ hashpriceUsdPerThDay: netPerTh, joulesPerTerahash: oldestJ });
  // Margin per TH/s a day on $10/MWh: revenue − the hashcost at $0.01/kWh.
  const oldestMarginPerThDay = netPerTh - hashcostUsdPerThDay({ joulesPerTerahash: oldestJ, usdPerKwh: curtailedPowerUsdPerMwh / 1000 });
  const impliedNetworkEh = elliott.curtailedEhPerSecond / elliott.curtailedShare;

  const rows: DurationRow[] = Array.from({ length: 21 }, (_, k) => {
    const rank = k / 20;
    const hour = Math.min(hoursPerYear - 1, Math.round(rank * hoursPerYear));
    const p = prices[hour]!;
    return { rank, hour, usdPerKwh: p, running: p < b.breakevenUsdPerKwh };
  });
  const columns: Column<DurationRow>[] = [
    { key: 'rank', label: 'Hours dearer than this one', unit: 'fraction of the year', numeric: true, value: (r) => r.rank, text: (r) => percent(r.rank, 0) },
    { key: 'hour', label: 'Hour of the ranked year', unit: 'hours', numeric: true, value: (r) => r.hour, text: (r) => number(r.hour) },
    { key: 'price', label: 'Spot price', unit: 'USD per kWh', numeric: true, value: (r) => r.usdPerKwh, text: (r) => usdPerKwh(r.usdPerKwh) },
    { key: 'running', label: 'Machines', unit: '', numeric: false, value: (r) => (r.running ? 'run' : 'off'), text: (r) => (r.running ? 'run' : 'off') },
  ];
  const step = 40;
  const points = Array.from({ length: Math.ceil(hoursPerYear / step) + 1 }, (_, k) => Math.min(hoursPerYear - 1, k * step)).map((h) => ({ x: h, y: prices[h]! }));
  const top = Math.max(curve.peakUsdPerKwh, b.breakevenUsdPerKwh) * 1.05;
  const chart: XYChart = {
    kind: 'xy',
    title: 'Spot price, hours ranked from the dearest (USD per kWh)',
    xTitle: 'hours of the year',
    series: [{ name: 'Spot price (illustrative curve)', className: 'series-a', points }],
    references: [{ y: b.breakevenUsdPerKwh, label: `${machine.model} breaks even at ${usdPerKwh(b.breakevenUsdPerKwh)}`, className: 'reference reference--yours' }],
    markers: y.hoursOff > 0 && y.hoursOff < hoursPerYear ? [{ x: y.hoursOff, label: `← off ${number(y.hoursOff)} h`, className: 'marker marker--underwater' }] : [],
    xDomain: [0, hoursPerYear],
    yDomain: [0, top],
    xText: (v) => number(v),
    yText: (v) => usdPerKwh(v),
  };
  const metrics: Metric[] = [
    makeMetric('breakeven-kwh', `${machine.model}: breakeven power price`, b.breakevenUsdPerKwh, 'USD per kWh', usdPerKwh),
    makeMetric('hours-off', 'Hours switched off a year', y.hoursOff, 'hours per year', (v) => number(v), 'hours a year'),
    makeMetric('avg-power-price', 'Average price paid while running', y.averageUsdPerKwh, 'USD per kWh', usdPerKwh),
    makeMetric('revenue-kept', 'Revenue kept (hours running)', y.revenueKeptFraction, 'fraction of the always-on revenue', (v) => percent(v, 1)),
    quoted(makeMetric('avg-power-price-always-on', 'Average price of every hour (always on)', y.averageAlwaysOnUsdPerKwh, 'USD per kWh', usdPerKwh)),
    quoted(makeMetric('energy-mwh-per-mw', 'Energy bought per MW a year', y.energyMwhPerMw, 'MWh per MW-year', (v) => number(v), 'MWh per MW-year')),
    quoted(makeMetric('margin-flexible-usd-per-mw', 'Margin per MW-year, flexible (credits included)', y.marginFlexibleUsdPerMw, 'USD per MW-year', usdWhole)),
    quoted(makeMetric('margin-always-on-usd-per-mw', 'Margin per MW-year, always on', y.marginAlwaysOnUsdPerMw, 'USD per MW-year', usdWhole)),
    quoted(makeMetric('credits-usd-per-mw', 'Demand-response credits per MW-year', y.creditsUsdPerMw, 'USD per MW-year', usdWhole)),
    quoted(makeMetric('elliott-spot-kwh', 'Spot at which the least efficient 40 % of the fleet mix stops', elliottSpot, 'USD per kWh', usdPerKwh)),
    quoted(makeMetric('elliott-network-eh', 'Network hashrate Elliott’s 100 EH/s and 40 % imply', impliedNetworkEh, 'EH/s', (v) => number(v))),
    quoted(makeMetric('oldest-breakeven-kwh', `${oldest.model} (${number(oldestJ)} J/TH): breakeven power price`, oldestBreakeven, 'USD per kWh', usdPerKwh)),
    quoted(makeMetric('oldest-margin-at-10-mwh', `${oldest.model} margin per TH/s a day on $10/MWh power`, oldestMarginPerThDay, 'USD per TH/s per day', (v) => usd(v))),
  ];
  return {
    id: 'flexible-load',
    title: 'Flexible load',
    machine,
    metrics,
    table: { caption: `The illustrative spot curve (base ${usdPerKwh(s.spotbase)}, ${number(s.spikeshare, 1)} % of hours above it, peak ${usdPerKwh(curve.peakUsdPerKwh)}) and what the ${machine.model} does in each hour`, columns, rows, rowKey: (r) => String(r.rank), rowAttribute: 'data-row', rowClass: (r) => (r.running ? '' : 'loss') },
    charts: [chart],
    caption:
      `Running only while spot is below its ${usdPerKwh(b.breakevenUsdPerKwh)}/kWh breakeven, the ${machine.model} switches off ${number(y.hoursOff)} hours a year, pays ${usdPerKwh(y.averageUsdPerKwh)}/kWh on average instead of ${usdPerKwh(y.averageAlwaysOnUsdPerKwh)}, ` +
      `and keeps ${percent(y.revenueKeptFraction, 1)} of its revenue; per MW-year it clears ${usdWhole(y.marginFlexibleUsdPerMw)} against ${usdWhole(y.marginAlwaysOnUsdPerMw)} always on.`,
    source: flexibleLoadSource(context),
    keyMetrics: ['hours-off', 'avg-power-price', 'revenue-kept', 'breakeven-kwh'],
    texts: { machine: machine.model, oldest: oldest.model },
  };
}
