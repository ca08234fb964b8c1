import { describe, expect, it } from 'vitest';
import { hashcostUsdPerThDay, powerCostUsdPerDay } from '../../src/model/powerCost.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notFraction, notNonNegative, notPositive } from '../helpers/modelErrors.ts';

// Power cost/day = W / 1000 · 24 h · $/kWh · uptime.   Hashcost = J/TH · 24 · $/kWh / 1000 (per TH/s per day).
describe('powerCostUsdPerDay', () => {
  it.each([
    { args: { watts: 5_676, usdPerKwh: 0.06, uptimeFraction: 1 }, expected: 8.173_44, tol: 1e-12, note: 'S21 XP Hydro at 6¢: 5.676 kW · 24 h · 0.06 (S003-021)' },
    { args: { watts: 3_010, usdPerKwh: 0.06, uptimeFraction: 1 }, expected: 4.3344, tol: 1e-12, note: 'S19 XP at 6¢: 3.01 · 24 · 0.06' },
    { args: { watts: 3_050, usdPerKwh: 0.06, uptimeFraction: 1 }, expected: 4.392, tol: 1e-12, note: 'S19j Pro (100 TH/s at 30.5 J/TH) at $60/MWh' },
    { args: { watts: 5_676, usdPerKwh: 0.06, uptimeFraction: 0.5 }, expected: 4.086_72, tol: 1e-12, note: 'half the day' },
    { args: { watts: 1_000, usdPerKwh: 0.025, uptimeFraction: 1 }, expected: 0.6, tol: 1e-12, note: '1 kW at the cheap $0.025/kWh of S000-015' },
  ])('powerCostUsdPerDay($args) is $expected USD ($note)', ({ args, expected, tol }) => {
    expectClose(powerCostUsdPerDay(args), expected, tol);
  });

  it('powerCostUsdPerDay is exactly 0 with free power', () => {
    expect(powerCostUsdPerDay({ watts: 5_676, usdPerKwh: 0, uptimeFraction: 1 })).toBe(0);
  });

  it('powerCostUsdPerDay is exactly 0 at uptime 0', () => {
    expect(powerCostUsdPerDay({ watts: 5_676, usdPerKwh: 0.06, uptimeFraction: 0 })).toBe(0);
  });

  it('powerCostUsdPerDay does not mutate its input', () => {
    const input = { watts: 5_676, usdPerKwh: 0.06, uptimeFraction: 0.9 };
    const before = structuredClone(input);
    powerCostUsdPerDay(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('powerCostUsdPerDay rejects watts = %s with a ModelInputError naming watts', (bad) => {
    expectModelInputError(() => powerCostUsdPerDay({ watts: bad, usdPerKwh: 0.06, uptimeFraction: 1 }), 'watts', bad);
  });

  it.each(notNonNegative)('powerCostUsdPerDay rejects usdPerKwh = %s with a ModelInputError naming usdPerKwh', (bad) => {
    expectModelInputError(() => powerCostUsdPerDay({ watts: 5_676, usdPerKwh: bad, uptimeFraction: 1 }), 'usdPerKwh', bad);
  });

  it.each(notFraction)('powerCostUsdPerDay rejects uptimeFraction = %s with a ModelInputError naming uptimeFraction', (bad) => {
    expectModelInputError(() => powerCostUsdPerDay({ watts: 5_676, usdPerKwh: 0.06, uptimeFraction: bad }), 'uptimeFraction', bad);
  });
});

describe('hashcostUsdPerThDay', () => {
  it.each([
    { args: { joulesPerTerahash: 30.5, usdPerKwh: 0.06 }, expected: 0.043_92, tol: 1e-12, note: 'S19j Pro at $60/MWh: 30.5 · 24 · 0.06 / 1000 (S001-099)' },
    { args: { joulesPerTerahash: 12, usdPerKwh: 0.06 }, expected: 0.017_28, tol: 1e-12, note: 'S21 XP Hydro at 6¢: 12 · 0.024 · 0.06' },
    { args: { joulesPerTerahash: 21.5, usdPerKwh: 0.06 }, expected: 0.030_96, tol: 1e-12, note: 'S19 XP at 6¢: 21.5 · 0.024 · 0.06' },
    { args: { joulesPerTerahash: 22.875, usdPerKwh: 0.06 }, expected: 0.032_94, tol: 1e-12, note: 'S19j Pro 25 % more efficient: 22.875 · 0.00144' },
  ])('hashcostUsdPerThDay($args) is $expected USD per TH/s per day ($note)', ({ args, expected, tol }) => {
    expectClose(hashcostUsdPerThDay(args), expected, tol);
  });

  it('hashcostUsdPerThDay leaves an S19j Pro a profit of $0.01608 per TH/s per day at a $0.06 hashprice and $60/MWh (FMV input, S001-098/099)', () => {
    // 0.06 − 30.5 · 24 · 0.06 / 1000 = 0.06 − 0.04392 = 0.01608
    expectClose(0.06 - hashcostUsdPerThDay({ joulesPerTerahash: 30.5, usdPerKwh: 0.06 }), 0.016_08, 1e-10);
  });

  it('hashcostUsdPerThDay is the power cost of one TH/s: S21 XP Hydro power cost / 473 TH/s', () => {
    // 8.17344 / 473 = 0.01728
    expectClose(hashcostUsdPerThDay({ joulesPerTerahash: 12, usdPerKwh: 0.06 }), 8.173_44 / 473, 1e-12);
  });

  it('hashcostUsdPerThDay is exactly 0 with free power', () => {
    expect(hashcostUsdPerThDay({ joulesPerTerahash: 30.5, usdPerKwh: 0 })).toBe(0);
  });

  it('hashcostUsdPerThDay does not mutate its input', () => {
    const input = { joulesPerTerahash: 30.5, usdPerKwh: 0.06 };
    const before = structuredClone(input);
    hashcostUsdPerThDay(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('hashcostUsdPerThDay rejects joulesPerTerahash = %s with a ModelInputError naming joulesPerTerahash', (bad) => {
    expectModelInputError(() => hashcostUsdPerThDay({ joulesPerTerahash: bad, usdPerKwh: 0.06 }), 'joulesPerTerahash', bad);
  });

  it.each(notNonNegative)('hashcostUsdPerThDay rejects usdPerKwh = %s with a ModelInputError naming usdPerKwh', (bad) => {
    expectModelInputError(() => hashcostUsdPerThDay({ joulesPerTerahash: 30.5, usdPerKwh: bad }), 'usdPerKwh', bad);
  });
});
