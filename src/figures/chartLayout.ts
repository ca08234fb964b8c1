import type { Chart } from './types.ts';
import type { ChartLayout } from './layout/marks.ts';
import { barsLayout } from './layout/bars.ts';
import { monthsLayout, placeLabels } from './layout/months.ts';
import { rangesLayout } from './layout/ranges.ts';
import { xyLayout } from './layout/xy.ts';

export type { ChartLayout, LineMark, PathMark, RectMark, TextMark } from './layout/marks.ts';
export { narrowWidthPx, textWidthPx } from './layout/marks.ts';
export { barsLayout, monthsLayout, placeLabels, rangesLayout, xyLayout };

/**
 * Lays out any figure chart at a width (and, for month charts, a height).
 *
 * @example
 * layoutChart(machineMarginsFigure(defaultScenario(), context).charts[0], 640).rects.length // one bar per machine
 */
export function layoutChart(chart: Chart, width: number, height = 220): ChartLayout {
  if (chart.kind === 'bars') return barsLayout(chart, width);
  if (chart.kind === 'months') return monthsLayout(chart, width, height);
  if (chart.kind === 'xy') return xyLayout(chart, width, height);
  return rangesLayout(chart, width);
}
