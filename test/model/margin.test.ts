import { describe, expect, it } from 'vitest';
import { electricityCostRatio, powerCostUsdPerBtc, profitUsdPerDay } from '../../src/model/margin.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notNonNegative } from '../helpers/modelErrors.ts';

// Market of early Feb 2026 (S003-020/021): $75,000, 141 T, 3.125 BTC, no fees, $0.06/kWh.
// Hashprice = 75,000 · 86,400 · 3.125 / (141 · 2^32) = 20,250,000,000 / 605,590,388,736.
// BTC per TH/s per day = 86,400 · 3.125 / (141 · 2^32) = 270,000 / 605,590,388,736.
const s21Revenue = 9_578_250_000_000 / 605_590_388_736; // 473 TH/s · hashprice ≈ 15.8164
const s21Power = 8.173_44; // 5.676 kW · 24 h · $0.06
const s19xpRevenue = 2_835_000_000_000 / 605_590_388_736; // 140 TH/s · hashprice ≈ 4.6814
const s19xpPower = 4.3344; // 3.010 kW · 24 h · $0.06

describe('electricityCostRatio', () => {
  it('electricityCostRatio for the S21 XP Hydro at $75,000, 141 T and 6¢ is 0.517, the "about 52%" of the Feb 2026 feature (S003-022)', () => {
    // 8.17344 · 605,590,388,736 / 9,578,250,000,000 = 0.51677…
    const ratio = electricityCostRatio({ powerCostUsdPerDay: s21Power, revenueUsdPerDay: s21Revenue });
    expectClose(ratio, (8.173_44 * 605_590_388_736) / 9_578_250_000_000, 1e-12);
    expectClose(ratio, 0.5168, 1e-3);
    expect(Math.round(ratio * 100)).toBe(52);
  });

  it('electricityCostRatio for the S19 XP at the same market is 0.926, the low end of the feature\'s 92–100 % (S003-023)', () => {
    // 4.3344 · 605,590,388,736 / 2,835,000,000,000 = 0.92589…
    const ratio = electricityCostRatio({ powerCostUsdPerDay: s19xpPower, revenueUsdPerDay: s19xpRevenue });
    expectClose(ratio, (4.3344 * 605_590_388_736) / 2_835_000_000_000, 1e-12);
    expectClose(ratio, 0.926, 1e-3);
    expect(ratio).toBeGreaterThanOrEqual(0.92);
    expect(ratio).toBeLessThan(1);
  });

  it.each([
    { args: { powerCostUsdPerDay: 8.17, revenueUsdPerDay: 15.72 }, expected: 8.17 / 15.72, tol: 1e-15, note: 'the doc-comment example ≈ 0.52' },
    { args: { powerCostUsdPerDay: 5, revenueUsdPerDay: 5 }, expected: 1, tol: 0, note: 'power eats all revenue: exactly 1' },
    { args: { powerCostUsdPerDay: 6.48, revenueUsdPerDay: 4 }, expected: 1.62, tol: 1e-15, note: 'above 1: loses cash on power (162 %, S003-024)' },
    { args: { powerCostUsdPerDay: 0, revenueUsdPerDay: 4 }, expected: 0, tol: 0, note: 'free power' },
  ])('electricityCostRatio($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(electricityCostRatio(args), expected, tol);
  });

  it('electricityCostRatio with zero revenue and a positive power cost is Infinity (documented edge)', () => {
    expect(electricityCostRatio({ powerCostUsdPerDay: 8.17, revenueUsdPerDay: 0 })).toBe(Infinity);
  });

  it('electricityCostRatio with zero revenue and zero power cost is 0, not NaN (documented edge)', () => {
    const ratio = electricityCostRatio({ powerCostUsdPerDay: 0, revenueUsdPerDay: 0 });
    expect(ratio).toBe(0);
    expect(Number.isNaN(ratio)).toBe(false);
  });

  it('electricityCostRatio with a tiny positive revenue is large but finite', () => {
    const ratio = electricityCostRatio({ powerCostUsdPerDay: 1, revenueUsdPerDay: 1e-300 });
    expect(Number.isFinite(ratio)).toBe(true);
    expectClose(ratio, 1e300, 1e-15);
  });

  it('electricityCostRatio does not mutate its input', () => {
    const input = { powerCostUsdPerDay: s21Power, revenueUsdPerDay: s21Revenue };
    const before = structuredClone(input);
    electricityCostRatio(input);
    expect(input).toEqual(before);
  });

  it.each(notNonNegative)('electricityCostRatio rejects powerCostUsdPerDay = %s with a ModelInputError naming powerCostUsdPerDay', (bad) => {
    expectModelInputError(() => electricityCostRatio({ powerCostUsdPerDay: bad, revenueUsdPerDay: 10 }), 'powerCostUsdPerDay', bad);
  });

  it.each(notNonNegative)('electricityCostRatio rejects revenueUsdPerDay = %s with a ModelInputError naming revenueUsdPerDay', (bad) => {
    expectModelInputError(() => electricityCostRatio({ powerCostUsdPerDay: 5, revenueUsdPerDay: bad }), 'revenueUsdPerDay', bad);
  });
});

