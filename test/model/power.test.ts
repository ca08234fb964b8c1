// The power model (chapter 5): siteUse, flexibleLoad, hosting, hedge — table-driven against sums
// done by hand, the documents' cases (1 MW at 20 J/TH is 50 PH/s; Hut 8's lease per MW-year), bad
// inputs refused by name, and properties: hours off never rise as breakeven rises, a pass-through
// host's margin is never negative for a non-negative spread, and nothing is NaN.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cumulativeUsd,
  hashpriceMatchingLeaseUsdPerPhDay,
  leaseCashUsdByMonth,
  leaseUsdPerMwYear,
  miningCashUsdByMonth,
  miningUsdPerMwYear,
  npvUsd,
  siteMiningMonthUsd,
  siteTerahashPerSecond,
} from '../../src/model/siteUse.ts';
import { durationCurveUsdPerKwh, flexibleYear, hoursPerYear, spotUsdPerKwhAtRank } from '../../src/model/flexibleLoad.ts';
import { hostingPath, hostingPriceUsdPerKwh, spotPathShapes, spotPathUsdPerKwh } from '../../src/model/hosting.ts';
import { hedgeCost } from '../../src/model/hedge.ts';
import { ModelInputError } from '../../src/model/errors.ts';
import { expectClose } from '../helpers/close.ts';

fc.configureGlobal({ seed: 10, numRuns: 300 });

const site = { megawatts: 1, joulesPerTerahash: 20, hashpriceUsdPerPhDay: 40, usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0 };

describe('siteTerahashPerSecond({ megawatts, joulesPerTerahash })', () => {
  it.each([
    // 10⁶ W ÷ 20 J/TH = 50,000 TH/s = 50 PH/s
    [1, 20, 50_000],
    [245, 12, (245e6) / 12],
    [0, 30, 0],
  ])('%d MW at %d J/TH → %d TH/s', (megawatts, joulesPerTerahash, th) => {
    expectClose(siteTerahashPerSecond({ megawatts, joulesPerTerahash }), th, 1e-15);
  });

  it.each([Number.NaN, -1, 0, Number.POSITIVE_INFINITY])('refuses an efficiency of %s, naming it', (j) => {
    expect(() => siteTerahashPerSecond({ megawatts: 1, joulesPerTerahash: j })).toThrow(/joulesPerTerahash/);
  });
});

describe('siteMiningMonthUsd(site) and miningUsdPerMwYear(site)', () => {
  it('1 MW at 20 J/TH on $40/PH/day: 50 × 40 × 30.4375 = $60,875 revenue, 1,000 kW × 730.5 h × $0.05 = $36,525 power', () => {
    const m = siteMiningMonthUsd(site);
    expectClose(m.revenueUsd, 50 * 40 * 30.4375, 1e-12);
    expectClose(m.powerUsd, 1000 * 730.5 * 0.05, 1e-12);
    expectClose(m.marginUsd, 60_875 - 36_525, 1e-12);
    expectClose(miningUsdPerMwYear(site), 12 * 24_350, 1e-12);
  });

  it('a pool fee of 2 % and 90 % uptime: revenue × 0.98 × 0.9, power × 0.9', () => {
    const m = siteMiningMonthUsd({ ...site, poolFeeFraction: 0.02, uptimeFraction: 0.9 });
    expectClose(m.revenueUsd, 60_875 * 0.98 * 0.9, 1e-12);
    expectClose(m.powerUsd, 36_525 * 0.9, 1e-12);
  });

  it.each([
    ['hashpriceUsdPerPhDay', { hashpriceUsdPerPhDay: -1 }],
    ['usdPerKwh', { usdPerKwh: Number.NaN }],
    ['uptimeFraction', { uptimeFraction: 1.5 }],
    ['poolFeeFraction', { poolFeeFraction: -0.1 }],
  ])('refuses a bad %s, naming it', (name, bad) => {
    expect(() => siteMiningMonthUsd({ ...site, ...bad })).toThrow(new RegExp(name));
  });
});

