import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { difficultyTFromHashrate, networkHashrateEhPerSecond } from '../../src/model/difficulty.ts';
import { ModelInputError } from '../../src/model/errors.ts';
import { hashpriceUsdPerThDay, netOfPoolFee, priceUsdPerBtcForHashprice } from '../../src/model/hashprice.ts';
import { joulesPerTerahashAtCostRatio } from '../../src/model/breakeven.ts';
import { growthPerMonthFromGrowthPerYear, growthPerYearFromGrowthPerMonth } from '../../src/model/compounding.ts';
import { hashesPerJouleGainFraction, joulesPerTerahashAfterCut, joulesPerTerahashAfterHashesPerJouleGain, joulesPerTerahashBeforeCut } from '../../src/model/efficiencyLever.ts';
import { machineDay, type MachineDay, type MachineSpec, type MarketInputs } from '../../src/model/machineEconomics.ts';
import { powerCostUsdPerDay } from '../../src/model/powerCost.ts';
import { revenueUsdPerDay } from '../../src/model/revenue.ts';
import { nextHalvingHeight, subsidyBtcAtHeight, subsidyChoicesBtc } from '../../src/model/subsidy.ts';
import { expectClose } from '../helpers/close.ts';

// Reproducible: one seed for every property in this file; modest run counts keep the suite to about a second.
fc.configureGlobal({ seed: 42, numRuns: 300 });

const price = fc.double({ min: 1_000, max: 1_000_000, noNaN: true });
const difficultyT = fc.double({ min: 1, max: 2_000, noNaN: true });
// Power is either free or at least $0.001/MWh: below that (subnormal $/kWh) D · hashprice / hashcost overflows, and
// breakevenDifficultyT is Infinity although power is not exactly free — see the subnormal test at the end.
const usdPerKwh = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 0.5, noNaN: true }));
const anyUsdPerKwh = fc.double({ min: 0, max: 0.5, noNaN: true });
const paidPower = fc.double({ min: 1e-4, max: 0.5, noNaN: true });
const terahashPerSecond = fc.double({ min: 1, max: 1_000, noNaN: true });
const watts = fc.double({ min: 100, max: 10_000, noNaN: true });
const poolFeeFraction = fc.double({ min: 0, max: 0.1, noNaN: true });
const uptimeFraction = fc.double({ min: 0.01, max: 1, noNaN: true });
const feesBtcPerBlock = fc.double({ min: 0, max: 5, noNaN: true });
const subsidyBtc = fc.constantFrom(...subsidyChoicesBtc);

const machine: fc.Arbitrary<MachineSpec> = fc.record({ terahashPerSecond, watts });
const market: fc.Arbitrary<MarketInputs> = fc.record({
  priceUsdPerBtc: price,
  difficultyT,
  usdPerKwh,
  feesBtcPerBlock,
  subsidyBtc,
  poolFeeFraction,
  uptimeFraction,
});
const paidMarket: fc.Arbitrary<MarketInputs> = market.chain((m) => paidPower.map((kwh) => ({ ...m, usdPerKwh: kwh })));

/** Two draws of the same arbitrary, smaller first. */
function ordered(arbitrary: fc.Arbitrary<number>): fc.Arbitrary<[number, number]> {
  return fc.tuple(arbitrary, arbitrary).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
}

/** |profit| small against the day's money flows: "breaks even" up to rounding. */
function expectBreaksEven(day: MachineDay): void {
  const scale = Math.max(day.revenueUsdPerDay, day.powerCostUsdPerDay);
  expect(scale).toBeGreaterThan(0);
  expect(Math.abs(day.profitUsdPerDay) / scale).toBeLessThanOrEqual(1e-9);
}

