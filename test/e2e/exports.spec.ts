// A figure's exports: the PNG and SVG card, the CSV table and the copied image, each of the
// scenario the reader sees. The expected card and table come from the figure functions
// (test/e2e/figures.ts) and the card renderer; the PNG is decoded, not just named.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { defaults, expect, machines, test } from './helpers.ts';
import { chapterPath, expectedFigure, figureContext, figureReady, scenarioOf } from './figures.ts';
import { figureEntry, figureRegistry } from '../../src/figures/registry.ts';
import { cardWidthPx, renderCard } from '../../src/figures/card.ts';
import { layoutChart } from '../../src/figures/chartLayout.ts';
import { scenarioLine } from '../../src/figures/scenarioLine.ts';
import { exportFileName } from '../../src/figures/csv.ts';
import { metric } from '../../src/figures/types.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { serializeLink } from '../../src/scenario/link.ts';

/** A changed scenario for the floor-value figure: another price, another machine, a longer payback. */
const floorQuery = `?price=${defaults.price + 13_824}&machine=${machines.filter((m) => m.id !== defaultScenario().machine)[0]!.id}&payback=${defaultScenario().payback + 6}&v=2`;

async function floorPage(page: Page): Promise<void> {
  await page.goto(`${chapterPath('floor-value')}${floorQuery}`);
  await figureReady(page, 'floor-value');
}

async function download(page: Page, figure: string, action: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-figure="${figure}"] [data-action="${action}"]`).click()]);
  return { file, bytes: await readFile((await file.path())!) };
}

/** Width and height from a PNG's IHDR chunk; throws unless the bytes start with the PNG signature and IHDR. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes a PNG in the page and returns its size and the share of pixels that are not (near) white. */
async function decodeInPage(page: Page, bytes: Buffer): Promise<{ width: number; height: number; inked: number }> {
  return page.evaluate(async (b64) => {
    // Bytes to a Blob in the page (a fetch of a data: URL is refused by the site's connect-src).
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 230 || data[i + 1]! < 230 || data[i + 2]! < 230)) inked++;
    return { width: bitmap.width, height: bitmap.height, inked: inked / (bitmap.width * bitmap.height) };
  }, bytes.toString('base64'));
}

/** The card the figure functions give for a link: the figure, its scenario line and its address (the link as the site writes it). */
function expectedCard(id: string, query: string, origin: string): { svg: string; url: string } {
  const entry = figureEntry(id);
  const s = scenarioOf(query);
  const qs = serializeLink(s);
  const url = `${origin}${chapterPath(id)}${qs ? `?${qs}` : ''}#${entry.anchor}`;
  return { url, svg: renderCard(expectedFigure(id, query), { url, scenarioLine: scenarioLine(s, entry.inputs, figureContext), layout: layoutChart }) };
}

test('Download PNG: a 2× card (2400 px wide) of the figure as shown, that is not blank', async ({ page }) => {
  await floorPage(page);
  const { file, bytes } = await download(page, 'floor-value', 'download-png');
  expect(file.suggestedFilename()).toBe(exportFileName('floor-value', scenarioOf(floorQuery).date, 'png'));
  const size = pngSize(bytes);
  expect(size.width).toBeGreaterThanOrEqual(1200);
  expect(size.width).toBe(2 * cardWidthPx);
  // As tall as the card of this scenario, at 2×.
  const card = expectedCard('floor-value', floorQuery, new URL(page.url()).origin);
  const cardHeight = Number(/^<svg[^>]* height="(\d+)"/.exec(card.svg)![1]);
  expect(size.height).toBe(2 * cardHeight);
  // It decodes, and it has ink: text and chart marks, not a white sheet.
  const decoded = await decodeInPage(page, bytes);
  expect(decoded).toMatchObject({ width: size.width, height: size.height });
  expect(decoded.inked, 'share of non-white pixels').toBeGreaterThan(0.02);
  await expect(page.locator('[data-figure="floor-value"] [data-action-message]')).toHaveText(`Downloaded ${file.suggestedFilename()}.`);
  await expect(page.locator('[data-live-region]')).toHaveText(`Downloaded ${file.suggestedFilename()}.`);
});

