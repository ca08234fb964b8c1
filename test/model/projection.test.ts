import { describe, expect, it } from 'vitest';
import { ModelInputError } from '../../src/model/errors.ts';
import type { MachineSpec, MarketInputs } from '../../src/model/machineEconomics.ts';
import { projectMachine, undiscountedProfitUsd, type ProjectionInputs } from '../../src/model/projection.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notFraction, notNonNegative, notOpenFraction, notPositive } from '../helpers/modelErrors.ts';

// economics.md, written out: USD per TH/s per day = price · 86,400 · 10^12 · (subsidy + fees) / (D · 10^12 · 2^32)
//                                                = price · 86,400 · (subsidy + fees) / (D_T · 2^32).
// A projection month is 30.4375 days = 30.4375 × 144 = 4,383 blocks; profit per month =
// (TH · hashprice · uptime · (1 − pool fee) − W · 0.024 · $/kWh · uptime) × 30.4375; discounted at (1 + r)^(−(m+1)/12).
const hashpriceByHand = (price: number, difficultyT: number, subsidyBtc: number, feesBtc = 0): number =>
  (price * 86_400 * (subsidyBtc + feesBtc)) / (difficultyT * 2 ** 32);

/** S21 XP Hydro: 473 TH/s at 5,676 W (12 J/TH). */
const hydro: MachineSpec = { terahashPerSecond: 473, watts: 5_676 };
/** A 30.5 J/TH machine (S19j Pro class) scaled to 100 TH/s. */
const s19jClass: MachineSpec = { terahashPerSecond: 100, watts: 3_050 };
/** The default market of early February 2026 (f2pool price, 141 T, 6¢ power, 3.125 BTC, no fees, no pool fee, full uptime). */
const market: MarketInputs = { priceUsdPerBtc: 76_176, difficultyT: 141, usdPerKwh: 0.06, feesBtcPerBlock: 0, subsidyBtc: 3.125, poolFeeFraction: 0, uptimeFraction: 1 };

// The S21 XP Hydro at the default market, per day: revenue 473 × 76,176 × 86,400 × 3.125 / (141 × 2^32) ≈ $16.064,
// power 5,676 × 0.024 × 0.06 = $8.17344.
const hydroRevenuePerDay = 473 * hashpriceByHand(76_176, 141, 3.125);
const hydroPowerPerDay = 5_676 * 0.024 * 0.06;

/** A flat one-epoch scenario (2 Feb 2026 height, no growth, drift, discount or resale) with overrides. */
function scenario(overrides: Partial<ProjectionInputs> = {}): ProjectionInputs {
  return {
    machine: hydro,
    market,
    startBlockHeight: 934_032,
    lifeMonths: 1,
    difficultyGrowthPerMonth: 0,
    priceDriftPerYear: 0,
    discountRatePerYear: 0,
    resaleUsd: 0,
    ...overrides,
  };
}

