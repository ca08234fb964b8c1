// Hydrates the machine-margins islands on this page (see src/widgets/hydrate.ts).
import MachineMargins from '../widgets/MachineMargins.svelte';
import { hydrateIslands } from '../widgets/hydrate.ts';
import { machineMarginsFigure } from '../figures/machineMargins.ts';

hydrateIslands('machine-margins', MachineMargins, machineMarginsFigure);
