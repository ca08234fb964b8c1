import type { MarketInputs } from '../model/machineEconomics.ts';
import type { Scenario } from './schema.ts';

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
    subsidyBtc: s.subsidy,
    poolFeeFraction: s.pool / 100,
    uptimeFraction: s.uptime / 100,
  };
}
