// One cycle, dated: every dated figure of the documents on one time axis, in five small multiples
// (hashprice, bitcoin's price, difficulty, ASIC prices, financing), with the events the documents
// date and the presets a reader can step into. Each point cites its fact; a range is drawn as a
// range; a point the model derives (a difficulty from a hashrate) is marked derived and says how.
// The figure reads no setting: the documents are the same at every scenario.
import { difficultyTFromHashrate } from '../model/difficulty.ts';
import { number, usd, usdCompact, usdWhole } from '../format/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { presets } from '../scenario/presets.ts';
import { presetNotes } from '../scenario/presetNotes.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, type Column, type Figure } from './types.ts';
import { issuanceRows } from './financing.ts';

export type TimelineSeries = 'hashprice' | 'price' | 'difficulty' | 'asic' | 'financing';

export interface TimelinePoint {
  id: string;
  series: TimelineSeries;
  /** Where the point is drawn (the middle of its period), YYYY-MM-DD. */
  dateIso: string;
  /** The period as the document gives it (the fact's own wording). */
  period: string;
  /** In the series' unit: a value, or a [low, high] range. */
  value: number | readonly [number, number];
  /** "below", "above", "about" … as the document qualifies it, or ''. */
  qualifier: string;
  fact: string;
  /** The factor from the fact's unit to the series' unit (USD/TH/s/day → USD/PH/s/day is 1,000). */
  factFactor: number;
  /** When the model derives the point from the fact: how. */
  derived?: string;
  /** The preset that steps into this moment, if any. */
  preset?: string;
}

export interface TimelineEvent {
  dateIso: string;
  label: string;
  fact: string;
}

export interface TimelineFigure extends Figure<TimelinePoint, never> {
  points: TimelinePoint[];
  events: TimelineEvent[];
  series: { id: TimelineSeries; title: string; unit: string; text: (v: number) => string }[];
  presets: { id: string; label: string; how: string }[];
  /** The axis, YYYY-MM-DD. */
  domain: [string, string];
}

export const timelineInputs = [] as const;

export const timelineSource = (c: Pick<FigureContext, 'sources'>) =>
  `Every point from ${c.sources.S000}, ${c.sources.S001}, ${c.sources.S002} or ${c.sources.S003}, as each dates and qualifies it; derived points say how the model derives them.`;

const series: TimelineFigure['series'] = [
  { id: 'hashprice', title: 'Hashprice', unit: 'USD per PH/s per day', text: (v) => usd(v) },
  { id: 'price', title: 'Bitcoin', unit: 'USD per BTC', text: usdWhole },
  { id: 'difficulty', title: 'Difficulty', unit: 'T', text: (v) => `${number(v, 1)} T` },
  { id: 'asic', title: 'ASIC prices', unit: 'USD per TH', text: (v) => usd(v) },
  { id: 'financing', title: 'Financing', unit: 'USD', text: usdCompact },
];

/** The 1.03 ZH/s month and f2pool's ~890 EH/s as difficulties: hashrate × 600 s ÷ 2³². */
const zh103 = difficultyTFromHashrate(1030);
const eh890 = difficultyTFromHashrate(890);