describe('projectMachine: one month by hand', () => {
  it.each([
    {
      args: { machine: hydro, market, startBlockHeight: 900_000 },
      // (473 × 76,176 × 86,400 × 3.125 / (141 × 2^32) − 5,676 × 0.024 × 0.06) × 30.4375 = (16.0644 − 8.17344) × 30.4375 ≈ $240.18
      expected: (473 * hashpriceByHand(76_176, 141, 3.125) - 5_676 * 0.024 * 0.06) * 30.437_5,
      tol: 1e-12,
      note: 'S21 XP Hydro at the default market: ≈ $240.18',
    },
    {
      args: { machine: hydro, market: { ...market, feesBtcPerBlock: 0.05, poolFeeFraction: 0.02, uptimeFraction: 0.95 }, startBlockHeight: 900_000 },
      // (473 × hashprice(3.125 + 0.05) × 0.95 × 0.98 − 5,676 × 0.024 × 0.06 × 0.95) × 30.4375
      expected: (473 * hashpriceByHand(76_176, 141, 3.125, 0.05) * 0.95 * 0.98 - 5_676 * 0.024 * 0.06 * 0.95) * 30.437_5,
      tol: 1e-12,
      note: 'with fees 0.05 BTC, a 2 % pool fee and 95 % uptime',
    },
    {
      args: {
        machine: s19jClass,
        market: { ...market, priceUsdPerBtc: 16_500, difficultyT: 35.4, subsidyBtc: 6.25 },
        startBlockHeight: 750_000,
      },
      // end-2022: 16,500 × 86,400 × 6.25 / (35.4 × 2^32) ≈ $0.0586/TH/day (the report's "$0.06");
      // (100 × 0.0586 − 3,050 × 0.024 × 0.06) × 30.4375 = (5.860 − 4.392) × 30.4375 ≈ $44.7
      expected: (100 * hashpriceByHand(16_500, 35.4, 6.25) - 3_050 * 0.024 * 0.06) * 30.437_5,
      tol: 1e-12,
      note: 'a 30.5 J/TH machine at end-2022 (6.25 BTC epoch, 35.4 T, $16,500)',
    },
    {
      args: { machine: s19jClass, market, startBlockHeight: 900_000 },
      // (100 × 76,176 × 86,400 × 3.125 / (141 × 2^32) − 3,050 × 0.024 × 0.06) × 30.4375 = (3.3963 − 4.392) × 30.4375 ≈ −$30.31
      expected: (100 * hashpriceByHand(76_176, 141, 3.125) - 3_050 * 0.024 * 0.06) * 30.437_5,
      tol: 1e-12,
      note: 'a 30.5 J/TH machine at the 2026 market loses ≈ $30 a month',
    },
    {
      args: { machine: hydro, market: { ...market, usdPerKwh: 0 }, startBlockHeight: 900_000 },
      expected: 473 * hashpriceByHand(76_176, 141, 3.125) * 30.437_5,
      tol: 1e-12,
      note: 'free power: profit is the month’s revenue',
    },
  ])('projectMachine 1 month, flat ($note): profit and both values are $expected', ({ args, expected, tol }) => {
    const p = projectMachine(scenario(args));
    expect(p.months).toHaveLength(1);
    const [month] = p.months;
    expectClose(month!.profitUsd, expected, tol);
    // Discount 0: the factor (1 + 0)^(−1/12) is exactly 1, so the run value is the profit and curtail floors it at 0.
    expect(month!.discountFactor).toBe(1);
    expectClose(p.valueRunUsd, expected, tol);
    expectClose(p.valueCurtailUsd, Math.max(0, expected), tol);
    expect(p.underwaterMonth).toBe(expected < 0 ? 0 : null);
    expect(p.halvingMonth).toBeNull();
  });

  it('projectMachine month 0 carries today’s difficulty, price, subsidy, hashprice and sats per TH/s per day', () => {
    const p = projectMachine(scenario());
    const [month] = p.months;
    expect(month!.month).toBe(0);
    expect(month!.difficultyT).toBe(141);
    expect(month!.priceUsdPerBtc).toBe(76_176);
    expect(month!.subsidyBtc).toBe(3.125);
    // 76,176 × 86,400 × 3.125 / (141 × 2^32) = 20,567,520,000 / 605,590,388,736 ≈ $0.03396/TH/day
    expectClose(month!.hashpriceUsdPerThDay, 20_567_520_000 / 605_590_388_736, 1e-12);
    // 10^8 × 86,400 × 3.125 / (141 × 2^32) = 27,000,000,000,000 / 605,590,388,736 ≈ 44.58 sats
    expectClose(month!.satsPerThPerDay, 27_000_000_000_000 / 605_590_388_736, 1e-12);
    expectClose(p.satsPerThEnd, 27_000_000_000_000 / 605_590_388_736, 1e-12);
  });
});

