import { extent, ticks as niceTicks } from 'd3-array';
import type { XYChart } from '../types.ts';
import { emptyLayout, fixed, narrowWidthPx, textWidthPx, titleMarks, wrapText, type ChartLayout } from './marks.ts';
import { placeLabels } from './months.ts';

/**
 * Values against a numeric x axis: polylines or step lines, horizontal references labelled at
 * their right end, and vertical markers labelled above the plot in rows that never collide.
 *
 * @example
 * xyLayout(costCurveFigure(defaultScenario(), context).charts[0], 640, 240).paths.length // the curve
 */
export function xyLayout(chart: XYChart, width: number, height: number): ChartLayout {
  const narrow = width < narrowWidthPx;
  const left = 64;
  const right = 12;
  const plotW = Math.max(40, width - left - right);
  const [x0, x1] = chart.xDomain;
  const x = (v: number) => left + ((v - x0) / (x1 - x0 || 1)) * plotW;
  const markers = [...chart.markers].sort((a, b) => a.x - b.x);
  const placed = placeLabels(markers.map((m) => ({ x: x(m.x), width: textWidthPx(m.label, 11) })), width - right);
  const labelRows = Math.max(0, ...placed.map((p) => p.row + 1));
  const title = titleMarks(chart.title, left, width);
  const top = 22 + title.extra + labelRows * 13 + 6;
  // The x-axis title sits at the right end of the tick row; ticks that would run into it are dropped,
  // and where that would leave fewer than two (a long title on a phone) it takes a row of its own.
  const xTicks = niceTicks(x0, x1, narrow ? 3 : 6);
  const titleLeft = width - right - textWidthPx(chart.xTitle) - 8;
  const clearOfTitle = xTicks.filter((t) => x(t) + textWidthPx(chart.xText(t)) / 2 <= titleLeft);
  const titleRow = clearOfTitle.length < 2;
  const shownTicks = titleRow ? xTicks.filter((t) => x(t) + textWidthPx(chart.xText(t)) / 2 <= width) : clearOfTitle;
  const bottom = titleRow ? 40 : 26;
  const plotH = Math.max(40, height - top - bottom);
  const ys = [...chart.series.flatMap((s) => s.points.map((p) => p.y)), ...chart.references.map((r) => r.y), ...(chart.yDomain ?? []), 0];
  const [lo = 0, hi = 1] = extent(ys);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.06;
  const y0 = lo < 0 ? lo - pad : lo;
  const y1 = hi + pad;
  const y = (v: number) => top + (1 - (v - y0) / (y1 - y0 || 1)) * plotH;
  const total = top + plotH + bottom;
  const out: ChartLayout = emptyLayout(width, total);
  out.texts.push(...title.texts);
  for (const t of niceTicks(y0, y1, 4)) {
    out.lines.push({ x1: left, x2: width - right, y1: fixed(y(t)), y2: fixed(y(t)), className: t === 0 ? 'grid zero' : 'grid' });
    out.texts.push({ x: left - 6, y: fixed(y(t)), dy: '0.32em', text: chart.yText(t), anchor: 'end', className: 'tick' });
  }
  const tickY = titleRow ? total - 22 : total - 8;
  for (const t of shownTicks) out.texts.push({ x: fixed(x(t)), y: tickY, text: chart.xText(t), anchor: 'middle', className: 'tick' });
  out.texts.push({ x: width - right, y: total - 8, text: chart.xTitle, anchor: 'end', className: 'tick' });
  for (const s of chart.series) {
    let d = '';
    s.points.forEach((p, i) => {
      const px = fixed(x(p.x));
      const py = fixed(y(p.y));
      d += i === 0 ? `M${px},${py}` : s.step ? `H${px}V${py}` : `L${px},${py}`;
    });
    if (d) out.paths.push({ d, className: s.className });
  }
  for (const r of chart.references) {
    const ry = fixed(y(r.y));
    out.overlays.push({ x1: left, x2: width - right, y1: ry, y2: ry, className: r.className });
    // A label longer than the chart takes lines above its line (bold 12 px, measured as 13 px).
    const lines = wrapText(r.label, width - right, 13);
    lines.forEach((text, k) => out.texts.push({ x: width - right, y: fixed(ry - 4 - (lines.length - 1 - k) * 13), text, anchor: 'end', className: r.className }));
  }
  markers.forEach((m, i) => {
    const p = placed[i]!;
    const mx = fixed(x(m.x));
    const labelY = 22 + title.extra + p.row * 13 + 10;
    out.overlays.push({ x1: mx, x2: mx, y1: labelY + 3, y2: top + plotH, className: m.className });
    out.texts.push({ x: fixed(p.anchor === 'start' ? p.start : p.start + textWidthPx(m.label, 11)), y: labelY, text: m.label, anchor: p.anchor, className: m.className });
  });
  return out;
}