const pointRows: TimelinePoint[] = [
  { id: 'hp-q1-2021', series: 'hashprice', dateIso: '2021-02-14', period: 'Q1 2021 (average)', value: 270, qualifier: 'average', fact: 'S001-016', factFactor: 1000 },
  { id: 'hp-q1-2022', series: 'hashprice', dateIso: '2022-02-14', period: 'Q1 2022 (average)', value: 190, qualifier: 'average', fact: 'S001-015', factFactor: 1000 },
  { id: 'hp-q2-2022', series: 'hashprice', dateIso: '2022-05-15', period: 'Q2 2022 (average)', value: 140, qualifier: 'average', fact: 'S001-018', factFactor: 1000 },
  { id: 'hp-q3-2022', series: 'hashprice', dateIso: '2022-08-15', period: 'Q3 2022 (average)', value: 90, qualifier: 'average', fact: 'S001-020', factFactor: 1000 },
  { id: 'hp-end-2022', series: 'hashprice', dateIso: '2022-12-31', period: '2022-12-31', value: 60, qualifier: '', fact: 'S001-022', factFactor: 1000, preset: 'end-2022' },
  { id: 'hp-autumn-2025', series: 'hashprice', dateIso: '2025-09-30', period: '~Sep-Oct 2025', value: 47, qualifier: 'below', fact: 'S002-015', factFactor: 1, preset: 'autumn-2025' },
  { id: 'hp-late-2025', series: 'hashprice', dateIso: '2025-12-01', period: '~late 2025', value: 39, qualifier: 'about', fact: 'S003-016', factFactor: 1 },
  { id: 'hp-feb-2026', series: 'hashprice', dateIso: '2026-02-02', period: '2026-02-02', value: 34, qualifier: '', fact: 'S003-017', factFactor: 1, preset: 'feb-2026' },
  { id: 'btc-q1-2022', series: 'price', dateIso: '2022-02-14', period: 'Q1 2022', value: [35_000, 45_000], qualifier: 'range', fact: 'S001-014', factFactor: 1 },
  { id: 'btc-q2-2022', series: 'price', dateIso: '2022-05-15', period: 'Q2 2022', value: 20_000, qualifier: 'below', fact: 'S001-017', factFactor: 1 },
  { id: 'btc-q4-2022', series: 'price', dateIso: '2022-11-15', period: 'Q4 2022', value: [15_000, 18_000], qualifier: 'range', fact: 'S001-021', factFactor: 1, preset: 'nov-2022-peak' },
  { id: 'btc-oct-2025', series: 'price', dateIso: '2025-10-06', period: '~Oct 2025', value: 126_000, qualifier: 'above', fact: 'S003-005', factFactor: 1 },
  { id: 'btc-feb-2026', series: 'price', dateIso: '2026-02-02', period: '2026-02-02', value: 76_176, qualifier: 'about', fact: 'S003-012', factFactor: 1, preset: 'feb-2026' },
  { id: 'btc-early-feb-2026', series: 'price', dateIso: '2026-02-08', period: 'early Feb 2026', value: 78_000, qualifier: 'about', fact: 'S003-008', factFactor: 1 },
  { id: 'diff-peak-2022', series: 'difficulty', dateIso: '2022-11-20', period: '2022-11-20', value: 37, qualifier: '', fact: 'S001-026', factFactor: 1e-12, preset: 'nov-2022-peak' },
  { id: 'diff-end-2022', series: 'difficulty', dateIso: '2022-12-31', period: '2022-12-31', value: 35.4, qualifier: '', fact: 'S001-028', factFactor: 1e-12, preset: 'end-2022' },
  { id: 'diff-sep-2025', series: 'difficulty', dateIso: '2025-09-15', period: '~Sep 2025', value: zh103, qualifier: 'derived', fact: 'S002-014', factFactor: zh103 / 1.03, derived: `1.03 ZH/s × 600 s ÷ 2³² = ${number(zh103, 1)} T`, preset: 'autumn-2025' },
  { id: 'diff-feb-2026', series: 'difficulty', dateIso: '2026-02-02', period: '2026-02-02', value: eh890, qualifier: 'derived', fact: 'S003-013', factFactor: eh890 / 890, derived: `~890 EH/s × 600 s ÷ 2³² = ${number(eh890, 1)} T (the essay's defaults use 141 T, the difficulty at which f2pool's hashprice holds)` },
  { id: 'asic-2021-peak', series: 'asic', dateIso: '2021-11-01', period: '2021 peak', value: 120, qualifier: 'nearly', fact: 'S001-065', factFactor: 1 },
  { id: 'asic-2022-low', series: 'asic', dateIso: '2022-12-15', period: '2022 (low)', value: 15, qualifier: 'as low as', fact: 'S001-058', factFactor: 1 },
  { id: 'asic-jan-2023', series: 'asic', dateIso: '2023-01-15', period: 'Jan 2023', value: 7, qualifier: 'just over', fact: 'S001-097', factFactor: 1 },
];

