import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../../src/model/errors.ts';
import { fleetCostCurve, marginalSegment, shareUnderwater, type FleetSegment, type MachineClass, type PowerTier } from '../../src/model/fleetCurve.ts';
import { hashpriceUsdPerThDay } from '../../src/model/hashprice.ts';
import { networkPath, type NetworkMonth, type NetworkPathInputs } from '../../src/model/hashrateResponse.ts';
import { projectMachine, type ProjectionInputs } from '../../src/model/projection.ts';
import { subsidyBtcAtHeight } from '../../src/model/subsidy.ts';
import { fleetInputs } from '../../src/scenario/paths.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notNonNegative, notPositive } from '../helpers/modelErrors.ts';

// Reproducible: one seed for every property in this file.
fc.configureGlobal({ seed: 42, numRuns: 200 });

// By hand: a month is 30.4375 × 144 = 4,383 blocks, two half-month steps of 2,191.5 (about one 2,016-block epoch).
// Gross hashprice at D_T is 1000 × price × 86,400 × (subsidy + fees) / (D_T × 2^32) USD per PH/s per day; at the
// 2 Feb 2026 market ($76,176, 141 T, 3.125 BTC, no fees) that is $33.963. A fleet that runs a fraction r of the trend's
// hashrate sets the next step's difficulty to the trend's × r, clamped to [÷4, ×4] of the step before, and earns the
// hashprice at trend ÷ r. The month's difficulty is the one that pays what its two steps pay: for equal rewards, the
// harmonic mean 2 / (1/d0 + 1/d1). The next halving after 934,032 is 1,050,000: (1,050,000 − 934,032) / 4,383 = 26.5,
// so month 26.

/** 2 Feb 2026, 36 months at +2 %/month, flat price (the module's example). */
const market: Omit<NetworkPathInputs, 'response'> = {
  difficultyT: 141,
  priceUsdPerBtc: 76_176,
  feesBtcPerBlock: 0,
  subsidyBtc: 3.125,
  startBlockHeight: 934_032,
  lifeMonths: 48,
  difficultyGrowthPerMonth: 0.02,
  priceDriftPerYear: 0,
};

const hashpriceAt141 = (1000 * 76_176 * 86_400 * 3.125) / (141 * 2 ** 32);

const defaults = fleetInputs(defaultScenario());
/** The default mix (fleetMix.ts): 5 classes × 4 tiers, breakevens 7.2 … 50.4 $/PH/day. */
const defaultCurve = fleetCostCurve(defaults.classes, defaults.tiers);

/** The default classes on tiers of the given prices (equal weights). */
function curveAt(...usdPerKwh: number[]): FleetSegment[] {
  return fleetCostCurve(
    defaults.classes,
    usdPerKwh.map((p) => ({ usdPerKwh: p, share: 1 })),
  );
}

function respond(curve: readonly FleetSegment[], leaveMonths = 3, overrides: Partial<NetworkPathInputs> = {}): NetworkMonth[] {
  return networkPath({ ...market, ...overrides, response: { curve, leaveMonths } });
}

function trend(overrides: Partial<NetworkPathInputs> = {}): NetworkMonth[] {
  return networkPath({ ...market, ...overrides, response: null });
}

/** First month in which some hashrate has left for good, or −1. */
const firstLeftMonth = (path: readonly NetworkMonth[]): number => path.findIndex((m) => m.leftShare > 0);

// Arbitraries for the properties.

/** Machine classes over the link's J/TH range, up to 6 of them. */
const classesArb: fc.Arbitrary<MachineClass[]> = fc.array(
  fc.record({ label: fc.constant('c'), joulesPerTerahash: fc.double({ min: 1, max: 200, noNaN: true }), share: fc.double({ min: 0.01, max: 1_000, noNaN: true }) }),
  { minLength: 1, maxLength: 6 },
);
/** Power tiers over 0–50¢, some whole cents (ties), up to 6. */
const tiersArb: fc.Arbitrary<PowerTier[]> = fc.array(
  fc.record({
    usdPerKwh: fc.oneof(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.integer({ min: 0, max: 50 }).map((c) => c / 100)),
    share: fc.double({ min: 0.01, max: 1_000, noNaN: true }),
  }),
  { minLength: 1, maxLength: 6 },
);
/** A random fleet, or the default one. */
const curveArb: fc.Arbitrary<FleetSegment[]> = fc.oneof(
  fc.tuple(classesArb, tiersArb).map(([c, t]) => fleetCostCurve(c, t)),
  fc.constant(defaultCurve),
);

