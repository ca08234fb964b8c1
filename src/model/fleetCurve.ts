import { ModelInputError, requireFinite, requireNonNegative, requirePositive } from './errors.ts';

/** A machine class in the network's fleet: its efficiency and its share of hashrate (a weight). */
export interface MachineClass {
  label: string;
  joulesPerTerahash: number;
  /** A weight > 0; the curve normalises the shares. */
  share: number;
}

/** A power-price tier: what a share of the network's hashrate pays for power. */
export interface PowerTier {
  usdPerKwh: number;
  /** A weight > 0; the curve normalises the shares. */
  share: number;
}

/** One step of the cost curve: a machine class at a power tier. */
export interface FleetSegment {
  classIndex: number;
  tierIndex: number;
  label: string;
  joulesPerTerahash: number;
  usdPerKwh: number;
  /** Fraction of network hashrate (all segments sum to 1). */
  share: number;
  /** Hashprice at which the segment's revenue just covers its power, USD per PH/s per day. */
  breakevenUsdPerPhDay: number;
  /** Share of hashrate in the cheaper segments before this one. */
  cumulativeShareBefore: number;
}

/**
 * The hashprice at which a machine's revenue covers its power: J/TH × $/kWh × 24 h, in USD per
 * PH/s per day (a TH/s at J joules per TH draws J watts, J × 24 ÷ 1000 kWh a day; × 1000 per PH/s).
 *
 * @example
 * breakevenHashpriceUsdPerPhDay(30, 0.06)  // 43.2 (an S19j Pro at $60/MWh)
 * breakevenHashpriceUsdPerPhDay(12, 0.025) // 7.2
 */
export function breakevenHashpriceUsdPerPhDay(joulesPerTerahash: number, usdPerKwh: number): number {
  requirePositive('joulesPerTerahash', joulesPerTerahash);
  requireNonNegative('usdPerKwh', usdPerKwh);
  return joulesPerTerahash * usdPerKwh * 24;
}

/**
 * The network's cost curve: every machine class at every power tier (each class's share spread
 * over the tiers by the tiers' shares, i.e. efficiency and power price independent), sorted by
 * breakeven hashprice, cheapest to run first. Ties keep the classes' then the tiers' order.
 *
 * @example
 * const curve = fleetCostCurve([{ label: 'new', joulesPerTerahash: 15, share: 1 }, { label: 'old', joulesPerTerahash: 30, share: 1 }], [{ usdPerKwh: 0.05, share: 1 }]);
 * curve.map((s) => s.breakevenUsdPerPhDay) // [18, 36]
 * curve[1].cumulativeShareBefore           // 0.5
 */
export function fleetCostCurve(classes: readonly MachineClass[], tiers: readonly PowerTier[]): FleetSegment[] {
  if (classes.length === 0) throw new ModelInputError('classes', '[]', 'at least one machine class');
  if (tiers.length === 0) throw new ModelInputError('tiers', '[]', 'at least one power tier');
  classes.forEach((c, i) => (requirePositive(`classes[${i}].joulesPerTerahash`, c.joulesPerTerahash), requirePositive(`classes[${i}].share`, c.share)));
  tiers.forEach((t, i) => (requireNonNegative(`tiers[${i}].usdPerKwh`, t.usdPerKwh), requirePositive(`tiers[${i}].share`, t.share)));
  const classTotal = classes.reduce((a, c) => a + c.share, 0);
  const tierTotal = tiers.reduce((a, t) => a + t.share, 0);
  const segments: FleetSegment[] = [];
  classes.forEach((c, ci) =>
    tiers.forEach((t, ti) =>
      segments.push({
        classIndex: ci,
        tierIndex: ti,
        label: c.label,
        joulesPerTerahash: c.joulesPerTerahash,
        usdPerKwh: t.usdPerKwh,
        share: (c.share / classTotal) * (t.share / tierTotal),
        breakevenUsdPerPhDay: breakevenHashpriceUsdPerPhDay(c.joulesPerTerahash, t.usdPerKwh),
        cumulativeShareBefore: 0,
      }),
    ),
  );
  segments.sort((a, b) => a.breakevenUsdPerPhDay - b.breakevenUsdPerPhDay || a.classIndex - b.classIndex || a.tierIndex - b.tierIndex);
  let before = 0;
  for (const s of segments) {
    s.cumulativeShareBefore = before;
    before += s.share;
  }
  return segments;
}

/**
 * Share of network hashrate whose power costs more than it earns at `hashpriceUsdPerPhDay`
 * (breakeven strictly above the hashprice). Never falls as hashprice falls.
 *
 * @example
 * shareUnderwater(curve, 20)  // 0.5 (the 30 J/TH half of the example above)
 * shareUnderwater(curve, 1e6) // 0
 */
export function shareUnderwater(curve: readonly FleetSegment[], hashpriceUsdPerPhDay: number): number {
  requireFinite('hashpriceUsdPerPhDay', hashpriceUsdPerPhDay);
  let under = 0;
  for (const s of curve) if (s.breakevenUsdPerPhDay > hashpriceUsdPerPhDay) under += s.share;
  return Math.min(1, Math.max(0, under));
}

/**
 * The marginal machine: the most expensive segment that still covers its power at
 * `hashpriceUsdPerPhDay`, or null when none does.
 *
 * @example
 * marginalSegment(curve, 20)?.joulesPerTerahash // 15
 * marginalSegment(curve, 10)                    // null
 */
export function marginalSegment(curve: readonly FleetSegment[], hashpriceUsdPerPhDay: number): FleetSegment | null {
  requireFinite('hashpriceUsdPerPhDay', hashpriceUsdPerPhDay);
  let marginal: FleetSegment | null = null;
  for (const s of curve) if (s.breakevenUsdPerPhDay <= hashpriceUsdPerPhDay) marginal = s;
  return marginal;
}

/**
 * The fleet's average efficiency, J/TH, weighted by hashrate share (the energy a TH/s of the
 * network draws on average).
 *
 * @example
 * meanJoulesPerTerahash([{ label: 'a', joulesPerTerahash: 12, share: 25 }, { label: 'b', joulesPerTerahash: 30, share: 75 }]) // 25.5
 */
export function meanJoulesPerTerahash(classes: readonly MachineClass[]): number {
  if (classes.length === 0) throw new ModelInputError('classes', '[]', 'at least one machine class');
  let total = 0;
  let weighted = 0;
  classes.forEach((c, i) => {
    requirePositive(`classes[${i}].share`, c.share);
    weighted += requirePositive(`classes[${i}].joulesPerTerahash`, c.joulesPerTerahash) * c.share;
    total += c.share;
  });
  return weighted / total;
}
