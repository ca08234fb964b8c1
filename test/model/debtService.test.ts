import { describe, expect, it } from 'vitest';
import { breakevenBtcPrices, breakevenHashpriceForDebtUsdPerPhDay, debtServiceCoverageRatio, fleetCashFlowLinearInPrice, fleetCashFlowUsdPerMonth, machineProfitUsdPerDay, type Fleet } from '../../src/model/debtService.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notFraction, notNonNegative, notOpenFraction, notPositive } from '../helpers/modelErrors.ts';
import { hydroFleet } from '../helpers/fleets.ts';

// By hand: a month is 30.4375 days; hashprice is USD per PH/s per day, so a machine of T TH/s earns T × hp / 1000 a day
// (× uptime × (1 − pool fee)) and pays W × 0.024 kWh × $/kWh (× uptime) for power.
// The fleet of the issue: 1,000 S21 XP Hydros (473 TH/s, 5,676 W) on $0.06/kWh, opex $50,000 a month, at $34/PH/day:
//   per machine per day 473 × 0.034 − 5,676 × 0.024 × 0.06 = 16.082 − 8.17344 = 7.90856;
//   cash flow 1,000 × 7.90856 × 30.4375 − 50,000 = 240,716.795 − 50,000 = 190,716.795.
// The $5 M, 12 %, 24-month loan pays A = 50,000 / (1 − 1.01^−24) = 235,367.3611, so DSCR = 190,716.795 / 235,367.3611 = 0.810294.
// Breakeven hashprice for that debt: ((235,367.3611 + 50,000) / (1,000 × 30.4375) + 8.17344) / 0.473
//   = (9.375496 + 8.17344) / 0.473 = 17.548936 / 0.473 = 37.10139.
// The machine's power breakeven: 8.17344 / 0.473 = 17.2800 $/PH/day.

const payment = (5e6 * 0.01) / (1 - 1.01 ** -24); // 235,367.3611
const powerPerDay = 5_676 * 0.024 * 0.06; // 8.17344
const powerBreakeven = powerPerDay / 0.473; // 17.28

describe('machineProfitUsdPerDay', () => {
  it.each([
    { note: 'an S21 XP Hydro at $34/PH/day makes $7.90856 a day', fleet: hydroFleet, hp: 34, expected: 473 * 0.034 - 5_676 * 0.024 * 0.06 },
    {
      note: 'with 95 % uptime and a 2 % pool fee: 473 × 0.034 × 0.95 × 0.98 − 8.17344 × 0.95 = $7.2083',
      fleet: { ...hydroFleet, uptimeFraction: 0.95, poolFeeFraction: 0.02 },
      hp: 34,
      expected: 473 * 0.034 * 0.95 * 0.98 - 5_676 * 0.024 * 0.06 * 0.95,
    },
    { note: 'below the power breakeven ($15) it loses 473 × 0.015 − 8.17344 = −$1.07844 a day', fleet: hydroFleet, hp: 15, expected: 473 * 0.015 - 8.173_44 },
    { note: 'at hashprice 0 it loses its power bill, $8.17344', fleet: hydroFleet, hp: 0, expected: -8.173_44 },
  ])('machineProfitUsdPerDay: $note', ({ fleet, hp, expected }) => {
    expectClose(machineProfitUsdPerDay(fleet, hp), expected, 1e-12);
  });
});

