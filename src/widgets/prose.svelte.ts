import { flushSync } from 'svelte';
import { scenario, scenarioSignature, setParam } from '../scenario/store.svelte.ts';
import { startLinkSync } from '../scenario/sync.svelte.ts';
import { spec, type NumberKey } from '../scenario/schema.ts';
import { linkContextFor } from '../figures/context.ts';
import { claimVariant } from '../figures/claims.ts';
import type { Figure } from '../figures/types.ts';
import { formatters, type FormatName } from '../format/named.ts';
import { pageContext, pageFigure } from './hydrate.ts';
import { figureOnScreen } from './figureGate.svelte.ts';

/**
 * The essay's live prose. Numbers (`[data-prose]`, `[data-prose-text]`) and sentences with
 * variants (`[data-claim]`) read the registered figures' view models at the reader's scenario;
 * like the figures, only what is on screen follows each input, and the rest catches up once the
 * reader pauses (or before printing); `<html data-prose-state>` says "catching-up" until then and
 * "current" after. Numbers marked `[data-prose-input]` set the scenario:
 * dragged sideways, or with the arrow keys on the native range inside them.
 */

const quietMs = 400;
/**
 * Which live elements are on screen is watched per text block (paragraph or list item), not
 * per element: chapter 3's 82 live elements sit in 25 blocks, and the browser works out every
 * observed target's intersection in each frame after an input (0.28 ms a press for the 82, 0.15
 * for the 25, measured in a trace).
 */
const blockOf = (el: Element) => el.closest('p, li') ?? el;
/** Each observed block's live elements, in document order. */
const members = new Map<Element, HTMLElement[]>();
const visibleBlocks = new Set<Element>();
/**
 * The live elements in blocks on screen: the numbers the reader can set (`inputs`), or the others
 * less those in a claim's hidden variants.
 */
function onScreen(inputs: boolean): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const block of visibleBlocks) for (const el of members.get(block)!) if ((el.dataset.proseInput !== undefined) === inputs && (inputs || !el.closest('[data-variant-option][hidden]'))) out.push(el);
  return out;
}
let lastSignature = '';

/**
 * A figure at the current scenario, once per refresh: the widget's own view model when the widget
 * is on screen (it has computed it for this input already), else computed here.
 */
function figureFor(id: string, cache: Map<string, Figure | null>): Figure | null {
  if (!cache.has(id)) {
    const root = document.querySelector(`[data-figure="${id}"]`);
    const shown = root ? figureOnScreen<Figure>(root) : undefined;
    const compute = shown ? undefined : pageFigure(id);
    cache.set(id, shown ?? (compute ? compute({ ...scenario }, pageContext()) : null));
  }
  return cache.get(id)!;
}

function write(el: HTMLElement, cache: Map<string, Figure | null>): void {
  const figure = figureFor(el.dataset.proseFigure ?? el.dataset.claimFigure ?? '', cache);
  if (!figure) return;
  if (el.dataset.claim) {
    const variant = claimVariant(el.dataset.claim, figure);
    if (el.dataset.variant === variant) return;
    el.dataset.variant = variant;
    for (const option of el.querySelectorAll<HTMLElement>(':scope > [data-variant-option]')) {
      option.hidden = option.dataset.variantOption !== variant;
      // The variant now shown says its numbers at this scenario at once.
      if (!option.hidden) for (const inner of option.querySelectorAll<HTMLElement>('[data-prose], [data-prose-text]')) write(inner, cache);
    }
    return;
  }
  let text: string | undefined;
  if (el.dataset.proseText) text = figure.texts?.[el.dataset.proseText];
  else {
    const m = figure.metrics.find((x) => x.name === el.dataset.prose);
    if (m) {
      el.dataset.value = String(m.value);
      const format = el.dataset.proseFormat as FormatName | undefined;
      text = format ? formatters[format](m.value) : m.text;
    } else {
      // The metric does not apply at this scenario (e.g. no halving within the horizon).
      delete el.dataset.value;
      text = '—';
    }
  }
  if (text !== undefined && el.textContent !== text) el.textContent = text;
}

/** Brings live elements up to date: those on screen, or all of them. */
function refresh(all: boolean): void {
  const signature = scenarioSignature();
  syncInputs(all);
  const cache = new Map<string, Figure | null>();
  // On each input only what is on screen (the observer's set, not a walk of the page); claims
  // first: a variant that becomes visible holds live numbers of its own.
  const live = all ? [...document.querySelectorAll<HTMLElement>('[data-claim], [data-prose], [data-prose-text]')] : onScreen(false);
  for (const el of live) if (el.dataset.claim) write(el, cache);
  for (const el of live) if (!el.dataset.claim) write(el, cache);
  // Attributes are written only when they change: each write invalidates style, even to the same value.
  for (const note of document.querySelectorAll<HTMLElement>('.at-defaults__note')) if (note.hidden !== (signature === '')) note.hidden = signature === '';
  if (all) {
    lastSignature = signature;
    setProseState('current');
  }
}

