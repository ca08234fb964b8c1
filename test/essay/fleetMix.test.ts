import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultFleetClasses, defaultPowerTiers, fleetMixFactIds } from '../../src/essay/fleetMix.ts';
import { defaultFleetText, defaultTiersText, readMix, writeMix } from '../../src/scenario/fleetMix.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import machines from '../../content/machines.json';

type Fact = { id: string; source_file: string; value: unknown; unit: string };
const load = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Fact[];
/** The vendored fact list (test/fixtures/README.md) and, where the checkout has it, the shared original. */
const fixture = load(new URL('../fixtures/seed-facts.json', import.meta.url));
const sharedUrl = new URL('../../../shared/docs/seed-facts.json', import.meta.url);
const shared = existsSync(sharedUrl) ? load(sharedUrl) : null;
const fact = (id: string): Fact => {
  const f = fixture.find((x) => x.id === id);
  if (!f) throw new Error(`${id} is not in seed-facts.json`);
  return f;
};
const machine = (id: string) => {
  const m = machines.find((x) => x.id === id);
  if (!m) throw new Error(`no machine ${id}`);
  return m;
};
const jPerTh = (id: string) => machine(id).watts / machine(id).terahashPerSecond;
const entries = [...defaultFleetClasses, ...defaultPowerTiers];

describe('the default fleet mix and its provenance (src/essay/fleetMix.ts)', () => {
  it('is exactly the link’s default machine classes, in order', () => {
    expect(writeMix(defaultFleetClasses.map((c) => ({ value: c.joulesPerTerahash, share: c.share })))).toBe(defaultFleetText);
    expect(readMix(defaultFleetText, 'fleet')).toEqual(defaultFleetClasses.map((c) => ({ value: c.joulesPerTerahash, share: c.share })));
    expect(defaultScenario().fleet).toBe(defaultFleetText);
  });

  it('is exactly the link’s default power tiers, in order', () => {
    expect(writeMix(defaultPowerTiers.map((t) => ({ value: t.usdPerKwh, share: t.share })))).toBe(defaultTiersText);
    expect(readMix(defaultTiersText, 'tiers')).toEqual(defaultPowerTiers.map((t) => ({ value: t.usdPerKwh, share: t.share })));
    expect(defaultScenario().tiers).toBe(defaultTiersText);
  });

  it('has shares that add up to 100 on each axis, every one marked as our guess', () => {
    expect(defaultFleetClasses.reduce((a, c) => a + c.share, 0)).toBe(100);
    expect(defaultPowerTiers.reduce((a, t) => a + t.share, 0)).toBe(100);
    for (const e of entries) expect(e.shareIsGuess, e.label).toBe(true);
  });

  it.each(fleetMixFactIds.map((id) => [id]))('cites %s, which exists in the vendored fact list', (id) => {
    expect(fixture.some((f) => f.id === id)).toBe(true);
  });

  it.skipIf(shared === null)('cites only fact ids that exist in ../shared/docs/seed-facts.json, with the same values as the vendored copy', () => {
    for (const id of fleetMixFactIds) {
      const f = shared!.find((x) => x.id === id);
      expect(f, `${id} is not in the shared seed-facts.json`).toBeDefined();
      expect(f!.value).toEqual(fact(id).value);
    }
  });

  it('names each fact under the document it belongs to', () => {
    for (const e of entries) for (const d of e.documents) for (const id of d.factIds) expect(id.startsWith(`${d.sourceId}-`), `${e.label}: ${id}`).toBe(true);
  });

  it('names only machines in the catalogue, and every value without a document or a machine is marked a guess', () => {
    for (const e of entries) {
      for (const id of e.catalogueIds) expect(() => machine(id), `${e.label}: ${id}`).not.toThrow();
      if (e.documents.length === 0 && e.catalogueIds.length === 0) expect(e.valueIsGuess, e.label).toBe(true);
    }
    expect(defaultPowerTiers.filter((t) => t.valueIsGuess).map((t) => t.usdPerKwh)).toEqual([0.045]);
    expect(defaultFleetClasses.every((c) => !c.valueIsGuess)).toBe(true);
  });

  it('never shows an internal source id to a reader', () => {
    for (const e of entries) for (const text of [e.label, e.basis]) expect(text).not.toMatch(/\bS00[0-3]\b/);
  });
});

describe('each class’s J/TH against the documents and the catalogue', () => {
  const [hydro, s21, mid, band, old] = defaultFleetClasses;

  it('12 J/TH is the capitulation feature’s S21 XP Hydro: 5,676 W ÷ 473 TH/s = 12.0', () => {
    const w = fact('S003-019').value as number;
    const th = fact('S003-018').value as number;
    expect(Math.round((w / th) * 10) / 10).toBe(hydro!.joulesPerTerahash);
    expect(jPerTh('antminer-s21-xp-hydro')).toBe(12);
  });

  it('16.5 J/TH lies between the catalogue’s S21 Pro (15) and S21 (17.5)', () => {
    expect(jPerTh('antminer-s21-pro')).toBeLessThan(s21!.joulesPerTerahash);
    expect(jPerTh('antminer-s21')).toBeGreaterThan(s21!.joulesPerTerahash);
  });

  it('21.5 J/TH is the catalogue’s S19 XP, the machine the feature names beside the A1466I (power 92–100% of revenue)', () => {
    expect(jPerTh('antminer-s19-xp')).toBe(mid!.joulesPerTerahash);
    expect(fact('S003-023').value).toEqual([92, 100]);
  });

  it('26 J/TH is the report’s M50S, with its A1366 at 25 just below', () => {
    expect(fact('S001-086')).toMatchObject({ value: 26, unit: 'J/TH' });
    expect(fact('S001-091')).toMatchObject({ value: 25, unit: 'J/TH' });
    expect(band!.joulesPerTerahash).toBe(fact('S001-086').value);
    expect(jPerTh('whatsminer-m50s')).toBe(26);
    expect(jPerTh('avalon-a1366')).toBe(25);
  });

  it('30 J/TH is the report’s A1346, with the catalogue’s S19 Pro and S19j Pro either side', () => {
    expect(fact('S001-089')).toMatchObject({ value: 30, unit: 'J/TH' });
    expect(old!.joulesPerTerahash).toBe(fact('S001-089').value);
    expect(jPerTh('antminer-s19-pro')).toBeLessThan(30);
    expect(jPerTh('antminer-s19j-pro')).toBeGreaterThan(30);
  });
});

describe('each tier’s power price against the documents', () => {
  const [cheap, between, typical, dear] = defaultPowerTiers;

  it('$0.025 and $0.07 are the op-ed’s cheap and dear power', () => {
    expect(cheap!.usdPerKwh).toBe(fact('S000-015').value);
    expect(dear!.usdPerKwh).toBe(fact('S000-016').value);
  });

  it('$0.06 is the dashboard’s and the feature’s tariff, and the report’s $60/MWh', () => {
    expect(typical!.usdPerKwh).toBe(fact('S003-014').value);
    expect(typical!.usdPerKwh).toBe(fact('S003-021').value);
    expect(typical!.usdPerKwh * 1000).toBe(fact('S001-099').value);
  });

  it('$0.045 is ours, between the cheap and the typical price, and cites nothing', () => {
    expect(between!.documents).toEqual([]);
    expect(between!.usdPerKwh).toBeGreaterThan(cheap!.usdPerKwh);
    expect(between!.usdPerKwh).toBeLessThan(typical!.usdPerKwh);
  });
});
