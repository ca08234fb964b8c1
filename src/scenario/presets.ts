// Dated scenarios from the documents: each preset is a plain set of link parameters (price,
// difficulty, date, and the subsidy when the date alone would not set it), so a preset is a link
// like any other and needs no parameter of its own. Where a document gives no price or difficulty
// for the moment, the preset derives it with the model from what the document does give, and says
// how (src/scenario/presetNotes.ts, which only the timeline loads). A test recomputes each preset's
// anchor figure from its settings.
import { difficultyTFromHashrate } from '../model/difficulty.ts';
import { priceUsdPerBtcForHashprice } from '../model/hashprice.ts';
import type { Scenario } from './schema.ts';

export interface Preset {
  id: string;
  /** Its date, what it is and its source: "31 Dec 2022: hashprice at six cents (Surviving the Perfect Storm)". */
  label: string;
  /** The settings the preset applies (everything else stays as the reader set it). */
  settings: Pick<Scenario, 'price' | 'diff' | 'date' | 'subsidy' | 'fees'>;
}

/** The BTC price at which a hashprice (USD per PH/s per day) holds at a difficulty and subsidy (no fees). */
const priceFor = (usdPerPhDay: number, difficultyT: number, subsidyBtc: number) => priceUsdPerBtcForHashprice({ hashpriceUsdPerThDay: usdPerPhDay / 1000, difficultyT, subsidyBtc, feesBtcPerBlock: 0 });
const round = (x: number, step: number) => Number((Math.round(x / step) * step).toFixed(6));

// 31 Dec 2022: $0.06/TH/day at 35.4 T and 6.25 BTC gives the price.
export const end2022Price = round(priceFor(60, 35.4, 6.25), 1);
export const autumn2025Diff = round(difficultyTFromHashrate(1030), 0.1);
export const autumn2025Price = round(priceFor(47, autumn2025Diff, 3.125), 1);
export const halving2024Diff = round(difficultyTFromHashrate(325), 0.1);

export const presets: readonly Preset[] = [
  { id: 'nov-2022-peak', label: '20 Nov 2022: the 2022 difficulty peak (Surviving the Perfect Storm)', settings: { price: 16_500, diff: 37, date: '2022-11-20', subsidy: null, fees: 0 } },
  { id: 'end-2022', label: '31 Dec 2022: hashprice at six cents (Surviving the Perfect Storm)', settings: { price: end2022Price, diff: 35.4, date: '2022-12-31', subsidy: null, fees: 0 } },
  { id: 'halving-2024-forecast', label: 'Apr 2024: the halving, as Surviving the Perfect Storm foresaw it', settings: { price: 25_000, diff: halving2024Diff, date: '2024-04-20', subsidy: 3.125, fees: 0 } },
  { id: 'autumn-2025', label: 'Sep 2025: the first 1.03 ZH/s month (TheMinerMag)', settings: { price: autumn2025Price, diff: autumn2025Diff, date: '2025-09-15', subsidy: null, fees: 0 } },
  { id: 'feb-2026', label: '2 Feb 2026: the f2pool snapshot (the capitulation feature; the defaults)', settings: { price: 76_176, diff: 141, date: '2026-02-02', subsidy: null, fees: 0 } },
];

/** A preset by id. Throws with the known ids. */
export function preset(id: string): Preset {
  const found = presets.find((p) => p.id === id);
  if (!found) throw new Error(`no preset "${id}"; presets are: ${presets.map((p) => p.id).join(', ')}`);
  return found;
}
