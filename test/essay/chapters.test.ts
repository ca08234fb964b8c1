import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byId, citedWithoutRecomputation, recomputations } from '../../src/essay/ledger.ts';
import { chapter1Figures, chapter1Ledger } from '../../src/essay/chapter1.ts';
import { chapter2Figures, chapter2Ledger } from '../../src/essay/chapter2.ts';
import { chapter3Figures, chapter3Ledger } from '../../src/essay/chapter3.ts';
import { chapter4Figures, chapter4Ledger } from '../../src/essay/chapter4.ts';
import { chapter5Figures, chapter5Ledger } from '../../src/essay/chapter5.ts';
import { chapter6Figures, chapter6Ledger } from '../../src/essay/chapter6.ts';
import { chapter7Figures, chapter7Ledger } from '../../src/essay/chapter7.ts';
import { recoveryBenchmarks } from '../../src/essay/collateralBenchmarks.ts';
import sources from '../../content/sources.json';

const factsPath = new URL('../fixtures/seed-facts.json', import.meta.url);
const factIds = new Set((JSON.parse(readFileSync(factsPath, 'utf8')) as { id: string }[]).map((f) => f.id));

const read = (name: string) => readFileSync(new URL(`../../content/chapters/${name}`, import.meta.url), 'utf8');
const chapters = [
  { name: '01-what-a-terahash-earns.mdx', figures: chapter1Figures as unknown, ledger: chapter1Ledger },
  { name: '02-no-floor.mdx', figures: chapter2Figures as unknown, ledger: chapter2Ledger },
  { name: '03-hashrate-answers-back.mdx', figures: chapter3Figures as unknown, ledger: chapter3Ledger },
  { name: '04-underwriting-hashprice.mdx', figures: chapter4Figures as unknown, ledger: chapter4Ledger },
  { name: '05-power-is-the-collateral.mdx', figures: chapter5Figures as unknown, ledger: chapter5Ledger },
  { name: '06-balance-sheets.mdx', figures: chapter6Figures as unknown, ledger: chapter6Ledger },
  { name: '07-one-cycle-dated.mdx', figures: chapter7Figures as unknown, ledger: chapter7Ledger },
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

// ---------------------------------------------------------------------------------------------
// Task: readers never see the internal source ids (S000–S003); documents are named instead.

const internalId = /\bS00[0-3]\b/;

/** The frontmatter's values, one per line, without keys. */
function frontmatterValues(mdx: string): string[] {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!m) throw new Error('no frontmatter');
  return (m[1] as string).split('\n').map((line) => line.replace(/^[A-Za-z]+:\s*/, ''));
}

/**
 * The prose of an MDX body as a reader reads it: without import/export lines, JSX tags (with their
 * attributes, across lines) and `{…}` expressions (braces balanced, quotes respected). What is left
 * is the Markdown text around them.
 */
function proseOutsideJsx(mdx: string): string {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^(import|export) .*$/gm, '');
  let out = '';
  let i = 0;
  const skipBraces = (start: number): number => {
    let depth = 0;
    let quote: string | null = null;
    for (let j = start; j < body.length; j++) {
      const ch = body[j]!;
      if (quote) {
        if (ch === '\\') j++;
        else if (ch === quote) quote = null;
      } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) return j + 1;
    }
    throw new Error(`unbalanced { at ${start}`);
  };
  while (i < body.length) {
    const ch = body[i]!;
    if (ch === '{') {
      i = skipBraces(i);
    } else if (ch === '<' && /[A-Za-z/]/.test(body[i + 1] ?? '')) {
      // A tag: skip to its closing '>', jumping over attribute expressions and quoted values.
      let j = i + 1;
      let quote: string | null = null;
      while (j < body.length) {
        const c = body[j]!;
        if (quote) {
          if (c === quote) quote = null;
          j++;
        } else if (c === '"' || c === "'") {
          quote = c;
          j++;
        } else if (c === '{') j = skipBraces(j);
        else if (c === '>') break;
        else j++;
      }
      i = j + 1;
      out += ' ';
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

describe('reader-facing text names documents, never their internal ids', () => {
  it('proseOutsideJsx keeps prose and drops tags, attributes and expressions (so the checks below can fail)', () => {
    const sample = 'Prose S003 here <Cite id="S001" fact="S001-052" /> and {usd(byId(\'S002\'))}.\n<RecomputationLedger\n  ids={[\'a\']}\n  caption="S000"\n/>\nend';
    const prose = proseOutsideJsx(`---\ntitle: "x"\n---\n${sample}`);
    expect(prose).toContain('Prose S003 here');
    expect(prose).not.toMatch(/S00[012]/);
    expect(prose).toContain('end');
  });

  it.each(byName)('%s: no frontmatter value shows an internal source id', (_n, c) => {
    for (const value of frontmatterValues(c.text)) expect(value).not.toMatch(internalId);
  });

  it.each(byName)('%s: no prose outside JSX shows an internal source id', (_n, c) => {
    const prose = proseOutsideJsx(c.text);
    expect(prose.length).toBeGreaterThan(5_000);
    const hit = internalId.exec(prose);
    expect(hit, hit ? `…${prose.slice(Math.max(0, hit.index - 60), hit.index + 20)}…` : '').toBeNull();
  });

  it.each(recomputations.map((r) => [r.id, r] as const))('ledger entry %s: claim, computation and assumption name no internal source id', (_id, r) => {
    for (const text of [r.claim, r.computation, r.assumption]) expect(text).not.toMatch(internalId);
  });

  it.each(recoveryBenchmarks.map((b) => [b.id, b] as const))('recovery benchmark %s: label, source and basis name no internal source id', (_id, b) => {
    for (const text of [b.label, b.source, b.basis]) expect(text).not.toMatch(internalId);
    expect(b.source).toBe(sources.find((s) => s.id === b.sourceId)?.name);
  });

  it.each(sources.map((s) => [s.id, s] as const))('content/sources.json %s has a reader-facing name and short name without ids', (_id, s) => {
    expect(s.name).not.toMatch(internalId);
    expect(s.shortName).not.toMatch(internalId);
    expect(s.shortName.length).toBeLessThanOrEqual(32);
    expect(s.name.length).toBeGreaterThan(s.shortName.length);
  });
});
