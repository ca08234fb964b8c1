// Prints the gzipped JavaScript each built page loads (scripts, island components, renderers and
// everything they import), checks it against the budget, and writes bench/size.json.
// Usage: node scripts/size.mjs [--write] [distDir]   (run after `astro build`; --write updates bench/size.json)
import { readFileSync, readdirSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const write = args.includes('--write');
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const budgetsKb = { default: 40 };

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

/** The module graph from one entry: static imports and dynamic imports are both followed. */
function walk(file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g)) {
    walk(resolve(dirname(file), m[1] ?? m[2]), seen);
  }
}

const pages = [];
for (const html of htmlFiles(dist)) {
  const text = readFileSync(html, 'utf8');
  const entries = new Set();
  for (const m of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) entries.add(localPath(m[1], html));
  for (const m of text.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(localPath(m[1], html));
  const files = new Set();
  for (const e of entries) walk(e, files);
  let inline = 0;
  for (const m of text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) inline += gzipSync(m[1]).length;
  let external = 0;
  for (const f of files) external += gzipSync(readFileSync(f)).length;
  const page = '/' + relative(dist, html).replace(/index\.html$/, '').replace(/\.html$/, '');
  const kb = (inline + external) / 1024;
  const budget = budgetsKb[page] ?? budgetsKb.default;
  pages.push({ page, files: files.size, gzipKb: Number(kb.toFixed(1)), inlineGzipKb: Number((inline / 1024).toFixed(1)), budgetKb: budget, withinBudget: kb <= budget });
}
pages.sort((a, b) => a.page.localeCompare(b.page));
for (const p of pages) console.log(`${p.withinBudget ? 'ok  ' : 'OVER'} ${p.page.padEnd(28)} ${String(p.gzipKb).padStart(6)} KB gzipped JS (${p.files} files, ${p.inlineGzipKb} KB inline) — budget ${p.budgetKb} KB`);
if (write) mkdirSync('bench', { recursive: true });
if (write) writeFileSync('bench/size.json', JSON.stringify({ measured: new Date().toISOString().slice(0, 10), pages }, null, 2) + '\n');
if (pages.some((p) => !p.withinBudget)) {
  console.error('JS budget exceeded');
  process.exit(1);
}