/** Each financing figure's period as its document words it (the financing table keeps a shorter label). */
const financingPeriods: Record<string, string> = {
  'S001-041': '2021', 'S001-044': '2021', 'S001-039': '2022 (first nine months)', 'S001-042': '2022 (first nine months)', 'S001-100': '2022 (all in H1)', 'S001-048': 'Q3 2022',
  'S002-001': 'Q4 2024', 'S002-003': 'early 2025 (Q1)', 'S002-004': 'Q2 2025', 'S002-005': 'Q3 2025', 'S002-006': 'Q4 2025', 'S002-007': 'Q4 2025 (early)', 'S002-008': 'Q4 2025 (early)',
};

/** The financing rows as points, drawn at the middle of their periods. */
const financingDates: Record<string, string> = {
  '2021-equity': '2021-07-01', '2021-debt': '2021-07-01', '2022-equity': '2022-05-15', '2022-debt': '2022-05-15', '2022-asic': '2022-03-31', '2022-q3': '2022-08-15',
  '2024-q4': '2024-11-15', '2025-q1': '2025-02-14', '2025-q2': '2025-05-15', '2025-q3': '2025-08-15', '2025-q4-terawulf': '2025-11-15', '2025-q4-iren': '2025-11-15', '2025-q4-bitfarms': '2025-11-15',
};

const events: TimelineEvent[] = [
  { dateIso: '2021-06-01', label: 'China bans mining: the largest hashrate drawdown before this one', fact: 'S003-004' },
  { dateIso: '2021-11-10', label: 'Bitcoin’s all-time high; 2022 closes 75 % below it', fact: 'S001-012' },
  { dateIso: '2022-12-24', label: 'Winter Storm Elliott: miners switch off up to 100 EH/s for the grid', fact: 'S001-006' },
  { dateIso: '2022-12-21', label: 'Core Scientific files for Chapter 11', fact: 'S002-012' },
  { dateIso: '2024-04-20', label: 'The halving to 3.125 BTC (the 2022 report expected it in March)', fact: 'S001-095' },
  { dateIso: '2026-02-10', label: 'NFN8 files for Chapter 11: 5,000 machines worth under $50,000', fact: 'S000-001' },
  { dateIso: '2026-02-20', label: 'Difficulty +14.73 %, its largest absolute rise', fact: 'S000-014' },
];

const valueText = (p: TimelinePoint) => {
  const s = series.find((x) => x.id === p.series)!;
  const v = Array.isArray(p.value) ? `${s.text(p.value[0]!)}–${s.text(p.value[1]!)}` : s.text(p.value as number);
  const q = p.qualifier === 'below' ? 'below ' : p.qualifier === 'above' ? 'above ' : p.qualifier === 'about' || p.qualifier === 'nearly' ? 'about ' : p.qualifier === 'as low as' ? 'as low as ' : p.qualifier === 'just over' ? 'just over ' : '';
  return `${q}${v}`;
};

/** A point as a reader hears it: "Q1 2021 (average): hashprice $270.00 per PH/s per day (Galaxy, S001-016)". */
export function pointText(p: TimelinePoint, sources: FigureContext['sources']): string {
  const s = series.find((x) => x.id === p.series)!;
  return `${p.period}: ${s.title.toLowerCase()} ${valueText(p)}${p.series === 'financing' ? '' : ` (${s.unit})`}${p.derived ? `, derived: ${p.derived}` : ''}. ${sources[p.fact.slice(0, 4) as keyof FigureContext['sources']]}.`;
}

/**
 * The timeline: every dated document figure as a point of its series, the events, the presets.
 *
 * @example
 * timelineFigure(defaultScenario(), context).points.find((p) => p.id === 'hp-q1-2021')!.value // 270 (USD per PH/s per day)
 */
