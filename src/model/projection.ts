import { blocksPerDay, daysPerMonth, kwhPerWattDay, satsPerBtc } from './constants.ts';
import { ModelInputError, requireFraction, requireNonNegative, requirePositive } from './errors.ts';
import { averageSubsidyBtc } from './halving.ts';
import { nextHalvingHeight, subsidyBtcAtHeight } from './subsidy.ts';
import { btcPerThPerDay } from './reward.ts';
import type { MachineSpec, MarketInputs } from './machineEconomics.ts';

/** How the operator treats a month that loses money on power. */
export type OperatingMode = 'curtail' | 'run';

export interface ProjectionInputs {
  machine: MachineSpec;
  /** Today's market. Its `subsidyBtc` scales the schedule (see below). */
  market: MarketInputs;
  /** Estimated block height at the start of month 0; halvings are placed by height from here. */
  startBlockHeight: number;
  /** Months of remaining life, a whole number ≥ 1. */
  lifeMonths: number;
  /** Difficulty growth per month as a fraction: 0.02 = +2 % a month (compounded). */
  difficultyGrowthPerMonth: number;
  /** BTC price change per year as a fraction: −0.2 = −20 % a year (compounded monthly). */
  priceDriftPerYear: number;
  /** Discount rate per year as a fraction. */
  discountRatePerYear: number;
  /** Resale value at the end of life, USD per machine (0 unless the reader sets it). */
  resaleUsd: number;
  /**
   * The network's difficulty month by month (T), when it does not simply follow the trend: the
   * responding path of src/model/hashrateResponse.ts. At least `lifeMonths` long; when absent,
   * difficulty compounds at `difficultyGrowthPerMonth`.
   */
  difficultyTByMonth?: readonly number[];
}

export interface ProjectedMonth {
  /** 0 = the month starting at the scenario date. */
  month: number;
  difficultyT: number;
  priceUsdPerBtc: number;
  /** Average subsidy over the month's blocks (a halving month pays in between). */
  subsidyBtc: number;
  hashpriceUsdPerThDay: number;
  /** BTC-denominated hashprice, gross of pool fee. */
  satsPerThPerDay: number;
  /** Profit on power for the month if the machine runs it, USD (negative: loses money). */
  profitUsd: number;
  /** Discount factor applied to this month's profit (end-of-month convention). */
  discountFactor: number;
  /** Value of the rest of the machine's life at the start of this month, in each mode (USD). */
  valueCurtailUsd: number;
  valueRunUsd: number;
  /** Running total of discounted counted profit up to and including this month, each mode (USD). */
  cumulativeCurtailUsd: number;
  cumulativeRunUsd: number;
}

export interface Projection {
  months: ProjectedMonth[];
  /** Forward value today if the operator switches off in losing months (never below 0 without resale). */
  valueCurtailUsd: number;
  /** Forward value today if the machine must run every month (take-or-pay): can be negative. */
  valueRunUsd: number;
  /** First month that loses money on power, or null when none does within the horizon. */
  underwaterMonth: number | null;
  /** Month index in which the next halving falls, or null when it is beyond the horizon. */
  halvingMonth: number | null;
  /** Block height of the next halving after the start (the one `halvingMonth` places). */
  halvingHeight: number;
  /** Sats per TH/s per day in the last month. */
  satsPerThEnd: number;
}

/**
 * Checks what any month-by-month path needs: a start height, a life of 1–600 months, and growth
 * and drift bounded so that 600 months of compounding stay within floating point (no Infinity,
 * no NaN). Shared by the projection and the network path (hashrateResponse.ts).
 *
 * @example
 * checkHorizon({ startBlockHeight: 934_032, lifeMonths: 0, difficultyGrowthPerMonth: 0.02, priceDriftPerYear: 0 }) // throws: invalid lifeMonths: 0 (…)
 */
