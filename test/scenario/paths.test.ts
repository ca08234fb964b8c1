import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { networkPath } from '../../src/model/hashrateResponse.ts';
import { fleetCostCurve } from '../../src/model/fleetCurve.ts';
import { scenarioNetworkPath } from '../../src/scenario/paths.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';

const market = { difficultyT: 141, priceUsdPerBtc: 76_176, feesBtcPerBlock: 0, subsidyBtc: 3.125, startBlockHeight: 934_032, difficultyGrowthPerMonth: 0.02, priceDriftPerYear: 0 };
// Two machine classes on two power tiers: breakevens from $10.8 to $72 per PH/s per day, so
// some of the fleet switches off and leaves along a 200-month path.
const curve = fleetCostCurve(
  [{ label: '15 J/TH', joulesPerTerahash: 15, share: 1 }, { label: '25 J/TH', joulesPerTerahash: 25, share: 1 }],
  [{ usdPerKwh: 0.03, share: 1 }, { usdPerKwh: 0.12, share: 1 }],
);

describe('networkPath(lifeMonths)', () => {
  it('is a prefix of the same path over a longer horizon (the cache in scenarioNetworkPath relies on it)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 120 }), fc.double({ min: -0.05, max: 0.1, noNaN: true }), fc.boolean(), (short, extra, growth, respond) => {
        const inputs = { ...market, difficultyGrowthPerMonth: growth, response: respond ? { curve, leaveMonths: 3 } : null };
        const a = networkPath({ ...inputs, lifeMonths: short });
        const b = networkPath({ ...inputs, lifeMonths: short + extra });
        expect(b.slice(0, short)).toEqual(a);
      }),
      { seed: 14, numRuns: 60 },
    );
  });
});

describe('scenarioNetworkPath(s, hashrate, months)', () => {
  it('returns exactly `months` months, and the same months whichever horizon was asked first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000, max: 200_000 }), fc.integer({ min: 1, max: 119 }), fc.integer({ min: 121, max: 400 }), fc.constantFrom('respond', 'trend'), (price, short, long, hashrate) => {
        const s = { ...defaultScenario(), price };
        // The short horizon first (computed exactly: ≤ 120 months), then a long one (computed in
        // whole decades and sliced): the long path's first months are the short path.
        const first = scenarioNetworkPath(s, hashrate, short);
        const longPath = scenarioNetworkPath(s, hashrate, long);
        expect(first).toHaveLength(short);
        expect(longPath).toHaveLength(long);
        expect(longPath.slice(0, short)).toEqual(first);
        // And a horizon in between, sliced from the long run, is the same as the model run for it.
        const mid = Math.floor((short + long) / 2);
        expect(scenarioNetworkPath(s, hashrate, mid)).toEqual(scenarioNetworkPath({ ...s }, hashrate, long).slice(0, mid));
      }),
      { seed: 15, numRuns: 30 },
    );
  });

  it('gives the default scenario’s first trend month at today’s difficulty', () => {
    expect(scenarioNetworkPath({ ...defaultScenario(), hashrate: 'trend' }, 'trend', 195)[0]!.difficultyT).toBeCloseTo(141, 9);
  });
});
