import { flushSync, onMount, untrack } from 'svelte';
import { scenarioSignature } from '../scenario/store.svelte.ts';

/**
 * A figure that is off screen computes and renders nothing. `useFigure(compute)` returns the
 * figure to render: while the figure's root is on screen (or about to be), it follows the
 * scenario; while it is off screen it keeps what it last showed and is marked stale, and it is
 * brought up to date when it scrolls into view, when the page is printed, or once the reader has
 * stopped changing things for a moment (so that what a screen reader or "find in page" reaches is
 * never stale for long). On the server, and where there is no IntersectionObserver, every figure
 * counts as on screen.
 */

interface Gate {
  visible: boolean;
  /** The scenario signature this gate may compute for while off screen (a one-off catch-up). */
  allow: string | null;
  stale: () => boolean;
}

const gates = new Set<Gate>();
/** Each figure root's current view model, for the action buttons (src/widgets/figureActions.ts). */
const shown = new WeakMap<Element, () => unknown>();

/** The view model the figure rooted at `node` shows now (brought up to date first). */
export function currentFigure<F>(node: Element): F | undefined {
  return shown.get(node)?.() as F | undefined;
}
/** Each figure root's view model while it is on screen (undefined off screen), for the live prose. */
const onScreen = new WeakMap<Element, () => unknown>();

/**
 * The view model the figure rooted at `node` shows, if it is on screen and so already follows the
 * scenario: the live prose reads it rather than computing the same figure twice per input.
 */
export function figureOnScreen<F>(node: Element): F | undefined {
  return untrack(() => onScreen.get(node)?.()) as F | undefined;
}
const nodes = new WeakMap<Element, Gate>();
let observer: IntersectionObserver | undefined;
let catchUpTimer: ReturnType<typeof setTimeout> | undefined;
let watching = false;

/** Quiet time after the last change before off-screen figures catch up, ms. */
export const catchUpDelayMs = 400;

const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 250 }) : setTimeout(fn, 1));

/** Brings stale off-screen figures up to date, one per idle slot. */
function catchUp(): void {
  const next = [...gates].find((g) => g.stale());
  if (!next) return;
  next.allow = scenarioSignature();
  idle(catchUp);
}

/** One watcher per page: every change of the scenario restarts the quiet-time clock. */
function watchScenario(): void {
  if (watching) return;
  watching = true;
  $effect.root(() => {
    $effect(() => {
      scenarioSignature();
      clearTimeout(catchUpTimer);
      catchUpTimer = setTimeout(() => idle(catchUp), catchUpDelayMs);
    });
  });
  // Before printing, every figure shows the current scenario: the stale ones catch up (those
  // already current are left alone, not computed again).
  window.addEventListener('beforeprint', () => {
    const signature = scenarioSignature();
    for (const g of gates) if (g.stale()) g.allow = signature;
    flushSync();
  });
}

function observe(node: Element, gate: Gate): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    gate.visible = true;
    return () => {};
  }
  // Only what is on screen: a figure computes as it scrolls in, within a frame of appearing.
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const g = nodes.get(e.target);
        if (g) g.visible = e.isIntersecting;
      }
    },
    { rootMargin: '0px' },
  );
  nodes.set(node, gate);
  observer.observe(node);
  return () => {
    observer?.unobserve(node);
    nodes.delete(node);
  };
}

/**
 * Call once in a widget's setup, and attach `root` to the figure's root element.
 *
 * @example
 * const f = useFigure(() => hashpriceFigure(scenario, context));
 * // <section {@attach f.root} data-stale={f.stale ? '' : undefined}> … {f.figure.caption} …
 */
export function useFigure<F>(compute: () => F): { readonly figure: F; readonly stale: boolean; readonly visible: boolean; root: (node: Element) => () => void } {
  const server = typeof window === 'undefined';
  const gate: Gate = $state({ visible: server, allow: null, stale: () => false });
  let last: F | undefined;
  let lastSignature = '';
  let mounted = $state(false);
  const figure = $derived.by(() => {
    // Every gate field is read on every run, so the derived always depends on all of them
    // (a short-circuited read would leave it deaf to a later catch-up).
    const { visible, allow } = gate;
    const live = mounted;
    // Until the island has mounted it renders what the server rendered: compute always.
    if (last === undefined || !live || visible || allow === scenarioSignature()) {
      last = compute();
      if (!server) lastSignature = untrack(scenarioSignature);
    }
    return last;
  });
  const stale = $derived.by(() => {
    void figure;
    return !gate.visible && lastSignature !== scenarioSignature();
  });
  gate.stale = () => stale;
  onMount(() => {
    watchScenario();
    mounted = true;
    gates.add(gate);
    return () => gates.delete(gate);
  });
  return {
    get figure() {
      return figure;
    },
    get stale() {
      return stale;
    },
    /** Whether the figure's root is on screen (always on the server): for work a widget starts itself, like the stress test's worker. */
    get visible() {
      return gate.visible;
    },
    root: (node: Element) => {
      // Actions read the figure as it is now, even if it is off screen and stale.
      shown.set(node, () => {
        gate.allow = scenarioSignature();
        flushSync();
        return figure;
      });
      onScreen.set(node, () => (gate.visible && mounted ? figure : undefined));
      return observe(node, gate);
    },
  };
}