describe('leaseUsdPerMwYear({ contractValueUsd, years, megawatts })', () => {
  it('Hut 8’s River Bend lease: $7 bn over 15 years for 245 MW is $7e9 ÷ 15 ÷ 245 ≈ $1,904,761.90 per MW-year', () => {
    expectClose(leaseUsdPerMwYear({ contractValueUsd: 7e9, years: 15, megawatts: 245 }), 1_904_761.904_761_9, 1e-12);
  });

  it('refuses a lease of no years or no megawatts', () => {
    expect(() => leaseUsdPerMwYear({ contractValueUsd: 1, years: 0, megawatts: 1 })).toThrow(ModelInputError);
    expect(() => leaseUsdPerMwYear({ contractValueUsd: 1, years: 1, megawatts: 0 })).toThrow(/megawatts/);
  });
});

describe('hashpriceMatchingLeaseUsdPerPhDay(inputs)', () => {
  const lease = { leaseUsdPerMwYear: 1.9e6, joulesPerTerahash: 20, usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0 };

  it('is (rent + a year’s power) ÷ (PH/s × 365.25): (1.9e6 + 1,000 × 8,766 × 0.05) ÷ (50 × 365.25) ≈ $128.04', () => {
    expectClose(hashpriceMatchingLeaseUsdPerPhDay(lease), (1.9e6 + 1000 * 8766 * 0.05) / (50 * 365.25), 1e-12);
  });

  it('is the inverse of miningUsdPerMwYear: at that hashprice a MW mining earns the rent', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5e6, noNaN: true }), fc.double({ min: 5, max: 100, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.1, noNaN: true }), (rent, j, kwh, up, pool) => {
        const h = hashpriceMatchingLeaseUsdPerPhDay({ leaseUsdPerMwYear: rent, joulesPerTerahash: j, usdPerKwh: kwh, uptimeFraction: up, poolFeeFraction: pool });
        const earned = miningUsdPerMwYear({ joulesPerTerahash: j, hashpriceUsdPerPhDay: h, usdPerKwh: kwh, uptimeFraction: up, poolFeeFraction: pool });
        return Math.abs(earned - rent) <= 1e-6 * Math.max(1, rent);
      }),
    );
  });

  it('is Infinity when the site never runs (zero uptime)', () => {
    expect(hashpriceMatchingLeaseUsdPerPhDay({ ...lease, uptimeFraction: 0 })).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('npvUsd(cash by month, discount rate)', () => {
  it.each([
    [[100, 100], 0, 200],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 110], 0.1, 100],
    [[-50], 0.2, -50 / 1.2 ** (1 / 12)],
    [[], 0.1, 0],
  ])('npvUsd(%j, %d) = %d', (cash, r, value) => {
    expectClose(npvUsd(cash, r), value, 1e-12, 1e-12);
  });

  it('refuses a negative rate and a NaN cash flow, naming the month', () => {
    expect(() => npvUsd([1], -0.1)).toThrow(/discountRatePerYear/);
    expect(() => npvUsd([1, Number.NaN], 0.1)).toThrow(/cashUsdByMonth\[1\]/);
  });
});

