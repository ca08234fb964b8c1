import { daysPerMonth, kwhPerWattDay } from './constants.ts';
import { ModelInputError, requireFraction, requireNonNegative, requirePositive } from './errors.ts';
import type { MachineSpec } from './machineEconomics.ts';
import type { OperatingMode } from './projection.ts';

/**
 * Debt service for a fleet of mining machines: the fleet's monthly cash flow, the debt-service
 * coverage ratio (DSCR) and the hashprice at which the fleet just covers its debt. A month is
 * 30.4375 days. Cash flow = revenue (at uptime, net of the pool fee) − power − other costs (`opex`:
 * hosting, staff, anything paid whatever the machines do). In `curtail` mode a machine that loses
 * money on power is switched off for the month (it earns and pays for nothing, but opex is due);
 * in `run` mode it runs regardless.
 */
export interface Fleet {
  machine: MachineSpec;
  /** Machines in the fleet, ≥ 1. */
  units: number;
  usdPerKwh: number;
  uptimeFraction: number;
  poolFeeFraction: number;
  /** Other costs, USD per month for the whole fleet. */
  opexUsdPerMonth: number;
  mode: OperatingMode;
}

/** Throws a ModelInputError naming the first input of the fleet it cannot use (loanPath.ts checks its fleet with it too). */
export function checkFleet(f: Fleet): void {
  requirePositive('machine.terahashPerSecond', f.machine.terahashPerSecond);
  requirePositive('machine.watts', f.machine.watts);
  if (!Number.isInteger(f.units) || f.units < 1) throw new ModelInputError('units', f.units, 'a whole number of machines ≥ 1');
  requireNonNegative('usdPerKwh', f.usdPerKwh);
  requireFraction('uptimeFraction', f.uptimeFraction);
  requireFraction('poolFeeFraction', f.poolFeeFraction, true);
  requireNonNegative('opexUsdPerMonth', f.opexUsdPerMonth);
  if (f.mode !== 'curtail' && f.mode !== 'run') throw new ModelInputError('mode', f.mode, '"curtail" or "run"');
}

/**
 * One machine's profit on power per day at a hashprice (USD per PH/s per day), before opex.
 *
 * @example
 * machineProfitUsdPerDay({ machine: { terahashPerSecond: 473, watts: 5_676 }, units: 1, usdPerKwh: 0.06, uptimeFraction: 1, poolFeeFraction: 0, opexUsdPerMonth: 0, mode: 'curtail' }, 34)
 * // 473 × 0.034 − 5,676 × 0.024 × 0.06 = 16.082 − 8.173 ≈ $7.91
 */
export function machineProfitUsdPerDay(f: Fleet, hashpriceUsdPerPhDay: number): number {
  const revenue = f.machine.terahashPerSecond * (hashpriceUsdPerPhDay / 1000) * f.uptimeFraction * (1 - f.poolFeeFraction);
  const power = f.machine.watts * kwhPerWattDay * f.usdPerKwh * f.uptimeFraction;
  return revenue - power;
}

/**
 * The fleet's cash flow for a month at a hashprice: units × profit on power × 30.4375 days − opex
 * (a losing machine counts 0 in `curtail` mode).
 *
 * Worked example: 1,000 S21 XP Hydros (473 TH/s, 5,676 W) on $0.06 power at $34/PH/day, opex $50,000:
 * 1,000 × $7.90856 × 30.4375 − $50,000 = $240,717 − $50,000 ≈ $190,717.
 *
 * @example
 * fleetCashFlowUsdPerMonth({ machine: { terahashPerSecond: 473, watts: 5_676 }, units: 1_000, usdPerKwh: 0.06, uptimeFraction: 1, poolFeeFraction: 0, opexUsdPerMonth: 50_000, mode: 'curtail' }, 34) // ≈ 190,717
 */
export function fleetCashFlowUsdPerMonth(f: Fleet, hashpriceUsdPerPhDay: number): number {
  checkFleet(f);
  requireNonNegative('hashpriceUsdPerPhDay', hashpriceUsdPerPhDay);
  const perDay = machineProfitUsdPerDay(f, hashpriceUsdPerPhDay);
  const counted = f.mode === 'curtail' ? Math.max(0, perDay) : perDay;
  return f.units * counted * daysPerMonth - f.opexUsdPerMonth;
}

/**
 * DSCR: cash flow ÷ debt payment for the month. Below 1 the month's cash does not cover its debt
 * service; below 0 the fleet loses money before paying anything.
 *
 * @example
 * debtServiceCoverageRatio({ cashFlowUsd: 190_717, paymentUsd: 235_367 }) // ≈ 0.810
 */
export function debtServiceCoverageRatio({ cashFlowUsd, paymentUsd }: { cashFlowUsd: number; paymentUsd: number }): number {
  if (!Number.isFinite(cashFlowUsd)) throw new ModelInputError('cashFlowUsd', cashFlowUsd, 'a finite number');
  requirePositive('paymentUsd', paymentUsd);
  return cashFlowUsd / paymentUsd;
}

