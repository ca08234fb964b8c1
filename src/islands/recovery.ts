// Hydrates the recovery islands on this page (see src/widgets/hydrate.ts).
import Recovery from '../widgets/Recovery.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { recoveryFigure } from '../figures/recovery.ts';

hydrateIslands('recovery', Recovery, recoveryFigure);
