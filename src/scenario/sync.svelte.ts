import { parseLink, serializeLink, type LinkContext } from './link.ts';
import { applyLink, link, scenario, scenarioSignature } from './store.svelte.ts';

let started = false;
let pending: ReturnType<typeof setTimeout> | undefined;

/** Milliseconds to wait after the last change before rewriting the address bar. */
export const urlWriteDelayMs = 120;

/** Links on the page that carry the scenario to another page (chapters, "open in the essay"). */
const carrierSelector = 'a[data-chapter-link], a[data-scenario-link]';

function carryTo(qs: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>(carrierSelector)) a.search = qs;
}

function writeUrl(qs: string): void {
  const url = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  // Links between chapters (and an embed's link back to the essay) carry the scenario.
  carryTo(qs);
}

/**
 * Reads the page's link into the shared scenario (once per page, whichever island hydrates
 * first) and from then on mirrors the scenario into the address bar with replaceState — no
 * history entry per slider tick. The link is not rewritten until the reader changes something,
 * so a hand-edited link with a typo stays as typed while the notice explains it. `context`
 * names what the schema cannot know, such as the catalogue's machine ids.
 */
export function startLinkSync(context: LinkContext): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  applyLink(parseLink(location.search, context));
  // A shared link opened on one page carries over to the others even before any change.
  carryTo(location.search);
  const initial = serializeLink(scenario, link.passthrough);
  let touched = false;
  $effect.root(() => {
    $effect(() => {
      // With no passthrough parameters the link is the scenario's signature, already computed once
      // per change for the figures: not serialized a second time per input.
      const qs = link.passthrough.length ? serializeLink(scenario, link.passthrough) : scenarioSignature();
      if (!touched) {
        if (qs === initial) return;
        touched = true;
      }
      clearTimeout(pending);
      pending = setTimeout(() => writeUrl(qs), urlWriteDelayMs);
    });
  });
}

/**
 * The shareable address of the current scenario on this page, optionally pointing at an element
 * (a figure's anchor), or on another path of the same site (an embed's chapter).
 *
 * @example
 * currentLink('figure-floor-value') // "https://…/no-floor/?price=80000&v=2#figure-floor-value"
 */
export function currentLink(hash = '', pathname = location.pathname): string {
  const qs = serializeLink(scenario, link.passthrough);
  return `${location.origin}${pathname}${qs ? `?${qs}` : ''}${hash ? `#${hash}` : ''}`;
}

/** The current scenario's query string ("" at the defaults), with passthrough parameters. */
export function currentQuery(): string {
  return serializeLink(scenario, link.passthrough);
}
