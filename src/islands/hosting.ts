// Hydrates the hosting islands on this page (see src/widgets/hydrate.ts).
import Hosting from '../widgets/Hosting.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { hostingFigure } from '../figures/hosting.ts';

hydrateIslands('hosting', Hosting, hostingFigure);