describe('fleetCashFlowUsdPerMonth: units × profit × 30.4375 − opex', () => {
  it.each([
    { note: 'the issue fleet at $34 makes $190,716.80', fleet: hydroFleet, hp: 34, expected: 1_000 * (473 * 0.034 - 5_676 * 0.024 * 0.06) * 30.437_5 - 50_000, literal: 190_716.795 },
    {
      note: '95 % uptime and a 2 % pool fee: 1,000 × (14.972342 − 7.764768) × 30.4375 − 50,000 = $169,380.53',
      fleet: { ...hydroFleet, uptimeFraction: 0.95, poolFeeFraction: 0.02 },
      hp: 34,
      expected: 1_000 * (473 * 0.034 * 0.95 * 0.98 - 5_676 * 0.024 * 0.06 * 0.95) * 30.437_5 - 50_000,
      literal: 169_380.533_625,
    },
    { note: 'free power: 1,000 × 16.082 × 30.4375 − 50,000 = $439,495.88', fleet: { ...hydroFleet, usdPerKwh: 0 }, hp: 34, expected: 1_000 * 473 * 0.034 * 30.437_5 - 50_000, literal: 439_495.875 },
    { note: 'curtail mode below the power breakeven ($15): machines off, only opex, −$50,000', fleet: hydroFleet, hp: 15, expected: -50_000, literal: -50_000 },
    {
      note: 'run mode below the power breakeven ($15): 1,000 × (7.095 − 8.17344) × 30.4375 − 50,000 = −$82,825.02',
      fleet: { ...hydroFleet, mode: 'run' as const },
      hp: 15,
      expected: 1_000 * (473 * 0.015 - 5_676 * 0.024 * 0.06) * 30.437_5 - 50_000,
      literal: -82_825.017_5,
    },
    { note: 'curtail mode at hashprice 0: −opex', fleet: hydroFleet, hp: 0, expected: -50_000, literal: -50_000 },
    { note: 'run mode at hashprice 0: −1,000 × 8.17344 × 30.4375 − 50,000 = −$298,779.08', fleet: { ...hydroFleet, mode: 'run' as const }, hp: 0, expected: -1_000 * 8.173_44 * 30.437_5 - 50_000, literal: -298_779.08 },
    { note: 'run mode above the power breakeven equals curtail mode ($34)', fleet: { ...hydroFleet, mode: 'run' as const }, hp: 34, expected: 190_716.795, literal: 190_716.795 },
    { note: 'zero uptime: nothing earned or burned, −opex', fleet: { ...hydroFleet, uptimeFraction: 0 }, hp: 34, expected: -50_000, literal: -50_000 },
  ])('fleetCashFlowUsdPerMonth: $note', ({ fleet, hp, expected, literal }) => {
    const cash = fleetCashFlowUsdPerMonth(fleet, hp);
    expectClose(cash, expected, 1e-12, 1e-9);
    expectClose(cash, literal, 1e-6);
  });

  it('fleetCashFlowUsdPerMonth: exactly at the power breakeven both modes pay only opex (to 1e-9 of the power bill)', () => {
    for (const mode of ['curtail', 'run'] as const) expectClose(fleetCashFlowUsdPerMonth({ ...hydroFleet, mode }, powerBreakeven), -50_000, 0, 1e-9 * 1_000 * powerPerDay * 30.437_5);
  });

  it('fleetCashFlowUsdPerMonth: curtail never pays less than run, and they differ only below the power breakeven', () => {
    for (const hp of [0, 5, 17, 17.5, 20, 34, 100]) {
      const c = fleetCashFlowUsdPerMonth(hydroFleet, hp);
      const r = fleetCashFlowUsdPerMonth({ ...hydroFleet, mode: 'run' }, hp);
      expect(c).toBeGreaterThanOrEqual(r);
      if (hp > powerBreakeven) expect(c).toBe(r);
      else if (hp < powerBreakeven) expect(c).toBeGreaterThan(r);
    }
  });
});