describe('projectMachine: growth, drift and discount by hand', () => {
  it('projectMachine with 10 % difficulty growth: month 1 runs at 1.1 × 141 = 155.1 T and earns 1/1.1 of the revenue', () => {
    const p = projectMachine(scenario({ lifeMonths: 2, difficultyGrowthPerMonth: 0.1 }));
    expect(p.months[0]!.difficultyT).toBe(141);
    expectClose(p.months[1]!.difficultyT, 155.1, 1e-15);
    // month 0: (16.0644 − 8.17344) × 30.4375; month 1: (473 × 76,176 × 86,400 × 3.125 / (155.1 × 2^32) − 8.17344) × 30.4375
    const profit0 = (473 * hashpriceByHand(76_176, 141, 3.125) - 5_676 * 0.024 * 0.06) * 30.437_5;
    const profit1 = (473 * hashpriceByHand(76_176, 155.1, 3.125) - 5_676 * 0.024 * 0.06) * 30.437_5;
    expectClose(p.months[0]!.profitUsd, profit0, 1e-12);
    expectClose(p.months[1]!.profitUsd, profit1, 1e-12);
    expectClose(p.valueRunUsd, profit0 + profit1, 1e-12);
    expectClose(p.valueCurtailUsd, profit0 + profit1, 1e-12);
  });

  it('projectMachine with +21 % a year price drift: month 6 at 76,176 × 1.21^0.5 = 83,793.6, month 12 at × 1.21', () => {
    const p = projectMachine(scenario({ lifeMonths: 13, priceDriftPerYear: 0.21 }));
    expect(p.months[0]!.priceUsdPerBtc).toBe(76_176);
    expectClose(p.months[6]!.priceUsdPerBtc, 76_176 * 1.1, 1e-14);
    expectClose(p.months[12]!.priceUsdPerBtc, 76_176 * 1.21, 1e-14);
    // hashprice follows the price one for one
    expectClose(p.months[12]!.hashpriceUsdPerThDay, hashpriceByHand(76_176 * 1.21, 141, 3.125), 1e-12);
  });

  it('projectMachine with a 12 % a year discount over 12 months: month m is discounted by 1.12^(−(m+1)/12), month 11 by 1/1.12', () => {
    const p = projectMachine(scenario({ lifeMonths: 12, discountRatePerYear: 0.12 }));
    expectClose(p.months[0]!.discountFactor, 1.12 ** (-1 / 12), 1e-14);
    expectClose(p.months[5]!.discountFactor, 1 / Math.sqrt(1.12), 1e-14);
    expectClose(p.months[11]!.discountFactor, 1 / 1.12, 1e-14);
    // 12 equal profits (934,032 + 12 × 4,383 = 986,628 < 1,050,000: one epoch), discounted by v^1 … v^12 with v = 1.12^(−1/12):
    // Σ = v (1 − v^12) / (1 − v) = v (1 − 1/1.12) / (1 − v) = 0.99060 × 0.107143 / 0.0093995 ≈ 11.29
    const profit = (hydroRevenuePerDay - hydroPowerPerDay) * 30.437_5;
    const v = 1.12 ** (-1 / 12);
    const annuity = (v * (1 - 1 / 1.12)) / (1 - v);
    expectClose(annuity, 11.29, 1e-3);
    expectClose(p.valueRunUsd, profit * annuity, 1e-12);
    expectClose(p.valueCurtailUsd, profit * annuity, 1e-12);
  });
});

