// One site, two uses: the same megawatts mining bitcoin or leased to an AI tenant. Per MW of
// capacity a site runs megawatts × 10^6 W ÷ J/TH of hashrate; its month's mining margin is that
// hashrate's revenue at the month's hashprice (net of the pool fee, at the uptime) less the power it
// draws. A lease pays a fixed sum per MW-year. The hashprice at which mining matches the lease is
// where the two annual cash margins meet (the steady state, before machines or conversion are
// paid for). Cash flows are discounted month by month, end-of-month, like the projection.
import { daysPerMonth, wattsPerMegawatt } from './constants.ts';
import { ModelInputError, requireFinite, requireFraction, requireNonNegative, requirePositive } from './errors.ts';

/** Hours in a month of 30.4375 days. */
const hoursPerMonth = daysPerMonth * 24;
/** Kilowatts in a megawatt. */
const kwPerMw = 1000;

/**
 * Hashrate a site draws its power with, TH/s: megawatts × 10^6 W ÷ J/TH.
 *
 * @example
 * siteTerahashPerSecond({ megawatts: 1, joulesPerTerahash: 20 }) // 50,000 TH/s = 50 PH/s
 */
export function siteTerahashPerSecond({ megawatts, joulesPerTerahash }: { megawatts: number; joulesPerTerahash: number }): number {
  requireNonNegative('megawatts', megawatts);
  requirePositive('joulesPerTerahash', joulesPerTerahash);
  return (megawatts * wattsPerMegawatt) / joulesPerTerahash;
}

export interface SiteMiningInputs {
  megawatts: number;
  joulesPerTerahash: number;
  hashpriceUsdPerPhDay: number;
  usdPerKwh: number;
  uptimeFraction: number;
  poolFeeFraction: number;
}

function checkSite(i: SiteMiningInputs): void {
  requireNonNegative('hashpriceUsdPerPhDay', i.hashpriceUsdPerPhDay);
  requireNonNegative('usdPerKwh', i.usdPerKwh);
  requireFraction('uptimeFraction', i.uptimeFraction);
  requireFraction('poolFeeFraction', i.poolFeeFraction);
}

/**
 * A site's mining month (30.4375 days) if it runs: revenue, power and the margin between them, USD.
 *
 * @example
 * // 1 MW at 20 J/TH = 50 PH/s; at $40 per PH/s a day, no pool fee, full uptime, $0.05/kWh:
 * siteMiningMonthUsd({ megawatts: 1, joulesPerTerahash: 20, hashpriceUsdPerPhDay: 40, usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0 })
 * // { revenueUsd: 50 × 40 × 30.4375 = 60,875, powerUsd: 1,000 kW × 730.5 h × $0.05 = 36,525, marginUsd: 24,350 }
 */
export function siteMiningMonthUsd(i: SiteMiningInputs): { revenueUsd: number; powerUsd: number; marginUsd: number } {
  checkSite(i);
  const phPerSecond = siteTerahashPerSecond(i) / 1000;
  const revenueUsd = phPerSecond * i.hashpriceUsdPerPhDay * (1 - i.poolFeeFraction) * i.uptimeFraction * daysPerMonth;
  const powerUsd = i.megawatts * kwPerMw * hoursPerMonth * i.uptimeFraction * i.usdPerKwh;
  return { revenueUsd, powerUsd, marginUsd: revenueUsd - powerUsd };
}

/**
 * The mining cash margin of one MW for a year (twelve months of 30.4375 days) at a steady hashprice, USD.
 *
 * @example
 * miningUsdPerMwYear({ megawatts: 1, joulesPerTerahash: 20, hashpriceUsdPerPhDay: 40, usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0 }) // 12 × 24,350 = 292,200
 */
export function miningUsdPerMwYear(i: Omit<SiteMiningInputs, 'megawatts'>): number {
  return 12 * siteMiningMonthUsd({ ...i, megawatts: 1 }).marginUsd;
}

