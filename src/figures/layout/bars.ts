import { ticks as niceTicks } from 'd3-array';
import type { BarChart } from '../types.ts';
import { emptyLayout, fixed, narrowWidthPx, textWidthPx, type ChartLayout } from './marks.ts';

/**
 * Horizontal bars, one per item, with a reference line; labels get the room the longest needs.
 *
 * @example
 * barsLayout(machineMarginsFigure(defaultScenario(), context).charts[0], 640).rects.length // one bar per machine
 */
export function barsLayout(chart: BarChart, width: number, _height?: number): ChartLayout {
  const narrow = width < narrowWidthPx;
  const margin = { top: 24, right: 72, bottom: 28 };
  const labels = chart.items.map((i) => (narrow ? i.shortLabel : i.label));
  const longest = Math.max(60, ...labels.map((l) => textWidthPx(l))) + 12;
  // On a narrow chart, labels that would need more than 60 % of the width go above their bars.
  const above = narrow && longest > width * 0.6;
  const left = above ? 12 : Math.min(width * (narrow ? 0.6 : 0.45), longest);
  const rowHeight = above ? 36 : 22;
  const height = margin.top + margin.bottom + chart.items.length * rowHeight;
  const maxValue = Math.min(chart.cap, Math.max(chart.reference.value * 1.25, ...chart.items.map((i) => i.value)) * 1.02);
  const plotWidth = Math.max(40, width - margin.right - left);
  const x = (v: number) => left + (Math.min(Math.max(v, 0), maxValue) / maxValue) * plotWidth;
  const band = 22 * 0.8;
  const out: ChartLayout = emptyLayout(width, height, chart.items.some((i) => i.loss));
  for (const t of niceTicks(0, maxValue, narrow ? 3 : 6)) {
    out.lines.push({ x1: fixed(x(t)), x2: fixed(x(t)), y1: margin.top - 6, y2: height - margin.bottom, className: 'grid' });
    out.texts.push({ x: fixed(x(t)), y: height - margin.bottom + 16, text: chart.text(t), anchor: 'middle', className: 'tick' });
  }
  chart.items.forEach((item, i) => {
    const top = margin.top + i * rowHeight + (rowHeight - band) - (22 - band) / 2;
    const mid = fixed(top + band / 2);
    const cls = `${item.loss ? ' loss' : ''}${item.highlight ? ' highlight' : ''}`;
    out.texts.push(above ? { x: 0, y: fixed(top - 4), text: labels[i]!, anchor: 'start', className: `label${cls}` } : { x: fixed(left - 8), y: mid, dy: '0.35em', text: labels[i]!, anchor: 'end', className: `label${cls}` });
    out.rects.push({ x: fixed(left), y: fixed(top), width: fixed(Math.max(0, x(item.value) - left)), height: fixed(band), className: `bar${cls}` });
    const cut = item.value > maxValue ? ' ▸' : '';
    out.texts.push({ x: fixed(x(item.value) + 4), y: mid, dy: '0.35em', text: `${chart.text(item.value)}${cut}${item.loss ? ' ✕' : ''}`, anchor: 'start', className: `value${cls}` });
  });
  const rx = fixed(x(chart.reference.value));
  out.overlays.push({ x1: rx, x2: rx, y1: margin.top - 10, y2: height - margin.bottom, className: 'reference' });
  // Centred on its line, but kept inside the chart (bold 12 px, measured as 13 px).
  const half = Math.min(width / 2, textWidthPx(chart.reference.label, 13) / 2);
  out.texts.push({ x: fixed(Math.min(Math.max(rx, half), width - half)), y: margin.top - 12, text: chart.reference.label, anchor: 'middle', className: 'reference' });
  return out;
}

