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
  type LeasePathInputs,
  type MiningPathInputs,
  type SiteMiningInputs,
} from '../../src/model/siteUse.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notFraction, notNonNegative, notPositive } from '../helpers/modelErrors.ts';

// By hand: a month is 365.25 / 12 = 30.4375 days = 730.5 hours; a year is 12 such months, 365.25 days = 8,766 hours.
// A site of M MW at J J/TH runs M × 10^6 W ÷ J = M × 10^6 / J TH/s; 1 MW at 20 J/TH is 50,000 TH/s = 50 PH/s.
// Hashprice is USD per PH/s per day, so that site earns 50 × hashprice × (1 − fee) × uptime a day and draws
// 1,000 kW × uptime, i.e. 1,000 × 730.5 × uptime kWh a month.
// The doc-comment month: 1 MW, 20 J/TH, $40/PH/day, no fee, full uptime, $0.05/kWh:
//   revenue 50 × 40 × 30.4375 = 60,875; power 1,000 × 730.5 × 0.05 = 36,525; margin 24,350; a year 12 × 24,350 = 292,200.
// Hut 8's River Bend lease: $7 bn over 15 years for 245 MW = 7e9 / 15 / 245 = 7e9 / 3,675 ≈ $1,904,761.90 per MW-year.

const daysPerMonthByHand = 365.25 / 12; // 30.4375
const hoursPerMonthByHand = 8766 / 12; // 730.5
const docSite: SiteMiningInputs = { megawatts: 1, joulesPerTerahash: 20, hashpriceUsdPerPhDay: 40, usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0 };
const docSitePerMw: Omit<SiteMiningInputs, 'megawatts'> = { joulesPerTerahash: 20, hashpriceUsdPerPhDay: 40, usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0 };

describe('siteTerahashPerSecond: megawatts × 10^6 W ÷ J/TH', () => {
  it.each([
    { note: '1 MW at 20 J/TH is 50,000 TH/s (50 PH/s)', megawatts: 1, joulesPerTerahash: 20, expected: 1e6 / 20, literal: 50_000 },
    { note: '245 MW at 17.5 J/TH is 14 EH/s (245 × 10^6 / 17.5 = 14,000,000 TH/s)', megawatts: 245, joulesPerTerahash: 17.5, expected: 245e6 / 17.5, literal: 14_000_000 },
    { note: '100 MW at 15 J/TH is 6.667 EH/s (10^8 / 15)', megawatts: 100, joulesPerTerahash: 15, expected: 1e8 / 15, literal: 6_666_666.666_667 },
    { note: '0 MW runs no hashrate', megawatts: 0, joulesPerTerahash: 20, expected: 0, literal: 0 },
  ])('siteTerahashPerSecond({ megawatts, joulesPerTerahash }) — $note', ({ megawatts, joulesPerTerahash, expected, literal }) => {
    const th = siteTerahashPerSecond({ megawatts, joulesPerTerahash });
    expectClose(th, expected, 1e-12);
    expectClose(th, literal, 1e-12);
  });

  it.each(notNonNegative)('siteTerahashPerSecond({ megawatts: %s }) throws ModelInputError naming megawatts', (v) => {
    expectModelInputError(() => siteTerahashPerSecond({ megawatts: v, joulesPerTerahash: 20 }), 'megawatts', v);
  });

  it.each(notPositive)('siteTerahashPerSecond({ joulesPerTerahash: %s }) throws ModelInputError naming joulesPerTerahash', (v) => {
    expectModelInputError(() => siteTerahashPerSecond({ megawatts: 1, joulesPerTerahash: v }), 'joulesPerTerahash', v);
  });
});