describe('projectMachine: the halving', () => {
  // 1,050,000 is the next halving after every start height below it; a month covers [start + 4,383 m, start + 4,383 (m+1)).
  it.each([
    {
      start: 1_050_000 - 30 * 144, // 1,045,680: month 0 = [1,045,680, 1,050,063)
      halvingMonth: 0,
      // 4,320 blocks at 3.125 + 63 at 1.5625 = 13,500 + 98.4375 = 13,598.4375; / 4,383 ≈ 3.1025
      subsidies: [13_598.437_5 / 4_383, 1.5625],
      note: '30 days of blocks before it: the halving falls in month 0',
    },
    {
      start: 1_050_000 - 31 * 144, // 1,045,536: month 1 = [1,049,919, 1,054,302)
      halvingMonth: 1,
      // month 1: 81 blocks at 3.125 + 4,302 at 1.5625 = 253.125 + 6,721.875 = 6,975; / 4,383 ≈ 1.5914
      subsidies: [3.125, 6_975 / 4_383],
      note: '31 days before it: month 1, paying just above 1.5625',
    },
    {
      start: 1_050_000 - 4_383, // 1,045,617: month 0 ends exactly at 1,050,000
      halvingMonth: 1,
      subsidies: [3.125, 1.5625],
      note: 'exactly one month before it: month 1 starts on the halving block',
    },
    {
      start: 1_049_999,
      halvingMonth: 0,
      // 1 block at 3.125 + 4,382 at 1.5625 = 3.125 + 6,846.875 = 6,850; / 4,383
      subsidies: [6_850 / 4_383, 1.5625],
      note: 'one block before it',
    },
  ])('projectMachine starting at $start: halvingMonth $halvingMonth, subsidies $subsidies ($note)', ({ start, halvingMonth, subsidies }) => {
    const p = projectMachine(scenario({ startBlockHeight: start, lifeMonths: 2 }));
    expect(p.halvingMonth).toBe(halvingMonth);
    expectClose(p.months[0]!.subsidyBtc, subsidies[0]!, 1e-15);
    expectClose(p.months[1]!.subsidyBtc, subsidies[1]!, 1e-15);
    // The halving month pays in between the two epochs.
    const between = p.months[halvingMonth]!.subsidyBtc;
    expect(between).toBeLessThanOrEqual(3.125);
    expect(between).toBeGreaterThanOrEqual(1.5625);
  });

  it.each([
    { start: 934_032, lifeMonths: 27, expected: 26, note: '(1,050,000 − 934,032) / 4,383 = 26.46: month 26' },
    { start: 934_032, lifeMonths: 26, expected: null, note: 'month 26 is past a 26-month horizon' },
    { start: 1_050_000, lifeMonths: 48, expected: 47, note: 'from the halving block itself the next is 1,260,000: 210,000 / 4,383 = 47.9' },
    { start: 1_050_000, lifeMonths: 47, expected: null, note: '…beyond 47 months' },
  ])('projectMachine halvingMonth from $start over $lifeMonths months is $expected ($note)', ({ start, lifeMonths, expected }) => {
    const p = projectMachine(scenario({ startBlockHeight: start, lifeMonths, market: { ...market, subsidyBtc: start >= 1_050_000 ? 1.5625 : 3.125 } }));
    expect(p.halvingMonth).toBe(expected);
  });

  it('projectMachine with market.subsidyBtc 6.25 where the schedule says 3.125 doubles every month’s subsidy (scale 2), halving included', () => {
    const inputs = scenario({ lifeMonths: 36 });
    const base = projectMachine(inputs);
    const doubled = projectMachine({ ...inputs, market: { ...market, subsidyBtc: 6.25 } });
    expect(doubled.months[0]!.subsidyBtc).toBe(6.25);
    expect(doubled.months[25]!.subsidyBtc).toBe(6.25);
    // month 26 = [1,047,990, 1,052,373): 2,010 blocks at 3.125 and 2,373 at 1.5625, × 2 = (12,562.5 + 7,415.625) / 4,383 ≈ 4.558
    expectClose(doubled.months[26]!.subsidyBtc, (2 * (2_010 * 3.125 + 2_373 * 1.5625)) / 4_383, 1e-15);
    expect(doubled.months[27]!.subsidyBtc).toBe(3.125);
    for (let m = 0; m < 36; m++) {
      expectClose(doubled.months[m]!.subsidyBtc, 2 * base.months[m]!.subsidyBtc, 1e-15);
      expectClose(doubled.months[m]!.satsPerThPerDay, 2 * base.months[m]!.satsPerThPerDay, 1e-14);
    }
    expect(doubled.halvingMonth).toBe(base.halvingMonth);
  });

  it('projectMachine with market.subsidyBtc 0 pays fees only, in every month', () => {
    const p = projectMachine(scenario({ lifeMonths: 36, market: { ...market, subsidyBtc: 0, feesBtcPerBlock: 0.1 } }));
    for (const month of p.months) {
      expect(month.subsidyBtc).toBe(0);
      expectClose(month.hashpriceUsdPerThDay, hashpriceByHand(76_176, 141, 0, 0.1), 1e-12);
    }
  });
});

