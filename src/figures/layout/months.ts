import { extent, ticks as niceTicks } from 'd3-array';
import type { MonthChart } from '../types.ts';
import { emptyLayout, fixed, narrowWidthPx, textWidthPx, titleMarks, type ChartLayout } from './marks.ts';

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
    // A label reads rightwards from its marker unless that would run off the chart; one too long
    // for either side starts at the chart's left edge.
    const leftwards = x + 4 + w > width && x - 4 - w >= 0;
    const anchor: 'start' | 'end' = leftwards ? 'end' : 'start';
    const start = leftwards ? x - 4 - w : x + 4 + w > width ? 0 : x + 4;
    let row = 0;
    while (rows[row]?.some((r) => start < r.end + 8 && start + w > r.start - 8)) row++;
    (rows[row] ??= []).push({ start, end: start + w });
    return { row, start, anchor };
  });
}

/**
 * Values month by month (bars or lines) with markers whose labels never collide.
 *
 * @example
 * monthsLayout(floorValueFigure(defaultScenario(), context).charts[0], 640, 220).rects.length // one bar per month
 */
export function monthsLayout(chart: MonthChart, width: number, height: number): ChartLayout {
  const narrow = width < narrowWidthPx;
  const count = Math.max(1, ...chart.series.map((s) => s.values.length));
  const left = 64;
  const right = 12;
  const plotW = Math.max(40, width - left - right);
  const x = (month: number) => left + ((month + 0.5) / count) * plotW;
  const markerText = [...chart.markers].sort((a, b) => a.month - b.month);
  const placed = placeLabels(markerText.map((m) => ({ x: x(m.month), width: textWidthPx(m.label, 11) })), width - right);
  const labelRows = Math.max(0, ...placed.map((p) => p.row + 1));
  const title = titleMarks(chart.title, left, width);
  const top = 22 + title.extra + labelRows * 13 + 6;
  const bottom = 26;
  const plotH = Math.max(40, height - top - bottom);
  const [lo = 0, hi = 0] = extent(chart.series.flatMap((s) => s.values));
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.06;
  const y0 = Math.min(0, lo - (lo < 0 ? pad : 0));
  const y1 = Math.max(0, hi + (hi > 0 ? pad : 0));
  const y = (v: number) => top + (1 - (v - y0) / (y1 - y0 || 1)) * plotH;
  const totalHeight = top + plotH + bottom;
  const out: ChartLayout = emptyLayout(width, totalHeight);
  out.texts.push(...title.texts);
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
    const labelY = 22 + title.extra + p.row * 13 + 10;
    out.overlays.push({ x1: mx, x2: mx, y1: labelY + 3, y2: top + plotH, className: `marker marker--${m.kind}` });
    out.texts.push({ x: fixed(p.anchor === 'start' ? p.start : p.start + textWidthPx(m.label, 11)), y: labelY, text: m.label, anchor: p.anchor, className: `marker marker--${m.kind}` });
  });
  return out;
}