describe('debtServiceCoverageRatio: cash flow ÷ payment', () => {
  it.each([
    { note: 'the issue fleet on the $5 M loan: 190,716.795 / 235,367.36 = 0.810294', cash: 190_716.795, pay: payment, expected: 0.810_294_146_5 },
    { note: 'cash equal to the payment covers it exactly: 1', cash: 235_367.36, pay: 235_367.36, expected: 1 },
    { note: 'a cash loss gives a negative ratio: −50,000 / 235,367.36 = −0.212434', cash: -50_000, pay: payment, expected: -50_000 / payment },
    { note: 'no cash covers nothing: 0', cash: 0, pay: 1, expected: 0 },
  ])('debtServiceCoverageRatio: $note', ({ cash, pay, expected }) => {
    expectClose(debtServiceCoverageRatio({ cashFlowUsd: cash, paymentUsd: pay }), expected, 1e-9);
  });

  it.each(notPositive)('debtServiceCoverageRatio: paymentUsd %s throws ModelInputError naming it', (v) => {
    expectModelInputError(() => debtServiceCoverageRatio({ cashFlowUsd: 1, paymentUsd: v }), 'paymentUsd', v);
  });
  it.each(nonFinite)('debtServiceCoverageRatio: cashFlowUsd %s throws ModelInputError naming it', (v) => {
    expectModelInputError(() => debtServiceCoverageRatio({ cashFlowUsd: v, paymentUsd: 1 }), 'cashFlowUsd', v);
  });
});

describe('breakevenHashpriceForDebtUsdPerPhDay', () => {
  it.each([
    { note: 'the issue fleet on the $5 M loan needs $37.10/PH/day', fleet: hydroFleet, pay: payment, coverage: 1, expected: ((payment + 50_000) / (1_000 * 30.437_5) + powerPerDay) / 0.473, literal: 37.101_39 },
    {
      note: 'covering 1.25 × the payment needs ((294,209.20 + 50,000) / 30,437.5 + 8.17344) / 0.473 = (11.308713 + 8.17344) / 0.473 = $41.19',
      fleet: hydroFleet,
      pay: payment,
      coverage: 1.25,
      expected: ((1.25 * payment + 50_000) / (1_000 * 30.437_5) + powerPerDay) / 0.473,
      literal: 41.188_50,
    },
    {
      note: 'with 95 % uptime and a 2 % pool fee: (9.375496 + 8.17344 × 0.95) / (0.473 × 0.95 × 0.98) = 17.140264 / 0.440363 = $38.92',
      fleet: { ...hydroFleet, uptimeFraction: 0.95, poolFeeFraction: 0.02 },
      pay: payment,
      coverage: 1,
      expected: ((payment + 50_000) / (1_000 * 30.437_5) + powerPerDay * 0.95) / (0.473 * 0.95 * 0.98),
      literal: 38.923_09,
    },
    { note: 'no debt and no opex is the power breakeven, 8.17344 / 0.473 = $17.28', fleet: { ...hydroFleet, opexUsdPerMonth: 0 }, pay: 0, coverage: 1, expected: powerBreakeven, literal: 17.28 },
    { note: 'free power, no opex: 235,367.36 / 30,437.5 / 0.473 = 7.732801 / 0.473 = $16.348', fleet: { ...hydroFleet, usdPerKwh: 0, opexUsdPerMonth: 0 }, pay: payment, coverage: 1, expected: payment / (1_000 * 30.437_5) / 0.473, literal: 16.348_43 },
    { note: 'coverage 0 is the opex-and-power breakeven: (50,000 / 30,437.5 + 8.17344) / 0.473 = $20.753', fleet: hydroFleet, pay: payment, coverage: 0, expected: (50_000 / 30_437.5 + powerPerDay) / 0.473, literal: 20.753_0 },
  ])('breakevenHashpriceForDebtUsdPerPhDay: $note', ({ fleet, pay, coverage, expected, literal }) => {
    const hp = breakevenHashpriceForDebtUsdPerPhDay(fleet, pay, coverage);
    expectClose(hp, expected, 1e-12);
    expectClose(hp, literal, 1e-5);
  });

  it.each([
    { note: 'the issue fleet', fleet: hydroFleet, pay: payment, coverage: 1 },
    { note: 'the issue fleet in run mode', fleet: { ...hydroFleet, mode: 'run' as const }, pay: payment, coverage: 1 },
    { note: '95 % uptime, a 2 % pool fee, 1.3 × coverage', fleet: { ...hydroFleet, uptimeFraction: 0.95, poolFeeFraction: 0.02 }, pay: payment, coverage: 1.3 },
    { note: 'a small fleet of 30.5 J/TH machines on 8¢ power', fleet: { ...hydroFleet, machine: { terahashPerSecond: 100, watts: 3_050 }, units: 40, usdPerKwh: 0.08, opexUsdPerMonth: 1_000 }, pay: 2_500, coverage: 1 },
  ])('breakevenHashpriceForDebtUsdPerPhDay: the cash flow at the breakeven equals coverage × the payment — $note', ({ fleet, pay, coverage }) => {
    const hp = breakevenHashpriceForDebtUsdPerPhDay(fleet, pay, coverage);
    const cash = fleetCashFlowUsdPerMonth(fleet, hp);
    expectClose(cash, coverage * pay, 1e-9);
    if (coverage === 1) expectClose(debtServiceCoverageRatio({ cashFlowUsd: cash, paymentUsd: pay }), 1, 1e-9);
    // It sits above the power breakeven, so the machines run there in either mode.
    expect(hp).toBeGreaterThan(breakevenHashpriceForDebtUsdPerPhDay({ ...fleet, opexUsdPerMonth: 0 }, 0));
  });

  it('breakevenHashpriceForDebtUsdPerPhDay: at zero uptime any debt or opex is out of reach (Infinity)', () => {
    expect(breakevenHashpriceForDebtUsdPerPhDay({ ...hydroFleet, uptimeFraction: 0 }, payment)).toBe(Infinity);
    expect(breakevenHashpriceForDebtUsdPerPhDay({ ...hydroFleet, uptimeFraction: 0 }, 0)).toBe(Infinity);
  });

  it('breakevenHashpriceForDebtUsdPerPhDay: at zero uptime with no debt and no opex, hashprice 0 already covers (0, not NaN)', () => {
    // Cash flow is 0 at every hashprice and coverage × payment is 0, so the least hashprice that covers is 0.
    const fleet = { ...hydroFleet, uptimeFraction: 0, opexUsdPerMonth: 0 };
    expect(fleetCashFlowUsdPerMonth(fleet, 0)).toBe(0);
    expect(breakevenHashpriceForDebtUsdPerPhDay(fleet, 0)).toBe(0);
  });

  it.each([
    ...notNonNegative.map((v) => ({ pay: v, coverage: 1, input: 'paymentUsd', value: v })),
    ...notNonNegative.map((v) => ({ pay: 1, coverage: v, input: 'coverage', value: v })),
  ])('breakevenHashpriceForDebtUsdPerPhDay: $input $value throws ModelInputError naming it', ({ pay, coverage, input, value }) => {
    expectModelInputError(() => breakevenHashpriceForDebtUsdPerPhDay(hydroFleet, pay, coverage), input, value);
  });
});

