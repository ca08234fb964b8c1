import { blocksPerDay, blocksPerRetarget, retargetClampFactor, secondsPerDay, targetSecondsPerBlock } from './constants.ts';
import { ModelInputError, requireNonNegative, requirePositive } from './errors.ts';
import { hashpriceUsdPerThDay, usdPerPhDayFromUsdPerThDay } from './hashprice.ts';

export interface RetargetInputs {
  /** Difficulty of the epoch in which hashrate changes, T. */
  difficultyT: number;
  /** Hashrate change at the start of the epoch, as a fraction (−0.12 = 12 % fewer hashes). Above −1. */
  hashrateChangeFraction: number;
  priceUsdPerBtc: number;
  subsidyBtc: number;
  feesBtcPerBlock: number;
}

export interface Retarget {
  /** Average block time until the retarget, s: 600 ÷ (1 + change). */
  blockTimeSeconds: number;
  /** Days the epoch's 2,016 blocks take at that block time. */
  epochDays: number;
  /** Blocks found per day until the retarget. */
  blocksPerDayDuringLag: number;
  /** Difficulty after the retarget, T: × (1 + change), clamped to [÷4, ×4]. */
  nextDifficultyT: number;
  /** Gross hashprice before the change, USD per PH/s per day. */
  hashpriceBeforeUsdPerPhDay: number;
  /** What each surviving PH/s earns per day until the retarget: the same as before (fewer blocks, a larger share of each). */
  hashpriceDuringLagUsdPerPhDay: number;
  /** Gross hashprice after the retarget, USD per PH/s per day. */
  hashpriceAfterUsdPerPhDay: number;
  /** USD paid to all miners per day before the change: (subsidy + fees) × 144 × price. */
  minersUsdPerDayBefore: number;
  /** USD paid to all miners per day until the retarget: the block rate moves it. */
  minersUsdPerDayDuringLag: number;
}

/**
 * The protocol's next difficulty after an epoch mined at `hashrateRatio` × the hashrate that
 * `difficultyT` expects: the measured timespan is 2016 × 600 s ÷ the ratio, clamped to between
 * a quarter and four times the target, so difficulty moves by the ratio but at most ×4 or ÷4.
 *
 * @example
 * nextDifficultyT(141, 0.88) // 124.08
 * nextDifficultyT(100, 0.1)  // 25 (the ÷4 clamp: a 90 % fall still leaves a quarter)
 * nextDifficultyT(100, 5)    // 400 (the ×4 clamp)
 */
export function nextDifficultyT(difficultyT: number, hashrateRatio: number): number {
  requirePositive('difficultyT', difficultyT);
  requirePositive('hashrateRatio', hashrateRatio);
  return difficultyT * Math.min(retargetClampFactor, Math.max(1 / retargetClampFactor, hashrateRatio));
}

/**
 * One retarget. Hashrate changes by `hashrateChangeFraction` at the start of an epoch; blocks
 * arrive at 600 s ÷ (1 + change) until the epoch's 2,016 blocks are mined, then difficulty
 * follows. During the lag each machine still running earns exactly what it did per TH/s —
 * fewer blocks a day, but a larger share of each — so hashprice is unchanged; what falls is the
 * total paid to all miners per day. Relief for the survivors comes only at the retarget.
 *
 * @example
 * const r = retarget({ difficultyT: 141, hashrateChangeFraction: -0.12, priceUsdPerBtc: 76_176, subsidyBtc: 3.125, feesBtcPerBlock: 0 });
 * r.blockTimeSeconds          // 600 ÷ 0.88 ≈ 681.8
 * r.epochDays                 // 2016 × 681.8 s ÷ 86,400 ≈ 15.9
 * r.nextDifficultyT           // 124.08
 * r.hashpriceBeforeUsdPerPhDay // ≈ 33.96 (= hashpriceDuringLagUsdPerPhDay)
 * r.hashpriceAfterUsdPerPhDay  // ≈ 38.59 (33.96 ÷ 0.88)
 * r.minersUsdPerDayDuringLag   // 34,279,200 × 0.88 ≈ 30,165,696
 */
export function retarget(inputs: RetargetInputs): Retarget {
  const { difficultyT, hashrateChangeFraction: change, priceUsdPerBtc, subsidyBtc, feesBtcPerBlock } = inputs;
  requirePositive('difficultyT', difficultyT);
  requirePositive('priceUsdPerBtc', priceUsdPerBtc);
  requireNonNegative('subsidyBtc', subsidyBtc);
  requireNonNegative('feesBtcPerBlock', feesBtcPerBlock);
  if (!(typeof change === 'number' && Number.isFinite(change) && change > -1 && change <= 100)) {
    throw new ModelInputError('hashrateChangeFraction', change, 'a fraction above −1 (−100 %) and at most 100');
  }
  const ratio = 1 + change;
  const blockTimeSeconds = targetSecondsPerBlock / ratio;
  const blocksPerDayDuringLag = blocksPerDay * ratio;
  const next = nextDifficultyT(difficultyT, ratio);
  const reward = { subsidyBtc, feesBtcPerBlock, priceUsdPerBtc };
  const before = usdPerPhDayFromUsdPerThDay(hashpriceUsdPerThDay({ ...reward, difficultyT }));
  const after = usdPerPhDayFromUsdPerThDay(hashpriceUsdPerThDay({ ...reward, difficultyT: next }));
  const minersBefore = (subsidyBtc + feesBtcPerBlock) * blocksPerDay * priceUsdPerBtc;
  return {
    blockTimeSeconds,
    epochDays: (blocksPerRetarget * blockTimeSeconds) / secondsPerDay,
    blocksPerDayDuringLag,
    nextDifficultyT: next,
    hashpriceBeforeUsdPerPhDay: before,
    hashpriceDuringLagUsdPerPhDay: before,
    hashpriceAfterUsdPerPhDay: after,
    minersUsdPerDayBefore: minersBefore,
    minersUsdPerDayDuringLag: minersBefore * ratio,
  };
}
