import { blocksPerDay, daysPerMonth, difficultyPerT, hashesPerDifficultyUnit, hashesPerSecondPerTh, secondsPerDay } from './constants.ts';

const hashesPerThDay = hashesPerSecondPerTh * secondsPerDay;
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
 * One month of the network as the responding path computes it, written into a reused record (no
 * allocation per month): what {@link createNetworkStepper}'s `month` returns.
 */
export interface NetworkStep {
  difficultyT: number;
  idleShare: number;
  /** Mean share of the trend's hashrate that ran (× the trend level = multiple of today's). */
  ranShare: number;
  leftShare: number;
  marginalBreakevenUsdPerPhDay: number | null;
}

/**
 * The responding network's state machine, one month at a time: the engine of {@link networkPath},
 * and of the Monte Carlo stress test (src/model/stressTest.ts), which drives it with a random price
 * and trend on each path. State lives in typed arrays; `reset()` starts a new path. Each call to
 * `month` takes the month's BTC price, the trend growth from the month before (`growth`, a fraction;
 * ignored at m = 0), the trend level (today's hashrate × this, the trend's hashrate), the trend's
 * difficulty and the month's two half-month rewards (subsidy + fees, BTC per block), and returns the
 * month: the one difficulty that pays the month what its two steps pay, the idle and left shares and
 * the marginal breakeven. With `curve` null it is the fixed trend.
 *
 * @example
 * const stepper = createNetworkStepper(null, 1, 141);
 * stepper.month(0, 76_176, 0, 1, 141, 3.125, 3.125, 3.125).difficultyT // 141 (the trend)
 */
