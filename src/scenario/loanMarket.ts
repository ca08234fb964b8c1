// The loan chapter's scenario → model step (percent → fraction, as in market.ts): the loan on the
// fleet, the projection it runs along and the stress test's inputs. A module of its own so that
// pages without a loan figure do not ship the loan model.
import type { MachineSpec } from '../model/machineEconomics.ts';
import { projectMachine, type Projection } from '../model/projection.ts';
import { hashpriceUsdPerThDay, usdPerPhDayFromUsdPerThDay } from '../model/hashprice.ts';
import type { LoanOnFleet } from '../model/loanPath.ts';
import type { StressInputs } from '../model/stressTest.ts';
import type { Scenario } from './schema.ts';
import { effectiveSubsidyBtc, startHeight } from './market.ts';
import { fleetCurveOf, projectionInputs } from './paths.ts';

/** Today's gross hashprice, USD per PH/s per day (what hashprice-linked payments are measured against). */
export function todayHashpriceUsdPerPhDay(s: Pick<Scenario, 'price' | 'diff' | 'fees' | 'subsidy' | 'date'>): number {
  return usdPerPhDayFromUsdPerThDay(hashpriceUsdPerThDay({ priceUsdPerBtc: s.price, difficultyT: s.diff, subsidyBtc: effectiveSubsidyBtc(s), feesBtcPerBlock: s.fees }));
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