export function timelineFigure(_s: Scenario, context: FigureContext): TimelineFigure {
  const points: TimelinePoint[] = [
    ...pointRows,
    ...issuanceRows.map((r): TimelinePoint => ({ id: `fin-${r.key}`, series: 'financing', dateIso: financingDates[r.key]!, period: financingPeriods[r.fact]!, value: r.usd, qualifier: r.qualifier === 'under' ? 'below' : r.qualifier === 'around' ? 'about' : '', fact: r.fact, factFactor: 1 })),
  ].sort((a, b) => (a.dateIso < b.dateIso ? -1 : a.dateIso > b.dateIso ? 1 : 0));
  const columns: Column<TimelinePoint>[] = [
    { key: 'date', label: 'Drawn at', unit: '', numeric: false, value: (p) => p.dateIso, text: (p) => p.dateIso },
    { key: 'period', label: 'Period (as the document gives it)', unit: '', numeric: false, value: (p) => p.period, text: (p) => p.period },
    { key: 'series', label: 'Series', unit: '', numeric: false, value: (p) => p.series, text: (p) => series.find((x) => x.id === p.series)!.title },
    { key: 'low', label: 'Value (or low end)', unit: '', numeric: true, value: (p) => (Array.isArray(p.value) ? p.value[0]! : (p.value as number)), text: (p) => valueText(p) },
    { key: 'high', label: 'High end of a range', unit: '', numeric: true, value: (p) => (Array.isArray(p.value) ? p.value[1]! : ''), text: (p) => (Array.isArray(p.value) ? series.find((x) => x.id === p.series)!.text(p.value[1]!) : '') },
    { key: 'unit', label: 'Unit', unit: '', numeric: false, value: (p) => series.find((x) => x.id === p.series)!.unit, text: (p) => series.find((x) => x.id === p.series)!.unit },
    { key: 'derived', label: 'Derived', unit: '', numeric: false, value: (p) => p.derived ?? '', text: (p) => p.derived ?? '' },
    { key: 'source', label: 'Source', unit: '', numeric: false, value: (p) => `${context.sources[p.fact.slice(0, 4) as keyof FigureContext['sources']]} (${p.fact})`, text: (p) => `${context.sources[p.fact.slice(0, 4) as keyof FigureContext['sources']]}` },
  ];
  const hp = points.filter((p) => p.series === 'hashprice');
  const first = hp[0]!;
  const last = hp[hp.length - 1]!;
  return {
    id: 'timeline',
    title: 'One cycle, dated',
    points,
    events,
    series,
    presets: presets.map((p) => ({ id: p.id, label: p.label, how: presetNotes[p.id]!.how })),
    domain: ['2021-01-01', '2026-03-31'],
    metrics: [
      makeMetric('points', 'Dated figures from the documents', points.length, '', (v) => number(v), ''),
      makeMetric('hashprice-first', `Hashprice, ${first.period}`, first.value as number, 'USD per PH/s per day', usd),
      makeMetric('hashprice-last', `Hashprice, ${last.period}`, last.value as number, 'USD per PH/s per day', usd),
      makeMetric('hashprice-fall', 'Hashprice fall over the cycle', 1 - (last.value as number) / (first.value as number), 'fraction', (v) => `${number(v * 100, 0)} %`),
    ],
    keyMetrics: ['hashprice-first', 'hashprice-last', 'hashprice-fall', 'points'],
    table: { caption: 'Every dated figure on the timeline, with its period as the document gives it and its source', columns, rows: points, rowKey: (p) => p.id, rowAttribute: 'data-row' },
    charts: [],
    caption: `${number(points.length)} dated figures from the documents on one axis: hashprice falls from ${usd(first.value as number)} per PH/s a day in ${first.period} to ${usd(last.value as number)} on ${last.period}, through a 2022 in which difficulty peaked at 37.0 T and ASIC prices fell from about $120 to $15 per TH.`,
    source: timelineSource(context),
  };
}