describe('monotonicity', () => {
  it('hashpriceUsdPerThDay rises (weakly) with price', () => {
    fc.assert(
      fc.property(ordered(price), difficultyT, subsidyBtc, feesBtcPerBlock, ([lo, hi], d, s, f) => {
        const reward = { difficultyT: d, subsidyBtc: s, feesBtcPerBlock: f };
        expect(hashpriceUsdPerThDay({ ...reward, priceUsdPerBtc: lo })).toBeLessThanOrEqual(hashpriceUsdPerThDay({ ...reward, priceUsdPerBtc: hi }));
      }),
    );
  });

  it('hashpriceUsdPerThDay falls (weakly) with difficulty', () => {
    fc.assert(
      fc.property(price, ordered(difficultyT), subsidyBtc, feesBtcPerBlock, (p, [lo, hi], s, f) => {
        const inputs = { priceUsdPerBtc: p, subsidyBtc: s, feesBtcPerBlock: f };
        expect(hashpriceUsdPerThDay({ ...inputs, difficultyT: lo })).toBeGreaterThanOrEqual(hashpriceUsdPerThDay({ ...inputs, difficultyT: hi }));
      }),
    );
  });

  it('machineDay revenue rises (weakly) with price and falls (weakly) with difficulty', () => {
    fc.assert(
      fc.property(machine, market, ordered(price), ordered(difficultyT), (m, mk, [pLo, pHi], [dLo, dHi]) => {
        expect(machineDay(m, { ...mk, priceUsdPerBtc: pLo }).revenueUsdPerDay).toBeLessThanOrEqual(machineDay(m, { ...mk, priceUsdPerBtc: pHi }).revenueUsdPerDay);
        expect(machineDay(m, { ...mk, difficultyT: dLo }).revenueUsdPerDay).toBeGreaterThanOrEqual(machineDay(m, { ...mk, difficultyT: dHi }).revenueUsdPerDay);
      }),
    );
  });

  it('machineDay profit falls (weakly) with difficulty', () => {
    fc.assert(
      fc.property(machine, market, ordered(difficultyT), (m, mk, [lo, hi]) => {
        expect(machineDay(m, { ...mk, difficultyT: lo }).profitUsdPerDay).toBeGreaterThanOrEqual(machineDay(m, { ...mk, difficultyT: hi }).profitUsdPerDay);
      }),
    );
  });

  it('machineDay profit falls (weakly) with the power price', () => {
    fc.assert(
      fc.property(machine, market, ordered(usdPerKwh), (m, mk, [lo, hi]) => {
        expect(machineDay(m, { ...mk, usdPerKwh: lo }).profitUsdPerDay).toBeGreaterThanOrEqual(machineDay(m, { ...mk, usdPerKwh: hi }).profitUsdPerDay);
      }),
    );
  });
});

describe('breakevens invert their formulas', () => {
  it('machineDay at its own breakevenUsdPerKwh makes ~0 profit', () => {
    fc.assert(
      fc.property(machine, market, (m, mk) => {
        const { breakevenUsdPerKwh } = machineDay(m, mk);
        expectBreaksEven(machineDay(m, { ...mk, usdPerKwh: breakevenUsdPerKwh }));
      }),
    );
  });

  it('machineDay at its own breakevenPriceUsdPerBtc makes ~0 profit (power not free)', () => {
    fc.assert(
      fc.property(machine, paidMarket, (m, mk) => {
        const { breakevenPriceUsdPerBtc } = machineDay(m, mk);
        expectBreaksEven(machineDay(m, { ...mk, priceUsdPerBtc: breakevenPriceUsdPerBtc }));
      }),
    );
  });

  it('machineDay at its own breakevenDifficultyT makes ~0 profit (power not free)', () => {
    fc.assert(
      fc.property(machine, paidMarket, (m, mk) => {
        const { breakevenDifficultyT } = machineDay(m, mk);
        expect(Number.isFinite(breakevenDifficultyT)).toBe(true);
        expectBreaksEven(machineDay(m, { ...mk, difficultyT: breakevenDifficultyT }));
      }),
    );
  });

  it('machineDay breakevenHashpriceUsdPerThDay equals hashcost / (1 − pool fee), and revenue at that gross hashprice pays the power', () => {
    fc.assert(
      fc.property(machine, market, (m, mk) => {
        const day = machineDay(m, mk);
        // hashcost = J/TH · 24 h · $/kWh / 1000, written out from economics.md
        const hashcost = ((m.watts / m.terahashPerSecond) * 24 * mk.usdPerKwh) / 1000;
        expectClose(day.breakevenHashpriceUsdPerThDay, hashcost / (1 - mk.poolFeeFraction), 1e-12, 1e-300);
        const revenue = revenueUsdPerDay({
          terahashPerSecond: m.terahashPerSecond,
          hashpriceUsdPerThDay: day.breakevenHashpriceUsdPerThDay,
          uptimeFraction: mk.uptimeFraction,
          poolFeeFraction: mk.poolFeeFraction,
        });
        const power = powerCostUsdPerDay({ watts: m.watts, usdPerKwh: mk.usdPerKwh, uptimeFraction: mk.uptimeFraction });
        expectClose(revenue, power, 1e-12, 1e-300);
      }),
    );
  });

  it('machineDay breakevenPriceUsdPerBtc equals powerCostUsdPerBtc (both are power cost over BTC mined)', () => {
    fc.assert(
      fc.property(machine, market, (m, mk) => {
        const day = machineDay(m, mk);
        expectClose(day.breakevenPriceUsdPerBtc, day.powerCostUsdPerBtc, 1e-12, 1e-300);
      }),
    );
  });
});