describe('fleet inputs: bad values throw ModelInputError naming them', () => {
  const bad: { fleet: Fleet; input: string; value: number }[] = [
    ...notPositive.map((v) => ({ fleet: { ...hydroFleet, machine: { ...hydroFleet.machine, terahashPerSecond: v } }, input: 'machine.terahashPerSecond', value: v })),
    ...notPositive.map((v) => ({ fleet: { ...hydroFleet, machine: { ...hydroFleet.machine, watts: v } }, input: 'machine.watts', value: v })),
    ...[0, -1, 1.5, ...nonFinite].map((v) => ({ fleet: { ...hydroFleet, units: v }, input: 'units', value: v })),
    ...notNonNegative.map((v) => ({ fleet: { ...hydroFleet, usdPerKwh: v }, input: 'usdPerKwh', value: v })),
    ...notFraction.map((v) => ({ fleet: { ...hydroFleet, uptimeFraction: v }, input: 'uptimeFraction', value: v })),
    ...notOpenFraction.map((v) => ({ fleet: { ...hydroFleet, poolFeeFraction: v }, input: 'poolFeeFraction', value: v })),
    ...notNonNegative.map((v) => ({ fleet: { ...hydroFleet, opexUsdPerMonth: v }, input: 'opexUsdPerMonth', value: v })),
    ...['idle', 'Curtail', ''].map((v) => ({ fleet: { ...hydroFleet, mode: v as Fleet['mode'] }, input: 'mode', value: v as unknown as number })),
  ];
  it.each(bad)('fleetCashFlowUsdPerMonth and breakevenHashpriceForDebtUsdPerPhDay: $input $value throws', ({ fleet, input, value }) => {
    expectModelInputError(() => fleetCashFlowUsdPerMonth(fleet, 34), input, value);
    expectModelInputError(() => breakevenHashpriceForDebtUsdPerPhDay(fleet, payment), input, value);
  });

  it.each(notNonNegative)('fleetCashFlowUsdPerMonth: hashprice %s throws ModelInputError naming it', (v) => {
    expectModelInputError(() => fleetCashFlowUsdPerMonth(hydroFleet, v), 'hashpriceUsdPerPhDay', v);
  });
});

