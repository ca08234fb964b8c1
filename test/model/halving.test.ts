import fc from 'fast-check';
import { assert, describe, expect, it, vi } from 'vitest';
import { ModelInputError } from '../../src/model/errors.ts';
import { averageSubsidyBtc, blockHeightAtDate, heightAnchor, isoDateAtBlockHeight, isoDateOfProjectionMonth } from '../../src/model/halving.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite as nonFiniteHeights } from '../helpers/modelErrors.ts';

// Heights by date count 144 blocks a day from the anchor: height 840,000 (the fourth halving) on 2024-04-20 (UTC).
// The average subsidy over [from, to) weights each epoch's subsidy (50 / 2^floor(h / 210,000)) by its share of the blocks.

fc.configureGlobal({ seed: 42, numRuns: 200 });

/** Like expectModelInputError, for the string input isoDate. */
const expectIsoDateError = vi.defineHelper((bad: string, expected: string): void => {
  let thrown: unknown;
  try {
    blockHeightAtDate(bad);
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) assert.fail(`expected a ModelInputError for isoDate = "${bad}", but nothing was thrown`);
  expect(thrown).toBeInstanceOf(ModelInputError);
  expect(thrown).toBeInstanceOf(RangeError);
  const error = thrown as ModelInputError;
  expect(error.name).toBe('ModelInputError');
  expect(error.input).toBe('isoDate');
  expect(error.value).toBe(bad);
  expect(error.message).toBe(`invalid isoDate: ${bad} (expected ${expected})`);
});

