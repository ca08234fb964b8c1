import { recoveryFraction } from '../model/recovery.ts';

/**
 * Recovery benchmarks the documents give, as fractions of the earlier value recovered, each with
 * its source. Ranges are [low, high]. Every number is computed from the documents' own figures.
 */
export interface RecoveryBenchmark {
  id: string;
  label: string;
  low: number;
  high: number;
  sourceId: 'S000' | 'S001';
  /** The source as a reader reads it: document, author or publisher, date. */
  source: string;
  factIds: string[];
  basis: string;
}

const opEd = 'Op-ed on ASIC-backed loans, Ben Vincenzi (BTSF), Feb 2026';
const report2022 = 'Surviving the Perfect Storm (the year-end report on 2022 mining), 25 Jan 2023';

const nfn8MachinesAtLeast = 5_000; // S000-002: "over 5,000"
const nfn8TotalUsdAtMost = 50_000; // S000-006: "under $50,000"
const nfn8PeakUsdPerUnit = [5_000, 10_000] as const; // S000-008
const nfn8UsdPerUnitAtMost = nfn8TotalUsdAtMost / nfn8MachinesAtLeast;

export const recoveryBenchmarks: RecoveryBenchmark[] = [
  {
    id: 'industrial',
    label: 'Specialised industrial equipment, forced sale',
    low: 0.2,
    high: 0.4,
    sourceId: 'S000',
    source: opEd,
    factIds: ['S000-011'],
    basis: '20–40 % of replacement cost, the benchmark asset-based lenders rely on',
  },
  {
    id: 'asics-2022',
    label: 'ASICs in the 2022 bear market',
    low: 1 - 0.91,
    high: 1 - 0.85,
    sourceId: 'S000',
    source: opEd,
    factIds: ['S000-013'],
    basis: 'values fell 85–91 %, so 9–15 % was left',
  },
  {
    id: 'asic-index-2022',
    label: 'ASIC price index, 2021 peak to late 2022',
    low: recoveryFraction({ recoveredUsd: 15, referenceUsd: 120 }),
    high: recoveryFraction({ recoveredUsd: 15, referenceUsd: 120 }),
    sourceId: 'S001',
    source: report2022,
    factIds: ['S001-065', 'S001-058'],
    basis: 'about $120 per TH at the peak, as low as $15 per TH: 15 ÷ 120',
  },
  {
    id: 'nfn8-2026',
    label: 'NFN8 bankruptcy, February 2026',
    low: recoveryFraction({ recoveredUsd: nfn8UsdPerUnitAtMost, referenceUsd: nfn8PeakUsdPerUnit[1] }),
    high: recoveryFraction({ recoveredUsd: nfn8UsdPerUnitAtMost, referenceUsd: nfn8PeakUsdPerUnit[0] }),
    sourceId: 'S000',
    source: opEd,
    factIds: ['S000-002', 'S000-006', 'S000-008'],
    basis: 'under $50,000 for over 5,000 machines is at most $10 a unit, against $5,000–$10,000 at the peak',
  },
];