describe('projectMachine: the S21 XP Hydro from 2 Feb 2026 (36 months, +2 %/month difficulty, 15 % discount)', () => {
  const inputs = scenario({ lifeMonths: 36, difficultyGrowthPerMonth: 0.02, discountRatePerYear: 0.15 });
  const p = projectMachine(inputs);

  it('projectMachine places the April 2028 halving in month 26 and ends at 141 × 1.02^35 T and 1.5625 BTC', () => {
    // (1,050,000 − 934,032) / 4,383 = 115,968 / 4,383 = 26.46 → month 26
    expect(p.halvingMonth).toBe(26);
    expect(p.months).toHaveLength(36);
    expectClose(p.months[35]!.difficultyT, 141 * 1.02 ** 35, 1e-13);
    expect(p.months[35]!.subsidyBtc).toBe(1.5625);
    // 10^8 × 86,400 × 1.5625 / (141 × 1.02^35 × 2^32) ≈ 11.15 sats
    expectClose(p.satsPerThEnd, (1e8 * 86_400 * 1.5625) / (141 * 1.02 ** 35 * 2 ** 32), 1e-12);
  });

  it('projectMachine goes underwater in the halving month 26: revenue 16.064 × (2.279 / 3.125) / 1.02^26 ≈ 7.00 < 8.17 a day', () => {
    // Before the halving revenue is 16.064 / 1.02^m, above 8.173 while 1.02^m < 1.965, i.e. m ≤ 34: month 25 earns 16.064 / 1.02^25 ≈ 9.79.
    expect(hydroRevenuePerDay / 1.02 ** 25).toBeGreaterThan(hydroPowerPerDay);
    // Month 26 averages (2,010 × 3.125 + 2,373 × 1.5625) / 4,383 ≈ 2.279 BTC.
    const subsidy26 = (2_010 * 3.125 + 2_373 * 1.5625) / 4_383;
    expect((hydroRevenuePerDay * (subsidy26 / 3.125)) / 1.02 ** 26).toBeLessThan(hydroPowerPerDay);
    expect(p.underwaterMonth).toBe(26);
    for (let m = 0; m < 36; m++) expect(p.months[m]!.profitUsd < 0).toBe(m >= 26);
  });

  it('projectMachine month 0 earns (16.064 − 8.173) × 30.4375 ≈ $240.18, and valueCurtail sums months 0–25 discounted at 15 %', () => {
    expectClose(p.months[0]!.profitUsd, (hydroRevenuePerDay - hydroPowerPerDay) * 30.437_5, 1e-12);
    // Months 0–25 (all profitable, all at 3.125 BTC): Σ (16.064 / 1.02^m − 8.173) × 30.4375 × 1.15^(−(m+1)/12); months 26–35 count 0.
    let byHand = 0;
    for (let m = 0; m <= 25; m++) byHand += (hydroRevenuePerDay / 1.02 ** m - hydroPowerPerDay) * 30.437_5 * 1.15 ** (-(m + 1) / 12);
    expectClose(p.valueCurtailUsd, byHand, 1e-12);
    expectClose(p.valueCurtailUsd, 3_170.86, 1e-5);
  });

  it('projectMachine valueCurtail ≥ valueRun, and the gap is the discounted losses of months 26–35', () => {
    expect(p.valueCurtailUsd).toBeGreaterThan(p.valueRunUsd);
    let losses = 0;
    for (let m = 26; m < 36; m++) losses += -p.months[m]!.profitUsd * 1.15 ** (-(m + 1) / 12);
    expectClose(p.valueCurtailUsd - p.valueRunUsd, losses, 1e-10);
  });
});

describe('projectMachine: a machine losing money from month 0', () => {
  // 100 TH/s at 3,050 W at the default market: revenue 100 × 0.033963 = $3.396 a day, power 3,050 × 0.024 × 0.06 = $4.392.
  const lossPerMonth = (100 * hashpriceByHand(76_176, 141, 3.125) - 3_050 * 0.024 * 0.06) * 30.437_5;

  it('projectMachine is underwater from month 0; curtail value is exactly 0 and run value negative', () => {
    const p = projectMachine(scenario({ machine: s19jClass, lifeMonths: 12, difficultyGrowthPerMonth: 0.02, discountRatePerYear: 0.15 }));
    expect(lossPerMonth).toBeLessThan(0);
    expect(p.underwaterMonth).toBe(0);
    expect(p.valueCurtailUsd).toBe(0);
    expect(p.valueRunUsd).toBeLessThan(0);
    for (const month of p.months) {
      expect(month.profitUsd).toBeLessThan(0);
      expect(month.cumulativeCurtailUsd).toBe(0);
      expect(month.valueCurtailUsd).toBe(0);
    }
  });

  it('projectMachine run value over 12 flat months is 12 × the monthly loss ≈ −$363.7', () => {
    const p = projectMachine(scenario({ machine: s19jClass, lifeMonths: 12 }));
    expectClose(p.valueRunUsd, 12 * lossPerMonth, 1e-12);
    expect(p.valueCurtailUsd).toBe(0);
  });

  it('projectMachine curtailed with resale $500 and 15 % discount over 24 months is worth the resale only: 500 × 1.15^(−2)', () => {
    const p = projectMachine(scenario({ machine: s19jClass, lifeMonths: 24, discountRatePerYear: 0.15, resaleUsd: 500 }));
    // 500 / 1.3225 = 378.07
    expectClose(p.valueCurtailUsd, 500 / 1.15 ** 2, 1e-12);
  });

  it('projectMachine with zero uptime earns and spends nothing: profit 0, never underwater, values equal the resale', () => {
    const p = projectMachine(scenario({ machine: s19jClass, lifeMonths: 6, market: { ...market, uptimeFraction: 0 }, resaleUsd: 100 }));
    for (const month of p.months) expect(month.profitUsd).toBe(0);
    expect(p.underwaterMonth).toBeNull();
    expect(p.valueRunUsd).toBe(100);
    expect(p.valueCurtailUsd).toBe(100);
  });
});