describe('blockHeightAtDate', () => {
  it('heightAnchor is the fourth halving: height 840,000 on 2024-04-20', () => {
    expect(heightAnchor).toEqual({ blockHeight: 840_000, isoDate: '2024-04-20' });
  });

  it.each([
    { args: '2024-04-20', expected: 840_000, note: 'the anchor itself: the April 2024 halving' },
    { args: '2024-04-21', expected: 840_000 + 144, note: 'one day later: 840,144' },
    { args: '2024-04-19', expected: 840_000 - 144, note: 'one day earlier: 839,856' },
    { args: '2025-04-20', expected: 840_000 + 365 * 144, note: 'a year later (no 29 Feb in between): 892,560' },
    // 20 Apr 2024 → 20 Apr 2025 = 365 days; → 2 Feb 2026 = 30+31+30+31+31+30+31+30+31 (to 20 Jan) + 13 = 288; 365 + 288 = 653.
    { args: '2026-02-02', expected: 840_000 + 653 * 144, note: 'the scenario date: 840,000 + 653 × 144 = 934,032' },
    // 29 Feb 2028 + 51 days = 20 Apr 2028, and 20 Apr 2024 → 20 Apr 2028 = 4 × 365 + 1 = 1,461 days: 1,461 − 51 = 1,410.
    { args: '2028-02-29', expected: 840_000 + 1_410 * 144, note: 'a leap day is a valid date: 1,043,040' },
    { args: '2028-04-20', expected: 840_000 + 1_461 * 144, note: 'four calendar years later: 1,050,384, just past the next halving' },
  ])('blockHeightAtDate($args) is $expected ($note)', ({ args, expected }) => {
    expect(blockHeightAtDate(args)).toBe(expected);
  });

  it('blockHeightAtDate(2026-02-02) is 934,032, and the next halving (1,050,000) comes ≈ 805 days later, on 17–18 April 2028', () => {
    expect(blockHeightAtDate('2026-02-02')).toBe(934_032);
    // (1,050,000 − 934,032) / 144 = 115,968 / 144 = 805.33 days.
    expectClose((1_050_000 - 934_032) / 144, 805.333_333_333_333_3, 1e-15);
    // 2 Feb 2026 + 730 days = 2 Feb 2028 (no 29 Feb in between); + 27 = 29 Feb, + 31 = 31 Mar, + 17 = 17 Apr 2028: 805 days.
    expect(blockHeightAtDate('2028-04-17')).toBe(934_032 + 805 * 144); // 1,049,952: 48 blocks short
    expect(blockHeightAtDate('2028-04-18')).toBe(934_032 + 806 * 144); // 1,050,096: past it
    expect(blockHeightAtDate('2028-04-17')).toBeLessThan(1_050_000);
    expect(blockHeightAtDate('2028-04-18')).toBeGreaterThanOrEqual(1_050_000);
  });

  it('blockHeightAtDate adds exactly 144 blocks per calendar day, across month ends and leap days', () => {
    const start = Date.UTC(2009, 0, 3);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (dayOffset) => {
        const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
        const today = iso(start + dayOffset * 86_400_000);
        const tomorrow = iso(start + (dayOffset + 1) * 86_400_000);
        expect(blockHeightAtDate(tomorrow) - blockHeightAtDate(today)).toBe(144);
      }),
    );
  });

  it('blockHeightAtDate extrapolates back linearly from 2024 and floors at 0: 3 Jan 2009 (genesis) gives 35,616', () => {
    // 3 Jan 2009 → 3 Jan 2024 = 15 × 365 + 3 (2012, 2016, 2020) = 5,478 days; → 20 Apr 2024 = 28 + 29 + 31 + 20 = 108: 5,586.
    // Early blocks came faster than 144 a day, so the straight line overshoots; the estimate is rough far from 2024.
    expect(blockHeightAtDate('2009-01-03')).toBe(840_000 - 5_586 * 144);
  });

  it.each([
    { args: '2009-01-02', note: 'the day before genesis' },
    { args: '2008-05-01', note: 'before Bitcoin existed' },
    { args: '2000-01-01', note: 'long before genesis' },
    { args: '1970-01-01', note: 'the Unix epoch' },
  ])('blockHeightAtDate($args) throws a ModelInputError naming isoDate: no block before genesis ($note)', ({ args }) => {
    expectIsoDateError(args, 'a date on or after 3 January 2009');
  });

  it.each([
    { args: '2026-02-30', note: 'no 30 February' },
    { args: '2025-02-29', note: '2025 is not a leap year' },
    { args: '2026-13-01', note: 'no month 13' },
    { args: '2026-00-10', note: 'no month 0' },
    { args: '2026-04-31', note: 'April has 30 days' },
    { args: '2026-2-2', note: 'not zero-padded' },
    { args: 'abc', note: 'not a date' },
    { args: '', note: 'empty' },
    { args: '2026-02-02T00:00:00Z', note: 'a timestamp, not a date' },
    { args: ' 2026-02-02', note: 'leading space' },
    { args: '02/02/2026', note: 'another format' },
  ])('blockHeightAtDate("$args") throws a ModelInputError naming isoDate and the value ($note)', ({ args }) => {
    expectIsoDateError(args, 'a calendar date written YYYY-MM-DD');
  });
});

