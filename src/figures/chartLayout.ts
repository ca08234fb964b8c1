import { extent, ticks as niceTicks } from 'd3-array';
import type { BarChart, Chart, MonthChart, RangeChart } from './types.ts';

/**
 * Chart geometry, pure: a figure's chart spec and a width in, marks out. The page's Svelte charts
 * and the card renderer draw the same marks, so the image a reader downloads is the chart they
 * saw. Marks carry class names; the page's stylesheet and the card's own style give them colour.
 */

export interface RectMark { x: number; y: number; width: number; height: number; className: string }
export interface LineMark { x1: number; y1: number; x2: number; y2: number; className: string }
export interface PathMark { d: string; className: string }
export interface TextMark { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; className: string; dy?: string }

export interface ChartLayout {
  width: number;
  height: number;
  /** Grid lines, drawn under the data. */
  lines: LineMark[];
  rects: RectMark[];
  paths: PathMark[];
  /** Reference and marker lines, drawn over the data. */
  overlays: LineMark[];
  texts: TextMark[];
  /** Whether the marks use the hatch pattern for losses (`url(#loss-hatch)`). */
  hatched: boolean;
}

/** Width of a label in px at the charts' 12 px type: a cautious average glyph width of 6.8 px. */
export const textWidthPx = (text: string, fontPx = 12) => text.length * fontPx * 0.567;

/** Below this width charts use short labels and fewer ticks. */
export const narrowWidthPx = 480;

const fixed = (n: number) => Math.round(n * 10) / 10;

function barsLayout(chart: BarChart, width: number): ChartLayout {
  const narrow = width < narrowWidthPx;
  const rowHeight = 22;
  const margin = { top: 24, right: 72, bottom: 28 };
  const labels = chart.items.map((i) => (narrow ? i.shortLabel : i.label));
  const left = Math.min(width * 0.45, Math.max(60, ...labels.map((l) => textWidthPx(l))) + 12);
  const height = margin.top + margin.bottom + chart.items.length * rowHeight;
  const maxValue = Math.min(chart.cap, Math.max(chart.reference.value * 1.25, ...chart.items.map((i) => i.value)) * 1.02);
  const plotWidth = Math.max(40, width - margin.right - left);
  const x = (v: number) => left + (Math.min(Math.max(v, 0), maxValue) / maxValue) * plotWidth;
  const band = rowHeight * 0.8;
  const out: ChartLayout = { width, height, rects: [], lines: [], paths: [], overlays: [], texts: [], hatched: chart.items.some((i) => i.loss) };
  for (const t of niceTicks(0, maxValue, narrow ? 3 : 6)) {
    out.lines.push({ x1: fixed(x(t)), x2: fixed(x(t)), y1: margin.top - 6, y2: height - margin.bottom, className: 'grid' });
    out.texts.push({ x: fixed(x(t)), y: height - margin.bottom + 16, text: chart.text(t), anchor: 'middle', className: 'tick' });
  }
  chart.items.forEach((item, i) => {
    const top = margin.top + i * rowHeight + (rowHeight - band) / 2;
    const mid = fixed(top + band / 2);
    const cls = `${item.loss ? ' loss' : ''}${item.highlight ? ' highlight' : ''}`;
    out.texts.push({ x: fixed(left - 8), y: mid, dy: '0.35em', text: labels[i]!, anchor: 'end', className: `label${cls}` });
    out.rects.push({ x: fixed(left), y: fixed(top), width: fixed(Math.max(0, x(item.value) - left)), height: fixed(band), className: `bar${cls}` });
    const cut = item.value > maxValue ? ' ▸' : '';
    out.texts.push({ x: fixed(x(item.value) + 4), y: mid, dy: '0.35em', text: `${chart.text(item.value)}${cut}${item.loss ? ' ✕' : ''}`, anchor: 'start', className: `value${cls}` });
  });
  const rx = fixed(x(chart.reference.value));
  out.overlays.push({ x1: rx, x2: rx, y1: margin.top - 10, y2: height - margin.bottom, className: 'reference' });
  out.texts.push({ x: rx, y: margin.top - 12, text: chart.reference.label, anchor: 'middle', className: 'reference' });
  return out;
}

/**
 * Places marker labels in rows above the plot so that no two overlap: each label goes in the
 * first row where it clears the labels already there by 8 px.
 *
 * @example
 * placeLabels([{ x: 100, width: 80 }, { x: 120, width: 60 }], 600) // rows [0, 1]: the second would overlap the first
 */
export function placeLabels(labels: readonly { x: number; width: number }[], width: number): { row: number; start: number; anchor: 'start' | 'end' }[] {
  const rows: { start: number; end: number }[][] = [];
  return labels.map(({ x, width: w }) => {
    // A label reads rightwards from its marker unless that would run off the chart.
    const anchor = x + 4 + w > width ? 'end' : 'start';
    const start = anchor === 'start' ? x + 4 : x - 4 - w;
    let row = 0;
    while (rows[row]?.some((r) => start < r.end + 8 && start + w > r.start - 8)) row++;
    (rows[row] ??= []).push({ start, end: start + w });
    return { row, start, anchor };
  });
}

