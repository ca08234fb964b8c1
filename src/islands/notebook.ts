// Hydrates the notebook island on /notebook/ (see src/widgets/hydrate.ts).
import Notebook from '../widgets/Notebook.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';

hydrateIslands('notebook', Notebook);