describe('siteMiningMonthUsd: a month of revenue, power and margin', () => {
  it('siteMiningMonthUsd(doc example) — 1 MW at 20 J/TH, $40/PH/day, $0.05/kWh: revenue 60,875, power 36,525, margin 24,350', () => {
    const m = siteMiningMonthUsd(docSite);
    expectClose(m.revenueUsd, 50 * 40 * daysPerMonthByHand, 1e-12);
    expectClose(m.revenueUsd, 60_875, 1e-12);
    expectClose(m.powerUsd, 1_000 * hoursPerMonthByHand * 0.05, 1e-12);
    expectClose(m.powerUsd, 36_525, 1e-12);
    expectClose(m.marginUsd, 24_350, 1e-12);
  });

  it('siteMiningMonthUsd({ uptimeFraction: 0.95, poolFeeFraction: 0.02 }) — revenue 50 × 40 × 0.98 × 0.95 × 30.4375 = 56,674.625, power 730.5 × 1,000 × 0.95 × 0.05 = 34,698.75', () => {
    const m = siteMiningMonthUsd({ ...docSite, uptimeFraction: 0.95, poolFeeFraction: 0.02 });
    // 2,000 × 0.98 = 1,960; × 0.95 = 1,862; × 30.4375 = 55,860 + 814.625 = 56,674.625
    expectClose(m.revenueUsd, 56_674.625, 1e-12);
    expectClose(m.powerUsd, 34_698.75, 1e-12);
    expectClose(m.marginUsd, 56_674.625 - 34_698.75, 1e-12);
  });

  it('siteMiningMonthUsd({ megawatts: 10 }) — ten times the 1 MW month (243,500 margin)', () => {
    const m = siteMiningMonthUsd({ ...docSite, megawatts: 10 });
    expectClose(m.revenueUsd, 608_750, 1e-12);
    expectClose(m.powerUsd, 365_250, 1e-12);
    expectClose(m.marginUsd, 243_500, 1e-12);
  });

  it('siteMiningMonthUsd({ hashpriceUsdPerPhDay: 10 }) — below the power cost it loses 36,525 − 15,218.75 = 21,306.25', () => {
    // revenue 50 × 10 × 30.4375 = 15,218.75
    expectClose(siteMiningMonthUsd({ ...docSite, hashpriceUsdPerPhDay: 10 }).marginUsd, -21_306.25, 1e-12);
  });

  it('siteMiningMonthUsd({ uptimeFraction: 0 }) — an idle site earns and pays nothing', () => {
    expect(siteMiningMonthUsd({ ...docSite, uptimeFraction: 0 })).toEqual({ revenueUsd: 0, powerUsd: 0, marginUsd: 0 });
  });

  const bad: { input: keyof SiteMiningInputs; value: number }[] = [
    ...notNonNegative.map((v) => ({ input: 'megawatts' as const, value: v })),
    ...notPositive.map((v) => ({ input: 'joulesPerTerahash' as const, value: v })),
    ...notNonNegative.map((v) => ({ input: 'hashpriceUsdPerPhDay' as const, value: v })),
    ...notNonNegative.map((v) => ({ input: 'usdPerKwh' as const, value: v })),
    ...notFraction.map((v) => ({ input: 'uptimeFraction' as const, value: v })),
    ...notFraction.map((v) => ({ input: 'poolFeeFraction' as const, value: v })),
  ];
  it.each(bad)('siteMiningMonthUsd({ $input: $value }) throws ModelInputError naming $input', ({ input, value }) => {
    expectModelInputError(() => siteMiningMonthUsd({ ...docSite, [input]: value }), input, value);
  });
});

describe('miningUsdPerMwYear: twelve months of one MW', () => {
  it('miningUsdPerMwYear(doc example) — 12 × 24,350 = 292,200', () => {
    expectClose(miningUsdPerMwYear(docSitePerMw), 12 * 24_350, 1e-12);
  });

  it('miningUsdPerMwYear — a year is 365.25 days and 8,766 hours: 50 × 40 × 365.25 − 1,000 × 8,766 × 0.05 = 730,500 − 438,300', () => {
    expectClose(miningUsdPerMwYear(docSitePerMw), 50 * 40 * 365.25 - 1_000 * 8_766 * 0.05, 1e-12);
  });

  it('miningUsdPerMwYear — is per MW: a megawatts field passed along is ignored', () => {
    expectClose(miningUsdPerMwYear({ ...docSitePerMw, megawatts: 245 } as SiteMiningInputs), 292_200, 1e-12);
  });

  it.each(notNonNegative)('miningUsdPerMwYear({ usdPerKwh: %s }) throws ModelInputError naming usdPerKwh', (v) => {
    expectModelInputError(() => miningUsdPerMwYear({ ...docSitePerMw, usdPerKwh: v }), 'usdPerKwh', v);
  });
});

