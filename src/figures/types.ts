import type { Scenario } from '../scenario/schema.ts';

/**
 * The shape every figure's view model shares. A figure is computed once, by one pure function
 * `(scenario, context) → figure`, and everything else reads it: the Svelte widget, its embed
 * page, its card (SVG/PNG), its CSV, the reader's formulas and the tests.
 *
 * Numbers are kept raw (in the unit the field names) beside their display text. Table cells and
 * chart ticks are formatted lazily, by the column's or chart's `text` function, so a table that
 * nobody has opened costs no formatting.
 */

/** A headline number: `name` is its stable `data-metric` id; `value` is raw, in `unit`. */
export interface Metric {
  name: string;
  label: string;
  value: number;
  /** Unit of `value` as a reader reads it ("USD per PH/s per day"); '' for counts. */
  unit: string;
  /** `value` formatted for display (never "NaN"). */
  text: string;
  /** What the page prints after `text` ("per PH/s per day"): `unit` without the currency the text already shows. */
  textUnit: string;
  /**
   * A supporting number the essay's prose quotes (src/components/Live.astro) that the widget does
   * not headline: every widget lists these under its own (src/widgets/FigureFrame.svelte), so each
   * number in the text can be found in its figure, and in the figure's embed.
   */
  quoted?: true;
}

/** One column of a figure's table. `value` is what the CSV carries; `text` what the page shows. */
export interface Column<R> {
  key: string;
  label: string;
  /** Unit of the column's values ('' for text columns). CSV headers append it. */
  unit: string;
  numeric: boolean;
  // Method signatures (not arrow properties) so a Figure<MachineRow> is also a Figure<unknown>.
  value(row: R): number | string;
  text(row: R): string;
  /** When set, each cell carries `data-metric` with this name and `data-value` with the raw value. */
  metric?: string;
}

export interface Table<R> {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  /** A stable key per row (machine id, month number …). */
  rowKey(row: R): string;
  /** The data attribute that carries the row key on `<tr>` (e.g. "data-machine"). */
  rowAttribute: 'data-machine' | 'data-month' | 'data-recovery' | 'data-row';
  /** Rows to mark (loss, the reader's chosen machine): a class name per row, or ''. */
  rowClass?(row: R): string;
}

/** Horizontal bars, one per item (machines by cost share). */
export interface BarChart {
  kind: 'bars';
  title: string;
  unit: string;
  items: { key: string; label: string; shortLabel: string; value: number; loss: boolean; highlight: boolean }[];
  /** A reference line (100 %: power eats all revenue). */
  reference: { value: number; label: string };
  /** Values above `cap` are drawn cut at it and marked. */
  cap: number;
  text: (value: number) => string;
}

export interface MonthSeries {
  name: string;
  kind: 'bar' | 'line';
  /** CSS class naming the series' colour and dash (shared by the page and the card). */
  className: string;
  values: number[];
}

export interface MonthMarker {
  month: number;
  label: string;
  kind: 'halving' | 'underwater';
}

/** Values month by month from the scenario date. */
export interface MonthChart {
  kind: 'months';
  title: string;
  unit: string;
  series: MonthSeries[];
  markers: MonthMarker[];
  text: (value: number) => string;
  /** Calendar label of a month index ("Apr 2028"). */
  monthText: (month: number) => string;
}

/** Ranges on a 0–100 % track (recovery shares). */
export interface RangeChart {
  kind: 'ranges';
  title: string;
  items: { key: string; label: string; low: number; high: number; highlight: boolean; text: string }[];
}

/** A series of an x–y chart: a polyline, or a step line (each point holds until the next). */
export interface XYSeries {
  name: string;
  /** CSS class naming the series' colour and dash (shared by the page and the card). */
  className: string;
  points: { x: number; y: number }[];
  step?: boolean;
}

/** Values against a numeric x axis (days, a share of hashrate), with reference lines and markers. */
export interface XYChart {
  kind: 'xy';
  title: string;
  /** What the x axis counts, printed at its end ("days", "share of network hashrate"). */
  xTitle: string;
  series: XYSeries[];
  /** Horizontal lines at a value, labelled at their right end. */
  references: { y: number; label: string; className: string }[];
  /** Vertical lines at an x, labelled above the plot (labels never collide). */
  markers: { x: number; label: string; className: string }[];
  xDomain: [number, number];
  /** The y range to show at least (it grows to fit the data, the references and 0). */
  yDomain?: [number, number];
  xText: (value: number) => string;
  yText: (value: number) => string;
}

export type Chart = BarChart | MonthChart | RangeChart | XYChart;

export interface Figure<R = unknown, C extends Chart = Chart> {
  id: string;
  title: string;
  metrics: Metric[];
  table: Table<R>;
  charts: C[];
  /** One sentence that states the key figures: the alt text of the figure's image. */
  caption: string;
  /** The source line: which documents and which model the figure rests on. */
  source: string;
  /** The metrics a card (image) shows, by name, most important first (default: the first four). */
  keyMetrics?: string[];
  /** Words the essay's live sentences may quote, by name (the studied machine's name, a month). */
  texts?: Record<string, string>;
  /**
   * Settings a link to this figure must carry beyond the scenario, so that it shows what the reader
   * sees: the formula cells a block shows, its example cells too (which the scenario leaves out).
   */
  linkScenario?: Partial<Scenario>;
}

/**
 * A metric by name. Throws a message naming the figure, the metric and the names it has (a
 * programming error, not reader input).
 *
 * @example
 * metric(hashpriceFigure(defaultScenario(), context), 'hashprice').value // ≈ 33.96
 */
export function metric(figure: Pick<Figure, 'id' | 'metrics'>, name: string): Metric {
  const found = figure.metrics.find((m) => m.name === name);
  if (!found) throw new Error(`figure "${figure.id}" has no metric "${name}"; it has: ${figure.metrics.map((m) => m.name).join(', ')}`);
  return found;
}

/**
 * Builds a metric, formatting its value once. `textUnit` defaults to `unit` without a leading
 * "USD" (the text already shows "$") and to nothing for fractions (the text shows "%").
 *
 * @example
 * makeMetric('hashprice', 'Hashprice', 33.96, 'USD per PH/s per day', usd).textUnit // "per PH/s per day"
 */
/**
 * Marks a metric as one the prose quotes and the widget lists among its supporting numbers.
 *
 * @example
 * quoted(makeMetric('profit-day', 'Profit on power today', 7.89, 'USD per day', usd)).quoted // true
 */
export function quoted(m: Metric): Metric {
  return { ...m, quoted: true };
}

export function makeMetric(name: string, label: string, value: number, unit: string, format: (v: number) => string, textUnit?: string): Metric {
  return { name, label, value, unit, text: format(value), textUnit: textUnit ?? (unit.startsWith('fraction') ? '' : unit.replace(/^USD( |$)/, '')) };
}
