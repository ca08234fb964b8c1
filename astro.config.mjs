import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { formulaStubs } from './src/formula/stubs/alias.js';
import { cspDirectives, cspHash, embedThemeScript } from './src/security/csp.js';

// One shared chunk for the code every page's islands run: the model, the scenario, the formatters
// and the catalogue helpers, and the figure frame every widget sits in (its gate, actions, inputs,
// metric, chart and table components). One request instead of a dozen, and gzip compresses it as
// one text: about 1.5 KB less per page than separate chunks (measured). Each widget and its
// figure's view model stay in their own chunk, so an embed loads only its own.
const shared = /\/src\/(model|scenario|format|catalogue)\/|\/src\/widgets\/(FigureFrame|FigureActions|LinkNotices|ScenarioInput|Metric|figureGate|island|announce|hydrate)\.|\/src\/figures\/(types|context|projectionShared|layout\/marks)\.|\/src\/charts\/(ChartSvg|DataTable|layouts)\./;
// Models not every page's figures use are left out, so other pages do not pay for them: the network
// and projection model (the responding path, the cost curve, month-by-month projections and
// src/scenario/paths.ts, which chapter 1, the notebook and most embeds never run), chapter 2's
// depreciation and recovery arithmetic and efficiency lever, chapter 3's retarget and security budget,
// the lending model (chapter 4's loans and stress test), the power model (chapter 5's site, flexible
// load, hosting and hedge) and the balance sheets (chapter 6). Only the widgets that use them load them.
const chapterOnly = /\/src\/model\/(projection|hashrateResponse|fleetCurve|change|compounding|recovery|efficiencyLever|ltv|retarget|securityBudget|loan|loanPath|debtService|stressTest|siteUse|flexibleLoad|hosting|hedge|treasury|capitalStack)\.|\/src\/scenario\/(paths|loanMarket|presets|presetNotes)\./;
function sharedChunk(id) {
  return shared.test(id) && !chapterOnly.test(id) ? 'core' : undefined;
}

// A fully static site: no server, no third-party requests. SITE_URL is the address the site is
// served from; it goes into og:image and the cards' printed links (default: the local preview).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  integrations: [svelte(), mdx()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // No code in the essay: no syntax highlighter (Shiki's inline styles would need 'unsafe-inline').
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy in every page's <meta>: Astro hashes the scripts and styles it
  // bundles or inlines (no 'unsafe-inline', no 'unsafe-eval'); the embed's theme script is the
  // one hand-written inline script, hashed here. See src/security/csp.js and public/_headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: cspDirectives,
      scriptDirective: { hashes: [cspHash(embedThemeScript)] },
    },
  },
  vite: {
    // mathjs's BigNumber, Complex and Fraction libraries, which no formula uses, replaced by stubs
    // in the formula engine's bundle (src/formula/stubs): about 17 KB gzipped less.
    resolve: { alias: formulaStubs },
    build: {
      // NOFLOOR_SOURCEMAP=1 npm run build: source maps, to see what each chunk is made of;
      // NOFLOOR_NOMINIFY=1: readable function names in a CPU profile.
      sourcemap: process.env.NOFLOOR_SOURCEMAP === '1',
      minify: process.env.NOFLOOR_NOMINIFY ? false : undefined,
      rollupOptions: { output: { manualChunks: sharedChunk } },
    },
    // resvg is a native module used at build time only (the default card images).
    ssr: { external: ['@resvg/resvg-js'] },
  },
});
