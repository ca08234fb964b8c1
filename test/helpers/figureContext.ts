// The figure context the site builds (src/components/figureContext.ts), rebuilt for tests from the
// same files, without Astro's content layer: the catalogue from content/machines.json and the
// document figures from src/essay.
import machinesJson from '../../content/machines.json' with { type: 'json' };
import type { FigureContext } from '../../src/figures/context.ts';
import type { MachineRef } from '../../src/catalogue/machine.ts';
import type { EmbedInfo } from '../../src/widgets/embedInfo.ts';
import { figureEntry } from '../../src/figures/registry.ts';
import { figureContextOf } from '../../src/components/figureContextOf.ts';

export const catalogue: MachineRef[] = (machinesJson as MachineRef[]).map(
  ({ id, maker, model, terahashPerSecond, watts, confirmed }) => ({ id, maker, model, terahashPerSecond, watts, confirmed }),
);

/** The site's figure context (src/components/figureContextOf.ts), optionally with another catalogue. */
export function testContext(machines: readonly MachineRef[] = catalogue): FigureContext {
  return figureContextOf(machines);
}

const chapterPaths: Record<string, string> = { '01-what-a-terahash-earns': '/', '02-no-floor': '/no-floor/', '03-hashrate-answers-back': '/hashrate-answers-back/', '04-underwriting-hashprice': '/underwriting-hashprice/', '05-power-is-the-collateral': '/power-is-the-collateral/', '06-balance-sheets': '/balance-sheets/', '07-one-cycle-dated': '/one-cycle-dated/' };

/** A figure's embed info as the site builds it. */
export function testEmbed(id: string, embedded = false): EmbedInfo {
  const e = figureEntry(id);
  return { id, title: e.title, anchor: e.anchor, chapterPath: chapterPaths[e.chapter] ?? '/', height: e.embedHeight, embedded };
}
