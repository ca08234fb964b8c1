import { describe, expect, it } from 'vitest';
import { nextHalvingHeight, subsidyBtcAtHeight, subsidyChoicesBtc } from '../../src/model/subsidy.ts';
import { expectModelInputError } from '../helpers/modelErrors.ts';

// Subsidy = 50 / 2^floor(height / 210,000) BTC, in whole satoshis (Bitcoin shifts 5,000,000,000 sats right by the epoch).
const badHeights = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -210_000, 1.5, 839_999.5] as const;

describe('subsidyBtcAtHeight', () => {
  it.each([
    { args: 0, expected: 50, note: 'the genesis epoch' },
    { args: 209_999, expected: 50, note: 'last block before the first halving' },
    { args: 210_000, expected: 25, note: 'first halving (2012): 50 / 2' },
    { args: 420_000, expected: 12.5, note: 'second halving (2016): 50 / 4' },
    { args: 630_000, expected: 6.25, note: 'May 2020 halving: 50 / 8 (S001-150)' },
    { args: 839_999, expected: 6.25, note: 'last 6.25 BTC block' },
    { args: 840_000, expected: 3.125, note: 'April 2024 halving: 50 / 16' },
    { args: 935_000, expected: 3.125, note: 'early 2026' },
    { args: 1_049_999, expected: 3.125, note: 'last 3.125 BTC block' },
    { args: 1_050_000, expected: 1.5625, note: 'the ~2028 halving: 50 / 32' },
    { args: 1_260_000, expected: 0.781_25, note: 'the ~2032 halving: 50 / 64' },
  ])('subsidyBtcAtHeight($args) is $expected BTC ($note)', ({ args, expected }) => {
    // Every value above is an exact binary fraction, so equality is exact.
    expect(subsidyBtcAtHeight(args)).toBe(expected);
  });

  it('subsidyBtcAtHeight(2,100,000) is 0.04882812 BTC: 5,000,000,000 sats >> 10 = 4,882,812 sats, truncated like Bitcoin', () => {
    // 5e9 / 1024 = 4,882,812.5 → 4,882,812 sats (the half satoshi is dropped).
    expect(subsidyBtcAtHeight(10 * 210_000)).toBe(0.048_828_12);
  });

  it('subsidyBtcAtHeight(6,929,999) is 1 satoshi: the last epoch with a subsidy (5e9 >> 32 = 1)', () => {
    // 5,000,000,000 / 2^32 = 1.164… → 1 sat.
    expect(subsidyBtcAtHeight(32 * 210_000)).toBe(1e-8);
    expect(subsidyBtcAtHeight(33 * 210_000 - 1)).toBe(1e-8);
  });

  it.each([33 * 210_000, 34 * 210_000, 64 * 210_000, 100_000_000, Number.MAX_SAFE_INTEGER])(
    'subsidyBtcAtHeight(%s) is 0 in the far future (5e9 >> 33 rounds to 0 sats)',
    (height) => {
      expect(subsidyBtcAtHeight(height)).toBe(0);
    },
  );

  it('subsidyBtcAtHeight never rises with height across all 34 epoch boundaries', () => {
    let previous = Infinity;
    for (let epoch = 0; epoch <= 34; epoch++) {
      for (const height of [epoch * 210_000, epoch * 210_000 + 209_999]) {
        const subsidy = subsidyBtcAtHeight(height);
        expect(subsidy).toBeLessThanOrEqual(previous);
        expect(subsidy).toBeGreaterThanOrEqual(0);
        previous = subsidy;
      }
    }
  });

  it.each(badHeights)('subsidyBtcAtHeight(%s) throws a ModelInputError naming blockHeight', (bad) => {
    expectModelInputError(() => subsidyBtcAtHeight(bad), 'blockHeight', bad);
  });

  it('subsidyBtcAtHeight(1.5) throws "invalid blockHeight: 1.5 (expected an integer ≥ 0)"', () => {
    expect(() => subsidyBtcAtHeight(1.5)).toThrow('invalid blockHeight: 1.5 (expected an integer ≥ 0)');
  });
});

describe('nextHalvingHeight', () => {
  it.each([
    { args: 935_000, expected: 1_050_000, note: 'early 2026 → the ~2028 halving' },
    { args: 0, expected: 210_000, note: 'genesis' },
    { args: 839_999, expected: 840_000, note: 'one block before the April 2024 halving' },
    { args: 840_000, expected: 1_050_000, note: 'on a halving block: the next one, strictly after' },
    { args: 1_049_999, expected: 1_050_000, note: 'the last 3.125 BTC block' },
    { args: 1_050_000, expected: 1_260_000, note: 'on the ~2028 halving block' },
  ])('nextHalvingHeight($args) is $expected ($note)', ({ args, expected }) => {
    expect(nextHalvingHeight(args)).toBe(expected);
  });

  it('nextHalvingHeight(h) is where subsidyBtcAtHeight halves: subsidy(next − 1) = 2 · subsidy(next)', () => {
    const next = nextHalvingHeight(935_000);
    expect(subsidyBtcAtHeight(next - 1)).toBe(3.125);
    expect(subsidyBtcAtHeight(next)).toBe(1.5625);
  });

  it.each(badHeights)('nextHalvingHeight(%s) throws a ModelInputError naming blockHeight', (bad) => {
    expectModelInputError(() => nextHalvingHeight(bad), 'blockHeight', bad);
  });
});

describe('subsidyChoicesBtc', () => {
  it('subsidyChoicesBtc lists the 2020–24, 2024–28 and 2028–32 subsidies: 6.25, 3.125, 1.5625', () => {
    expect([...subsidyChoicesBtc]).toEqual([6.25, 3.125, 1.5625]);
  });
});