describe('leaseCashUsdByMonth(lease, months) and miningCashUsdByMonth(path)', () => {
  it('pays the conversion in month 0, nothing while converting, then a twelfth of the rent, and nothing after the term', () => {
    expect(leaseCashUsdByMonth({ megawatts: 1, leaseUsdPerMwYear: 1.2e6, leaseMonths: 2, conversionUsdPerMw: 5e5, conversionMonths: 1 }, 4)).toEqual([-500_000, 100_000, 100_000, 0]);
    // No conversion time: the first rent falls in month 0, beside the conversion cost.
    expect(leaseCashUsdByMonth({ megawatts: 2, leaseUsdPerMwYear: 1.2e6, leaseMonths: 1, conversionUsdPerMw: 1e5, conversionMonths: 0 }, 2)).toEqual([200_000 - 200_000, 0]);
  });

  it('mines each month’s margin and buys 50,000 TH × $10 of machines in month 0 and again at the end of each life', () => {
    const cash = miningCashUsdByMonth({ ...site, hashpriceUsdPerPhDayByMonth: [40, 40, 40], machineUsdPerTh: 10, lifeMonths: 2, mode: 'curtail' });
    expect(cash.map((c) => Math.round(c))).toEqual([24_350 - 500_000, 24_350, 24_350 - 500_000]);
  });

  it('prices a replacement fleet at its own price per TH in that month when one is given', () => {
    const cash = miningCashUsdByMonth({ ...site, hashpriceUsdPerPhDayByMonth: [40, 40, 40], machineUsdPerTh: 10, replacementUsdPerThByMonth: [99, 99, 2], lifeMonths: 2, mode: 'curtail' });
    expect(cash.map((c) => Math.round(c))).toEqual([24_350 - 500_000, 24_350, 24_350 - 100_000]);
  });

  it('a losing month costs nothing when the site can switch off, and its loss when it must run', () => {
    // At $20/PH/day: 50 × 20 × 30.4375 = $30,437.5 against $36,525 of power: −$6,087.5.
    const args = { ...site, hashpriceUsdPerPhDayByMonth: [20, 20], machineUsdPerTh: 0, lifeMonths: 12 };
    expect(miningCashUsdByMonth({ ...args, mode: 'curtail' })).toEqual([0, 0]);
    expect(miningCashUsdByMonth({ ...args, mode: 'run' }).map((c) => Math.round(c * 10) / 10)).toEqual([-6_087.5, -6_087.5]);
  });

  it('cumulativeUsd adds up running totals', () => {
    expect(cumulativeUsd([-5, 2, 2])).toEqual([-5, -3, -1]);
  });
});

describe('spotUsdPerKwhAtRank(curve, x) and durationCurveUsdPerKwh(curve)', () => {
  const curve = { baseUsdPerKwh: 0.04, spikeShare: 0.1, peakUsdPerKwh: 0.5 };

  it.each([
    [0, 0.5],
    [0.05, 0.04 + 0.46 * 0.25],
    [0.1, 0.04],
    [0.55, 0.04 * (1 - 0.5 * 0.5)],
    [1, 0.02],
  ])('at rank %d the price is %d', (x, p) => {
    expectClose(spotUsdPerKwhAtRank(curve, x), p, 1e-12);
  });

  it('gives 8,766 hours, dearest first, never rising', () => {
    const prices = durationCurveUsdPerKwh(curve);
    expect(prices.length).toBe(hoursPerYear);
    for (let h = 1; h < prices.length; h++) expect(prices[h]!).toBeLessThanOrEqual(prices[h - 1]!);
  });

  it.each([
    ['spikeShare', { spikeShare: 1 }],
    ['spikeShare', { spikeShare: -0.1 }],
    ['peakUsdPerKwh', { peakUsdPerKwh: 0.01 }],
    ['baseUsdPerKwh', { baseUsdPerKwh: Number.NaN }],
  ])('refuses a bad %s, naming it', (name, bad) => {
    expect(() => durationCurveUsdPerKwh({ ...curve, ...bad })).toThrow(new RegExp(name));
  });
});

describe('flexibleYear({ curve, breakevenUsdPerKwh, creditUsdPerMwh })', () => {
  const curve = { baseUsdPerKwh: 0.04, spikeShare: 0.1, peakUsdPerKwh: 0.5 };

  it('switches off the hours dearer than breakeven: for $0.118, x = 0.1 × (1 − √(0.078 ÷ 0.46)) of the year, within an hour', () => {
    const y = flexibleYear({ curve, breakevenUsdPerKwh: 0.118, creditUsdPerMwh: 0 });
    const x = 0.1 * (1 - Math.sqrt((0.118 - 0.04) / 0.46));
    expect(Math.abs(y.hoursOff - x * 8766)).toBeLessThanOrEqual(1);
    expect(y.energyMwhPerMw).toBe(8766 - y.hoursOff);
    expect(y.averageUsdPerKwh).toBeLessThan(y.averageAlwaysOnUsdPerKwh);
  });

  it('never switches off when breakeven is above the peak, and never runs when it is below the cheapest hour', () => {
    expect(flexibleYear({ curve, breakevenUsdPerKwh: 0.6, creditUsdPerMwh: 0 }).hoursOff).toBe(0);
    const never = flexibleYear({ curve, breakevenUsdPerKwh: 0.01, creditUsdPerMwh: 5 });
    expect(never.hoursOff).toBe(8766);
    expect(never.averageUsdPerKwh).toBe(0);
    expect(never.marginFlexibleUsdPerMw).toBe(8766 * 5);
  });

  it('the always-on margin is Σ (breakeven − spot) × 1,000 over every hour: with a flat curve, (b − p) × 8,766,000', () => {
    const flat = flexibleYear({ curve: { baseUsdPerKwh: 0.04, spikeShare: 0, peakUsdPerKwh: 0.04 }, breakevenUsdPerKwh: 0.1, creditUsdPerMwh: 0 });
    // The lower part of the curve falls from 0.04 to 0.02: its mean over the year is 0.03.
    expectClose(flat.averageAlwaysOnUsdPerKwh, 0.03, 1e-6);
    expectClose(flat.marginAlwaysOnUsdPerMw, (0.1 - flat.averageAlwaysOnUsdPerKwh) * 8766 * 1000, 1e-9);
  });
});

