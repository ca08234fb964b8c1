import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';

// The pure code every island shares (model, scenario, formatters, catalogue helpers) goes in one
// chunk: one request instead of a dozen, and gzip compresses it as one text.
function sharedChunk(id) {
  if (/\/src\/(model|scenario|format|catalogue)\//.test(id)) return 'core';
  return undefined;
}

// A fully static site: no server, no third-party requests.
export default defineConfig({
  integrations: [svelte(), mdx()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { build: { rollupOptions: { output: { manualChunks: sharedChunk } } } },
});
