import { blocksPerHalving, initialSubsidyBtc } from './constants.ts';
import { ModelInputError } from './errors.ts';

/**
 * Block subsidy in BTC at a block height: 50 / 2^floor(height / 210,000).
 * Returns 0 once the subsidy has halved past one satoshi (height ≥ 6,930,000).
 *
 * @example
 * subsidyBtcAtHeight(840_000) // 3.125 (the April 2024 halving)
 * subsidyBtcAtHeight(839_999) // 6.25
 */
export function subsidyBtcAtHeight(blockHeight: number): number {
  if (!Number.isInteger(blockHeight) || blockHeight < 0) {
    throw new ModelInputError('blockHeight', blockHeight, 'an integer ≥ 0');
  }
  const epoch = Math.floor(blockHeight / blocksPerHalving);
  if (epoch >= 33) return 0;
  // Bitcoin shifts an integer count of satoshis; 50 BTC = 5e9 sats, so the float halving is exact until epoch 33.
  return Math.floor((initialSubsidyBtc * 1e8) / 2 ** epoch) / 1e8;
}

/**
 * Height of the first halving strictly after `blockHeight`.
 *
 * @example
 * nextHalvingHeight(935_000) // 1_050_000
 */
export function nextHalvingHeight(blockHeight: number): number {
  if (!Number.isInteger(blockHeight) || blockHeight < 0) {
    throw new ModelInputError('blockHeight', blockHeight, 'an integer ≥ 0');
  }
  return (Math.floor(blockHeight / blocksPerHalving) + 1) * blocksPerHalving;
}

/** The subsidies a scenario may choose: the 2020–24, 2024–28 and 2028–32 epochs. */
export const subsidyChoicesBtc = [6.25, 3.125, 1.5625] as const;
