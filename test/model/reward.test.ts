import { describe, expect, it } from 'vitest';
import { btcOutputChangeFraction, btcPaidToMinersPerDay, btcPerThPerDay, satsPerThPerDay, type RewardInputs } from '../../src/model/reward.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notNonNegative, notPositive } from '../helpers/modelErrors.ts';

// BTC per TH/s per day = 86,400 s · 10^12 H/s · (subsidy + fees) / (D_T · 10^12 · 2^32)
//                      = 86,400 · (subsidy + fees) / (D_T · 4,294,967,296).
const twoTo32 = 4_294_967_296;
const reference: RewardInputs = { difficultyT: 100, subsidyBtc: 3.125, feesBtcPerBlock: 0 };
const f2pool: RewardInputs = { difficultyT: 141, subsidyBtc: 3.125, feesBtcPerBlock: 0 };

describe('btcPerThPerDay', () => {
  it.each([
    {
      args: reference,
      // 86,400 · 3.125 = 270,000; 100 · 2^32 = 429,496,729,600; 270,000 / 429,496,729,600 = 6.2864…e-7
      expected: 270_000 / 429_496_729_600,
      tol: 1e-12,
      note: 'the economics.md reference, 100 T and 3.125 BTC',
    },
    {
      args: f2pool,
      // 270,000 / (141 · 2^32 = 605,590,388,736) = 4.4585…e-7
      expected: 270_000 / 605_590_388_736,
      tol: 1e-12,
      note: 'f2pool 2 Feb 2026 at 141 T',
    },
    {
      args: { difficultyT: 37, subsidyBtc: 6.25, feesBtcPerBlock: 0 },
      // 86,400 · 6.25 = 540,000; / (37 · 2^32 = 158,913,789,952) = 3.3981…e-6
      expected: 540_000 / 158_913_789_952,
      tol: 1e-12,
      note: 'Nov 2022 peak, 37.0 T, 6.25 BTC',
    },
    {
      args: { difficultyT: 100, subsidyBtc: 3.125, feesBtcPerBlock: 0.1 },
      // 86,400 · 3.225 = 278,640; / 429,496,729,600
      expected: 278_640 / 429_496_729_600,
      tol: 1e-12,
      note: 'fees add to the subsidy',
    },
    {
      args: { difficultyT: 100, subsidyBtc: 0, feesBtcPerBlock: 0.5 },
      // 86,400 · 0.5 = 43,200; / 429,496,729,600
      expected: 43_200 / 429_496_729_600,
      tol: 1e-12,
      note: 'a fees-only world after the last halving',
    },
  ])('btcPerThPerDay($args) is $expected BTC ($note)', ({ args, expected, tol }) => {
    expectClose(btcPerThPerDay(args), expected, tol);
  });

  it('btcPerThPerDay with zero subsidy and zero fees is exactly 0, not NaN', () => {
    expect(btcPerThPerDay({ difficultyT: 100, subsidyBtc: 0, feesBtcPerBlock: 0 })).toBe(0);
  });

  it('btcPerThPerDay halves when difficulty doubles', () => {
    const atD = btcPerThPerDay(reference);
    expectClose(btcPerThPerDay({ ...reference, difficultyT: 200 }), 270_000 / (200 * twoTo32), 1e-12);
    expectClose(btcPerThPerDay({ ...reference, difficultyT: 200 }) * 2, atD, 1e-12);
  });

  it('btcPerThPerDay does not mutate its input', () => {
    const input = { ...reference };
    const before = structuredClone(input);
    btcPerThPerDay(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('btcPerThPerDay rejects difficultyT = %s with a ModelInputError naming difficultyT', (bad) => {
    expectModelInputError(() => btcPerThPerDay({ ...reference, difficultyT: bad }), 'difficultyT', bad);
  });

  it.each(notNonNegative)('btcPerThPerDay rejects subsidyBtc = %s with a ModelInputError naming subsidyBtc', (bad) => {
    expectModelInputError(() => btcPerThPerDay({ ...reference, subsidyBtc: bad }), 'subsidyBtc', bad);
  });

  it.each(notNonNegative)('btcPerThPerDay rejects feesBtcPerBlock = %s with a ModelInputError naming feesBtcPerBlock', (bad) => {
    expectModelInputError(() => btcPerThPerDay({ ...reference, feesBtcPerBlock: bad }), 'feesBtcPerBlock', bad);
  });
});

describe('satsPerThPerDay', () => {
  it('satsPerThPerDay(reference) is 62.86 sats: the BTC-denominated hashprice at 100 T and 3.125 BTC', () => {
    // 10^8 · 270,000 / 429,496,729,600 = 27,000,000,000,000 / 429,496,729,600 = 62.8643…
    expectClose(satsPerThPerDay(reference), 27_000_000_000_000 / 429_496_729_600, 1e-12);
    expectClose(satsPerThPerDay(reference), 62.86, 1e-4);
  });

  it('satsPerThPerDay(f2pool 2 Feb 2026, 141 T) is 44.58 sats', () => {
    // 10^8 · 270,000 / 605,590,388,736 = 44.5847…
    expectClose(satsPerThPerDay(f2pool), 27_000_000_000_000 / 605_590_388_736, 1e-12);
  });

  it('satsPerThPerDay does not mutate its input', () => {
    const input = { ...f2pool };
    const before = structuredClone(input);
    satsPerThPerDay(input);
    expect(input).toEqual(before);
  });

  it.each(notPositive)('satsPerThPerDay rejects difficultyT = %s with a ModelInputError naming difficultyT', (bad) => {
    expectModelInputError(() => satsPerThPerDay({ ...reference, difficultyT: bad }), 'difficultyT', bad);
  });

  it.each(notNonNegative)('satsPerThPerDay rejects subsidyBtc = %s with a ModelInputError naming subsidyBtc', (bad) => {
    expectModelInputError(() => satsPerThPerDay({ ...reference, subsidyBtc: bad }), 'subsidyBtc', bad);
  });

  it.each(notNonNegative)('satsPerThPerDay rejects feesBtcPerBlock = %s with a ModelInputError naming feesBtcPerBlock', (bad) => {
    expectModelInputError(() => satsPerThPerDay({ ...reference, feesBtcPerBlock: bad }), 'feesBtcPerBlock', bad);
  });
});

describe('btcPaidToMinersPerDay', () => {
  it('btcPaidToMinersPerDay({subsidyBtc: 6.25, feesBtcPerBlock: 0}) is 900 BTC, about 27,000 per 30 days (S001-052)', () => {
    // 144 blocks · 6.25 BTC = 900; 900 · 30 = 27,000
    expect(btcPaidToMinersPerDay({ subsidyBtc: 6.25, feesBtcPerBlock: 0 })).toBe(900);
    expect(btcPaidToMinersPerDay({ subsidyBtc: 6.25, feesBtcPerBlock: 0 }) * 30).toBe(27_000);
  });

  it.each([
    { args: { subsidyBtc: 3.125, feesBtcPerBlock: 0 }, expected: 450, tol: 1e-15, note: '144 · 3.125' },
    { args: { subsidyBtc: 3.125, feesBtcPerBlock: 0.02 }, expected: 452.88, tol: 1e-12, note: '144 · 3.145' },
    { args: { subsidyBtc: 1.5625, feesBtcPerBlock: 0 }, expected: 225, tol: 1e-15, note: '144 · 1.5625, after the ~2028 halving' },
    { args: { subsidyBtc: 0, feesBtcPerBlock: 0 }, expected: 0, tol: 0, note: 'nothing to pay' },
  ])('btcPaidToMinersPerDay($args) is $expected BTC ($note)', ({ args, expected, tol }) => {
    expectClose(btcPaidToMinersPerDay(args), expected, tol);
  });

  it('btcPaidToMinersPerDay ignores a difficultyT passed along with the reward (it depends on blocks, not difficulty)', () => {
    expect(btcPaidToMinersPerDay({ ...reference })).toBe(450);
  });

  it('btcPaidToMinersPerDay does not mutate its input', () => {
    const input = { subsidyBtc: 6.25, feesBtcPerBlock: 0.1 };
    const before = structuredClone(input);
    btcPaidToMinersPerDay(input);
    expect(input).toEqual(before);
  });

  it.each(notNonNegative)('btcPaidToMinersPerDay rejects subsidyBtc = %s with a ModelInputError naming subsidyBtc', (bad) => {
    expectModelInputError(() => btcPaidToMinersPerDay({ subsidyBtc: bad, feesBtcPerBlock: 0 }), 'subsidyBtc', bad);
  });

  it.each(notNonNegative)('btcPaidToMinersPerDay rejects feesBtcPerBlock = %s with a ModelInputError naming feesBtcPerBlock', (bad) => {
    expectModelInputError(() => btcPaidToMinersPerDay({ subsidyBtc: 6.25, feesBtcPerBlock: bad }), 'feesBtcPerBlock', bad);
  });
});

describe('btcOutputChangeFraction', () => {
  it.each([
    // 1 / 1.1473 − 1 = −0.1473 / 1.1473 = −0.128388…
    { args: 0.1473, expected: -0.1473 / 1.1473, tol: 1e-12, note: 'the +14.73 % retarget of 19–20 Feb 2026 (S000-014): 12.8 % less BTC' },
    // 1 / 1.02 − 1 = −0.02 / 1.02
    { args: 0.02, expected: -0.02 / 1.02, tol: 1e-12, note: 'one month of the default 2 % growth' },
    { args: 1, expected: -0.5, tol: 0, note: 'difficulty doubled: output halved' },
    { args: -0.5, expected: 1, tol: 0, note: 'difficulty halved: output doubled' },
    { args: 0, expected: 0, tol: 0, note: 'no change' },
  ])('btcOutputChangeFraction($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(btcOutputChangeFraction(args), expected, tol);
  });

  it('btcOutputChangeFraction matches btcPerThPerDay before and after the change', () => {
    const before = btcPerThPerDay(f2pool);
    const after = btcPerThPerDay({ ...f2pool, difficultyT: f2pool.difficultyT * 1.1473 });
    expectClose(after / before - 1, btcOutputChangeFraction(0.1473), 1e-12);
  });

  it.each([...nonFinite, -1, -2])('btcOutputChangeFraction rejects difficultyChangeFraction = %s with a ModelInputError naming difficultyChangeFraction', (bad) => {
    expectModelInputError(() => btcOutputChangeFraction(bad), 'difficultyChangeFraction', bad);
  });
});