describe('leaseUsdPerMwYear: contract value ÷ years ÷ megawatts', () => {
  it("leaseUsdPerMwYear({ contractValueUsd: 7e9, years: 15, megawatts: 245 }) — Hut 8's River Bend lease is ≈ $1,904,761.90 per MW-year", () => {
    const rent = leaseUsdPerMwYear({ contractValueUsd: 7e9, years: 15, megawatts: 245 });
    expectClose(rent, 7e9 / 15 / 245, 1e-12);
    // 7e9 / 3,675 = 1,904,761.904 761 9…
    expectClose(rent, 1_904_761.904_762, 1e-12);
  });

  it('leaseUsdPerMwYear({ contractValueUsd: 1.2e6, years: 2, megawatts: 3 }) — $200,000 per MW-year', () => {
    expectClose(leaseUsdPerMwYear({ contractValueUsd: 1.2e6, years: 2, megawatts: 3 }), 200_000, 1e-12);
  });

  it('leaseUsdPerMwYear({ contractValueUsd: 0 }) — a free lease pays 0', () => {
    expect(leaseUsdPerMwYear({ contractValueUsd: 0, years: 15, megawatts: 245 })).toBe(0);
  });

  const bad = [
    ...notNonNegative.map((v) => ({ input: 'contractValueUsd' as const, value: v })),
    ...notPositive.map((v) => ({ input: 'years' as const, value: v })),
    ...notPositive.map((v) => ({ input: 'megawatts' as const, value: v })),
  ];
  it.each(bad)('leaseUsdPerMwYear({ $input: $value }) throws ModelInputError naming $input', ({ input, value }) => {
    expectModelInputError(() => leaseUsdPerMwYear({ contractValueUsd: 7e9, years: 15, megawatts: 245, [input]: value }), input, value);
  });
});

