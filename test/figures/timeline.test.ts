// The timeline (src/figures/timeline.ts): every plotted point's value and period match the document
// figure it cites (test/fixtures/seed-facts.json, the documents' fact list), ranges stay ranges,
// derived points say how, and its layout puts every point inside its row on one shared axis.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineFigure, pointText } from '../../src/figures/timeline.ts';
import { timelineLayout } from '../../src/figures/layout/timeline.ts';
import { textWidthPx } from '../../src/figures/chartLayout.ts';
import { figureCsv } from '../../src/figures/csv.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { presets } from '../../src/scenario/presets.ts';
import { testContext } from '../helpers/figureContext.ts';

const facts = new Map((JSON.parse(readFileSync(new URL('../fixtures/seed-facts.json', import.meta.url), 'utf8')) as { id: string; value: unknown; unit: string; date_or_period: string }[]).map((f) => [f.id, f]));
const context = testContext();
const f = timelineFigure(defaultScenario(), context);

describe('timelineFigure: every point is its document figure', () => {
  it.each(f.points.map((p) => [p.id, p] as const))('%s: value and period match its fact', (_id, p) => {
    const fact = facts.get(p.fact);
    expect(fact, p.fact).toBeDefined();
    expect(p.period).toBe(fact!.date_or_period);
    if (Array.isArray(fact!.value)) {
      expect(Array.isArray(p.value), 'a range is drawn as a range').toBe(true);
      const [lo, hi] = fact!.value as [number, number];
      expect(p.value).toEqual([lo * p.factFactor, hi * p.factFactor]);
    } else {
      expect(typeof p.value).toBe('number');
      expect(Math.abs((p.value as number) - (fact!.value as number) * p.factFactor)).toBeLessThanOrEqual(1e-9 * Math.abs(p.value as number));
    }
    // A derived point says how, and its value is recomputed here by hand: a difficulty from a
    // hashrate, H/s × 600 s ÷ 2³² (the fact's factor alone would check nothing).
    if (![1, 1000, 1e-12].includes(p.factFactor)) {
      expect(p.derived).toMatch(/× 600 s ÷ 2³²/);
      const hashesPerSecond = (fact!.value as number) * (fact!.unit === 'ZH/s' ? 1e21 : 1e18);
      expect((p.value as number)).toBeCloseTo((hashesPerSecond * 600) / 2 ** 32 / 1e12, 9);
    }
    expect(p.dateIso).toMatch(/^20(2[0-6])-\d{2}-\d{2}$/);
  });

  it('every point of every document series is there: hashprice 8, bitcoin 6, difficulty 4, ASIC prices 3, financing 13', () => {
    const count = (s: string) => f.points.filter((p) => p.series === s).length;
    expect([count('hashprice'), count('price'), count('difficulty'), count('asic'), count('financing')]).toEqual([8, 6, 4, 3, 13]);
  });

  it('reads a point out with its period, value, unit and source, and never an internal id', () => {
    const p = f.points.find((x) => x.id === 'btc-q4-2022')!;
    expect(pointText(p, context.sources)).toBe(`Q4 2022: bitcoin $15,000–$18,000 (USD per BTC). ${context.sources.S001}.`);
    for (const x of f.points) expect(pointText(x, context.sources)).not.toMatch(/S00\d/);
  });

  it('ties each preset to at least one point, and no point to a preset that does not exist', () => {
    const ids = new Set(presets.map((p) => p.id));
    for (const p of f.points) if (p.preset) expect(ids.has(p.preset), p.preset).toBe(true);
    for (const id of ['nov-2022-peak', 'end-2022', 'autumn-2025', 'feb-2026']) expect(f.points.some((p) => p.preset === id), id).toBe(true);
  });

  it('falls 1 − 34 ÷ 270 ≈ 87 % in hashprice from Q1 2021 to 2 Feb 2026', () => {
    expect(f.metrics.find((m) => m.name === 'hashprice-fall')!.value).toBeCloseTo(1 - 34 / 270, 12);
  });

  it('its CSV has a row per point with the source named and the fact id', () => {
    const rows = figureCsv(f).split('\n');
    expect(rows).toHaveLength(f.points.length + 1);
    expect(rows.slice(1).every((r) => /\(S00\d-\d{3}\)/.test(r))).toBe(true);
  });
});

describe('timelineLayout(figure, width)', () => {
  const l = timelineLayout(f, 720);
  it('puts every point on the shared axis inside its own row', () => {
    expect(l.rows.map((r) => r.id)).toEqual(['hashprice', 'price', 'difficulty', 'asic', 'financing']);
    for (const r of l.rows) {
      for (const m of r.marks) {
        expect(m.x).toBeGreaterThanOrEqual(l.left);
        expect(m.x).toBeLessThanOrEqual(l.right);
        for (const y of [m.y, m.y2 ?? m.y]) {
          expect(y).toBeGreaterThanOrEqual(r.top);
          expect(y).toBeLessThanOrEqual(r.top + r.height);
        }
      }
    }
  });

  it('places the same date at the same x in every row', () => {
    const xOf = (id: string) => l.rows.flatMap((r) => r.marks).find((m) => m.id === id)!.x;
    expect(xOf('hp-feb-2026')).toBe(xOf('btc-feb-2026'));
    expect(xOf('diff-end-2022')).toBe(xOf('hp-end-2022'));
  });
});

describe('timelineLayout(figure, width): labels', () => {
  const l = timelineLayout(f, 720);
  it('leaves room left of the plot for the widest tick label (right-aligned 4 px before it)', () => {
    for (const r of l.rows) for (const t of r.ticks) expect(l.left - 4 - textWidthPx(t.text), `${r.id} tick "${t.text}"`).toBeGreaterThanOrEqual(0);
  });
  it('sets each row title in a band above its plot, clear of every point and of the row above', () => {
    l.rows.forEach((r, i) => {
      expect(r.titleY, r.id).toBeLessThanOrEqual(r.top - 4);
      if (i > 0) expect(r.titleY - 12, `${r.id} title below the row above`).toBeGreaterThanOrEqual(l.rows[i - 1]!.top + l.rows[i - 1]!.height);
      for (const m of r.marks) expect(Math.min(m.y, m.y2 ?? m.y) - 4.5, `${m.id} below its row title`).toBeGreaterThanOrEqual(r.titleY);
    });
  });
});
