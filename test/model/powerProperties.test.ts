import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationCurveUsdPerKwh, flexibleYear, type PriceCurve } from '../../src/model/flexibleLoad.ts';
import { hedgeCost, type HedgeInputs } from '../../src/model/hedge.ts';
import { hostingPath, type HostingContract, type HostingInputs } from '../../src/model/hosting.ts';
import { cumulativeUsd, hashpriceMatchingLeaseUsdPerPhDay, miningUsdPerMwYear, npvUsd } from '../../src/model/siteUse.ts';
import { expectClose } from '../helpers/close.ts';

// Properties of the power chapter's models (flexible load, hosting, hedging, one site's two uses). Every property is
// seeded (seed 10) so a failure reproduces; flexibleYear walks 8,766 hours a call, so its properties run 200 times
// (about half of them with a breakeven inside the curve's range, the rest switching every hour on or off).

const seeded = (numRuns: number) => ({ seed: 10, numRuns });

/**
 * A draw in [0, max]: exactly 0, a point of an even 1,000-step grid, or any double (fast-check draws those uniformly over
 * the representable doubles, so mostly tiny ones — the grid keeps ordinary sizes in the mix).
 */
const zeroOr = (max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000 }).map((k) => (k * max) / 1_000), fc.double({ min: 0, max, noNaN: true }));

// The valid input space, at sizes a power market can have: prices up to $1/kWh at the base and $6/kWh at the peak,
// breakevens to $10/kWh, credits to $1,000/MWh. Mostly ordinary curves (a base of at least $0.0001, a spike share and
// a peak on a grid), with the edge cases (zeros, tiny doubles) weighted in one draw in five.
const weighted = (ordinary: fc.Arbitrary<number>, edge: fc.Arbitrary<number>): fc.Arbitrary<number> => fc.oneof({ arbitrary: ordinary, weight: 4 }, { arbitrary: edge, weight: 1 });
const curve: fc.Arbitrary<PriceCurve> = fc
  .record({
    base: weighted(fc.double({ min: 1e-4, max: 1, noNaN: true }), zeroOr(1)),
    spikeShare: weighted(fc.integer({ min: 1, max: 999 }).map((k) => k / 1_000), zeroOr(0.999)),
    extra: weighted(fc.integer({ min: 1, max: 5_000 }).map((k) => k / 1_000), zeroOr(5)),
  })
  .map(({ base, spikeShare, extra }) => ({ baseUsdPerKwh: base, spikeShare, peakUsdPerKwh: base + extra }));
const credit = zeroOr(1_000);
/**
 * A breakeven for a curve: any price to $10/kWh (a quarter of draws), or a point of the curve's own range — from half
 * the base (its cheapest hour) to the peak (the base when there is no spike), −10 % to +10 % beyond either end — so
 * that most draws switch some hours off and not others, rather than none or all of them.
 */
const breakevenFor = (c: PriceCurve, pick: { absolute: number; share: number; relative: boolean }): number => {
  if (!pick.relative) return pick.absolute;
  const bottom = c.baseUsdPerKwh / 2;
  const top = c.spikeShare > 0 ? c.peakUsdPerKwh : c.baseUsdPerKwh;
  return Math.max(0, bottom + pick.share * (top - bottom));
};
const breakevenPick = fc.record({
  absolute: zeroOr(10),
  share: fc.integer({ min: -100, max: 1_100 }).map((k) => k / 1_000),
  relative: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
});
const curveAndBreakeven: fc.Arbitrary<[PriceCurve, number]> = fc.tuple(curve, breakevenPick).map(([c, pick]) => [c, breakevenFor(c, pick)]);
const curveAndOrderedBreakevens: fc.Arbitrary<[PriceCurve, [number, number]]> = fc.tuple(curve, breakevenPick, breakevenPick).map(([c, p1, p2]) => {
  const [x, y] = [breakevenFor(c, p1), breakevenFor(c, { ...p2, relative: p1.relative })];
  return [c, x <= y ? [x, y] : [y, x]];
});

