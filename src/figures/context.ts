import type { MachineRef } from '../catalogue/machine.ts';
import type { LinkContext } from '../scenario/link.ts';

/**
 * What a figure needs beyond the scenario: the catalogue and the document figures it shows
 * beside the reader's numbers. The page builds it once (from content/ and src/essay/) and hands
 * it to every figure, so no figure imports the catalogue or the essay.
 */
export interface FigureContext {
  machines: readonly MachineRef[];
  /** Recovery shares the documents give, as fractions of the earlier value recovered. */
  recoveryBenchmarks: readonly RecoveryBenchmarkRef[];
  /** The 2022 report's firmware example: a machine at a hashprice, before and after a J/TH cut. */
  firmwareExample: {
    model: string;
    joulesPerTerahash: number;
    hashpriceUsdPerThDay: number;
    /** What the report says the cut does: its cut, and the breakevens before and after, USD per MWh. */
    reported: { efficiencyCutFraction: number; breakevenStockUsdPerMwh: number; breakevenTunedUsdPerMwh: number };
  };
  /** The ASIC price index levels the 2022 report cites, USD per TH. */
  asicPriceIndex: { peakUsdPerTh: number; lowUsdPerTh: number };
  /** The yearly loss of value of industrial machinery the op-ed cites, [low, high] as fractions. */
  industrialDepreciationPerYear: readonly [number, number];
  /** Hashprices the documents report (USD per PH/s per day), each dated and sourced: what a breakeven is read against. */
  hashpriceReferences: readonly HashpriceReference[];
  /** Each source document's name as readers read it (content/sources.json `name`), by id. */
  sources: Record<'S000' | 'S001' | 'S002' | 'S003', string>;
}

export interface HashpriceReference {
  id: string;
  label: string;
  usdPerPhDay: number;
  date: string;
  /** The document, as a reader reads it (its name in content/sources.json). */
  source: string;
}

export interface RecoveryBenchmarkRef {
  id: string;
  label: string;
  low: number;
  high: number;
  /** The source as a reader reads it: document, author or publisher, date. */
  source: string;
  basis: string;
}

/**
 * The link parser's context for a catalogue: which machine ids a link may name, and their names
 * for notices. Passed to the scenario store, so no code reads the catalogue from the page.
 *
 * @example
 * linkContextFor([{ id: 'antminer-s19', model: 'Antminer S19', … }]).choices?.machine // ['antminer-s19', 'custom']
 */
export function linkContextFor(machines: readonly Pick<MachineRef, 'id' | 'model'>[]): LinkContext {
  return {
    choices: { machine: [...machines.map((m) => m.id), 'custom'] },
    labels: { machine: Object.fromEntries(machines.map((m) => [m.id, m.model])) },
  };
}