describe('fleetCashFlowLinearInPrice and breakevenBtcPrices: the same loan in dollars or bitcoin, by BTC price', () => {
  // At 141 T and 3.125 BTC: 3.125 × 86,400e12 ÷ (141e12 × 2^32) = 4.45846e-7 BTC per TH/s a day.
  const btcPerThDay = (3.125 * 86_400e12) / (141e12 * 2 ** 32);
  const k = 1_000 * 30.4375 * 473 * btcPerThDay; // ≈ 6.41882 USD a month per USD of price
  const c = 1_000 * 30.4375 * 5_676 * 0.024 * 0.06 + 50_000; // 248,779.08 + 50,000
  const a = (3e6 * 0.01) / (1 - 1.01 ** -24); // $141,220.42

  it('writes cash flow as k·P − c, equal to fleetCashFlowUsdPerMonth at any price where the machines run', () => {
    const linear = fleetCashFlowLinearInPrice(hydroFleet, btcPerThDay);
    expectClose(linear.usdPerMonthPerUsdOfPrice, k, 1e-12);
    expectClose(linear.fixedUsdPerMonth, c, 1e-12);
    for (const price of [50_000, 76_176, 150_000]) expectClose(linear.usdPerMonthPerUsdOfPrice * price - linear.fixedUsdPerMonth, fleetCashFlowUsdPerMonth(hydroFleet, price * btcPerThDay * 1000), 1e-9);
  });

  it('solves DSCR = 1 at (A + c) ÷ k ≈ $68,548 in dollars and c ÷ (k − A ÷ P₀) ≈ $65,451 in bitcoin; the bitcoin ceiling is k·P₀ ÷ A ≈ 3.46', () => {
    const b = breakevenBtcPrices({ usdPerMonthPerUsdOfPrice: k, fixedUsdPerMonth: c }, a, 76_176);
    expectClose(b.usdLoanUsdPerBtc, (a + c) / k, 1e-12);
    expectClose(b.usdLoanUsdPerBtc, 68_548.39, 1e-6);
    expectClose(b.btcLoanUsdPerBtc, 65_450.74, 1e-6);
    expectClose(b.btcCoverageCeiling, 3.462387, 1e-6);
  });

  it('has no bitcoin breakeven without dollar costs, or when the payment per dollar of price exceeds revenue per dollar', () => {
    expect(breakevenBtcPrices({ usdPerMonthPerUsdOfPrice: k, fixedUsdPerMonth: 0 }, a, 76_176).btcLoanUsdPerBtc).toBe(Infinity);
    expect(breakevenBtcPrices({ usdPerMonthPerUsdOfPrice: k, fixedUsdPerMonth: c }, 10 * k * 76_176, 76_176).btcLoanUsdPerBtc).toBe(Infinity);
    expect(breakevenBtcPrices({ usdPerMonthPerUsdOfPrice: k, fixedUsdPerMonth: c }, 0, 76_176).btcCoverageCeiling).toBe(Infinity);
  });
});
