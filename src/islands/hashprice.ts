// Hydrates the hashprice islands on this page (see src/widgets/hydrate.ts).
import HashpriceWidget from '../widgets/HashpriceWidget.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { hashpriceFigure } from '../figures/hashprice.ts';

hydrateIslands('hashprice', HashpriceWidget, hashpriceFigure);
