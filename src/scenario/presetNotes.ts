// How each dated preset (src/scenario/presets.ts) is built and what document figure it must
// reproduce: kept apart from the presets themselves, which the scenario bar on every page loads,
// because only the timeline shows these notes.
import { autumn2025Diff, autumn2025Price, end2022Price, halving2024Diff } from './presets.ts';

export interface PresetNote {
  /** Where the settings come from, in words, naming the documents by fact id. */
  how: string;
  /**
   * The document figure the preset is built to show, with the tolerance it must reproduce within:
   * a hashprice (USD per PH/s per day), a network hashrate (EH/s) or a price range (USD per BTC).
   */
  reproduces: { what: string; fact: string; measure: 'hashprice' | 'hashrate' | 'price'; target: number | readonly [number, number]; relTolerance: number };
}

export const presetNotes: Record<string, PresetNote> = {
  'nov-2022-peak': {
    how: 'Difficulty 37.0 T on 20 November 2022; the price is the middle of the $15,000–$18,000 range the 2022 report gives for the quarter after FTX.',
    reproduces: { what: 'a price inside the report’s $15,000–$18,000 range for the quarter', fact: 'S001-021', measure: 'price', target: [15_000, 18_000], relTolerance: 0 },
  },
  'end-2022': {
    how: `Difficulty 35.4 T at the close of 2022; the report gives no closing price, so the price is the one at which its year-end hashprice of $0.06/TH/day holds: $${end2022Price.toLocaleString('en-US')}.`,
    reproduces: { what: 'the year-end hashprice of $0.06 per TH/s a day', fact: 'S001-022', measure: 'hashprice', target: 60, relTolerance: 0.001 },
  },
  'halving-2024-forecast': {
    how: `No document gives the price or difficulty at the April 2024 halving. This preset is the 2022 report’s base case for 2023 carried to it: bitcoin at its $25,000 average and the 325 EH/s it expected by the end of 2023, which is ${halving2024Diff} T, with the subsidy just halved to 3.125 BTC. A forecast, not what happened.`,
    reproduces: { what: 'the 325 EH/s the report expected by the end of 2023', fact: 'S001-010', measure: 'hashrate', target: 325, relTolerance: 0.001 },
  },
  'autumn-2025': {
    how: `The network averaged 1.03 ZH/s for the first time around September 2025: ${autumn2025Diff} T. Hashprice dipped below $47/PH/day then; the price is the one at which it is exactly $47: $${autumn2025Price.toLocaleString('en-US')}.`,
    reproduces: { what: 'hashprice at the $47 per PH/s per day it dipped below', fact: 'S002-015', measure: 'hashprice', target: 47, relTolerance: 0.001 },
  },
  'feb-2026': {
    how: 'f2pool’s dashboard on 2 February 2026: BTC $76,176 and $0.034/TH/day; 141 T is the difficulty at which that hashprice holds (the essay’s defaults).',
    reproduces: { what: 'f2pool’s $0.034 per TH/s a day', fact: 'S003-015', measure: 'hashprice', target: 34, relTolerance: 0.015 },
  },
};
