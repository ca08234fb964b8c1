// Shared helpers for the embed, sharing and export browser tests: the figure context built the way
// the site builds it, the expected figure for a link, and readers for a figure's data-values on a
// page. Not a spec file: nothing here runs on its own.
import type { Locator, Page } from '@playwright/test';
import { expect, settled } from './helpers.ts';
import { testContext, testEmbed } from '../helpers/figureContext.ts';
import { linkContextFor, type FigureContext } from '../../src/figures/context.ts';
import { figureEntry } from '../../src/figures/registry.ts';
import type { Figure } from '../../src/figures/types.ts';
import { parseLink } from '../../src/scenario/link.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

/**
 * The context every page hands its figures, rebuilt from the same sources as the site's build
 * (test/helpers/figureContext.ts: content/machines.json and src/essay).
 */
export const figureContext: FigureContext = testContext();

/** Where a figure's chapter lives ("/", "/no-floor/"), as the site's embed info gives it. */
export function chapterPath(figureId: string): string {
  return testEmbed(figureId).chapterPath;
}

/** The scenario a link's query string gives (the site's own link parser, with the catalogue's ids). */
export function scenarioOf(query: string): Scenario {
  return parseLink(query, linkContextFor(figureContext.machines)).scenario;
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
  // Scrolled to first: some widgets (the formula cells) hydrate only as they near the screen.
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-hydrated', '');
  await settled(page);
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

/**
 * Starts recording what the page's live region says (every text it is given, in order) and
 * returns a reader for the record. The region is shared: a later announcement (the scenario
 * bar's summary, 0.7 s after a change) may replace an earlier one before a test looks, so tests
 * check the record rather than the region's current text.
 */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-live-region]');
    if (!region) throw new Error('the page has no [data-live-region]');
    const w = window as unknown as { __announced: string[] };
    w.__announced = [];
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && w.__announced.at(-1) !== text) w.__announced.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
}
