import { getEntry } from 'astro:content';
import { figureEntry } from '../figures/registry.ts';
import { renderCard } from '../figures/card.ts';
import { layoutChart } from '../figures/chartLayout.ts';
import { scenarioLine } from '../figures/scenarioLine.ts';
import { defaultScenario } from '../scenario/schema.ts';
import { figureContext } from './figureContext.ts';
import { chapterHref } from './chapters.ts';

/**
 * A figure's card at the dated defaults, as an SVG document, with the address of the figure in
 * its chapter printed on it. Used at build time for /figures/<id>.svg and .png.
 */
export async function defaultCardSvg(id: string, site: URL | undefined): Promise<string> {
  const entry = figureEntry(id);
  const context = await figureContext();
  const chapter = await getEntry('chapters', entry.chapter);
  const path = chapter ? chapterHref(chapter) : '/';
  const url = new URL(`${path}#${entry.anchor}`, site ?? 'http://127.0.0.1:4321').href;
  const s = defaultScenario();
  return renderCard(entry.compute(s, context), { url, scenarioLine: scenarioLine(s, entry.inputs, context), layout: layoutChart });
}
