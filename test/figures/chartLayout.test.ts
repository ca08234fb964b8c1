// layoutChart(chart, width) and placeLabels: geometry the page and the card both draw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutChart, placeLabels, textWidthPx, type TextMark } from '../../src/figures/chartLayout.ts';
import { groupMarks } from '../../src/figures/layout/marks.ts';
import { machineMarginsFigure } from '../../src/figures/machineMargins.ts';
import { floorValueFigure } from '../../src/figures/floorValue.ts';
import { recoveryFigure } from '../../src/figures/recovery.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { figureEntry, figureRegistry } from '../../src/figures/registry.ts';
import { testContext } from '../helpers/figureContext.ts';

fc.configureGlobal({ seed: 42, numRuns: 300 });
const context = testContext();

describe('groupMarks(rects, lines)', () => {
  it('draws each class as one path with one subpath per mark, classes in first-seen order', () => {
    const g = groupMarks(
      [{ x: 0, y: 0, width: 2, height: 3, className: 'bar' }, { x: 4, y: 1, width: 2, height: 1, className: 'bar loss' }, { x: 8, y: 0, width: 1, height: 1, className: 'bar' }],
      [{ x1: 0, y1: 5, x2: 10, y2: 5, className: 'grid' }],
    );
    expect(g).toEqual([
      { className: 'bar', d: 'M0,0h2v3h-2z M8,0h1v1h-1z' },
      { className: 'bar loss', d: 'M4,1h2v1h-2z' },
      { className: 'grid', d: 'M0,5L10,5' },
    ]);
  });
});

describe('placeLabels(labels, width)', () => {
  it('never lets two labels in one row overlap, and keeps each label inside the chart when it fits', () => {
    const label = fc.record({ x: fc.integer({ min: 0, max: 600 }), width: fc.integer({ min: 10, max: 200 }) });
    fc.assert(
      fc.property(fc.array(label, { maxLength: 6 }), (labels) => {
        const placed = placeLabels(labels, 600);
        for (let i = 0; i < placed.length; i++) {
          for (let j = 0; j < i; j++) {
            if (placed[i]!.row !== placed[j]!.row) continue;
            const a = { start: placed[i]!.start, end: placed[i]!.start + labels[i]!.width };
            const b = { start: placed[j]!.start, end: placed[j]!.start + labels[j]!.width };
            if (a.start < b.end && b.start < a.end) return false;
          }
          if (placed[i]!.anchor === 'start' && placed[i]!.start + labels[i]!.width > 600) return false;
        }
        return true;
      }),
    );
  });

  it('puts a second label in the same place on the next row', () => {
    expect(placeLabels([{ x: 100, width: 80 }, { x: 120, width: 60 }], 600).map((p) => p.row)).toEqual([0, 1]);
  });
});

describe('layoutChart(bars, width)', () => {
  const chart = machineMarginsFigure(defaultScenario(), context).charts[0]!;
  it.each([1200, 986, 640])('at %i px leaves room for the longest machine name (no clipped labels)', (width) => {
    const layout = layoutChart(chart, width);
    for (const t of layout.texts.filter((t) => t.className.startsWith('label'))) {
      expect(t.x - textWidthPx(t.text), `"${t.text}" starts inside the chart`).toBeGreaterThanOrEqual(0);
    }
  });

  it('at 320 px uses short names', () => {
    const labels = layoutChart(chart, 320).texts.filter((t) => t.className.startsWith('label')).map((t) => t.text);
    expect(labels).toContain('S21 XP Hydro');
    expect(labels.some((l) => l.startsWith('Antminer'))).toBe(false);
  });

  it('draws one bar per machine, hatched for losses, capped at 300 % and marked ▸ when cut', () => {
    const layout = layoutChart(chart, 800);
    if (chart.kind !== 'bars') throw new Error('bars');
    expect(layout.rects).toHaveLength(chart.items.length);
    expect(layout.rects.filter((r) => r.className.includes('loss'))).toHaveLength(chart.items.filter((i) => i.loss).length);
    expect(layout.hatched).toBe(true);
    const s9 = layout.texts.find((t) => t.className.startsWith('value') && t.text.includes('▸'));
    expect(s9?.text).toMatch(/▸ ✕$/);
  });
});

describe('layoutChart(months, width)', () => {
  it('keeps every marker label clear of the title and of each other', () => {
    // The fixed trend at dear power: a first losing month well before the halving, two markers.
    const fig = floorValueFigure({ ...defaultScenario(), kwh: 0.1, hashrate: 'trend' }, context);
    const layout = layoutChart(fig.charts[0]!, 640);
    const title = layout.texts.find((t) => t.className === 'title')!;
    const markers = layout.texts.filter((t) => t.className.startsWith('marker'));
    expect(markers).toHaveLength(2);
    for (const m of markers) expect(m.y - 11, `${m.text} sits below the title`).toBeGreaterThanOrEqual(title.y);
  });

  it('puts negative bars below the zero line', () => {
    const layout = layoutChart(floorValueFigure({ ...defaultScenario(), hashrate: 'trend' }, context).charts[0]!, 640);
    const zero = layout.lines.find((l) => l.className.includes('zero'))!;
    const negative = layout.rects.filter((r) => r.className.includes('negative'));
    expect(negative.length, 'the fixed trend has losing months after the halving').toBeGreaterThan(0);
    for (const r of negative) expect(r.y).toBeCloseTo(zero.y1, 0);
  });
});

