import { describe, expect, it } from 'vitest';
import { breakevenUsdPerKwh } from '../../src/model/breakeven.ts';
import {
  efficiencyGainFraction,
  hashesPerJouleGainFraction,
  joulesPerTerahashAfterCut,
  joulesPerTerahashAfterHashesPerJouleGain,
  joulesPerTerahashBeforeCut,
} from '../../src/model/efficiencyLever.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notNonNegative, notOpenFraction, notPositive } from '../helpers/modelErrors.ts';

// "X % more efficient" read as X % fewer J/TH: J/TH after = J/TH · (1 − X). The gain between two efficiencies is
// (from − to) / from. Breakeven power price: $/kWh* = hashprice / (J/TH · 0.024) (economics.md).

describe('joulesPerTerahashAfterCut', () => {
  it.each([
    { args: { joulesPerTerahash: 30.5, reductionFraction: 0.25 }, expected: 22.875, tol: 1e-15, note: 'S19j Pro with Braiins OS+, "as much as 25 %" (S001-077): 30.5 × 0.75' },
    { args: { joulesPerTerahash: 35, reductionFraction: 12 / 35 }, expected: 23, tol: 1e-14, note: 'the report’s underclocking, 35 → 23 J/TH (S001-068, S001-069)' },
    { args: { joulesPerTerahash: 12, reductionFraction: 0 }, expected: 12, tol: 0, note: 'no cut: unchanged' },
    { args: { joulesPerTerahash: 12, reductionFraction: 0.5 }, expected: 6, tol: 0, note: 'halved' },
  ])('joulesPerTerahashAfterCut($args) is $expected J/TH ($note)', ({ args, expected, tol }) => {
    expectClose(joulesPerTerahashAfterCut(args), expected, tol);
  });

  it('joulesPerTerahashAfterCut 25 % lifts the S19j Pro breakeven at $0.06 hashprice from $81.97 to $109.29 per MWh (S001-078, S001-079)', () => {
    const after = joulesPerTerahashAfterCut({ joulesPerTerahash: 30.5, reductionFraction: 0.25 });
    const before = breakevenUsdPerKwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: 30.5 });
    const lifted = breakevenUsdPerKwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: after });
    // 0.06 / (30.5 × 0.024) = 0.06 / 0.732 = 0.0819672 $/kWh = $81.97/MWh
    expectClose(before * 1_000, 60 / 0.732, 1e-12);
    // 0.06 / (22.875 × 0.024) = 0.06 / 0.549 = 0.1092896 $/kWh = $109.29/MWh
    expectClose(lifted * 1_000, 60 / 0.549, 1e-12);
    expect(Math.round(before * 1_000)).toBe(82);
    expect(Math.round(lifted * 1_000)).toBe(109);
    // A cut of x in J/TH raises the breakeven by 1 / (1 − x): 1 / 0.75 = 4/3.
    expectClose(lifted / before, 4 / 3, 1e-12);
  });

  it('joulesPerTerahashAfterCut does not mutate its input', () => {
    const input = { joulesPerTerahash: 30.5, reductionFraction: 0.25 };
    const before = structuredClone(input);
    joulesPerTerahashAfterCut(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('joulesPerTerahashAfterCut rejects joulesPerTerahash = %s with a ModelInputError naming joulesPerTerahash', (bad) => {
    expectModelInputError(() => joulesPerTerahashAfterCut({ joulesPerTerahash: bad, reductionFraction: 0.25 }), 'joulesPerTerahash', bad);
  });

  it.each(notOpenFraction)('joulesPerTerahashAfterCut rejects reductionFraction = %s with a ModelInputError naming reductionFraction', (bad) => {
    expectModelInputError(() => joulesPerTerahashAfterCut({ joulesPerTerahash: 30.5, reductionFraction: bad }), 'reductionFraction', bad);
  });
});

describe('efficiencyGainFraction', () => {
  it.each([
    { args: { fromJoulesPerTerahash: 35, toJoulesPerTerahash: 23 }, expected: 12 / 35, tol: 1e-15, note: 'the report’s underclocking: 12 / 35 = 34.3 %' },
    { args: { fromJoulesPerTerahash: 30.5, toJoulesPerTerahash: 22.875 }, expected: 0.25, tol: 1e-15, note: 'Braiins OS+ on an S19j Pro: 25 %' },
    { args: { fromJoulesPerTerahash: 36, toJoulesPerTerahash: 23 }, expected: 13 / 36, tol: 1e-15, note: 'from 36 J/TH it would be 36.1 %' },
    { args: { fromJoulesPerTerahash: 35, toJoulesPerTerahash: 35 * 0.64 }, expected: 0.36, tol: 1e-14, note: '36 % from 35 J/TH needs 22.4 J/TH' },
    { args: { fromJoulesPerTerahash: 12, toJoulesPerTerahash: 12 }, expected: 0, tol: 0, note: 'no change' },
    { args: { fromJoulesPerTerahash: 23, toJoulesPerTerahash: 35 }, expected: -12 / 23, tol: 1e-15, note: 'worse efficiency is a negative gain: −52.2 %' },
  ])('efficiencyGainFraction($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(efficiencyGainFraction(args), expected, tol);
  });

  it('efficiencyGainFraction(35 → 23 J/TH) is 0.3429: the report’s "over 36 %" (S001-067) does not reproduce as fewer J/TH', () => {
    // (35 − 23) / 35 = 12 / 35 = 0.342857…
    const gain = efficiencyGainFraction({ fromJoulesPerTerahash: 35, toJoulesPerTerahash: 23 });
    expectClose(gain, 0.342_857, 1e-6);
    expect(gain).toBeLessThan(0.36);
  });

  it('efficiencyGainFraction: read as more TH per joule, 35 → 23 J/TH is 35 / 23 − 1 = 52.2 % — also not 36 %', () => {
    // TH per joule rises by 35 / 23 = 1.5217…; the same fall computed from the other end is (23 − 35) / 23 = −0.5217.
    expectClose(35 / 23 - 1, 0.521_739, 1e-6);
    expectClose(-efficiencyGainFraction({ fromJoulesPerTerahash: 23, toJoulesPerTerahash: 35 }), 35 / 23 - 1, 1e-15);
  });

  it('efficiencyGainFraction: "over 36 %" would need a start of 36 J/TH (13/36) or an end below 22.4 J/TH from 35', () => {
    expect(efficiencyGainFraction({ fromJoulesPerTerahash: 36, toJoulesPerTerahash: 23 })).toBeGreaterThan(0.36);
    expect(efficiencyGainFraction({ fromJoulesPerTerahash: 35, toJoulesPerTerahash: 22.3 })).toBeGreaterThan(0.36);
    expect(efficiencyGainFraction({ fromJoulesPerTerahash: 35, toJoulesPerTerahash: 22.5 })).toBeLessThan(0.36);
  });

  it('efficiencyGainFraction and joulesPerTerahashAfterCut invert each other', () => {
    const gain = efficiencyGainFraction({ fromJoulesPerTerahash: 35, toJoulesPerTerahash: 23 });
    expectClose(joulesPerTerahashAfterCut({ joulesPerTerahash: 35, reductionFraction: gain }), 23, 1e-14);
    expectClose(efficiencyGainFraction({ fromJoulesPerTerahash: 30.5, toJoulesPerTerahash: joulesPerTerahashAfterCut({ joulesPerTerahash: 30.5, reductionFraction: 0.25 }) }), 0.25, 1e-15);
  });

  it('efficiencyGainFraction does not mutate its input', () => {
    const input = { fromJoulesPerTerahash: 35, toJoulesPerTerahash: 23 };
    const before = structuredClone(input);
    efficiencyGainFraction(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('efficiencyGainFraction rejects fromJoulesPerTerahash = %s with a ModelInputError naming fromJoulesPerTerahash', (bad) => {
    expectModelInputError(() => efficiencyGainFraction({ fromJoulesPerTerahash: bad, toJoulesPerTerahash: 23 }), 'fromJoulesPerTerahash', bad);
  });

  it.each(notPositive)('efficiencyGainFraction rejects toJoulesPerTerahash = %s with a ModelInputError naming toJoulesPerTerahash', (bad) => {
    expectModelInputError(() => efficiencyGainFraction({ fromJoulesPerTerahash: 35, toJoulesPerTerahash: bad }), 'toJoulesPerTerahash', bad);
  });
});

describe('joulesPerTerahashBeforeCut', () => {
  it.each([
    // 23 / (1 − 0.36) = 23 / 0.64 = 35.9375
    { args: { joulesPerTerahash: 23, reductionFraction: 0.36 }, expected: 35.9375, tol: 1e-14, note: 'a 36 % cut ending at 23 J/TH starts at 35.94 (S001-067, S001-069)' },
    // 22.875 / 0.75 = 30.5
    { args: { joulesPerTerahash: 22.875, reductionFraction: 0.25 }, expected: 30.5, tol: 1e-14, note: 'back from tuned to stock S19j Pro' },
    { args: { joulesPerTerahash: 9, reductionFraction: 0.25 }, expected: 12, tol: 0, note: 'S21 XP Hydro: 9 J/TH after a quarter off was 12' },
    { args: { joulesPerTerahash: 12, reductionFraction: 0 }, expected: 12, tol: 0, note: 'no cut' },
  ])('joulesPerTerahashBeforeCut($args) is $expected J/TH ($note)', ({ args, expected, tol }) => {
    expectClose(joulesPerTerahashBeforeCut(args), expected, tol);
  });

  it.each(notPositive)('joulesPerTerahashBeforeCut rejects joulesPerTerahash = %s with a ModelInputError naming joulesPerTerahash', (bad) => {
    expectModelInputError(() => joulesPerTerahashBeforeCut({ joulesPerTerahash: bad, reductionFraction: 0.25 }), 'joulesPerTerahash', bad);
  });

  it.each(notOpenFraction)('joulesPerTerahashBeforeCut rejects reductionFraction = %s with a ModelInputError naming reductionFraction', (bad) => {
    expectModelInputError(() => joulesPerTerahashBeforeCut({ joulesPerTerahash: 23, reductionFraction: bad }), 'reductionFraction', bad);
  });
});

describe('joulesPerTerahashAfterHashesPerJouleGain', () => {
  it.each([
    // 30.5 / 1.25 = 24.4
    { args: { joulesPerTerahash: 30.5, gainFraction: 0.25 }, expected: 24.4, tol: 1e-14, note: '"25 % more efficient" as more hashes per joule (the reading that gives $102/MWh)' },
    // 35 / (1 + 12/23) = 35 × 23 / 35 = 23
    { args: { joulesPerTerahash: 35, gainFraction: 12 / 23 }, expected: 23, tol: 1e-14, note: 'the underclocking example, 52.2 % more hashes per joule' },
    { args: { joulesPerTerahash: 12, gainFraction: 1 }, expected: 6, tol: 0, note: 'twice the hashes per joule: half the J/TH' },
    { args: { joulesPerTerahash: 12, gainFraction: 0 }, expected: 12, tol: 0, note: 'no gain' },
  ])('joulesPerTerahashAfterHashesPerJouleGain($args) is $expected J/TH ($note)', ({ args, expected, tol }) => {
    expectClose(joulesPerTerahashAfterHashesPerJouleGain(args), expected, tol);
  });

  it.each(notPositive)('joulesPerTerahashAfterHashesPerJouleGain rejects joulesPerTerahash = %s with a ModelInputError naming joulesPerTerahash', (bad) => {
    expectModelInputError(() => joulesPerTerahashAfterHashesPerJouleGain({ joulesPerTerahash: bad, gainFraction: 0.25 }), 'joulesPerTerahash', bad);
  });

  it.each(notNonNegative)('joulesPerTerahashAfterHashesPerJouleGain rejects gainFraction = %s with a ModelInputError naming gainFraction', (bad) => {
    expectModelInputError(() => joulesPerTerahashAfterHashesPerJouleGain({ joulesPerTerahash: 30.5, gainFraction: bad }), 'gainFraction', bad);
  });
});

describe('hashesPerJouleGainFraction', () => {
  it.each([
    // 35 / 23 − 1 = 12 / 23 = 0.5217
    { args: { fromJoulesPerTerahash: 35, toJoulesPerTerahash: 23 }, expected: 12 / 23, tol: 1e-15, note: 'the report’s underclocking, read as hashes per joule: 52.2 %' },
    // 30.5 / 22.875 − 1 = 1/3
    { args: { fromJoulesPerTerahash: 30.5, toJoulesPerTerahash: 22.875 }, expected: 1 / 3, tol: 1e-15, note: 'a 25 % cut in J/TH is a third more hashes per joule' },
    { args: { fromJoulesPerTerahash: 12, toJoulesPerTerahash: 12 }, expected: 0, tol: 0, note: 'no change' },
    // 23 / 35 − 1 = −12 / 35
    { args: { fromJoulesPerTerahash: 23, toJoulesPerTerahash: 35 }, expected: -12 / 35, tol: 1e-15, note: 'worse efficiency: fewer hashes per joule' },
  ])('hashesPerJouleGainFraction($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(hashesPerJouleGainFraction(args), expected, tol);
  });

  it.each(notPositive)('hashesPerJouleGainFraction rejects fromJoulesPerTerahash = %s with a ModelInputError naming fromJoulesPerTerahash', (bad) => {
    expectModelInputError(() => hashesPerJouleGainFraction({ fromJoulesPerTerahash: bad, toJoulesPerTerahash: 23 }), 'fromJoulesPerTerahash', bad);
  });

  it.each(notPositive)('hashesPerJouleGainFraction rejects toJoulesPerTerahash = %s with a ModelInputError naming toJoulesPerTerahash', (bad) => {
    expectModelInputError(() => hashesPerJouleGainFraction({ fromJoulesPerTerahash: 35, toJoulesPerTerahash: bad }), 'toJoulesPerTerahash', bad);
  });
});
