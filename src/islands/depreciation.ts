// Hydrates the depreciation islands on this page (see src/widgets/hydrate.ts).
import Depreciation from '../widgets/Depreciation.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { depreciationFigure } from '../figures/depreciation.ts';

hydrateIslands('depreciation', Depreciation, depreciationFigure);