test("Download SVG: the card of the figure as shown, with its key numbers and its address", async ({ page }) => {
  await floorPage(page);
  const { file, bytes } = await download(page, 'floor-value', 'download-svg');
  expect(file.suggestedFilename()).toBe(exportFileName('floor-value', scenarioOf(floorQuery).date, 'svg'));
  const svg = bytes.toString('utf8');
  const texts = await page.evaluate((doc) => {
    const parsed = new DOMParser().parseFromString(doc, 'image/svg+xml');
    if (parsed.querySelector('parsererror')) throw new Error('the SVG does not parse');
    return [...parsed.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, svg);
  const figure = expectedFigure('floor-value', floorQuery);
  for (const name of figure.keyMetrics!) expect(texts, `the card shows ${name}`).toContain(metric(figure, name).text);
  const card = expectedCard('floor-value', floorQuery, new URL(page.url()).origin);
  // The address is wrapped over lines; read back in order, the lines give it whole.
  expect(texts.join(''), "the card carries the figure's address").toContain(card.url);
  // And it is exactly the card the renderer draws for this figure and scenario.
  expect(svg).toBe(card.svg);
});

test('Download CSV: the table the page shows, rows and raw values, with units in the headers', async ({ page }) => {
  await page.goto('/');
  await figureReady(page, 'machine-margins');
  await page.locator('[data-figure="machine-margins"] details.table-details > summary').click();
  // The reader adds a machine of their own: it joins the table, and so the CSV.
  await page.locator('#mm-ths').fill('321.5');
  await page.locator('#mm-ths').press('Tab');
  await page.locator('#mm-watts').fill('4321');
  await page.locator('#mm-watts').press('Tab');
  await expect(page.locator('[data-figure="machine-margins"] tr[data-machine="custom"]')).toHaveCount(1);
  await expect.poll(() => new URL(page.url()).searchParams.get('watts')).toBe('4321');
  const root = await figureReady(page, 'machine-margins');

  const { file, bytes } = await download(page, 'machine-margins', 'download-csv');
  expect(file.suggestedFilename()).toBe(exportFileName('machine-margins', scenarioOf(new URL(page.url()).search).date, 'csv'));
  const csv = csvParse(bytes.toString('utf8').replace(/^\uFEFF/, ''));

  // Headers: every column, its unit in brackets.
  const figure = expectedFigure('machine-margins', new URL(page.url()).search);
  expect(csv.columns).toEqual(figure.table.columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label)));
  expect(csv.columns.filter((h) => /\(.+\)$/.test(h)).length, 'numeric columns carry units').toBe(figure.table.columns.filter((c) => c.numeric).length);

  // Rows: the page's rows, in the page's order; metric cells carry the page's raw data-values.
  const pageRows = await root.evaluate((el) =>
    [...el.querySelectorAll<HTMLTableRowElement>('tr[data-machine]')].map((tr) => ({
      id: tr.dataset.machine!,
      values: Object.fromEntries([...tr.querySelectorAll<HTMLElement>('[data-value]')].map((td) => [td.dataset.metric!, td.dataset.value!])),
    })),
  );
  expect(csv.length).toBe(pageRows.length);
  expect(pageRows.map((r) => r.id)).toEqual(figure.table.rows.map((r) => figure.table.rowKey(r)));
  csv.forEach((line, i) => {
    const row = figure.table.rows[i]!;
    figure.table.columns.forEach((c, j) => {
      const cell = line[csv.columns[j]!];
      if (c.metric) expect(cell, `row ${pageRows[i]!.id}, ${c.label}: CSV = page data-value`).toBe(pageRows[i]!.values[c.metric]);
      expect(cell, `row ${pageRows[i]!.id}, ${c.label}: CSV = figure's raw value`).toBe(String(c.value(row)));
    });
  });
});

test("Download CSV of a table the page has not drawn (floor-value's months) matches the figure function", async ({ page }) => {
  await floorPage(page);
  const { bytes } = await download(page, 'floor-value', 'download-csv');
  const csv = csvParse(bytes.toString('utf8'));
  const { table } = expectedFigure('floor-value', floorQuery);
  expect(csv.columns).toEqual(table.columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label)));
  expect(csv.map((line) => csv.columns.map((h) => line[h]))).toEqual(table.rows.map((r) => table.columns.map((c) => String(c.value(r)))));
  expect(csv.length).toBe(scenarioOf(floorQuery).life);
});