describe('projectMachine: resale and the value columns', () => {
  it('projectMachine resale $1,000 at zero discount adds exactly $1,000 to both values', () => {
    const inputs = scenario({ lifeMonths: 36, difficultyGrowthPerMonth: 0.02 });
    const without = projectMachine(inputs);
    const withResale = projectMachine({ ...inputs, resaleUsd: 1_000 });
    expectClose(withResale.valueRunUsd - without.valueRunUsd, 1_000, 1e-12);
    expectClose(withResale.valueCurtailUsd - without.valueCurtailUsd, 1_000, 1e-12);
  });

  it('projectMachine resale $1,000 at 15 % over 36 months adds 1,000 × 1.15^(−3) ≈ $657.5', () => {
    const inputs = scenario({ lifeMonths: 36, difficultyGrowthPerMonth: 0.02, discountRatePerYear: 0.15 });
    const without = projectMachine(inputs);
    const withResale = projectMachine({ ...inputs, resaleUsd: 1_000 });
    // 1,000 / 1.520875 = 657.52
    expectClose(withResale.valueRunUsd - without.valueRunUsd, 1_000 / 1.15 ** 3, 1e-10);
    expectClose(withResale.valueCurtailUsd - without.valueCurtailUsd, 1_000 / 1.15 ** 3, 1e-10);
  });

  it('projectMachine months[0] values are the totals; the last cumulative plus discounted resale equals each value', () => {
    const p = projectMachine(scenario({ lifeMonths: 36, difficultyGrowthPerMonth: 0.02, discountRatePerYear: 0.15, resaleUsd: 250 }));
    expect(p.months[0]!.valueCurtailUsd).toBe(p.valueCurtailUsd);
    expect(p.months[0]!.valueRunUsd).toBe(p.valueRunUsd);
    const last = p.months[35]!;
    expectClose(last.cumulativeCurtailUsd + 250 * last.discountFactor, p.valueCurtailUsd, 1e-12);
    expectClose(last.cumulativeRunUsd + 250 * last.discountFactor, p.valueRunUsd, 1e-12);
    // The last month's value is its counted profit plus resale, one month's discount on: (max(0, profit) + 250) × 1.15^(−1/12)
    expectClose(last.valueCurtailUsd, (Math.max(0, last.profitUsd) + 250) * 1.15 ** (-1 / 12), 1e-12);
    expectClose(last.valueRunUsd, (last.profitUsd + 250) * 1.15 ** (-1 / 12), 1e-12);
  });

  it('projectMachine value at month m is (counted profit of m + value at m + 1) × one month’s discount', () => {
    const p = projectMachine(scenario({ lifeMonths: 36, difficultyGrowthPerMonth: 0.02, discountRatePerYear: 0.15 }));
    const v = 1.15 ** (-1 / 12);
    for (let m = 0; m < 35; m++) {
      const [here, next] = [p.months[m]!, p.months[m + 1]!];
      expectClose(here.valueRunUsd, (here.profitUsd + next.valueRunUsd) * v, 1e-12, 1e-9);
      expectClose(here.valueCurtailUsd, (Math.max(0, here.profitUsd) + next.valueCurtailUsd) * v, 1e-12, 1e-9);
    }
  });

  it('projectMachine cumulative columns add each month’s discounted counted profit', () => {
    const p = projectMachine(scenario({ lifeMonths: 36, difficultyGrowthPerMonth: 0.02, discountRatePerYear: 0.15 }));
    let curtail = 0;
    let run = 0;
    for (const month of p.months) {
      curtail += Math.max(0, month.profitUsd) * month.discountFactor;
      run += month.profitUsd * month.discountFactor;
      expectClose(month.cumulativeCurtailUsd, curtail, 1e-12);
      expectClose(month.cumulativeRunUsd, run, 1e-12, 1e-9);
    }
  });
});

