import type { MarketInputs } from '../model/machineEconomics.ts';
import { daysPerMonth } from '../model/constants.ts';
import { blockHeightAtDate } from '../model/halving.ts';
import { subsidyBtcAtHeight } from '../model/subsidy.ts';
import type { Scenario } from './schema.ts';

/** blockHeightAtDate for the scenario's date, kept for the last date asked (figures ask many times per input). */
let heightDate = '';
let height = 0;
/** The estimated block height at a scenario date (kept for the last date asked). */
export function startHeight(isoDate: string): number {
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

/**
 * The first day of projected month `month` (months of 30.4375 days from the scenario date), UTC.
 *
 * @example
 * monthStartDate('2026-02-02', 26).toISOString().slice(0, 10) // "2028-04-03"
 */
export function monthStartDate(isoDate: string, month: number): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + Math.round(month * daysPerMonth) * 86_400_000);
}

