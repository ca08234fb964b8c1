import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Unit tests (model, scenario, content) run in Node; component tests opt into jsdom with
// a `// @vitest-environment jsdom` pragma. Browser tests live in e2e/ and run under Playwright.
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
