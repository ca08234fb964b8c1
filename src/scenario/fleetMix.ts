import { number, usdPerKwh } from '../format/index.ts';

/**
 * The network's fleet mix as a link writes it: compact pairs "value-share" joined by "_", where
 * the value is a machine class's J/TH (`fleet`) or a power price in USD per kWh (`tiers`), and the
 * share is a weight (the model normalises the shares, so they need not add up to 100). Only
 * characters a query string keeps unescaped are used: `fleet=12-25_16.5-30_21.5-20_26-15_30-10`.
 *
 * The defaults' provenance (which document each class and tier comes from, and which shares are
 * our guesses) is in src/essay/fleetMix.ts; a test checks the two agree.
 */
export interface MixEntry {
  /** J/TH of a machine class, or USD per kWh of a power tier. */
  value: number;
  /** A weight > 0 (percent-like, but not required to sum to 100). */
  share: number;
}

/** The default machine classes: J/TH and share (%). */
export const defaultFleetText = '12-25_16.5-30_21.5-20_26-15_30-10';
/** The default power-price tiers: USD per kWh and share (%). */
export const defaultTiersText = '0.025-25_0.045-40_0.06-25_0.07-10';

const maxEntries = 8;
const limits = {
  fleet: { min: 1, max: 200, what: 'J/TH' },
  tiers: { min: 0, max: 0.5, what: 'USD per kWh' },
} as const;
type MixKind = keyof typeof limits;

const pairPattern = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/;
const parsed = new Map<string, MixEntry[] | string>();

/**
 * Reads a mix; returns its entries, or a reason it cannot be read (for the link's notice: it says
 * which entry and what is wrong, never repeating the text, which comes from anyone's link).
 *
 * @example
 * readMix('12-25_30-75', 'fleet') // [{ value: 12, share: 25 }, { value: 30, share: 75 }]
 * readMix('12-25_abc', 'fleet')   // "has entry 2 not written “J/TH-share”"
 */
export function readMix(text: string, kind: MixKind): MixEntry[] | string {
  const key = `${kind}|${text}`;
  let out = parsed.get(key);
  if (out === undefined) {
    out = read(text, kind);
    if (parsed.size > 200) parsed.clear();
    parsed.set(key, out);
  }
  return out;
}

function read(text: string, kind: MixKind): MixEntry[] | string {
  const { min, max, what } = limits[kind];
  const parts = text.split('_');
  if (text === '' || parts.length > maxEntries) return `needs 1 to ${maxEntries} entries written “${what}-share” and joined by “_”`;
  const entries: MixEntry[] = [];
  for (const [i, part] of parts.entries()) {
    const m = pairPattern.exec(part);
    if (!m) return `has entry ${i + 1} not written “${what}-share”`;
    const value = Number(m[1]);
    const share = Number(m[2]);
    if (!(value >= min && value <= max)) return `has entry ${i + 1} outside ${min}–${max} ${what}`;
    if (!(share > 0) || share > 1000) return `has entry ${i + 1} with a share that is not above 0 and at most 1,000`;
    entries.push({ value, share });
  }
  return entries;
}

/** Why a `fleet` value cannot be used, or undefined. */
export const fleetTextProblem = (text: string): string | undefined => {
  const r = readMix(text, 'fleet');
  return typeof r === 'string' ? r : undefined;
};

/** Why a `tiers` value cannot be used, or undefined. */
export const tiersTextProblem = (text: string): string | undefined => {
  const r = readMix(text, 'tiers');
  return typeof r === 'string' ? r : undefined;
};

/**
 * Writes entries back in the link's form (shortest decimal for each number).
 *
 * @example
 * writeMix([{ value: 12, share: 25 }, { value: 30, share: 75 }]) // "12-25_30-75"
 */
export function writeMix(entries: readonly MixEntry[]): string {
  return entries.map((e) => `${e.value}-${e.share}`).join('_');
}

/**
 * A mix in words, with each share as a percent of the total (for notices and screen readers).
 *
 * @example
 * describeMix('12-25_30-75', 'J/TH') // "12 J/TH 25 %, 30 J/TH 75 %"
 */
export function describeMix(text: string, unit: 'J/TH' | 'per kWh'): string {
  const r = readMix(text, unit === 'J/TH' ? 'fleet' : 'tiers');
  if (typeof r === 'string') return text;
  const total = r.reduce((a, e) => a + e.share, 0);
  return r.map((e) => `${unit === 'J/TH' ? `${number(e.value, e.value % 1 ? 1 : 0)} J/TH` : `${usdPerKwh(e.value)} per kWh`} ${number((100 * e.share) / total, 0)} %`).join(', ');
}
