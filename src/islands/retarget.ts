// Hydrates the retarget islands on this page (see src/widgets/hydrate.ts).
import Retarget from '../widgets/Retarget.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { retargetFigure } from '../figures/retarget.ts';

hydrateIslands('retarget', Retarget, retargetFigure);
