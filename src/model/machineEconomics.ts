import { joulesPerTerahash } from './efficiency.ts';
import { hashpriceUsdPerThDay, netOfPoolFee } from './hashprice.ts';
import { btcPerThPerDay } from './reward.ts';
import { revenueUsdPerDay } from './revenue.ts';
import { hashcostUsdPerThDay, powerCostUsdPerDay } from './powerCost.ts';
import { electricityCostRatio, powerCostUsdPerBtc, profitUsdPerDay } from './margin.ts';
import { breakevenDifficultyT, breakevenHashpriceUsdPerThDay, breakevenPriceUsdPerBtc, breakevenUsdPerKwh } from './breakeven.ts';

/** Everything about the network and market a machine's day depends on. Fractions, not percents. */
export interface MarketInputs {
  priceUsdPerBtc: number;
  difficultyT: number;
  usdPerKwh: number;
  feesBtcPerBlock: number;
  subsidyBtc: number;
  poolFeeFraction: number;
  uptimeFraction: number;
}

export interface MachineSpec {
  terahashPerSecond: number;
  watts: number;
}

export interface MachineDay {
  joulesPerTerahash: number;
  revenueUsdPerDay: number;
  powerCostUsdPerDay: number;
  /** Power cost / revenue; 0.52 means 52 %. */
  costRatio: number;
  profitUsdPerDay: number;
  breakevenUsdPerKwh: number;
  breakevenPriceUsdPerBtc: number;
  breakevenHashpriceUsdPerThDay: number;
  breakevenDifficultyT: number;
  powerCostUsdPerBtc: number;
  btcPerDay: number;
}

/**
 * One machine's day at a market: revenue, power, cost ratio, profit and the four breakevens.
 *
 * @example
 * machineDay({ terahashPerSecond: 473, watts: 5_676 },
 *   { priceUsdPerBtc: 75_000, difficultyT: 141, usdPerKwh: 0.06, feesBtcPerBlock: 0, subsidyBtc: 3.125, poolFeeFraction: 0, uptimeFraction: 1 })
 * // → { costRatio ≈ 0.516, revenueUsdPerDay ≈ 15.82, powerCostUsdPerDay ≈ 8.17, breakevenUsdPerKwh ≈ 0.116, … }
 */
export function machineDay(machine: MachineSpec, market: MarketInputs): MachineDay {
  const efficiency = joulesPerTerahash(machine);
  const grossHashprice = hashpriceUsdPerThDay(market);
  const netHashprice = netOfPoolFee(grossHashprice, market.poolFeeFraction);
  const revenue = revenueUsdPerDay({
    terahashPerSecond: machine.terahashPerSecond,
    hashpriceUsdPerThDay: grossHashprice,
    uptimeFraction: market.uptimeFraction,
    poolFeeFraction: market.poolFeeFraction,
  });
  const power = powerCostUsdPerDay({ watts: machine.watts, usdPerKwh: market.usdPerKwh, uptimeFraction: market.uptimeFraction });
  const hashcost = hashcostUsdPerThDay({ joulesPerTerahash: efficiency, usdPerKwh: market.usdPerKwh });
  const btcPerDay = machine.terahashPerSecond * btcPerThPerDay(market) * market.uptimeFraction * (1 - market.poolFeeFraction);
  return {
    joulesPerTerahash: efficiency,
    revenueUsdPerDay: revenue,
    powerCostUsdPerDay: power,
    costRatio: electricityCostRatio({ powerCostUsdPerDay: power, revenueUsdPerDay: revenue }),
    profitUsdPerDay: profitUsdPerDay({ revenueUsdPerDay: revenue, powerCostUsdPerDay: power }),
    breakevenUsdPerKwh: breakevenUsdPerKwh({ hashpriceUsdPerThDay: netHashprice, joulesPerTerahash: efficiency }),
    breakevenPriceUsdPerBtc: breakevenPriceUsdPerBtc({ priceUsdPerBtc: market.priceUsdPerBtc, hashcostUsdPerThDay: hashcost, hashpriceUsdPerThDay: netHashprice }),
    breakevenHashpriceUsdPerThDay: breakevenHashpriceUsdPerThDay({ joulesPerTerahash: efficiency, usdPerKwh: market.usdPerKwh, poolFeeFraction: market.poolFeeFraction }),
    breakevenDifficultyT: breakevenDifficultyT({ difficultyT: market.difficultyT, hashpriceUsdPerThDay: netHashprice, hashcostUsdPerThDay: hashcost }),
    powerCostUsdPerBtc: powerCostUsdPerBtc({ powerCostUsdPerDay: power, btcMinedPerDay: btcPerDay }),
    btcPerDay,
  };
}