/** Two draws of the same arbitrary, smaller first. */
function ordered(arbitrary: fc.Arbitrary<number>): fc.Arbitrary<[number, number]> {
  return fc.tuple(arbitrary, arbitrary).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
}

describe('flexibleYear: the rule "run when spot < breakeven" over the valid input space', () => {
  it('flexibleYear — hours off never rise as the breakeven rises (monotone non-increasing)', () => {
    fc.assert(
      fc.property(curveAndOrderedBreakevens, credit, ([c, [lo, hi]], cr) => {
        const low = flexibleYear({ curve: c, breakevenUsdPerKwh: lo, creditUsdPerMwh: cr });
        const high = flexibleYear({ curve: c, breakevenUsdPerKwh: hi, creditUsdPerMwh: cr });
        expect(high.hoursOff).toBeLessThanOrEqual(low.hoursOff);
      }),
      seeded(200),
    );
  });

  it('flexibleYear — hours off are the hours of the duration curve priced at or above the breakeven; on + off = 8,766', () => {
    fc.assert(
      fc.property(curveAndBreakeven, ([c, b]) => {
        const y = flexibleYear({ curve: c, breakevenUsdPerKwh: b, creditUsdPerMwh: 0 });
        expect(y.hoursOff).toBe(durationCurveUsdPerKwh(c).filter((p) => p >= b).length);
        expect(y.hoursOff + y.energyMwhPerMw).toBe(8_766);
      }),
      seeded(200),
    );
  });

  it('flexibleYear — with no credit the flexible margin is at least the always-on margin (it only drops losing hours)', () => {
    fc.assert(
      fc.property(curveAndBreakeven, ([c, b]) => {
        const y = flexibleYear({ curve: c, breakevenUsdPerKwh: b, creditUsdPerMwh: 0 });
        expect(y.creditsUsdPerMw).toBe(0);
        expect(y.marginFlexibleUsdPerMw).toBeGreaterThanOrEqual(y.marginAlwaysOnUsdPerMw);
      }),
      seeded(200),
    );
  });

  it('flexibleYear — a non-negative credit only adds to the flexible margin: ≥ the no-credit margin ≥ always on', () => {
    fc.assert(
      fc.property(curveAndBreakeven, credit, ([c, b], cr) => {
        const y = flexibleYear({ curve: c, breakevenUsdPerKwh: b, creditUsdPerMwh: cr });
        const none = flexibleYear({ curve: c, breakevenUsdPerKwh: b, creditUsdPerMwh: 0 });
        expect(y.marginFlexibleUsdPerMw).toBeGreaterThanOrEqual(none.marginFlexibleUsdPerMw);
        expect(y.marginFlexibleUsdPerMw).toBeGreaterThanOrEqual(y.marginAlwaysOnUsdPerMw);
        expect(y.marginAlwaysOnUsdPerMw).toBe(none.marginAlwaysOnUsdPerMw);
      }),
      seeded(200),
    );
  });

  it('flexibleYear — never NaN, always finite; shares in [0, 1]; the average paid is at most the always-on average', () => {
    fc.assert(
      fc.property(curveAndBreakeven, credit, ([c, b], cr) => {
        const y = flexibleYear({ curve: c, breakevenUsdPerKwh: b, creditUsdPerMwh: cr });
        for (const [key, value] of Object.entries(y)) expect(Number.isFinite(value), `${key} = ${value}`).toBe(true);
        expect(y.revenueKeptFraction).toBeGreaterThanOrEqual(0);
        expect(y.revenueKeptFraction).toBeLessThanOrEqual(1);
        expect(y.averageUsdPerKwh).toBeGreaterThanOrEqual(0);
        // the hours run are the cheap ones (spot < breakeven ≤ every hour off), so their average is no dearer
        expect(y.averageUsdPerKwh).toBeLessThanOrEqual(y.averageAlwaysOnUsdPerKwh * (1 + 1e-12));
      }),
      seeded(200),
    );
  });
});

