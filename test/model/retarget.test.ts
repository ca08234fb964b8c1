import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashpriceUsdPerThDay } from '../../src/model/hashprice.ts';
import { nextDifficultyT, retarget, type RetargetInputs } from '../../src/model/retarget.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notNonNegative, notPositive } from '../helpers/modelErrors.ts';

// Reproducible: one seed for every property in this file.
fc.configureGlobal({ seed: 42, numRuns: 200 });

// By hand: a hashrate change c at the start of an epoch makes blocks come every 600 / (1 + c) s, so the epoch's 2,016
// blocks take 2,016 × 600 / (1 + c) / 86,400 = 14 / (1 + c) days and 144 × (1 + c) blocks are found a day. The retarget
// then multiplies difficulty by (1 + c), clamped to [¼, 4]. Gross hashprice, USD per PH/s per day, is
// 1000 × price × 86,400 × (subsidy + fees) / (D_T × 2^32); all miners are paid (subsidy + fees) × 144 × price a day.
const hashpricePhByHand = (price: number, difficultyT: number, subsidyBtc: number, feesBtc = 0): number =>
  (1000 * price * 86_400 * (subsidyBtc + feesBtc)) / (difficultyT * 2 ** 32);

/** The default market of 2 Feb 2026 (S003-012: $76,176; 141 T reproduces f2pool's $0.034/TH/day; 3.125 BTC; no fees). */
const market = { difficultyT: 141, priceUsdPerBtc: 76_176, subsidyBtc: 3.125, feesBtcPerBlock: 0 } as const;

function inputs(overrides: Partial<RetargetInputs> = {}): RetargetInputs {
  return { ...market, hashrateChangeFraction: -0.12, ...overrides };
}

describe('nextDifficultyT', () => {
  it.each([
    { d: 141, ratio: 0.88, expected: 124.08, note: '−12 %: 141 × 0.88' },
    { d: 100, ratio: 1.5, expected: 150, note: '+50 %' },
    { d: 100, ratio: 1, expected: 100, note: 'no change' },
    { d: 100, ratio: 0.25, expected: 25, note: '−75 %: exactly at the ÷4 edge, not clamped further' },
    { d: 100, ratio: 0.1, expected: 25, note: '−90 %: clamped to ÷4' },
    { d: 100, ratio: 1e-9, expected: 25, note: 'almost every hash gone: still ÷4' },
    { d: 100, ratio: 4, expected: 400, note: '+300 %: exactly at the ×4 edge' },
    { d: 100, ratio: 5, expected: 400, note: '+400 %: clamped to ×4' },
    { d: 141, ratio: 1.1473, expected: 141 * 1.1473, note: 'the +14.73 % retarget of 19–20 Feb 2026 (S000-014)' },
  ])('nextDifficultyT($d, $ratio) is $expected ($note)', ({ d, ratio, expected }) => {
    expectClose(nextDifficultyT(d, ratio), expected, 1e-12);
  });

  it('nextDifficultyT clamps to exactly a quarter and exactly four times (no rounding at the clamp)', () => {
    expect(nextDifficultyT(141, 0.1)).toBe(141 / 4);
    expect(nextDifficultyT(141, 5)).toBe(141 * 4);
    expect(nextDifficultyT(141, 1)).toBe(141);
  });

  it.each(notPositive)('nextDifficultyT(%s, 1) throws a ModelInputError naming difficultyT', (bad) => {
    expectModelInputError(() => nextDifficultyT(bad, 1), 'difficultyT', bad);
  });

  it.each(notPositive)('nextDifficultyT(100, %s) throws a ModelInputError naming hashrateRatio', (bad) => {
    expectModelInputError(() => nextDifficultyT(100, bad), 'hashrateRatio', bad);
  });
});

