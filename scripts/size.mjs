// Prints the gzipped JavaScript each built page loads, checks it against the page's budget, and
// (with --write) writes bench/size.json.
//   first load: inline scripts, the page's <script src> entries and everything they import
//               statically — what runs before the reader does anything;
//   lazy:       chunks only reached through dynamic import() (the export code a figure's
//               buttons load on first use), reported beside it, not budgeted.
// Budgets: essay pages 40 KB, embed pages 30 KB (bench/budgets.json may set a page's own budget,
// with a reason). Usage: node scripts/size.mjs [--write] [distDir]   (after `astro build`)
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const write = args.includes('--write');
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const overrides = existsSync('bench/budgets.json') ? JSON.parse(readFileSync('bench/budgets.json', 'utf8')).pages ?? {} : {};
const budgetFor = (page) => overrides[page]?.budgetKb ?? (page.startsWith('/embed/') ? 30 : 40);

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

function localPath(url, fromFile) {
  if (/^(https?:)?\/\//.test(url)) throw new Error(`third-party script in ${fromFile}: ${url}`);
  return url.startsWith('/') ? join(dist, url) : resolve(dirname(fromFile), url);
}

const gz = new Map();
const gzipped = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gz.get(file);
};

/** The static module graph from one entry; dynamic imports are collected apart. */
function walk(file, seen, lazy) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+\.js)["']/g)) walk(resolve(dirname(file), m[1]), seen, lazy);
  for (const m of code.matchAll(/import\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)) lazy.add(resolve(dirname(file), m[1]));
}

const pages = [];
for (const html of htmlFiles(dist)) {
  const text = readFileSync(html, 'utf8');
  const entries = new Set();
  for (const m of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) entries.add(localPath(m[1], html));
  for (const m of text.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(localPath(m[1], html));
  const files = new Set();
  const lazySeeds = new Set();
  for (const e of entries) walk(e, files, lazySeeds);
  const lazyFiles = new Set();
  for (const l of lazySeeds) if (!files.has(l)) walk(l, lazyFiles, new Set());
  for (const f of files) lazyFiles.delete(f);
  let inline = 0;
  // Inline scripts that run (not JSON data blocks).
  for (const m of text.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) if (!/type="application\/(ld\+)?json"/.test(m[1])) inline += gzipSync(m[2], { level: 9 }).length;
  let external = 0;
  for (const f of files) external += gzipped(f);
  let lazy = 0;
  for (const f of lazyFiles) lazy += gzipped(f);
  const page = '/' + relative(dist, html).replace(/index\.html$/, '').replace(/\.html$/, '');
  const kb = (inline + external) / 1024;
  const budget = budgetFor(page);
  pages.push({
    page,
    firstLoadGzipKb: Number(kb.toFixed(1)),
    files: files.size,
    inlineGzipKb: Number((inline / 1024).toFixed(1)),
    lazyGzipKb: Number((lazy / 1024).toFixed(1)),
    lazyFiles: lazyFiles.size,
    budgetKb: budget,
    ...(overrides[page]?.reason ? { budgetReason: overrides[page].reason } : {}),
    withinBudget: kb <= budget,
  });
}
pages.sort((a, b) => a.page.localeCompare(b.page));
for (const p of pages) {
  console.log(`${p.withinBudget ? 'ok  ' : 'OVER'} ${p.page.padEnd(28)} ${String(p.firstLoadGzipKb).padStart(5)} KB gzipped JS on first load (${p.files} files, ${p.inlineGzipKb} KB inline) — budget ${p.budgetKb} KB; ${p.lazyGzipKb} KB more on demand (${p.lazyFiles} files)`);
}

// Workers: each is one bundle, started only when its widget needs it (never on first load).
const assets = join(dist, '_astro');
const workers = readdirSync(assets)
  .filter((f) => /\.worker-[^.]+\.js$/.test(f))
  .map((f) => ({ worker: f.replace(/(\.worker)-.*\.js$/, '$1'), gzipKb: Number((gzipped(join(assets, f)) / 1024).toFixed(1)) }))
  .sort((a, b) => a.worker.localeCompare(b.worker));
for (const w of workers) console.log(`     ${w.worker.padEnd(28)} ${String(w.gzipKb).padStart(5)} KB gzipped (a worker, started on demand)`);

// The formula engine alone (src/formula/engine.ts: mathjs with the stubs of src/formula/stubs),
// bundled and minified as the notebook worker bundles it, against issue 10's target.
const { build } = await import('esbuild');
const { formulaStubs } = await import('../src/formula/stubs/alias.js');
const alias = Object.fromEntries(formulaStubs.map((a) => [a.find.source.replace(/^\^|\$$/g, '').replace(/\\\./g, '.'), a.replacement]));
const engineBuild = await build({ entryPoints: ['src/formula/engine.ts'], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, alias, logLevel: 'silent' });
const formulaEngine = { gzipKb: Number((gzipSync(engineBuild.outputFiles[0].contents, { level: 9 }).length / 1024).toFixed(1)), targetKb: 90 };
console.log(`${formulaEngine.gzipKb <= formulaEngine.targetKb ? 'ok  ' : 'OVER'} ${'formula engine (mathjs)'.padEnd(28)} ${String(formulaEngine.gzipKb).padStart(5)} KB gzipped — target ${formulaEngine.targetKb} KB`);
if (write) {
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/size.json', JSON.stringify({ measured: new Date().toISOString().slice(0, 10), method: 'gzip -9 of each file, summed; first load = inline scripts + <script src> entries and their static imports; lazy = reached only through import(); workers = each worker bundle; formulaEngine = src/formula/engine.ts bundled and minified with esbuild', pages, workers, formulaEngine }, null, 2) + '\n');
}
if (pages.some((p) => !p.withinBudget) || formulaEngine.gzipKb > formulaEngine.targetKb) {
  console.error('JS budget exceeded');
  process.exit(1);
}