// Hosting: spot paths of up to 36 months at $0 to $1/kWh (fixed prices in the same range, so hosts do run out), sites to 1,000 MW, deposits to a year.
const spotPath = fc.array(zeroOr(1), { maxLength: 36 });
const hostingRest = fc.record({
  megawatts: zeroOr(1_000),
  uptimeFraction: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  depositMonths: zeroOr(12),
  escrow: fc.boolean(),
  revenue: zeroOr(1),
});
const passContract: fc.Arbitrary<HostingContract> = zeroOr(1).map((spreadUsdPerKwh) => ({ kind: 'pass', spreadUsdPerKwh }));
const anyContract: fc.Arbitrary<HostingContract> = fc.oneof(passContract, zeroOr(1).map((priceUsdPerKwh) => ({ kind: 'fixed' as const, priceUsdPerKwh })));

function hostingInputs(contract: HostingContract, spot: number[], rest: { megawatts: number; uptimeFraction: number; depositMonths: number; escrow: boolean; revenue: number }): HostingInputs {
  const { revenue, ...others } = rest;
  return { ...others, contract, spotUsdPerKwhByMonth: spot, revenueUsdPerKwhByMonth: spot.map(() => revenue) };
}

describe('hostingPath: properties along any non-negative spot path', () => {
  it('hostingPath — a pass-through host at a non-negative spread never has a negative month, and never runs out of cash', () => {
    fc.assert(
      fc.property(passContract, spotPath, hostingRest, (contract, spot, rest) => {
        const p = hostingPath(hostingInputs(contract, spot, rest));
        for (const m of p.months) {
          expect(m.hostMarginUsd).toBeGreaterThanOrEqual(0);
          expect(m.priceUsdPerKwh).toBeGreaterThanOrEqual(m.spotUsdPerKwh);
        }
        expect(p.cashOutMonth).toBeNull();
        expect(p.depositLostUsd).toBe(0);
      }),
      seeded(300),
    );
  });

  it('hostingPath — a fixed price at or above every month’s spot never has a negative month, and never runs out of cash', () => {
    fc.assert(
      fc.property(spotPath, zeroOr(1), hostingRest, (spot, above, rest) => {
        const contract: HostingContract = { kind: 'fixed', priceUsdPerKwh: Math.max(0, ...spot) + above };
        const p = hostingPath(hostingInputs(contract, spot, rest));
        for (const m of p.months) expect(m.hostMarginUsd).toBeGreaterThanOrEqual(0);
        expect(p.cashOutMonth).toBeNull();
      }),
      seeded(300),
    );
  });

  it('hostingPath — cashOutMonth is null whenever every month’s margin is ≥ 0 (any contract), and otherwise the first month cash is < 0', () => {
    fc.assert(
      fc.property(anyContract, spotPath, hostingRest, (contract, spot, rest) => {
        const p = hostingPath(hostingInputs(contract, spot, rest));
        if (p.months.every((m) => m.hostMarginUsd >= 0)) expect(p.cashOutMonth).toBeNull();
        const firstBelow = p.months.findIndex((m) => m.hostCashUsd < 0);
        expect(p.cashOutMonth).toBe(firstBelow === -1 ? null : firstBelow);
      }),
      seeded(300),
    );
  });

  it('hostingPath — escrow starts the host at 0, so it runs out no later than without escrow, and the clients lose nothing', () => {
    fc.assert(
      fc.property(anyContract, spotPath, hostingRest, (contract, spot, rest) => {
        const spent = hostingPath(hostingInputs(contract, spot, { ...rest, escrow: false }));
        const escrowed = hostingPath(hostingInputs(contract, spot, { ...rest, escrow: true }));
        if (spent.cashOutMonth !== null) {
          expect(escrowed.cashOutMonth).not.toBeNull();
          expect(escrowed.cashOutMonth!).toBeLessThanOrEqual(spent.cashOutMonth);
          expect(spent.depositLostUsd).toBe(spent.depositUsd);
        } else expect(spent.depositLostUsd).toBe(0);
        expect(escrowed.depositLostUsd).toBe(0);
        escrowed.months.forEach((m, k) => expect(m.hostCashUsd).toBeLessThanOrEqual(spent.months[k]!.hostCashUsd));
      }),
      seeded(300),
    );
  });
});

