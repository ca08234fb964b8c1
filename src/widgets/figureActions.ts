// What a figure's action buttons do. Loaded on demand (dynamic import) by FigureActions.svelte the
// first time a reader presses one: nothing here is in a page's first load.
import { renderCard } from '../figures/card.ts';
import { pageLayout } from '../charts/layouts.ts';
import { exportFileName, figureCsv } from '../figures/csv.ts';
import { scenarioLine } from '../figures/scenarioLine.ts';
import type { FigureContext } from '../figures/context.ts';
import type { Figure } from '../figures/types.ts';
import type { Scenario, ScenarioKey } from '../scenario/schema.ts';
import { currentLink, currentQuery } from '../scenario/sync.svelte.ts';
import type { EmbedInfo } from './embedInfo.ts';
import { announce } from './announce.ts';
import { link, scenario } from '../scenario/store.svelte.ts';
import { serializeLink } from '../scenario/link.ts';
import { pageContext } from './hydrate.ts';
import { currentFigure } from './figureGate.svelte.ts';

export type Action = 'copy-link' | 'embed' | 'copy-image' | 'download-png' | 'download-svg' | 'download-csv';

export interface ActionJob {
  figure: Figure;
  scenario: Scenario;
  inputs: readonly ScenarioKey[];
  context: FigureContext;
  embed: EmbedInfo;
  /** The figure's root element (its height sizes the embed snippet). */
  root: HTMLElement | null;
}

/**
 * Everything an action needs, read now: the figure's view model as the widget shows it (at the
 * current scenario), the inputs it reads and where it lives (from its island), and the page's
 * context.
 */
export function actionJob(root: HTMLElement): ActionJob {
  const figure = currentFigure<Figure>(root);
  if (!figure) throw new Error(`the figure "${root.dataset.figure}" has not started yet`);
  const island = root.closest<HTMLElement>('[data-island]');
  const { embed } = JSON.parse(island?.dataset.props ?? '{}') as { embed: EmbedInfo };
  const inputs = JSON.parse(island?.dataset.inputs ?? '[]') as ScenarioKey[];
  return { figure, scenario: { ...scenario }, inputs, context: pageContext(), embed, root };
}

/** The figure's address in the essay: its chapter, the scenario, its anchor. */
/** The scenario's query string for a figure's links: with the settings the figure must carry (the formula cells it shows). */
const figureQuery = (job: Pick<ActionJob, 'figure'>) => (job.figure.linkScenario ? serializeLink({ ...scenario, ...job.figure.linkScenario }, link.passthrough) : currentQuery());

export const figureUrl = (job: Pick<ActionJob, 'embed' | 'figure'>) => {
  if (!job.figure.linkScenario) return currentLink(job.embed.anchor, job.embed.chapterPath);
  const q = figureQuery(job);
  return `${location.origin}${job.embed.chapterPath}${q ? `?${q}` : ''}#${job.embed.anchor}`;
};

/** The card of the figure as the reader sees it now, as an SVG document. */
export function cardSvg(job: ActionJob): string {
  return renderCard(job.figure, { url: figureUrl(job), scenarioLine: scenarioLine(job.scenario, job.inputs, job.context), layout: pageLayout });
}

/** Rasterises an SVG document with the browser's own renderer, at `scale` × its size. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
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
export const cardPng = (job: ActionJob) => svgToPng(cardSvg(job), 2);

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

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

/** The HTML that goes on the clipboard with the image: the picture, linked to the live figure. */
export async function cardHtml(job: ActionJob, png: Blob): Promise<Blob> {
  const url = escapeHtml(figureUrl(job));
  const html = `<a href="${url}"><img src="${await dataUrl(png)}" alt="${escapeHtml(job.figure.caption)}" width="600"></a><br><a href="${url}">${escapeHtml(job.figure.title)}: open the live figure</a>`;
  return new Blob([html], { type: 'text/html' });
}

/**
 * Copies the card as an image with the link beside it (HTML and plain text), so a newsletter
 * editor that takes the HTML keeps the link. `write` is the clipboard write the click started;
 * where the browser refused it, the PNG is downloaded instead and the message says so.
 */
async function copyImage(job: ActionJob, write: Promise<void> | null): Promise<string> {
  const url = figureUrl(job);
  const name = exportFileName(job.figure.id, job.scenario.date, 'png');
  if (write) {
    try {
      await write;
      return 'Image copied, with the link to this figure. Paste it into your newsletter.';
    } catch {
      // Some browsers take only the image.
      try {
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': cardPng(job) })]);
        return `Image copied. Add the link by hand: ${url}`;
      } catch {
        /* fall through to the download */
      }
    }
  }
  save(await cardPng(job), name);
  return `This browser did not let the page put an image on the clipboard, so we downloaded ${name}. The figure’s link: ${url}`;
}

