import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakevenHashpriceUsdPerPhDay,
  fleetCostCurve,
  marginalSegment,
  meanJoulesPerTerahash,
  shareUnderwater,
  type FleetSegment,
  type MachineClass,
  type PowerTier,
} from '../../src/model/fleetCurve.ts';
import { ModelInputError } from '../../src/model/errors.ts';
import { hashpriceUsdPerThDay } from '../../src/model/hashprice.ts';
import { fleetInputs } from '../../src/scenario/paths.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notNonNegative, notPositive } from '../helpers/modelErrors.ts';

// Reproducible: one seed for every property in this file.
fc.configureGlobal({ seed: 42, numRuns: 200 });

// By hand: a TH/s at J J/TH draws J W, J × 24 / 1000 kWh a day; a PH/s 1000 times that, so the breakeven hashprice is
// J × $/kWh × 24 USD per PH/s per day.

const classes = (...pairs: [number, number][]): MachineClass[] => pairs.map(([j, share]) => ({ label: `${j} J/TH`, joulesPerTerahash: j, share }));
const tiers = (...pairs: [number, number][]): PowerTier[] => pairs.map(([usdPerKwh, share]) => ({ usdPerKwh, share }));

/** The module's example: a new (15 J/TH) and an old (30 J/TH) half at 5¢: breakevens 18 and 36. */
const twoHalves = fleetCostCurve(classes([15, 1], [30, 1]), tiers([0.05, 1]));

/** Fails unless `fn` throws a ModelInputError for `input` whose value is the string `value` (for list inputs: "[]"). */
function expectListError(fn: () => unknown, input: string, value: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ModelInputError);
  expect((thrown as ModelInputError).input).toBe(input);
  expect((thrown as ModelInputError).message).toMatch(new RegExp(`^invalid ${input.replace(/[[\].]/g, '\\$&')}: ${value.replace(/[[\]]/g, '\\$&')} \\(expected .+\\)$`));
}

describe('breakevenHashpriceUsdPerPhDay', () => {
  it.each([
    { j: 30, kwh: 0.06, expected: 43.2, note: 'an S19j Pro class machine at $60/MWh: 30 × 0.06 × 24' },
    { j: 12, kwh: 0.025, expected: 7.2, note: 'an S21 XP Hydro class machine at stranded-gas power (S000-015)' },
    { j: 12, kwh: 0.06, expected: 17.28, note: '12 J/TH at 6¢' },
    { j: 21.5, kwh: 0.07, expected: 36.12, note: '21.5 J/TH at 7¢' },
    { j: 1, kwh: 1, expected: 24, note: '1 J/TH at $1/kWh: one W for 24 h, per PH/s' },
  ])('breakevenHashpriceUsdPerPhDay($j, $kwh) is $expected ($note)', ({ j, kwh, expected }) => {
    expectClose(breakevenHashpriceUsdPerPhDay(j, kwh), expected, 1e-12);
  });

  it('breakevenHashpriceUsdPerPhDay(30, 0) is 0: free power covers itself at any hashprice', () => {
    expect(breakevenHashpriceUsdPerPhDay(30, 0)).toBe(0);
  });

  it.each(notPositive)('breakevenHashpriceUsdPerPhDay(%s, 0.06) throws a ModelInputError naming joulesPerTerahash', (bad) => {
    expectModelInputError(() => breakevenHashpriceUsdPerPhDay(bad, 0.06), 'joulesPerTerahash', bad);
  });

  it.each(notNonNegative)('breakevenHashpriceUsdPerPhDay(30, %s) throws a ModelInputError naming usdPerKwh', (bad) => {
    expectModelInputError(() => breakevenHashpriceUsdPerPhDay(30, bad), 'usdPerKwh', bad);
  });
});

