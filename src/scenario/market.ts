import type { MachineSpec, MarketInputs } from '../model/machineEconomics.ts';
import { projectMachine, type Projection, type ProjectionInputs } from '../model/projection.ts';
import { btcPerThPerDay } from '../model/reward.ts';
import type { LoanOnFleet } from '../model/loanPath.ts';
import type { StressInputs } from '../model/stressTest.ts';
import { daysPerMonth } from '../model/constants.ts';
import { blockHeightAtDate } from '../model/halving.ts';
import { subsidyBtcAtHeight } from '../model/subsidy.ts';
import { defaultScenario, type Scenario } from './schema.ts';
import { fleetCostCurve, type FleetSegment, type MachineClass, type PowerTier } from '../model/fleetCurve.ts';
import { networkPath, type NetworkMonth } from '../model/hashrateResponse.ts';
import { readMix, type MixEntry } from './fleetMix.ts';

/** blockHeightAtDate for the scenario's date, kept for the last date asked (figures ask many times per input). */
let heightDate = '';
let height = 0;
function startHeight(isoDate: string): number {
  if (isoDate !== heightDate) {
    height = blockHeightAtDate(isoDate);
    heightDate = isoDate;
  }
  return height;
}

/**
 * The subsidy the scenario uses: the one the reader set, or else the one in force at the
 * scenario date (by estimated block height).
 *
 * @example
 * effectiveSubsidyBtc({ ...defaultScenario(), date: '2028-06-01' }) // 1.5625
 */
export function effectiveSubsidyBtc(s: Pick<Scenario, 'subsidy' | 'date'>): number {
  return s.subsidy ?? subsidyBtcAtHeight(startHeight(s.date));
}

/**
 * Converts a scenario (link units: percents) into the model's inputs (fractions).
 *
 * @example
 * marketInputs({ ...defaultScenario(), pool: 2 }).poolFeeFraction // 0.02
 */
export function marketInputs(s: Scenario): MarketInputs {
  return {
    priceUsdPerBtc: s.price,
    difficultyT: s.diff,
    usdPerKwh: s.kwh,
    feesBtcPerBlock: s.fees,
    subsidyBtc: effectiveSubsidyBtc(s),
    poolFeeFraction: s.pool / 100,
    uptimeFraction: s.uptime / 100,
  };
}

/**
 * Only what hashprice depends on (no power price, no uptime): price, difficulty, the block
 * reward, and the pool fee as a fraction.
 *
 * @example
 * rewardMarketInputs({ ...defaultScenario(), fees: 0.1 }) // { priceUsdPerBtc: 76176, difficultyT: 141, feesBtcPerBlock: 0.1, subsidyBtc: 3.125, poolFeeFraction: 0 }
 */
export function rewardMarketInputs(s: Pick<Scenario, 'price' | 'diff' | 'fees' | 'subsidy' | 'date' | 'pool'>): Omit<MarketInputs, 'usdPerKwh' | 'uptimeFraction'> {
  return { priceUsdPerBtc: s.price, difficultyT: s.diff, feesBtcPerBlock: s.fees, subsidyBtc: effectiveSubsidyBtc(s), poolFeeFraction: s.pool / 100 };
}

const mixOr = (text: string, kind: 'fleet' | 'tiers'): MixEntry[] => {
  const r = readMix(text, kind);
  // The link parser never lets an unreadable mix through; a scenario built by hand falls back.
  return typeof r === 'string' ? (readMix(defaultScenario()[kind], kind) as MixEntry[]) : r;
};

/**
 * The network's fleet as the model reads it: machine classes and power tiers (shares as weights).
 *
 * @example
 * fleetInputs(defaultScenario()).classes[0] // { label: "12 J/TH", joulesPerTerahash: 12, share: 25 }
 */
export function fleetInputs(s: Pick<Scenario, 'fleet' | 'tiers'>): { classes: MachineClass[]; tiers: PowerTier[] } {
  return { classes: fleetClasses(s), tiers: mixOr(s.tiers, 'tiers').map((e) => ({ usdPerKwh: e.value, share: e.share })) };
}

/**
 * The network's machine classes alone (a figure that needs only efficiency reads only `fleet`).
 *
 * @example
 * fleetClasses(defaultScenario()).length // 5
 */
export function fleetClasses(s: Pick<Scenario, 'fleet'>): MachineClass[] {
  return mixOr(s.fleet, 'fleet').map((e) => ({ label: `${e.value} J/TH`, joulesPerTerahash: e.value, share: e.share }));
}