describe('averageSubsidyBtc', () => {
  it.each([
    {
      args: [1_045_000, 1_055_000],
      // 5,000 blocks at 3.125 + 5,000 at 1.5625 = 15,625 + 7,812.5 = 23,437.5; / 10,000
      expected: 23_437.5 / 10_000,
      tol: 0,
      note: 'half the blocks each side of the 2028 halving: 2.34375',
    },
    { args: [900_000, 900_100], expected: 3.125, tol: 0, note: 'inside the 2024–28 epoch: that epoch’s subsidy' },
    { args: [934_032, 934_032 + 4_383], expected: 3.125, tol: 0, note: 'one projection month (30.4375 × 144 = 4,383 blocks) from 2 Feb 2026' },
    { args: [630_000, 840_000], expected: 6.25, tol: 0, note: 'the whole 2020–24 epoch; toHeight is excluded' },
    { args: [1_050_000, 1_050_001], expected: 1.5625, tol: 0, note: 'the first block after the halving alone' },
    { args: [839_999, 840_001], expected: (6.25 + 3.125) / 2, tol: 0, note: 'one block each side of the 2024 halving: 4.6875' },
    {
      args: [1_000_000, 1_300_000],
      // 50,000 × 3.125 + 210,000 × 1.5625 + 40,000 × 0.78125 = 156,250 + 328,125 + 31,250 = 515,625; / 300,000
      expected: 515_625 / 300_000,
      tol: 1e-15,
      note: 'across two halvings: 1.71875',
    },
    {
      args: [1_045_680, 1_045_680 + 4_383],
      // 4,320 blocks (30 days) at 3.125 + 63 at 1.5625 = 13,500 + 98.4375 = 13,598.4375; / 4,383
      expected: 13_598.437_5 / 4_383,
      tol: 1e-15,
      note: 'a month starting 30 days before the 2028 halving: ≈ 3.1025',
    },
    { args: [1_049_999.5, 1_050_000.5], expected: (0.5 * 3.125 + 0.5 * 1.5625) / 1, tol: 0, note: 'fractional heights split at the halving' },
    { args: [6_929_999, 6_930_001], expected: 1e-8 / 2, tol: 1e-15, note: 'the last 1-sat block and the first 0 block' },
    { args: [7_000_000, 7_100_000], expected: 0, tol: 0, note: 'after the last subsidy' },
  ])('averageSubsidyBtc($args) is $expected BTC ($note)', ({ args, expected, tol }) => {
    expectClose(averageSubsidyBtc(args[0]!, args[1]!), expected, tol);
  });

  it('averageSubsidyBtc over a range inside one epoch equals that epoch’s subsidy, for every epoch up to 2032', () => {
    for (const [epoch, subsidy] of [[0, 50], [1, 25], [2, 12.5], [3, 6.25], [4, 3.125], [5, 1.5625]] as const) {
      expect(averageSubsidyBtc(epoch * 210_000, epoch * 210_000 + 209_999)).toBe(subsidy);
    }
  });

  it('averageSubsidyBtc is additive: the block-weighted averages of [a, b) and [b, c) make that of [a, c)', () => {
    const height = fc.integer({ min: 0, max: 2_000_000 });
    fc.assert(
      fc.property(height, height, height, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        fc.pre(a < b && b < c);
        const whole = averageSubsidyBtc(a, c) * (c - a);
        const parts = averageSubsidyBtc(a, b) * (b - a) + averageSubsidyBtc(b, c) * (c - b);
        expectClose(whole, parts, 1e-12);
      }),
    );
  });

  it('averageSubsidyBtc lies between the subsidy of the last block and that of the first', () => {
    const height = fc.integer({ min: 0, max: 2_000_000 });
    fc.assert(
      fc.property(height, fc.integer({ min: 1, max: 500_000 }), (from, length) => {
        const average = averageSubsidyBtc(from, from + length);
        // 50 / 2^floor(h / 210,000), written out
        const first = 50 / 2 ** Math.floor(from / 210_000);
        const last = 50 / 2 ** Math.floor((from + length - 1) / 210_000);
        expect(average).toBeLessThanOrEqual(first * (1 + 1e-15));
        expect(average).toBeGreaterThanOrEqual(last * (1 - 1e-15));
      }),
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -1e-9])(
    'averageSubsidyBtc rejects fromHeight = %s with a ModelInputError naming fromHeight',
    (bad) => {
      expectModelInputError(() => averageSubsidyBtc(bad, 1_000_000), 'fromHeight', bad);
    },
  );

  it.each([
    { from: 900_000, to: 900_000, note: 'an empty range' },
    { from: 900_000, to: 899_999, note: 'a reversed range' },
    { from: 900_000, to: Number.NaN, note: 'NaN' },
    { from: 900_000, to: Number.POSITIVE_INFINITY, note: 'an endless range' },
    { from: 0, to: -1, note: 'a negative end' },
  ])('averageSubsidyBtc($from, $to) throws a ModelInputError naming toHeight ($note)', ({ from, to }) => {
    expectModelInputError(() => averageSubsidyBtc(from, to), 'toHeight', to);
  });

  it('averageSubsidyBtc(900,000, 900,000) says why: "invalid toHeight: 900000 (expected a finite height > fromHeight (900000))"', () => {
    expect(() => averageSubsidyBtc(900_000, 900_000)).toThrow('invalid toHeight: 900000 (expected a finite height > fromHeight (900000))');
  });
});