describe('fleetCostCurve: by hand', () => {
  it('fleetCostCurve of the module example: breakevens [18, 36], shares ½ each, the second starting at 0.5', () => {
    expect(twoHalves.map((s) => s.label)).toEqual(['15 J/TH', '30 J/TH']);
    expectClose(twoHalves[0]!.breakevenUsdPerPhDay, 18, 1e-12);
    expectClose(twoHalves[1]!.breakevenUsdPerPhDay, 36, 1e-12);
    expect(twoHalves.map((s) => s.share)).toEqual([0.5, 0.5]);
    expect(twoHalves.map((s) => s.cumulativeShareBefore)).toEqual([0, 0.5]);
  });

  it('fleetCostCurve spreads each class over the tiers: 2 classes × 2 tiers, sorted by J × $/kWh', () => {
    // 12 J/TH (share 1) and 30 J/TH (share 3) at 2.5¢ (share 1) and 6¢ (share 1):
    // breakevens 7.2 (12 @ 2.5¢, ⅛), 17.28 (12 @ 6¢, ⅛), 18 (30 @ 2.5¢, ⅜), 43.2 (30 @ 6¢, ⅜).
    const curve = fleetCostCurve(classes([12, 1], [30, 3]), tiers([0.025, 1], [0.06, 1]));
    expect(curve.map((s) => [s.classIndex, s.tierIndex])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    const expected = [7.2, 17.28, 18, 43.2];
    curve.forEach((s, i) => expectClose(s.breakevenUsdPerPhDay, expected[i]!, 1e-12));
    expect(curve.map((s) => s.share)).toEqual([0.125, 0.125, 0.375, 0.375]);
    expect(curve.map((s) => s.cumulativeShareBefore)).toEqual([0, 0.125, 0.25, 0.625]);
    expect(curve.map((s) => s.usdPerKwh)).toEqual([0.025, 0.06, 0.025, 0.06]);
    expect(curve.map((s) => s.joulesPerTerahash)).toEqual([12, 12, 30, 30]);
  });

  it('fleetCostCurve: an efficient machine on dear power can sort after an old one on cheap power', () => {
    // 12 J/TH at 7¢ → 20.16; 30 J/TH at 2.5¢ → 18: the old machine is cheaper to run.
    const curve = fleetCostCurve(classes([12, 1], [30, 1]), tiers([0.07, 1], [0.025, 1]));
    expect(curve.map((s) => `${s.joulesPerTerahash}@${s.usdPerKwh}`)).toEqual(['12@0.025', '30@0.025', '12@0.07', '30@0.07']);
  });

  it('fleetCostCurve keeps ties in class order, then tier order (a stable sort)', () => {
    // 20 J/TH at 25¢ and 10 J/TH at 50¢ both break even at exactly 120 (binary-exact prices):
    // (0,0) 20 × 0.25 × 24 = 120, (0,1) 20 × 0.5 × 24 = 240, (1,0) 10 × 0.25 × 24 = 60, (1,1) 10 × 0.5 × 24 = 120.
    // Sorted: (1,0) 60, then the tie at 120 in class order, (0,0) before (1,1), then (0,1) 240.
    const a = fleetCostCurve(classes([20, 1], [10, 1]), tiers([0.25, 1], [0.5, 1]));
    expect(a.map((s) => s.breakevenUsdPerPhDay)).toEqual([60, 120, 120, 240]);
    expect(a.map((s) => [s.classIndex, s.tierIndex])).toEqual([
      [1, 0],
      [0, 0],
      [1, 1],
      [0, 1],
    ]);
    // The same J/TH at two equal tiers ties in tier order.
    const b = fleetCostCurve(classes([20, 1]), tiers([0.05, 3], [0.05, 1]));
    expect(b.map((s) => [s.tierIndex, s.share])).toEqual([
      [0, 0.75],
      [1, 0.25],
    ]);
  });

  it('fleetCostCurve of identical classes and tiers keeps the input order exactly', () => {
    const curve = fleetCostCurve(classes([20, 1], [20, 2], [20, 3]), tiers([0.05, 1], [0.05, 1]));
    expect(curve.map((s) => [s.classIndex, s.tierIndex])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
    ]);
  });

  it('fleetCostCurve normalises the weights: shares 1 : 1 give the same curve as 50 : 50 (and as 0.3 : 0.3)', () => {
    const one = fleetCostCurve(classes([15, 1], [30, 1]), tiers([0.03, 1], [0.06, 3]));
    const fifty = fleetCostCurve(classes([15, 50], [30, 50]), tiers([0.03, 25], [0.06, 75]));
    const small = fleetCostCurve(classes([15, 0.3], [30, 0.3]), tiers([0.03, 0.1], [0.06, 0.3]));
    expect(fifty).toEqual(one);
    expect(small.map((s) => s.breakevenUsdPerPhDay)).toEqual(one.map((s) => s.breakevenUsdPerPhDay));
    small.forEach((s, i) => expectClose(s.share, one[i]!.share, 1e-12));
  });

  it('fleetCostCurve of one class at one tier is one segment of share 1', () => {
    const curve = fleetCostCurve(classes([19.15, 7]), tiers([0.05, 3]));
    expect(curve).toHaveLength(1);
    expect(curve[0]!.share).toBe(1);
    expect(curve[0]!.cumulativeShareBefore).toBe(0);
    expectClose(curve[0]!.breakevenUsdPerPhDay, 19.15 * 0.05 * 24, 1e-12);
  });

  it('fleetCostCurve does not mutate its inputs', () => {
    const c = classes([30, 1], [12, 2]);
    const t = tiers([0.07, 1], [0.025, 1]);
    const before = structuredClone([c, t]);
    fleetCostCurve(c, t);
    expect([c, t]).toEqual(before);
  });
});

