import { format } from 'd3-format';

/**
 * Display formatters, one per unit. They never print "NaN": a non-finite value prints as "—"
 * (or "∞"/"−∞"), so a broken number is visible rather than silently wrong.
 *
 * @example
 * usd(16.0823) // "$16.08"
 * usdWhole(76176) // "$76,176"
 * percent(0.5168) // "51.7%"
 */

function guard(fn: (x: number) => string): (x: number) => string {
  return (x: number) => {
    if (Number.isNaN(x)) return '—';
    if (x === Infinity) return '∞';
    if (x === -Infinity) return '−∞';
    return fn(x).replace('-', '−');
  };
}

/** d3-format parses its specifier on every format() call, so formatters are built once per specifier. */
const cache = new Map<string, (x: number) => string>();
function cached(specifier: string): (x: number) => string {
  let fn = cache.get(specifier);
  if (!fn) cache.set(specifier, (fn = guard(format(specifier))));
  return fn;
}

const dollars2 = format('$,.2f');
const dollars0 = format('$,.0f');
const dollars4 = format('$,.4f');

/** USD with cents: "$16.08". */
export const usd = guard(dollars2);
/** USD, whole dollars: "$76,176". */
export const usdWhole = guard(dollars0);
/** USD with four decimals, for per-TH figures: "$0.0340". */
export const usdFine = guard(dollars4);
/** USD per kWh with three decimals: "$0.060". */
export const usdPerKwh = guard(format('$,.3f'));
/** A fraction as a percent: percent(0.5168) → "51.7%". */
export const percent = (x: number, digits = 1) => cached(`.${digits}%`)(x);
/** A plain number with grouping and the given decimals: number(1009.34, 1) → "1,009.3". */
export const number = (x: number, digits = 0) => cached(`,.${digits}f`)(x);
/** Significant-figure formatting for very small or large numbers: sig(6.286e-7, 4) → "0.0000006286". */
export const sig = (x: number, digits = 4) => cached(`.${digits}~r`)(x);
