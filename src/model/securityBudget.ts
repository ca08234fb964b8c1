import { blocksPerDay, kwhPerWattDay, thPerEh, wattsPerMegawatt } from './constants.ts';
import { networkHashrateEhPerSecond } from './difficulty.ts';
import { requireNonNegative, requirePositive } from './errors.ts';

export interface BudgetInputs {
  priceUsdPerBtc: number;
  subsidyBtc: number;
  feesBtcPerBlock: number;
}

function check(inputs: BudgetInputs): void {
  requirePositive('priceUsdPerBtc', inputs.priceUsdPerBtc);
  requireNonNegative('subsidyBtc', inputs.subsidyBtc);
  requireNonNegative('feesBtcPerBlock', inputs.feesBtcPerBlock);
}

/**
 * The security budget: USD paid to all miners per day, (subsidy + fees) × 144 blocks × price.
 *
 * @example
 * securityBudgetUsdPerDay({ priceUsdPerBtc: 76_176, subsidyBtc: 3.125, feesBtcPerBlock: 0 }) // 34,279,200
 */
export function securityBudgetUsdPerDay(inputs: BudgetInputs): number {
  check(inputs);
  return (inputs.subsidyBtc + inputs.feesBtcPerBlock) * blocksPerDay * inputs.priceUsdPerBtc;
}

/**
 * The budget per TH/s of the network per day: the budget ÷ the hashrate that difficulty implies.
 * The same number as gross hashprice, read as what the network pays for each unit of security.
 *
 * @example
 * securityBudgetUsdPerThDay({ priceUsdPerBtc: 76_176, subsidyBtc: 3.125, feesBtcPerBlock: 0, difficultyT: 141 }) // ≈ 0.0340 (3.40¢)
 */
export function securityBudgetUsdPerThDay(inputs: BudgetInputs & { difficultyT: number }): number {
  return securityBudgetUsdPerDay(inputs) / (networkHashrateEhPerSecond(inputs.difficultyT) * thPerEh);
}

/**
 * Fees' share of what miners are paid: fees ÷ (subsidy + fees); 0 when blocks pay nothing.
 *
 * @example
 * feeShare({ priceUsdPerBtc: 76_176, subsidyBtc: 3.125, feesBtcPerBlock: 0.025 }) // ≈ 0.0079
 */
export function feeShare(inputs: BudgetInputs): number {
  check(inputs);
  const total = inputs.subsidyBtc + inputs.feesBtcPerBlock;
  return total > 0 ? inputs.feesBtcPerBlock / total : 0;
}

/**
 * The budget per day after the next halving: half the subsidy, the same fees and price.
 *
 * @example
 * budgetAfterHalvingUsdPerDay({ priceUsdPerBtc: 76_176, subsidyBtc: 3.125, feesBtcPerBlock: 0 }) // 17,139,600
 */
export function budgetAfterHalvingUsdPerDay(inputs: BudgetInputs): number {
  return securityBudgetUsdPerDay({ ...inputs, subsidyBtc: inputs.subsidyBtc / 2 });
}

export interface MajorityAttackInputs {
  /** The honest network's hashrate, TH/s: the attacker adds as much again. */
  networkTerahashPerSecond: number;
  /** Hardware price, USD per TH/s. */
  usdPerTerahash: number;
  /** The attacker's machines' efficiency, J/TH. */
  joulesPerTerahash: number;
  usdPerKwh: number;
}

export interface MajorityAttackCost {
  /** Hardware to match the network: network TH/s × USD per TH/s. */
  hardwareUsd: number;
  /** Power to run it for a day, USD. */
  powerUsdPerDay: number;
  /** Power it draws, MW. */
  powerMegawatts: number;
}

/**
 * What an attacker pays to match the honest network's hashrate (and so, with a hash more, to hold
 * a majority): machines at today's price per TH and the power to run them.
 *
 * @example
 * majorityAttackCost({ networkTerahashPerSecond: 1.009e9, usdPerTerahash: 15, joulesPerTerahash: 12, usdPerKwh: 0.06 })
 * // { hardwareUsd: 15.1 bn, powerMegawatts: 12,108, powerUsdPerDay: ≈ 17.4 M }
 */
export function majorityAttackCost(inputs: MajorityAttackInputs): MajorityAttackCost {
  requireNonNegative('networkTerahashPerSecond', inputs.networkTerahashPerSecond);
  requireNonNegative('usdPerTerahash', inputs.usdPerTerahash);
  requirePositive('joulesPerTerahash', inputs.joulesPerTerahash);
  requireNonNegative('usdPerKwh', inputs.usdPerKwh);
  const watts = inputs.networkTerahashPerSecond * inputs.joulesPerTerahash;
  return {
    hardwareUsd: inputs.networkTerahashPerSecond * inputs.usdPerTerahash,
    powerUsdPerDay: watts * kwhPerWattDay * inputs.usdPerKwh,
    powerMegawatts: watts / wattsPerMegawatt,
  };
}

/**
 * The hashrate a given power can run: MW ÷ J/TH, in EH/s (1 MW at 20 J/TH runs 50,000 TH/s).
 *
 * @example
 * hashrateFromMegawattsEhPerSecond(245, 20) // 12.25 (Hut 8's River Bend site, at a 20 J/TH fleet)
 */
export function hashrateFromMegawattsEhPerSecond(megawatts: number, joulesPerTerahash: number): number {
  requireNonNegative('megawatts', megawatts);
  requirePositive('joulesPerTerahash', joulesPerTerahash);
  return (megawatts * wattsPerMegawatt) / joulesPerTerahash / thPerEh;
}
