// Hydrates the capital-stack islands on this page (see src/widgets/hydrate.ts).
import CapitalStack from '../widgets/CapitalStack.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { capitalStackFigure } from '../figures/capitalStack.ts';

hydrateIslands('capital-stack', CapitalStack, capitalStackFigure);
