// Hydrates the hashrate-response islands on this page (see src/widgets/hydrate.ts).
import HashrateResponse from '../widgets/HashrateResponse.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { hashrateResponseFigure } from '../figures/hashrateResponse.ts';

hydrateIslands('hashrate-response', HashrateResponse, hashrateResponseFigure);
