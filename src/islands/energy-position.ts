// Hydrates the energy-position islands on this page (see src/widgets/hydrate.ts).
import EnergyPosition from '../widgets/EnergyPosition.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { energyPositionFigure } from '../figures/energyPosition.ts';

hydrateIslands('energy-position', EnergyPosition, energyPositionFigure);
