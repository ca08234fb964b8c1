import sourcesJson from '../../content/sources.json' with { type: 'json' };
import { number, usdWhole } from '../format/index.ts';
import { recoveryFraction } from '../model/recovery.ts';
import { asicPriceIndex, asicValueFall2022Range, industrialEquipment, nfn8, type SourceId } from './documents.ts';

/**
 * Recovery benchmarks the documents give, as fractions of an earlier value recovered, each with
 * its source as readers read it. Ranges are [low, high]. Every number comes from documents.ts or is
 * computed from its figures. The earlier value is not the same for every row (replacement cost for
 * industrial equipment, the peak price for ASICs), so each row names its base in `base`, in its
 * label and at the start of its basis.
 *
 * @example
 * recoveryBenchmarks[0].source // 'Op-ed on ASIC-backed loans, Ben Vincenzi (BTSF), Feb 2026'
 * recoveryBenchmarks[2].low    // 0.125 ($15/TH ÷ $120/TH)
 */
export interface RecoveryBenchmark {
  id: string;
  label: string;
  low: number;
  high: number;
  /** For tests and tools; readers see `source`. */
  sourceId: SourceId;
  /** The source as a reader reads it: document, author or publisher, date (content/sources.json `name`). */
  source: string;
  factIds: string[];
  /** What the share is a share of: 'replacement cost', 'peak value', … */
  base: string;
  basis: string;
}

const sources = sourcesJson as { id: string; name: string }[];

/** The document's name for readers, from content/sources.json. */
function sourceName(id: SourceId): string {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`no source "${id}" in content/sources.json`);
  return found.name;
}

/** A fraction as a whole number of percent, for "20–40 %": 0.2 → "20". */
const pct = (fraction: number) => number(fraction * 100);

const [recoveryLow, recoveryHigh] = industrialEquipment.forcedSaleRecoveryRange;
const [fallLow, fallHigh] = asicValueFall2022Range;
const indexKept = recoveryFraction({ recoveredUsd: asicPriceIndex.lowUsdPerTh, referenceUsd: asicPriceIndex.peakUsdPerTh });
const [nfn8PeakLowUsd, nfn8PeakHighUsd] = nfn8.peakUnitPriceUsd;
const nfn8UsdPerUnitAtMost = nfn8.machinesValueUsdAtMost / nfn8.unitsAtLeast;

export const recoveryBenchmarks: RecoveryBenchmark[] = [
  {
    id: 'industrial',
    label: 'Specialised industrial equipment, forced sale (share of replacement cost)',
    low: recoveryLow,
    high: recoveryHigh,
    sourceId: 'S000',
    source: sourceName('S000'),
    factIds: ['S000-011'],
    base: 'replacement cost',
    basis: `share of replacement cost: ${pct(recoveryLow)}–${pct(recoveryHigh)} %, the benchmark asset-based lenders rely on`,
  },
  {
    id: 'asics-2022',
    label: 'ASICs in the 2022 bear market (share of peak value)',
    low: 1 - fallHigh,
    high: 1 - fallLow,
    sourceId: 'S000',
    source: sourceName('S000'),
    factIds: ['S000-013'],
    base: 'peak value',
    basis: `share of peak value: values fell ${pct(fallLow)}–${pct(fallHigh)} %, so ${pct(1 - fallHigh)}–${pct(1 - fallLow)} % was left`,
  },
  {
    id: 'asic-index-2022',
    label: 'ASIC price index, 2021 peak to 2022 low (share of peak price)',
    low: indexKept,
    high: indexKept,
    sourceId: 'S001',
    source: sourceName('S001'),
    factIds: ['S001-065', 'S001-058'],
    base: 'peak price',
    basis: `share of peak price: about ${usdWhole(asicPriceIndex.peakUsdPerTh)} per TH at the peak, as low as ${usdWhole(asicPriceIndex.lowUsdPerTh)} per TH: ${asicPriceIndex.lowUsdPerTh} ÷ ${asicPriceIndex.peakUsdPerTh}`,
  },
  {
    id: 'nfn8-2026',
    label: 'NFN8 bankruptcy, February 2026 (share of bull-market unit price)',
    low: recoveryFraction({ recoveredUsd: nfn8UsdPerUnitAtMost, referenceUsd: nfn8PeakHighUsd }),
    high: recoveryFraction({ recoveredUsd: nfn8UsdPerUnitAtMost, referenceUsd: nfn8PeakLowUsd }),
    sourceId: 'S000',
    source: sourceName('S000'),
    factIds: ['S000-002', 'S000-006', 'S000-008'],
    base: 'bull-market unit price',
    basis: `share of bull-market unit price: under ${usdWhole(nfn8.machinesValueUsdAtMost)} for over ${number(nfn8.unitsAtLeast)} machines is at most ${usdWhole(nfn8UsdPerUnitAtMost)} a unit, against ${usdWhole(nfn8PeakLowUsd)}–${usdWhole(nfn8PeakHighUsd)} at the peak`,
  },
];
