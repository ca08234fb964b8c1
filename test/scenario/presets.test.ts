// The dated presets (src/scenario/presets.ts): each is a valid link that parses back to itself, and
// each reproduces the document figure it is built from, recomputed from its settings with the model.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presets, preset } from '../../src/scenario/presets.ts';
import { presetNotes } from '../../src/scenario/presetNotes.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { parseLink, serializeLink } from '../../src/scenario/link.ts';
import { rewardMarketInputs } from '../../src/scenario/market.ts';
import { hashpriceUsdPerThDay } from '../../src/model/hashprice.ts';
import { networkHashrateEhPerSecond } from '../../src/model/difficulty.ts';

const facts = new Set((JSON.parse(readFileSync(new URL('../fixtures/seed-facts.json', import.meta.url), 'utf8')) as { id: string }[]).map((f) => f.id));

describe('presets', () => {
  it('has the five dated moments the timeline offers, each once', () => {
    expect(presets.map((p) => p.id)).toEqual(['nov-2022-peak', 'end-2022', 'halving-2024-forecast', 'autumn-2025', 'feb-2026']);
  });

  it.each(presets.map((p) => [p.id, p] as const))('%s is a link that parses back to its own settings, with no notice', (_id, p) => {
    const s = { ...defaultScenario(), ...p.settings };
    const parsed = parseLink(`?${serializeLink(s)}`);
    expect(parsed.notices).toEqual([]);
    expect(parsed.scenario).toEqual(s);
  });

  it('has a note for every preset and none for presets that do not exist', () => {
    expect(Object.keys(presetNotes).sort()).toEqual(presets.map((p) => p.id).sort());
  });

  it.each(presets.map((p) => [p.id, p] as const))('%s reproduces the figure it is built from', (_id, p) => {
    const s = { ...defaultScenario(), ...p.settings };
    const note = presetNotes[p.id]!;
    expect(facts.has(note.reproduces.fact), note.reproduces.fact).toBe(true);
    // The note names documents as readers know them, never by internal id.
    expect(note.how).not.toMatch(/S00\d/);
    const { measure, target, relTolerance } = note.reproduces;
    if (measure === 'price') {
      const [lo, hi] = target as readonly [number, number];
      expect(s.price).toBeGreaterThanOrEqual(lo);
      expect(s.price).toBeLessThanOrEqual(hi);
      return;
    }
    const got = measure === 'hashprice' ? hashpriceUsdPerThDay(rewardMarketInputs(s)) * 1000 : networkHashrateEhPerSecond(s.diff);
    expect(Math.abs(got - (target as number)) / (target as number), `${measure}: ${got} against ${String(target)}`).toBeLessThanOrEqual(relTolerance);
  });

  it('the end-of-2022 preset gives a hashprice of $0.06 per TH/s a day, within a tenth of a percent', () => {
    const s = { ...defaultScenario(), ...preset('end-2022').settings };
    expect(hashpriceUsdPerThDay(rewardMarketInputs(s))).toBeCloseTo(0.06, 4);
    // And that price sits inside the report's Q4 range (S001-021).
    expect(s.price).toBeGreaterThan(15_000);
    expect(s.price).toBeLessThan(18_000);
  });

  it('the 2 Feb 2026 preset is the dated defaults', () => {
    expect({ ...defaultScenario(), ...preset('feb-2026').settings }).toEqual(defaultScenario());
  });

  it('preset(id) throws with the known ids for an unknown one', () => {
    expect(() => preset('2019')).toThrow(/nov-2022-peak, end-2022/);
  });
});
