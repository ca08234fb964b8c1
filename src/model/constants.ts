/**
 * Protocol and unit constants. Each name carries its unit.
 *
 * @example
 * hashesPerDifficultyUnit * 1e12 // expected hashes for one block at difficulty 1 T
 */

/** Expected hashes per block at difficulty 1: 2^32. */
export const hashesPerDifficultyUnit = 2 ** 32;

/** Target time between blocks, in seconds. */
export const targetSecondsPerBlock = 600;

/** Seconds in a day. */
export const secondsPerDay = 86_400;

/** Blocks per day at the target interval: 86,400 / 600 = 144. */
export const blocksPerDay = secondsPerDay / targetSecondsPerBlock;

/** One difficulty "T" as quoted by indexes: 10^12. */
export const difficultyPerT = 1e12;

/** Hashes per second in one TH/s. */
export const hashesPerSecondPerTh = 1e12;

/** TH/s in one EH/s. */
export const thPerEh = 1e6;

/** Satoshis in one bitcoin. */
export const satsPerBtc = 1e8;

/** Blocks between subsidy halvings. */
export const blocksPerHalving = 210_000;

/** Subsidy of the first epoch, in BTC. */
export const initialSubsidyBtc = 50;

/** Average days per month used for payback periods: 365.25 / 12. */
export const daysPerMonth = 30.4375;

/** kWh drawn per day by one watt running continuously: 24 / 1000. */
export const kwhPerWattDay = 24 / 1000;

/** kWh in one MWh, the unit reports quote power prices in: $60/MWh = $0.06/kWh. */
export const kwhPerMwh = 1000;

/** Blocks between difficulty retargets: one epoch. */
export const blocksPerRetarget = 2016;

/** The most one retarget can move difficulty, either way: the measured timespan is clamped to [¼, 4] × the target. */
export const retargetClampFactor = 4;

/** Watts in one megawatt. */
export const wattsPerMegawatt = 1e6;
