import { serializeLink, type LinkNotice, type ParsedLink } from './link.ts';
import { defaultScenario, type Scenario, type ScenarioKey } from './schema.ts';

/**
 * The one shared scenario. Every island on a page imports this module, so they all read and
 * write the same reactive object: moving a slider in one widget moves the others. On the server
 * (and before hydration) it holds the defaults, so the built HTML shows them. The store reads
 * nothing from the page: the link is read by sync.svelte.ts, which hands the parsed result in.
 */
export const scenario: Scenario = $state(defaultScenario());

/** What the parser changed in the link the page was opened with. */
export const link: { notices: LinkNotice[]; dismissed: boolean; passthrough: [string, string][] } = $state({ notices: [], dismissed: false, passthrough: [] });

/**
 * Sets one parameter. `null` clears an optional parameter (the custom machine); the schema's
 * ranges are enforced by the inputs (fitToSpec) and by parseLink, not here.
 */
export function setParam(key: ScenarioKey, value: number | string | null): void {
  (scenario as unknown as Record<ScenarioKey, number | string | null>)[key] = value;
}

/**
 * Puts every setting back to the dated defaults. The reader's formula cells stay: they are
 * writing, not a setting (each formula block has its own button to go back to its examples).
 */
export function resetScenario(): void {
  Object.assign(scenario, { ...defaultScenario(), cells: scenario.cells });
}

/** Takes a parsed link: its scenario, its notices and the parameters this page does not know. */
export function applyLink(parsed: ParsedLink): void {
  Object.assign(scenario, parsed.scenario);
  link.notices = parsed.notices;
  link.passthrough = parsed.passthrough;
  link.dismissed = false;
}

/**
 * The scenario as its query string (without passthrough parameters): equal strings, equal
 * scenarios. Figures that are off screen compare it to decide whether what they show is stale.
 *
 * @example
 * scenarioSignature() // "" at the defaults; "price=80000&v=2" after setParam('price', 80_000)
 */
export function scenarioSignature(): string {
  return signature;
}
// Computed once per change, however many figures ask.
const signature = $derived(serializeLink(scenario));
