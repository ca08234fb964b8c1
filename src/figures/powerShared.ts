// What chapter 5's figures (site use, flexible load, hosting, hedge) share: the studied machine's
// efficiency, today's hashprice and the machine's breakeven power price, the hashprice path of the
// scenario's projection over any horizon, and the spot path the hosting and hedge figures run on.
import { breakevenUsdPerKwh } from '../model/breakeven.ts';
import { daysPerMonth } from '../model/constants.ts';
import { hashpriceUsdPerThDay } from '../model/hashprice.ts';
import { spotPathUsdPerKwh, type SpotPathName } from '../model/hosting.ts';
import { rewardMarketInputs } from '../scenario/market.ts';
import { scenarioNetworkPath } from '../scenario/paths.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import type { FigureContext } from './context.ts';
import { studiedMachine } from './projectionShared.ts';

/** The scenario keys every power figure reads: the market, the studied machine and the projection. */
export const powerMarketInputs = ['price', 'diff', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts', 'machine', 'growth', 'drift', 'hashrate', 'fleet', 'tiers', 'leave'] as const;

export interface PowerBasics {
  machine: MachineRef;
  joulesPerTerahash: number;
  /** Today's hashprice, gross of the pool fee, USD per PH/s per day. */
  hashpriceUsdPerPhDay: number;
  /** What the machine earns per kWh it draws today, net of the pool fee: its breakeven power price, USD. */
  breakevenUsdPerKwh: number;
  uptimeFraction: number;
  poolFeeFraction: number;
}

/** Today's market for the studied machine. */
export function powerBasics(s: Scenario, context: FigureContext): PowerBasics {
  const machine = studiedMachine(s, context);
  const joulesPerTerahash = machine.watts / machine.terahashPerSecond;
  const grossPerTh = hashpriceUsdPerThDay(rewardMarketInputs(s));
  const poolFeeFraction = s.pool / 100;
  return {
    machine,
    joulesPerTerahash,
    hashpriceUsdPerPhDay: grossPerTh * 1000,
    breakevenUsdPerKwh: breakevenUsdPerKwh({ hashpriceUsdPerThDay: grossPerTh * (1 - poolFeeFraction), joulesPerTerahash }),
    uptimeFraction: s.uptime / 100,
    poolFeeFraction,
  };
}

/** Hashprice month by month along the scenario's projection (trend or responding network), gross, USD per PH/s per day. */
export function hashpricePathUsdPerPhDay(s: Scenario, months: number): number[] {
  return scenarioNetworkPath(s, s.hashrate, months).map((m) => m.hashpriceUsdPerPhDay);
}

/** The spot path (24 months) the hosting and hedge figures run along. */
export function scenarioSpotPath(s: Pick<Scenario, 'spotpath' | 'spotbase'>): number[] {
  return spotPathUsdPerKwh(s.spotpath as SpotPathName, s.spotbase);
}

/** The spot path's name as a reader reads it. */
export const spotPathText = (name: string) => (name === 'flat' ? 'a flat spot price' : name === 'spike' ? 'one storm month at ten times the base' : 'a 2022-like year (illustrative)');

/** kWh a site of `megawatts` draws in a month at its uptime. */
export const siteKwhPerMonth = (megawatts: number, uptimeFraction: number) => megawatts * 1000 * 24 * daysPerMonth * uptimeFraction;
