// Hydrates the floor-value islands on this page (see src/widgets/hydrate.ts).
import FloorValue from '../widgets/FloorValue.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { floorValueFigure } from '../figures/floorValue.ts';

hydrateIslands('floor-value', FloorValue, floorValueFigure);
