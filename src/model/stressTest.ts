import { randomLcg, randomNormal } from 'd3-random';
import { blocksPerDay, daysPerMonth, difficultyPerT, hashesPerDifficultyUnit, hashesPerSecondPerTh, secondsPerDay } from './constants.ts';
import { ModelInputError, requireNonNegative, requirePositive } from './errors.ts';
import { averageSubsidyBtc } from './halving.ts';
import { subsidyBtcAtHeight } from './subsidy.ts';
import { createNetworkStepper, type HashrateResponse } from './hashrateResponse.ts';
import { createLoanRunner, type LoanOnFleet } from './loanPath.ts';
import { placeRanks } from './orderStatistics.ts';
import { checkHorizon } from './projection.ts';

/**
 * A Monte Carlo stress test of a loan on a fleet. Each path draws:
 *
 * - **BTC price** as geometric Brownian motion: price_m = P₀ × (1 + drift)^(m/12) × exp(σ·W(m/12) − σ²·m/24),
 *   σ the annual volatility, W a Brownian motion sampled monthly — so the expected price follows
 *   the projection's drift, and σ = 0 is the projection's price exactly.
 * - **Trend growth of difficulty** with noise: 1 + g_m = (1 + g) × exp(τ·z − τ²/2) each month, τ the
 *   monthly noise (0: the fixed trend).
 * - **Hashrate that answers hashprice** through the fleet cost curve (src/model/hashrateResponse.ts,
 *   the same stepper the projection uses), or the trend alone (`response: null`).
 * - **The halving by block height**, at 144 blocks a day, as in the projection.
 *
 * Randomness comes from d3-random's `randomLcg(seed)` and its normal source: the same seed gives
 * the same paths on any machine. A path's draws come in a fixed order (per month: the price's
 * normal, then the growth's), so running the paths in chunks gives the same result as one run.
 * Typed arrays throughout; no object per path.
 */
export interface StressInputs {
  /** Today's market: price (USD per BTC), difficulty (T), fees (BTC per block), subsidy (BTC, scaling the schedule as in the projection). */
  priceUsdPerBtc: number;
  difficultyT: number;
  feesBtcPerBlock: number;
  subsidyBtc: number;
  startBlockHeight: number;
  /** Months to simulate (≥ the loan's term). */
  months: number;
  difficultyGrowthPerMonth: number;
  priceDriftPerYear: number;
  /** Annual BTC volatility as a fraction: 0.5 = 50 %. */
  volatilityPerYear: number;
  /** Monthly noise on the trend growth (a fraction: 0.02 = a standard deviation of about 2 points a month). */
  growthNoisePerMonth: number;
  /** null: difficulty follows the (noisy) trend whatever miners earn. */
  response: HashrateResponse | null;
  loan: LoanOnFleet;
  paths: number;
  seed: number;
}

/** DSCR percentiles the fan chart draws, by month. */
export const stressPercentiles = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

export interface StressResult {
  paths: number;
  /** Share of paths whose DSCR falls below 1 in any month of the term. */
  pDscrBreach: number;
  /** Share of paths on which LTV crosses the margin-call threshold within the term. */
  pMarginCall: number;
  /** DSCR percentile p (index into stressPercentiles) in month m: dscrPercentiles[p * term + m]. */
  dscrPercentiles: Float64Array;
  /** Median first margin-call month among paths that have one, or −1. */
  medianMarginCallMonth: number;
  /** Months in the term. */
  term: number;
}

