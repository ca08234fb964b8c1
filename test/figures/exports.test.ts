// @vitest-environment jsdom
// figureCsv (the table as CSV), renderCard (the figure as an SVG card) and scenarioLine: what a
// newsletter writer downloads must equal what the page shows.
import fc from 'fast-check';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { exportFileName, figureCsv } from '../../src/figures/csv.ts';
import { cardWidthPx, renderCard, wrapText, xml } from '../../src/figures/card.ts';
import { scenarioLine } from '../../src/figures/scenarioLine.ts';
import { figureRegistry } from '../../src/figures/registry.ts';
import { machineMarginsFigure } from '../../src/figures/machineMargins.ts';
import { recoveryFigure } from '../../src/figures/recovery.ts';
import { layoutChart, textWidthPx } from '../../src/figures/chartLayout.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { testContext } from '../helpers/figureContext.ts';

fc.configureGlobal({ seed: 42, numRuns: 200 });
const context = testContext();
const url = 'https://nofloor.example/no-floor/?price=80000&machine=antminer-s19&v=2#figure-floor-value';

describe('figureCsv(figure)', () => {
  it.each(figureRegistry.map((f) => [f.id, f] as const))('%s: parses back to the table — same headers with units, same rows, raw values', (_id, f) => {
    const fig = f.compute(defaultScenario(), context);
    const parsed = csvParse(figureCsv(fig));
    expect(parsed.columns).toEqual(fig.table.columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label)));
    expect(parsed).toHaveLength(fig.table.rows.length);
    parsed.forEach((row, i) => {
      fig.table.columns.forEach((c, j) => {
        const want = c.value(fig.table.rows[i]!);
        const got = row[parsed.columns[j]!]!;
        if (typeof want === 'number') expect(Number(got)).toBe(want);
        else expect(got).toBe(want);
      });
    });
  });

  it('quotes cells that hold commas, and keeps every machine-margins number unrounded', () => {
    const rec = figureCsv(recoveryFigure(defaultScenario(), context));
    expect(rec).toContain('"Specialised industrial equipment, forced sale (share of replacement cost)"');
    const mm = machineMarginsFigure(defaultScenario(), context);
    const first = csvParse(figureCsv(mm))[0]!;
    expect(Number(first['Power ÷ revenue (fraction)'])).toBe(mm.table.rows[0]!.day.costRatio);
  });

  it('names files by figure and scenario date', () => {
    expect(exportFileName('floor-value', '2026-02-02', 'csv')).toBe('no-floor-floor-value-2026-02-02.csv');
  });
});

describe('renderCard(figure, options)', () => {
  it.each(figureRegistry.map((f) => [f.id, f] as const))('%s: a well-formed 1200 px SVG with the title, key figures, scenario, source and address', (_id, f) => {
    const fig = f.compute({ ...defaultScenario(), price: 80_000, machine: 'antminer-s19' }, context);
    const line = scenarioLine({ ...defaultScenario(), price: 80_000, machine: 'antminer-s19' }, f.inputs, context);
    const svg = renderCard(fig, { url, scenarioLine: line, layout: layoutChart });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(cardWidthPx));
    const text = [...doc.getElementsByTagName('text')].map((t) => t.textContent).join('\n');
    for (const m of (fig.keyMetrics ?? fig.metrics.slice(0, 4).map((x) => x.name)).map((n) => fig.metrics.find((x) => x.name === n)!)) expect(text).toContain(m.text);
    expect(text.replace(/\n/g, '')).toContain(url);
    expect(text).toContain('BTC $80,000');
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toBe(fig.caption);
    // No stylesheet: colours are inline, so any rasteriser draws it the same.
    expect(svg).not.toContain('<style');
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('escapes markup in text and attributes', () => {
    expect(xml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
    const fig = machineMarginsFigure({ ...defaultScenario(), ths: 100, watts: 2_000 }, testContext([{ id: 'x', maker: 'M', model: '<b>&"Rig"', terahashPerSecond: 100, watts: 3_000, confirmed: true }]));
    const doc = new DOMParser().parseFromString(renderCard(fig, { url: 'https://a.example/?a=1&b=2', scenarioLine: 'x', layout: layoutChart }), 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  });
});

describe('wrapText(text, width, font)', () => {
  it('never returns a line wider than asked, and loses no characters', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,30}$/), { minLength: 1, maxLength: 30 }), fc.integer({ min: 40, max: 1_100 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapText(text, width, 14);
        return lines.every((l) => textWidthPx(l, 14) <= width) && lines.join('').replace(/ /g, '') === text.replace(/ /g, '');
      }),
    );
  });
});

describe('scenarioLine(scenario, inputs)', () => {
  it('names price, difficulty, power and date, then the figure\'s other inputs that differ from the defaults', () => {
    expect(scenarioLine(defaultScenario(), ['price', 'diff', 'kwh', 'date', 'pool'])).toBe('BTC $76,176 · difficulty 141 T · power $0.060/kWh · 2 Feb 2026 (3.125 BTC subsidy)');
    expect(scenarioLine({ ...defaultScenario(), pool: 2, cut: 30 }, ['pool'])).toBe('BTC $76,176 · difficulty 141 T · power $0.060/kWh · 2 Feb 2026 (3.125 BTC subsidy) · Pool fee 2.0 %');
    expect(scenarioLine({ ...defaultScenario(), machine: 'antminer-s19' }, ['machine'], context)).toContain('machine: Antminer S19');
    expect(scenarioLine({ ...defaultScenario(), date: '2028-06-01' }, [])).toContain('1 Jun 2028 (1.5625 BTC subsidy)');
  });
});
