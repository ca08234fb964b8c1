// Hydrates the energy-position islands on this page (see src/widgets/hydrate.ts).
import EnergyPosition from '../widgets/EnergyPosition.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';

hydrateIslands('energy-position', EnergyPosition);
