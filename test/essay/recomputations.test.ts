import { describe, expect, it } from 'vitest';
import { byId, figures, formatValue, recomputations, reproducesWithin, type Recomputation } from '../../src/essay/recomputations.ts';
import { expectClose } from '../helpers/close.ts';

import { readFileSync } from 'node:fs';

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
    const nonTrivial = recomputations.filter((r) => r.id !== 'f2pool-per-petahash' && r.id !== 'issuance-30-days');
    for (const r of nonTrivial) expect(r.computedValue, r.id).not.toBe(r.claimedValue);
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

describe('recomputations: the key cases', () => {
  it('f2pool 2 Feb 2026 hashprice reproduces at 141 T: ≈ $0.03396/TH/day', () => {
    const r = byId('f2pool-hashprice');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 0.033963, 1e-4);
  });

  it('reading 890 EH/s as difficulty (≈124.3 T) gives ≈ $0.0385, about 13% high, and does not reproduce', () => {
    const r = byId('f2pool-hashprice-from-estimate');
    expect(r.reproduces).toBe(false);
    expectClose(figures.difficultyFromEstimateT, 124.33, 1e-3);
    expectClose(r.computedValue, 0.03852, 1e-3);
    expect(r.computedValue / r.claimedValue - 1).toBeGreaterThan(0.12);
    expect(r.computedValue / r.claimedValue - 1).toBeLessThan(0.14);
  });

  it('141 T implies ≈ 1,009 EH/s, so 890 EH/s is ≈ 12% below it', () => {
    expectClose(figures.impliedHashrateFeb2026Eh, 1009.3, 1e-4);
    expect(byId('hashrate-drawdown').reproduces).toBe(true);
  });

  it('$0.034/TH/day is $34/PH/day', () => {
    expect(byId('f2pool-per-petahash').computedValue).toBeCloseTo(34, 9);
    expect(byId('f2pool-per-petahash').reproduces).toBe(true);
  });

  it('S21 XP Hydro at $75,000 and $0.06/kWh: ≈ 51.7%, reproduces the document’s ≈ 52%', () => {
    const r = byId('s21-xp-hydro-cost-ratio');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 0.5168, 1e-3);
    expect(r.computation).toContain('$8.17/day');
    expect(r.computation).toContain('$15.82/day');
  });

  it('S19 XP ≈ 92.6% reproduces the low end of 92–100%', () => {
    expect(byId('s19-xp-cost-ratio').reproduces).toBe(true);
    expectClose(byId('s19-xp-cost-ratio').computedValue, 0.9259, 1e-3);
  });

  it('A1466I at its (unconfirmed) nameplate gives ≈ 84%: the 100% top end does not reproduce, and the entry says the spec is unconfirmed', () => {
    const r = byId('a1466i-cost-ratio');
    expect(r.reproduces).toBe(false);
    expectClose(r.computedValue, 0.84, 1e-2);
    expect(r.assumption).toMatch(/could not confirm/);
    expectClose(figures.a1466iJNeeded, 23.22, 1e-3);
  });

  it('A1366 ≈ 108% reproduces the low end of 109–162%', () => {
    const r = byId('a1366-cost-ratio');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 1.077, 1e-3);
  });

  it('S19 Pro at 29.5 J/TH gives ≈ 127%: the 162% top end does not reproduce; it would need ≈ 37.6 J/TH', () => {
    const r = byId('s19-pro-cost-ratio-top');
    expect(r.reproduces).toBe(false);
    expectClose(r.computedValue, 1.272, 1e-3);
    expectClose(figures.s19ProTopJNeeded, 37.62, 1e-3);
    expect(r.assumption).toMatch(/does not reproduce/);
  });

  it('37.0 T implies 264.9 EH/s, within rounding of the report’s 264.5', () => {
    const r = byId('peak-difficulty-hashrate');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 264.856, 1e-4);
  });

  it('year-end 2022 $0.06 needs ≈ $16,894 at 35.4 T, 6.25 BTC, fees 0, and the assumption says the price is not in the document', () => {
    const r = byId('year-end-2022-hashprice');
    expect(r.reproduces).toBe(true);
    expectClose(figures.endOf2022PriceForSixCents, 16_893.5, 1e-4);
    expect(figures.endOf2022PriceForSixCents).toBeGreaterThan(16_500);
    expect(figures.endOf2022PriceForSixCents).toBeLessThan(17_000);
    expect(r.assumption).toMatch(/gives no year-end bitcoin price/);
  });

  it('S19j Pro breakeven: $82/MWh at 30.5 J/TH, $109/MWh with 25% fewer J/TH', () => {
    expect(byId('s19j-pro-breakeven-stock').reproduces).toBe(true);
    expectClose(byId('s19j-pro-breakeven-stock').computedValue, 81.967, 1e-4);
    expect(byId('s19j-pro-breakeven-braiins').reproduces).toBe(true);
    expectClose(byId('s19j-pro-breakeven-braiins').computedValue, 109.29, 1e-4);
    expectClose(figures.s19jProTunedAltBreakevenMwh, 102.46, 1e-4);
  });

  it('S19j Pro 15-month payback value ≈ $7.34/TH reproduces “just over $7”', () => {
    expect(byId('s19j-pro-payback-value').reproduces).toBe(true);
    expectClose(byId('s19j-pro-payback-value').computedValue, 7.342, 1e-3);
  });

  it('“profitable above $75/MWh” holds for S19 Pro and S19j Pro at both $0.09 and $0.06, but not for the S19 or M30S at $0.06', () => {
    for (const id of ['s19-pro-breakeven-q3-2022', 's19j-pro-breakeven-q3-2022', 's19-pro-breakeven-end-2022', 's19j-pro-breakeven-end-2022']) {
      expect(byId(id).reproduces, id).toBe(true);
      expect(byId(id).comparison).toBe('atLeast');
    }
    expectClose(byId('s19-pro-breakeven-q3-2022').computedValue, 126.92, 1e-4);
    expectClose(byId('s19-pro-breakeven-end-2022').computedValue, 84.62, 1e-4);
    expect(byId('s19-breakeven-end-2022').reproduces).toBe(false);
    expect(byId('m30s-breakeven-end-2022').reproduces).toBe(false);
  });

  it('27,000 BTC per 30 days = 144 × 6.25 × 30', () => {
    expect(byId('issuance-30-days').computedValue).toBe(27_000);
    expect(byId('issuance-30-days').reproduces).toBe(true);
  });

  it('byId names the known ids when asked for an unknown one', () => {
    expect(() => byId('nope')).toThrow(/f2pool-hashprice/);
  });
});