export function createNetworkStepper(curve: readonly FleetSegment[] | null, leaveMonths: number, difficultyT: number) {
  const n = curve?.length ?? 0;
  const share = Float64Array.from(curve ?? [], (c) => c.share);
  const breakeven = Float64Array.from(curve ?? [], (c) => c.breakevenUsdPerPhDay);
  const u = new Float64Array(n); // installed hashrate per segment, relative to the trend's
  const idleSteps = new Int32Array(n);
  const leaveSteps = 2 * leaveMonths;
  // The most efficient class takes the growth, spread over its tiers by their shares.
  const bestJ = Math.min(...(curve ?? []).map((c) => c.joulesPerTerahash));
  const best = Uint8Array.from(curve ?? [], (c) => (c.joulesPerTerahash === bestJ ? 1 : 0));
  let bestShare = 0;
  for (let j = 0; j < n; j++) if (best[j]) bestShare += share[j]!;
  let everIdle = false;
  let idleLastMonth = false;
  let previousImpliedD = difficultyT; // the difficulty the hashrate that ran in the previous step implies
  let previousD = difficultyT;
  let leftVsToday = 0;
  const out: NetworkStep = { difficultyT, idleShare: 0, ranShare: 1, leftShare: 0, marginalBreakevenUsdPerPhDay: null };
  const stepD = new Float64Array(2);
  const stepReward = new Float64Array(2);
  const stepRatio = new Float64Array(2);
  const stepIdle = new Float64Array(2);
  let lastMarginal = NaN; // NaN: every segment runs in full (null in the record)

  function reset(): void {
    u.set(share);
    idleSteps.fill(0);
    everIdle = false;
    idleLastMonth = false;
    previousImpliedD = difficultyT;
    previousD = difficultyT;
    leftVsToday = 0;
  }
  reset();

  function month(m: number, price: number, growth: number, trendLevel: number, trendD: number, rewardFirst: number, rewardSecond: number, rewardMonth: number): NetworkStep {
    const g = growth;
    if (curve && m > 0 && g > 0) {
      let total = 0;
      for (let j = 0; j < n; j++) {
        total += u[j]!;
        u[j]! /= 1 + g;
      }
      // While every segment covers its power, new machines arrive at the trend (the best class).
      if (!idleLastMonth && bestShare > 0) for (let j = 0; j < n; j++) if (best[j]) u[j]! += ((g / (1 + g)) * total * share[j]!) / bestShare;
    }
    idleLastMonth = false;
    for (let h = 0; h < 2; h++) {
      const reward = h === 0 ? rewardFirst : rewardSecond;
      stepReward[h] = reward;
      if (!curve) {
        stepD[h] = trendD;
        stepRatio[h] = 1;
        stepIdle[h] = 0;
        lastMarginal = NaN;
        continue;
      }
      // Never below difficulty 1 (the protocol's minimum; or the trend, if that is set lower): when blocks pay nothing
      // no hashrate runs, and ÷4 a step would reach 0 after about 260 months, which no hashprice can be computed at.
      const floor = Math.min(minimumDifficultyT, trendD);
      const d = everIdle ? Math.max(floor, Math.min(4 * previousD, Math.max(previousD / 4, Math.min(trendD, previousImpliedD)))) : trendD;
      // Hashprice if the whole trend hashrate ran (USD per PH/s per day); running r of it gives hp / r.
      const hpTrend = price * ((hashesPerThDay * reward) / (trendD * difficultyPerT * hashesPerDifficultyUnit)) * 1000;
      // One pass: segments run cheapest first until hashprice would fall below the next one's
      // breakeven (that one runs in part, the rest not at all); the same pass sums the installed
      // hashrate and counts idle steps (a segment idle for `leave` months loses its idle part).
      let ran = 0;
      let marginal = NaN;
      let lastRunning = NaN;
      let stopped = false;
      let installed = 0;
      for (let j = 0; j < n; j++) {
        const uj = u[j]!;
        installed += uj;
        let run = 0;
        if (!stopped && uj > 0) {
          const b = breakeven[j]!;
          if (b <= 0 || hpTrend >= b * (ran + uj)) {
            run = 1;
            ran += uj;
            lastRunning = b;
          } else {
            const part = Math.max(0, hpTrend / b - ran);
            if (part > 0) {
              run = part / uj;
              ran += part;
              marginal = b;
            } else {
              // This segment stays off: the marginal one is the dearest that runs, or, if none does, this (the first to restart).
              marginal = lastRunning === lastRunning ? lastRunning : b;
            }
            stopped = true;
          }
        }
        const idleFor = run < 1 && uj > 0 ? idleSteps[j]! + 1 : 0;
        if (idleFor >= leaveSteps) {
          leftVsToday += uj * (1 - run) * trendLevel;
          u[j] = uj * run;
          idleSteps[j] = 0;
        } else idleSteps[j] = idleFor;
      }
      const idle = installed - ran;
      if (idle > 1e-12 * installed) {
        everIdle = true;
        idleLastMonth = true;
      }
      stepD[h] = d;
      stepRatio[h] = ran;
      stepIdle[h] = installed > 0 ? idle / installed : 0;
      lastMarginal = marginal;
      // The difficulty the hashrate that ran implies: a share of this step's trend hashrate (a month's trend level, not the next's).
      previousImpliedD = trendD * ran;
      previousD = d;
    }
    const d0 = stepD[0]!;
    const d1 = stepD[1]!;
    // The one difficulty that pays the month what its two steps pay (revenue ∝ reward ÷ difficulty).
    const perD = (stepReward[0]! / d0 + stepReward[1]! / d1) / 2;
    out.difficultyT = d0 === d1 ? d0 : perD > 0 ? rewardMonth / perD : 2 / (1 / d0 + 1 / d1);
    out.idleShare = (stepIdle[0]! + stepIdle[1]!) / 2;
    out.ranShare = (stepRatio[0]! + stepRatio[1]!) / 2;
    out.leftShare = leftVsToday;
    out.marginalBreakevenUsdPerPhDay = lastMarginal === lastMarginal ? lastMarginal : null;
    return out;
  }

  return { reset, month };
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
  const stepper = createNetworkStepper(response?.curve ?? null, response?.leaveMonths ?? 1, inputs.difficultyT);
  const months: NetworkMonth[] = [];

  for (let m = 0; m < lifeMonths; m++) {
    const trendD = inputs.difficultyT * (1 + g) ** m;
    const trendLevel = (1 + g) ** m;
    const price = inputs.priceUsdPerBtc * (1 + inputs.priceDriftPerYear) ** (m / 12);
    const from = inputs.startBlockHeight + m * blocksPerMonth;
    const first = averageSubsidyBtc(from, from + blocksPerMonth / 2) * subsidyScale + fees;
    const second = averageSubsidyBtc(from + blocksPerMonth / 2, from + blocksPerMonth) * subsidyScale + fees;
    const subsidyMonth = averageSubsidyBtc(from, from + blocksPerMonth) * subsidyScale;
    const step = stepper.month(m, price, g, trendLevel, trendD, first, second, subsidyMonth + fees);
    months.push({
      month: m,
      difficultyT: step.difficultyT,
      trendDifficultyT: trendD,
      hashpriceUsdPerPhDay: price * btcPerThPerDay({ difficultyT: step.difficultyT, subsidyBtc: subsidyMonth, feesBtcPerBlock: fees }) * 1000,
      idleShare: step.idleShare,
      hashrateVsToday: step.ranShare * trendLevel,
      leftShare: step.leftShare,
      marginalBreakevenUsdPerPhDay: step.marginalBreakevenUsdPerPhDay,
    });
  }
  return months;
}
