// What chapter 6's figures (treasury, capital stack) share: the miner (the chapter-4 fleet of the
// studied machine with its other costs), a 24-month bitcoin price path, and what the fleet mines
// and owes along it. Difficulty follows the scenario's projection; the price path only prices the
// coins — an assumption the chapter states (in a real fall hashrate would also answer the price).
import { randomLcg, randomNormal } from 'd3-random';
import { daysPerMonth } from '../model/constants.ts';
import { paybackValueUsd } from '../model/payback.ts';
import { powerCostUsdPerDay } from '../model/powerCost.ts';
import { pricePathShapes, treasuryPath, type TreasuryPath, type TreasuryRule } from '../model/treasury.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import type { FigureContext } from './context.ts';
import { hashpricePathUsdPerPhDay, powerBasics } from './powerShared.ts';

/** Months the balance-sheet figures run. */
export const balanceMonths = 24;

export const balanceInputs = ['price', 'diff', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts', 'machine', 'kwh', 'units', 'opex', 'growth', 'drift', 'hashrate', 'fleet', 'tiers', 'leave', 'payback', 'vol', 'seed', 'btcheld', 'cashusd', 'pricepath'] as const;

/**
 * Bitcoin's price month by month: a 2022-like fall (to a quarter in a year), the scenario's trend,
 * or one path simulated with the stress test's volatility and seed (geometric Brownian motion with
 * the trend as drift; d3-random's seeded randomLcg, so a link gives the same path anywhere).
 */
export function balancePricePath(s: Pick<Scenario, 'price' | 'drift' | 'vol' | 'seed' | 'pricepath'>): number[] {
  // Every input read up front, whichever path is drawn: the figure's inputs are the same for all three.
  const { price, drift, vol, seed, pricepath } = s;
  if (pricepath === 'trend') return Array.from({ length: balanceMonths }, (_, m) => price * (1 + drift / 100) ** (m / 12));
  if (pricepath === 'sim') {
    const normal = randomNormal.source(randomLcg(seed))(0, 1);
    const sigma = vol / 100 / Math.sqrt(12);
    const mu = Math.log(1 + drift / 100) / 12;
    let p = price;
    return Array.from({ length: balanceMonths }, (_, m) => (m === 0 ? p : (p *= Math.exp(mu - (sigma * sigma) / 2 + sigma * normal()))));
  }
  return pricePathShapes['2022'].map((k) => price * k);
}

export interface Miner {
  machine: MachineRef;
  prices: number[];
  btcMinedByMonth: number[];
  costsUsdByMonth: number[];
  /** The fleet's payback value each month at that month's hashprice and price, USD. */
  fleetValueUsdByMonth: number[];
  /** The fleet's power draw, MW. */
  megawatts: number;
}

/** The miner along the price path. */
export function balanceMiner(s: Scenario, context: FigureContext): Miner {
  const b = powerBasics(s, context);
  const { machine } = b;
  const prices = balancePricePath(s);
  // Bitcoin per TH/s a day along the projection: its hashprice ÷ the price it was computed at.
  const hashprices = hashpricePathUsdPerPhDay(s, balanceMonths);
  const btcPerThDay = hashprices.map((h, m) => h / 1000 / (s.price * (1 + s.drift / 100) ** (m / 12)));
  const th = s.units * machine.terahashPerSecond;
  const btcMinedByMonth = btcPerThDay.map((x) => x * th * (1 - b.poolFeeFraction) * b.uptimeFraction * daysPerMonth);
  const powerUsdPerDay = s.units * powerCostUsdPerDay({ watts: machine.watts, usdPerKwh: s.kwh, uptimeFraction: b.uptimeFraction });
  const powerUsd = powerUsdPerDay * daysPerMonth;
  const costsUsdByMonth = prices.map(() => powerUsd + s.opex);
  const fleetValueUsdByMonth = btcPerThDay.map((x, m) => {
    const profitPerDay = x * prices[m]! * th * (1 - b.poolFeeFraction) * b.uptimeFraction - powerUsdPerDay;
    return paybackValueUsd({ profitUsdPerDay: Math.max(0, profitPerDay), paybackMonths: s.payback });
  });
  return { machine, prices, btcMinedByMonth, costsUsdByMonth, fleetValueUsdByMonth, megawatts: (s.units * machine.watts) / 1e6 };
}

/** The treasury under a rule. */
export function balanceTreasury(s: Scenario, miner: Miner, rule: TreasuryRule): TreasuryPath {
  return treasuryPath({ priceUsdPerBtcByMonth: miner.prices, btcMinedByMonth: miner.btcMinedByMonth, costsUsdByMonth: miner.costsUsdByMonth, startBtc: s.btcheld, startCashUsd: s.cashusd, rule });
}

export const ruleText = (rule: string) => (rule === 'hodl' ? 'holding everything it mines' : rule === 'sell' ? 'selling everything it mines' : 'selling what pays its costs');
export const pricePathText = (name: string) => (name === 'trend' ? 'the scenario’s price trend' : name === 'sim' ? 'one simulated price path' : 'a 2022-like fall (to a quarter in a year)');