/** `<html data-prose-state>`: "catching-up" while text off screen may lag, "current" after. */
function setProseState(state: 'catching-up' | 'current'): void {
  if (document.documentElement.dataset.proseState !== state) document.documentElement.dataset.proseState = state;
}

/** Brings one number the reader can set in the text up to its parameter: only what differs is written. */
function syncInput(el: HTMLElement): void {
  const key = el.dataset.proseInput!;
  if (el instanceof HTMLSelectElement) {
    if (el.value !== scenario.machine) el.value = scenario.machine;
    return;
  }
  const s = spec(key as NumberKey);
  const v = scenario[key as NumberKey] ?? s.min;
  const range = el.querySelector<HTMLInputElement>('input[type="range"]')!;
  if (range.valueAsNumber !== v) range.value = String(v);
  const text = s.describe(v);
  if (range.getAttribute('aria-valuetext') !== text) range.setAttribute('aria-valuetext', text);
  const shown = el.querySelector<HTMLElement>('.prose-input__value')!;
  if (shown.textContent !== text) shown.textContent = text;
}

/**
 * The numbers the reader can set in the text: those in paragraphs on screen (from the observer's
 * blocks, not a walk of the page), or all of them (the catch-up after a pause, printing). One that
 * takes focus catches up at once, so its arrow keys step from the current value.
 */
function syncInputs(all: boolean): void {
  for (const el of all ? document.querySelectorAll<HTMLElement>('[data-prose-input]') : onScreen(true)) syncInput(el);
}

/** Dragging a number sideways: one step of its parameter per 4 px (price: $100 per 4 px). */
function draggable(el: HTMLElement): void {
  const key = el.dataset.proseInput as NumberKey;
  const s = spec(key);
  const range = el.querySelector<HTMLInputElement>('input[type="range"]')!;
  const shown = el.querySelector<HTMLElement>('.prose-input__value')!;
  range.addEventListener('input', () => setParam(key, range.valueAsNumber));
  shown.addEventListener('pointerdown', (down) => {
    down.preventDefault();
    shown.setPointerCapture(down.pointerId);
    range.focus({ preventScroll: true });
    const start = scenario[key] ?? s.min;
    const move = (e: PointerEvent) => {
      const steps = Math.round((e.clientX - down.clientX) / 4);
      const next = Math.min(s.max, Math.max(s.min, Math.round((start + steps * s.step) / s.step) * s.step));
      // Steps like 0.001 leave binary fractions: keep the digits the step has.
      const digits = (String(s.step).split('.')[1] ?? '').length;
      setParam(key, Number(next.toFixed(digits)));
    };
    const up = () => {
      shown.removeEventListener('pointermove', move);
      shown.removeEventListener('pointerup', up);
      shown.removeEventListener('pointercancel', up);
    };
    shown.addEventListener('pointermove', move);
    shown.addEventListener('pointerup', up);
    shown.addEventListener('pointercancel', up);
  });
}

/** Starts the live prose on this page (once). */
export function startProse(): void {
  const live = document.querySelectorAll<HTMLElement>('[data-prose], [data-prose-text], [data-claim], [data-prose-input], [data-at-defaults]');
  if (live.length === 0) return;
  startLinkSync(linkContextFor(pageContext().machines));
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) visibleBlocks.add(e.target);
      else visibleBlocks.delete(e.target);
    }
    // What scrolls into view is brought up to date at once.
    if (lastSignature !== scenarioSignature()) refresh(false);
  });
  for (const el of document.querySelectorAll<HTMLElement>('[data-prose], [data-prose-text], [data-claim], [data-prose-input]')) {
    const block = blockOf(el);
    if (!members.has(block)) {
      members.set(block, []);
      observer.observe(block);
    }
    members.get(block)!.push(el);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-prose-input]')) {
    el.addEventListener('focusin', () => syncInput(el));
    if (el instanceof HTMLSelectElement) el.addEventListener('change', () => setParam('machine', el.value));
    else draggable(el);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  $effect.root(() => {
    $effect(() => {
      scenarioSignature();
      refresh(false);
      clearTimeout(timer);
      // Until the catch-up, text off screen may still show the previous scenario (tests wait on this).
      setProseState('catching-up');
      timer = setTimeout(() => refresh(true), quietMs);
    });
  });
  addEventListener('beforeprint', () => {
    flushSync();
    refresh(true);
  });
}
