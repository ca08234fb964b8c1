// Hydrates the flexible-load islands on this page (see src/widgets/hydrate.ts).
import FlexibleLoad from '../widgets/FlexibleLoad.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { flexibleLoadFigure } from '../figures/flexibleLoad.ts';

hydrateIslands('flexible-load', FlexibleLoad, flexibleLoadFigure);
