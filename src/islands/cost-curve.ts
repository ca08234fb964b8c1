// Hydrates the cost-curve islands on this page (see src/widgets/hydrate.ts).
import CostCurve from '../widgets/CostCurve.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { costCurveFigure } from '../figures/costCurve.ts';

hydrateIslands('cost-curve', CostCurve, costCurveFigure);
