import { blocksPerDay, daysPerMonth } from './constants.ts';
import { ModelInputError, requireNonNegative, requirePositive } from './errors.ts';
import { averageSubsidyBtc } from './halving.ts';
import { subsidyBtcAtHeight } from './subsidy.ts';
import { btcPerThPerDay } from './reward.ts';
import type { FleetSegment } from './fleetCurve.ts';
import { checkHorizon } from './projection.ts';

/**
 * How network hashrate answers hashprice, month by month: the difficulty path a projection runs
 * on. Two paths:
 *
 * - **trend** (`response: null`): difficulty compounds at the chosen monthly growth whatever miners
 *   earn — the path of link format 1.
 * - **respond**: the network is a fleet of segments (machine class × power tier, each with its
 *   breakeven hashprice: src/model/fleetCurve.ts). Each half-month step (about one 2016-block
 *   epoch) the hashrate that runs is the part of the installed fleet that covers its power at the
 *   difficulty its own running will produce: segments run cheapest first until hashprice would fall
 *   below the next one's breakeven, which then runs only in part (so hashprice settles at the
 *   marginal segment's breakeven). Difficulty follows the hashrate that ran with a one-step lag
 *   (the retarget), moving at most ×4 or ÷4 a step. Installed hashrate grows at the trend while
 *   every segment covers its power, the growth going to the most efficient class; while any of it
 *   sits idle, a positive trend pauses (a negative one still applies). A segment idle, in whole or
 *   in part, for `leaveMonths` months running loses its idle part for good: those machines leave.
 *
 * Difficulty in the respond path is the difficulty the hashrate that ran in the previous step
 * implies (the trend's difficulty at that step × the share of the trend's hashrate that ran), so
 * with no segment ever idle it is the trend path
 * exactly. Installed hashrate never exceeds the trend's, so (for growth ≥ −50 % a month) the
 * respond path's difficulty is never above the trend's.
 *
 * Fleet decisions use the gross hashprice (no pool fee: indexes quote it gross, pools differ).
 * Blocks are placed at 144 a day, as in the projection: the lag's slower blocks do not move the
 * halving in time.
 */

export interface HashrateResponse {
  /** Today's network fleet, as the cost curve sorts it (shares sum to 1). */
  curve: readonly FleetSegment[];
  /** Whole months a segment may sit idle before its idle part leaves the network (≥ 1). */
  leaveMonths: number;
}

export interface NetworkPathInputs {
  difficultyT: number;
  priceUsdPerBtc: number;
  feesBtcPerBlock: number;
  /** Today's subsidy; the schedule's halvings are scaled by it ÷ the schedule's subsidy today (as in the projection). */
  subsidyBtc: number;
  startBlockHeight: number;
  lifeMonths: number;
  /** Trend growth of difficulty (and installed hashrate), a fraction per month. */
  difficultyGrowthPerMonth: number;
  /** BTC price change per year as a fraction (compounded monthly, as in the projection). */
  priceDriftPerYear: number;
  /** null: the fixed trend. */
  response: HashrateResponse | null;
}

export interface NetworkMonth {
  month: number;
  /** The month's difficulty as revenue sees it: the one that pays the month what its two steps pay, T. */
  difficultyT: number;
  /** The trend path's difficulty this month, T. */
  trendDifficultyT: number;
  /** Gross hashprice at `difficultyT`, this month's price and subsidy, USD per PH/s per day. */
  hashpriceUsdPerPhDay: number;
  /** Share of the installed fleet sitting idle (mean over the month's two steps). */
  idleShare: number;
  /** Hashrate that ran, as a multiple of today's network hashrate (mean of the two steps). */
  hashrateVsToday: number;
  /** Hashrate that has left the network for good so far, as a multiple of today's network hashrate. */
  leftShare: number;
  /**
   * Breakeven of the marginal segment at the month's second step, USD per PH/s per day: the dearest
   * one that runs (in full or in part); when none runs, the cheapest (the first to restart); null
   * when every segment runs in full.
   */
  marginalBreakevenUsdPerPhDay: number | null;
}