let curveKey = '';
let curve: FleetSegment[] = [];
/** The network's cost curve at a scenario's fleet mix (kept for the last mix asked). */
export function fleetCurveOf(s: Pick<Scenario, 'fleet' | 'tiers'>): FleetSegment[] {
  const key = `${s.fleet}|${s.tiers}`;
  if (key !== curveKey) {
    const { classes, tiers } = fleetInputs(s);
    curve = fleetCostCurve(classes, tiers);
    curveKey = key;
  }
  return curve;
}

/** Network paths kept for the last few scenarios (every chapter-2 figure asks for the same one). */
const paths = new Map<string, NetworkMonth[]>();

/**
 * The network's month-by-month difficulty at a scenario: the fixed trend, or hashrate responding
 * to hashprice through the fleet mix (`hashrate=respond`).
 *
 * @example
 * scenarioNetworkPath({ ...defaultScenario(), hashrate: 'trend' })[12].difficultyT // 141 × 1.02^12 ≈ 178.8
 * scenarioNetworkPath(defaultScenario(), 'trend') // the same: a figure that shows both paths names the one it wants
 */
export function scenarioNetworkPath(s: Scenario, hashrate: string = s.hashrate): NetworkMonth[] {
  const respond = hashrate !== 'trend';
  const subsidy = effectiveSubsidyBtc(s);
  const key = [s.price, s.diff, s.fees, subsidy, s.date, s.life, s.growth, s.drift, respond, respond ? `${s.fleet}|${s.tiers}|${s.leave}` : ''].join('|');
  let path = paths.get(key);
  if (!path) {
    path = networkPath({
      difficultyT: s.diff,
      priceUsdPerBtc: s.price,
      feesBtcPerBlock: s.fees,
      subsidyBtc: subsidy,
      startBlockHeight: startHeight(s.date),
      lifeMonths: s.life,
      difficultyGrowthPerMonth: s.growth / 100,
      priceDriftPerYear: s.drift / 100,
      response: respond ? { curve: fleetCurveOf(s), leaveMonths: s.leave } : null,
    });
    if (paths.size >= 4) paths.delete(paths.keys().next().value!);
    paths.set(key, path);
  }
  return path;
}

const difficulties = new WeakMap<NetworkMonth[], number[]>();
function difficultiesOf(path: NetworkMonth[]): number[] {
  let d = difficulties.get(path);
  if (!d) difficulties.set(path, (d = path.map((m) => m.difficultyT)));
  return d;
}

/**
 * The projection inputs for one machine at a scenario (percents → fractions, the start block
 * height estimated from the scenario date, and the network's difficulty path when hashrate
 * responds).
 *
 * @example
 * projectionInputs(defaultScenario(), { terahashPerSecond: 473, watts: 5_676 }).startBlockHeight // 934_032
 */
export function projectionInputs(s: Scenario, machine: MachineSpec, overrides: Partial<Pick<MarketInputs, 'usdPerKwh'>> = {}, hashrate: string = s.hashrate): ProjectionInputs {
  return {
    machine,
    market: { ...marketInputs(s), ...overrides },
    startBlockHeight: startHeight(s.date),
    lifeMonths: s.life,
    difficultyGrowthPerMonth: s.growth / 100,
    priceDriftPerYear: s.drift / 100,
    discountRatePerYear: s.discount / 100,
    resaleUsd: s.resale,
    ...(hashrate === 'trend' ? {} : { difficultyTByMonth: difficultiesOf(scenarioNetworkPath(s, hashrate)) }),
  };
}

/**
 * The first day of projected month `month` (months of 30.4375 days from the scenario date), UTC.
 *
 * @example
 * monthStartDate('2026-02-02', 26).toISOString().slice(0, 10) // "2028-04-03"
 */
export function monthStartDate(isoDate: string, month: number): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + Math.round(month * daysPerMonth) * 86_400_000);
}

/** Today's gross hashprice, USD per PH/s per day (what hashprice-linked payments are measured against). */
export function todayHashpriceUsdPerPhDay(s: Pick<Scenario, 'price' | 'diff' | 'fees' | 'subsidy' | 'date'>): number {
  return s.price * btcPerThPerDay({ difficultyT: s.diff, subsidyBtc: effectiveSubsidyBtc(s), feesBtcPerBlock: s.fees }) * 1000;
}

/** Months a loan is followed: its term, or the machines' life if that is longer (months past the life earn nothing). */
export function loanHorizonMonths(s: Pick<Scenario, 'life' | 'term'>): number {
  return Math.max(s.life, s.term);
}

