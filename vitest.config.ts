import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Unit tests (model, scenario, figures, content) run in Node; component tests opt into jsdom with
// a `// @vitest-environment jsdom` pragma. Browser tests live in e2e/ and run under Playwright.
//
// Two projects. "unit": pure code that keeps no state between files, so its files share a worker's
// module graph (isolate: false) rather than re-importing the model, the registry and mathjs for
// each of ~75 files — the whole run about 57 s → 22 s on two cores. "dom": the component tests and the others
// that use jsdom, mount widgets or write to the scenario store (a module singleton), each file in a
// fresh module graph as usual. A new test that mounts a widget or touches the store goes in "dom".
const dom = ['test/widgets/**/*.test.ts', 'test/figures/exports.test.ts', 'test/embed/hostScript.test.ts'];

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  test: {
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', ...dom], isolate: false } },
      { test: { name: 'dom', include: dom, setupFiles: ['@testing-library/svelte/vitest'] } },
    ],
  },
});
