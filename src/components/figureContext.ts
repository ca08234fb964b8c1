import { getCollection, getEntry } from 'astro:content';
import type { FigureContext } from '../figures/context.ts';
import { figureEntry } from '../figures/registry.ts';
import type { EmbedInfo } from '../widgets/embedInfo.ts';
import { recoveryBenchmarks } from '../essay/collateralBenchmarks.ts';
import { machineRefs } from './machines.ts';
import { chapterHref } from './chapters.ts';

/**
 * The figure context every page hands its figures: the catalogue (trimmed to what widgets need)
 * and the document figures shown beside the reader's numbers. Built once per build.
 */
let built: Promise<FigureContext> | undefined;
export function figureContext(): Promise<FigureContext> {
  built ??= (async () => ({
    machines: await machineRefs(),
    recoveryBenchmarks: recoveryBenchmarks.map(({ id, label, low, high, source, basis }) => ({ id, label, low, high, source, basis })),
    // TEMPORARY until src/essay/documents.ts lands: the 2022 report's firmware example and ASIC index.
    firmwareExample: { model: 'Antminer S19j Pro', joulesPerTerahash: 30.5, hashpriceUsdPerThDay: 0.06, reported: { efficiencyCutFraction: 0.25, breakevenStockUsdPerMwh: 82, breakevenTunedUsdPerMwh: 109 } },
    asicPriceIndex: { peakUsdPerTh: 120, lowUsdPerTh: 15 },
  }))();
  return built;
}

/** Where a figure lives, for its actions and embed page: its chapter's path and its anchor. */
export async function embedInfo(id: string, embedded = false): Promise<EmbedInfo> {
  const entry = figureEntry(id);
  const chapter = await getEntry('chapters', entry.chapter);
  if (!chapter) throw new Error(`figure "${id}" names chapter "${entry.chapter}", which is not in content/chapters; chapters are: ${(await getCollection('chapters')).map((c) => c.id).join(', ')}`);
  return { id, title: entry.title, anchor: entry.anchor, chapterPath: chapterHref(chapter), height: entry.embedHeight, embedded };
}