/**
 * A lease's rent per MW-year: its contract value spread evenly over its years and megawatts.
 *
 * @example
 * leaseUsdPerMwYear({ contractValueUsd: 7e9, years: 15, megawatts: 245 }) // ≈ 1,904,762 (Hut 8's River Bend lease)
 */
export function leaseUsdPerMwYear({ contractValueUsd, years, megawatts }: { contractValueUsd: number; years: number; megawatts: number }): number {
  requireNonNegative('contractValueUsd', contractValueUsd);
  requirePositive('years', years);
  requirePositive('megawatts', megawatts);
  return contractValueUsd / years / megawatts;
}

/**
 * The hashprice at which a MW mining earns, over a year, the cash margin a lease pays: (rent + a
 * year's power) ÷ (PH/s × (1 − pool fee) × uptime × 365.25). Per PH/s per day, USD. Infinity when
 * the site earns nothing from hashrate (zero uptime).
 *
 * @example
 * // $1.9 M per MW-year against 1 MW at 20 J/TH (50 PH/s) on $0.05/kWh power, no pool fee, full uptime:
 * hashpriceMatchingLeaseUsdPerPhDay({ leaseUsdPerMwYear: 1.9e6, joulesPerTerahash: 20, usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0 })
 * // (1.9e6 + 1,000 × 8,766 × 0.05) ÷ (50 × 365.25) ≈ $128.04
 */
export function hashpriceMatchingLeaseUsdPerPhDay(i: { leaseUsdPerMwYear: number; joulesPerTerahash: number; usdPerKwh: number; uptimeFraction: number; poolFeeFraction: number }): number {
  requireNonNegative('leaseUsdPerMwYear', i.leaseUsdPerMwYear);
  checkSite({ ...i, megawatts: 1, hashpriceUsdPerPhDay: 0 });
  const phPerSecond = siteTerahashPerSecond({ megawatts: 1, joulesPerTerahash: i.joulesPerTerahash }) / 1000;
  const perHashpriceUsdPerYear = phPerSecond * (1 - i.poolFeeFraction) * i.uptimeFraction * 12 * daysPerMonth;
  const powerUsdPerYear = kwPerMw * 12 * hoursPerMonth * i.uptimeFraction * i.usdPerKwh;
  return perHashpriceUsdPerYear > 0 ? (i.leaseUsdPerMwYear + powerUsdPerYear) / perHashpriceUsdPerYear : Number.POSITIVE_INFINITY;
}

/**
 * Net present value of monthly cash flows, each discounted at the end of its month:
 * Σ cash[m] ÷ (1 + r)^((m + 1) ÷ 12).
 *
 * @example
 * npvUsd([100, 100], 0) // 200
 * npvUsd([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 110], 0.1) // 110 ÷ 1.1 = 100
 */
export function npvUsd(cashUsdByMonth: readonly number[], discountRatePerYear: number): number {
  requireNonNegative('discountRatePerYear', discountRatePerYear);
  let total = 0;
  cashUsdByMonth.forEach((c, m) => {
    requireFinite(`cashUsdByMonth[${m}]`, c);
    total += c / (1 + discountRatePerYear) ** ((m + 1) / 12);
  });
  return total;
}

export interface LeasePathInputs {
  megawatts: number;
  leaseUsdPerMwYear: number;
  /** Months the lease runs once the site is converted. */
  leaseMonths: number;
  /** Capital spent to convert the site, USD per MW, paid in month 0. */
  conversionUsdPerMw: number;
  /** Months before the tenant pays: the site earns nothing while it is re-racked. */
  conversionMonths: number;
}

/**
 * The AI path's cash month by month over `months`: the conversion cost in month 0, nothing during
 * conversion, then a twelfth of the rent each month for the lease's months (nothing after).
 *
 * @example
 * leaseCashUsdByMonth({ megawatts: 1, leaseUsdPerMwYear: 1.2e6, leaseMonths: 2, conversionUsdPerMw: 5e5, conversionMonths: 1 }, 4) // [−500,000, 100,000, 100,000, 0]
 */