describe('retarget: −12 % at the 2 Feb 2026 market, by hand', () => {
  const r = retarget(inputs());
  // Before: 1000 × 76,176 × 86,400 × 3.125 / (141 × 2^32) = $33.963/PH/day (f2pool's $34, S003-017).
  const before = hashpricePhByHand(76_176, 141, 3.125);

  it('retarget blockTimeSeconds is 600 / 0.88 = 681.818 s', () => {
    expectClose(r.blockTimeSeconds, 600 / 0.88, 1e-12);
    expectClose(r.blockTimeSeconds, 681.818, 1e-6);
  });

  it('retarget epochDays is 2,016 × 681.818 / 86,400 = 14 / 0.88 = 15.909 days', () => {
    expectClose(r.epochDays, 14 / 0.88, 1e-12);
    expectClose(r.epochDays, 15.909, 1e-4);
  });

  it('retarget blocksPerDayDuringLag is 144 × 0.88 = 126.72', () => {
    expectClose(r.blocksPerDayDuringLag, 126.72, 1e-12);
  });

  it('retarget nextDifficultyT is 141 × 0.88 = 124.08 T', () => {
    expectClose(r.nextDifficultyT, 124.08, 1e-12);
  });

  it('retarget hashprice: before $33.96, unchanged during the lag, before / 0.88 = $38.59 after', () => {
    expectClose(r.hashpriceBeforeUsdPerPhDay, before, 1e-12);
    expectClose(r.hashpriceBeforeUsdPerPhDay, 33.963, 1e-4);
    expect(r.hashpriceDuringLagUsdPerPhDay).toBe(r.hashpriceBeforeUsdPerPhDay);
    expectClose(r.hashpriceAfterUsdPerPhDay, before / 0.88, 1e-12);
    expectClose(r.hashpriceAfterUsdPerPhDay, 38.594, 1e-4);
  });

  it('retarget hashpriceBefore is the hashprice model’s figure (hashpriceUsdPerThDay × 1000)', () => {
    expectClose(r.hashpriceBeforeUsdPerPhDay, 1000 * hashpriceUsdPerThDay(market), 1e-15);
  });

  it('retarget minersUsdPerDay: 3.125 × 144 × 76,176 = $34,279,200 before, × 0.88 = $30,165,696 during the lag', () => {
    expectClose(r.minersUsdPerDayBefore, 34_279_200, 1e-12);
    expectClose(r.minersUsdPerDayDuringLag, 30_165_696, 1e-12);
  });

  it('retarget with fees: before = (3.125 + 0.05) × 144 × 76,176 = $34,827,667.2 and the fees join the hashprice', () => {
    const f = retarget(inputs({ feesBtcPerBlock: 0.05 }));
    expectClose(f.minersUsdPerDayBefore, 3.175 * 144 * 76_176, 1e-12);
    expectClose(f.minersUsdPerDayBefore, 34_827_667.2, 1e-12);
    expectClose(f.minersUsdPerDayDuringLag, 34_827_667.2 * 0.88, 1e-12);
    expectClose(f.hashpriceBeforeUsdPerPhDay, hashpricePhByHand(76_176, 141, 3.125, 0.05), 1e-12);
    expectClose(f.hashpriceAfterUsdPerPhDay, hashpricePhByHand(76_176, 124.08, 3.125, 0.05), 1e-12);
  });
});

