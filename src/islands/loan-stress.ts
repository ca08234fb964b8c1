// Hydrates the loan-stress islands on this page (see src/widgets/hydrate.ts). The live prose reads
// the figure with the page's last finished run (src/widgets/stressRuns.ts); the simulation itself
// runs only in the worker.
import LoanStress from '../widgets/LoanStress.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { loanStressFigure } from '../figures/loanStress.ts';
import { lastResultFor, stressKey } from '../widgets/stressRuns.ts';

hydrateIslands('loan-stress', LoanStress, (s, context) => loanStressFigure(s, context, lastResultFor(stressKey(s))));
