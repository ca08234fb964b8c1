// Hydrates the timeline islands on this page (see src/widgets/hydrate.ts).
import Timeline from '../widgets/Timeline.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { timelineFigure } from '../figures/timeline.ts';

hydrateIslands('timeline', Timeline, timelineFigure);
