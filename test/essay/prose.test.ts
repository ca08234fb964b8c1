// The live prose of the chapters (content/chapters/*.mdx): every live number and word names a
// metric or text of a registered figure that sits on the same page; every claim writes exactly the
// variants it can pick, and every variant can be picked (seeded fast-check over the scenario space).
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { figureEntry, figureRegistry } from '../../src/figures/registry.ts';
import { claims, claimVariant, type ClaimSpec } from '../../src/figures/claims.ts';
import { formatters } from '../../src/format/named.ts';
import { defaultScenario, paramSpecs, type Scenario } from '../../src/scenario/schema.ts';
import { testContext } from '../helpers/figureContext.ts';

fc.configureGlobal({ seed: 42, numRuns: 150 });
const context = testContext();
const dir = fileURLToPath(new URL('../../content/chapters/', import.meta.url));
const chapters = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => ({ id: f.replace(/\.mdx$/, ''), text: readFileSync(dir + f, 'utf8') }));
const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

/** Scenarios chosen to reach every variant of every claim, and the defaults. */
const at = (s: Partial<Scenario>): Scenario => ({ ...defaultScenario(), ...s });
const reach: Record<string, Scenario> = {
  defaults: at({}),
  'dear power': at({ kwh: 0.1 }),
  'cheap power': at({ kwh: 0.01 }),
  'losing from the start': at({ machine: 'antminer-s19j-pro' }),
  'past the halving': at({ date: '2028-06-01', kwh: 0.07 }),
  'short life': at({ life: 12 }),
  'cheap machine': at({ cost: 2 }),
  'dear cheap power': at({ kwhlow: 0.1 }),
  'losing after the halving': at({ kwh: 0.04, growth: 2 }),
  'ruinous power': at({ kwh: 0.3 }),
  // Link format 1's path: difficulty at the fixed trend whatever miners earn.
  'fixed trend': at({ hashrate: 'trend' }),
  'fixed trend, losing after the halving': at({ hashrate: 'trend', kwh: 0.04 }),
  'fixed trend, cheap power': at({ hashrate: 'trend', kwh: 0.01 }),
  'fixed trend, dear power': at({ hashrate: 'trend', kwh: 0.1 }),
  // Chapter 3: a retarget after hashrate rises, holds, or falls past the ÷4 clamp; a fleet all above or all below water; fees.
  'hashrate rises': at({ hrchange: 20 }),
  'hashrate holds': at({ hrchange: 0 }),
  'hashrate collapses': at({ hrchange: -80 }),
  'dear bitcoin': at({ price: 500_000 }),
  'cheap bitcoin': at({ price: 10_000 }),
  'fees paid': at({ fees: 0.05 }),
  // Chapter 5: a pass-through host never runs dry.
  'pass-through host': at({ hostmode: 'pass' }),
};