describe('fleetCostCurve: input errors', () => {
  it('fleetCostCurve([], tiers) throws a ModelInputError naming classes', () => {
    expectListError(() => fleetCostCurve([], tiers([0.05, 1])), 'classes', '[]');
  });

  it('fleetCostCurve(classes, []) throws a ModelInputError naming tiers', () => {
    expectListError(() => fleetCostCurve(classes([20, 1]), []), 'tiers', '[]');
  });

  it.each(notPositive)('fleetCostCurve with classes[1].share %s throws a ModelInputError naming classes[1].share', (bad) => {
    expectModelInputError(() => fleetCostCurve(classes([20, 1], [30, bad]), tiers([0.05, 1])), 'classes[1].share', bad);
  });

  it.each(notPositive)('fleetCostCurve with tiers[0].share %s throws a ModelInputError naming tiers[0].share', (bad) => {
    expectModelInputError(() => fleetCostCurve(classes([20, 1]), tiers([0.05, bad], [0.06, 1])), 'tiers[0].share', bad);
  });

  it.each(notPositive)('fleetCostCurve with classes[0].joulesPerTerahash %s throws a ModelInputError naming it', (bad) => {
    expectModelInputError(() => fleetCostCurve(classes([bad, 1]), tiers([0.05, 1])), 'classes[0].joulesPerTerahash', bad);
  });

  it.each(notNonNegative)('fleetCostCurve with tiers[1].usdPerKwh %s throws a ModelInputError naming it', (bad) => {
    expectModelInputError(() => fleetCostCurve(classes([20, 1]), tiers([0.05, 1], [bad, 1])), 'tiers[1].usdPerKwh', bad);
  });
});

