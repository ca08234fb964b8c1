import { figureEntry } from '../figures/registry.ts';
import type { Figure } from '../figures/types.ts';
import { defaultScenario } from '../scenario/schema.ts';
import { formatters, type FormatName } from '../format/named.ts';
import { figureContext } from './figureContext.ts';

const built = new Map<string, Promise<Figure>>();

/** A registered figure at the dated defaults, computed once per build, for server-rendered prose. */
export function defaultFigure(id: string): Promise<Figure> {
  let f = built.get(id);
  if (!f) built.set(id, (f = figureContext().then((c) => figureEntry(id).compute(defaultScenario(), c))));
  return f;
}

/**
 * What a live number or word says at the defaults: a metric's text (or its value through a named
 * formatter), or one of the figure's words. Throws, naming what exists, when the name is not one
 * of the figure's (a chapter's typo fails the build).
 */
export function proseValue(figure: Figure, ref: { metric?: string; text?: string; format?: string; optional?: boolean }): { text: string; value?: number } {
  // An optional name may be absent at the defaults (it belongs to a claim's variant not shown there): a dash, as the page shows.
  if (ref.optional && !(ref.text ? ref.text in (figure.texts ?? {}) : figure.metrics.some((x) => x.name === ref.metric))) return { text: '—' };
  if (ref.text) {
    const word = figure.texts?.[ref.text];
    if (word === undefined) throw new Error(`figure "${figure.id}" has no text "${ref.text}"; it has: ${Object.keys(figure.texts ?? {}).join(', ') || 'none'}`);
    return { text: word };
  }
  const m = figure.metrics.find((x) => x.name === ref.metric);
  if (!m) throw new Error(`figure "${figure.id}" has no metric "${ref.metric}"; it has: ${figure.metrics.map((x) => x.name).join(', ')}`);
  if (ref.format && !(ref.format in formatters)) throw new Error(`no format "${ref.format}"; formats are: ${Object.keys(formatters).join(', ')}`);
  return { text: ref.format ? formatters[ref.format as FormatName](m.value) : m.text, value: m.value };
}
