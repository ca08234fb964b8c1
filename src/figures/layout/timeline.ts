// The timeline's geometry: one shared date axis, one row per series (its own linear scale from
// zero), a mark per point (a dot, or a bar for a range; hollow when derived) and a rule per event.
// Pure: the widget draws it; the card falls back to the table.
import { ticks } from 'd3-array';
import type { TimelineFigure } from '../timeline.ts';
import { textWidthPx } from './marks.ts';

export interface TimelineMark {
  id: string;
  x: number;
  y: number;
  /** For a range, the other end's y. */
  y2?: number;
  hollow: boolean;
  preset?: string;
}

export interface TimelineRow {
  id: string;
  title: string;
  unit: string;
  /** The baseline of the row's title, in a band of its own above the plot (no point runs under it). */
  titleY: number;
  /** The top of the row's plot. */
  top: number;
  height: number;
  ticks: { y: number; text: string }[];
  marks: TimelineMark[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  rows: TimelineRow[];
  events: { x: number; label: string; date: string }[];
  xTicks: { x: number; text: string }[];
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Lays the timeline out at a width: rows of `rowHeight` px under a shared x axis of years.
 *
 * @example
 * timelineLayout(timelineFigure(defaultScenario(), context), 640).rows.length // 5
 */
export function timelineLayout(fig: Pick<TimelineFigure, 'points' | 'events' | 'series' | 'domain'>, width: number, rowHeight = 70): TimelineLayout {
  const gap = 18;
  const titleBand = 16;
  const scales = fig.series.map((s) => {
    const pts = fig.points.filter((p) => p.series === s.id);
    const max = Math.max(...pts.map((p) => (Array.isArray(p.value) ? p.value[1]! : (p.value as number))), 1e-9) * 1.1;
    return { s, pts, max, ticks: ticks(0, max, 2).map((t) => ({ value: t, text: s.text(t) })) };
  });
  // Wide enough for the widest tick label ("$100,000"), right-aligned 4 px before the plot.
  const left = Math.max(56, Math.ceil(Math.max(...scales.flatMap((r) => r.ticks.map((t) => textWidthPx(t.text)))) + 10));
  const right = width - 12;
  const [d0, d1] = fig.domain.map(day) as [number, number];
  const x = (iso: string) => left + ((day(iso) - d0) / (d1 - d0)) * (right - left);
  const rows: TimelineRow[] = scales.map(({ s, pts, max, ticks: rowTicks }, i) => {
    const band = 8 + i * (titleBand + rowHeight + gap);
    const top = band + titleBand;
    const y = (v: number) => top + rowHeight - (v / max) * rowHeight;
    return {
      id: s.id,
      title: s.title,
      unit: s.unit,
      titleY: band + 11,
      top,
      height: rowHeight,
      ticks: rowTicks.map((t) => ({ y: y(t.value), text: t.text })),
      marks: pts.map((p) => ({ id: p.id, x: x(p.dateIso), y: y(Array.isArray(p.value) ? p.value[0]! : (p.value as number)), ...(Array.isArray(p.value) ? { y2: y(p.value[1]!) } : {}), hollow: p.derived !== undefined, ...(p.preset ? { preset: p.preset } : {}) })),
    };
  });
  const height = 8 + fig.series.length * (titleBand + rowHeight + gap) + 10;
  const years = [2021, 2022, 2023, 2024, 2025, 2026];
  return {
    width,
    height,
    left,
    right,
    rows,
    events: fig.events.map((e) => ({ x: x(e.dateIso), label: e.label, date: e.dateIso })),
    xTicks: years.map((yr) => ({ x: x(`${yr}-01-01`), text: String(yr) })),
  };
}
