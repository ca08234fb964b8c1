/**
 * Display formatters, one per unit, built on the platform's Intl.NumberFormat (no bundle cost).
 * They never print "NaN": a non-finite value prints as "—" (or "∞"/"−∞"), so a broken number is
 * visible rather than silently wrong. Minus signs are typographic (−).
 *
 * Each Intl.NumberFormat is built once, the first time its unit and number of digits is asked
 * for, and kept: a format call does no option building or lookup by string key.
 *
 * @example
 * usd(16.0823) // "$16.08"
 * usdWhole(76176) // "$76,176"
 * percent(0.5168) // "51.7%"
 */

type Formatter = (x: number) => string;

function guarded(nf: Intl.NumberFormat): Formatter {
  return (x: number) => {
    if (Number.isNaN(x)) return '—';
    if (x === Infinity) return '∞';
    if (x === -Infinity) return '−∞';
    return nf.format(x).replace('-', '−');
  };
}

/** A formatter per number of digits (0–20), each built on first use. */
function byDigits(options: (digits: number) => Intl.NumberFormatOptions): (digits: number) => Formatter {
  const built: Formatter[] = [];
  return (digits) => {
    const d = Math.max(0, Math.min(20, Math.trunc(digits)));
    // signDisplay 'negative': a value that rounds to zero prints "0", not "-0".
    return (built[d] ??= guarded(new Intl.NumberFormat('en-US', { signDisplay: 'negative', ...options(d) })));
  };
}

const money = byDigits((d) => ({ style: 'currency', currency: 'USD', minimumFractionDigits: d, maximumFractionDigits: d }));
const percentWith = byDigits((d) => ({ style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }));
const numberWith = byDigits((d) => ({ minimumFractionDigits: d, maximumFractionDigits: d }));
const sigWith = byDigits((d) => ({ maximumSignificantDigits: Math.max(1, d), useGrouping: false }));

const usd2 = money(2);
const usd0 = money(0);
const usd4 = money(4);
const usd3 = money(3);

/** USD with cents: "$16.08". */
export const usd = (x: number) => usd2(x);
/** USD, whole dollars: "$76,176". */
export const usdWhole = (x: number) => usd0(x);
/** USD with four decimals, for per-TH figures: "$0.0340". */
export const usdFine = (x: number) => usd4(x);
/** USD per kWh with three decimals: "$0.060". */
export const usdPerKwh = (x: number) => usd3(x);
const usdCompactNf = guarded(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1, signDisplay: 'negative' }));
/** Large USD sums, compact: usdCompact(15_139_760_000) → "$15.1B", usdCompact(17_441_000) → "$17.4M". */
export const usdCompact = (x: number) => usdCompactNf(x);
/** A fraction as a percent: percent(0.5168) → "51.7%". */
export const percent = (x: number, digits = 1) => percentWith(digits)(x);
/** A plain number with grouping and the given decimals: number(1009.34, 1) → "1,009.3". */
export const number = (x: number, digits = 0) => numberWith(digits)(x);
/** Significant figures without grouping: sig(0.033962, 4) → "0.03396". */
export const sig = (x: number, digits = 4) => sigWith(digits)(x);
/** A number with as many decimals as it needs, up to `max`: trimmed(3.125) → "3.125", trimmed(141) → "141". */
export const trimmed = (x: number, max = 4) => {
  for (let d = 0; d < max; d++) if (Math.abs(x * 10 ** d - Math.round(x * 10 ** d)) < 1e-9) return number(x, d);
  return number(x, max);
};

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** A month and year: monthLabel(new Date('2028-04-03')) → "Apr 2028". */
export const monthLabel = (d: Date) => monthYear.format(d);

const longMonthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A month and year in words: monthYearLong(new Date('2028-04-03')) → "April 2028". */
export const monthYearLong = (d: Date) => longMonthYear.format(d);

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** A calendar date written YYYY-MM-DD, for readers: dateLabel('2026-02-02') → "2 Feb 2026". */
export const dateLabel = (isoDate: string) => {
  const t = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(t) ? isoDate : dayMonthYear.format(new Date(t));
};

/** A difficulty in T as the page writes it: whole when whole, else two decimals. difficultyT(141) → "141", difficultyT(133.5) → "133.50". */
export const difficultyT = (t: number) => number(t, t % 1 ? 2 : 0);

/** A power price given per kWh, shown per MWh in whole dollars: usdPerMwh(0.08197) → "$82". */
export const usdPerMwh = (usdPerKwhValue: number) => usdWhole(usdPerKwhValue * 1000);