describe('retarget: table of changes', () => {
  it.each([
    // change, block time 600 / (1 + c), epoch 14 / (1 + c) days, next difficulty (clamped), hashprice after ÷ before = D / next
    { change: 0.5, blockTime: 400, epochDays: 14 / 1.5, next: 211.5, afterOverBefore: 1 / 1.5, note: '+50 %' },
    { change: 0, blockTime: 600, epochDays: 14, next: 141, afterOverBefore: 1, note: 'no change changes nothing' },
    { change: -0.75, blockTime: 2_400, epochDays: 56, next: 35.25, afterOverBefore: 4, note: '−75 %: the ÷4 edge' },
    { change: -0.9, blockTime: 6_000, epochDays: 140, next: 35.25, afterOverBefore: 4, note: '−90 %: clamped to ÷4, hashprice only ×4' },
    { change: 4, blockTime: 120, epochDays: 2.8, next: 564, afterOverBefore: 0.25, note: '+400 %: clamped to ×4' },
  ])('retarget($change) from 141 T: block time $blockTime s, next $next T ($note)', ({ change, blockTime, epochDays, next, afterOverBefore }) => {
    const r = retarget(inputs({ hashrateChangeFraction: change }));
    expectClose(r.blockTimeSeconds, blockTime, 1e-12);
    expectClose(r.epochDays, epochDays, 1e-12);
    expectClose(r.blocksPerDayDuringLag, 144 * (1 + change), 1e-12);
    expectClose(r.nextDifficultyT, next, 1e-12);
    expectClose(r.hashpriceDuringLagUsdPerPhDay, r.hashpriceBeforeUsdPerPhDay, 1e-15);
    expectClose(r.hashpriceAfterUsdPerPhDay, r.hashpriceBeforeUsdPerPhDay * afterOverBefore, 1e-12);
    expectClose(r.minersUsdPerDayDuringLag, 34_279_200 * (1 + change), 1e-12);
  });

  it('retarget(0) returns before = during = after for every pair of fields', () => {
    const r = retarget(inputs({ hashrateChangeFraction: 0 }));
    expect(r.nextDifficultyT).toBe(141);
    expect(r.blockTimeSeconds).toBe(600);
    expect(r.blocksPerDayDuringLag).toBe(144);
    expect(r.hashpriceAfterUsdPerPhDay).toBe(r.hashpriceBeforeUsdPerPhDay);
    expect(r.minersUsdPerDayDuringLag).toBe(r.minersUsdPerDayBefore);
  });

  it('retarget(+14.73 %): next difficulty D × 1.1473, blocks every 600 / 1.1473 ≈ 523 s (S000-014, 19–20 Feb 2026)', () => {
    // S000-014 gives only the percentage ("+14.73%", the largest absolute increase); neither document gives the
    // difficulty before or after in T, so D is the 141 T of the 2 Feb default and only the ratio is the document's.
    const r = retarget(inputs({ hashrateChangeFraction: 0.1473 }));
    expectClose(r.nextDifficultyT, 141 * 1.1473, 1e-12);
    expectClose(r.nextDifficultyT / 141 - 1, 0.1473, 1e-12);
    expectClose(r.blockTimeSeconds, 600 / 1.1473, 1e-12);
    expect(Math.round(r.blockTimeSeconds)).toBe(523);
    // 2,016 blocks at 522.97 s: 12.2 days instead of 14.
    expectClose(r.epochDays, 14 / 1.1473, 1e-12);
    // Each TH/s earns 1 / 1.1473 of what it did after the retarget: −12.84 %.
    expectClose(r.hashpriceAfterUsdPerPhDay / r.hashpriceBeforeUsdPerPhDay - 1, 1 / 1.1473 - 1, 1e-12);
    expectClose(r.hashpriceAfterUsdPerPhDay / r.hashpriceBeforeUsdPerPhDay - 1, -0.1284, 1e-3);
  });

  it('retarget with no subsidy and no fees pays nothing before, during or after', () => {
    const r = retarget(inputs({ subsidyBtc: 0 }));
    expect(r.hashpriceBeforeUsdPerPhDay).toBe(0);
    expect(r.hashpriceAfterUsdPerPhDay).toBe(0);
    expect(r.minersUsdPerDayBefore).toBe(0);
    expect(r.minersUsdPerDayDuringLag).toBe(0);
  });
});

