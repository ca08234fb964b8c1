// A miner's treasury through a price path: each month the fleet mines some bitcoin and owes its
// power and fixed costs in dollars. Three rules for what it does with the coins:
//   'sell'   sells everything it mines, every month;
//   'hodl'   sells nothing by choice, paying its costs from cash;
//   'hybrid' sells what pays the month's costs and keeps the rest.
// Whatever the rule, a month whose costs the cash cannot meet forces a sale from the treasury
// (coins held), at that month's price; when the treasury is empty too, the miner is out of money.
// Runway is the number of months the miner's cash — without a forced sale — lasts.
import { ModelInputError, requireNonNegative, requirePositive } from './errors.ts';

export type TreasuryRule = 'sell' | 'hodl' | 'hybrid';

export interface TreasuryInputs {
  priceUsdPerBtcByMonth: readonly number[];
  /** Bitcoin the fleet mines each month. */
  btcMinedByMonth: readonly number[];
  /** Power and fixed costs each month, USD. */
  costsUsdByMonth: readonly number[];
  startBtc: number;
  startCashUsd: number;
  rule: TreasuryRule;
}

export interface TreasuryMonth {
  month: number;
  priceUsdPerBtc: number;
  btcMined: number;
  /** Sold by the rule. */
  btcSold: number;
  /** Sold because cash could not pay the month's costs. */
  btcForced: number;
  cashUsd: number;
  btc: number;
  /** Cash + coins at the month's price, USD. */
  valueUsd: number;
}

export interface TreasuryPath {
  months: TreasuryMonth[];
  /** Months before the first forced sale (the whole horizon if none). */
  runwayMonths: number;
  /** Whether a forced sale came within the horizon. */
  forced: boolean;
  btcSoldTotal: number;
  btcForcedTotal: number;
  /** First month cash and coins together cannot pay the costs, or null. */
  outOfMoneyMonth: number | null;
  endValueUsd: number;
}

/**
 * The treasury month by month.
 *
 * @example
 * // 10 BTC mined a month at $20,000, $150,000 of costs, no cash, 5 BTC held:
 * treasuryPath({ priceUsdPerBtcByMonth: [20_000], btcMinedByMonth: [10], costsUsdByMonth: [150_000], startBtc: 5, startCashUsd: 0, rule: 'hybrid' }).months[0]
 * // sells 150,000 ÷ 20,000 = 7.5 BTC, keeps 2.5: { btcSold: 7.5, btcForced: 0, cashUsd: 0, btc: 7.5 }
 */
export function treasuryPath(i: TreasuryInputs): TreasuryPath {
  requireNonNegative('startBtc', i.startBtc);
  requireNonNegative('startCashUsd', i.startCashUsd);
  if (!['sell', 'hodl', 'hybrid'].includes(i.rule)) throw new ModelInputError('rule', i.rule, "'sell', 'hodl' or 'hybrid'");
  let cash = i.startCashUsd;
  let btc = i.startBtc;
  let runway: number | null = null;
  let outOfMoney: number | null = null;
  let sold = 0;
  let forcedTotal = 0;
  const months = i.priceUsdPerBtcByMonth.map((price, month) => {
    requirePositive(`priceUsdPerBtcByMonth[${month}]`, price);
    const mined = requireNonNegative(`btcMinedByMonth[${month}]`, i.btcMinedByMonth[month] ?? 0);
    const costs = requireNonNegative(`costsUsdByMonth[${month}]`, i.costsUsdByMonth[month] ?? 0);
    btc += mined;
    // The rule's sale: all of the month's coins, none, or what pays the costs beyond the cash (at most the month's coins).
    const byRule = i.rule === 'sell' ? mined : i.rule === 'hodl' ? 0 : Math.min(mined, Math.max(0, (costs - cash) / price));
    btc -= byRule;
    cash += byRule * price - costs;
    // Selling exactly what pays the bill leaves a rounding residue, not a shortfall (found by fast-check).
    if (cash < 0 && cash >= -1e-9 * costs) cash = 0;
    let forced = 0;
    if (cash < 0) {
      if (runway === null) runway = month;
      forced = Math.min(btc, -cash / price);
      btc -= forced;
      cash += forced * price;
      // A sliver of cash below zero from rounding is not insolvency; a shortfall the coins cannot cover is.
      if (cash < -1e-6 * Math.max(1, costs) && outOfMoney === null) outOfMoney = month;
    }
    sold += byRule + forced;
    forcedTotal += forced;
    return { month, priceUsdPerBtc: price, btcMined: mined, btcSold: byRule, btcForced: forced, cashUsd: cash, btc, valueUsd: cash + btc * price };
  });
  const last = months.at(-1);
  return {
    months,
    runwayMonths: runway ?? months.length,
    forced: runway !== null,
    btcSoldTotal: sold,
    btcForcedTotal: forcedTotal,
    outOfMoneyMonth: outOfMoney,
    endValueUsd: last ? last.valueUsd : i.startCashUsd,
  };
}

/** Illustrative price paths as multiples of today's price (24 months), none measured. */
export const pricePathShapes = {
  /**
   * A 2022-like fall: to a quarter of the start in twelve months (the 2022 report: bitcoin ended
   * 2022 down 75 % from its November 2021 high), geometric month by month, then flat.
   */
  '2022': Array.from({ length: 24 }, (_, m) => 0.25 ** (Math.min(m, 12) / 12)),
} as const;
