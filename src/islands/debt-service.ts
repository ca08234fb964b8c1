// Hydrates the debt-service islands on this page (see src/widgets/hydrate.ts).
import DebtService from '../widgets/DebtService.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { debtServiceFigure } from '../figures/debtService.ts';

hydrateIslands('debt-service', DebtService, debtServiceFigure);
