// Starts the live prose of this chapter (see src/widgets/prose.svelte.ts).
import { startProse } from '../widgets/prose.svelte.ts';

startProse();