test('Copy image: the clipboard holds the PNG card (or, where refused, the PNG is downloaded and the page says so)', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await floorPage(page);
  const fallback = page.waitForEvent('download', { timeout: 15_000 }).catch(() => null);
  await page.locator('[data-figure="floor-value"] [data-action="copy-image"]').click();
  const message = page.locator('[data-figure="floor-value"] [data-action-message]');
  // The outcome: copied (with or without the link), or downloaded instead.
  await expect(message).toHaveText(/^Image copied|downloaded no-floor-/, { timeout: 10_000 });
  const said = (await message.textContent()) ?? '';
  test.info().annotations.push({ type: 'copy-image path', description: said });
  const card = expectedCard('floor-value', floorQuery, new URL(page.url()).origin);
  const cardHeight = Number(/^<svg[^>]* height="(\d+)"/.exec(card.svg)![1]);

  let png: Buffer;
  if (said.startsWith('Image copied')) {
    const clip = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const out: Record<string, string> = {};
      for (const item of items)
        for (const type of item.types) {
          const blob = await item.getType(type);
          out[type] = type.startsWith('text/')
            ? await blob.text()
            : await new Promise<string>((resolve) => {
                const r = new FileReader();
                r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
                r.readAsDataURL(blob);
              });
        }
      return out;
    });
    expect(Object.keys(clip)).toContain('image/png');
    png = Buffer.from(clip['image/png']!, 'base64');
    // With the image, the link back to the live figure.
    if (said === 'Image copied, with the link to this figure. Paste it into your newsletter.') {
      expect(clip['text/plain']).toBe(card.url);
      expect(clip['text/html']).toContain(`href="${card.url.replace(/&/g, '&amp;')}"`);
    } else {
      expect(said).toBe(`Image copied. Add the link by hand: ${card.url}`);
    }
  } else {
    const file = await fallback;
    expect(file, `no image on the clipboard and no download; the page said: ${said}`).not.toBeNull();
    expect(said).toContain(`downloaded ${file!.suggestedFilename()}`);
    png = await readFile((await file!.path())!);
  }
  expect(pngSize(png)).toEqual({ width: 2 * cardWidthPx, height: 2 * cardHeight });
  expect((await decodeInPage(page, png)).inked).toBeGreaterThan(0.02);
});

test('the build-time images of every figure are 2400 px PNGs and SVG cards of the dated defaults', async ({ request }) => {
  for (const entry of figureRegistry) {
    const png = await request.get(entry.image);
    expect(png.ok(), entry.image).toBe(true);
    expect(png.headers()['content-type']).toContain('image/png');
    expect(pngSize(await png.body()).width, entry.image).toBe(2 * cardWidthPx);
    const svg = await (await request.get(entry.image.replace(/\.png$/, '.svg'))).text();
    const figure = entry.compute(defaultScenario(), figureContext);
    for (const name of figure.keyMetrics ?? figure.metrics.slice(0, 4).map((m) => m.name)) expect(svg, `${entry.id}.svg shows ${name}`).toContain(metric(figure, name).text.replace(/&/g, '&amp;'));
  }
});

// Where the browser has no image clipboard, or refuses it, the PNG is downloaded instead and the
// message says so. Both fallbacks are forced here (Chromium itself accepts the image, above).
for (const [what, init] of [
  ['has no ClipboardItem', () => Reflect.deleteProperty(window, 'ClipboardItem')],
  ['refuses the write', () => Object.defineProperty(navigator.clipboard, 'write', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })],
] as const) {
  test(`Copy image where the browser ${what}: the PNG is downloaded, and the page says so with the link`, async ({ page }) => {
    await page.addInitScript(init);
    await floorPage(page);
    const { file, bytes } = await download(page, 'floor-value', 'copy-image');
    expect(file.suggestedFilename()).toBe(exportFileName('floor-value', scenarioOf(floorQuery).date, 'png'));
    const card = expectedCard('floor-value', floorQuery, new URL(page.url()).origin);
    const message = page.locator('[data-figure="floor-value"] [data-action-message]');
    await expect(message).toContainText(`downloaded ${file.suggestedFilename()}`);
    await expect(message).toContainText(card.url);
    await expect(page.locator('[data-live-region]')).toHaveText((await message.textContent())!);
    expect(pngSize(bytes).width).toBe(2 * cardWidthPx);
  });
}