function check(i: StressInputs): void {
  requirePositive('priceUsdPerBtc', i.priceUsdPerBtc);
  requirePositive('difficultyT', i.difficultyT);
  requireNonNegative('feesBtcPerBlock', i.feesBtcPerBlock);
  requireNonNegative('subsidyBtc', i.subsidyBtc);
  if (!(Number.isFinite(i.volatilityPerYear) && i.volatilityPerYear >= 0 && i.volatilityPerYear <= 5)) throw new ModelInputError('volatilityPerYear', i.volatilityPerYear, 'a fraction from 0 to 5 (0 % to 500 % a year)');
  if (!(Number.isFinite(i.growthNoisePerMonth) && i.growthNoisePerMonth >= 0 && i.growthNoisePerMonth <= 1)) throw new ModelInputError('growthNoisePerMonth', i.growthNoisePerMonth, 'a fraction from 0 to 1');
  if (!Number.isInteger(i.paths) || i.paths < 1 || i.paths > 100_000) throw new ModelInputError('paths', i.paths, 'a whole number from 1 to 100,000');
  if (!Number.isInteger(i.seed) || i.seed < 0) throw new ModelInputError('seed', i.seed, 'a whole number ≥ 0');
  if (!Number.isInteger(i.months) || i.months < i.loan.terms.termMonths) throw new ModelInputError('months', i.months, `a whole number ≥ the term (${i.loan.terms.termMonths})`);
  // The horizon as the projection checks it (start height, 1–600 months, growth and drift bounded).
  checkHorizon({ startBlockHeight: i.startBlockHeight, lifeMonths: i.months, difficultyGrowthPerMonth: i.difficultyGrowthPerMonth, priceDriftPerYear: i.priceDriftPerYear });
  const r = i.response;
  if (r) {
    if (r.curve.length === 0) throw new ModelInputError('response.curve', '[]', 'at least one fleet segment');
    if (!Number.isInteger(r.leaveMonths) || r.leaveMonths < 1) throw new ModelInputError('response.leaveMonths', r.leaveMonths, 'a whole number of months ≥ 1');
  }
}

const hashesPerThDay = hashesPerSecondPerTh * secondsPerDay;

/**
 * A simulator for one set of inputs: `simulate(from, to, onPath?)` runs paths [from, to) and keeps
 * their DSCR and events; `result()` summarizes every path run so far. Run it in chunks to report
 * progress (the worker does); the paths must be run in order, from 0.
 *
 * @example
 * const sim = createStressSimulator({ …inputs, paths: 10_000, seed: 1 });
 * sim.simulate(0, 10_000);
 * sim.result().pDscrBreach // a share from 0 to 1, the same for the same seed on any machine
 */