describe('shareUnderwater and marginalSegment: by hand', () => {
  // twoHalves: 15 J/TH breaks even at 18, 30 J/TH at 36, half the hashrate each.
  const [cheap, dear] = twoHalves as [FleetSegment, FleetSegment];

  it.each([
    { hashprice: 1e6, under: 0, marginal: '30 J/TH', note: 'a very high hashprice: everything covers its power' },
    { hashprice: 40, under: 0, marginal: '30 J/TH', note: 'above both breakevens' },
    { hashprice: 20, under: 0.5, marginal: '15 J/TH', note: 'between: the old half is underwater' },
    { hashprice: 10, under: 1, marginal: null, note: 'below the cheapest: all underwater, no marginal machine' },
    { hashprice: 0, under: 1, marginal: null, note: 'zero hashprice' },
    { hashprice: -5, under: 1, marginal: null, note: 'a negative hashprice is read as it is' },
  ])('shareUnderwater(curve, $hashprice) is $under and marginalSegment is $marginal ($note)', ({ hashprice, under, marginal }) => {
    expect(shareUnderwater(twoHalves, hashprice)).toBe(under);
    expect(marginalSegment(twoHalves, hashprice)?.label ?? null).toBe(marginal);
  });

  it('shareUnderwater at exactly a breakeven counts that segment as covering its power (not underwater)', () => {
    expect(shareUnderwater(twoHalves, cheap.breakevenUsdPerPhDay)).toBe(0.5);
    expect(shareUnderwater(twoHalves, dear.breakevenUsdPerPhDay)).toBe(0);
    // One ulp below the breakeven it is underwater.
    const below = dear.breakevenUsdPerPhDay - Number.EPSILON * dear.breakevenUsdPerPhDay;
    expect(shareUnderwater(twoHalves, below)).toBe(0.5);
  });

  it('marginalSegment at exactly a breakeven is that segment (it still covers its power)', () => {
    expect(marginalSegment(twoHalves, cheap.breakevenUsdPerPhDay)).toBe(cheap);
    expect(marginalSegment(twoHalves, dear.breakevenUsdPerPhDay)).toBe(dear);
  });

  it('shareUnderwater at exactly a typed 43.2 covers a 30 J/TH @ 6¢ segment, whose breakeven rounds to 43.199999999999996', () => {
    const curve = fleetCostCurve(classes([30, 1]), tiers([0.06, 1]));
    expect(curve[0]!.breakevenUsdPerPhDay).toBeLessThanOrEqual(43.2);
    expect(shareUnderwater(curve, 43.2)).toBe(0);
  });

  it('shareUnderwater of a free-power fleet is 0 at any hashprice ≥ 0, and its marginal segment is the last', () => {
    const free = fleetCostCurve(classes([12, 1], [30, 1]), tiers([0, 1]));
    expect(shareUnderwater(free, 0)).toBe(0);
    expect(shareUnderwater(free, 1e-9)).toBe(0);
    expect(marginalSegment(free, 0)).toBe(free[1]);
  });

  it.each(nonFinite)('shareUnderwater(curve, %s) and marginalSegment(curve, %s) throw a ModelInputError naming hashpriceUsdPerPhDay', (bad) => {
    expectModelInputError(() => shareUnderwater(twoHalves, bad), 'hashpriceUsdPerPhDay', bad);
    expectModelInputError(() => marginalSegment(twoHalves, bad), 'hashpriceUsdPerPhDay', bad);
  });
});

describe('the default fleet mix at the 2 Feb 2026 market', () => {
  // src/scenario/fleetMix.ts: fleet 12-25_16.5-30_21.5-20_26-15_30-10 (J/TH-share %), tiers 0.025-25_0.045-40_0.06-25_0.07-10
  // ($/kWh-share %). Gross hashprice at $76,176, 141 T, 3.125 BTC and the default's 0 fees:
  // 1000 × 76,176 × 86,400 × 3.125 / (141 × 2^32) = $33.963/PH/day.
  // Segments breaking even above $33.963 (J × $/kWh × 24), each class share × tier share:
  //   21.5 @ 7¢ = 36.12 → 0.20 × 0.10 = 0.0200
  //   26   @ 6¢ = 37.44 → 0.15 × 0.25 = 0.0375
  //   30   @ 6¢ = 43.20 → 0.10 × 0.25 = 0.0250
  //   26   @ 7¢ = 43.68 → 0.15 × 0.10 = 0.0150
  //   30   @ 7¢ = 50.40 → 0.10 × 0.10 = 0.0100
  // total 0.1075. The next cheaper segment, 30 J/TH @ 4.5¢ = 32.40, still covers its power: it is the marginal one.
  const scenario = defaultScenario();
  const { classes: fleet, tiers: powerTiers } = fleetInputs(scenario);
  const curve = fleetCostCurve(fleet, powerTiers);
  const hashprice = 1000 * hashpriceUsdPerThDay({ priceUsdPerBtc: scenario.price, difficultyT: scenario.diff, subsidyBtc: 3.125, feesBtcPerBlock: scenario.fees });

  it('the default market is $76,176, 141 T and no fees: hashprice ≈ $33.96/PH/day', () => {
    expect([scenario.price, scenario.diff, scenario.fees]).toEqual([76_176, 141, 0]);
    expectClose(hashprice, (1000 * 76_176 * 86_400 * 3.125) / (141 * 2 ** 32), 1e-12);
    expectClose(hashprice, 33.963, 1e-4);
  });

  it('fleetCostCurve of the default mix has 5 × 4 = 20 segments, cheapest 12 J/TH @ 2.5¢ (7.2), dearest 30 J/TH @ 7¢ (50.4)', () => {
    expect(curve).toHaveLength(20);
    expectClose(curve[0]!.breakevenUsdPerPhDay, 7.2, 1e-12);
    expectClose(curve[19]!.breakevenUsdPerPhDay, 50.4, 1e-12);
  });

  it('shareUnderwater of the default mix at the default hashprice is 0.1075 (hand sum above)', () => {
    expectClose(shareUnderwater(curve, hashprice), 0.02 + 0.0375 + 0.025 + 0.015 + 0.01, 1e-12);
    expectClose(shareUnderwater(curve, hashprice), 0.1075, 1e-12);
  });

  it('marginalSegment of the default mix at the default hashprice is 30 J/TH @ 4.5¢ (breakeven 32.40, 85.25 % of hashrate before it)', () => {
    const m = marginalSegment(curve, hashprice)!;
    expect([m.joulesPerTerahash, m.usdPerKwh]).toEqual([30, 0.045]);
    expectClose(m.breakevenUsdPerPhDay, 32.4, 1e-12);
    expectClose(m.cumulativeShareBefore, 0.8525, 1e-12);
    // The marginal segment and everything before it: 1 − 0.1075.
    expectClose(m.cumulativeShareBefore + m.share, 1 - 0.1075, 1e-12);
  });

  it('meanJoulesPerTerahash of the default mix is 19.15 J/TH (12·.25 + 16.5·.30 + 21.5·.20 + 26·.15 + 30·.10)', () => {
    expectClose(meanJoulesPerTerahash(fleet), 3 + 4.95 + 4.3 + 3.9 + 3, 1e-12);
    expectClose(meanJoulesPerTerahash(fleet), 19.15, 1e-12);
  });
});