describe('round trips and identities', () => {
  it('difficultyTFromHashrate(networkHashrateEhPerSecond(d)) ≈ d', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (d) => {
        expectClose(difficultyTFromHashrate(networkHashrateEhPerSecond(d)), d, 1e-14);
      }),
    );
  });

  it('networkHashrateEhPerSecond(difficultyTFromHashrate(eh)) ≈ eh', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e5, noNaN: true }), (eh) => {
        expectClose(networkHashrateEhPerSecond(difficultyTFromHashrate(eh)), eh, 1e-14);
      }),
    );
  });

  it('machineDay costRatio · revenue = power cost', () => {
    fc.assert(
      fc.property(machine, market, (m, mk) => {
        const day = machineDay(m, mk);
        expectClose(day.costRatio * day.revenueUsdPerDay, day.powerCostUsdPerDay, 1e-12, 1e-300);
      }),
    );
  });

  it('subsidyBtcAtHeight is constant from a height up to nextHalvingHeight − 1, then halves (in whole satoshis)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7_500_000 }), (height) => {
        const next = nextHalvingHeight(height);
        expect(next).toBeGreaterThan(height);
        expect(next - height).toBeLessThanOrEqual(210_000);
        expect(next % 210_000).toBe(0);
        const subsidy = subsidyBtcAtHeight(height);
        expect(subsidyBtcAtHeight(next - 1)).toBe(subsidy);
        // 50 BTC = 5,000,000,000 sats, shifted right once per halving (integer division).
        const sats = Math.round(subsidy * 1e8);
        expect(Math.round(subsidyBtcAtHeight(next) * 1e8)).toBe(Math.floor(sats / 2));
        expect(sats).toBe(Math.floor(5_000_000_000 / 2 ** Math.floor(height / 210_000)));
      }),
    );
  });
});

describe('inverses', () => {
  it('joulesPerTerahashAtCostRatio inverts a machine’s cost ratio: at machineDay’s costRatio and net hashprice it gives back the machine’s J/TH', () => {
    fc.assert(
      fc.property(machine, paidMarket, (m, mk) => {
        const day = machineDay(m, mk);
        const netHashprice = netOfPoolFee(hashpriceUsdPerThDay(mk), mk.poolFeeFraction);
        const joules = joulesPerTerahashAtCostRatio({ costRatio: day.costRatio, hashpriceUsdPerThDay: netHashprice, usdPerKwh: mk.usdPerKwh });
        expectClose(joules, day.joulesPerTerahash, 1e-9);
      }),
    );
  });

  it('priceUsdPerBtcForHashprice inverts hashpriceUsdPerThDay in the price', () => {
    fc.assert(
      fc.property(price, difficultyT, subsidyBtc, feesBtcPerBlock, (p, d, s, f) => {
        const reward = { difficultyT: d, subsidyBtc: s, feesBtcPerBlock: f };
        expectClose(priceUsdPerBtcForHashprice({ ...reward, hashpriceUsdPerThDay: hashpriceUsdPerThDay({ ...reward, priceUsdPerBtc: p }) }), p, 1e-12);
      }),
    );
  });

  it('growthPerMonthFromGrowthPerYear inverts growthPerYearFromGrowthPerMonth', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 1, noNaN: true }), (g) => {
        expectClose(growthPerMonthFromGrowthPerYear(growthPerYearFromGrowthPerMonth(g)), g, 1e-9, 1e-12);
      }),
    );
  });

  it('joulesPerTerahashBeforeCut inverts joulesPerTerahashAfterCut, and hashesPerJouleGainFraction inverts joulesPerTerahashAfterHashesPerJouleGain', () => {
    const joules = fc.double({ min: 1, max: 200, noNaN: true });
    fc.assert(
      fc.property(joules, fc.double({ min: 0, max: 0.9, noNaN: true }), (j, cut) => {
        expectClose(joulesPerTerahashBeforeCut({ joulesPerTerahash: joulesPerTerahashAfterCut({ joulesPerTerahash: j, reductionFraction: cut }), reductionFraction: cut }), j, 1e-12);
      }),
    );
    fc.assert(
      fc.property(joules, fc.double({ min: 0, max: 5, noNaN: true }), (j, gain) => {
        const after = joulesPerTerahashAfterHashesPerJouleGain({ joulesPerTerahash: j, gainFraction: gain });
        expectClose(hashesPerJouleGainFraction({ fromJoulesPerTerahash: j, toJoulesPerTerahash: after }), gain, 1e-9, 1e-12);
      }),
    );
  });
});

