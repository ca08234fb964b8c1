import { describe, expect, it } from 'vitest';
import { daysPerMonth } from '../../src/model/constants.ts';
import { machineDay, type MachineDay, type MachineSpec, type MarketInputs } from '../../src/model/machineEconomics.ts';
import { subsidyBtcAtHeight } from '../../src/model/subsidy.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notFraction, notNonNegative, notOpenFraction, notPositive } from '../helpers/modelErrors.ts';

const s21XpHydro: MachineSpec = { terahashPerSecond: 473, watts: 5_676 }; // S003-018, S003-019
const s19Xp: MachineSpec = { terahashPerSecond: 140, watts: 3_010 };
const s19jPro: MachineSpec = { terahashPerSecond: 100, watts: 3_050 }; // 30.5 J/TH

/** Early Feb 2026 reference market of the capitulation feature (S003-020, S003-021). */
const feb2026: MarketInputs = {
  priceUsdPerBtc: 75_000,
  difficultyT: 141,
  usdPerKwh: 0.06,
  feesBtcPerBlock: 0,
  subsidyBtc: 3.125,
  poolFeeFraction: 0,
  uptimeFraction: 1,
};

// Hand arithmetic for feb2026: 141 · 2^32 = 605,590,388,736.
// BTC per TH/s per day = 86,400 · 3.125 / 605,590,388,736 = 270,000 / 605,590,388,736 ≈ 4.4585e-7.
// Hashprice = 75,000 · that = 20,250,000,000 / 605,590,388,736 ≈ 0.0334385 USD per TH/s per day.
const denominator = 605_590_388_736;
const btcPerTh = 270_000 / denominator;
const hashprice = 20_250_000_000 / denominator;

/** Expected S21 XP Hydro day at feb2026, each field worked out from economics.md by hand. */
const s21Expected: MachineDay = {
  joulesPerTerahash: 12, // 5,676 / 473
  revenueUsdPerDay: 473 * hashprice, // ≈ 15.8164
  powerCostUsdPerDay: 8.173_44, // 5.676 kW · 24 h · 0.06
  costRatio: 8.173_44 / (473 * hashprice), // ≈ 0.5168
  profitUsdPerDay: 473 * hashprice - 8.173_44, // ≈ 7.643
  breakevenUsdPerKwh: hashprice / 0.288, // hashprice / (12 · 0.024) ≈ 0.1161
  breakevenPriceUsdPerBtc: (75_000 * 0.017_28) / hashprice, // price · hashcost / hashprice ≈ 38,757.8
  breakevenHashpriceUsdPerThDay: 0.017_28, // 12 · 0.024 · 0.06
  breakevenDifficultyT: (141 * hashprice) / 0.017_28, // ≈ 272.85
  powerCostUsdPerBtc: 0.017_28 / btcPerTh, // hashcost / BTC per TH ≈ 38,757.8
  btcPerDay: 473 * btcPerTh, // ≈ 2.1089e-4
};

function expectDayClose(actual: MachineDay, expected: MachineDay, relTol: number): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected) as (keyof MachineDay)[]) {
    expectClose(actual[key], expected[key], relTol);
  }
}