describe('hostingPath(inputs)', () => {
  const base = { megawatts: 1, uptimeFraction: 1, revenueUsdPerKwhByMonth: [0.12, 0.12], depositMonths: 1, escrow: false };

  it('keeps (sell − spot) × 730,500 kWh a month: fixed at $0.06 against $0.04 then $0.10', () => {
    const p = hostingPath({ ...base, contract: { kind: 'fixed', priceUsdPerKwh: 0.06 }, spotUsdPerKwhByMonth: [0.04, 0.1] });
    expectClose(p.months[0]!.hostMarginUsd, 730_500 * 0.02, 1e-12);
    expectClose(p.months[1]!.hostMarginUsd, -730_500 * 0.04, 1e-12);
    expectClose(p.depositUsd, 730_500 * 0.06, 1e-12);
    expectClose(p.months[1]!.hostCashUsd, 43_830 + 14_610 - 29_220, 1e-12);
    expectClose(p.months[0]!.clientMarginUsd, 730_500 * (0.12 - 0.06), 1e-12);
    expect(p.cashOutMonth).toBeNull();
  });

  it('runs a fixed-price host out of cash the first month its cash goes below zero, and its clients lose their deposits unless escrowed', () => {
    const spot = [0.04, 0.2, 0.04];
    const p = hostingPath({ ...base, contract: { kind: 'fixed', priceUsdPerKwh: 0.06 }, spotUsdPerKwhByMonth: spot, revenueUsdPerKwhByMonth: [0.1, 0.1, 0.1] });
    // Cash: 0.06 + 0.02 = 0.08, then 0.08 − 0.14 < 0 (per kWh of a month): month 1.
    expect(p.cashOutMonth).toBe(1);
    expectClose(p.depositLostUsd, p.depositUsd, 1e-12);
    const escrowed = hostingPath({ ...base, contract: { kind: 'fixed', priceUsdPerKwh: 0.06 }, spotUsdPerKwhByMonth: spot, revenueUsdPerKwhByMonth: [0.1, 0.1, 0.1], escrow: true });
    expect(escrowed.cashOutMonth).toBe(1);
    expect(escrowed.depositLostUsd).toBe(0);
  });

  it('hostingPriceUsdPerKwh: a fixed price whatever spot does; pass-through is spot + spread', () => {
    expect(hostingPriceUsdPerKwh({ kind: 'fixed', priceUsdPerKwh: 0.07 }, 0.3)).toBe(0.07);
    expectClose(hostingPriceUsdPerKwh({ kind: 'pass', spreadUsdPerKwh: 0.01 }, 0.3), 0.31, 1e-15);
  });

  it('spotPathUsdPerKwh scales a shape by the base; the paths are 24 months', () => {
    expect(spotPathUsdPerKwh('spike', 0.04)[10]).toBeCloseTo(0.4, 15);
    for (const shape of Object.values(spotPathShapes)) expect(shape).toHaveLength(24);
    expect(() => spotPathUsdPerKwh('flat', -1)).toThrow(/baseUsdPerKwh/);
  });

  it('refuses a negative spot month, naming it', () => {
    expect(() => hostingPath({ ...base, contract: { kind: 'pass', spreadUsdPerKwh: 0.01 }, spotUsdPerKwhByMonth: [0.04, -0.01] })).toThrow(/spotUsdPerKwhByMonth\[1\]/);
  });
});