describe('hashpriceMatchingLeaseUsdPerPhDay: the hashprice where mining earns the rent', () => {
  const matching = { joulesPerTerahash: 20, usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0 };

  it('hashpriceMatchingLeaseUsdPerPhDay(doc example) — $1.9 M per MW-year: (1.9e6 + 438,300) ÷ (50 × 365.25) ≈ $128.04', () => {
    const h = hashpriceMatchingLeaseUsdPerPhDay({ ...matching, leaseUsdPerMwYear: 1.9e6 });
    // a year's power 1,000 kW × 8,766 h × 0.05 = 438,300; per $1/PH/day a year earns 50 × 365.25 = 18,262.5
    expectClose(h, (1.9e6 + 1_000 * 8_766 * 0.05) / (50 * 365.25), 1e-12);
    // 2,338,300 / 18,262.5 = 128 + 700 / 18,262.5 = 128.038 330…
    expectClose(h, 128.038_330, 1e-8);
  });

  it("hashpriceMatchingLeaseUsdPerPhDay — Hut 8's $1,904,761.90 per MW-year: (7e9 / 3,675 + 438,300) ÷ 18,262.5 ≈ $128.30", () => {
    const h = hashpriceMatchingLeaseUsdPerPhDay({ ...matching, leaseUsdPerMwYear: 7e9 / 3_675 });
    expectClose(h, (7e9 / 3_675 + 438_300) / 18_262.5, 1e-12);
    // 18,262.5 × 128.3 = 2,343,078.75, 16.85 more than 2,343,061.90, so h = 128.3 − 16.85 / 18,262.5 ≈ 128.299 08
    expectClose(h, 128.299_08, 1e-6);
  });

  it('hashpriceMatchingLeaseUsdPerPhDay — is the inverse of the annual margin: at it, miningUsdPerMwYear equals the lease (round trip)', () => {
    for (const rent of [0, 1e5, 7e9 / 3_675, 5e6]) {
      for (const site of [matching, { joulesPerTerahash: 15, usdPerKwh: 0.07, uptimeFraction: 0.95, poolFeeFraction: 0.02 }, { joulesPerTerahash: 30, usdPerKwh: 0, uptimeFraction: 0.5, poolFeeFraction: 0.01 }]) {
        const h = hashpriceMatchingLeaseUsdPerPhDay({ ...site, leaseUsdPerMwYear: rent });
        // the margin subtracts a year's power from a year's revenue, so compare on the revenue's scale
        const powerPerYear = 1_000 * 8_766 * site.uptimeFraction * site.usdPerKwh;
        expectClose(miningUsdPerMwYear({ ...site, hashpriceUsdPerPhDay: h }), rent, 1e-12, 1e-12 * (rent + powerPerYear));
      }
    }
  });

  it('hashpriceMatchingLeaseUsdPerPhDay — free power, a 2 % fee and 90 % uptime: 10^6 ÷ (50 × 0.98 × 0.9 × 365.25) = 10^6 ÷ 16,107.525 ≈ $62.08', () => {
    const h = hashpriceMatchingLeaseUsdPerPhDay({ leaseUsdPerMwYear: 1e6, joulesPerTerahash: 20, usdPerKwh: 0, uptimeFraction: 0.9, poolFeeFraction: 0.02 });
    expectClose(h, 1e6 / (50 * 0.98 * 0.9 * 365.25), 1e-12);
    expectClose(h, 62.082_8, 1e-5);
  });

  it('hashpriceMatchingLeaseUsdPerPhDay({ uptimeFraction: 0 }) — a site that never runs cannot match the lease: Infinity', () => {
    expect(hashpriceMatchingLeaseUsdPerPhDay({ ...matching, leaseUsdPerMwYear: 1e6, uptimeFraction: 0 })).toBe(Number.POSITIVE_INFINITY);
  });

  it('hashpriceMatchingLeaseUsdPerPhDay({ leaseUsdPerMwYear: 0 }) — with no rent, mining matches at its power breakeven 438,300 ÷ 18,262.5 = $24', () => {
    expectClose(hashpriceMatchingLeaseUsdPerPhDay({ ...matching, leaseUsdPerMwYear: 0 }), 24, 1e-12);
  });

  const bad = [
    ...notNonNegative.map((v) => ({ input: 'leaseUsdPerMwYear' as const, value: v })),
    ...notPositive.map((v) => ({ input: 'joulesPerTerahash' as const, value: v })),
    ...notNonNegative.map((v) => ({ input: 'usdPerKwh' as const, value: v })),
    ...notFraction.map((v) => ({ input: 'uptimeFraction' as const, value: v })),
    ...notFraction.map((v) => ({ input: 'poolFeeFraction' as const, value: v })),
  ];
  it.each(bad)('hashpriceMatchingLeaseUsdPerPhDay({ $input: $value }) throws ModelInputError naming $input', ({ input, value }) => {
    expectModelInputError(() => hashpriceMatchingLeaseUsdPerPhDay({ ...matching, leaseUsdPerMwYear: 1e6, [input]: value }), input, value);
  });
});

