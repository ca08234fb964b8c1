// Hydrates the linked-payments islands on this page (see src/widgets/hydrate.ts).
import LinkedPayments from '../widgets/LinkedPayments.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { linkedPaymentsFigure } from '../figures/linkedPayments.ts';

hydrateIslands('linked-payments', LinkedPayments, linkedPaymentsFigure);