describe('retarget: input errors', () => {
  it.each([-1, -1.5, -100, 100.5, ...nonFinite])('retarget(change %s) throws a ModelInputError naming hashrateChangeFraction', (bad) => {
    expectModelInputError(() => retarget(inputs({ hashrateChangeFraction: bad })), 'hashrateChangeFraction', bad);
  });

  it('retarget(change −1) says what it expects: a fraction above −1', () => {
    expect(() => retarget(inputs({ hashrateChangeFraction: -1 }))).toThrow('invalid hashrateChangeFraction: -1 (expected a fraction above −1 (−100 %) and at most 100)');
  });

  it('retarget(change 100) is accepted: the upper edge is inclusive', () => {
    expect(retarget(inputs({ hashrateChangeFraction: 100 })).nextDifficultyT).toBe(564);
  });

  it.each(notPositive)('retarget(difficultyT %s) throws a ModelInputError naming difficultyT', (bad) => {
    expectModelInputError(() => retarget(inputs({ difficultyT: bad })), 'difficultyT', bad);
  });

  it.each(notPositive)('retarget(priceUsdPerBtc %s) throws a ModelInputError naming priceUsdPerBtc', (bad) => {
    expectModelInputError(() => retarget(inputs({ priceUsdPerBtc: bad })), 'priceUsdPerBtc', bad);
  });

  it.each(notNonNegative)('retarget(subsidyBtc %s) throws a ModelInputError naming subsidyBtc', (bad) => {
    expectModelInputError(() => retarget(inputs({ subsidyBtc: bad })), 'subsidyBtc', bad);
  });

  it.each(notNonNegative)('retarget(feesBtcPerBlock %s) throws a ModelInputError naming feesBtcPerBlock', (bad) => {
    expectModelInputError(() => retarget(inputs({ feesBtcPerBlock: bad })), 'feesBtcPerBlock', bad);
  });
});

describe('retarget: properties', () => {
  /** The slider's range (−80 % … +50 %) over plausible markets; −80 % lies past the ÷4 clamp. */
  const scenario: fc.Arbitrary<RetargetInputs> = fc.record({
    difficultyT: fc.double({ min: 1, max: 2_000, noNaN: true }),
    hashrateChangeFraction: fc.double({ min: -0.8, max: 0.5, noNaN: true }),
    priceUsdPerBtc: fc.double({ min: 1_000, max: 500_000, noNaN: true }),
    subsidyBtc: fc.constantFrom(6.25, 3.125, 1.5625, 0),
    feesBtcPerBlock: fc.double({ min: 0, max: 2, noNaN: true }),
  });

  it('retarget: hashprice after × next difficulty = hashprice before × difficulty (hashprice is ∝ 1 / D, clamp or not)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = retarget(s);
        const size = r.hashpriceBeforeUsdPerPhDay * s.difficultyT;
        expectClose(r.hashpriceAfterUsdPerPhDay * r.nextDifficultyT, size, 1e-12, 1e-300);
      }),
    );
  });

  it('retarget: block time × (1 + change) = 600 s and blocks per day during the lag × block time = 86,400 s', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = retarget(s);
        expectClose(r.blockTimeSeconds * (1 + s.hashrateChangeFraction), 600, 1e-12);
        expectClose(r.blocksPerDayDuringLag * r.blockTimeSeconds, 86_400, 1e-12);
        expectClose(r.epochDays * 86_400, 2_016 * r.blockTimeSeconds, 1e-12);
      }),
    );
  });

  it('retarget: next difficulty is D × (1 + change) above −75 % and D ÷ 4 below, so it never moves more than ×4 or ÷4', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = retarget(s);
        const ratio = 1 + s.hashrateChangeFraction;
        expectClose(r.nextDifficultyT, s.difficultyT * Math.max(0.25, ratio), 1e-15);
        expect(r.nextDifficultyT).toBeGreaterThanOrEqual(s.difficultyT / 4);
        expect(r.nextDifficultyT).toBeLessThanOrEqual(s.difficultyT * 4);
      }),
    );
  });

  it('retarget: the hashprice during the lag is the one before, and miners’ USD per day during the lag is before × (1 + change)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = retarget(s);
        expect(r.hashpriceDuringLagUsdPerPhDay).toBe(r.hashpriceBeforeUsdPerPhDay);
        expectClose(r.minersUsdPerDayBefore, (s.subsidyBtc + s.feesBtcPerBlock) * 144 * s.priceUsdPerBtc, 1e-12);
        expectClose(r.minersUsdPerDayDuringLag, r.minersUsdPerDayBefore * (1 + s.hashrateChangeFraction), 1e-12);
      }),
    );
  });

  it('retarget over −80 % … +50 % returns no NaN or Infinity in any field, and nothing negative', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = retarget(s);
        const bad = Object.entries(r).filter(([, v]) => !Number.isFinite(v) || v < 0);
        expect(bad).toEqual([]);
      }),
    );
  });
});
