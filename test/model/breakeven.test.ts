import { describe, expect, it } from 'vitest';
import { breakevenDifficultyT, breakevenHashpriceUsdPerThDay, breakevenPriceUsdPerBtc, breakevenUsdPerKwh, breakevenUsdPerMwh, joulesPerTerahashAtCostRatio } from '../../src/model/breakeven.ts';
import { ModelInputError } from '../../src/model/errors.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notNonNegative, notOpenFraction, notPositive } from '../helpers/modelErrors.ts';

// economics.md: $/kWh* = hashprice / (J/TH · 0.024); hashprice* = J/TH · 0.024 · $/kWh (÷ (1 − pool fee));
// price* = price · hashcost / hashprice; D* = D · hashprice / hashcost.
// Early Feb 2026 market: hashprice at $75,000, 141 T, 3.125 BTC = 20,250,000,000 / 605,590,388,736 ≈ 0.0334385.
const hashpriceAt75k = 20_250_000_000 / 605_590_388_736;

describe('breakevenUsdPerKwh', () => {
  it('breakevenUsdPerKwh({hashprice 0.06, 30.5 J/TH}) is $0.08197/kWh, the $82/MWh of an S19j Pro in the 2022 report (S001-078)', () => {
    // 0.06 / (30.5 · 0.024) = 0.06 / 0.732 = 0.0819672…
    const usdPerKwh = breakevenUsdPerKwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: 30.5 });
    expectClose(usdPerKwh, 0.06 / 0.732, 1e-12);
    expectClose(usdPerKwh, 0.081_97, 1e-4);
    expect(Math.round(usdPerKwh * 1000)).toBe(82);
  });

  it('breakevenUsdPerKwh at 25 % lower J/TH (22.875) is $0.1093/kWh, the $109/MWh with Braiins OS+ (S001-077, S001-079)', () => {
    // 30.5 · 0.75 = 22.875; 0.06 / (22.875 · 0.024) = 0.06 / 0.549 = 0.1092896…
    const usdPerKwh = breakevenUsdPerKwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: 30.5 * 0.75 });
    expectClose(usdPerKwh, 0.06 / 0.549, 1e-12);
    expectClose(usdPerKwh, 0.1093, 1e-3);
    expect(Math.round(usdPerKwh * 1000)).toBe(109);
  });

  it('breakevenUsdPerKwh with "25 % more efficient" read as 25 % more TH per joule (24.4 J/TH) gives $102/MWh, not the report\'s $109', () => {
    // 30.5 / 1.25 = 24.4; 0.06 / (24.4 · 0.024) = 0.06 / 0.5856 = 0.102459…
    const usdPerKwh = breakevenUsdPerKwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: 30.5 / 1.25 });
    expectClose(usdPerKwh, 0.06 / 0.5856, 1e-12);
    expect(Math.round(usdPerKwh * 1000)).toBe(102);
  });

  it.each([
    {
      args: { hashpriceUsdPerThDay: hashpriceAt75k, joulesPerTerahash: 12 },
      // 20,250,000,000 / 605,590,388,736 / 0.288 = 0.116106…
      expected: 20_250_000_000 / 605_590_388_736 / 0.288,
      tol: 1e-12,
      note: 'S21 XP Hydro at $75,000 and 141 T ≈ $0.116/kWh',
    },
    { args: { hashpriceUsdPerThDay: 0.034, joulesPerTerahash: 12 }, expected: 0.034 / 0.288, tol: 1e-12, note: 'S21 XP Hydro at f2pool\'s $0.034 ≈ $0.118/kWh' },
    { args: { hashpriceUsdPerThDay: 0, joulesPerTerahash: 12 }, expected: 0, tol: 0, note: 'zero hashprice: only free power breaks even' },
  ])('breakevenUsdPerKwh($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(breakevenUsdPerKwh(args), expected, tol);
  });

  it('breakevenUsdPerKwh does not mutate its input', () => {
    const input = { hashpriceUsdPerThDay: 0.06, joulesPerTerahash: 30.5 };
    const before = structuredClone(input);
    breakevenUsdPerKwh(input);
    expect(input).toEqual(before);
  });

  it.each(notNonNegative)('breakevenUsdPerKwh rejects hashpriceUsdPerThDay = %s with a ModelInputError naming hashpriceUsdPerThDay', (bad) => {
    expectModelInputError(() => breakevenUsdPerKwh({ hashpriceUsdPerThDay: bad, joulesPerTerahash: 30.5 }), 'hashpriceUsdPerThDay', bad);
  });

  it.each(notPositive)('breakevenUsdPerKwh rejects joulesPerTerahash = %s with a ModelInputError naming joulesPerTerahash', (bad) => {
    expectModelInputError(() => breakevenUsdPerKwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: bad }), 'joulesPerTerahash', bad);
  });
});