describe('npvUsd: Σ cash[m] ÷ (1 + r)^((m + 1) ÷ 12), end of each month', () => {
  it('npvUsd([100, 100], 0) — with no discount the NPV is the sum, 200', () => {
    expect(npvUsd([100, 100], 0)).toBe(200);
  });

  it('npvUsd(24 months of 1,000 and −500 alternating, 0) — the plain sum, 12 × 500 = 6,000', () => {
    expect(npvUsd(Array.from({ length: 24 }, (_, m) => (m % 2 === 0 ? 1_000 : -500)), 0)).toBe(6_000);
  });

  it('npvUsd([0 × 11, 110], 0.1) — the twelfth month ends a year in: 110 ÷ 1.1 = 100', () => {
    expectClose(npvUsd([...Array(11).fill(0), 110], 0.1), 100, 1e-12);
  });

  it('npvUsd([100], 0.1) — month 0 is discounted a twelfth of a year, 100 ÷ 1.1^(1/12) ≈ 99.2089', () => {
    // ln 1.1 / 12 = 0.0079426; e^−0.0079426 = 0.9920889
    expectClose(npvUsd([100], 0.1), 100 / 1.1 ** (1 / 12), 1e-12);
    expectClose(npvUsd([100], 0.1), 99.208_9, 1e-6);
  });

  it('npvUsd(12 × 100, 0.1) — a geometric sum: 100 q (1 − q^12) ÷ (1 − q), q = 1.1^(−1/12)', () => {
    const q = 1.1 ** (-1 / 12);
    expectClose(npvUsd(Array(12).fill(100), 0.1), (100 * q * (1 - 1 / 1.1)) / (1 - q), 1e-12);
  });

  it('npvUsd([0, 0, 121 at month 23], 0.1) — two years out: 121 ÷ 1.21 = 100', () => {
    expectClose(npvUsd([...Array(23).fill(0), 121], 0.1), 100, 1e-12);
  });

  it('npvUsd([], 0.1) — no cash is worth 0', () => {
    expect(npvUsd([], 0.1)).toBe(0);
  });

  it.each(notNonNegative)('npvUsd([100], %s) throws ModelInputError naming discountRatePerYear', (v) => {
    expectModelInputError(() => npvUsd([100], v), 'discountRatePerYear', v);
  });

  it.each(nonFinite)('npvUsd([100, %s], 0.1) throws ModelInputError naming cashUsdByMonth[1]', (v) => {
    expectModelInputError(() => npvUsd([100, v], 0.1), 'cashUsdByMonth[1]', v);
  });
});

describe('leaseCashUsdByMonth: conversion in month 0, then a twelfth of the rent a month', () => {
  const doc: LeasePathInputs = { megawatts: 1, leaseUsdPerMwYear: 1.2e6, leaseMonths: 2, conversionUsdPerMw: 5e5, conversionMonths: 1 };

  it('leaseCashUsdByMonth(doc example, 4) — [−500,000, 100,000, 100,000, 0]', () => {
    // rent 1.2e6 / 12 = 100,000 a month, paid in months 1 and 2; the conversion 1 × 500,000 in month 0
    expect(leaseCashUsdByMonth(doc, 4)).toEqual([-500_000, 100_000, 100_000, 0]);
  });

  it('leaseCashUsdByMonth({ conversionMonths: 0 }, 3) — a month-0 start pays its first rent in month 0: [100,000 − 500,000, 100,000, 0]', () => {
    expect(leaseCashUsdByMonth({ ...doc, conversionMonths: 0 }, 3)).toEqual([-400_000, 100_000, 0]);
  });

  it('leaseCashUsdByMonth({ megawatts: 245, Hut 8 rent, 15 years, 6 months to convert at $2 M/MW }, 186) — rent 245 × 7e9 / 3,675 / 12 = 7e9 / 180 a month for 180 months', () => {
    const cash = leaseCashUsdByMonth({ megawatts: 245, leaseUsdPerMwYear: 7e9 / 3_675, leaseMonths: 180, conversionUsdPerMw: 2e6, conversionMonths: 6 }, 190);
    expect(cash).toHaveLength(190);
    expect(cash[0]).toBe(-245 * 2e6);
    for (let m = 1; m < 6; m++) expect(cash[m]).toBe(0);
    for (let m = 6; m < 186; m++) expectClose(cash[m]!, 7e9 / 180, 1e-12);
    for (let m = 186; m < 190; m++) expect(cash[m]).toBe(0);
    // the whole contract is paid: 180 × 7e9 / 180 = 7e9
    expectClose(cash.slice(6).reduce((s, c) => s + c, 0), 7e9, 1e-12);
  });

  it('leaseCashUsdByMonth(doc example, 0) — no months, no cash', () => {
    expect(leaseCashUsdByMonth(doc, 0)).toEqual([]);
  });

  const bad = [
    ...notNonNegative.map((v) => ({ input: 'megawatts' as const, value: v })),
    ...notNonNegative.map((v) => ({ input: 'leaseUsdPerMwYear' as const, value: v })),
    ...notNonNegative.map((v) => ({ input: 'leaseMonths' as const, value: v })),
    ...notNonNegative.map((v) => ({ input: 'conversionUsdPerMw' as const, value: v })),
    ...notNonNegative.map((v) => ({ input: 'conversionMonths' as const, value: v })),
  ];
  it.each(bad)('leaseCashUsdByMonth({ $input: $value }) throws ModelInputError naming $input', ({ input, value }) => {
    expectModelInputError(() => leaseCashUsdByMonth({ ...doc, [input]: value }, 4), input, value);
  });

  it.each(notNonNegative)('leaseCashUsdByMonth(doc example, %s) throws ModelInputError naming months', (v) => {
    expectModelInputError(() => leaseCashUsdByMonth(doc, v), 'months', v);
  });
});

