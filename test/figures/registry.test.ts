// The figure registry: every entry is complete, reachable and honest about what it reads; every
// figure is finite over the scenario space (seeded fast-check).
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureEntry, figureRegistry } from '../../src/figures/registry.ts';
import { defaultScenario, paramSpecs, type Scenario, type ScenarioKey } from '../../src/scenario/schema.ts';
import { figureCsv } from '../../src/figures/csv.ts';
import { testContext } from '../helpers/figureContext.ts';

fc.configureGlobal({ seed: 42, numRuns: 60 });
const context = testContext();
const root = new URL('../../', import.meta.url);

/** A scenario whose reads are recorded. */
function recording(s: Scenario): { scenario: Scenario; read: Set<string> } {
  const read = new Set<string>();
  const scenario = new Proxy(s, { get: (t, k) => (typeof k === 'string' && read.add(k), Reflect.get(t, k)) });
  return { scenario, read };
}

/** Any scenario the link parser can produce: every parameter within its spec. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    price: fc.integer({ min: 1_000, max: 500_000 }),
    diff: fc.double({ min: 1, max: 2_000, noNaN: true }),
    kwh: fc.double({ min: 0, max: 0.5, noNaN: true }),
    fees: fc.double({ min: 0, max: 10, noNaN: true }),
    subsidy: fc.constantFrom(null, 6.25, 3.125, 1.5625),
    pool: fc.double({ min: 0, max: 10, noNaN: true }),
    uptime: fc.double({ min: 1, max: 100, noNaN: true }),
    custom: fc.option(fc.record({ ths: fc.double({ min: 0.1, max: 5_000, noNaN: true }), watts: fc.integer({ min: 1, max: 50_000 }) })),
    machine: fc.constantFrom(...context.machines.map((m) => m.id)),
    payback: fc.integer({ min: 1, max: 60 }),
    life: fc.integer({ min: 1, max: 120 }),
    growth: fc.double({ min: -5, max: 10, noNaN: true }),
    drift: fc.double({ min: -90, max: 300, noNaN: true }),
    discount: fc.double({ min: 0, max: 100, noNaN: true }),
    mode: fc.constantFrom('curtail', 'run'),
    resale: fc.integer({ min: 0, max: 100_000 }),
    cost: fc.double({ min: 0.5, max: 200, noNaN: true }),
    date: fc.date({ min: new Date('2009-01-03T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    kwhlow: fc.double({ min: 0, max: 0.5, noNaN: true }),
    kwhhigh: fc.double({ min: 0, max: 0.5, noNaN: true }),
    cut: fc.integer({ min: 0, max: 60 }),
    // Chapter 4's loan (paths kept small: the stress test's compute runs its simulation here).
    units: fc.integer({ min: 1, max: 1_000_000 }),
    loan: fc.integer({ min: 1_000, max: 10_000_000_000 }),
    rate: fc.double({ min: 0, max: 50, noNaN: true }),
    term: fc.integer({ min: 1, max: 120 }),
    repay: fc.constantFrom('level', 'interest'),
    opex: fc.integer({ min: 0, max: 1_000_000_000 }),
    call: fc.double({ min: 10, max: 500, noNaN: true }),
    denom: fc.constantFrom('usd', 'btc'),
    linked: fc.constantFrom('off', 'on'),
    lfloor: fc.double({ min: 0, max: 100, noNaN: true }),
    lcap: fc.double({ min: 100, max: 300, noNaN: true }),
    vol: fc.double({ min: 0, max: 200, noNaN: true }),
    dnoise: fc.double({ min: 0, max: 20, noNaN: true }),
    paths: fc.integer({ min: 100, max: 400 }),
    seed: fc.integer({ min: 0, max: 999_999 }),
    // Chapter 5's power position.
    sitemw: fc.double({ min: 1, max: 5_000, noNaN: true }),
    lease: fc.double({ min: 0, max: 10_000_000, noNaN: true }),
    leaseyrs: fc.integer({ min: 1, max: 30 }),
    convcost: fc.double({ min: 0, max: 50_000_000, noNaN: true }),
    convmonths: fc.integer({ min: 0, max: 60 }),
    spotbase: fc.double({ min: 0, max: 0.5, noNaN: true }),
    spikeshare: fc.double({ min: 0, max: 50, noNaN: true }),
    spikekwh: fc.double({ min: 0, max: 10, noNaN: true }),
    drcredit: fc.double({ min: 0, max: 1_000, noNaN: true }),
    hostmode: fc.constantFrom('fixed', 'pass'),
    hostprice: fc.double({ min: 0, max: 0.5, noNaN: true }),
    spread: fc.double({ min: 0, max: 0.2, noNaN: true }),
    deposit: fc.double({ min: 0, max: 24, noNaN: true }),
    escrow: fc.constantFrom('off', 'on'),
    spotpath: fc.constantFrom('2022', 'spike', 'flat'),
    hedgeshare: fc.double({ min: 0, max: 100, noNaN: true }),
    hedgemargin: fc.double({ min: 0, max: 100, noNaN: true }),
    fwdprem: fc.double({ min: -50, max: 200, noNaN: true }),
    // Chapter 6's balance sheet.
    btcheld: fc.double({ min: 0, max: 1_000_000, noNaN: true }),
    cashusd: fc.double({ min: 0, max: 10_000_000_000, noNaN: true }),
    rule: fc.constantFrom('hybrid', 'hodl', 'sell'),
    pricepath: fc.constantFrom('2022', 'trend', 'sim'),
    shareprice: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
    shares: fc.double({ min: 0.1, max: 100_000, noNaN: true }),
    beta: fc.double({ min: 0, max: 5, noNaN: true }),
    cbpremium: fc.double({ min: 0, max: 300, noNaN: true }),
    cbmonths: fc.integer({ min: 1, max: 24 }),
    coupon: fc.double({ min: 0, max: 30, noNaN: true }),
    notesmonths: fc.integer({ min: 1, max: 24 }),
  })
  .map(({ custom, ...rest }) => ({ ...defaultScenario(), ...rest, ths: custom?.ths ?? null, watts: custom?.watts ?? null }));

describe('figureRegistry', () => {
  it('has unique ids, an anchor and an image per id', () => {
    const ids = figureRegistry.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of figureRegistry) {
      expect(f.anchor).toBe(`figure-${f.id}`);
      expect(f.image).toBe(`/figures/${f.id}.png`);
    }
  });

  it.each(figureRegistry.map((f) => [f.id, f] as const))('%s: its chapter, widget, island entry and Figure.astro mapping exist', (id, f) => {
    expect(existsSync(new URL(`content/chapters/${f.chapter}.mdx`, root)), `content/chapters/${f.chapter}.mdx`).toBe(true);
    expect(existsSync(new URL(`src/widgets/${f.component}.svelte`, root)), `src/widgets/${f.component}.svelte`).toBe(true);
    // The entry hydrates the widget, or loads the module that does when the widget nears the screen (the formula cells).
    let entry = readFileSync(new URL(`src/islands/${id}.ts`, root), 'utf8');
    const lazy = /import\('\.\.\/widgets\/(\w+)\.ts'\)/.exec(entry);
    if (lazy) entry = readFileSync(new URL(`src/widgets/${lazy[1]}.ts`, root), 'utf8');
    expect(entry).toMatch(new RegExp(`hydrateIslands\\('${id}', ${f.component}[,)]`));
    const astro = readFileSync(new URL('src/components/Figure.astro', root), 'utf8');
    expect(astro).toMatch(new RegExp(`c === '${f.component}' && <${f.component} context=\\{context\\} embed=\\{embed\\}( \\{\\.\\.\\.\\w+\\})? />`));
    expect(astro).toContain(`c === '${f.component}' && <script src="../islands/${id}.ts"></script>`);
  });

  it.each(figureRegistry.map((f) => [f.id, f] as const))('%s: compute() returns the figure with this id, and a caption and source with no internal ids', (id, f) => {
    const fig = f.compute(defaultScenario(), context);
    expect(fig.id).toBe(id);
    expect(fig.caption.length).toBeGreaterThan(40);
    expect(fig.source).not.toMatch(/\bS00[0-3]\b/);
    expect(fig.source, 'the registry names the same source line').toBe(f.source(context));
    expect(fig.caption).not.toMatch(/NaN|undefined/);
  });

  it.each(figureRegistry.map((f) => [f.id, f] as const))('%s reads exactly the scenario keys it declares', (_id, f) => {
    // Over several scenarios (defaults, a custom machine, run mode) the union of reads is the declared list.
    const seen = new Set<string>();
    for (const s of [defaultScenario(), { ...defaultScenario(), ths: 200, watts: 3_500, machine: 'custom' }, { ...defaultScenario(), mode: 'run', pool: 1 }]) {
      const { scenario, read } = recording(s);
      const fig = f.compute(scenario, context);
      figureCsv(fig); // formatting the table may read the scenario too
      for (const k of read) seen.add(k);
    }
    const keys = new Set(paramSpecs.map((p) => p.key as string));
    expect([...seen].filter((k) => keys.has(k)).sort()).toEqual([...f.inputs].sort());
  });

  it('figureEntry(id) throws a message that lists the known ids', () => {
    expect(() => figureEntry('nope')).toThrow(/no figure "nope" in the registry; ids are: hashprice, machine-margins/);
  });

  it.each(figureRegistry.map((f) => [f.id, f] as const))('%s: every metric is a finite number with text, for any scenario within the schema', (_id, f) => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const fig = f.compute(s, context);
        for (const m of fig.metrics) {
          if (!Number.isFinite(m.value)) return false;
          if (!m.text || /NaN|undefined/.test(m.text)) return false;
        }
        return !/NaN|undefined/.test(figureCsv(fig)) && !/NaN|undefined/.test(fig.caption);
      }),
    );
  });
});

export type { ScenarioKey };
