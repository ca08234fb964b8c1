import type { FigureContext } from '../figures/context.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { recoveryBenchmarks } from '../essay/collateralBenchmarks.ts';
import { asicPriceIndex, firmwareExample, industrialEquipment, reportedHashprices } from '../essay/documents.ts';
import sourcesJson from '../../content/sources.json' with { type: 'json' };

/**
 * The figure context for a catalogue: the machines, and the document figures the figures show
 * beside the reader's numbers (from src/essay). Pure, so tests build exactly what the site does.
 *
 * @example
 * figureContextOf(machines).asicPriceIndex // { peakUsdPerTh: 120, lowUsdPerTh: 15 }
 */
export function figureContextOf(machines: readonly MachineRef[]): FigureContext {
  const { model, joulesPerTerahash, hashpriceUsdPerThDay, efficiencyCutFraction, breakevenStockUsdPerMwh, breakevenTunedUsdPerMwh } = firmwareExample;
  return {
    machines,
    recoveryBenchmarks: recoveryBenchmarks.map(({ id, label, low, high, source, basis }) => ({ id, label, low, high, source, basis })),
    firmwareExample: { model, joulesPerTerahash, hashpriceUsdPerThDay, reported: { efficiencyCutFraction, breakevenStockUsdPerMwh, breakevenTunedUsdPerMwh } },
    asicPriceIndex: { peakUsdPerTh: asicPriceIndex.peakUsdPerTh, lowUsdPerTh: asicPriceIndex.lowUsdPerTh },
    industrialDepreciationPerYear: industrialEquipment.depreciationPerYearRange,
    sources: Object.fromEntries(sourcesJson.map((d) => [d.id, d.name])) as FigureContext['sources'],
    hashpriceReferences: reportedHashprices.map(({ id, label, usdPerPhDay, date, source }) => ({ id, label, usdPerPhDay, date, source: sourcesJson.find((d) => d.id === source)!.name })),
  };
}
