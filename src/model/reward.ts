import { blocksPerDay, difficultyPerT, hashesPerDifficultyUnit, hashesPerSecondPerTh, satsPerBtc, secondsPerDay } from './constants.ts';
import { ModelInputError, requireNonNegative, requirePositive } from './errors.ts';

export interface RewardInputs {
  /** Network difficulty in T (×10^12). */
  difficultyT: number;
  /** Block subsidy in BTC. */
  subsidyBtc: number;
  /** Average transaction fees per block in BTC. */
  feesBtcPerBlock: number;
}

function check({ difficultyT, subsidyBtc, feesBtcPerBlock }: RewardInputs): void {
  requirePositive('difficultyT', difficultyT);
  requireNonNegative('subsidyBtc', subsidyBtc);
  requireNonNegative('feesBtcPerBlock', feesBtcPerBlock);
}

/**
 * Expected BTC earned per TH/s per day, before pool fees:
 * 86,400 · 10^12 · (subsidy + fees) / (D · 2^32).
 *
 * @example
 * btcPerThPerDay({ difficultyT: 100, subsidyBtc: 3.125, feesBtcPerBlock: 0 }) // ≈ 6.286e-7
 */
export function btcPerThPerDay(inputs: RewardInputs): number {
  check(inputs);
  const hashesPerThDay = hashesPerSecondPerTh * secondsPerDay;
  const hashesPerBlock = inputs.difficultyT * difficultyPerT * hashesPerDifficultyUnit;
  return (hashesPerThDay * (inputs.subsidyBtc + inputs.feesBtcPerBlock)) / hashesPerBlock;
}

/**
 * The BTC-denominated hashprice: expected satoshis per TH/s per day, before pool fees.
 *
 * @example
 * satsPerThPerDay({ difficultyT: 100, subsidyBtc: 3.125, feesBtcPerBlock: 0 }) // ≈ 62.86
 */
export function satsPerThPerDay(inputs: RewardInputs): number {
  return btcPerThPerDay(inputs) * satsPerBtc;
}

/**
 * BTC paid to all miners per day at the target block rate: 144 · (subsidy + fees).
 *
 * @example
 * btcPaidToMinersPerDay({ subsidyBtc: 6.25, feesBtcPerBlock: 0 }) // 900 (about 27,000 per 30 days)
 */
export function btcPaidToMinersPerDay({ subsidyBtc, feesBtcPerBlock }: Omit<RewardInputs, 'difficultyT'>): number {
  requireNonNegative('subsidyBtc', subsidyBtc);
  requireNonNegative('feesBtcPerBlock', feesBtcPerBlock);
  return blocksPerDay * (subsidyBtc + feesBtcPerBlock);
}

/**
 * How a difficulty change moves every machine's BTC output: output per TH/s is proportional to
 * 1 / D, so a change c in difficulty changes it by 1 / (1 + c) − 1, whatever the machine.
 *
 * @example
 * btcOutputChangeFraction(0.1473) // ≈ −0.1284 (a +14.73 % retarget cuts output by 12.8 %)
 */
export function btcOutputChangeFraction(difficultyChangeFraction: number): number {
  if (typeof difficultyChangeFraction !== 'number' || !Number.isFinite(difficultyChangeFraction) || difficultyChangeFraction <= -1) {
    throw new ModelInputError('difficultyChangeFraction', difficultyChangeFraction, 'a finite fraction > −1');
  }
  return 1 / (1 + difficultyChangeFraction) - 1;
}