export function leaseCashUsdByMonth(i: LeasePathInputs, months: number): number[] {
  requireNonNegative('megawatts', i.megawatts);
  requireNonNegative('leaseUsdPerMwYear', i.leaseUsdPerMwYear);
  requireNonNegative('conversionUsdPerMw', i.conversionUsdPerMw);
  requireNonNegative('conversionMonths', i.conversionMonths);
  requireNonNegative('leaseMonths', i.leaseMonths);
  requireNonNegative('months', months);
  const rent = (i.megawatts * i.leaseUsdPerMwYear) / 12;
  return Array.from({ length: months }, (_, m) => {
    const paid = m >= i.conversionMonths && m < i.conversionMonths + i.leaseMonths ? rent : 0;
    // A month-0 start pays its first rent in month 0 too (no conversion time).
    return paid - (m === 0 ? i.megawatts * i.conversionUsdPerMw : 0);
  });
}

export interface MiningPathInputs extends Omit<SiteMiningInputs, 'hashpriceUsdPerPhDay'> {
  /** Hashprice month by month (the scenario's projection), USD per PH/s per day. */
  hashpriceUsdPerPhDayByMonth: readonly number[];
  /** Machines to fill the site, USD per TH, bought in month 0 and again at the end of each life. */
  machineUsdPerTh: number;
  /**
   * What a replacement fleet costs per TH in each month, when it is not `machineUsdPerTh` (the
   * essay prices replacements at their payback value at that month's hashprice).
   */
  replacementUsdPerThByMonth?: readonly number[];
  lifeMonths: number;
  /** 'curtail': a month that loses money on power is switched off (costs nothing); 'run': it is paid. */
  mode: 'curtail' | 'run';
}

/**
 * The mining path's cash month by month: each month's margin at that month's hashprice (none in a
 * switched-off month), less the site's machines in month 0 and at each life's end.
 *
 * @example
 * // 1 MW at 20 J/TH (50,000 TH/s), $10/TH machines ($500,000) for 12 months, a steady $40/PH/day on $0.05/kWh:
 * miningCashUsdByMonth({ megawatts: 1, joulesPerTerahash: 20, hashpriceUsdPerPhDayByMonth: [40, 40], usdPerKwh: 0.05, uptimeFraction: 1, poolFeeFraction: 0, machineUsdPerTh: 10, lifeMonths: 12, mode: 'curtail' })
 * // [24,350 − 500,000, 24,350]
 */
export function miningCashUsdByMonth(i: MiningPathInputs): number[] {
  requireNonNegative('machineUsdPerTh', i.machineUsdPerTh);
  requirePositive('lifeMonths', i.lifeMonths);
  if (i.mode !== 'curtail' && i.mode !== 'run') throw new ModelInputError('mode', i.mode, '"curtail" or "run"');
  const th = siteTerahashPerSecond(i);
  const life = Math.max(1, Math.round(i.lifeMonths));
  return i.hashpriceUsdPerPhDayByMonth.map((h, m) => {
    requireNonNegative(`hashpriceUsdPerPhDayByMonth[${m}]`, h);
    const { marginUsd } = siteMiningMonthUsd({ ...i, hashpriceUsdPerPhDay: h });
    const counted = i.mode === 'curtail' ? Math.max(0, marginUsd) : marginUsd;
    if (m % life !== 0) return counted;
    const perTh = m > 0 && i.replacementUsdPerThByMonth ? requireNonNegative(`replacementUsdPerThByMonth[${m}]`, i.replacementUsdPerThByMonth[m] ?? 0) : i.machineUsdPerTh;
    return counted - th * perTh;
  });
}

/**
 * Running totals: cumulative[m] = cash[0] + … + cash[m].
 *
 * @example
 * cumulativeUsd([−5, 2, 2]) // [−5, −3, −1]
 */
export function cumulativeUsd(cashUsdByMonth: readonly number[]): number[] {
  let total = 0;
  return cashUsdByMonth.map((c, m) => (total += requireFinite(`cashUsdByMonth[${m}]`, c)));
}
