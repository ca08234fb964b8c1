/**
 * Display formatters, one per unit, built on the platform's Intl.NumberFormat (no bundle cost).
 * They never print "NaN": a non-finite value prints as "—" (or "∞"/"−∞"), so a broken number is
 * visible rather than silently wrong. Minus signs are typographic (−).
 *
 * @example
 * usd(16.0823) // "$16.08"
 * usdWhole(76176) // "$76,176"
 * percent(0.5168) // "51.7%"
 */

type Formatter = (x: number) => string;

function guard(fn: Formatter): Formatter {
  return (x: number) => {
    if (Number.isNaN(x)) return '—';
    if (x === Infinity) return '∞';
    if (x === -Infinity) return '−∞';
    return fn(x).replace('-', '−');
  };
}

/** Intl formatters are costly to build, so each option set is built once. */
const cache = new Map<string, Formatter>();
function intl(options: Intl.NumberFormatOptions): Formatter {
  const key = JSON.stringify(options);
  let fn = cache.get(key);
  if (!fn) {
    // signDisplay 'negative': a value that rounds to zero prints "0", not "-0".
    const nf = new Intl.NumberFormat('en-US', { signDisplay: 'negative', ...options });
    cache.set(key, (fn = guard((x) => nf.format(x))));
  }
  return fn;
}

const money = (digits: number): Intl.NumberFormatOptions => ({ style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits });

/** USD with cents: "$16.08". */
export const usd = (x: number) => intl(money(2))(x);
/** USD, whole dollars: "$76,176". */
export const usdWhole = (x: number) => intl(money(0))(x);
/** USD with four decimals, for per-TH figures: "$0.0340". */
export const usdFine = (x: number) => intl(money(4))(x);
/** USD per kWh with three decimals: "$0.060". */
export const usdPerKwh = (x: number) => intl(money(3))(x);
/** A fraction as a percent: percent(0.5168) → "51.7%". */
export const percent = (x: number, digits = 1) => intl({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits })(x);
/** A plain number with grouping and the given decimals: number(1009.34, 1) → "1,009.3". */
export const number = (x: number, digits = 0) => intl({ minimumFractionDigits: digits, maximumFractionDigits: digits })(x);
/** Significant figures without grouping: sig(0.033962, 4) → "0.03396". */
export const sig = (x: number, digits = 4) => intl({ maximumSignificantDigits: digits, useGrouping: false })(x);

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** A month and year: monthLabel(new Date('2028-04-03')) → "Apr 2028". */
export const monthLabel = (d: Date) => monthYear.format(d);

/** A power price given per kWh, shown per MWh in whole dollars: usdPerMwh(0.08197) → "$82". */
export const usdPerMwh = (usdPerKwhValue: number) => usdWhole(usdPerKwhValue * 1000);
