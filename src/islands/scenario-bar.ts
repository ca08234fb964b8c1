// Hydrates the scenario-bar islands on this page (see src/widgets/hydrate.ts).
import ScenarioBar from '../widgets/ScenarioBar.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';

hydrateIslands('scenario-bar', ScenarioBar);