describe('miningCashUsdByMonth: each month’s margin less the machines at each life’s start', () => {
  // 1 MW at 20 J/TH = 50,000 TH/s; at $10/TH the fleet costs 500,000.
  const doc: MiningPathInputs = { megawatts: 1, joulesPerTerahash: 20, hashpriceUsdPerPhDayByMonth: [40, 40], usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0, machineUsdPerTh: 10, lifeMonths: 12, mode: 'curtail' };

  it('miningCashUsdByMonth(doc example) — [24,350 − 500,000, 24,350]', () => {
    const cash = miningCashUsdByMonth(doc);
    expect(cash).toHaveLength(2);
    expectClose(cash[0]!, 24_350 - 50_000 * 10, 1e-12);
    expectClose(cash[1]!, 24_350, 1e-12);
  });

  it("miningCashUsdByMonth({ mode: 'curtail' }) — a month below the power cost ($10/PH/day, −21,306.25) is switched off and counts 0", () => {
    const cash = miningCashUsdByMonth({ ...doc, hashpriceUsdPerPhDayByMonth: [40, 10, 40] });
    expectClose(cash[1]!, 0, 0, 0);
    expectClose(cash[2]!, 24_350, 1e-12);
  });

  it("miningCashUsdByMonth({ mode: 'run' }) — the same month is paid: 50 × 10 × 30.4375 − 36,525 = −21,306.25", () => {
    const cash = miningCashUsdByMonth({ ...doc, hashpriceUsdPerPhDayByMonth: [40, 10, 40], mode: 'run' });
    expectClose(cash[1]!, 15_218.75 - 36_525, 1e-12);
  });

  it('miningCashUsdByMonth({ lifeMonths: 12 }, 25 months) — the fleet is bought again in months 12 and 24', () => {
    const cash = miningCashUsdByMonth({ ...doc, hashpriceUsdPerPhDayByMonth: Array(25).fill(40) });
    cash.forEach((c, m) => expectClose(c, m % 12 === 0 ? 24_350 - 500_000 : 24_350, 1e-12));
  });

  it('miningCashUsdByMonth({ replacementUsdPerThByMonth }) — replacements cost that month’s price per TH; month 0 keeps machineUsdPerTh', () => {
    const replacement = Array.from({ length: 5 }, (_, m) => 100 + m); // month 2 costs $102/TH, month 4 $104/TH
    const cash = miningCashUsdByMonth({ ...doc, hashpriceUsdPerPhDayByMonth: Array(5).fill(40), lifeMonths: 2, replacementUsdPerThByMonth: replacement });
    expectClose(cash[0]!, 24_350 - 50_000 * 10, 1e-12);
    expectClose(cash[1]!, 24_350, 1e-12);
    expectClose(cash[2]!, 24_350 - 50_000 * 102, 1e-12);
    expectClose(cash[3]!, 24_350, 1e-12);
    expectClose(cash[4]!, 24_350 - 50_000 * 104, 1e-12);
  });

  it('miningCashUsdByMonth({ lifeMonths: 2.4 }) — a life is rounded to whole months (2)', () => {
    const cash = miningCashUsdByMonth({ ...doc, hashpriceUsdPerPhDayByMonth: Array(4).fill(40), lifeMonths: 2.4 });
    cash.forEach((c, m) => expectClose(c, m % 2 === 0 ? 24_350 - 500_000 : 24_350, 1e-12));
  });

  it('miningCashUsdByMonth({ hashpriceUsdPerPhDayByMonth: [] }) — no months, no cash (not even the machines)', () => {
    expect(miningCashUsdByMonth({ ...doc, hashpriceUsdPerPhDayByMonth: [] })).toEqual([]);
  });

  const bad = [
    ...notNonNegative.map((v) => ({ input: 'megawatts' as const, value: v })),
    ...notPositive.map((v) => ({ input: 'joulesPerTerahash' as const, value: v })),
    ...notNonNegative.map((v) => ({ input: 'usdPerKwh' as const, value: v })),
    ...notFraction.map((v) => ({ input: 'uptimeFraction' as const, value: v })),
    ...notFraction.map((v) => ({ input: 'poolFeeFraction' as const, value: v })),
    ...notNonNegative.map((v) => ({ input: 'machineUsdPerTh' as const, value: v })),
    ...notPositive.map((v) => ({ input: 'lifeMonths' as const, value: v })),
  ];
  it.each(bad)('miningCashUsdByMonth({ $input: $value }) throws ModelInputError naming $input', ({ input, value }) => {
    expectModelInputError(() => miningCashUsdByMonth({ ...doc, [input]: value }), input, value);
  });

  it.each(notNonNegative)('miningCashUsdByMonth({ hashpriceUsdPerPhDayByMonth: [40, %s] }) throws ModelInputError naming hashpriceUsdPerPhDayByMonth[1]', (v) => {
    expectModelInputError(() => miningCashUsdByMonth({ ...doc, hashpriceUsdPerPhDayByMonth: [40, v] }), 'hashpriceUsdPerPhDayByMonth[1]', v);
  });

  it.each(notNonNegative)('miningCashUsdByMonth({ replacementUsdPerThByMonth[2]: %s }) throws ModelInputError naming it', (v) => {
    expectModelInputError(() => miningCashUsdByMonth({ ...doc, hashpriceUsdPerPhDayByMonth: [40, 40, 40], lifeMonths: 2, replacementUsdPerThByMonth: [10, 10, v] }), 'replacementUsdPerThByMonth[2]', v);
  });

  it.each(['idle', 'Curtail', ''])("miningCashUsdByMonth({ mode: '%s' }) throws ModelInputError naming mode", (v) => {
    expectModelInputError(() => miningCashUsdByMonth({ ...doc, mode: v as MiningPathInputs['mode'] }), 'mode', v as unknown as number);
  });
});

describe('cumulativeUsd: running totals', () => {
  it('cumulativeUsd([−5, 2, 2]) — [−5, −3, −1]', () => {
    expect(cumulativeUsd([-5, 2, 2])).toEqual([-5, -3, -1]);
  });

  it('cumulativeUsd(doc lease path) — [−500,000, −400,000, −300,000, −300,000]; the last is the sum', () => {
    expect(cumulativeUsd([-500_000, 100_000, 100_000, 0])).toEqual([-500_000, -400_000, -300_000, -300_000]);
  });

  it('cumulativeUsd([]) — []', () => {
    expect(cumulativeUsd([])).toEqual([]);
  });

  it.each(nonFinite)('cumulativeUsd([1, %s]) throws ModelInputError naming cashUsdByMonth[1]', (v) => {
    expectModelInputError(() => cumulativeUsd([1, v]), 'cashUsdByMonth[1]', v);
  });
});
