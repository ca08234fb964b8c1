import { hydrate, type Component } from 'svelte';
import type { FigureContext } from '../figures/context.ts';
import type { Figure } from '../figures/types.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * The page's islands, without Astro's island runtime: each widget is server-rendered inside
 * `<div data-island="<name>" data-props="…">`, and a one-line entry per widget
 * (src/islands/<name>.ts) hydrates every such element on the page. The figure context — the same
 * for every island — is in the page once, as JSON (`#nofloor-context`, written by the layout).
 * This saves each page Astro's hydration script and its Svelte adapter (about 2.3 KB gzipped).
 */

let context: FigureContext | undefined;
/** The page's figure context (the same object for every island). */
export function pageContext(): FigureContext {
  const el = document.getElementById('nofloor-context');
  if (!el?.textContent) throw new Error('no #nofloor-context on this page (src/layouts/Base.astro writes it)');
  return (context ??= JSON.parse(el.textContent) as FigureContext);
}

type Compute = (s: Scenario, context: FigureContext) => Figure;
const computes = new Map<string, Compute>();

/** The figure function of a widget on this page, by figure id (for the live prose). */
export const pageFigure = (id: string): Compute | undefined => computes.get(id);

/**
 * Hydrates every not-yet-live island of one widget on the page with its server-rendered props,
 * and records the widget's figure function, so the live prose computes the same view model
 * without loading another copy of it.
 */
export function hydrateIslands(name: string, widget: Component<never>, figure?: Compute): void {
  if (figure) computes.set(name, figure);
  for (const target of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]:not([data-island-live])`)) {
    target.dataset.islandLive = '';
    const props = { ...(JSON.parse(target.dataset.props ?? '{}') as object), context: pageContext() };
    hydrate(widget as Component<Record<string, unknown>>, { target, props });
  }
}

/**
 * One click listener per page for every figure's action buttons (`button[data-action]` inside a
 * `[data-figure]`). What the buttons do loads on the first press (src/widgets/figureActions.ts).
 * A clipboard image is requested inside the click itself, with the image still to come, as
 * Safari requires.
 */
function listenForActions(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
    const root = button?.closest<HTMLElement>('[data-figure]');
    if (!button || !root || button.dataset.action === 'copy-embed') return;
    const actions = import('./figureActions.ts');
    const action = button.dataset.action as import('./figureActions.ts').Action;
    let write: Promise<void> | null = null;
    if (action === 'copy-image' && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      const job = actions.then((m) => m.actionJob(root));
      const png = Promise.all([actions, job]).then(([m, j]) => m.cardPng(j));
      const html = Promise.all([actions, job, png]).then(([m, j, p]) => m.cardHtml(j, p));
      const text = Promise.all([actions, job]).then(([m, j]) => new Blob([m.figureUrl(j)], { type: 'text/plain' }));
      write = navigator.clipboard.write([new ClipboardItem({ 'image/png': png, 'text/html': html, 'text/plain': text })]);
      write.catch(() => {}); // judged by runAction
    }
    actions.then((m) => m.runAction(action, root, button, write));
  });
}
if (typeof document !== 'undefined') listenForActions();

/**
 * An embed page in a frame tells its host page its height whenever it changes, for the host
 * script (/embed.js) to size the iframe: { type: 'nofloor:resize', figure: '<id>', height: <CSS px> }.
 */
function postHeight(): void {
  const figure = document.querySelector<HTMLElement>('[data-embed]')?.dataset.embed;
  if (!figure || parent === window) return;
  let last = 0;
  new ResizeObserver(([e]) => {
    const height = Math.ceil(e!.contentRect.height);
    if (height !== last) parent.postMessage({ type: 'nofloor:resize', figure, height: (last = height) }, '*');
  }).observe(document.documentElement);
}
if (typeof document !== 'undefined') postHeight();