describe('hedgeCost(inputs)', () => {
  const h = { spotUsdPerKwhByMonth: [0.04, 0.1], kwhPerMonth: 1e6, forwardUsdPerKwh: 0.05, hedgedFraction: 1, marginFraction: 0.3, capitalCostPerYear: 0.1 };

  it('posts 30 % of a $100,000 notional and pays 10 % a year on it for two months; saves $140,000 − $100,500', () => {
    const r = hedgeCost(h);
    expectClose(r.notionalUsd, 100_000, 1e-12);
    expectClose(r.marginPostedUsd, 30_000, 1e-12);
    expectClose(r.financingCostUsd, 500, 1e-12);
    expectClose(r.unhedgedCostUsd, 140_000, 1e-12);
    expectClose(r.hedgedCostUsd, 100_500, 1e-12);
    expectClose(r.savingUsd, 39_500, 1e-12);
    expectClose(r.worstMonthUnhedgedUsd, 100_000, 1e-12);
  });

  it('hedging nothing is the spot bill exactly, with no margin', () => {
    const r = hedgeCost({ ...h, hedgedFraction: 0 });
    expect(r.marginPostedUsd).toBe(0);
    expect(r.hedgedCostUsd).toBe(r.unhedgedCostUsd);
  });

  it('on a flat spot equal to the forward price, the hedge only costs its financing', () => {
    const r = hedgeCost({ ...h, spotUsdPerKwhByMonth: [0.05, 0.05] });
    expectClose(r.savingUsd, -r.financingCostUsd, 1e-12);
  });

  it('refuses a margin above 100 %, naming it', () => {
    expect(() => hedgeCost({ ...h, marginFraction: 1.3 })).toThrow(/marginFraction/);
  });
});

describe('properties of the power model', () => {
  const curve = fc.record({ baseUsdPerKwh: fc.double({ min: 0, max: 0.5, noNaN: true }), spikeShare: fc.double({ min: 0, max: 0.5, noNaN: true }), peakBump: fc.double({ min: 0, max: 10, noNaN: true }) }).map((c) => ({ baseUsdPerKwh: c.baseUsdPerKwh, spikeShare: c.spikeShare, peakUsdPerKwh: c.baseUsdPerKwh + c.peakBump }));

  it('hours off never rise as breakeven rises; flexible margin is never below always-on (no credits); nothing is NaN', () => {
    fc.assert(
      fc.property(curve, fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), (c, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const yl = flexibleYear({ curve: c, breakevenUsdPerKwh: lo, creditUsdPerMwh: 0 });
        const yh = flexibleYear({ curve: c, breakevenUsdPerKwh: hi, creditUsdPerMwh: 0 });
        const finite = [yl, yh].every((y) => Object.values(y).every((v) => Number.isFinite(v)));
        return finite && yh.hoursOff <= yl.hoursOff && yl.marginFlexibleUsdPerMw >= yl.marginAlwaysOnUsdPerMw - 1e-6;
      }),
      { numRuns: 60 },
    );
  });

  it('a pass-through host’s margin is never negative for a non-negative spread, whatever spot does; it never runs dry', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 1, maxLength: 24 }), fc.double({ min: 0, max: 0.2, noNaN: true }), fc.boolean(), (spot, spread, escrow) => {
        const p = hostingPath({ contract: { kind: 'pass', spreadUsdPerKwh: spread }, spotUsdPerKwhByMonth: spot, megawatts: 10, uptimeFraction: 1, revenueUsdPerKwhByMonth: spot.map(() => 0.1), depositMonths: 2, escrow });
        return p.months.every((m) => m.hostMarginUsd >= 0) && p.cashOutMonth === null;
      }),
    );
  });

  it('site cash flows are finite over the valid inputs, and the matching hashprice only rises with the rent', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.double({ min: 5, max: 100, noNaN: true }), (r1, r2, j) => {
        const at = (rent: number) => hashpriceMatchingLeaseUsdPerPhDay({ leaseUsdPerMwYear: rent, joulesPerTerahash: j, usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0 });
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        return Number.isFinite(at(lo)) && at(lo) <= at(hi);
      }),
    );
  });
});
