// What-if profiling for one slider, A/B in one page: rounds of baseline (A) and variant (B)
// segments interleaved, so that whatever else the machine is doing weighs on both alike (between
// two separate bench runs the same build moves by about ±20 %, too much to read a small change).
// The variant is a style sheet (adopted through the CSSOM, which the page's CSP allows) and/or a
// script run before it and undone after; each segment presses the arrow keys like scripts/bench.mjs
// and sums the main thread's trace events by category (self time, per press). A measurement tool,
// not a test; it writes nothing to the repo.
//
// Usage (after npm run build):
//   node scripts/bench-ab.mjs <path> <slider selector> [--css "…"] [--on "js"] [--off "js"] [--rounds 3] [--presses 80] [--cpu 1]
// e.g.
//   node scripts/bench-ab.mjs /hashrate-answers-back/ '#hr-growth' --css '.widget { will-change: transform }'
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { BREAKDOWN, categoryOf } from './trace-categories.mjs';

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { css: { type: 'string', default: '' }, on: { type: 'string', default: '' }, off: { type: 'string', default: '' }, rounds: { type: 'string', default: '3' }, presses: { type: 'string', default: '80' }, cpu: { type: 'string', default: '1' } },
});
const [path, selector] = positionals;
if (!path || !selector || (!opt.css && !opt.on)) {
  console.error('usage: node scripts/bench-ab.mjs <path> <slider selector> [--css "…"] [--on "js"] [--off "js"] [--rounds 3] [--presses 80] [--cpu 1]');
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('bench-ab: no dist/ build found — run npm run build first');
  process.exit(1);
}
const rounds = Number(opt.rounds);
const presses = Number(opt.presses);

// The issue's four categories (task overhead, "other", is left out, as in the bench's sum).
const CATS = BREAKDOWN.filter((c) => c !== 'other');

/** Per-press self time by category on the renderer's main thread, ms. */
function breakdown(file) {
  const { traceEvents } = JSON.parse(readFileSync(file, 'utf8'));
  const mains = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const events = traceEvents.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur != null).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const nodes = events.map((e) => {
    while (stack.length && stack.at(-1).e.ts + stack.at(-1).e.dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const cat = categoryOf(e.name, parent?.cat ?? 'other');
    if (parent) parent.child += e.dur;
    const node = { e, cat, child: 0 };
    stack.push(node);
    return node;
  });
  const sum = Object.fromEntries(BREAKDOWN.map((c) => [c, 0]));
  for (const n of nodes) sum[n.cat] += (n.e.dur - n.child) / 1000 / presses;
  return sum;
}

const port = 4390 + Math.floor(Math.random() * 100);
const server = spawn(process.execPath, ['scripts/serve.mjs', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {}
    if (i > 100) throw new Error('the static server did not answer');
    await new Promise((r) => setTimeout(r, 100));
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}${path}`);
  const slider = page.locator(selector);
  await slider.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await slider.focus();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(opt.cpu) });
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    Object.assign(window, { __abSheet: sheet });
  }, opt.css);
  const file = join(tmpdir(), `nofloor-ab-${process.pid}.json`);
  const segment = async (variant) => {
    await page.evaluate(({ variant, on, off }) => {
      document.adoptedStyleSheets = variant ? [window.__abSheet] : [];
      const js = variant ? on : off;
      if (js) (0, eval)(js);
    }, { variant, on: opt.on, off: opt.off });
    await page.waitForTimeout(300);
    await browser.startTracing(page, { path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(i % 40 < 20 ? 'ArrowRight' : 'ArrowLeft');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    await browser.stopTracing();
    return breakdown(file);
  };
  const runs = { A: [], B: [] };
  for (let r = 0; r < rounds; r++) {
    runs.A.push(await segment(false));
    runs.B.push(await segment(true));
  }
  rmSync(file, { force: true });
  const total = (x) => CATS.reduce((s, c) => s + x[c], 0);
  const mean = (xs, f) => xs.reduce((s, x) => s + f(x), 0) / xs.length;
  console.log(`${path} ${selector}, ${rounds} rounds × ${presses} presses, CPU ${opt.cpu}×; ms per press (the harness's own requestAnimationFrame waits are in scripting, alike in A and B)`);
  for (const [name, xs] of Object.entries(runs)) {
    console.log(`${name === 'A' ? 'A (baseline)' : 'B (variant) '}  total ${mean(xs, total).toFixed(2)}  ${CATS.map((c) => `${c} ${mean(xs, (x) => x[c]).toFixed(2)}`).join('  ')}   rounds: ${xs.map((x) => total(x).toFixed(2)).join(' ')}`);
  }
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {}
}