/** Markets a reader can set (the schema's ranges), with today's subsidy from the schedule, over up to 72 months. */
const marketArb: fc.Arbitrary<Omit<NetworkPathInputs, 'response'>> = fc
  .record({
    difficultyT: fc.double({ min: 1, max: 2_000, noNaN: true }),
    priceUsdPerBtc: fc.double({ min: 1_000, max: 500_000, noNaN: true }),
    feesBtcPerBlock: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
    startBlockHeight: fc.integer({ min: 800_000, max: 1_200_000 }),
    lifeMonths: fc.integer({ min: 1, max: 72 }),
    difficultyGrowthPerMonth: fc.double({ min: -0.05, max: 0.1, noNaN: true }),
    priceDriftPerYear: fc.double({ min: -0.9, max: 3, noNaN: true }),
  })
  .map((s) => ({ ...s, subsidyBtc: subsidyBtcAtHeight(s.startBlockHeight) }));

/**
 * Scenarios whose hashprice today sits near the fleet's breakevens: the price is set so that today's hashprice is the
 * breakeven of a random segment × 0.5–2. Uniform prices mostly leave every segment covering its power (or none).
 */
const marginalMarket = fc.tuple(marketArb, curveArb, fc.nat(), fc.double({ min: 0.5, max: 2, noNaN: true })).map(([s, curve, pick, factor]) => {
  const target = curve[pick % curve.length]!.breakevenUsdPerPhDay * factor;
  const perDollar = 1000 * hashpriceUsdPerThDay({ priceUsdPerBtc: 1, difficultyT: s.difficultyT, subsidyBtc: s.subsidyBtc, feesBtcPerBlock: s.feesBtcPerBlock });
  const price = target > 0 && perDollar > 0 ? Math.min(5e6, Math.max(1, target / perDollar)) : s.priceUsdPerBtc;
  return { inputs: { ...s, priceUsdPerBtc: price }, curve };
});
const anyMarket = fc.oneof(
  fc.tuple(marketArb, curveArb).map(([inputs, curve]) => ({ inputs, curve })),
  marginalMarket,
);

describe('networkPath: the fixed trend (response null)', () => {
  const path = trend();

  it('networkPath(response null)[m].difficultyT is 141 × 1.02^m exactly, and is its own trendDifficultyT', () => {
    expect(path).toHaveLength(48);
    path.forEach((month, m) => {
      expect(month.month).toBe(m);
      expect(month.difficultyT).toBe(141 * 1.02 ** m);
      expect(month.trendDifficultyT).toBe(month.difficultyT);
    });
    expectClose(path[12]!.difficultyT, 178.8, 1e-3);
  });

  it('networkPath(response null) runs the whole trend: idle 0, nothing leaves, hashrate (1.02)^m × today’s, no marginal segment', () => {
    path.forEach((month, m) => {
      expect(month.idleShare).toBe(0);
      expect(month.leftShare).toBe(0);
      expect(month.hashrateVsToday).toBe(1.02 ** m);
      expect(month.marginalBreakevenUsdPerPhDay).toBeNull();
    });
  });

  it('networkPath(response null) hashprice is the projection’s gross hashprice × 1000 every month (the halving month 26 pays in between)', () => {
    const p = projectMachine({
      machine: { terahashPerSecond: 1, watts: 1 },
      market: { ...market, usdPerKwh: 0, poolFeeFraction: 0, uptimeFraction: 1 },
      startBlockHeight: market.startBlockHeight,
      lifeMonths: market.lifeMonths,
      difficultyGrowthPerMonth: market.difficultyGrowthPerMonth,
      priceDriftPerYear: 0,
      discountRatePerYear: 0,
      resaleUsd: 0,
    });
    expect(p.halvingMonth).toBe(26);
    path.forEach((month, m) => expectClose(month.hashpriceUsdPerPhDay, 1000 * p.months[m]!.hashpriceUsdPerThDay, 1e-12));
    expectClose(path[0]!.hashpriceUsdPerPhDay, hashpriceAt141, 1e-12);
    // After the halving: half the subsidy at 141 × 1.02^27.
    expectClose(path[27]!.hashpriceUsdPerPhDay, hashpriceAt141 / 2 / 1.02 ** 27, 1e-12);
  });
});

