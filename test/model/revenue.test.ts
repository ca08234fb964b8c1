import { describe, expect, it } from 'vitest';
import { revenueUsdPerDay, type RevenueInputs } from '../../src/model/revenue.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notFraction, notNonNegative, notOpenFraction, notPositive } from '../helpers/modelErrors.ts';

// Revenue/day = TH/s · hashprice · uptime · (1 − pool fee).
const s21AtF2pool: RevenueInputs = { terahashPerSecond: 473, hashpriceUsdPerThDay: 0.034, uptimeFraction: 1, poolFeeFraction: 0 };

// Hashprice at $75,000, 141 T, 3.125 BTC, no fees: 75,000 · 86,400 · 3.125 / (141 · 2^32) = 20,250,000,000 / 605,590,388,736.
const hashpriceAt75k = 20_250_000_000 / 605_590_388_736;

describe('revenueUsdPerDay', () => {
  it.each([
    { args: s21AtF2pool, expected: 16.082, tol: 1e-12, note: 'S21 XP Hydro at $0.034: 473 · 0.034' },
    {
      args: { terahashPerSecond: 473, hashpriceUsdPerThDay: hashpriceAt75k, uptimeFraction: 1, poolFeeFraction: 0 },
      // 473 · 20,250,000,000 / 605,590,388,736 = 9,578,250,000,000 / 605,590,388,736 = 15.8164…
      expected: 9_578_250_000_000 / 605_590_388_736,
      tol: 1e-12,
      note: 'S21 XP Hydro at $75,000 and 141 T ≈ $15.82',
    },
    {
      args: { terahashPerSecond: 140, hashpriceUsdPerThDay: hashpriceAt75k, uptimeFraction: 1, poolFeeFraction: 0 },
      // 140 · 20,250,000,000 / 605,590,388,736 = 2,835,000,000,000 / 605,590,388,736 = 4.6814…
      expected: 2_835_000_000_000 / 605_590_388_736,
      tol: 1e-12,
      note: 'S19 XP at $75,000 and 141 T ≈ $4.68',
    },
    { args: { ...s21AtF2pool, uptimeFraction: 0.95 }, expected: 15.2779, tol: 1e-12, note: '95 % uptime: 16.082 · 0.95' },
    { args: { ...s21AtF2pool, poolFeeFraction: 0.02 }, expected: 15.760_36, tol: 1e-12, note: '2 % pool fee: 16.082 · 0.98' },
    {
      args: { terahashPerSecond: 100, hashpriceUsdPerThDay: 0.06, uptimeFraction: 0.9, poolFeeFraction: 0.025 },
      expected: 5.265,
      tol: 1e-12,
      note: '100 · 0.06 · 0.9 · 0.975',
    },
  ])('revenueUsdPerDay($args) is $expected USD ($note)', ({ args, expected, tol }) => {
    expectClose(revenueUsdPerDay(args), expected, tol);
  });

  it('revenueUsdPerDay is exactly 0 at uptime 0 (a switched-off machine earns nothing)', () => {
    expect(revenueUsdPerDay({ ...s21AtF2pool, uptimeFraction: 0 })).toBe(0);
  });

  it('revenueUsdPerDay is exactly 0 at hashprice 0', () => {
    expect(revenueUsdPerDay({ ...s21AtF2pool, hashpriceUsdPerThDay: 0 })).toBe(0);
  });

  it('revenueUsdPerDay does not mutate its input', () => {
    const input = { ...s21AtF2pool, poolFeeFraction: 0.02, uptimeFraction: 0.97 };
    const before = structuredClone(input);
    revenueUsdPerDay(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('revenueUsdPerDay rejects terahashPerSecond = %s with a ModelInputError naming terahashPerSecond', (bad) => {
    expectModelInputError(() => revenueUsdPerDay({ ...s21AtF2pool, terahashPerSecond: bad }), 'terahashPerSecond', bad);
  });

  it.each(notNonNegative)('revenueUsdPerDay rejects hashpriceUsdPerThDay = %s with a ModelInputError naming hashpriceUsdPerThDay', (bad) => {
    expectModelInputError(() => revenueUsdPerDay({ ...s21AtF2pool, hashpriceUsdPerThDay: bad }), 'hashpriceUsdPerThDay', bad);
  });

  it.each(notFraction)('revenueUsdPerDay rejects uptimeFraction = %s with a ModelInputError naming uptimeFraction', (bad) => {
    expectModelInputError(() => revenueUsdPerDay({ ...s21AtF2pool, uptimeFraction: bad }), 'uptimeFraction', bad);
  });

  it('revenueUsdPerDay accepts uptimeFraction = 1 but rejects 100 (a percent passed as a fraction)', () => {
    expect(() => revenueUsdPerDay({ ...s21AtF2pool, uptimeFraction: 1 })).not.toThrow();
    expectModelInputError(() => revenueUsdPerDay({ ...s21AtF2pool, uptimeFraction: 100 }), 'uptimeFraction', 100);
  });

  it.each(notOpenFraction)('revenueUsdPerDay rejects poolFeeFraction = %s with a ModelInputError naming poolFeeFraction', (bad) => {
    expectModelInputError(() => revenueUsdPerDay({ ...s21AtF2pool, poolFeeFraction: bad }), 'poolFeeFraction', bad);
  });
});