describe('well-defined outputs', () => {
  const documentedInfinity = (key: keyof MachineDay, mk: MarketInputs): boolean =>
    // breakeven.ts: breakevenDifficultyT is Infinity with free power. (costRatio and powerCostUsdPerBtc can only be
    // Infinity with zero revenue, which these ranges exclude.)
    key === 'breakevenDifficultyT' && mk.usdPerKwh === 0;

  it('machineDay returns no NaN in any field, and Infinity only where documented', () => {
    fc.assert(
      fc.property(machine, market, (m, mk) => {
        const day = machineDay(m, mk);
        for (const key of Object.keys(day) as (keyof MachineDay)[]) {
          const value = day[key];
          expect(Number.isNaN(value), `${key} is NaN`).toBe(false);
          if (!Number.isFinite(value)) expect(documentedInfinity(key, mk), `${key} is ${value}`).toBe(true);
        }
      }),
    );
  });

  it('machineDay returns no NaN even at the ends of the ranges (uptime 0, free power, pool fee near 1)', () => {
    const edgyMarket = fc.record({
      priceUsdPerBtc: price,
      difficultyT,
      usdPerKwh: anyUsdPerKwh,
      feesBtcPerBlock: fc.oneof(fc.constant(0), feesBtcPerBlock),
      subsidyBtc,
      poolFeeFraction: fc.oneof(fc.constant(0), fc.constant(0.999_999), poolFeeFraction),
      uptimeFraction: fc.oneof(fc.constant(0), fc.constant(1), uptimeFraction),
    });
    fc.assert(
      fc.property(machine, edgyMarket, (m, mk) => {
        for (const value of Object.values(machineDay(m, mk))) expect(Number.isNaN(value)).toBe(false);
      }),
    );
  });

  it('machineDay costRatio < 1 exactly when profit > 0', () => {
    fc.assert(
      fc.property(machine, market, (m, mk) => {
        const day = machineDay(m, mk);
        expect(day.costRatio < 1).toBe(day.profitUsdPerDay > 0);
      }),
    );
  });

  it('machineDay costRatio < 1 exactly when profit > 0, right at the breakeven power price', () => {
    const nearOne = fc.oneof(fc.constant(1), fc.double({ min: 1 - 1e-9, max: 1 + 1e-9, noNaN: true }));
    fc.assert(
      fc.property(machine, market, nearOne, (m, mk, factor) => {
        const atBreakeven = { ...mk, usdPerKwh: machineDay(m, mk).breakevenUsdPerKwh * factor };
        const day = machineDay(m, atBreakeven);
        expect(day.costRatio < 1).toBe(day.profitUsdPerDay > 0);
      }),
    );
  });

  it('machineDay with a subnormal power price (5e-324 $/kWh) gives breakevenDifficultyT = Infinity by overflow, not NaN', () => {
    // 1 · hashprice / (100 W/TH · 0.024 · 5e-324) > Number.MAX_VALUE: effectively free power.
    const day = machineDay(
      { terahashPerSecond: 1, watts: 100 },
      { priceUsdPerBtc: 1_000, difficultyT: 1, usdPerKwh: 5e-324, feesBtcPerBlock: 0, subsidyBtc: 6.25, poolFeeFraction: 0, uptimeFraction: 0.01 },
    );
    expect(day.breakevenDifficultyT).toBe(Infinity);
    for (const value of Object.values(day)) expect(Number.isNaN(value)).toBe(false);
  });

  it('machineDay rejects any negative power price with a ModelInputError', () => {
    fc.assert(
      fc.property(machine, market, fc.double({ max: -Number.MIN_VALUE, noNaN: true }), (m, mk, bad) => {
        expect(() => machineDay(m, { ...mk, usdPerKwh: bad })).toThrow(ModelInputError);
      }),
    );
  });
});