describe('networkPath: a response that never binds reproduces the trend exactly', () => {
  it.each([
    { name: 'free power (every breakeven 0)', curve: curveAt(0) },
    { name: 'free power on one tier, 0.01¢ on another (breakevens ≤ 0.072, far below the path’s lowest $6.7)', curve: curveAt(0, 0.000_1) },
  ])('networkPath with $name: difficultyT is the trend’s month by month (toBe), idle 0, nothing leaves', ({ curve }) => {
    const t = trend();
    const r = respond(curve);
    expect(Math.max(...curve.map((s) => s.breakevenUsdPerPhDay))).toBeLessThan(Math.min(...t.map((m) => m.hashpriceUsdPerPhDay)));
    r.forEach((month, m) => {
      expect(month.difficultyT).toBe(t[m]!.difficultyT);
      expect(month.trendDifficultyT).toBe(t[m]!.difficultyT);
      expect(month.hashpriceUsdPerPhDay).toBe(t[m]!.hashpriceUsdPerPhDay);
      expect(month.idleShare).toBe(0);
      expect(month.leftShare).toBe(0);
      expect(month.marginalBreakevenUsdPerPhDay).toBeNull();
      expectClose(month.hashrateVsToday, t[m]!.hashrateVsToday, 1e-12);
    });
  });

  it('networkPath with a free-power fleet equals the trend over random markets, growths and drifts (property)', () => {
    fc.assert(
      fc.property(marketArb, fc.integer({ min: 1, max: 24 }), (inputs, leaveMonths) => {
        const t = networkPath({ ...inputs, response: null });
        const r = networkPath({ ...inputs, response: { curve: curveAt(0), leaveMonths } });
        const bad = r.filter((month, m) => month.difficultyT !== t[m]!.difficultyT || month.idleShare !== 0 || month.leftShare !== 0);
        expect(bad).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('networkPath with the default fleet at a price where every segment covers its power runs the trend exactly', () => {
    // At $2m the hashprice starts ≈ 26 × $33.96 ≈ $892 and after 48 months of +2 % and a halving is still ≈ $175,
    // above the dearest breakeven (50.4).
    const t = trend({ priceUsdPerBtc: 2_000_000 });
    const r = respond(defaultCurve, 3, { priceUsdPerBtc: 2_000_000 });
    r.forEach((month, m) => {
      expect(t[m]!.hashpriceUsdPerPhDay).toBeGreaterThan(50.4);
      expect(month.difficultyT).toBe(t[m]!.difficultyT);
      expect(month.idleShare).toBe(0);
    });
  });
});

describe('networkPath: the ÷4 clamp, by hand', () => {
  // One segment breaking even at 100 × today’s hashprice: only 1 % of the fleet can run (hashprice 33.96 / 0.01 ≈ the
  // breakeven). No growth, so the trend is 141 T throughout; leaveMonths 24 keeps the idle part installed.
  // Month 0: step 0 at 141 (nothing has been idle yet), step 1 at max(141 / 4, 141 × 0.01) = 35.25 → harmonic mean
  //   2 / (1/141 + 4/141) = 0.4 × 141 = 56.4.
  // Month 1: 35.25 / 4 = 8.8125, then 2.203125 (still above 1.41) → 2 / (16/141 + 64/141) = 141 / 40 = 3.525.
  // Month 2: max(2.203 / 4, 141 × 0.01) = 1.41 both steps, and hashprice settles at the breakeven.
  const b = 100 * hashpriceAt141;
  const single = fleetCostCurve([{ label: 'dear', joulesPerTerahash: 100, share: 1 }], [{ usdPerKwh: b / 2_400, share: 1 }]);
  const path = respond(single, 24, { difficultyGrowthPerMonth: 0, lifeMonths: 6 });
  const ran = hashpriceAt141 / single[0]!.breakevenUsdPerPhDay;

  it('networkPath months 0, 1, 2: 56.4, 3.525, then 141 × 0.01 = 1.41 T', () => {
    expectClose(single[0]!.breakevenUsdPerPhDay, b, 1e-12);
    expectClose(ran, 0.01, 1e-12);
    expectClose(path[0]!.difficultyT, 56.4, 1e-12);
    expectClose(path[1]!.difficultyT, 3.525, 1e-12);
    for (const month of path.slice(2)) expectClose(month.difficultyT, 141 * ran, 1e-12);
  });

  it('networkPath: month 0 ÷ month 1 is 16, the most two months of clamped steps can move (×4 per step, equal rewards)', () => {
    expectClose(path[0]!.difficultyT / path[1]!.difficultyT, 16, 1e-12);
  });

  it('networkPath: 99 % of the fleet idles every month and the hashprice settles at the breakeven once difficulty has caught up', () => {
    for (const month of path) {
      expectClose(month.idleShare, 1 - ran, 1e-12);
      expectClose(month.hashrateVsToday, ran, 1e-12);
      expect(month.marginalBreakevenUsdPerPhDay).toBe(single[0]!.breakevenUsdPerPhDay);
    }
    for (const month of path.slice(2)) expectClose(month.hashpriceUsdPerPhDay, b, 1e-12);
    // During the lag the survivors earn more than their breakeven: difficulty has not fallen as far as hashrate.
    expect(path[0]!.hashpriceUsdPerPhDay).toBeLessThan(b);
    expectClose(path[1]!.hashpriceUsdPerPhDay, hashpriceAt141 * 40, 1e-12);
  });

  it('networkPath with leaveMonths 1: the idle 99 % leaves after two idle steps (month 0), and what is left runs in full', () => {
    const leave = respond(single, 1, { difficultyGrowthPerMonth: 0, lifeMonths: 4 });
    expectClose(leave[0]!.leftShare, 1 - ran, 1e-12);
    for (const month of leave.slice(1)) {
      expectClose(month.leftShare, 1 - ran, 1e-12);
      expect(month.idleShare).toBeLessThan(1e-12);
    }
  });
});

describe('networkPath: blocks that pay nothing', () => {
  // No subsidy and no fees: the hashprice is 0 at any difficulty, so no segment that pays for power runs. Difficulty
  // falls ÷4 a step from 141 T: 141 / 4^k < 1e-12 T from k = 24 (month 12), and stops at difficulty 1 = 1e-12 T, the
  // protocol's minimum. (Before the floor it kept falling and reached 0 after about 260 months, where networkPath threw
  // "invalid difficultyT: 0" for inputs check() accepts.)
  const path = respond(defaultCurve, 3, { subsidyBtc: 0, feesBtcPerBlock: 0, difficultyGrowthPerMonth: 0, lifeMonths: 600 });

  it('networkPath: month k runs at steps 141 / 4^(2k) and 141 / 4^(2k+1) until the floor, hashprice 0, everything idle', () => {
    for (let k = 0; k < 11; k++) {
      const [d0, d1] = [k === 0 ? 141 : 141 / 4 ** (2 * k), 141 / 4 ** (2 * k + 1)];
      expectClose(path[k]!.difficultyT, 2 / (1 / d0 + 1 / d1), 1e-12);
    }
    for (const month of path) {
      expect(month.hashpriceUsdPerPhDay).toBe(0);
      expect(month.hashrateVsToday).toBe(0);
    }
    // The whole fleet idles for leaveMonths 3 (six steps, months 0–2), then leaves: nothing installed is idle after.
    expect(path.slice(0, 3).map((m) => [m.idleShare, m.leftShare])).toEqual([
      [1, 0],
      [1, 0],
      [1, 1],
    ]);
    for (const month of path.slice(3)) expect([month.idleShare, month.leftShare]).toEqual([0, 1]);
  });

  it('networkPath: difficulty stops at difficulty 1 (1e-12 T) from month 12 and the path is defined for all 600 months', () => {
    expect(path).toHaveLength(600);
    for (const month of path.slice(12)) expect(month.difficultyT).toBe(1e-12);
    expect(path[11]!.difficultyT).toBeGreaterThan(1e-12);
  });

  it('networkPath: the trend path with blocks that pay nothing keeps the trend’s difficulty and pays 0', () => {
    const t = trend({ subsidyBtc: 0, feesBtcPerBlock: 0, lifeMonths: 600 });
    t.forEach((month, m) => {
      expect(month.difficultyT).toBe(141 * 1.02 ** m);
      expect(month.hashpriceUsdPerPhDay).toBe(0);
    });
  });
});

describe('networkPath: the default fleet over 48 months at +2 %/month and a flat $76,176', () => {
  // Month 0 by hand: at $33.963 the segments up to 21.5 J/TH @ 7¢ (36.12; 91.25 % of hashrate) can run together —
  // 33.963 / 0.9125 = 37.22 ≥ 36.12 — but not 26 J/TH @ 6¢ (37.44): 33.963 / 0.95 = 35.75 < 37.44, and even a part of it
  // would need 33.963 / 37.44 = 90.7 % < 91.25 % already running. So 8.75 % idles (not the 10.75 % underwater at the
  // unchanged difficulty), step 1 runs at 141 × 0.9125 = 128.66 T and month 0's difficulty is 2 / (1/141 + 1/128.66) = 134.55.
  const r3 = respond(defaultCurve, 3);
  const t = trend();

  it('networkPath month 0: 8.75 % idle, marginal breakeven 36.12 (the dearest segment that runs), difficulty 134.55 T', () => {
    expectClose(shareUnderwater(defaultCurve, hashpriceAt141), 0.1075, 1e-12);
    // Both steps idle the same 8.75 %: the fleet decides at the hashprice its own running will produce.
    expectClose(r3[0]!.idleShare, 0.0875, 1e-12);
    // The marginal segment is the dearest that runs: 21.5 J/TH @ 7¢ (26 J/TH @ 6¢ does not run at all).
    expect(r3[0]!.marginalBreakevenUsdPerPhDay).toBe(21.5 * 0.07 * 24);
    expectClose(r3[0]!.difficultyT, 2 / (1 / 141 + 1 / (141 * 0.9125)), 1e-12);
    expectClose(r3[0]!.difficultyT, 134.55, 1e-4);
  });

  it('networkPath respond: difficulty never above the trend’s, and the hashprice never below', () => {
    r3.forEach((month, m) => {
      expect(month.difficultyT).toBeLessThanOrEqual(t[m]!.difficultyT);
      expect(month.hashpriceUsdPerPhDay).toBeGreaterThanOrEqual(t[m]!.hashpriceUsdPerPhDay);
    });
  });

  it('networkPath respond after the halving (month 26): hashprice settles within 25 % of the marginal breakeven, about twice the trend’s', () => {
    const settled = r3.slice(28);
    expect(settled.length).toBe(20);
    for (const month of settled) {
      const marginal = month.marginalBreakevenUsdPerPhDay;
      if (marginal !== null) expect(Math.abs(month.hashpriceUsdPerPhDay / marginal - 1)).toBeLessThan(0.25);
      // No idle over the month means no marginal segment (the converse need not hold: marginal is the second step's,
      // idleShare the mean of both, and month 29's first step idles 23.5 % before the idle part leaves).
      if (month.idleShare === 0) expect(marginal).toBeNull();
      // The trend path keeps compounding into a halved subsidy: $9.75 at month 28 down to $6.70 at 47.
      expect(month.hashpriceUsdPerPhDay).toBeGreaterThan(1.5 * t[month.month]!.hashpriceUsdPerPhDay);
    }
    // Most of those months have an idle margin: the hashprice is set by a segment on the curve.
    expect(settled.filter((m) => m.marginalBreakevenUsdPerPhDay !== null).length).toBeGreaterThanOrEqual(10);
    expect(t[47]!.hashpriceUsdPerPhDay).toBeLessThan(7);
    expect(r3[47]!.hashpriceUsdPerPhDay).toBeGreaterThan(18);
  });

  it('networkPath respond: the halving idles a larger share than month 0 did, and the dearest segments leave', () => {
    expect(Math.max(...r3.slice(26, 30).map((m) => m.idleShare))).toBeGreaterThan(0.2);
    expect(r3[47]!.leftShare).toBeGreaterThan(0.3);
    // Left hashrate only accumulates.
    for (let m = 1; m < r3.length; m++) expect(r3[m]!.leftShare).toBeGreaterThanOrEqual(r3[m - 1]!.leftShare);
  });

  it('networkPath leaveMonths 3: hashrate leaves (leftShare > 0) from month 2, after six idle half-month steps', () => {
    expect(firstLeftMonth(r3)).toBe(2);
    expectClose(r3[2]!.leftShare, 0.0875, 1e-12);
    expect(r3[1]!.leftShare).toBe(0);
  });

  it('networkPath: longer leaveMonths leave later (3 → month 2, 6 → month 5, 12 → month 11) and never earlier', () => {
    expect(firstLeftMonth(respond(defaultCurve, 6))).toBe(5);
    expect(firstLeftMonth(respond(defaultCurve, 12))).toBe(11);
    let previous = -1;
    for (let leave = 1; leave <= 24; leave++) {
      const first = firstLeftMonth(respond(defaultCurve, leave));
      if (first !== -1) {
        expect(first).toBeGreaterThanOrEqual(previous);
        previous = first;
      } else previous = Infinity;
    }
  });

  it('networkPath respond: the marginal breakeven, when there is one, is a segment of the curve', () => {
    const breakevens = new Set(defaultCurve.map((s) => s.breakevenUsdPerPhDay));
    for (const month of r3) if (month.marginalBreakevenUsdPerPhDay !== null) expect(breakevens.has(month.marginalBreakevenUsdPerPhDay)).toBe(true);
  });

  it('networkPath respond at month 0 idles no more than shareUnderwater at the unchanged difficulty says (the retarget relieves some)', () => {
    expect(r3[0]!.idleShare).toBeLessThanOrEqual(shareUnderwater(defaultCurve, hashpriceAt141));
    expect(marginalSegment(defaultCurve, hashpriceAt141)!.breakevenUsdPerPhDay).toBe(32.4);
  });
});

describe('networkPath: input errors', () => {
  const ok = (overrides: Partial<NetworkPathInputs> = {}): NetworkPathInputs => ({ ...market, lifeMonths: 3, ...overrides, response: { curve: defaultCurve, leaveMonths: 3 } });

  it.each([0, -1, 1.5, 601, ...nonFinite])('networkPath(lifeMonths %s) throws a ModelInputError naming lifeMonths', (bad) => {
    expectModelInputError(() => networkPath(ok({ lifeMonths: bad })), 'lifeMonths', bad);
  });

  it.each([2, 1.01, -0.51, ...nonFinite])('networkPath(difficultyGrowthPerMonth %s) throws a ModelInputError naming difficultyGrowthPerMonth', (bad) => {
    expectModelInputError(() => networkPath(ok({ difficultyGrowthPerMonth: bad })), 'difficultyGrowthPerMonth', bad);
  });

  it.each([-1, 10.5, ...nonFinite])('networkPath(priceDriftPerYear %s) throws a ModelInputError naming priceDriftPerYear', (bad) => {
    expectModelInputError(() => networkPath(ok({ priceDriftPerYear: bad })), 'priceDriftPerYear', bad);
  });

  it.each(notPositive)('networkPath(difficultyT %s) throws a ModelInputError naming difficultyT', (bad) => {
    expectModelInputError(() => networkPath(ok({ difficultyT: bad })), 'difficultyT', bad);
  });

  it.each(notPositive)('networkPath(priceUsdPerBtc %s) throws a ModelInputError naming priceUsdPerBtc', (bad) => {
    expectModelInputError(() => networkPath(ok({ priceUsdPerBtc: bad })), 'priceUsdPerBtc', bad);
  });

  it.each(notNonNegative)('networkPath(feesBtcPerBlock %s) throws a ModelInputError naming feesBtcPerBlock', (bad) => {
    expectModelInputError(() => networkPath(ok({ feesBtcPerBlock: bad })), 'feesBtcPerBlock', bad);
  });

  it.each(notNonNegative)('networkPath(subsidyBtc %s) throws a ModelInputError naming subsidyBtc', (bad) => {
    expectModelInputError(() => networkPath(ok({ subsidyBtc: bad })), 'subsidyBtc', bad);
  });

  it.each([-1, 934_032.5, ...nonFinite])('networkPath(startBlockHeight %s) throws a ModelInputError naming startBlockHeight', (bad) => {
    expectModelInputError(() => networkPath(ok({ startBlockHeight: bad })), 'startBlockHeight', bad);
  });

  it.each([0, -1, 1.5, ...nonFinite])('networkPath(response.leaveMonths %s) throws a ModelInputError naming response.leaveMonths', (bad) => {
    expectModelInputError(() => networkPath({ ...ok(), response: { curve: defaultCurve, leaveMonths: bad } }), 'response.leaveMonths', bad);
  });

  it('networkPath(response.curve []) throws a ModelInputError naming response.curve', () => {
    let thrown: unknown;
    try {
      networkPath({ ...ok(), response: { curve: [], leaveMonths: 3 } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ModelInputError);
    expect((thrown as ModelInputError).input).toBe('response.curve');
    expect((thrown as ModelInputError).message).toBe('invalid response.curve: [] (expected at least one fleet segment)');
  });

  it('networkPath with response null does not need a curve or leaveMonths', () => {
    expect(networkPath({ ...ok(), response: null })).toHaveLength(3);
  });
});

describe('networkPath: properties', () => {
  it('networkPath respond (growth 0 … 10 %/month): difficulty and hashrate that ran never above the trend’s, hashprice never below', () => {
    fc.assert(
      fc.property(anyMarket, fc.double({ min: 0, max: 0.1, noNaN: true }), fc.integer({ min: 1, max: 24 }), ({ inputs, curve }, g, leaveMonths) => {
        const s = { ...inputs, difficultyGrowthPerMonth: g };
        const t = networkPath({ ...s, response: null });
        const r = networkPath({ ...s, response: { curve, leaveMonths } });
        const bad: string[] = [];
        r.forEach((month, m) => {
          const trendMonth = t[m]!;
          if (month.trendDifficultyT !== trendMonth.difficultyT) bad.push(`months[${m}].trendDifficultyT ${month.trendDifficultyT} ≠ ${trendMonth.difficultyT}`);
          if (month.difficultyT > trendMonth.difficultyT * (1 + 1e-12)) bad.push(`months[${m}].difficultyT ${month.difficultyT} > trend ${trendMonth.difficultyT}`);
          if (month.hashrateVsToday > trendMonth.hashrateVsToday * (1 + 1e-12)) bad.push(`months[${m}].hashrateVsToday ${month.hashrateVsToday} > trend ${trendMonth.hashrateVsToday}`);
          if (month.hashpriceUsdPerPhDay < trendMonth.hashpriceUsdPerPhDay * (1 - 1e-12)) bad.push(`months[${m}].hashprice ${month.hashpriceUsdPerPhDay} < trend ${trendMonth.hashpriceUsdPerPhDay}`);
        });
        expect(bad).toEqual([]);
      }),
    );
  });

  it('networkPath respond: difficulty is never above the trend’s over the whole accepted growth range, −50 % … +100 %/month (the module’s claim)', () => {
    fc.assert(
      fc.property(anyMarket, fc.double({ min: -0.5, max: 1, noNaN: true }), fc.integer({ min: 1, max: 24 }), ({ inputs, curve }, g, leaveMonths) => {
        const s = { ...inputs, difficultyGrowthPerMonth: g };
        const t = networkPath({ ...s, response: null });
        const r = networkPath({ ...s, response: { curve, leaveMonths } });
        const above = r.filter((month, m) => month.difficultyT > t[m]!.difficultyT * (1 + 1e-12)).map((month) => `months[${month.month}]: ${month.difficultyT} > ${t[month.month]!.difficultyT}`);
        expect(above).toEqual([]);
      }),
    );
  });

  it('projectMachine on the responding path never values a machine below the fixed trend when hashrate can only leave (growth 0 … 10 %)', () => {
    const machineArb = fc.record({
      terahashPerSecond: fc.double({ min: 1, max: 1_000, noNaN: true }),
      watts: fc.double({ min: 100, max: 10_000, noNaN: true }),
    });
    fc.assert(
      fc.property(
        anyMarket,
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.integer({ min: 1, max: 24 }),
        machineArb,
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        ({ inputs, curve }, g, leaveMonths, machine, usdPerKwh, discountRatePerYear) => {
          const s = { ...inputs, difficultyGrowthPerMonth: g };
          const path = networkPath({ ...s, response: { curve, leaveMonths } });
          const projection: ProjectionInputs = {
            machine,
            market: { priceUsdPerBtc: s.priceUsdPerBtc, difficultyT: s.difficultyT, usdPerKwh, feesBtcPerBlock: s.feesBtcPerBlock, subsidyBtc: s.subsidyBtc, poolFeeFraction: 0.02, uptimeFraction: 1 },
            startBlockHeight: s.startBlockHeight,
            lifeMonths: s.lifeMonths,
            difficultyGrowthPerMonth: g,
            priceDriftPerYear: s.priceDriftPerYear,
            discountRatePerYear,
            resaleUsd: 0,
          };
          const fixed = projectMachine(projection);
          const responding = projectMachine({ ...projection, difficultyTByMonth: path.map((m) => m.difficultyT) });
          // Rounding allowance: 1e-12 of the money that flows (the path may sit a few ulps above the trend).
          let size = 1;
          for (const month of [...fixed.months, ...responding.months]) size += Math.abs(month.profitUsd);
          expect(responding.valueCurtailUsd).toBeGreaterThanOrEqual(fixed.valueCurtailUsd - 1e-12 * size);
          expect(responding.valueRunUsd).toBeGreaterThanOrEqual(fixed.valueRunUsd - 1e-12 * size);
          // The trend path handed to the projection is the projection's own trend.
          const trendPath = networkPath({ ...s, response: null });
          expect(projectMachine({ ...projection, difficultyTByMonth: trendPath.map((m) => m.difficultyT) })).toEqual(fixed);
        },
      ),
    );
  });

  it('networkPath: no NaN or Infinity in any field, idleShare in [0, 1], leftShare ≥ 0 and never falling, one month per month', () => {
    fc.assert(
      fc.property(anyMarket, fc.integer({ min: 1, max: 24 }), ({ inputs, curve }, leaveMonths) => {
        const r = networkPath({ ...inputs, response: { curve, leaveMonths } });
        expect(r).toHaveLength(inputs.lifeMonths);
        const bad: string[] = [];
        r.forEach((month, m) => {
          if (month.month !== m) bad.push(`months[${m}].month is ${month.month}`);
          for (const [key, value] of Object.entries(month)) if (value !== null && !Number.isFinite(value)) bad.push(`months[${m}].${key} is ${value}`);
          if (!(month.idleShare >= 0 && month.idleShare <= 1)) bad.push(`months[${m}].idleShare is ${month.idleShare}`);
          if (!(month.leftShare >= 0)) bad.push(`months[${m}].leftShare is ${month.leftShare}`);
          if (m > 0 && month.leftShare < r[m - 1]!.leftShare) bad.push(`months[${m}].leftShare fell`);
          if (!(month.difficultyT > 0 && month.hashrateVsToday >= 0 && month.hashpriceUsdPerPhDay >= 0)) bad.push(`months[${m}] has a non-positive quantity`);
        });
        expect(bad).toEqual([]);
      }),
    );
  });

  it('networkPath: no NaN, Infinity or throw over every input check() accepts, up to 600 months (blocks that pay nothing included)', () => {
    const wide = fc.record({
      difficultyT: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      priceUsdPerBtc: fc.double({ min: 1, max: 1e7, noNaN: true }),
      feesBtcPerBlock: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })),
      subsidyBtc: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50, noNaN: true })),
      startBlockHeight: fc.integer({ min: 0, max: 8_000_000 }),
      lifeMonths: fc.integer({ min: 1, max: 600 }),
      difficultyGrowthPerMonth: fc.double({ min: -0.5, max: 1, noNaN: true }),
      priceDriftPerYear: fc.double({ min: -0.99, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(wide, curveArb, fc.integer({ min: 1, max: 600 }), (inputs, curve, leaveMonths) => {
        for (const response of [null, { curve, leaveMonths }]) {
          const path = networkPath({ ...inputs, response });
          const bad: string[] = [];
          path.forEach((month, m) => {
            for (const [key, value] of Object.entries(month)) if (value !== null && !Number.isFinite(value)) bad.push(`months[${m}].${key} is ${value}`);
            if (!(month.difficultyT > 0)) bad.push(`months[${m}].difficultyT is ${month.difficultyT}`);
            if (!(month.idleShare >= 0 && month.idleShare <= 1)) bad.push(`months[${m}].idleShare is ${month.idleShare}`);
          });
          expect(bad).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('networkPath respond: consecutive months’ difficulty moves at most 16× (×4 a step, two steps a month), 20× across a halving', () => {
    // Each month's difficulty is a reward-weighted harmonic mean of its two steps, and each step is within ×4 / ÷4 of the
    // one before. With equal weights the worst case is steps d, 4d | 16d, 64d: H(16d, 64d) / H(d, 4d) = 25.6 / 1.6 = 16
    // (the hand case above attains it). A halving can weight a month's two steps up to 2 : 1, which stretches it to
    // 32 / 1.6 = 20.
    fc.assert(
      fc.property(anyMarket, fc.integer({ min: 1, max: 24 }), ({ inputs, curve }, leaveMonths) => {
        const r = networkPath({ ...inputs, response: { curve, leaveMonths } });
        const halvings = new Set<number>();
        for (let h = 210_000; h < inputs.startBlockHeight + 4_383 * (inputs.lifeMonths + 1); h += 210_000) {
          if (h >= inputs.startBlockHeight) halvings.add(Math.floor((h - inputs.startBlockHeight) / 4_383));
        }
        const bad: string[] = [];
        for (let m = 1; m < r.length; m++) {
          const ratio = r[m]!.difficultyT / r[m - 1]!.difficultyT;
          const bound = (halvings.has(m) || halvings.has(m - 1) ? 20 : 16) * (1 + 1e-12);
          if (!(ratio <= bound && ratio >= 1 / bound)) bad.push(`months[${m}] / months[${m - 1}] = ${ratio}`);
        }
        expect(bad).toEqual([]);
      }),
    );
  });

  it('networkPath does not mutate its input (nor the curve)', () => {
    fc.assert(
      fc.property(anyMarket, ({ inputs, curve }) => {
        const full = { ...inputs, response: { curve, leaveMonths: 2 } };
        const before = structuredClone(full);
        networkPath(full);
        expect(full).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