export function checkHorizon(inputs: Pick<ProjectionInputs, 'startBlockHeight' | 'lifeMonths' | 'difficultyGrowthPerMonth' | 'priceDriftPerYear'>): void {
  if (!Number.isInteger(inputs.startBlockHeight) || inputs.startBlockHeight < 0) throw new ModelInputError('startBlockHeight', inputs.startBlockHeight, 'an integer ≥ 0');
  if (!Number.isInteger(inputs.lifeMonths) || inputs.lifeMonths < 1 || inputs.lifeMonths > 600) throw new ModelInputError('lifeMonths', inputs.lifeMonths, 'a whole number of months from 1 to 600');
  const g = inputs.difficultyGrowthPerMonth;
  if (!(Number.isFinite(g) && g >= -0.5 && g <= 1)) throw new ModelInputError('difficultyGrowthPerMonth', g, 'a fraction from −0.5 to 1 (−50 % to +100 % a month)');
  const drift = inputs.priceDriftPerYear;
  if (!(Number.isFinite(drift) && drift >= -0.99 && drift <= 10)) throw new ModelInputError('priceDriftPerYear', drift, 'a fraction from −0.99 to 10 (−99 % to +1,000 % a year)');
}

function check(inputs: ProjectionInputs): void {
  requirePositive('machine.terahashPerSecond', inputs.machine.terahashPerSecond);
  requirePositive('machine.watts', inputs.machine.watts);
  requirePositive('market.priceUsdPerBtc', inputs.market.priceUsdPerBtc);
  requirePositive('market.difficultyT', inputs.market.difficultyT);
  requireNonNegative('market.usdPerKwh', inputs.market.usdPerKwh);
  requireNonNegative('market.feesBtcPerBlock', inputs.market.feesBtcPerBlock);
  requireNonNegative('market.subsidyBtc', inputs.market.subsidyBtc);
  requireFraction('market.poolFeeFraction', inputs.market.poolFeeFraction, true);
  requireFraction('market.uptimeFraction', inputs.market.uptimeFraction);
  checkHorizon(inputs);
  requireNonNegative('discountRatePerYear', inputs.discountRatePerYear);
  requireNonNegative('resaleUsd', inputs.resaleUsd);
  const path = inputs.difficultyTByMonth;
  if (path) {
    if (path.length < inputs.lifeMonths) throw new ModelInputError('difficultyTByMonth', `${path.length} months`, `at least lifeMonths (${inputs.lifeMonths}) months`);
    for (let m = 0; m < inputs.lifeMonths; m++) requirePositive(`difficultyTByMonth[${m}]`, path[m]!);
  }
}

/**
 * Month-by-month projection of one machine over its remaining life, and its forward value in
 * both operating modes: the discounted sum of monthly profits on power plus discounted resale.
 *
 * Difficulty compounds monthly from today's (or follows `difficultyTByMonth`); the BTC price compounds at the yearly drift; the
 * subsidy follows the halving schedule by block height (144 blocks a day from `startBlockHeight`),
 * scaled by market.subsidyBtc ÷ the schedule's subsidy today, so a reader who overrides today's
 * subsidy keeps the override and still sees the next halving. Profits are discounted at the end
 * of each month. In `curtail` mode a losing month counts 0 (the machine is off); in `run` mode it
 * counts in full.
 *
 * @example
 * const p = projectMachine({ machine: { terahashPerSecond: 473, watts: 5_676 },
 *   market: { priceUsdPerBtc: 76_176, difficultyT: 141, usdPerKwh: 0.06, feesBtcPerBlock: 0, subsidyBtc: 3.125, poolFeeFraction: 0, uptimeFraction: 1 },
 *   startBlockHeight: 934_032, lifeMonths: 36, difficultyGrowthPerMonth: 0.02, priceDriftPerYear: 0, discountRatePerYear: 0.15, resaleUsd: 0 });
 * p.halvingMonth // 26 (p.halvingHeight 1,050,000 ≈ April 2028)
 * p.valueCurtailUsd >= p.valueRunUsd // true
 */
