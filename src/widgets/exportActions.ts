// Loaded on demand (dynamic import) by FigureActions: nothing here is in a page's first load.
import { renderCard } from '../figures/card.ts';
import { exportFileName, figureCsv } from '../figures/csv.ts';
import { scenarioLine } from '../figures/scenarioLine.ts';
import type { FigureContext } from '../figures/context.ts';
import type { Figure } from '../figures/types.ts';
import type { Scenario, ScenarioKey } from '../scenario/schema.ts';

export interface ExportJob {
  figure: Figure;
  /** The figure's live address: printed on the card and carried by copied images. */
  url: string;
  scenario: Scenario;
  inputs: readonly ScenarioKey[];
  context: FigureContext;
}

/** The card of the figure as the reader sees it now, as an SVG document. */
export function cardSvg(job: ExportJob): string {
  return renderCard(job.figure, { url: job.url, scenarioLine: scenarioLine(job.scenario, job.inputs, job.context) });
}

/** Rasterises an SVG document with the browser's own renderer, at `scale` × its size. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no image'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The card as a PNG at 2× (2400 px wide). */
export function cardPng(job: ExportJob): Promise<Blob> {
  return svgToPng(cardSvg(job), 2);
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the card (PNG or SVG) or the table (CSV); returns the file name. */
export async function downloadFigure(job: ExportJob, kind: 'png' | 'svg' | 'csv'): Promise<string> {
  const name = exportFileName(job.figure.id, job.scenario.date, kind);
  if (kind === 'csv') save(new Blob([figureCsv(job.figure)], { type: 'text/csv;charset=utf-8' }), name);
  else if (kind === 'svg') save(new Blob([cardSvg(job)], { type: 'image/svg+xml' }), name);
  else save(await cardPng(job), name);
  return name;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

async function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

/**
 * Puts the card on the clipboard as an image, with HTML (the image linked to the live figure)
 * and plain text (the link) beside it, so a newsletter editor that takes the HTML keeps the link.
 * Where the browser does not allow images on the clipboard, downloads the PNG instead and says so.
 */
export async function copyCardImage(job: ExportJob, png: Promise<Blob>): Promise<string> {
  const html = png.then(async (b) => new Blob([`<a href="${escapeHtml(job.url)}"><img src="${await dataUrl(b)}" alt="${escapeHtml(job.figure.caption)}" width="600"></a><br><a href="${escapeHtml(job.url)}">${escapeHtml(job.figure.title)} — open the live figure</a>`], { type: 'text/html' }));
  const text = new Blob([job.url], { type: 'text/plain' });
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    const name = exportFileName(job.figure.id, job.scenario.date, 'png');
    save(await png, name);
    return `This browser cannot put images on the clipboard, so we downloaded ${name}; the figure’s link is ${job.url}`;
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png, 'text/html': html, 'text/plain': text })]);
    return 'Image copied, with the link to this figure. Paste it into your newsletter.';
  } catch {
    try {
      // Some browsers take only the image.
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      return `Image copied. Add the link by hand: ${job.url}`;
    } catch {
      const name = exportFileName(job.figure.id, job.scenario.date, 'png');
      save(await png, name);
      return `The browser did not allow the copy, so we downloaded ${name}; the figure’s link is ${job.url}`;
    }
  }
}