/** Difficulty 1 (2^32 hashes a block), the least the protocol allows, in T. */
const minimumDifficultyT = 1e-12;

function check(inputs: NetworkPathInputs): void {
  requirePositive('difficultyT', inputs.difficultyT);
  requirePositive('priceUsdPerBtc', inputs.priceUsdPerBtc);
  requireNonNegative('feesBtcPerBlock', inputs.feesBtcPerBlock);
  requireNonNegative('subsidyBtc', inputs.subsidyBtc);
  checkHorizon(inputs);
  const r = inputs.response;
  if (r) {
    if (r.curve.length === 0) throw new ModelInputError('response.curve', '[]', 'at least one fleet segment');
    if (!Number.isInteger(r.leaveMonths) || r.leaveMonths < 1) throw new ModelInputError('response.leaveMonths', r.leaveMonths, 'a whole number of months ≥ 1');
  }
}

/**
 * The network's month-by-month difficulty (and what the fleet does) under the trend or the
 * responding path. See the module comment for the model.
 *
 * @example
 * const market = { difficultyT: 141, priceUsdPerBtc: 76_176, feesBtcPerBlock: 0, subsidyBtc: 3.125, startBlockHeight: 934_032, lifeMonths: 36, difficultyGrowthPerMonth: 0.02, priceDriftPerYear: 0 };
 * networkPath({ ...market, response: null })[12].difficultyT // 141 × 1.02^12 ≈ 178.8
 * // With a fleet whose every segment costs nothing to run, responding changes nothing:
 * networkPath({ ...market, response: { curve: [{ …, share: 1, breakevenUsdPerPhDay: 0 }], leaveMonths: 3 } })[12].difficultyT // the same 178.8
 */
