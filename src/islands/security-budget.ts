// Hydrates the security-budget islands on this page (see src/widgets/hydrate.ts).
import SecurityBudget from '../widgets/SecurityBudget.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { securityBudgetFigure } from '../figures/securityBudget.ts';

hydrateIslands('security-budget', SecurityBudget, securityBudgetFigure);