describe('chapter 1 and the ledger', () => {
  const chapter = readFileSync(new URL('../../content/chapters/01-what-a-terahash-earns.mdx', import.meta.url), 'utf8');
  const cited = [...chapter.matchAll(/<Cite\s+id="(S00\d)"\s+fact="(S00\d-\d{3})"\s*\/>/g)].map((m) => ({ source: m[1], fact: m[2] as string }));
  const ledgerFacts = new Set(recomputations.flatMap((r) => r.factIds));

  it('cites document figures', () => {
    expect(cited.length).toBeGreaterThan(20);
  });

  it.each(cited.map((c) => [c.fact, c] as const))('cited fact %s exists, matches its source id and is recomputed in the ledger', (_f, c) => {
    expect(factIds.has(c.fact)).toBe(true);
    expect(c.fact.startsWith(`${c.source}-`)).toBe(true);
    expect(ledgerFacts.has(c.fact), `${c.fact} is cited but no ledger entry lists it`).toBe(true);
  });

  it('places every ledger entry in exactly one table', () => {
    const placed = [...chapter.matchAll(/<RecomputationLedger[\s\S]*?ids=\{\[([\s\S]*?)\]\}/g)].flatMap((m) => [...(m[1] as string).matchAll(/'([a-z0-9-]+)'/g)].map((x) => x[1]));
    expect([...placed].sort()).toEqual(recomputations.map((r) => r.id).sort());
  });

  it('uses only ids the ledger knows in byId calls', () => {
    for (const m of chapter.matchAll(/byId\('([^']+)'\)/g)) expect(() => byId(m[1] as string)).not.toThrow();
  });
});