describe('profitUsdPerDay', () => {
  it.each([
    { args: { revenueUsdPerDay: 16.08, powerCostUsdPerDay: 8.17 }, expected: 7.91, tol: 1e-12, note: 'the doc-comment example' },
    { args: { revenueUsdPerDay: 0.06, powerCostUsdPerDay: 0.043_92 }, expected: 0.016_08, tol: 1e-12, note: 'S19j Pro per TH/s at $0.06 hashprice and $60/MWh' },
    { args: { revenueUsdPerDay: 4, powerCostUsdPerDay: 6.48 }, expected: -2.48, tol: 1e-12, note: 'a loss is negative' },
    { args: { revenueUsdPerDay: 5, powerCostUsdPerDay: 5 }, expected: 0, tol: 0, note: 'breakeven' },
    { args: { revenueUsdPerDay: 0, powerCostUsdPerDay: 0 }, expected: 0, tol: 0, note: 'switched off' },
  ])('profitUsdPerDay($args) is $expected USD ($note)', ({ args, expected, tol }) => {
    expectClose(profitUsdPerDay(args), expected, tol, 1e-15);
  });

  it('profitUsdPerDay for the S21 XP Hydro at $75,000, 141 T and 6¢ is $7.64 a day', () => {
    // 15.81641… − 8.17344 = 7.64297…
    expectClose(profitUsdPerDay({ revenueUsdPerDay: s21Revenue, powerCostUsdPerDay: s21Power }), 9_578_250_000_000 / 605_590_388_736 - 8.173_44, 1e-12);
  });

  it('profitUsdPerDay does not mutate its input', () => {
    const input = { revenueUsdPerDay: 16.08, powerCostUsdPerDay: 8.17 };
    const before = structuredClone(input);
    profitUsdPerDay(input);
    expect(input).toEqual(before);
  });

  it.each(nonFinite)('profitUsdPerDay rejects revenueUsdPerDay = %s with a ModelInputError naming revenueUsdPerDay', (bad) => {
    expectModelInputError(() => profitUsdPerDay({ revenueUsdPerDay: bad, powerCostUsdPerDay: 5 }), 'revenueUsdPerDay', bad);
  });

  it.each(nonFinite)('profitUsdPerDay rejects powerCostUsdPerDay = %s with a ModelInputError naming powerCostUsdPerDay', (bad) => {
    expectModelInputError(() => profitUsdPerDay({ revenueUsdPerDay: 10, powerCostUsdPerDay: bad }), 'powerCostUsdPerDay', bad);
  });
});

describe('powerCostUsdPerBtc', () => {
  it('powerCostUsdPerBtc for the S21 XP Hydro at 141 T and 6¢ is $38,758 per BTC', () => {
    // BTC/day = 473 · 270,000 / 605,590,388,736; cost/BTC = 8.17344 · 605,590,388,736 / (473 · 270,000)
    //         = 0.01728 · 605,590,388,736 / 270,000 = 38,757.78…
    const btcPerDay = (473 * 270_000) / 605_590_388_736;
    expectClose(powerCostUsdPerBtc({ powerCostUsdPerDay: s21Power, btcMinedPerDay: btcPerDay }), (0.017_28 * 605_590_388_736) / 270_000, 1e-12);
  });

  it.each([
    { args: { powerCostUsdPerDay: 8.173_44, btcMinedPerDay: 473 * 4.463e-7 }, expected: 38_718, tol: 1e-4, note: 'the doc-comment example' },
    { args: { powerCostUsdPerDay: 4.392, btcMinedPerDay: 0.000_2 }, expected: 21_960, tol: 1e-12, note: '4.392 / 0.0002' },
    { args: { powerCostUsdPerDay: 0, btcMinedPerDay: 0.000_2 }, expected: 0, tol: 0, note: 'free power' },
  ])('powerCostUsdPerBtc($args) is $expected USD ($note)', ({ args, expected, tol }) => {
    expectClose(powerCostUsdPerBtc(args), expected, tol);
  });

  it('powerCostUsdPerBtc with nothing mined and a positive power cost is Infinity (documented edge)', () => {
    expect(powerCostUsdPerBtc({ powerCostUsdPerDay: 8.17, btcMinedPerDay: 0 })).toBe(Infinity);
  });

  it('powerCostUsdPerBtc with nothing mined and nothing spent is 0, not NaN', () => {
    expect(powerCostUsdPerBtc({ powerCostUsdPerDay: 0, btcMinedPerDay: 0 })).toBe(0);
  });

  it('powerCostUsdPerBtc does not mutate its input', () => {
    const input = { powerCostUsdPerDay: 8.17, btcMinedPerDay: 0.0002 };
    const before = structuredClone(input);
    powerCostUsdPerBtc(input);
    expect(input).toEqual(before);
  });

  it.each(notNonNegative)('powerCostUsdPerBtc rejects powerCostUsdPerDay = %s with a ModelInputError naming powerCostUsdPerDay', (bad) => {
    expectModelInputError(() => powerCostUsdPerBtc({ powerCostUsdPerDay: bad, btcMinedPerDay: 0.0002 }), 'powerCostUsdPerDay', bad);
  });

  it.each(notNonNegative)('powerCostUsdPerBtc rejects btcMinedPerDay = %s with a ModelInputError naming btcMinedPerDay', (bad) => {
    expectModelInputError(() => powerCostUsdPerBtc({ powerCostUsdPerDay: 8.17, btcMinedPerDay: bad }), 'btcMinedPerDay', bad);
  });
});