describe('hedgeCost: properties along any non-negative spot path', () => {
  const hedgeInputs: fc.Arbitrary<HedgeInputs> = fc.record({
    spotUsdPerKwhByMonth: fc.array(zeroOr(10), { maxLength: 36 }),
    kwhPerMonth: zeroOr(1e9),
    forwardUsdPerKwh: zeroOr(1),
    hedgedFraction: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    marginFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    capitalCostPerYear: zeroOr(0.5),
  });

  it('hedgeCost({ hedgedFraction: 0 }) — no hedge saves exactly 0 and posts no margin, on any path', () => {
    fc.assert(
      fc.property(hedgeInputs, (i) => {
        const h = hedgeCost({ ...i, hedgedFraction: 0 });
        expect(h.hedgedCostUsd).toBe(h.unhedgedCostUsd);
        expect(h.savingUsd).toBe(0);
        expect(h.marginPostedUsd).toBe(0);
      }),
      seeded(300),
    );
  });

  it('hedgeCost — saving + financing = Σ h × (spot − forward) × kWh (what the forward avoids, less its premium)', () => {
    fc.assert(
      fc.property(hedgeInputs, (i) => {
        const h = hedgeCost(i);
        const avoided = i.spotUsdPerKwhByMonth.reduce((s, spot) => s + i.hedgedFraction * (spot - i.forwardUsdPerKwh) * i.kwhPerMonth, 0);
        // on the bills' scale: each side is a difference of sums of that size
        const scale = h.unhedgedCostUsd + h.hedgedCostUsd;
        expectClose(h.savingUsd + h.financingCostUsd, avoided, 1e-9, 1e-9 * scale + 1e-300);
        for (const value of Object.values(h)) expect(Number.isFinite(value)).toBe(true);
      }),
      seeded(300),
    );
  });
});

describe('siteUse: the lease-matching hashprice and the cash-flow helpers', () => {
  const site = fc.record({
    joulesPerTerahash: fc.double({ min: 5, max: 100, noNaN: true }),
    usdPerKwh: zeroOr(0.5),
    uptimeFraction: fc.double({ min: 0.01, max: 1, noNaN: true }),
    poolFeeFraction: zeroOr(0.1),
  });

  it('hashpriceMatchingLeaseUsdPerPhDay — at the matching hashprice, a MW-year of mining earns the lease (round trip)', () => {
    fc.assert(
      fc.property(site, zeroOr(1e7), (s, rent) => {
        const h = hashpriceMatchingLeaseUsdPerPhDay({ ...s, leaseUsdPerMwYear: rent });
        expect(Number.isFinite(h)).toBe(true);
        const powerPerYear = 1_000 * 8_766 * s.uptimeFraction * s.usdPerKwh;
        expectClose(miningUsdPerMwYear({ ...s, hashpriceUsdPerPhDay: h }), rent, 1e-9, 1e-12 * (rent + powerPerYear) + 1e-300);
      }),
      seeded(300),
    );
  });

  const cash = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 240 });
  const positiveCash = fc.array(zeroOr(1e9), { maxLength: 240 });

  it('npvUsd(cash, 0) — with no discount the NPV is the plain sum; cumulativeUsd ends at it', () => {
    fc.assert(
      fc.property(cash, (c) => {
        const sum = c.reduce((s, x) => s + x, 0);
        expect(npvUsd(c, 0)).toBe(sum);
        const running = cumulativeUsd(c);
        expect(running).toHaveLength(c.length);
        if (c.length > 0) expect(running[c.length - 1]).toBe(sum);
      }),
      seeded(300),
    );
  });

  it('npvUsd — for non-negative cash a higher discount rate never raises the NPV, and it is at most the sum', () => {
    fc.assert(
      fc.property(positiveCash, ordered(zeroOr(1)), (c, [lo, hi]) => {
        const a = npvUsd(c, lo);
        const b = npvUsd(c, hi);
        expect(b).toBeLessThanOrEqual(a * (1 + 1e-12));
        expect(a).toBeLessThanOrEqual(c.reduce((s, x) => s + x, 0) * (1 + 1e-12));
      }),
      seeded(300),
    );
  });
});