function monthsLayout(chart: MonthChart, width: number, height: number): ChartLayout {
  const narrow = width < narrowWidthPx;
  const count = Math.max(1, ...chart.series.map((s) => s.values.length));
  const left = 64;
  const right = 12;
  const plotW = Math.max(40, width - left - right);
  const x = (month: number) => left + ((month + 0.5) / count) * plotW;
  const markerText = [...chart.markers].sort((a, b) => a.month - b.month);
  const placed = placeLabels(markerText.map((m) => ({ x: x(m.month), width: textWidthPx(m.label, 11) })), width - right);
  const labelRows = Math.max(0, ...placed.map((p) => p.row + 1));
  const top = 22 + labelRows * 13 + 6;
  const bottom = 26;
  const plotH = Math.max(40, height - top - bottom);
  const [lo = 0, hi = 0] = extent(chart.series.flatMap((s) => s.values));
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.06;
  const y0 = Math.min(0, lo - (lo < 0 ? pad : 0));
  const y1 = Math.max(0, hi + (hi > 0 ? pad : 0));
  const y = (v: number) => top + (1 - (v - y0) / (y1 - y0 || 1)) * plotH;
  const totalHeight = top + plotH + bottom;
  const out: ChartLayout = { width, height: totalHeight, rects: [], lines: [], paths: [], overlays: [], texts: [], hatched: false };
  out.texts.push({ x: left, y: 14, text: chart.title, anchor: 'start', className: 'title' });
  for (const t of niceTicks(y0, y1, 4)) {
    out.lines.push({ x1: left, x2: width - right, y1: fixed(y(t)), y2: fixed(y(t)), className: t === 0 ? 'grid zero' : 'grid' });
    out.texts.push({ x: left - 6, y: fixed(y(t)), dy: '0.32em', text: chart.text(t), anchor: 'end', className: 'tick' });
  }
  for (const t of niceTicks(0, count - 1, narrow ? 4 : 8).filter(Number.isInteger)) {
    out.texts.push({ x: fixed(x(t)), y: totalHeight - 8, text: String(t), anchor: 'middle', className: 'tick' });
  }
  out.texts.push({ x: left - 6, y: totalHeight - 8, text: 'month', anchor: 'end', className: 'tick' });
  const barW = Math.max(1, (plotW / count) * 0.8);
  for (const s of chart.series) {
    if (s.kind === 'bar') {
      s.values.forEach((v, i) => {
        out.rects.push({ x: fixed(x(i) - barW / 2), y: fixed(Math.min(y(v), y(0))), width: fixed(barW), height: fixed(Math.abs(y(v) - y(0))), className: `${s.className}${v < 0 ? ' negative' : ''}` });
      });
    } else {
      out.paths.push({ d: s.values.map((v, i) => `${i ? 'L' : 'M'}${fixed(x(i))},${fixed(y(v))}`).join(''), className: s.className });
    }
  }
  markerText.forEach((m, i) => {
    const p = placed[i]!;
    const mx = fixed(x(m.month));
    const labelY = 22 + p.row * 13 + 10;
    out.overlays.push({ x1: mx, x2: mx, y1: labelY + 3, y2: top + plotH, className: `marker marker--${m.kind}` });
    out.texts.push({ x: fixed(p.anchor === 'start' ? p.start : p.start + textWidthPx(m.label, 11)), y: labelY, text: m.label, anchor: p.anchor, className: `marker marker--${m.kind}` });
  });
  return out;
}

function rangesLayout(chart: RangeChart, width: number): ChartLayout {
  const narrow = width < narrowWidthPx;
  const valueW = 96;
  const labelW = narrow ? 0 : Math.min(width * 0.4, Math.max(...chart.items.map((i) => textWidthPx(i.label))) + 12);
  const rowH = narrow ? 40 : 26;
  const left = labelW;
  const trackW = Math.max(40, width - left - valueW);
  const x = (f: number) => left + Math.max(0, Math.min(1, f)) * trackW;
  const out: ChartLayout = { width, height: chart.items.length * rowH + 6, rects: [], lines: [], paths: [], overlays: [], texts: [], hatched: false };
  chart.items.forEach((item, i) => {
    const top = i * rowH + (narrow ? 18 : 4);
    const cls = item.highlight ? ' highlight' : '';
    out.texts.push(narrow ? { x: 0, y: top - 5, text: item.label, anchor: 'start', className: `label${cls}` } : { x: fixed(left - 8), y: top + 9, dy: '0.35em', text: item.label, anchor: 'end', className: `label${cls}` });
    out.rects.push({ x: fixed(left), y: top + 7, width: fixed(trackW), height: 4, className: 'track' });
    out.rects.push({ x: fixed(x(item.low)), y: top + 3, width: fixed(Math.max(2, x(item.high) - x(item.low))), height: 12, className: `range${cls}` });
    out.texts.push({ x: width, y: top + 9, dy: '0.35em', text: item.text, anchor: 'end', className: `value${cls}` });
  });
  return out;
}

/**
 * Lays out any figure chart at a width (and, for month charts, a height).
 *
 * @example
 * layoutChart(machineMarginsFigure(defaultScenario(), context).charts[0], 640).rects.length // one bar per machine
 */
export function layoutChart(chart: Chart, width: number, height = 220): ChartLayout {
  if (chart.kind === 'bars') return barsLayout(chart, width);
  if (chart.kind === 'months') return monthsLayout(chart, width, height);
  return rangesLayout(chart, width);
}
