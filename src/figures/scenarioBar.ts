import { hashpriceUsdPerThDay, usdPerPhDayFromUsdPerThDay } from '../model/hashprice.ts';
import { countLosingOnPower, fleetDays } from '../model/fleet.ts';
import { marketInputs, rewardMarketInputs } from '../scenario/market.ts';
import type { Scenario } from '../scenario/schema.ts';
import { customMachine } from '../catalogue/machine.ts';
import { usd } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, type Metric } from './types.ts';

export interface ScenarioBarFigure {
  hashprice: Metric;
  losing: number;
  total: number;
  /** What the live region reads once the reader settles. */
  summary: string;
}

/**
 * The scenario bar's numbers: the hashprice (as the hashprice figure states it) and how many
 * machines lose money on power (as the machine-margins figure counts them, with the same model
 * function), small enough for a bar that is on every page.
 *
 * @example
 * scenarioBarFigure(defaultScenario(), context).summary // "Hashprice $33.96 per PH/s per day. 10 of 21 machines lose money on power."
 */
export function scenarioBarFigure(s: Scenario, context: Pick<FigureContext, 'machines'>): ScenarioBarFigure {
  const perPh = usdPerPhDayFromUsdPerThDay(hashpriceUsdPerThDay(rewardMarketInputs(s)));
  const custom = customMachine(s.ths, s.watts);
  const fleet = custom ? [...context.machines, custom] : context.machines;
  const losing = countLosingOnPower(fleetDays(fleet, marketInputs(s)));
  const hashprice = makeMetric('hashprice', 'Hashprice', perPh, 'USD per PH/s per day', usd);
  return { hashprice, losing, total: fleet.length, summary: `Hashprice ${hashprice.text} per PH/s per day. ${losing} of ${fleet.length} machines lose money on power.` };
}
