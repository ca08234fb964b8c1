import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';

// A fully static site: no server, no third-party requests. `base` lets it live under any path.
export default defineConfig({
  integrations: [svelte(), mdx()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
