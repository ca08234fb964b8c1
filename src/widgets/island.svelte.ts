import { onMount } from 'svelte';
import { startLinkSync } from '../scenario/store.svelte.ts';

/**
 * Call once in a widget's setup. When the island mounts it reads the page's link into the shared
 * scenario (the first island to mount does) and reports that it has hydrated, which the widget
 * exposes as `data-hydrated` for tests and embedders.
 *
 * @example
 * const island = useIsland();
 * // <section data-hydrated={island.hydrated ? '' : undefined}>
 */
export function useIsland(): { readonly hydrated: boolean } {
  let hydrated = $state(false);
  onMount(() => {
    startLinkSync();
    hydrated = true;
  });
  return {
    get hydrated() {
      return hydrated;
    },
  };
}
