// The aliases that swap decimal.js, complex.js and fraction.js for the stubs beside this file,
// shared by astro.config.mjs (the site's bundles) and vitest.config.ts (the tests).
import { fileURLToPath } from 'node:url';

const stub = (name) => fileURLToPath(new URL(`./${name}.js`, import.meta.url));
export const formulaStubs = [
  { find: /^decimal\.js$/, replacement: stub('decimal') },
  { find: /^complex\.js$/, replacement: stub('complex') },
  { find: /^fraction\.js$/, replacement: stub('fraction') },
];