describe('machineDay', () => {
  it('machineDay(S21 XP Hydro, $75,000 / 141 T / 6¢) matches every field worked out by hand', () => {
    expectDayClose(machineDay(s21XpHydro, feb2026), s21Expected, 1e-12);
  });

  it('machineDay(S21 XP Hydro, $75,000 / 141 T / 6¢) has a cost ratio of 0.517, the feature\'s "about 52%" (S003-022)', () => {
    const day = machineDay(s21XpHydro, feb2026);
    expectClose(day.costRatio, 0.5168, 1e-3);
    expect(Math.round(day.costRatio * 100)).toBe(52);
    expect(day.powerCostUsdPerDay).toBeCloseTo(8.173_44, 12);
    expectClose(day.revenueUsdPerDay, 15.82, 1e-3);
    expectClose(day.breakevenUsdPerKwh, 0.116, 1e-3);
  });

  it('machineDay(S19 XP, same market) has a cost ratio of 0.926, the low end of the feature\'s 92–100 % (S003-023)', () => {
    // power 3.01 · 24 · 0.06 = 4.3344; revenue 140 · hashprice ≈ 4.6814; 4.3344 / 4.6814 = 0.92589
    const day = machineDay(s19Xp, feb2026);
    expectClose(day.costRatio, 4.3344 / (140 * hashprice), 1e-12);
    expectClose(day.costRatio, 0.926, 1e-3);
    expectClose(day.joulesPerTerahash, 21.5, 1e-15);
    expect(day.profitUsdPerDay).toBeGreaterThan(0);
  });

  it('machineDay reproduces f2pool 2 Feb 2026: S21 XP Hydro revenue at $76,176 and 141 T is 473 · $0.03396', () => {
    // 473 · 76,176 · 270,000 / 605,590,388,736 = 473 · 0.0339627 = 16.0644
    const day = machineDay(s21XpHydro, { ...feb2026, priceUsdPerBtc: 76_176 });
    expectClose(day.revenueUsdPerDay, (473 * 76_176 * 270_000) / denominator, 1e-12);
    expectClose(day.revenueUsdPerDay / 473, 0.034, 2e-3);
  });

  it('machineDay with a 2 % pool fee and 95 % uptime scales revenue and power and grosses the breakevens up by 1 / 0.98', () => {
    const day = machineDay(s21XpHydro, { ...feb2026, poolFeeFraction: 0.02, uptimeFraction: 0.95 });
    expectDayClose(
      day,
      {
        joulesPerTerahash: 12,
        revenueUsdPerDay: 473 * hashprice * 0.95 * 0.98,
        powerCostUsdPerDay: 8.173_44 * 0.95,
        costRatio: 8.173_44 / (473 * hashprice * 0.98), // uptime cancels
        profitUsdPerDay: 473 * hashprice * 0.95 * 0.98 - 8.173_44 * 0.95,
        breakevenUsdPerKwh: (hashprice * 0.98) / 0.288,
        breakevenPriceUsdPerBtc: (75_000 * 0.017_28) / (hashprice * 0.98),
        breakevenHashpriceUsdPerThDay: 0.017_28 / 0.98,
        breakevenDifficultyT: (141 * hashprice * 0.98) / 0.017_28,
        powerCostUsdPerBtc: 0.017_28 / (btcPerTh * 0.98),
        btcPerDay: 473 * btcPerTh * 0.95 * 0.98,
      },
      1e-12,
    );
  });

  it('machineDay breakevens do not depend on uptime (it scales revenue and power alike)', () => {
    const full = machineDay(s19Xp, feb2026);
    const half = machineDay(s19Xp, { ...feb2026, uptimeFraction: 0.5 });
    for (const key of ['breakevenUsdPerKwh', 'breakevenPriceUsdPerBtc', 'breakevenHashpriceUsdPerThDay', 'breakevenDifficultyT', 'powerCostUsdPerBtc', 'costRatio'] as const) {
      expectClose(half[key], full[key], 1e-12);
    }
  });

  it('machineDay breakevenPriceUsdPerBtc equals powerCostUsdPerBtc: the price at which a BTC costs what it sells for', () => {
    const day = machineDay(s21XpHydro, { ...feb2026, poolFeeFraction: 0.025, feesBtcPerBlock: 0.03 });
    expectClose(day.breakevenPriceUsdPerBtc, day.powerCostUsdPerBtc, 1e-12);
  });

  it('machineDay(S19j Pro, $0.06 hashprice, $60/MWh) leaves $0.01608 per TH/s per day: a 15-month payback values it at just over $7/TH (S001-096..099)', () => {
    // Pick the price that gives a $0.06 hashprice at 35.4 T and 6.25 BTC: P · 86,400 · 6.25 / (35.4 · 2^32) = 0.06
    // → P = 0.06 · 35.4 · 4,294,967,296 / 540,000 = 16,893.538…
    const market: MarketInputs = { ...feb2026, difficultyT: 35.4, subsidyBtc: 6.25, priceUsdPerBtc: (0.06 * 35.4 * 4_294_967_296) / 540_000 };
    const day = machineDay(s19jPro, market);
    expectClose(day.revenueUsdPerDay / 100, 0.06, 1e-12);
    expectClose(day.powerCostUsdPerDay / 100, 0.043_92, 1e-12); // 30.5 · 24 · 0.06 / 1000
    expectClose(day.profitUsdPerDay / 100, 0.016_08, 1e-10); // 0.06 − 0.04392
    expectClose(day.breakevenUsdPerKwh, 0.06 / 0.732, 1e-12); // $82/MWh
    // Payback fair value per TH: 0.01608 · 15 months · 30.4375 days = 7.3416… → "just over $7/TH".
    const fmvPerTh = (day.profitUsdPerDay / 100) * 15 * daysPerMonth;
    expectClose(fmvPerTh, 0.016_08 * 15 * 30.4375, 1e-10);
    expect(fmvPerTh).toBeGreaterThan(7);
    expect(fmvPerTh).toBeLessThan(7.5);
  });

  it('machineDay accepts the subsidy of a block height (935,000 → 3.125 BTC) and gives the same day', () => {
    expectDayClose(machineDay(s21XpHydro, { ...feb2026, subsidyBtc: subsidyBtcAtHeight(935_000) }), s21Expected, 1e-12);
  });

  it('machineDay with free power: zero power cost, breakevenDifficultyT Infinity (documented), other fields finite', () => {
    const day = machineDay(s21XpHydro, { ...feb2026, usdPerKwh: 0 });
    expect(day.powerCostUsdPerDay).toBe(0);
    expect(day.costRatio).toBe(0);
    expect(day.breakevenHashpriceUsdPerThDay).toBe(0);
    expect(day.breakevenPriceUsdPerBtc).toBe(0);
    expect(day.powerCostUsdPerBtc).toBe(0);
    expect(day.breakevenDifficultyT).toBe(Infinity);
    expectClose(day.profitUsdPerDay, 473 * hashprice, 1e-12);
  });

  it('machineDay at uptime 0 earns and spends nothing: zeros everywhere a day is counted, breakevens unchanged, no NaN', () => {
    // Doubtful but documented (margin.ts): 0 / 0 cost ratio and cost per BTC are reported as 0, not as the uptime-free limit.
    const day = machineDay(s21XpHydro, { ...feb2026, uptimeFraction: 0 });
    expect(day.revenueUsdPerDay).toBe(0);
    expect(day.powerCostUsdPerDay).toBe(0);
    expect(day.profitUsdPerDay).toBe(0);
    expect(day.btcPerDay).toBe(0);
    expect(day.costRatio).toBe(0);
    expect(day.powerCostUsdPerBtc).toBe(0);
    expectClose(day.breakevenUsdPerKwh, s21Expected.breakevenUsdPerKwh, 1e-12);
    expectClose(day.breakevenDifficultyT, s21Expected.breakevenDifficultyT, 1e-12);
    for (const value of Object.values(day)) expect(Number.isNaN(value)).toBe(false);
  });

  // BUG/doubtful (reported): with no block reward at all (subsidy 0 — what subsidyBtcAtHeight returns from height
  // 6,930,000 — and no fees) the net hashprice is 0 and breakevenPriceUsdPerBtc's requirePositive throws
  // "invalid hashpriceUsdPerThDay: 0", naming an intermediate the caller never passed. The other breakevens accept a
  // zero hashprice, and breakeven.ts promises Infinity "where no finite value breaks even".
  it('machineDay with zero subsidy and zero fees returns a day (revenue 0, breakeven price Infinity) instead of throwing', () => {
    const day = machineDay(s21XpHydro, { ...feb2026, subsidyBtc: 0, feesBtcPerBlock: 0 });
    expect(day.revenueUsdPerDay).toBe(0);
    expect(day.breakevenPriceUsdPerBtc).toBe(Infinity);
  });

  it('machineDay does not mutate the machine or the market', () => {
    const machine = { ...s21XpHydro };
    const market = { ...feb2026, poolFeeFraction: 0.02, uptimeFraction: 0.9 };
    const machineBefore = structuredClone(machine);
    const marketBefore = structuredClone(market);
    machineDay(machine, market);
    expect(machine).toEqual(machineBefore);
    expect(market).toEqual(marketBefore);
  });

  describe('input validation', () => {
    it.each(notPositive)('machineDay rejects machine.terahashPerSecond = %s with a ModelInputError naming terahashPerSecond', (bad) => {
      expectModelInputError(() => machineDay({ ...s21XpHydro, terahashPerSecond: bad }, feb2026), 'terahashPerSecond', bad);
    });

    it.each(notPositive)('machineDay rejects machine.watts = %s with a ModelInputError naming watts', (bad) => {
      expectModelInputError(() => machineDay({ ...s21XpHydro, watts: bad }, feb2026), 'watts', bad);
    });

    it.each(notPositive)('machineDay rejects market.priceUsdPerBtc = %s with a ModelInputError naming priceUsdPerBtc', (bad) => {
      expectModelInputError(() => machineDay(s21XpHydro, { ...feb2026, priceUsdPerBtc: bad }), 'priceUsdPerBtc', bad);
    });

    it.each(notPositive)('machineDay rejects market.difficultyT = %s with a ModelInputError naming difficultyT', (bad) => {
      expectModelInputError(() => machineDay(s21XpHydro, { ...feb2026, difficultyT: bad }), 'difficultyT', bad);
    });

    it.each(notNonNegative)('machineDay rejects market.usdPerKwh = %s with a ModelInputError naming usdPerKwh', (bad) => {
      expectModelInputError(() => machineDay(s21XpHydro, { ...feb2026, usdPerKwh: bad }), 'usdPerKwh', bad);
    });

    it.each(notNonNegative)('machineDay rejects market.subsidyBtc = %s with a ModelInputError naming subsidyBtc', (bad) => {
      expectModelInputError(() => machineDay(s21XpHydro, { ...feb2026, subsidyBtc: bad }), 'subsidyBtc', bad);
    });

    it.each(notNonNegative)('machineDay rejects market.feesBtcPerBlock = %s with a ModelInputError naming feesBtcPerBlock', (bad) => {
      expectModelInputError(() => machineDay(s21XpHydro, { ...feb2026, feesBtcPerBlock: bad }), 'feesBtcPerBlock', bad);
    });

    it.each(notOpenFraction)('machineDay rejects market.poolFeeFraction = %s with a ModelInputError naming poolFeeFraction', (bad) => {
      expectModelInputError(() => machineDay(s21XpHydro, { ...feb2026, poolFeeFraction: bad }), 'poolFeeFraction', bad);
    });

    it.each(notFraction)('machineDay rejects market.uptimeFraction = %s with a ModelInputError naming uptimeFraction', (bad) => {
      expectModelInputError(() => machineDay(s21XpHydro, { ...feb2026, uptimeFraction: bad }), 'uptimeFraction', bad);
    });
  });
});
