import type { RangeChart } from '../types.ts';
import { emptyLayout, fixed, narrowWidthPx, textWidthPx, wrapText, type ChartLayout } from './marks.ts';

/**
 * Ranges on a 0–100 % track, one row per item; shares outside it are drawn at its ends.
 *
 * @example
 * rangesLayout(recoveryFigure(defaultScenario(), context).charts[0], 640).rects.length // a track and a range per row
 */
export function rangesLayout(chart: RangeChart, width: number, _height?: number): ChartLayout {
  const valueW = 96;
  const longest = Math.max(...chart.items.map((i) => textWidthPx(i.label))) + 12;
  // Labels sit beside the tracks when they fit in 40 % of the width, else above them.
  const narrow = width < narrowWidthPx || longest > width * 0.4;
  const labelW = narrow ? 0 : longest;
  const rowH = narrow ? 40 : 26;
  const left = labelW;
  const trackW = Math.max(40, width - left - valueW);
  const x = (f: number) => left + Math.max(0, Math.min(1, f)) * trackW;
  const out: ChartLayout = emptyLayout(width, 0);
  let rowTop = 0;
  chart.items.forEach((item) => {
    const cls = item.highlight ? ' highlight' : '';
    // Above the track, a label takes as many 14 px lines as the width needs (measured as 13 px type: the highlight is bold).
    const lines = narrow ? wrapText(item.label, width, 13) : [item.label];
    const top = rowTop + (narrow ? 18 + (lines.length - 1) * 14 : 4);
    lines.forEach((text, k) => out.texts.push(narrow ? { x: 0, y: top - 5 - (lines.length - 1 - k) * 14, text, anchor: 'start', className: `label${cls}` } : { x: fixed(left - 8), y: top + 9, dy: '0.35em', text, anchor: 'end', className: `label${cls}` }));
    out.rects.push({ x: fixed(left), y: top + 7, width: fixed(trackW), height: 4, className: 'track' });
    out.rects.push({ x: fixed(x(item.low)), y: top + 3, width: fixed(Math.max(2, x(item.high) - x(item.low))), height: 12, className: `range${cls}` });
    out.texts.push({ x: width, y: top + 9, dy: '0.35em', text: item.text, anchor: 'end', className: `value${cls}` });
    rowTop += rowH + (lines.length - 1) * 14;
  });
  out.height = rowTop + 6;
  return out;
}

