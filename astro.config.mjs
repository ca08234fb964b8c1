import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';

// The pure code every island shares (model, scenario, formatters, catalogue helpers) goes in one
// chunk: one request instead of a dozen, and gzip compresses it as one text.
function sharedChunk(id) {
  if (/\/src\/(model|scenario|format|catalogue)\//.test(id)) return 'core';
  return undefined;
}

// A fully static site: no server, no third-party requests. SITE_URL is the address the site is
// served from; it goes into og:image and the cards' printed links (default: the local preview).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  integrations: [svelte(), mdx()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      sourcemap: process.env.NOFLOOR_SOURCEMAP === '1',
      rollupOptions: { output: { manualChunks: process.env.NOFLOOR_NOCORE ? undefined : sharedChunk } } },
    // resvg is a native module used at build time only (the default card images).
    ssr: { external: ['@resvg/resvg-js'] },
  },
});