describe('meanJoulesPerTerahash', () => {
  it.each([
    { mix: [[12, 25], [30, 75]] as [number, number][], expected: 25.5, note: 'the module example: (12 × 25 + 30 × 75) / 100' },
    { mix: [[12, 1], [30, 3]] as [number, number][], expected: 25.5, note: 'the same weights unnormalised' },
    { mix: [[20, 7]] as [number, number][], expected: 20, note: 'one class' },
    { mix: [[15, 1], [30, 1]] as [number, number][], expected: 22.5, note: 'equal halves' },
  ])('meanJoulesPerTerahash($mix) is $expected ($note)', ({ mix, expected }) => {
    expectClose(meanJoulesPerTerahash(classes(...mix)), expected, 1e-12);
  });

  it('meanJoulesPerTerahash([]) throws a ModelInputError naming classes', () => {
    expectListError(() => meanJoulesPerTerahash([]), 'classes', '[]');
  });

  it.each(notPositive)('meanJoulesPerTerahash with classes[1].share %s throws a ModelInputError naming classes[1].share', (bad) => {
    expectModelInputError(() => meanJoulesPerTerahash(classes([12, 1], [30, bad])), 'classes[1].share', bad);
  });

  it.each(notPositive)('meanJoulesPerTerahash with classes[0].joulesPerTerahash %s throws a ModelInputError naming it', (bad) => {
    expectModelInputError(() => meanJoulesPerTerahash(classes([bad, 1])), 'classes[0].joulesPerTerahash', bad);
  });
});