/**
 * The scenario's loan on its fleet, as the model takes it (percent → fraction here, as everywhere).
 * `denomination` and `linked` default to the scenario's (`denom`, `linked`); figures that compare
 * both sides pass them. A BTC loan borrows `loan` ÷ today's price in BTC.
 *
 * @example
 * loanOnFleet(defaultScenario(), { terahashPerSecond: 473, watts: 5_676 }).terms // { principalInLoanUnit: 3e6, ratePerYear: 0.12, termMonths: 24, kind: 'amortizing' }
 * loanOnFleet(defaultScenario(), s21, { denomination: 'btc' }).terms.principalInLoanUnit // 3e6 ÷ 76,176 ≈ 39.38 BTC
 */
export function loanOnFleet(s: Scenario, machine: MachineSpec, options: { denomination?: 'usd' | 'btc'; linked?: boolean } = {}): LoanOnFleet {
  const denomination = options.denomination ?? (s.denom === 'btc' ? 'btc' : 'usd');
  const linked = options.linked ?? s.linked === 'on';
  // The floor and cap are part of what the scenario's own choice reads, on or off.
  const [floorPercent, capPercent] = options.linked === undefined || linked ? [s.lfloor, s.lcap] : [0, 0];
  return {
    fleet: { machine, units: s.units, usdPerKwh: s.kwh, uptimeFraction: s.uptime / 100, poolFeeFraction: s.pool / 100, opexUsdPerMonth: s.opex, mode: s.mode === 'run' ? 'run' : 'curtail' },
    terms: { principalInLoanUnit: denomination === 'btc' ? s.loan / s.price : s.loan, ratePerYear: s.rate / 100, termMonths: s.term, kind: s.repay === 'interest' ? 'interest-only' : 'amortizing' },
    denomination,
    lifeMonths: s.life,
    paybackMonths: s.payback,
    marginCallLtv: s.call / 100,
    linked: linked ? { floorFraction: floorPercent / 100, capFraction: Math.max(capPercent, floorPercent) / 100, referenceHashpriceUsdPerPhDay: todayHashpriceUsdPerPhDay(s) } : null,
  };
}

/**
 * The projection a loan is run along: the floor-value projection (on the scenario's network path)
 * over the loan's horizon, as month-by-month hashprice (USD per PH/s per day, gross) and BTC price.
 *
 * @example
 * loanPathInputs(defaultScenario(), s21).hashpriceUsdPerPhDay[0] // ≈ 33.96, today's
 */
export function loanPathInputs(s: Scenario, machine: MachineSpec, hashrate: string = s.hashrate): { hashpriceUsdPerPhDay: Float64Array; priceUsdPerBtc: Float64Array; projection: Projection } {
  // The scenario with the loan's horizon as the life, reading nothing else (a spread would read every key).
  // Defined, not assigned: assigning would walk to the prototype, the reactive scenario's proxy, and set its life.
  const over = Object.create(s, { life: { value: loanHorizonMonths(s), enumerable: true } }) as Scenario;
  const projection = projectMachine(projectionInputs(over, machine, {}, hashrate));
  return {
    hashpriceUsdPerPhDay: Float64Array.from(projection.months, (m) => m.hashpriceUsdPerThDay * 1000),
    priceUsdPerBtc: Float64Array.from(projection.months, (m) => m.priceUsdPerBtc),
    projection,
  };
}

/**
 * Everything the stress test's worker needs, as plain data (it imports the model only): today's
 * market, the trend, volatility and noise (percent → fraction), the fleet curve when hashrate
 * responds, the loan, the number of paths and the seed.
 *
 * @example
 * stressInputs(defaultScenario(), s21).volatilityPerYear // 0.5
 */
export function stressInputs(s: Scenario, machine: MachineSpec): StressInputs {
  return {
    priceUsdPerBtc: s.price,
    difficultyT: s.diff,
    feesBtcPerBlock: s.fees,
    subsidyBtc: effectiveSubsidyBtc(s),
    startBlockHeight: startHeight(s.date),
    months: s.term,
    difficultyGrowthPerMonth: s.growth / 100,
    priceDriftPerYear: s.drift / 100,
    volatilityPerYear: s.vol / 100,
    growthNoisePerMonth: s.dnoise / 100,
    response: s.hashrate === 'trend' ? null : { curve: fleetCurveOf(s), leaveMonths: s.leave },
    loan: loanOnFleet(s, machine),
    paths: s.paths,
    seed: s.seed,
  };
}
