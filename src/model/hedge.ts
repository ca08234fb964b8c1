// Hedging power: buy a share of the year's energy forward at a fixed price, posting margin on the
// hedge's notional value (up to 30 % in 2022, by the Galaxy report), and pay spot for the rest.
// The hedge's cost is the capital tied up in margin (at a cost of capital) and any premium of the
// forward over spot; its benefit is the spot it avoids paying in the dear months.
import { requireFraction, requireNonNegative } from './errors.ts';

export interface HedgeInputs {
  spotUsdPerKwhByMonth: readonly number[];
  /** Energy drawn each month, kWh. */
  kwhPerMonth: number;
  forwardUsdPerKwh: number;
  /** Share of each month's energy bought forward. */
  hedgedFraction: number;
  /** Margin posted, as a share of the hedge's notional value. */
  marginFraction: number;
  /** What the margin's money costs a year (the miner's cost of capital), as a fraction. */
  capitalCostPerYear: number;
}

export interface Hedge {
  /** Forward price × hedged energy over the path, USD. */
  notionalUsd: number;
  marginPostedUsd: number;
  /** The margin's cost of capital over the path's months, USD. */
  financingCostUsd: number;
  /** Power bill with no hedge, and with it (financing included), USD. */
  unhedgedCostUsd: number;
  hedgedCostUsd: number;
  /** Unhedged − hedged: what the hedge saves (negative: what it costs), USD. */
  savingUsd: number;
  /** The dearest month's bill with no hedge and with it, USD. */
  worstMonthUnhedgedUsd: number;
  worstMonthHedgedUsd: number;
}

/**
 * A hedge along a spot path.
 *
 * @example
 * // 1,000 MWh a month for two months at spot $0.04 then $0.10, all bought forward at $0.05, 30 % margin at 10 % a year:
 * const h = hedgeCost({ spotUsdPerKwhByMonth: [0.04, 0.1], kwhPerMonth: 1e6, forwardUsdPerKwh: 0.05, hedgedFraction: 1, marginFraction: 0.3, capitalCostPerYear: 0.1 });
 * h.notionalUsd // 100,000; margin 30,000; financing 30,000 × 0.1 × 2 ÷ 12 = 500
 * h.unhedgedCostUsd // 40,000 + 100,000 = 140,000; hedged 100,000 + 500 = 100,500; saving 39,500
 */
export function hedgeCost(i: HedgeInputs): Hedge {
  requireNonNegative('kwhPerMonth', i.kwhPerMonth);
  requireNonNegative('forwardUsdPerKwh', i.forwardUsdPerKwh);
  requireFraction('hedgedFraction', i.hedgedFraction);
  requireFraction('marginFraction', i.marginFraction);
  requireNonNegative('capitalCostPerYear', i.capitalCostPerYear);
  const months = i.spotUsdPerKwhByMonth.length;
  const notionalUsd = i.forwardUsdPerKwh * i.kwhPerMonth * months * i.hedgedFraction;
  const marginPostedUsd = notionalUsd * i.marginFraction;
  const financingCostUsd = marginPostedUsd * i.capitalCostPerYear * (months / 12);
  let unhedged = 0;
  let hedged = financingCostUsd;
  let worstUnhedged = 0;
  let worstHedged = 0;
  i.spotUsdPerKwhByMonth.forEach((spot, m) => {
    requireNonNegative(`spotUsdPerKwhByMonth[${m}]`, spot);
    const bill = spot * i.kwhPerMonth;
    const hedgedBill = (i.hedgedFraction * i.forwardUsdPerKwh + (1 - i.hedgedFraction) * spot) * i.kwhPerMonth;
    unhedged += bill;
    hedged += hedgedBill;
    worstUnhedged = Math.max(worstUnhedged, bill);
    worstHedged = Math.max(worstHedged, hedgedBill);
  });
  return { notionalUsd, marginPostedUsd, financingCostUsd, unhedgedCostUsd: unhedged, hedgedCostUsd: hedged, savingUsd: unhedged - hedged, worstMonthUnhedgedUsd: worstUnhedged, worstMonthHedgedUsd: worstHedged };
}
