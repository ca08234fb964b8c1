import { getCollection, getEntry } from 'astro:content';
import type { FigureContext } from '../figures/context.ts';
import { figureEntry } from '../figures/registry.ts';
import type { EmbedInfo } from '../widgets/embedInfo.ts';
import { figureContextOf } from './figureContextOf.ts';
import { machineRefs } from './machines.ts';
import { chapterHref } from './chapters.ts';

/** The figure context every page hands its figures, built once per build from the catalogue. */
let built: Promise<FigureContext> | undefined;
export function figureContext(): Promise<FigureContext> {
  built ??= machineRefs().then(figureContextOf);
  return built;
}

/** Where a figure lives, for its actions and embed page: its chapter's path and its anchor. */
export async function embedInfo(id: string, embedded = false): Promise<EmbedInfo> {
  const entry = figureEntry(id);
  const chapter = await getEntry('chapters', entry.chapter);
  if (!chapter) throw new Error(`figure "${id}" names chapter "${entry.chapter}", which is not in content/chapters; chapters are: ${(await getCollection('chapters')).map((c) => c.id).join(', ')}`);
  return { id, title: entry.title, anchor: entry.anchor, chapterPath: chapterHref(chapter), height: entry.embedHeight, embedded };
}