describe('isoDateAtBlockHeight', () => {
  it.each([
    { args: 840_000, expected: '2024-04-20', note: 'the anchor: the April 2024 halving' },
    // 144 blocks a day: one day on
    { args: 840_144, expected: '2024-04-21', note: 'one day after the anchor' },
    // 72 blocks is half a day, which rounds up
    { args: 840_072, expected: '2024-04-21', note: 'half a day rounds to the next day' },
    { args: 840_071, expected: '2024-04-20', note: 'just under half a day stays on the day' },
    // (934,032 − 840,000) / 144 = 653 days; 20 Apr 2024 + 653 days = 2 Feb 2026 (see blockHeightAtDate above)
    { args: 934_032, expected: '2026-02-02', note: 'the scenario date’s height' },
    // 210,000 / 144 = 1,458.33 → 1,458 days; 20 Apr 2024 + 1,461 days = 20 Apr 2028, so − 3 = 17 Apr 2028
    { args: 1_050_000, expected: '2028-04-17', note: 'the next halving, 17 April 2028' },
    // 1,050,000 − 840,000 = 210,000 back: 20 Apr 2024 − 1,458 days = 23 Apr 2020 (1,461 days back is 20 Apr 2020, + 3)
    { args: 630_000, expected: '2020-04-23', note: 'the 2020 halving, by the straight line (it was mined on 11 May 2020)' },
  ])('isoDateAtBlockHeight($args) is $expected ($note)', ({ args, expected }) => {
    expect(isoDateAtBlockHeight(args)).toBe(expected);
  });

  it('isoDateAtBlockHeight inverts blockHeightAtDate to the day, for every date from genesis on', () => {
    const start = Date.UTC(2009, 0, 3);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (dayOffset) => {
        const iso = new Date(start + dayOffset * 86_400_000).toISOString().slice(0, 10);
        expect(isoDateAtBlockHeight(blockHeightAtDate(iso))).toBe(iso);
      }),
    );
  });

  it.each([...nonFiniteHeights, -1, 1.5])('isoDateAtBlockHeight rejects blockHeight = %s with a ModelInputError naming blockHeight', (bad) => {
    expectModelInputError(() => isoDateAtBlockHeight(bad), 'blockHeight', bad);
  });
});

describe('isoDateOfProjectionMonth', () => {
  it.each([
    { args: { startIsoDate: '2026-02-02', month: 0 }, expected: '2026-02-02', note: 'month 0 starts on the start date' },
    // 30.4375 → 30 days: 2 Feb + 30 = 4 Mar 2026 (February 2026 has 28 days)
    { args: { startIsoDate: '2026-02-02', month: 1 }, expected: '2026-03-04', note: 'one month of 30.4375 days, rounded to 30' },
    // 2 × 30.4375 = 60.875 → 61 days: 2 Feb + 61 = 4 Apr 2026
    { args: { startIsoDate: '2026-02-02', month: 2 }, expected: '2026-04-04', note: 'two months: 60.875 rounds to 61 days' },
    // 12 × 30.4375 = 365.25 → 365 days: 2 Feb 2026 + 365 = 2 Feb 2027
    { args: { startIsoDate: '2026-02-02', month: 12 }, expected: '2027-02-02', note: 'a year of months' },
    // 26 × 30.4375 = 791.375 → 791 days: 2 Feb 2028 is + 730; + 27 = 29 Feb, + 31 = 31 Mar, + 3 = 3 Apr 2028
    { args: { startIsoDate: '2026-02-02', month: 26 }, expected: '2028-04-03', note: 'the halving month of the default projection, April 2028' },
  ])('isoDateOfProjectionMonth($args) is $expected ($note)', ({ args, expected }) => {
    expect(isoDateOfProjectionMonth(args)).toBe(expected);
  });

  it('isoDateOfProjectionMonth rejects a start that is not a calendar date, naming isoDate', () => {
    expect(() => isoDateOfProjectionMonth({ startIsoDate: '2026-02-30', month: 1 })).toThrow('invalid isoDate: 2026-02-30');
  });

  it.each([...nonFiniteHeights, -1, 0.5])('isoDateOfProjectionMonth rejects month = %s with a ModelInputError naming month', (bad) => {
    expectModelInputError(() => isoDateOfProjectionMonth({ startIsoDate: '2026-02-02', month: bad }), 'month', bad);
  });
});
