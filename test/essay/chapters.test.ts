import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byId, citedWithoutRecomputation, recomputations } from '../../src/essay/ledger.ts';
import { chapter1Figures, chapter1Ledger } from '../../src/essay/chapter1.ts';
import { chapter2Figures, chapter2Ledger } from '../../src/essay/chapter2.ts';

const factsPath = new URL('../fixtures/seed-facts.json', import.meta.url);
const factIds = new Set((JSON.parse(readFileSync(factsPath, 'utf8')) as { id: string }[]).map((f) => f.id));

const read = (name: string) => readFileSync(new URL(`../../content/chapters/${name}`, import.meta.url), 'utf8');
const chapters = [
  { name: '01-what-a-terahash-earns.mdx', figures: chapter1Figures as unknown, ledger: chapter1Ledger },
  { name: '02-no-floor.mdx', figures: chapter2Figures as unknown, ledger: chapter2Ledger },
].map((c) => ({ ...c, text: read(c.name) }));
const byName = chapters.map((c) => [c.name, c] as const);

const citesIn = (text: string) => [...text.matchAll(/<Cite\s+id="(S00\d)"\s+fact="(S00\d-\d{3})"\s*\/>/g)].map((m) => ({ source: m[1], fact: m[2] as string }));
const placedIn = (text: string) =>
  [...text.matchAll(/<RecomputationLedger[\s\S]*?ids=\{\[([\s\S]*?)\]\}/g)].flatMap((m) => [...(m[1] as string).matchAll(/'([a-z0-9-]+)'/g)].map((x) => x[1] as string));

describe('the chapters and the ledger', () => {
  const cited = chapters.flatMap((c) => citesIn(c.text).map((x) => ({ ...x, chapter: c.name })));
  const ledgerFacts = new Set(recomputations.flatMap((r) => r.factIds));

  it.each(byName)('%s cites document figures', (_n, c) => {
    expect(citesIn(c.text).length).toBeGreaterThan(20);
  });

  it.each(cited.map((c) => [`${c.chapter}: ${c.fact}`, c] as const))(
    'cited fact %s exists, matches its source id, and is recomputed in the ledger or listed as cited without recomputation',
    (_f, c) => {
      expect(factIds.has(c.fact)).toBe(true);
      expect(c.fact.startsWith(`${c.source}-`)).toBe(true);
      expect(ledgerFacts.has(c.fact) || c.fact in citedWithoutRecomputation, `${c.fact} is cited but no ledger entry lists it and it is not in citedWithoutRecomputation`).toBe(true);
    },
  );

  it.each(byName)('%s lists as cited-without-recomputation only facts that exist, it cites, and no ledger entry has, each with a reason', (_n, c) => {
    const citedHere = new Set(citesIn(c.text).map((x) => x.fact));
    for (const [fact, reason] of Object.entries(c.ledger.citedWithoutRecomputation)) {
      expect(factIds.has(fact), fact).toBe(true);
      expect(citedHere.has(fact), `${fact} is listed for ${c.name} but it does not cite it`).toBe(true);
      expect(ledgerFacts.has(fact), `${fact} is listed but a ledger entry recomputes it`).toBe(false);
      expect(reason.length, fact).toBeGreaterThan(15);
    }
  });

  it('places every ledger entry in exactly one table across both chapters', () => {
    const placed = chapters.flatMap((c) => placedIn(c.text));
    expect([...placed].sort()).toEqual(recomputations.map((r) => r.id).sort());
  });

  it.each(byName)('%s places exactly its own entries in its tables', (_n, c) => {
    expect([...placedIn(c.text)].sort()).toEqual(c.ledger.entries.map((e) => e.id).sort());
  });

  it.each(byName)('%s uses only ids the ledger knows in byId calls', (_n, c) => {
    for (const m of c.text.matchAll(/byId\('([^']+)'\)/g)) expect(() => byId(m[1] as string)).not.toThrow();
  });

  it.each(byName)('%s imports its own figures as `figures`', (_n, c) => {
    const n = c.name.slice(1, 2);
    expect(c.text).toContain(`import { chapter${n}Figures as figures } from '../../src/essay/chapter${n}.ts';`);
  });

  it.each(byName)('%s reads only figures that exist and are finite numbers or text', (_n, c) => {
    const reads = [...c.text.matchAll(/figures((?:\.[A-Za-z0-9_]+|\[\d+\])+)/g)];
    expect(reads.length).toBeGreaterThan(5);
    for (const m of reads) {
      const path = (m[1] as string).match(/[A-Za-z0-9_]+/g) as string[];
      let value: unknown = c.figures;
      for (const key of path) value = (value as Record<string, unknown>)?.[key];
      if (typeof value === 'object' && value !== null) continue; // a parent of a deeper path, e.g. figures.s21
      expect(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)), `figures${m[1]} in ${c.name} is ${String(value)}`).toBe(true);
    }
  });
});