export function createStressSimulator(inputs: StressInputs) {
  check(inputs);
  const { months, paths, response } = inputs;
  const term = inputs.loan.terms.termMonths;
  const blocksPerMonth = daysPerMonth * blocksPerDay;
  const scheduleToday = subsidyBtcAtHeight(inputs.startBlockHeight);
  const subsidyScale = scheduleToday > 0 ? inputs.subsidyBtc / scheduleToday : 0;
  const fees = inputs.feesBtcPerBlock;
  // The schedule is the same on every path: each month's two half-month rewards and its average.
  const rewardFirst = new Float64Array(months);
  const rewardSecond = new Float64Array(months);
  const rewardMonth = new Float64Array(months);
  const driftLevel = new Float64Array(months);
  for (let m = 0; m < months; m++) {
    const from = inputs.startBlockHeight + m * blocksPerMonth;
    rewardFirst[m] = averageSubsidyBtc(from, from + blocksPerMonth / 2) * subsidyScale + fees;
    rewardSecond[m] = averageSubsidyBtc(from + blocksPerMonth / 2, from + blocksPerMonth) * subsidyScale + fees;
    rewardMonth[m] = averageSubsidyBtc(from, from + blocksPerMonth) * subsidyScale + fees;
    driftLevel[m] = inputs.priceUsdPerBtc * (1 + inputs.priceDriftPerYear) ** (m / 12);
  }
  const normal = randomNormal.source(randomLcg(inputs.seed))(0, 1);
  const stepper = createNetworkStepper(response?.curve ?? null, response?.leaveMonths ?? 1, inputs.difficultyT);
  const runner = createLoanRunner(inputs.loan);
  const sigma = inputs.volatilityPerYear;
  const tau = inputs.growthNoisePerMonth;
  const g = inputs.difficultyGrowthPerMonth;
  const sqrtDt = Math.sqrt(1 / 12);
  const hashprice = new Float64Array(months);
  const price = new Float64Array(months);
  const dscr = new Float64Array(paths * term); // month-major: dscr[m * paths + path]
  const callMonth = new Int32Array(paths).fill(-1);
  let breaches = 0;
  let calls = 0;
  let done = 0;

  function simulate(fromPath: number, toPath: number): void {
    if (fromPath !== done) throw new ModelInputError('fromPath', fromPath, `the next path to run (${done})`);
    if (!Number.isInteger(toPath) || toPath > paths || toPath < fromPath) throw new ModelInputError('toPath', toPath, `a whole number from ${fromPath} to ${paths}`);
    for (let p = fromPath; p < toPath; p++) {
      stepper.reset();
      let w = 0;
      let trendLevel = 1;
      for (let m = 0; m < months; m++) {
        if (m > 0) w += sqrtDt * normal();
        const zGrowth = m > 0 ? normal() : 0;
        const pr = driftLevel[m]! * (sigma > 0 ? Math.exp(sigma * w - (sigma * sigma * m) / 24) : 1);
        const gm = m === 0 ? g : tau > 0 ? (1 + g) * Math.exp(tau * zGrowth - (tau * tau) / 2) - 1 : g;
        if (m > 0) trendLevel *= 1 + gm;
        const trendD = inputs.difficultyT * trendLevel;
        const d = response ? stepper.month(m, pr, gm, trendLevel, trendD, rewardFirst[m]!, rewardSecond[m]!, rewardMonth[m]!).difficultyT : trendD;
        price[m] = pr;
        // reward.ts's btcPerThPerDay, inlined: its input checks would run 600,000 times a simulation.
        hashprice[m] = pr * ((hashesPerThDay * rewardMonth[m]!) / (d * difficultyPerT * hashesPerDifficultyUnit)) * 1000;
      }
      const r = runner.run(hashprice, price);
      for (let m = 0; m < term; m++) dscr[m * paths + p] = r.dscr[m]!;
      if (r.firstBreachMonth >= 0) breaches++;
      if (r.marginCallMonth >= 0) {
        calls++;
        callMonth[p] = r.marginCallMonth;
      }
    }
    done = toPath;
  }

  function result(): StressResult {
    const ran = done;
    const percentiles = new Float64Array(stressPercentiles.length * term);
    const column = new Float64Array(ran);
    // The ranks R-7 reads for each percentile: ⌊(n − 1)q⌋ and the one above, ascending, once each.
    const ranks = ran > 0 ? [...new Set(stressPercentiles.flatMap((q) => [Math.floor((ran - 1) * q), Math.min(ran - 1, Math.floor((ran - 1) * q) + 1)]))].sort((a, b) => a - b) : [];
    for (let m = 0; m < term; m++) {
      column.set(dscr.subarray(m * paths, m * paths + ran));
      // Only those ranks are put in place, with the values a sort would put there (a column with a
      // NaN or a −0, which no valid input produces, is sorted).
      placeRanks(column, ranks);
      stressPercentiles.forEach((q, i) => {
        percentiles[i * term + m] = ran > 0 ? quantileAtRanks(column, q) : NaN;
      });
    }
    const calledMonths = Int32Array.from(callMonth.subarray(0, ran).filter((x) => x >= 0)).sort();
    return {
      paths: ran,
      pDscrBreach: ran > 0 ? breaches / ran : 0,
      pMarginCall: ran > 0 ? calls / ran : 0,
      dscrPercentiles: percentiles,
      medianMarginCallMonth: calledMonths.length ? calledMonths[Math.floor((calledMonths.length - 1) / 2)]! : -1,
      term,
    };
  }

  return { simulate, result, get done() { return done; } };
}

/**
 * The R-7 quantile (d3-array's) of a typed array whose ranks ⌊(n − 1)q⌋ and the one above hold
 * what a sort would put there (placed by placeRanks), without copying it into an Array.
 */
function quantileAtRanks(column: Float64Array, q: number): number {
  const i = (column.length - 1) * q;
  const lo = Math.floor(i);
  const a = column[lo]!;
  const b = column[Math.min(column.length - 1, lo + 1)]!;
  const t = i - lo;
  // Infinite DSCRs (months with nothing to pay) keep their order; avoid ∞ − ∞, and ∞ × 0 at a whole index (NaN).
  return a === b || t === 0 ? a : a + (b - a) * t;
}

/**
 * Runs every path at once: what tests and the benchmark call; the page runs the same simulator in
 * a Web Worker, in chunks.
 *
 * @example
 * runStressTest({ …inputs, volatilityPerYear: 0, growthNoisePerMonth: 0 }).pDscrBreach // 0 or 1: every path is the projection
 */
export function runStressTest(inputs: StressInputs): StressResult {
  const sim = createStressSimulator(inputs);
  sim.simulate(0, inputs.paths);
  return sim.result();
}
