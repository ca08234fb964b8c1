import { blocksPerDay, blocksPerHalving, daysPerMonth } from './constants.ts';
import { ModelInputError } from './errors.ts';
import { subsidyBtcAtHeight } from './subsidy.ts';

/** A known block: the fourth halving, height 840,000, mined on 20 April 2024 (UTC). */
export const heightAnchor = { blockHeight: 840_000, isoDate: '2024-04-20' } as const;

const msPerDay = 86_400_000;

/** The genesis block's date: no earlier date has a block height. */
export const genesisIsoDate = '2009-01-03';

function parseIsoDate(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  const d = new Date(t);
  if (!m || Number.isNaN(t) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new ModelInputError('isoDate', isoDate, 'a calendar date written YYYY-MM-DD');
  }
  return t;
}

/**
 * Estimated block height on a date, counting 144 blocks a day from the April 2024 halving.
 * An estimate: blocks come a little faster than every 600 s while hashrate grows.
 *
 * @example
 * blockHeightAtDate('2026-02-02') // 934_032 (653 days × 144 after 840,000)
 */
export function blockHeightAtDate(isoDate: string): number {
  const t = parseIsoDate(isoDate);
  if (t < parseIsoDate(genesisIsoDate)) throw new ModelInputError('isoDate', isoDate, 'a date on or after 3 January 2009');
  const days = (t - parseIsoDate(heightAnchor.isoDate)) / msPerDay;
  // A straight line at 144 blocks a day; early blocks came faster, so it is rough far before 2024.
  return Math.max(0, heightAnchor.blockHeight + Math.round(days * blocksPerDay));
}

/** A UTC timestamp as its date, YYYY-MM-DD. */
function isoDateOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Estimated date (UTC, YYYY-MM-DD) on which a block height is mined, at 144 blocks a day from the
 * April 2024 halving, to the nearest day: the inverse of {@link blockHeightAtDate}. An estimate
 * in the same way: real blocks drift from the 600 s target.
 *
 * @example
 * isoDateAtBlockHeight(1_050_000) // '2028-04-17' (210,000 ÷ 144 = 1,458.3 days after 20 Apr 2024)
 */
export function isoDateAtBlockHeight(blockHeight: number): string {
  if (!Number.isInteger(blockHeight) || blockHeight < 0) throw new ModelInputError('blockHeight', blockHeight, 'an integer ≥ 0');
  const days = Math.round((blockHeight - heightAnchor.blockHeight) / blocksPerDay);
  return isoDateOf(parseIsoDate(heightAnchor.isoDate) + days * msPerDay);
}

/**
 * The date (UTC, YYYY-MM-DD) on which month `month` of a projection starting on `startIsoDate`
 * begins, with months of 30.4375 days (as the projection and payback periods count them) rounded to
 * whole days. Month 0 starts on the start date.
 *
 * @example
 * isoDateOfProjectionMonth({ startIsoDate: '2026-02-02', month: 26 }) // '2028-04-03' (26 × 30.4375 = 791.4 → 791 days)
 */
export function isoDateOfProjectionMonth({ startIsoDate, month }: { startIsoDate: string; month: number }): string {
  const t = parseIsoDate(startIsoDate);
  if (!Number.isInteger(month) || month < 0) throw new ModelInputError('month', month, 'an integer ≥ 0');
  return isoDateOf(t + Math.round(month * daysPerMonth) * msPerDay);
}

/**
 * Average subsidy per block over the blocks [fromHeight, toHeight): the blocks on each side of a
 * halving are weighted by how many fall there, so a month that contains a halving pays in between.
 *
 * @example
 * averageSubsidyBtc(1_045_000, 1_055_000) // 2.34375: half the blocks at 3.125, half at 1.5625
 */
export function averageSubsidyBtc(fromHeight: number, toHeight: number): number {
  if (!(Number.isFinite(fromHeight) && fromHeight >= 0)) throw new ModelInputError('fromHeight', fromHeight, 'a finite height ≥ 0');
  if (!(Number.isFinite(toHeight) && toHeight > fromHeight)) throw new ModelInputError('toHeight', toHeight, `a finite height > fromHeight (${fromHeight})`);
  let total = 0;
  let h = fromHeight;
  while (h < toHeight) {
    const epochEnd = (Math.floor(h / blocksPerHalving) + 1) * blocksPerHalving;
    const end = Math.min(epochEnd, toHeight);
    total += (end - h) * subsidyBtcAtHeight(Math.floor(h));
    h = end;
  }
  return total / (toHeight - fromHeight);
}
