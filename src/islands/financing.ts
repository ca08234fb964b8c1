// Hydrates the financing islands on this page (see src/widgets/hydrate.ts).
import Financing from '../widgets/Financing.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { financingFigure } from '../figures/financing.ts';

hydrateIslands('financing', Financing, financingFigure);
