// Shared helpers for the embed, sharing and export browser tests: the figure context built the way
// the site builds it (src/components/figureContext.ts), the expected figure for a link, and
// readers for a figure's data-values on a page. Not a spec file: nothing here runs on its own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect } from './helpers.ts';
import type { MachineRef } from '../../src/catalogue/machine.ts';
import { linkContextFor, type FigureContext } from '../../src/figures/context.ts';
import { figureEntry } from '../../src/figures/registry.ts';
import type { Figure } from '../../src/figures/types.ts';
import { recoveryBenchmarks } from '../../src/essay/collateralBenchmarks.ts';
import { parseLink } from '../../src/scenario/link.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

/** The catalogue trimmed as src/components/machines.ts trims it, in file order. */
const machineRefs: MachineRef[] = (JSON.parse(read('../../content/machines.json')) as MachineRef[]).map(({ id, maker, model, terahashPerSecond, watts, confirmed }) => ({
  id,
  maker,
  model,
  terahashPerSecond,
  watts,
  confirmed,
}));

/**
 * The document figures src/components/figureContext.ts writes inline (until src/essay/documents.ts
 * lands), read from that file's text so the tests never carry a copy of them. Throws, naming the
 * file, when the literal is no longer there: then import it from wherever it moved.
 */
function inlineLiteral(name: string): unknown {
  const path = '../../src/components/figureContext.ts';
  const text = read(path);
  const at = text.indexOf(`${name}:`);
  const start = text.indexOf('{', at);
  if (at < 0 || start < 0) throw new Error(`${path} no longer writes "${name}: { … }" inline; update test/e2e/figures.ts to import it from its new home`);
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return new Function(`return (${text.slice(start, i + 1)});`)();
  }
  throw new Error(`${path}: unbalanced braces after "${name}:"`);
}

/** The context every page hands its figures, built from the same sources the site's build uses. */
export const figureContext: FigureContext = {
  machines: machineRefs,
  recoveryBenchmarks: recoveryBenchmarks.map(({ id, label, low, high, source, basis }) => ({ id, label, low, high, source, basis })),
  firmwareExample: inlineLiteral('firmwareExample') as FigureContext['firmwareExample'],
  asicPriceIndex: inlineLiteral('asicPriceIndex') as FigureContext['asicPriceIndex'],
};

/**
 * Where a figure's chapter lives, as src/components/chapters.ts places it: the first chapter (by
 * its front matter's order) is the home page, the others at /<slug>/.
 */
export function chapterPath(figureId: string): string {
  const chapter = figureEntry(figureId).chapter;
  const order = /^order:\s*(\d+)\s*$/m.exec(read(`../../content/chapters/${chapter}.mdx`))?.[1];
  if (order === undefined) throw new Error(`content/chapters/${chapter}.mdx has no order in its front matter`);
  return Number(order) === 1 ? '/' : `/${chapter.replace(/^\d+-/, '')}/`;
}

/** The scenario a link's query string gives (the site's own link parser, with the catalogue's ids). */
export function scenarioOf(query: string): Scenario {
  return parseLink(query, linkContextFor(machineRefs)).scenario;
}

/** The figure a link shows, computed by the registry's figure function. */
export function expectedFigure(id: string, query = ''): Figure {
  return figureEntry(id).compute(scenarioOf(query), figureContext);
}

/**
 * The data-values a figure function says its widget carries: every metric, and every table cell
 * of a column that names a metric (keyed "<row>/<metric>"). Sorted by key.
 */
export function expectedValues(figure: Figure): [string, string][] {
  const out: [string, string][] = figure.metrics.map((m) => [m.name, String(m.value)]);
  const { table } = figure;
  for (const row of table.rows) for (const c of table.columns) if (c.metric) out.push([`${table.rowKey(row)}/${c.metric}`, String(c.value(row))]);
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function figureRoot(page: Page, id: string): Locator {
  return page.locator(`[data-figure="${id}"]`);
}

/** Waits until the figure has hydrated and is not stale (scrolling it into view first). */
export async function figureReady(page: Page, id: string): Promise<Locator> {
  const root = figureRoot(page, id);
  await expect(root).toHaveAttribute('data-hydrated', '');
  await root.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-figure][data-stale]')).toHaveCount(0);
  return root;
}

/**
 * Every data-value inside a figure, as [key, raw string], sorted by key: a metric's key is its
 * data-metric; a table cell's is "<row key>/<metric>" (the row key from the tr's data-* attribute).
 * Duplicate keys are kept (so a value shown twice must agree twice).
 */
export async function figureValues(root: Locator): Promise<[string, string][]> {
  const values = await root.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('[data-value]')].map((node) => {
      const tr = node.closest('tr');
      const rowAttr = tr ? [...tr.attributes].find((a) => a.name.startsWith('data-')) : undefined;
      return [`${rowAttr ? `${rowAttr.value}/` : ''}${node.dataset.metric ?? '?'}`, node.dataset.value ?? ''] as [string, string];
    }),
  );
  return values.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The distinct [key, value] pairs (a widget may show a metric twice, e.g. the chosen forward value). */
export function distinct(values: [string, string][]): [string, string][] {
  const seen = new Map<string, string>();
  for (const [k, v] of values) {
    const before = seen.get(k);
    if (before !== undefined && before !== v) throw new Error(`data-metric ${k} shows two values: ${before} and ${v}`);
    seen.set(k, v);
  }
  return [...seen];
}