describe('fleetCostCurve and shareUnderwater: properties', () => {
  /** Up to 8 classes (the link's limit) over the link's J/TH range, with share weights up to 1,000. */
  const fleet = fc.array(
    fc.record({ label: fc.constant('class'), joulesPerTerahash: fc.double({ min: 1, max: 200, noNaN: true }), share: fc.double({ min: 0.01, max: 1_000, noNaN: true }) }),
    { minLength: 1, maxLength: 8 },
  );
  /** Up to 8 tiers over 0–50¢, with a few exactly 0 (free power) and whole-cent prices (ties). */
  const powerTiers = fc.array(
    fc.record({
      usdPerKwh: fc.oneof(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.integer({ min: 0, max: 50 }).map((c) => c / 100)),
      share: fc.double({ min: 0.01, max: 1_000, noNaN: true }),
    }),
    { minLength: 1, maxLength: 8 },
  );
  const hashprice = fc.double({ min: 0, max: 500, noNaN: true });

  it('fleetCostCurve is sorted by breakeven, ties in class then tier order, with every class × tier once', () => {
    fc.assert(
      fc.property(fleet, powerTiers, (c, t) => {
        const curve = fleetCostCurve(c, t);
        expect(curve).toHaveLength(c.length * t.length);
        for (let i = 1; i < curve.length; i++) {
          const [a, b] = [curve[i - 1]!, curve[i]!];
          expect(a.breakevenUsdPerPhDay).toBeLessThanOrEqual(b.breakevenUsdPerPhDay);
          if (a.breakevenUsdPerPhDay === b.breakevenUsdPerPhDay) expect(a.classIndex * t.length + a.tierIndex).toBeLessThan(b.classIndex * t.length + b.tierIndex);
        }
        const pairs = new Set(curve.map((s) => `${s.classIndex},${s.tierIndex}`));
        expect(pairs.size).toBe(curve.length);
        for (const s of curve) {
          expect(s.joulesPerTerahash).toBe(c[s.classIndex]!.joulesPerTerahash);
          expect(s.usdPerKwh).toBe(t[s.tierIndex]!.usdPerKwh);
          expect(s.breakevenUsdPerPhDay).toBe(breakevenHashpriceUsdPerPhDay(s.joulesPerTerahash, s.usdPerKwh));
        }
      }),
    );
  });

  it('fleetCostCurve shares are class share × tier share (normalised), sum to 1, and cumulativeShareBefore is the running sum', () => {
    fc.assert(
      fc.property(fleet, powerTiers, (c, t) => {
        const curve = fleetCostCurve(c, t);
        const ct = c.reduce((a, x) => a + x.share, 0);
        const tt = t.reduce((a, x) => a + x.share, 0);
        let running = 0;
        for (const s of curve) {
          expectClose(s.share, (c[s.classIndex]!.share / ct) * (t[s.tierIndex]!.share / tt), 1e-12);
          expect(s.share).toBeGreaterThan(0);
          expect(s.cumulativeShareBefore).toBe(running);
          running += s.share;
        }
        expectClose(running, 1, 1e-12);
      }),
    );
  });

  it('fleetCostCurve is unchanged by scaling every class weight (or every tier weight) by the same factor', () => {
    fc.assert(
      fc.property(fleet, powerTiers, fc.double({ min: 0.01, max: 100, noNaN: true }), (c, t, k) => {
        const base = fleetCostCurve(c, t);
        const scaled = fleetCostCurve(
          c.map((x) => ({ ...x, share: x.share * k })),
          t.map((x) => ({ ...x, share: x.share * k })),
        );
        expect(scaled.map((s) => [s.classIndex, s.tierIndex])).toEqual(base.map((s) => [s.classIndex, s.tierIndex]));
        scaled.forEach((s, i) => expectClose(s.share, base[i]!.share, 1e-12));
      }),
    );
  });

  it('shareUnderwater is in [0, 1], never NaN, and is the summed share of segments breaking even strictly above the hashprice', () => {
    fc.assert(
      fc.property(fleet, powerTiers, hashprice, (c, t, hp) => {
        const curve = fleetCostCurve(c, t);
        const under = shareUnderwater(curve, hp);
        expect(Number.isNaN(under)).toBe(false);
        expect(under).toBeGreaterThanOrEqual(0);
        expect(under).toBeLessThanOrEqual(1);
        const byHand = curve.filter((s) => s.breakevenUsdPerPhDay > hp).reduce((a, s) => a + s.share, 0);
        expectClose(under, Math.min(1, byHand), 1e-12);
      }),
    );
  });

  it('shareUnderwater never falls as hashprice falls (a lower BTC price at the same difficulty)', () => {
    fc.assert(
      fc.property(
        fleet,
        powerTiers,
        fc.tuple(fc.double({ min: 1_000, max: 500_000, noNaN: true }), fc.double({ min: 1_000, max: 500_000, noNaN: true })),
        fc.double({ min: 1, max: 2_000, noNaN: true }),
        (c, t, [p1, p2], difficultyT) => {
          const curve = fleetCostCurve(c, t);
          const [low, high] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const at = (price: number): number => 1000 * hashpriceUsdPerThDay({ priceUsdPerBtc: price, difficultyT, subsidyBtc: 3.125, feesBtcPerBlock: 0 });
          // The underwater set at the higher hashprice is a suffix of the one at the lower, summed in the same order:
          // floating-point addition is monotone, so no rounding allowance is needed.
          expect(shareUnderwater(curve, at(low))).toBeGreaterThanOrEqual(shareUnderwater(curve, at(high)));
        },
      ),
    );
  });

  it('shareUnderwater never falls as the power price rises (every tier scaled by the same factor ≥ 1)', () => {
    fc.assert(
      fc.property(fleet, powerTiers, hashprice, fc.double({ min: 1, max: 5, noNaN: true }), (c, t, hp, k) => {
        const cheap = fleetCostCurve(c, t);
        const dear = fleetCostCurve(
          c,
          t.map((x) => ({ ...x, usdPerKwh: x.usdPerKwh * k })),
        );
        // Every segment's breakeven rises (or stays), so the underwater set only grows; the curve may re-sort near
        // ties, which can reorder the sum: allow for rounding (1e-12) in that order only.
        expect(shareUnderwater(dear, hp)).toBeGreaterThanOrEqual(shareUnderwater(cheap, hp) - 1e-12);
      }),
    );
  });

  it('shareUnderwater is 0 at a hashprice above every breakeven and 1 below the cheapest (when that is above 0)', () => {
    fc.assert(
      fc.property(fleet, powerTiers, (c, t) => {
        const curve = fleetCostCurve(c, t);
        const cheapest = curve[0]!.breakevenUsdPerPhDay;
        const dearest = curve[curve.length - 1]!.breakevenUsdPerPhDay;
        expect(shareUnderwater(curve, dearest)).toBe(0);
        expect(shareUnderwater(curve, 1e6)).toBe(0);
        expect(marginalSegment(curve, 1e6)).toBe(curve[curve.length - 1]);
        if (cheapest > 0) {
          // All shares summed: 1 up to rounding.
          expectClose(shareUnderwater(curve, cheapest / 2), 1, 1e-12);
          expect(marginalSegment(curve, cheapest / 2)).toBeNull();
        } else {
          expect(marginalSegment(curve, 0)).not.toBeNull();
        }
      }),
    );
  });

  it('marginalSegment is the last segment covering its power: everything after it is underwater, and their shares add to 1', () => {
    fc.assert(
      fc.property(fleet, powerTiers, hashprice, (c, t, hp) => {
        const curve = fleetCostCurve(c, t);
        const m = marginalSegment(curve, hp);
        const under = shareUnderwater(curve, hp);
        if (m === null) {
          expect(curve[0]!.breakevenUsdPerPhDay).toBeGreaterThan(hp);
          expectClose(under, 1, 1e-12);
          return;
        }
        const i = curve.indexOf(m);
        expect(m.breakevenUsdPerPhDay).toBeLessThanOrEqual(hp);
        if (i + 1 < curve.length) expect(curve[i + 1]!.breakevenUsdPerPhDay).toBeGreaterThan(hp);
        expectClose(m.cumulativeShareBefore + m.share + under, 1, 1e-12);
      }),
    );
  });

  it('meanJoulesPerTerahash lies between the least and most efficient class and matches Σ J × share / Σ share', () => {
    fc.assert(
      fc.property(fleet, (c) => {
        const mean = meanJoulesPerTerahash(c);
        const js = c.map((x) => x.joulesPerTerahash);
        expect(mean).toBeGreaterThanOrEqual(Math.min(...js) * (1 - 1e-12));
        expect(mean).toBeLessThanOrEqual(Math.max(...js) * (1 + 1e-12));
        expectClose(mean, c.reduce((a, x) => a + x.joulesPerTerahash * x.share, 0) / c.reduce((a, x) => a + x.share, 0), 1e-12);
      }),
    );
  });
});