describe('projectMachine: inputs', () => {
  it('projectMachine does not mutate its input', () => {
    const input = scenario({ lifeMonths: 36, difficultyGrowthPerMonth: 0.02, discountRatePerYear: 0.15, resaleUsd: 100, market: { ...market } });
    const before = structuredClone(input);
    projectMachine(input);
    expect(input).toEqual(before);
  });

  it('projectMachine accepts the longest life, 600 months (50 years)', () => {
    expect(projectMachine(scenario({ lifeMonths: 600 })).months).toHaveLength(600);
  });

  it.each([0, 1.5, 601, -1, ...nonFinite])('projectMachine rejects lifeMonths = %s with a ModelInputError naming lifeMonths', (bad) => {
    expectModelInputError(() => projectMachine(scenario({ lifeMonths: bad })), 'lifeMonths', bad);
  });

  it.each([-1, -2, ...nonFinite])('projectMachine rejects difficultyGrowthPerMonth = %s with a ModelInputError naming difficultyGrowthPerMonth', (bad) => {
    expectModelInputError(() => projectMachine(scenario({ difficultyGrowthPerMonth: bad })), 'difficultyGrowthPerMonth', bad);
  });

  it.each([-1, -1.5, ...nonFinite])('projectMachine rejects priceDriftPerYear = %s with a ModelInputError naming priceDriftPerYear', (bad) => {
    expectModelInputError(() => projectMachine(scenario({ priceDriftPerYear: bad })), 'priceDriftPerYear', bad);
  });

  it.each(notNonNegative)('projectMachine rejects discountRatePerYear = %s with a ModelInputError naming discountRatePerYear', (bad) => {
    expectModelInputError(() => projectMachine(scenario({ discountRatePerYear: bad })), 'discountRatePerYear', bad);
  });

  it.each(notNonNegative)('projectMachine rejects resaleUsd = %s with a ModelInputError naming resaleUsd', (bad) => {
    expectModelInputError(() => projectMachine(scenario({ resaleUsd: bad })), 'resaleUsd', bad);
  });

  it.each([-1, 1.5, ...nonFinite])('projectMachine rejects startBlockHeight = %s with a ModelInputError naming startBlockHeight', (bad) => {
    expectModelInputError(() => projectMachine(scenario({ startBlockHeight: bad })), 'startBlockHeight', bad);
  });

  it.each(notPositive)('projectMachine rejects machine.terahashPerSecond = %s with a ModelInputError naming it', (bad) => {
    expectModelInputError(() => projectMachine(scenario({ machine: { ...hydro, terahashPerSecond: bad } })), 'machine.terahashPerSecond', bad);
  });

  it.each(notPositive)('projectMachine rejects machine.watts = %s with a ModelInputError naming it', (bad) => {
    expectModelInputError(() => projectMachine(scenario({ machine: { ...hydro, watts: bad } })), 'machine.watts', bad);
  });

  const marketCases: { key: keyof MarketInputs; bad: readonly number[] }[] = [
    { key: 'priceUsdPerBtc', bad: notPositive },
    { key: 'difficultyT', bad: notPositive },
    { key: 'usdPerKwh', bad: notNonNegative },
    { key: 'feesBtcPerBlock', bad: notNonNegative },
    { key: 'subsidyBtc', bad: notNonNegative },
    { key: 'poolFeeFraction', bad: notOpenFraction },
    { key: 'uptimeFraction', bad: notFraction },
  ];
  it.each(marketCases.flatMap(({ key, bad }) => bad.map((value) => ({ key, value }))))(
    'projectMachine rejects market.$key = $value with a ModelInputError naming market.$key',
    ({ key, value }) => {
      expectModelInputError(() => projectMachine(scenario({ market: { ...market, [key]: value } })), `market.${key}`, value);
    },
  );

  it('projectMachine says what lifeMonths must be: "invalid lifeMonths: 601 (expected a whole number of months from 1 to 600)"', () => {
    expect(() => projectMachine(scenario({ lifeMonths: 601 }))).toThrow('invalid lifeMonths: 601 (expected a whole number of months from 1 to 600)');
  });

  // BUG (reported): check() accepts any finite growth > −1 and any drift > −1 with lives up to 600 months, but the
  // compounding then leaves the range of a double. Growth +1000 %/month: 141 × 11^599 = Infinity, and btcPerThPerDay throws
  // "invalid difficultyT: Infinity" — an input name projectMachine does not have. Growth −99 %/month: 141 × 0.01^599
  // underflows to 0 → "invalid difficultyT: 0". Drift 10^10 a year with no subsidy and no fees: price Infinity × 0 BTC = NaN
  // profit from month 365, so both values are NaN. (The scenario UI caps growth at −5…+10 %/month and drift at −90…+300 %
  // a year, so readers cannot reach these; the model's own contract can.) Either bound the inputs in check() or keep the
  // arithmetic finite.
  it.each([
    { name: 'growth +1000 %/month for 600 months', overrides: { lifeMonths: 600, difficultyGrowthPerMonth: 10 } },
    { name: 'growth −99 %/month for 600 months', overrides: { lifeMonths: 600, difficultyGrowthPerMonth: -0.99 } },
    {
      name: 'drift 10^10 a year with no block reward, 600 months',
      overrides: { lifeMonths: 600, priceDriftPerYear: 1e10, market: { ...market, subsidyBtc: 0, feesBtcPerBlock: 0 } },
    },
  ])('projectMachine with accepted but extreme inputs ($name) returns no NaN or throws a ModelInputError naming its own input', ({ overrides }) => {
    const ownInputs = ['lifeMonths', 'difficultyGrowthPerMonth', 'priceDriftPerYear', 'discountRatePerYear', 'resaleUsd', 'startBlockHeight'];
    let result: ReturnType<typeof projectMachine> | undefined;
    try {
      result = projectMachine(scenario(overrides as Partial<ProjectionInputs>));
    } catch (error) {
      expect(error).toBeInstanceOf(ModelInputError);
      const input = (error as ModelInputError).input;
      expect(ownInputs.includes(input) || input.startsWith('machine.') || input.startsWith('market.'), `threw naming "${input}"`).toBe(true);
      return;
    }
    expect(Number.isNaN(result.valueRunUsd)).toBe(false);
    expect(Number.isNaN(result.valueCurtailUsd)).toBe(false);
    for (const month of result.months) expect(Number.isNaN(month.profitUsd)).toBe(false);
  });

  it.each([
    { name: 'the fastest growth allowed (+100 %/month)', overrides: { difficultyGrowthPerMonth: 1 } },
    { name: 'the fastest decline allowed (−50 %/month)', overrides: { difficultyGrowthPerMonth: -0.5 } },
    { name: 'the largest drift allowed (+1,000 %/yr) with no block reward', overrides: { priceDriftPerYear: 10, market: { ...market, subsidyBtc: 0, feesBtcPerBlock: 0 } } },
    { name: 'the steepest price fall allowed (−99 %/yr)', overrides: { priceDriftPerYear: -0.99 } },
  ])('projectMachine at the edge of its bounds over 600 months ($name) stays finite', ({ overrides }) => {
    const result = projectMachine(scenario({ lifeMonths: 600, ...(overrides as Partial<ProjectionInputs>) }));
    expect(Number.isFinite(result.valueRunUsd)).toBe(true);
    expect(Number.isFinite(result.valueCurtailUsd)).toBe(true);
    for (const month of result.months) {
      expect(Number.isFinite(month.profitUsd)).toBe(true);
      expect(Number.isFinite(month.satsPerThPerDay)).toBe(true);
    }
  });
});