/** The iframe code for the figure at the current scenario (and a theme), with or without the host script. */
export function embedSnippet(job: Pick<ActionJob, 'embed' | 'figure'>, height: number, theme: 'auto' | 'light' | 'dark', withScript: boolean): string {
  const params = new URLSearchParams(figureQuery(job));
  if (theme !== 'auto') params.set('theme', theme);
  const q = params.toString();
  const src = `${location.origin}/embed/${job.embed.id}/${q ? `?${q}` : ''}`;
  const iframe =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(job.embed.title)} (No Floor)" width="100%" height="${height}" ` +
    `style="width:100%;height:${height}px;border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads" allow="clipboard-write"></iframe>`;
  return withScript ? `${iframe}\n<script async src="${location.origin}/embed.js"></script>` : iframe;
}

let dialog: HTMLDialogElement | undefined;

/** The embed dialog: one per page, filled for the figure it was opened from. */
function openEmbedDialog(job: ActionJob, opener: HTMLElement): void {
  dialog?.remove();
  const id = `${job.embed.id}-embed`;
  const height = Math.ceil(job.root?.getBoundingClientRect().height ?? job.embed.height);
  // One level under the figure's title: h4 in a chapter (title h3), h2 on its embed page (title h1).
  const level = job.embed.embedded ? 'h2' : 'h4';
  dialog = document.createElement('dialog');
  dialog.className = 'embed-dialog';
  dialog.dataset.embedDialog = '';
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  dialog.innerHTML = `
    <${level} id="${id}-title" class="embed-dialog__title">Embed “${escapeHtml(job.embed.title)}”</${level}>
    <p class="note">The figure, live, at the scenario you see now. Paste the code into a web page or a blog post: readers can move its sliders and open it in the essay.</p>
    <div class="embed-dialog__options">
      <label>Theme <select data-embed-theme>
        <option value="auto">Follow the reader’s system</option><option value="light">Light</option><option value="dark">Dark</option>
      </select></label>
      <label><input type="checkbox" data-embed-script checked> Resize to fit (adds one script line)</label>
    </div>
    <label class="embed-dialog__code">Embed code<textarea readonly rows="7" data-embed-snippet></textarea></label>
    <p class="note">An email newsletter shows no live figures: use “Copy image” instead, which puts a picture of this figure on the clipboard with the link back to it.</p>
    <div class="embed-dialog__actions">
      <button type="button" class="button" data-action="copy-embed">Copy embed code</button>
      <button type="button" class="button button--quiet" data-close>Close</button>
      <span class="note" data-embed-message></span>
    </div>`;
  const d = dialog;
  const q = <T extends Element>(sel: string) => d.querySelector<T>(sel)!;
  const fill = () => (q<HTMLTextAreaElement>('[data-embed-snippet]').value = embedSnippet(job, height, q<HTMLSelectElement>('[data-embed-theme]').value as 'auto', q<HTMLInputElement>('[data-embed-script]').checked));
  fill();
  q('[data-embed-theme]').addEventListener('change', fill);
  q('[data-embed-script]').addEventListener('change', fill);
  q('[data-embed-snippet]').addEventListener('focus', (e) => (e.currentTarget as HTMLTextAreaElement).select());
  q('[data-close]').addEventListener('click', () => d.close());
  q('[data-action="copy-embed"]').addEventListener('click', async () => {
    let text: string;
    try {
      await navigator.clipboard.writeText(q<HTMLTextAreaElement>('[data-embed-snippet]').value);
      text = 'Embed code copied.';
    } catch {
      text = 'Select the code above and copy it (Ctrl+C or ⌘C).';
    }
    q('[data-embed-message]').textContent = text;
    announce(text);
  });
  d.addEventListener('close', () => {
    d.remove();
    opener.focus();
  });
  (opener.closest('[data-figure]') ?? document.body).append(d);
  d.showModal();
}

/**
 * Runs one action for the figure whose root is `root`, and says what happened in the figure's
 * message line and the page's live region. `write` is a clipboard write already started inside
 * the click.
 */
export async function runAction(action: Action, root: HTMLElement, opener: HTMLElement, write: Promise<void> | null = null): Promise<void> {
  const line = root.querySelector<HTMLElement>('[data-action-message]');
  const say = (text: string) => {
    if (line) line.textContent = text;
    announce(text);
  };
  try {
    const job = actionJob(root);
    if (action === 'copy-link') {
      const url = figureUrl(job);
      try {
        await navigator.clipboard.writeText(url);
        say('Link to this figure copied.');
      } catch {
        say(`Copy this link: ${url}`);
      }
      return;
    }
    if (action === 'embed') return openEmbedDialog(job, opener);
    if (action === 'copy-image') {
      say('Drawing the image…');
      return say(await copyImage(job, write));
    }
    const kind = action === 'download-csv' ? 'csv' : action === 'download-svg' ? 'svg' : 'png';
    const name = exportFileName(job.figure.id, job.scenario.date, kind);
    if (kind === 'csv') save(new Blob([figureCsv(job.figure)], { type: 'text/csv;charset=utf-8' }), name);
    else if (kind === 'svg') save(new Blob([cardSvg(job)], { type: 'image/svg+xml' }), name);
    else save(await cardPng(job), name);
    say(`Downloaded ${name}.`);
  } catch (e) {
    say(`That did not work: ${(e as Error).message}`);
  }
}
