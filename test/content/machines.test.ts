import { describe, expect, it } from 'vitest';
import machines from '../../content/machines.json';

import { readFileSync } from 'node:fs';

/** The documents' fact list, vendored as a fixture (see test/fixtures/README.md for provenance). */
const factsPath = new URL('../fixtures/seed-facts.json', import.meta.url);
const facts = new Map<string, { value: unknown }>(
  (JSON.parse(readFileSync(factsPath, 'utf8')) as { id: string; value: unknown }[]).map((f) => [f.id, f]),
);
/** The numeric value of a seed fact; fails the test if the fact is missing or not a number. */
function fact(id: string): number {
  const value = facts.get(id)?.value;
  if (typeof value !== 'number') throw new Error(`seed fact ${id} is missing or not a single number (${String(value)})`);
  return value;
}

const byId = new Map(machines.map((m) => [m.id, m]));
const get = (id: string) => {
  const m = byId.get(id);
  if (!m) throw new Error(`machine ${id} missing from content/machines.json`);
  return m;
};

describe('content/machines.json schema', () => {
  it('holds at least 18 machines', () => {
    expect(machines.length).toBeGreaterThanOrEqual(18);
  });

  it.each(machines.map((m) => [m.id, m] as const))('%s has every field with the right type', (_id, m) => {
    expect(Object.keys(m).sort()).toEqual(
      ['confirmed', 'cooling', 'id', 'maker', 'model', 'releaseYear', 'source', 'terahashPerSecond', 'watts'].sort(),
    );
    expect(typeof m.id).toBe('string');
    expect(typeof m.maker).toBe('string');
    expect(m.maker.length).toBeGreaterThan(0);
    expect(typeof m.model).toBe('string');
    expect(m.model.length).toBeGreaterThan(0);
    expect(typeof m.source).toBe('string');
    expect(m.source.length).toBeGreaterThan(20);
    expect(typeof m.confirmed).toBe('boolean');
    expect(['air', 'hydro', 'immersion']).toContain(m.cooling);
    expect(Number.isInteger(m.releaseYear)).toBe(true);
  });

  it.each(machines.map((m) => [m.id, m] as const))('%s has positive TH/s and W, J/TH in 5–120 and a 2016–2026 release year', (_id, m) => {
    expect(Number.isFinite(m.terahashPerSecond) && m.terahashPerSecond > 0).toBe(true);
    expect(Number.isFinite(m.watts) && m.watts > 0).toBe(true);
    const j = m.watts / m.terahashPerSecond;
    expect(j).toBeGreaterThanOrEqual(5);
    expect(j).toBeLessThanOrEqual(120);
    expect(m.releaseYear).toBeGreaterThanOrEqual(2016);
    expect(m.releaseYear).toBeLessThanOrEqual(2026);
  });

  it('has unique, lowercase slug ids', () => {
    const ids = machines.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('starts each id with the maker’s product line', () => {
    for (const m of machines) {
      const line = { Bitmain: 'antminer-', MicroBT: 'whatsminer-', Canaan: 'avalon-' }[m.maker];
      expect(line, `${m.id}: unknown maker ${m.maker}`).toBeDefined();
      expect(m.id.startsWith(line as string)).toBe(true);
    }
  });

  it('marks every spec not taken from a document as unconfirmed, and says so in source', () => {
    for (const m of machines) {
      const fromDocument = /\bS00[0-3]-\d{3}\b/.test(m.source) && /^S00[0-3]\b/.test(m.source);
      if (!fromDocument) {
        expect(m.confirmed, m.id).toBe(false);
        expect(m.source, m.id).toMatch(/nameplate/);
        expect(m.source, m.id).toMatch(/not checked against a datasheet/);
      }
    }
  });
});

describe('content/machines.json: required machines', () => {
  const required = [
    'antminer-s21-xp-hydro', 'antminer-s19-xp', 'antminer-s19j-pro', 'antminer-s19j-pro-plus', 'antminer-s19-pro',
    'whatsminer-m50s', 'avalon-a1466', 'avalon-a1466i', 'avalon-a1366', 'avalon-a1346',
    'antminer-s21', 'antminer-s21-pro', 'antminer-s21-xp', 'antminer-s21-hydro', 'whatsminer-m60', 'whatsminer-m60s', 'whatsminer-m63s',
    'antminer-s9', 'antminer-s17', 'antminer-s19',
  ];
  it.each(required)('includes %s', (id) => {
    expect(byId.has(id)).toBe(true);
  });
});

describe('content/machines.json: specs taken from the documents match them exactly', () => {
  it('Antminer S21 XP Hydro: 473 TH/s, 5,676 W (S003-018, S003-019)', () => {
    const m = get('antminer-s21-xp-hydro');
    expect(m.terahashPerSecond).toBe(fact('S003-018'));
    expect(m.watts).toBe(fact('S003-019'));
    expect(m.cooling).toBe('hydro');
    expect(m.confirmed).toBe(true);
    expect(m.source).toMatch(/S003-018/);
    expect(m.source).toMatch(/S003-019/);
  });

  it('Antminer S19j Pro+: 122 TH/s, 3,355 W, 27.5 J/TH (S001-081, S001-082, S001-083)', () => {
    const m = get('antminer-s19j-pro-plus');
    expect(m.terahashPerSecond).toBe(fact('S001-081'));
    expect(m.watts).toBe(fact('S001-083'));
    expect(m.watts / m.terahashPerSecond).toBeCloseTo(fact('S001-082'), 1);
    expect(m.confirmed).toBe(true);
    expect(m.source).toMatch(/S001-081/);
  });

  it.each([
    ['whatsminer-m50s', 'S001-085', 'S001-086', 3276],
    ['avalon-a1346', 'S001-088', 'S001-089', 3300],
    ['avalon-a1366', 'S001-090', 'S001-091', 3250],
  ] as const)('%s: TH/s (%s) × J/TH (%s) = %i W', (id, thFact, jFact, watts) => {
    const m = get(id);
    expect(m.terahashPerSecond).toBe(fact(thFact));
    expect(m.watts).toBe(fact(thFact) * fact(jFact));
    expect(m.watts).toBe(watts);
    expect(m.confirmed).toBe(true);
    expect(m.source).toMatch(new RegExp(thFact));
    expect(m.source).toMatch(new RegExp(jFact));
  });

  it('Antminer S19j Pro is the 100 TH/s, 3,050 W (30.5 J/TH) variant, and says why', () => {
    const m = get('antminer-s19j-pro');
    expect(m.terahashPerSecond).toBe(100);
    expect(m.watts).toBe(3050);
    expect(m.confirmed).toBe(false);
    expect(m.source).toMatch(/\$82\/MWh/);
    expect(m.source).toMatch(/\$7\/TH/);
  });

  it('no machine claims a document as source unless its spec is one of the document specs above', () => {
    const documentSpecs = new Set(['antminer-s21-xp-hydro', 'antminer-s19j-pro-plus', 'whatsminer-m50s', 'avalon-a1346', 'avalon-a1366']);
    for (const m of machines) expect(m.confirmed, m.id).toBe(documentSpecs.has(m.id));
  });
});
