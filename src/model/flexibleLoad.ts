// Flexible load: a year of hourly power prices as a duration curve (hours ranked from the dearest),
// and the rule a flexible miner follows — run in an hour when spot is below the machine's
// breakeven power price, switch off otherwise. The curve is parametric and illustrative (none of
// the documents gives one): a base price that holds for most hours, falling linearly to half of it
// in the cheapest hour, and a share of hours above it that rises to a peak along a parabola.
//   price(x) = base + (peak − base) · ((s − x) ÷ s)²     for a rank x < s (the dearest hours),
//   price(x) = base · (1 − ½ · (x − s) ÷ (1 − s))        for x ≥ s,
// with x the share of the year's hours dearer than this one and s the spike share.
import { ModelInputError, requireFraction, requireNonNegative } from './errors.ts';

/** Hours in a year of 365.25 days. */
export const hoursPerYear = 8766;

export interface PriceCurve {
  /** The price that holds for most hours, USD per kWh. */
  baseUsdPerKwh: number;
  /** Share of the year's hours priced above the base (a fraction, < 1). */
  spikeShare: number;
  /** The dearest hour's price, USD per kWh (at least the base). */
  peakUsdPerKwh: number;
}

function checkCurve(c: PriceCurve): void {
  requireNonNegative('baseUsdPerKwh', c.baseUsdPerKwh);
  requireFraction('spikeShare', c.spikeShare);
  if (c.spikeShare >= 1) throw new ModelInputError('spikeShare', c.spikeShare, 'a fraction below 1');
  requireNonNegative('peakUsdPerKwh', c.peakUsdPerKwh);
  if (c.peakUsdPerKwh < c.baseUsdPerKwh) throw new ModelInputError('peakUsdPerKwh', c.peakUsdPerKwh, `at least the base price, ${c.baseUsdPerKwh}`);
}

/**
 * The price at rank x of the duration curve (0 = the dearest hour, 1 = the cheapest), USD per kWh.
 *
 * @example
 * const curve = { baseUsdPerKwh: 0.04, spikeShare: 0.1, peakUsdPerKwh: 0.5 };
 * spotUsdPerKwhAtRank(curve, 0) // 0.5 (the peak)
 * spotUsdPerKwhAtRank(curve, 0.05) // 0.04 + 0.46 × 0.25 = 0.155
 * spotUsdPerKwhAtRank(curve, 0.1) // 0.04 (the base)
 * spotUsdPerKwhAtRank(curve, 1) // 0.02 (half the base)
 */
export function spotUsdPerKwhAtRank(curve: PriceCurve, x: number): number {
  checkCurve(curve);
  requireFraction('x', x);
  return priceAtRank(curve, x);
}

/** {@link spotUsdPerKwhAtRank} on inputs already checked. */
function priceAtRank(curve: PriceCurve, x: number): number {
  const { baseUsdPerKwh: base, spikeShare: s, peakUsdPerKwh: peak } = curve;
  if (x < s) return base + (peak - base) * ((s - x) / s) ** 2;
  return base * (1 - (0.5 * (x - s)) / (1 - s));
}

/**
 * The year's hourly prices, dearest first: each hour priced at the middle of its rank.
 *
 * @example
 * durationCurveUsdPerKwh({ baseUsdPerKwh: 0.04, spikeShare: 0.1, peakUsdPerKwh: 0.5 }).length // 8,766
 */
export function durationCurveUsdPerKwh(curve: PriceCurve, hours = hoursPerYear): Float64Array {
  checkCurve(curve);
  if (!Number.isInteger(hours) || hours < 1) throw new ModelInputError('hours', hours, 'a whole number of hours ≥ 1');
  const out = new Float64Array(hours);
  for (let h = 0; h < hours; h++) out[h] = priceAtRank(curve, (h + 0.5) / hours);
  return out;
}

export interface FlexibleYear {
  /** Hours the rule switches the machines off (spot at or above breakeven). */
  hoursOff: number;
  /** Energy bought per MW of machines, MWh a year, running flexibly. */
  energyMwhPerMw: number;
  /** Average price paid for that energy, USD per kWh (0 if it never runs). */
  averageUsdPerKwh: number;
  /** Average price of every hour of the year (what an always-on miner pays), USD per kWh. */
  averageAlwaysOnUsdPerKwh: number;
  /** Share of the always-on revenue kept: the hours it runs over the hours of the year. */
  revenueKeptFraction: number;
  /** Margin per MW-year, running flexibly (credits included) and always on, USD (revenue per MWh = breakeven × 1,000). */
  marginFlexibleUsdPerMw: number;
  marginAlwaysOnUsdPerMw: number;
  /** Demand-response credits earned for the MWh not drawn, USD per MW-year. */
  creditsUsdPerMw: number;
}

/**
 * One MW of machines through the year under "run when spot < breakeven". A machine's revenue per
 * kWh it draws equals its breakeven power price, so an hour's margin per MW is
 * (breakeven − spot) × 1,000 USD; an hour off earns the demand-response credit per MWh instead.
 *
 * @example
 * // Breakeven $0.118/kWh (an S21 XP Hydro at $33.96/PH/day) against base $0.04, 10 % of hours above it, a $0.50 peak:
 * flexibleYear({ curve: { baseUsdPerKwh: 0.04, spikeShare: 0.1, peakUsdPerKwh: 0.5 }, breakevenUsdPerKwh: 0.118, creditUsdPerMwh: 0 }).hoursOff
 * // the hours dearer than $0.118: x with 0.04 + 0.46 × ((0.1 − x) ÷ 0.1)² = 0.118, x ≈ 0.0588 → ≈ 516 hours
 */
export function flexibleYear({ curve, breakevenUsdPerKwh, creditUsdPerMwh }: { curve: PriceCurve; breakevenUsdPerKwh: number; creditUsdPerMwh: number }): FlexibleYear {
  requireNonNegative('breakevenUsdPerKwh', breakevenUsdPerKwh);
  requireNonNegative('creditUsdPerMwh', creditUsdPerMwh);
  const prices = durationCurveUsdPerKwh(curve);
  let off = 0;
  let paidOn = 0;
  let paidAll = 0;
  let marginFlex = 0;
  let marginOn = 0;
  for (const p of prices) {
    const hourMargin = (breakevenUsdPerKwh - p) * 1000;
    paidAll += p;
    marginOn += hourMargin;
    if (p >= breakevenUsdPerKwh) off += 1;
    else {
      paidOn += p;
      marginFlex += hourMargin;
    }
  }
  const on = prices.length - off;
  return {
    hoursOff: off,
    energyMwhPerMw: on,
    averageUsdPerKwh: on > 0 ? paidOn / on : 0,
    averageAlwaysOnUsdPerKwh: paidAll / prices.length,
    revenueKeptFraction: on / prices.length,
    marginFlexibleUsdPerMw: marginFlex + off * creditUsdPerMwh,
    marginAlwaysOnUsdPerMw: marginOn,
    creditsUsdPerMw: off * creditUsdPerMwh,
  };
}
