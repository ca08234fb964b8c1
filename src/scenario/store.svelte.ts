import { parseLink, serializeLink, type LinkNotice } from './link.ts';
import { defaultScenario, type Scenario, type ScenarioKey } from './schema.ts';

/**
 * The one shared scenario. Every island on a page imports this module, so they all read and
 * write the same reactive object: moving a slider in one widget moves the others.
 * On the server (and before hydration) it holds the defaults, so the built HTML shows them.
 */
export const scenario: Scenario = $state(defaultScenario());

/** What the parser changed in the link the page was opened with. */
export const link: { notices: LinkNotice[]; dismissed: boolean } = $state({ notices: [], dismissed: false });

let passthrough: [string, string][] = [];
let started = false;
let pending: ReturnType<typeof setTimeout> | undefined;

/** Milliseconds to wait after the last change before rewriting the address bar. */
export const urlWriteDelayMs = 120;

function writeUrl(qs: string): void {
  const url = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  // Links between chapters carry the scenario, so the reader's numbers follow them.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-chapter-link]')) a.search = qs;
}

/**
 * Reads the page's link into the shared scenario (once per page, whichever island hydrates
 * first) and from then on mirrors the scenario into the address bar with replaceState — no
 * history entry per slider tick. The link is not rewritten until the reader changes something,
 * so a hand-edited link with a typo stays as typed while the notice explains it.
 */
export function startLinkSync(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  // The catalogue's ids are published by the page (layouts/Base.astro), so any island can check a link's machine.
  const ids = document.querySelector<HTMLMetaElement>('meta[name="nofloor:machine-ids"]')?.content.split(' ').filter(Boolean);
  const names = document.querySelector<HTMLMetaElement>('meta[name="nofloor:machine-names"]')?.content.split('|');
  const labels = ids && names && names.length === ids.length ? { machine: Object.fromEntries(ids.map((id, i) => [id, names[i]!])) } : undefined;
  const parsed = parseLink(location.search, ids ? { choices: { machine: [...ids, 'custom'] }, labels } : {});
  passthrough = parsed.passthrough;
  Object.assign(scenario, parsed.scenario);
  link.notices = parsed.notices;
  // A shared link opened on one chapter carries over to the others even before any change.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-chapter-link]')) a.search = location.search;
  const initial = serializeLink(scenario, passthrough);
  // The address bar keeps the link as opened (typos and all) until the reader changes something.
  let touched = false;
  $effect.root(() => {
    $effect(() => {
      const qs = serializeLink(scenario, passthrough);
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
 * Sets one parameter. `null` clears an optional parameter (the custom machine); the schema's
 * ranges are enforced by the inputs (fitToSpec) and by parseLink, not here.
 */
export function setParam(key: ScenarioKey, value: number | string | null): void {
  (scenario as unknown as Record<ScenarioKey, number | string | null>)[key] = value;
}

/** Puts every setting back to the dated defaults. */
export function resetScenario(): void {
  Object.assign(scenario, defaultScenario());
}

/** The shareable address of the current scenario. */
export function currentLink(): string {
  const qs = serializeLink(scenario, passthrough);
  return `${location.origin}${location.pathname}${qs ? `?${qs}` : ''}`;
}
