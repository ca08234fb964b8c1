// Hydrates the treasury islands on this page (see src/widgets/hydrate.ts).
import Treasury from '../widgets/Treasury.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { treasuryFigure } from '../figures/treasury.ts';

hydrateIslands('treasury', Treasury, treasuryFigure);
