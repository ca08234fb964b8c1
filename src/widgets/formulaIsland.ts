// The formula cells' island, loaded by src/islands/formulas.ts when a block nears the screen.
import FormulaCells from './FormulaCells.svelte';
import { hydrateIslands } from './hydrate.ts';

hydrateIslands('formulas', FormulaCells);
