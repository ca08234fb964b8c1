import { onMount } from 'svelte';
import { startLinkSync } from '../scenario/sync.svelte.ts';
import { linkContextFor, type FigureContext } from '../figures/context.ts';

/**
 * Call once in a widget's setup, with the figure context the page passed in. When the island
 * mounts it reads the page's link into the shared scenario (the first island to mount does),
 * checking machine ids against the context's catalogue, and reports that it has hydrated, which
 * the widget exposes as `data-hydrated` for tests and embedders.
 *
 * @example
 * const island = useIsland(() => context);
 * // <section data-hydrated={island.hydrated ? '' : undefined}>
 */
export function useIsland(context: () => Pick<FigureContext, 'machines'>): { readonly hydrated: boolean } {
  let hydrated = $state(false);
  onMount(() => {
    startLinkSync(linkContextFor(context().machines));
    hydrated = true;
  });
  return {
    get hydrated() {
      return hydrated;
    },
  };
}