export function projectMachine(inputs: ProjectionInputs): Projection {
  check(inputs);
  const { machine, market, startBlockHeight, lifeMonths } = inputs;
  const blocksPerMonth = daysPerMonth * blocksPerDay;
  const scheduleToday = subsidyBtcAtHeight(startBlockHeight);
  const subsidyScale = scheduleToday > 0 ? market.subsidyBtc / scheduleToday : 0;
  const halvingHeight = nextHalvingHeight(startBlockHeight);
  const monthlyDiscount = (1 + inputs.discountRatePerYear) ** (-1 / 12);
  const powerUsdPerDay = machine.watts * kwhPerWattDay * market.usdPerKwh * market.uptimeFraction;

  const months: ProjectedMonth[] = [];
  let underwaterMonth: number | null = null;
  let halvingMonth: number | null = null;
  let cumulativeCurtail = 0;
  let cumulativeRun = 0;
  for (let m = 0; m < lifeMonths; m++) {
    const fromHeight = startBlockHeight + m * blocksPerMonth;
    const toHeight = fromHeight + blocksPerMonth;
    if (halvingMonth === null && halvingHeight >= fromHeight && halvingHeight < toHeight) halvingMonth = m;
    const difficultyT = inputs.difficultyTByMonth?.[m] ?? market.difficultyT * (1 + inputs.difficultyGrowthPerMonth) ** m;
    const priceUsdPerBtc = market.priceUsdPerBtc * (1 + inputs.priceDriftPerYear) ** (m / 12);
    const subsidyBtc = averageSubsidyBtc(fromHeight, toHeight) * subsidyScale;
    const btcPerTh = btcPerThPerDay({ difficultyT, subsidyBtc, feesBtcPerBlock: market.feesBtcPerBlock });
    const hashprice = priceUsdPerBtc * btcPerTh;
    const revenueUsdPerDay = machine.terahashPerSecond * hashprice * market.uptimeFraction * (1 - market.poolFeeFraction);
    const profitUsd = (revenueUsdPerDay - powerUsdPerDay) * daysPerMonth;
    if (underwaterMonth === null && profitUsd < 0) underwaterMonth = m;
    const discountFactor = monthlyDiscount ** (m + 1);
    cumulativeCurtail += Math.max(0, profitUsd) * discountFactor;
    cumulativeRun += profitUsd * discountFactor;
    months.push({
      month: m,
      difficultyT,
      priceUsdPerBtc,
      subsidyBtc,
      hashpriceUsdPerThDay: hashprice,
      satsPerThPerDay: btcPerTh * satsPerBtc,
      profitUsd,
      discountFactor,
      valueCurtailUsd: 0,
      valueRunUsd: 0,
      cumulativeCurtailUsd: cumulativeCurtail,
      cumulativeRunUsd: cumulativeRun,
    });
  }

  // Value of the remaining life at the start of each month, from the end backwards:
  // V(L) = resale; V(m) = (counted profit of month m + V(m+1)) × one month's discount.
  let nextCurtail = inputs.resaleUsd;
  let nextRun = inputs.resaleUsd;
  for (let m = lifeMonths - 1; m >= 0; m--) {
    const month = months[m]!;
    nextCurtail = (Math.max(0, month.profitUsd) + nextCurtail) * monthlyDiscount;
    nextRun = (month.profitUsd + nextRun) * monthlyDiscount;
    month.valueCurtailUsd = nextCurtail;
    month.valueRunUsd = nextRun;
  }

  return {
    months,
    valueCurtailUsd: nextCurtail,
    valueRunUsd: nextRun,
    underwaterMonth,
    halvingMonth,
    halvingHeight,
    satsPerThEnd: months[lifeMonths - 1]!.satsPerThPerDay,
  };
}

/**
 * Undiscounted profit on power over a projection's months, as the operating mode counts it: in
 * `curtail` mode a losing month counts 0 (the machine is off), in `run` mode in full. Set against a
 * purchase price, it says whether the machine ever pays for itself, before any discounting.
 *
 * @example
 * undiscountedProfitUsd({ months: [{ profitUsd: 300 }, { profitUsd: -50 }], mode: 'curtail' }) // 300
 * undiscountedProfitUsd({ months: [{ profitUsd: 300 }, { profitUsd: -50 }], mode: 'run' })     // 250
 */
export function undiscountedProfitUsd({ months, mode }: { months: readonly Pick<ProjectedMonth, 'profitUsd'>[]; mode: OperatingMode }): number {
  return months.reduce((sum, m) => sum + (mode === 'curtail' ? Math.max(0, m.profitUsd) : m.profitUsd), 0);
}