export function networkPath(inputs: NetworkPathInputs): NetworkMonth[] {
  check(inputs);
  const { lifeMonths, response } = inputs;
  const g = inputs.difficultyGrowthPerMonth;
  const blocksPerMonth = daysPerMonth * blocksPerDay;
  const scheduleToday = subsidyBtcAtHeight(inputs.startBlockHeight);
  const subsidyScale = scheduleToday > 0 ? inputs.subsidyBtc / scheduleToday : 0;
  const fees = inputs.feesBtcPerBlock;

  const curve = response?.curve ?? [];
  const n = curve.length;
  const u = curve.map((c) => c.share); // installed hashrate per segment, relative to the trend's
  const idleSteps = new Array<number>(n).fill(0);
  const leaveSteps = 2 * (response?.leaveMonths ?? 1);
  // The most efficient class takes the growth, spread over its tiers by their shares.
  const bestJ = Math.min(...curve.map((c) => c.joulesPerTerahash));
  const best = curve.map((c) => c.joulesPerTerahash === bestJ);
  const bestShare = curve.reduce((a, c, j) => a + (best[j] ? c.share : 0), 0);

  let everIdle = false;
  let idleLastMonth = false;
  let previousImpliedD = inputs.difficultyT; // the difficulty the hashrate that ran in the previous step implies
  let previousD = inputs.difficultyT;
  let trendLevel = 1; // (1 + g)^m, for the hashrate multiple
  let leftVsToday = 0;
  const months: NetworkMonth[] = [];

  for (let m = 0; m < lifeMonths; m++) {
    const trendD = inputs.difficultyT * (1 + g) ** m;
    trendLevel = (1 + g) ** m;
    const price = inputs.priceUsdPerBtc * (1 + inputs.priceDriftPerYear) ** (m / 12);
    if (response && m > 0 && g > 0) {
      const total = u.reduce((a, x) => a + x, 0);
      for (let j = 0; j < n; j++) u[j]! /= 1 + g;
      // While every segment covers its power, new machines arrive at the trend (the best class).
      if (!idleLastMonth && bestShare > 0) for (let j = 0; j < n; j++) if (best[j]) u[j]! += ((g / (1 + g)) * total * curve[j]!.share) / bestShare;
    }
    idleLastMonth = false;

    const from = inputs.startBlockHeight + m * blocksPerMonth;
    const steps: { d: number; reward: number; ratio: number; idle: number; marginal: number | null }[] = [];
    for (let h = 0; h < 2; h++) {
      const a = from + (h * blocksPerMonth) / 2;
      const subsidy = averageSubsidyBtc(a, a + blocksPerMonth / 2) * subsidyScale;
      if (!response) {
        steps.push({ d: trendD, reward: subsidy + fees, ratio: 1, idle: 0, marginal: null });
        continue;
      }
      // Never below difficulty 1 (the protocol's minimum; or the trend, if that is set lower): when blocks pay nothing
      // no hashrate runs, and ÷4 a step would reach 0 after about 260 months, which no hashprice can be computed at.
      const floor = Math.min(minimumDifficultyT, trendD);
      const d = everIdle ? Math.max(floor, Math.min(4 * previousD, Math.max(previousD / 4, Math.min(trendD, previousImpliedD)))) : trendD;
      // Hashprice if the whole trend hashrate ran (USD per PH/s per day); running r of it gives hp / r.
      const hpTrend = price * btcPerThPerDay({ difficultyT: trendD, subsidyBtc: subsidy, feesBtcPerBlock: fees }) * 1000;
      let ran = 0;
      let marginal: number | null = null;
      let lastRunning: number | null = null;
      const running = new Array<number>(n).fill(0);
      for (let j = 0; j < n; j++) {
        const b = curve[j]!.breakevenUsdPerPhDay;
        if (u[j]! <= 0) continue;
        if (b <= 0 || hpTrend >= b * (ran + u[j]!)) {
          running[j] = 1;
          ran += u[j]!;
          lastRunning = b;
          continue;
        }
        const part = Math.max(0, hpTrend / b - ran);
        if (part > 0) {
          running[j] = part / u[j]!;
          ran += part;
          marginal = b;
        } else {
          // This segment stays off: the marginal one is the dearest that runs, or, if none does, this (the first to restart).
          marginal = lastRunning ?? b;
        }
        break;
      }
      const installed = u.reduce((acc, x) => acc + x, 0);
      const idle = installed - ran;
      if (idle > 1e-12 * installed) {
        everIdle = true;
        idleLastMonth = true;
      }
      for (let j = 0; j < n; j++) {
        idleSteps[j] = running[j]! < 1 && u[j]! > 0 ? idleSteps[j]! + 1 : 0;
        if (idleSteps[j]! >= leaveSteps) {
          leftVsToday += u[j]! * (1 - running[j]!) * trendLevel;
          u[j]! *= running[j]!;
          idleSteps[j] = 0;
        }
      }
      steps.push({ d, reward: subsidy + fees, ratio: ran, idle: installed > 0 ? idle / installed : 0, marginal });
      // The difficulty the hashrate that ran implies: a share of this step's trend hashrate (a month's trend level, not the next's).
      previousImpliedD = trendD * ran;
      previousD = d;
    }
    const [s0, s1] = steps as [(typeof steps)[0], (typeof steps)[0]];
    const subsidyMonth = averageSubsidyBtc(from, from + blocksPerMonth) * subsidyScale;
    // The one difficulty that pays the month what its two steps pay (revenue ∝ reward ÷ difficulty).
    const perD = (s0.reward / s0.d + s1.reward / s1.d) / 2;
    const difficultyT = s0.d === s1.d ? s0.d : perD > 0 ? (subsidyMonth + fees) / perD : 2 / (1 / s0.d + 1 / s1.d);
    months.push({
      month: m,
      difficultyT,
      trendDifficultyT: trendD,
      hashpriceUsdPerPhDay: price * btcPerThPerDay({ difficultyT, subsidyBtc: subsidyMonth, feesBtcPerBlock: fees }) * 1000,
      idleShare: (s0.idle + s1.idle) / 2,
      hashrateVsToday: ((s0.ratio + s1.ratio) / 2) * trendLevel,
      leftShare: leftVsToday,
      marginalBreakevenUsdPerPhDay: s1.marginal,
    });
  }
  return months;
}
