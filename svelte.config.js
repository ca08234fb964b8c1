// Svelte compiler options shared by Astro, Vitest and svelte-check.
export default {
  compilerOptions: {
    // Don't add the `window.__svelte.v` version marker to every chunk (bytes for nothing).
    discloseVersion: false,
  },
};
