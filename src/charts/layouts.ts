import type { Chart } from '../figures/types.ts';
import type { ChartLayout } from '../figures/layout/marks.ts';

type LayoutFor = (chart: Chart, width: number, height: number) => ChartLayout;

/**
 * The chart layouts this page has loaded, by chart kind: each ChartSvg records the one it draws
 * with, so a figure's card (src/widgets/figureActions.ts) reuses it instead of loading every kind.
 */
const loaded = new Map<string, LayoutFor>();

export function recordLayout(kind: string, layout: LayoutFor): void {
  loaded.set(kind, layout);
}

/**
 * The layout for a chart, if a chart of its kind is drawn on this page.
 *
 * @example
 * pageLayout(chart)(chart, 736, 300) // the marks the card draws at 1.5×
 */
export function pageLayout(chart: Chart, width: number, height: number): ChartLayout {
  const layout = loaded.get(chart.kind);
  if (!layout) throw new Error(`no ${chart.kind} chart is drawn on this page, so there is no layout for its card`);
  return layout(chart, width, height);
}