describe('undiscountedProfitUsd', () => {
  const months = [{ profitUsd: 300 }, { profitUsd: -50 }, { profitUsd: 120.5 }, { profitUsd: -0.5 }];

  it.each([
    // 300 + 0 + 120.5 + 0 = 420.5
    { mode: 'curtail', expected: 420.5, note: 'losing months count 0: the machine is off' },
    // 300 − 50 + 120.5 − 0.5 = 370
    { mode: 'run', expected: 370, note: 'losing months count in full' },
  ] as const)('undiscountedProfitUsd over four months in $mode mode is $expected ($note)', ({ mode, expected }) => {
    expect(undiscountedProfitUsd({ months, mode })).toBe(expected);
  });

  it('undiscountedProfitUsd of no months is 0', () => {
    expect(undiscountedProfitUsd({ months: [], mode: 'run' })).toBe(0);
  });

  it('undiscountedProfitUsd of a projection without discounting is its value in each mode', () => {
    const p = projectMachine({
      machine: { terahashPerSecond: 473, watts: 5_676 },
      market: { priceUsdPerBtc: 76_176, difficultyT: 141, usdPerKwh: 0.06, feesBtcPerBlock: 0, subsidyBtc: 3.125, poolFeeFraction: 0, uptimeFraction: 1 },
      startBlockHeight: 934_032,
      lifeMonths: 36,
      difficultyGrowthPerMonth: 0.02,
      priceDriftPerYear: 0,
      discountRatePerYear: 0,
      resaleUsd: 0,
    });
    expectClose(undiscountedProfitUsd({ months: p.months, mode: 'curtail' }), p.valueCurtailUsd, 1e-12);
    expectClose(undiscountedProfitUsd({ months: p.months, mode: 'run' }), p.valueRunUsd, 1e-12);
  });
});