/**
 * The breakeven hashprice for debt service: the hashprice (USD per PH/s per day) at which the
 * fleet's cash flow equals `coverage` × the payment (DSCR = 1 by default), with power and opex as set:
 *
 *   hashprice = ((coverage × payment + opex) ÷ (units × 30.4375) + W × 0.024 × $/kWh × uptime)
 *               ÷ (TH/s ÷ 1000 × uptime × (1 − pool fee)).
 *
 * It sits above the machine's power breakeven whenever payment + opex > 0, so the machines are
 * running there in either mode.
 *
 * Worked example: the fleet above with a $235,367 payment:
 * ((235,367 + 50,000) ÷ 30,437.5 + 8.17344) ÷ 0.473 = (9.3755 + 8.1734) ÷ 0.473 ≈ $37.10 per PH/s per day.
 *
 * @example
 * breakevenHashpriceForDebtUsdPerPhDay({ machine: { terahashPerSecond: 473, watts: 5_676 }, units: 1_000, usdPerKwh: 0.06, uptimeFraction: 1, poolFeeFraction: 0, opexUsdPerMonth: 50_000, mode: 'curtail' }, 235_367) // ≈ 37.10
 */
export function breakevenHashpriceForDebtUsdPerPhDay(f: Fleet, paymentUsd: number, coverage = 1): number {
  checkFleet(f);
  requireNonNegative('paymentUsd', paymentUsd);
  requireNonNegative('coverage', coverage);
  const perMachinePerDay = (coverage * paymentUsd + f.opexUsdPerMonth) / (f.units * daysPerMonth);
  const power = f.machine.watts * kwhPerWattDay * f.usdPerKwh * f.uptimeFraction;
  const earnPerPh = (f.machine.terahashPerSecond / 1000) * f.uptimeFraction * (1 - f.poolFeeFraction);
  const need = perMachinePerDay + power;
  // Nothing to cover (no debt, no opex, no power bill): hashprice 0 already covers it, even at zero uptime (not 0 ÷ 0).
  // Something to cover at zero uptime: no hashprice does (Infinity).
  return need === 0 ? 0 : need / earnPerPh;
}

/**
 * The fleet's monthly cash flow as a function of the BTC price P at a fixed difficulty, while the
 * machines run: cash(P) = usdPerMonthPerUsdOfPrice × P − fixedUsdPerMonth (revenue ∝ P; power and
 * opex are dollars). `btcPerThPerDay` is the reward per TH/s per day at that difficulty (gross).
 *
 * @example
 * // 1,000 S21 XP Hydros on $0.06/kWh, opex $50,000, at 141 T and 3.125 BTC (4.4585e-7 BTC per TH/s a day):
 * fleetCashFlowLinearInPrice(fleet, 4.4585e-7) // { usdPerMonthPerUsdOfPrice: 1,000 × 30.4375 × 473 × 4.4585e-7 ≈ 6.4188, fixedUsdPerMonth: 248,779 + 50,000 = 298,779 }
 */
export function fleetCashFlowLinearInPrice(f: Fleet, btcPerThPerDay: number): { usdPerMonthPerUsdOfPrice: number; fixedUsdPerMonth: number } {
  checkFleet(f);
  requireNonNegative('btcPerThPerDay', btcPerThPerDay);
  return {
    usdPerMonthPerUsdOfPrice: f.units * daysPerMonth * f.machine.terahashPerSecond * btcPerThPerDay * f.uptimeFraction * (1 - f.poolFeeFraction),
    fixedUsdPerMonth: f.units * daysPerMonth * f.machine.watts * kwhPerWattDay * f.usdPerKwh * f.uptimeFraction + f.opexUsdPerMonth,
  };
}

/**
 * The BTC prices at which DSCR = 1 for the same loan in dollars (a fixed payment A) and in bitcoin
 * (A ÷ P₀ BTC, costing A × P ÷ P₀ dollars), with cash(P) = k·P − c at a fixed difficulty:
 * dollars P = (A + c) ÷ k; bitcoin P = c ÷ (k − A ÷ P₀), Infinity when no price reaches it (k ≤ A ÷ P₀,
 * coverage below 1 everywhere; or c = 0, coverage the same at every price). The bitcoin loan's
 * coverage tends to k × P₀ ÷ A as P grows (`btcCoverageCeiling`; Infinity when nothing is due).
 *
 * Worked example (the defaults): k ≈ 6.4188, c ≈ $298,779, A = $141,220, P₀ = $76,176: dollars
 * (141,220 + 298,779) ÷ 6.4188 ≈ $68,548; bitcoin 298,779 ÷ (6.4188 − 141,220 ÷ 76,176) ≈ $65,451;
 * ceiling 6.4188 × 76,176 ÷ 141,220 ≈ 3.46.
 *
 * @example
 * breakevenBtcPrices({ usdPerMonthPerUsdOfPrice: 6.4188, fixedUsdPerMonth: 298_779 }, 141_220, 76_176).btcLoanUsdPerBtc // ≈ 65,451
 */
export function breakevenBtcPrices({ usdPerMonthPerUsdOfPrice: k, fixedUsdPerMonth: c }: { usdPerMonthPerUsdOfPrice: number; fixedUsdPerMonth: number }, paymentUsdToday: number, priceUsdPerBtcToday: number): { usdLoanUsdPerBtc: number; btcLoanUsdPerBtc: number; btcCoverageCeiling: number } {
  requireNonNegative('paymentUsdToday', paymentUsdToday);
  requirePositive('priceUsdPerBtcToday', priceUsdPerBtcToday);
  const btcDenominator = k - paymentUsdToday / priceUsdPerBtcToday;
  return {
    usdLoanUsdPerBtc: k > 0 ? (paymentUsdToday + c) / k : Infinity,
    btcLoanUsdPerBtc: btcDenominator > 0 && c > 0 ? c / btcDenominator : Infinity,
    btcCoverageCeiling: paymentUsdToday > 0 ? (k * priceUsdPerBtcToday) / paymentUsdToday : Infinity,
  };
}
