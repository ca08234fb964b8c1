// Hydrates the loan-denomination islands on this page (see src/widgets/hydrate.ts).
import LoanDenomination from '../widgets/LoanDenomination.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { loanDenominationFigure } from '../figures/loanDenomination.ts';

hydrateIslands('loan-denomination', LoanDenomination, loanDenominationFigure);