describe('live prose in the chapters', () => {
  for (const chapter of chapters) {
    const onPage = new Set(figureRegistry.filter((f) => f.chapter === chapter.id).map((f) => f.id));

    it(`${chapter.id}: every <Live> names a metric or text of a figure on the same page`, () => {
      for (const m of chapter.text.matchAll(/<Live\b[^>]*\/>/g)) {
        const a = attrs(m[0]);
        expect(onPage.has(a.figure!), `${m[0]}: figure "${a.figure}" is not on ${chapter.id}`).toBe(true);
        if (a.format) expect(Object.keys(formatters), m[0]).toContain(a.format);
        // The name exists in at least one of the reaching scenarios (some metrics exist only when they apply).
        const found = Object.values(reach).some((s) => {
          const f = figureEntry(a.figure!).compute(s, context);
          return a.metric ? f.metrics.some((x) => x.name === a.metric) : a.text! in (f.texts ?? {});
        });
        expect(found, `${m[0]}: no such ${a.metric ? 'metric' : 'text'} in figure "${a.figure}"`).toBe(true);
      }
    });

    it(`${chapter.id}: every <ProseInput> sets a parameter of the link`, () => {
      const keys = new Set(paramSpecs.map((p) => p.key as string));
      for (const m of chapter.text.matchAll(/<ProseInput\b[^>]*\/>/g)) expect(keys.has(attrs(m[0]).param!), m[0]).toBe(true);
    });

    it(`${chapter.id}: every <Live> not marked optional resolves at the dated defaults (the server renders it there)`, () => {
      for (const m of chapter.text.matchAll(/<Live\b[^>]*\/>/g)) {
        if (/\boptional\b/.test(m[0])) continue;
        const a = attrs(m[0]);
        const f = figureEntry(a.figure!).compute(defaultScenario(), context);
        const found = a.metric ? f.metrics.some((x) => x.name === a.metric) : a.text! in (f.texts ?? {});
        expect(found, `${m[0]} has nothing at the defaults: mark it optional if it lives in a variant the defaults do not show`).toBe(true);
      }
    });

    it(`${chapter.id}: every <Claim> writes exactly its variants, for a figure on the same page`, () => {
      for (const m of chapter.text.matchAll(/<Claim name="([\w-]+)">([\s\S]*?)<\/Claim>/g)) {
        const spec = (claims as Record<string, ClaimSpec>)[m[1]!];
        expect(spec, `claim "${m[1]}"`).toBeDefined();
        expect(onPage.has(spec!.figure), `claim "${m[1]}" reads "${spec!.figure}", which is not on ${chapter.id}`).toBe(true);
        const written = [...m[2]!.matchAll(/<Fragment slot="([\w-]+)">/g)].map((x) => x[1]);
        expect([...written].sort(), `variants written for "${m[1]}"`).toEqual([...spec!.variants].sort());
      }
    });
  }

  it('every claim is used by a chapter', () => {
    const all = chapters.map((c) => c.text).join('\n');
    for (const name of Object.keys(claims)) expect(all, name).toContain(`<Claim name="${name}">`);
  });
});

describe('claimVariant(name, figure)', () => {
  const scenario: fc.Arbitrary<Scenario> = fc
    .record({
      price: fc.integer({ min: 1_000, max: 500_000 }),
      diff: fc.double({ min: 1, max: 2_000, noNaN: true }),
      kwh: fc.double({ min: 0, max: 0.5, noNaN: true }),
      machine: fc.constantFrom(...context.machines.map((m) => m.id)),
      life: fc.integer({ min: 1, max: 120 }),
      growth: fc.double({ min: -5, max: 10, noNaN: true }),
      drift: fc.double({ min: -90, max: 300, noNaN: true }),
      cost: fc.double({ min: 0.5, max: 200, noNaN: true }),
      kwhlow: fc.double({ min: 0, max: 0.5, noNaN: true }),
      date: fc.date({ min: new Date('2012-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    })
    .map((r) => at(r));

  it.each(Object.entries(claims))('%s always picks one of its variants', (name, spec: ClaimSpec) => {
    fc.assert(fc.property(scenario, (s) => spec.variants.includes(claimVariant(name, figureEntry(spec.figure).compute(s, context)))));
  });

  it.each(Object.entries(claims))('%s can pick every one of its variants', (name, spec: ClaimSpec) => {
    const picked = new Set(Object.values(reach).map((s) => claimVariant(name, figureEntry(spec.figure).compute(s, context))));
    expect([...picked].sort()).toEqual([...spec.variants].sort());
  });

  it('first-losing-month is "never" at the defaults, where hashrate responds, and "at-halving" on the fixed trend', () => {
    expect(claimVariant('first-losing-month', figureEntry('floor-value').compute(defaultScenario(), context))).toBe('never');
    expect(claimVariant('first-losing-month', figureEntry('floor-value').compute({ ...defaultScenario(), hashrate: 'trend' }, context))).toBe('at-halving');
  });

  it('throws, naming the claims, for an unknown claim', () => {
    expect(() => claimVariant('nope', { metrics: [] })).toThrow(/no claim "nope"; claims are: machines-losing, first-losing-month/);
  });
});
