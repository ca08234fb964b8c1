// Hydrates the site-use islands on this page (see src/widgets/hydrate.ts).
import SiteUse from '../widgets/SiteUse.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { siteUseFigure } from '../figures/siteUse.ts';

hydrateIslands('site-use', SiteUse, siteUseFigure);