describe('breakevenHashpriceUsdPerThDay', () => {
  it.each([
    { args: { joulesPerTerahash: 12, usdPerKwh: 0.06, poolFeeFraction: 0 }, expected: 0.017_28, tol: 1e-12, note: 'S21 XP Hydro at 6¢: 12 · 0.024 · 0.06' },
    { args: { joulesPerTerahash: 30.5, usdPerKwh: 0.06, poolFeeFraction: 0 }, expected: 0.043_92, tol: 1e-12, note: 'S19j Pro at $60/MWh: its hashcost' },
    { args: { joulesPerTerahash: 12, usdPerKwh: 0.06, poolFeeFraction: 0.02 }, expected: 0.017_28 / 0.98, tol: 1e-12, note: 'a 2 % pool fee grosses it up: 0.01728 / 0.98' },
    { args: { joulesPerTerahash: 21.5, usdPerKwh: 0.025, poolFeeFraction: 0 }, expected: 0.0129, tol: 1e-12, note: 'S19 XP on $0.025 power: 21.5 · 0.024 · 0.025' },
    { args: { joulesPerTerahash: 30.5, usdPerKwh: 0, poolFeeFraction: 0.02 }, expected: 0, tol: 0, note: 'free power: any hashprice breaks even' },
  ])('breakevenHashpriceUsdPerThDay($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(breakevenHashpriceUsdPerThDay(args), expected, tol);
  });

  it('breakevenHashpriceUsdPerThDay does not mutate its input', () => {
    const input = { joulesPerTerahash: 12, usdPerKwh: 0.06, poolFeeFraction: 0.02 };
    const before = structuredClone(input);
    breakevenHashpriceUsdPerThDay(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('breakevenHashpriceUsdPerThDay rejects joulesPerTerahash = %s with a ModelInputError naming joulesPerTerahash', (bad) => {
    expectModelInputError(() => breakevenHashpriceUsdPerThDay({ joulesPerTerahash: bad, usdPerKwh: 0.06, poolFeeFraction: 0 }), 'joulesPerTerahash', bad);
  });

  it.each(notNonNegative)('breakevenHashpriceUsdPerThDay rejects usdPerKwh = %s with a ModelInputError naming usdPerKwh', (bad) => {
    expectModelInputError(() => breakevenHashpriceUsdPerThDay({ joulesPerTerahash: 12, usdPerKwh: bad, poolFeeFraction: 0 }), 'usdPerKwh', bad);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1, 1.01, 2])(
    'breakevenHashpriceUsdPerThDay rejects poolFeeFraction = %s with some ModelInputError',
    (bad) => {
      expect(() => breakevenHashpriceUsdPerThDay({ joulesPerTerahash: 12, usdPerKwh: 0.06, poolFeeFraction: bad })).toThrow(ModelInputError);
    },
  );

  // BUG (reported): the pool-fee check is `requirePositive('1 − poolFeeFraction', 1 − fee)`. A negative fee passes
  // (1 − (−0.1) = 1.1 > 0) and returns a hashprice *below* the hashcost; a bad fee is reported under the name
  // "1 − poolFeeFraction" with the value 1 − fee (fee 1 → "invalid 1 − poolFeeFraction: 0"), unlike netOfPoolFee and
  // revenueUsdPerDay, which report "invalid poolFeeFraction: 1 (expected a fraction in [0, 1))".
  it.each(notOpenFraction)(
    'breakevenHashpriceUsdPerThDay rejects poolFeeFraction = %s with a ModelInputError naming poolFeeFraction and its value',
    (bad) => {
      expectModelInputError(() => breakevenHashpriceUsdPerThDay({ joulesPerTerahash: 12, usdPerKwh: 0.06, poolFeeFraction: bad }), 'poolFeeFraction', bad);
    },
  );
});

describe('breakevenPriceUsdPerBtc', () => {
  it.each([
    {
      args: { priceUsdPerBtc: 76_176, hashcostUsdPerThDay: 0.017_28, hashpriceUsdPerThDay: 0.034 },
      // 76,176 · 0.01728 / 0.034 = 1,316.32128 / 0.034 = 38,715.33
      expected: 1_316.321_28 / 0.034,
      tol: 1e-12,
      note: 'S21 XP Hydro at f2pool\'s $76,176 and $0.034 ≈ $38,715',
    },
    {
      args: { priceUsdPerBtc: 75_000, hashcostUsdPerThDay: 0.017_28, hashpriceUsdPerThDay: hashpriceAt75k },
      // 75,000 · 0.01728 = 1,296; / (20,250,000,000 / 605,590,388,736) = 1,296 · 605,590,388,736 / 20,250,000,000 = 38,757.78
      expected: (1_296 * 605_590_388_736) / 20_250_000_000,
      tol: 1e-12,
      note: 'S21 XP Hydro at $75,000 and 141 T: the power cost of one BTC',
    },
    {
      args: { priceUsdPerBtc: 16_500, hashcostUsdPerThDay: 0.043_92, hashpriceUsdPerThDay: 0.06 },
      // 16,500 · 0.04392 / 0.06 = 12,078
      expected: 12_078,
      tol: 1e-12,
      note: 'S19j Pro at $60/MWh, year-end 2022 ($0.06 hashprice at ~$16,500)',
    },
    { args: { priceUsdPerBtc: 75_000, hashcostUsdPerThDay: 0, hashpriceUsdPerThDay: 0.034 }, expected: 0, tol: 0, note: 'free power: any price breaks even' },
  ])('breakevenPriceUsdPerBtc($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(breakevenPriceUsdPerBtc(args), expected, tol);
  });

  it('breakevenPriceUsdPerBtc does not mutate its input', () => {
    const input = { priceUsdPerBtc: 76_176, hashcostUsdPerThDay: 0.017_28, hashpriceUsdPerThDay: 0.034 };
    const before = structuredClone(input);
    breakevenPriceUsdPerBtc(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('breakevenPriceUsdPerBtc rejects priceUsdPerBtc = %s with a ModelInputError naming priceUsdPerBtc', (bad) => {
    expectModelInputError(() => breakevenPriceUsdPerBtc({ priceUsdPerBtc: bad, hashcostUsdPerThDay: 0.017_28, hashpriceUsdPerThDay: 0.034 }), 'priceUsdPerBtc', bad);
  });

  it.each(notNonNegative)('breakevenPriceUsdPerBtc rejects hashcostUsdPerThDay = %s with a ModelInputError naming hashcostUsdPerThDay', (bad) => {
    expectModelInputError(() => breakevenPriceUsdPerBtc({ priceUsdPerBtc: 76_176, hashcostUsdPerThDay: bad, hashpriceUsdPerThDay: 0.034 }), 'hashcostUsdPerThDay', bad);
  });

  it.each(notNonNegative)('breakevenPriceUsdPerBtc rejects hashpriceUsdPerThDay = %s with a ModelInputError naming hashpriceUsdPerThDay', (bad) => {
    expectModelInputError(() => breakevenPriceUsdPerBtc({ priceUsdPerBtc: 76_176, hashcostUsdPerThDay: 0.017_28, hashpriceUsdPerThDay: bad }), 'hashpriceUsdPerThDay', bad);
  });

  it('breakevenPriceUsdPerBtc with no block reward (hashprice 0) is Infinity when power costs anything, 0 when it is free', () => {
    expect(breakevenPriceUsdPerBtc({ priceUsdPerBtc: 76_176, hashcostUsdPerThDay: 0.017_28, hashpriceUsdPerThDay: 0 })).toBe(Infinity);
    expect(breakevenPriceUsdPerBtc({ priceUsdPerBtc: 76_176, hashcostUsdPerThDay: 0, hashpriceUsdPerThDay: 0 })).toBe(0);
  });
});

describe('breakevenDifficultyT', () => {
  it.each([
    {
      args: { difficultyT: 141, hashpriceUsdPerThDay: 0.034, hashcostUsdPerThDay: 0.017_28 },
      // 141 · 0.034 / 0.01728 = 4.794 / 0.01728 = 277.43
      expected: 4.794 / 0.017_28,
      tol: 1e-12,
      note: 'S21 XP Hydro at f2pool\'s $0.034 ≈ 277.4 T',
    },
    {
      args: { difficultyT: 141, hashpriceUsdPerThDay: hashpriceAt75k, hashcostUsdPerThDay: 0.030_96 },
      // 141 · (20,250,000,000 / 605,590,388,736) / 0.03096 = 152.29… (the S19 XP has ~8 % of headroom)
      expected: (141 * 20_250_000_000) / 605_590_388_736 / 0.030_96,
      tol: 1e-12,
      note: 'S19 XP at $75,000 and 6¢ ≈ 152.3 T',
    },
    { args: { difficultyT: 35.4, hashpriceUsdPerThDay: 0.06, hashcostUsdPerThDay: 0.043_92 }, expected: (35.4 * 0.06) / 0.043_92, tol: 1e-12, note: 'S19j Pro, year-end 2022 ≈ 48.4 T' },
    { args: { difficultyT: 141, hashpriceUsdPerThDay: 0, hashcostUsdPerThDay: 0.017_28 }, expected: 0, tol: 0, note: 'zero hashprice: no difficulty breaks even (0)' },
  ])('breakevenDifficultyT($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(breakevenDifficultyT(args), expected, tol);
  });

  it('breakevenDifficultyT with zero hashcost (free power) is Infinity', () => {
    expect(breakevenDifficultyT({ difficultyT: 141, hashpriceUsdPerThDay: 0.034, hashcostUsdPerThDay: 0 })).toBe(Infinity);
  });

  it('breakevenDifficultyT with zero hashcost and zero hashprice is Infinity, not NaN', () => {
    expect(breakevenDifficultyT({ difficultyT: 141, hashpriceUsdPerThDay: 0, hashcostUsdPerThDay: 0 })).toBe(Infinity);
  });

  it('breakevenDifficultyT does not mutate its input', () => {
    const input = { difficultyT: 141, hashpriceUsdPerThDay: 0.034, hashcostUsdPerThDay: 0.017_28 };
    const before = structuredClone(input);
    breakevenDifficultyT(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('breakevenDifficultyT rejects difficultyT = %s with a ModelInputError naming difficultyT', (bad) => {
    expectModelInputError(() => breakevenDifficultyT({ difficultyT: bad, hashpriceUsdPerThDay: 0.034, hashcostUsdPerThDay: 0.017_28 }), 'difficultyT', bad);
  });

  it.each(notNonNegative)('breakevenDifficultyT rejects hashpriceUsdPerThDay = %s with a ModelInputError naming hashpriceUsdPerThDay', (bad) => {
    expectModelInputError(() => breakevenDifficultyT({ difficultyT: 141, hashpriceUsdPerThDay: bad, hashcostUsdPerThDay: 0.017_28 }), 'hashpriceUsdPerThDay', bad);
  });

  it.each(notNonNegative)('breakevenDifficultyT rejects hashcostUsdPerThDay = %s with a ModelInputError naming hashcostUsdPerThDay', (bad) => {
    expectModelInputError(() => breakevenDifficultyT({ difficultyT: 141, hashpriceUsdPerThDay: 0.034, hashcostUsdPerThDay: bad }), 'hashcostUsdPerThDay', bad);
  });
});

describe('breakevenUsdPerMwh', () => {
  it.each([
    // 0.06 / (30.5 · 0.024) = 0.06 / 0.732 = 0.0819672 $/kWh; × 1000 = $81.97/MWh
    { args: { hashpriceUsdPerThDay: 0.06, joulesPerTerahash: 30.5 }, expected: 60 / 0.732, tol: 1e-12, note: 'S19j Pro at the year-end 2022 hashprice: the report’s $82 (S001-078)' },
    // 0.06 / (22.875 · 0.024) = 0.06 / 0.549; × 1000 = $109.29/MWh
    { args: { hashpriceUsdPerThDay: 0.06, joulesPerTerahash: 22.875 }, expected: 60 / 0.549, tol: 1e-12, note: 'the same with 25 % fewer J/TH: the report’s $109 (S001-079)' },
    // 0.09 / (29.5 · 0.024) = 0.09 / 0.708; × 1000 = $127.12/MWh
    { args: { hashpriceUsdPerThDay: 0.09, joulesPerTerahash: 29.5 }, expected: 90 / 0.708, tol: 1e-12, note: 'an S19 Pro at the Q3 2022 average hashprice' },
    { args: { hashpriceUsdPerThDay: 0, joulesPerTerahash: 12 }, expected: 0, tol: 0, note: 'zero hashprice' },
  ])('breakevenUsdPerMwh($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(breakevenUsdPerMwh(args), expected, tol);
  });

  it('breakevenUsdPerMwh rejects what breakevenUsdPerKwh rejects, naming the input', () => {
    expectModelInputError(() => breakevenUsdPerMwh({ hashpriceUsdPerThDay: -1, joulesPerTerahash: 30.5 }), 'hashpriceUsdPerThDay', -1);
    expectModelInputError(() => breakevenUsdPerMwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: 0 }), 'joulesPerTerahash', 0);
  });
});

describe('joulesPerTerahashAtCostRatio', () => {
  it.each([
    // 1 · 0.0288 / (0.024 · 0.06) = 0.0288 / 0.00144 = 20
    { args: { costRatio: 1, hashpriceUsdPerThDay: 0.0288, usdPerKwh: 0.06 }, expected: 20, tol: 1e-12, note: 'breakeven efficiency at a round hashprice' },
    // 1.62 · (20,250,000,000 / 605,590,388,736) / 0.00144 = 37.62…: 162 % at $75,000 and 141 T (S003-024)
    { args: { costRatio: 1.62, hashpriceUsdPerThDay: hashpriceAt75k, usdPerKwh: 0.06 }, expected: (1.62 * 20_250_000_000) / 605_590_388_736 / 0.001_44, tol: 1e-12, note: 'the top of the 109–162 % band needs ≈ 37.6 J/TH' },
    // 1 · (20,250,000,000 / 605,590,388,736) / 0.00144 = 23.22…: 100 % at the same market (S003-023)
    { args: { costRatio: 1, hashpriceUsdPerThDay: hashpriceAt75k, usdPerKwh: 0.06 }, expected: 20_250_000_000 / 605_590_388_736 / 0.001_44, tol: 1e-12, note: '100 % needs ≈ 23.2 J/TH' },
    // 0.52 · 0.0288 / 0.00144 = 10.4
    { args: { costRatio: 0.52, hashpriceUsdPerThDay: 0.0288, usdPerKwh: 0.06 }, expected: 10.4, tol: 1e-12, note: 'a 52 % share' },
    { args: { costRatio: 0, hashpriceUsdPerThDay: 0.0288, usdPerKwh: 0.06 }, expected: 0, tol: 0, note: 'no share: no power at all' },
  ])('joulesPerTerahashAtCostRatio($args) is $expected J/TH ($note)', ({ args, expected, tol }) => {
    expectClose(joulesPerTerahashAtCostRatio(args), expected, tol);
  });

  it('joulesPerTerahashAtCostRatio at a cost ratio of 1 is the efficiency whose breakeven power price is today’s', () => {
    const joules = joulesPerTerahashAtCostRatio({ costRatio: 1, hashpriceUsdPerThDay: 0.034, usdPerKwh: 0.06 });
    expectClose(breakevenUsdPerKwh({ hashpriceUsdPerThDay: 0.034, joulesPerTerahash: joules }), 0.06, 1e-12);
  });

  it('joulesPerTerahashAtCostRatio does not mutate its input', () => {
    const input = { costRatio: 1.62, hashpriceUsdPerThDay: 0.034, usdPerKwh: 0.06 };
    const before = structuredClone(input);
    joulesPerTerahashAtCostRatio(input);
    expect(input).toEqual(before);
  });

  it.each(notNonNegative)('joulesPerTerahashAtCostRatio rejects costRatio = %s with a ModelInputError naming costRatio', (bad) => {
    expectModelInputError(() => joulesPerTerahashAtCostRatio({ costRatio: bad, hashpriceUsdPerThDay: 0.034, usdPerKwh: 0.06 }), 'costRatio', bad);
  });

  it.each(notNonNegative)('joulesPerTerahashAtCostRatio rejects hashpriceUsdPerThDay = %s with a ModelInputError naming hashpriceUsdPerThDay', (bad) => {
    expectModelInputError(() => joulesPerTerahashAtCostRatio({ costRatio: 1, hashpriceUsdPerThDay: bad, usdPerKwh: 0.06 }), 'hashpriceUsdPerThDay', bad);
  });

  it.each(notPositive)('joulesPerTerahashAtCostRatio rejects usdPerKwh = %s (free power has no such efficiency) with a ModelInputError naming usdPerKwh', (bad) => {
    expectModelInputError(() => joulesPerTerahashAtCostRatio({ costRatio: 1, hashpriceUsdPerThDay: 0.034, usdPerKwh: bad }), 'usdPerKwh', bad);
  });
});
