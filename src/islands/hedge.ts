// Hydrates the hedge islands on this page (see src/widgets/hydrate.ts).
import Hedge from '../widgets/Hedge.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { hedgeFigure } from '../figures/hedge.ts';

hydrateIslands('hedge', Hedge, hedgeFigure);
