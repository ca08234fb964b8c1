/**
 * The recomputation ledger's machinery: what an entry is, how its result is tested and shown, and
 * the ledger over every chapter. The entries themselves live with their chapters (chapter1.ts,
 * chapter2.ts), each a document figure recomputed with the model from the figures in documents.ts.
 * Chapters write entries without a verdict; `finish` derives `reproduces` from the numbers, so no
 * entry can claim a reproduction it does not have.
 *
 * @example
 * byId('s21-xp-hydro-cost-ratio').computedValue // ≈ 0.5168 (the document says about 52%)
 * byId('s19-pro-cost-ratio-top').reproduces      // false (162% needs ≈ 37.6 J/TH, not 29.5)
 * byId('asic-index-fall').computedValue          // 0.875: $120/TH → $15/TH, inside the 85–91% range
 * byId('underclocking-gain').reproduces          // false (35 → 23 J/TH is 34.3% fewer J/TH, not 36%)
 */
import { number, percent, sig, usd } from '../format/index.ts';
import type { SourceId } from './documents.ts';
import { chapter1Ledger } from './chapter1.ts';
import { chapter2Ledger } from './chapter2.ts';
import { chapter3Ledger } from './chapter3.ts';
import { chapter4Ledger } from './chapter4.ts';
import { chapter5Ledger } from './chapter5.ts';
import { chapter6Ledger } from './chapter6.ts';
import { chapter7Ledger } from './chapter7.ts';

export type { SourceId };

/**
 * How a document figure is tested:
 * - `approx`: the document gives a value; it reproduces when |computed − claimed| ≤ relTolerance · |claimed|.
 * - `atLeast`: the document gives a lower bound ("profitable above $75/MWh"); it reproduces when
 *   computed ≥ claimed · (1 − relTolerance).
 */
export type Comparison = 'approx' | 'atLeast';

export type Unit = 'USD/TH/s/day' | 'USD/PH/s/day' | 'ratio' | 'USD/MWh' | 'EH/s' | 'BTC per 30 days' | 'USD/TH' | 'USD per machine';

export interface Recomputation {
  id: string;
  factIds: string[];
  sourceId: SourceId;
  /** Our paraphrase of what the document says, with its number. */
  claim: string;
  claimedValue: number;
  /** When the document gives a range, its ends (claimedValue is then the midpoint); shown instead of the midpoint. */
  claimedRange?: readonly [number, number];
  /** Unit of claimedValue and computedValue; `ratio` values are fractions (0.52 = 52%). */
  unit: Unit;
  computedValue: number;
  /** The arithmetic, with numbers built by the formatters from computed values. */
  computation: string;
  assumption: string;
  relTolerance: number;
  comparison: Comparison;
  reproduces: boolean;
}

/**
 * How far a recomputed value may stray from the claimed one: a fraction of the claimed value, or
 * `{ lastDigit }`, half a unit in the last digit the document quotes (`{ lastDigit: 0.001 }` for $0.034).
 */
export type Tolerance = number | { lastDigit: number };

/** A ledger entry as a chapter writes it: no verdict, and its tolerance as a fraction or a rounding. */
export type LedgerEntry = Omit<Recomputation, 'reproduces' | 'relTolerance'> & { tolerance: Tolerance };

/** One chapter's share of the ledger. */
export interface ChapterLedger {
  entries: LedgerEntry[];
  /**
   * Facts the chapter cites that have nothing to recompute (a date, a count, a benchmark from
   * outside mining, a model input), each with the reason. Every other cited fact must appear in a
   * ledger entry; a test enforces both.
   */
  citedWithoutRecomputation: Readonly<Record<string, string>>;
}

/** Display of a value in its unit, for prose and the ledger table. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'USD/TH/s/day':
      return `$${sig(value, 4)}/TH/day`;
    case 'USD/PH/s/day':
      return `${usd(value)}/PH/day`;
    case 'ratio':
      return percent(value);
    case 'USD/MWh':
      return `${usd(value)}/MWh`;
    case 'EH/s':
      return `${number(value, 1)} EH/s`;
    case 'BTC per 30 days':
      return `${number(value)} BTC`;
    case 'USD/TH':
      return `${usd(value)}/TH`;
    case 'USD per machine':
      return `${usd(value)} per machine`;
  }
}

/** The test each entry's `reproduces` flag records. */
export function reproducesWithin(computed: number, claimed: number, relTolerance: number, comparison: Comparison): boolean {
  if (!Number.isFinite(computed) || !Number.isFinite(claimed)) return false;
  if (comparison === 'atLeast') return computed >= claimed * (1 - relTolerance);
  return Math.abs(computed - claimed) <= relTolerance * Math.abs(claimed);
}

/** Half a unit in the last digit the document quotes, as a fraction of the figure: $82 → 0.5 / 82. */
export function roundingTolerance(claimed: number, lastDigit: number): number {
  return lastDigit / 2 / Math.abs(claimed);
}

/** A chapter's entry with its tolerance resolved and its verdict derived from the numbers. */
export function finish({ tolerance, ...entry }: LedgerEntry): Recomputation {
  const relTolerance = typeof tolerance === 'number' ? tolerance : roundingTolerance(entry.claimedValue, tolerance.lastDigit);
  return { ...entry, relTolerance, reproduces: reproducesWithin(entry.computedValue, entry.claimedValue, relTolerance, entry.comparison) };
}

const chapters: readonly ChapterLedger[] = [chapter1Ledger, chapter2Ledger, chapter3Ledger, chapter4Ledger, chapter5Ledger, chapter6Ledger, chapter7Ledger];

/** Every chapter's entries, chapter by chapter, finished. */
export const recomputations: Recomputation[] = chapters.flatMap((c) => c.entries.map(finish));

/** Every chapter's facts cited without a recomputation, with the reason. */
export const citedWithoutRecomputation: Readonly<Record<string, string>> = Object.assign({}, ...chapters.map((c) => c.citedWithoutRecomputation));

export function byId(id: string): Recomputation {
  const found = recomputations.find((r) => r.id === id);
  if (!found) throw new Error(`no recomputation "${id}"; ids are: ${recomputations.map((r) => r.id).join(', ')}`);
  return found;
}