describe('layoutChart(ranges, width)', () => {
  it.each([1200, 700, 400])('at %i px never cuts a label off at the left edge', (width) => {
    const layout = layoutChart(recoveryFigure(defaultScenario(), context).charts[0]!, width);
    for (const t of layout.texts.filter((t) => t.className.startsWith('label'))) {
      const left = t.anchor === 'end' ? t.x - textWidthPx(t.text) : t.x;
      expect(left, `"${t.text}"`).toBeGreaterThanOrEqual(0);
    }
  });

  it('clamps shares to the 0–100 % track', () => {
    const fig = recoveryFigure({ ...defaultScenario(), machine: 'antminer-s9' }, context); // negative share
    const layout = layoutChart(fig.charts[0]!, 640);
    const tracks = layout.rects.filter((r) => r.className === 'track');
    const ranges = layout.rects.filter((r) => r.className.startsWith('range'));
    ranges.forEach((r, i) => {
      expect(r.x).toBeGreaterThanOrEqual(tracks[i]!.x);
      expect(r.x + r.width).toBeLessThanOrEqual(tracks[i]!.x + tracks[i]!.width + 2);
    });
  });
});

describe('layoutChart at a 320 px screen’s chart width', () => {
  // A figure at 320 px is about 250 px wide inside its frame, which clips: a title, a label or a
  // reference that ran past the chart's edges would be cut off. They wrap or move instead.
  const extent = (t: TextMark) => {
    // Bold 12 px measured as 13 px; marker labels (11 px) as the layout measures them.
    const w = textWidthPx(t.text, /\bmarker\b/.test(t.className) ? 11 : /title|reference|highlight/.test(t.className) ? 13 : 12);
    return t.anchor === 'start' ? [t.x, t.x + w] : t.anchor === 'end' ? [t.x - w, t.x] : [t.x - w / 2, t.x + w / 2];
  };
  it.each(figureRegistry.map((f) => f.id))('%s: every text of its charts fits 250 px', (id) => {
    const fig = figureEntry(id).compute(defaultScenario(), context);
    for (const chart of fig.charts) {
      const layout = layoutChart(chart, 250);
      for (const t of layout.texts) {
        const [from, to] = extent(t);
        // Coordinates are rounded to 0.1 px.
        expect(from, `"${t.text}" starts inside the chart`).toBeGreaterThanOrEqual(-0.1);
        expect(to, `"${t.text}" ends inside the chart`).toBeLessThanOrEqual(250.1);
      }
    }
  });
});

describe('layoutChart(xy, width): the x-axis row', () => {
  // Ticks and the axis title share the bottom row; at 320 px the debt-service chart's long title
  // ("USD per PH/s per day") once ran into its middle tick.
  const span = (t: TextMark) => {
    const w = textWidthPx(t.text);
    return t.anchor === 'start' ? [t.x, t.x + w] : t.anchor === 'end' ? [t.x - w, t.x] : [t.x - w / 2, t.x + w / 2];
  };
  const xyFigures = figureRegistry.map((f) => f.id).filter((id) => figureEntry(id).compute(defaultScenario(), context).charts.some((c) => c.kind === 'xy'));
  it('covers every figure with an xy chart', () => {
    expect(xyFigures.length).toBeGreaterThanOrEqual(4);
  });
  it.each(xyFigures.flatMap((id) => [250, 320, 480, 640, 986].map((w) => [id, w] as const)))('%s at %i px: no two texts of the row overlap, and at least two ticks show', (id, width) => {
    for (const chart of figureEntry(id).compute(defaultScenario(), context).charts.filter((c) => c.kind === 'xy')) {
      const layout = layoutChart(chart, width, 240);
      const plotBottom = Math.max(...layout.lines.filter((l) => l.className.startsWith('grid')).map((l) => l.y1));
      const row = layout.texts.filter((t) => t.className === 'tick' && t.y > plotBottom).sort((a, b) => span(a)[0]! - span(b)[0]!);
      const ticks = row.filter((t) => t.anchor === 'middle');
      expect(ticks.length, `${ticks.map((t) => t.text).join(', ')}`).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < row.length; i++) {
        for (let j = 0; j < i; j++) {
          if (Math.abs(row[i]!.y - row[j]!.y) >= 12) continue;
          expect(span(row[i]!)[0]!, `"${row[j]!.text}" and "${row[i]!.text}" overlap`).toBeGreaterThanOrEqual(span(row[j]!)[1]!);
        }
      }
    }
  });
});
