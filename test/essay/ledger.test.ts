import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byId, citedWithoutRecomputation, finish, formatValue, recomputations, reproducesWithin, roundingTolerance, type LedgerEntry, type Recomputation } from '../../src/essay/ledger.ts';
import { chapter1Ledger } from '../../src/essay/chapter1.ts';
import { chapter2Ledger } from '../../src/essay/chapter2.ts';
import { chapter3Ledger } from '../../src/essay/chapter3.ts';
import { chapter4Ledger } from '../../src/essay/chapter4.ts';
import { chapter5Ledger } from '../../src/essay/chapter5.ts';
import { chapter6Ledger } from '../../src/essay/chapter6.ts';
import { chapter7Ledger } from '../../src/essay/chapter7.ts';

/** The documents' fact list, vendored as a fixture (see test/fixtures/README.md for provenance). */
const factsPath = new URL('../fixtures/seed-facts.json', import.meta.url);
const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as { id: string; source_file: string; value: unknown }[];
const factIds = new Set(facts.map((f) => f.id));
const rows = recomputations.map((r) => [r.id, r] as const);

describe('recomputations: every entry', () => {
  it('has a unique id', () => {
    const ids = recomputations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(rows)('%s: no value is NaN or infinite', (_id, r) => {
    for (const v of [r.claimedValue, r.computedValue, r.relTolerance]) expect(Number.isFinite(v)).toBe(true);
    expect(r.relTolerance).toBeGreaterThanOrEqual(0);
    expect(r.computation).not.toMatch(/NaN|—|∞|undefined/);
    expect(r.assumption).not.toMatch(/NaN|undefined/);
    expect(r.claim).not.toMatch(/NaN|—|∞|undefined/);
    expect(formatValue(r.computedValue, r.unit)).not.toMatch(/—|∞/);
  });

  it.each(rows)('%s: reproduces agrees with the numbers', (_id, r: Recomputation) => {
    const gap = Math.abs(r.computedValue - r.claimedValue);
    const expected = r.comparison === 'atLeast' ? r.computedValue >= r.claimedValue * (1 - r.relTolerance) : gap <= r.relTolerance * Math.abs(r.claimedValue);
    expect(r.reproduces).toBe(expected);
  });

  it.each(rows)('%s: every fact id exists in seed-facts.json and belongs to a document it cites', (_id, r) => {
    expect(r.factIds.length).toBeGreaterThan(0);
    for (const f of r.factIds) expect(factIds.has(f), `${f} not in ${factsPath}`).toBe(true);
    expect(r.factIds.some((f) => f.startsWith(`${r.sourceId}-`)), `${r.id}: no fact from ${r.sourceId}`).toBe(true);
  });

  it.each(rows)('%s: claim, computation and assumption are written out', (_id, r) => {
    expect(r.claim.length).toBeGreaterThan(20);
    expect(r.computation).toMatch(/=/);
    expect(r.assumption.length).toBeGreaterThan(20);
  });

  it('is not a copy of its claims: computed values differ from the claimed ones where the model has work to do', () => {
    // Exact by construction: a unit conversion, 144 × 6.25 × 30, $50,000 ÷ 5,000 (which the op-ed rounds to itself), and 210 MW ÷ 28 J/TH.
    const exact = new Set(['f2pool-per-petahash', 'issuance-30-days', 'nfn8-per-unit', 'buildout-megawatts']);
    const nonTrivial = recomputations.filter((r) => !exact.has(r.id));
    for (const r of nonTrivial) expect(r.computedValue, r.id).not.toBe(r.claimedValue);
  });
});

describe('recomputations: the chapters’ ledgers', () => {
  it('are chapter 1’s entries, then chapter 2’s, then chapter 3’s, then chapter 4’s, then chapter 5’s, then chapter 6’s, each once', () => {
    expect(recomputations.map((r) => r.id)).toEqual([...chapter1Ledger.entries, ...chapter2Ledger.entries, ...chapter3Ledger.entries, ...chapter4Ledger.entries, ...chapter5Ledger.entries, ...chapter6Ledger.entries, ...chapter7Ledger.entries].map((e) => e.id));
  });

  it('lists the facts cited without recomputation of every chapter', () => {
    expect(citedWithoutRecomputation).toEqual({ ...chapter1Ledger.citedWithoutRecomputation, ...chapter2Ledger.citedWithoutRecomputation, ...chapter3Ledger.citedWithoutRecomputation, ...chapter4Ledger.citedWithoutRecomputation, ...chapter5Ledger.citedWithoutRecomputation, ...chapter6Ledger.citedWithoutRecomputation, ...chapter7Ledger.citedWithoutRecomputation });
    expect(Object.keys(citedWithoutRecomputation).length).toBe(67);
  });

  it('no chapter entry types a verdict or a resolved tolerance: finish derives both', () => {
    for (const entry of [...chapter1Ledger.entries, ...chapter2Ledger.entries, ...chapter3Ledger.entries, ...chapter4Ledger.entries, ...chapter5Ledger.entries, ...chapter6Ledger.entries, ...chapter7Ledger.entries]) {
      expect(entry, entry.id).not.toHaveProperty('reproduces');
      expect(entry, entry.id).not.toHaveProperty('relTolerance');
    }
  });
});

describe('reproducesWithin', () => {
  it('tests an approximate figure both ways', () => {
    expect(reproducesWithin(0.517, 0.52, 0.03, 'approx')).toBe(true);
    expect(reproducesWithin(1.27, 1.62, 0.03, 'approx')).toBe(false);
    expect(reproducesWithin(1.7, 1.62, 0.03, 'approx')).toBe(false);
  });
  it('tests a lower bound one way', () => {
    expect(reproducesWithin(126.9, 75, 0, 'atLeast')).toBe(true);
    expect(reproducesWithin(73.1, 75, 0, 'atLeast')).toBe(false);
  });
  it('never calls a non-finite value a reproduction', () => {
    expect(reproducesWithin(Number.NaN, 1, 1, 'approx')).toBe(false);
    expect(reproducesWithin(Infinity, 75, 0, 'atLeast')).toBe(false);
  });
});

describe('roundingTolerance', () => {
  it.each([
    // 0.001 / 2 / 0.034 = 0.0005 / 0.034 = 0.0147…
    { claimed: 0.034, lastDigit: 0.001, expected: 0.0005 / 0.034, note: '$0.034, quoted to a tenth of a cent' },
    // 1 / 2 / 82 = 0.5 / 82
    { claimed: 82, lastDigit: 1, expected: 0.5 / 82, note: '$82/MWh, quoted to the dollar' },
    { claimed: -10, lastDigit: 1, expected: 0.05, note: 'a negative figure: the tolerance is still positive' },
  ])('roundingTolerance($claimed, $lastDigit) is $expected ($note)', ({ claimed, lastDigit, expected }) => {
    expect(roundingTolerance(claimed, lastDigit)).toBeCloseTo(expected, 15);
  });
});

describe('finish', () => {
  const draft: LedgerEntry = {
    id: 'example',
    factIds: ['S001-078'],
    sourceId: 'S001',
    claim: 'An example claim of eighty-two dollars per MWh.',
    claimedValue: 82,
    unit: 'USD/MWh',
    computedValue: 81.967,
    computation: '0.06 ÷ (30.5 × 0.024) = 0.08197',
    assumption: 'Rounded to the dollar, as the document is.',
    tolerance: { lastDigit: 1 },
    comparison: 'approx',
  };

  it('resolves a last-digit tolerance to half a unit over the claim and derives the verdict', () => {
    const r = finish(draft);
    expect(r.relTolerance).toBe(0.5 / 82);
    expect(r.reproduces).toBe(true);
    expect(r).not.toHaveProperty('tolerance');
  });

  it('keeps a fractional tolerance as it is, and a value outside it does not reproduce', () => {
    const r = finish({ ...draft, computedValue: 84, tolerance: 0.01 });
    expect(r.relTolerance).toBe(0.01);
    // |84 − 82| = 2 > 0.01 × 82 = 0.82
    expect(r.reproduces).toBe(false);
  });

  it('tests a lower bound with comparison atLeast', () => {
    expect(finish({ ...draft, computedValue: 90, tolerance: 0, comparison: 'atLeast' }).reproduces).toBe(true);
    expect(finish({ ...draft, computedValue: 81, tolerance: 0, comparison: 'atLeast' }).reproduces).toBe(false);
  });
});

describe('formatValue', () => {
  it.each([
    { value: 0.033963, unit: 'USD/TH/s/day', expected: '$0.03396/TH/day' },
    { value: 34, unit: 'USD/PH/s/day', expected: '$34.00/PH/day' },
    { value: 0.5168, unit: 'ratio', expected: '51.7%' },
    { value: 81.967, unit: 'USD/MWh', expected: '$81.97/MWh' },
    { value: 264.856, unit: 'EH/s', expected: '264.9 EH/s' },
    { value: 27_000, unit: 'BTC per 30 days', expected: '27,000 BTC' },
    { value: 7.3415, unit: 'USD/TH', expected: '$7.34/TH' },
    { value: 10, unit: 'USD per machine', expected: '$10.00 per machine' },
  ] as const)('formatValue($value, $unit) is "$expected"', ({ value, unit, expected }) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe('byId', () => {
  it('finds an entry', () => {
    expect(byId('f2pool-hashprice').sourceId).toBe('S003');
  });

  it('names the known ids when asked for an unknown one', () => {
    expect(() => byId('nope')).toThrow(/f2pool-hashprice/);
  });
});
