// Benchmarks the Monte Carlo stress test (src/model/stressTest.ts) the way its worker runs it:
// 10,000 paths × 60 months at the defaults (the responding network through the fleet curve, and
// the fixed trend for comparison), run after a warm-up, several times; reports the median and the
// best, and the worker chunk's gzipped size from dist/ when a build is there. Writes
// bench/stress.json and bench/stress.md. A measurement, not a test: it never fails on a slow number.
//
// Usage: node scripts/bench-stress.mjs   (Node ≥ 22.18 runs the TypeScript model directly)
//   BENCH_RUNS=7   timed runs per case
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { median } from 'd3-array';
import { createStressSimulator } from '../src/model/stressTest.ts';
import { stressInputs } from '../src/scenario/loanMarket.ts';
import { defaultScenario } from '../src/scenario/schema.ts';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const machines = JSON.parse(readFileSync(new URL('../content/machines.json', import.meta.url), 'utf8'));
const s21 = machines.find((m) => m.id === 'antminer-s21-xp-hydro');
const scenario = { ...defaultScenario(), paths: 10_000, term: 60, life: 60 };

const cases = [
  { name: 'responding network (default)', scenario },
  { name: 'fixed trend', scenario: { ...scenario, hashrate: 'trend' } },
];

const rows = [];
for (const c of cases) {
  const inputs = stressInputs(c.scenario, { terahashPerSecond: s21.terahashPerSecond, watts: s21.watts });
  const time = () => {
    const t0 = performance.now();
    const sim = createStressSimulator(inputs);
    // The worker's chunks: 250 paths at a time.
    for (let p = 0; p < inputs.paths; p += 250) sim.simulate(p, Math.min(inputs.paths, p + 250));
    const t1 = performance.now();
    const result = sim.result();
    return { simulateMs: t1 - t0, summarizeMs: performance.now() - t1, result };
  };
  time(); // warm-up
  const samples = Array.from({ length: runs }, time);
  const total = samples.map((x) => x.simulateMs + x.summarizeMs);
  rows.push({
    case: c.name,
    paths: inputs.paths,
    months: inputs.months,
    medianMs: +median(total).toFixed(1),
    bestMs: +Math.min(...total).toFixed(1),
    medianSimulateMs: +median(samples.map((x) => x.simulateMs)).toFixed(1),
    medianSummarizeMs: +median(samples.map((x) => x.summarizeMs)).toFixed(1),
    pDscrBreach: samples[0].result.pDscrBreach,
    pMarginCall: samples[0].result.pMarginCall,
  });
}

// In Chromium: the page's own worker, from "running" to "done" as the widget reports it (chunks of
// 250 paths, progress messages and all), served from dist/ by a small static server.
let browser = null;
const dist = new URL('../dist/', import.meta.url);
if (existsSync(new URL('underwriting-hashprice/index.html', dist))) {
  const { createServer } = await import('node:http');
  const { extname } = await import('node:path');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = new URL(`.${path}`, dist);
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { chromium } = await import('@playwright/test');
  const chrome = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
  const page = await chrome.newPage();
  const times = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    await page.goto(`http://127.0.0.1:${server.address().port}/underwriting-hashprice/?paths=10000&term=60&life=60&seed=${i + 1}&v=2`);
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const root = document.querySelector('[data-figure="loan-stress"]');
          let start = null;
          const check = () => {
            const state = root.getAttribute('data-state');
            if (state === 'running' && start === null) start = performance.now();
            if (state === 'done' && start !== null) resolve(performance.now() - start);
          };
          new MutationObserver(check).observe(root, { attributes: true, attributeFilter: ['data-state'] });
          root.scrollIntoView();
          check();
        }),
    );
    times.push(ms);
  }
  await chrome.close();
  server.close();
  browser = { chromium: chrome.version(), medianMs: +median(times).toFixed(1), bestMs: +Math.min(...times).toFixed(1), runs: times.length };
}

let workerGzipBytes = null;
const astro = new URL('../dist/_astro/', import.meta.url);
if (existsSync(astro)) {
  const file = readdirSync(astro).find((f) => /^stress\.worker.*\.js$/.test(f));
  if (file) workerGzipBytes = gzipSync(readFileSync(new URL(file, astro)), { level: 9 }).length;
}

const report = {
  measured: new Date().toISOString().slice(0, 10),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  loadAverage1m: +loadavg()[0].toFixed(2),
  target: '10,000 paths × 60 months ≤ 150 ms',
  runs,
  rows,
  browser,
  workerGzipBytes,
};
writeFileSync(new URL('../bench/stress.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
const md = [
  '# Stress test run time',
  '',
  `Measured ${report.measured} with Node ${report.node} on ${report.cpu} (1-minute load ${report.loadAverage1m}), ${runs} runs after a warm-up, by \`npm run bench:stress\`. Target: ${report.target}. Worker chunk: ${workerGzipBytes === null ? 'no build found' : `${(workerGzipBytes / 1024).toFixed(1)} KB gzipped`}.`,
  '',
  '| case | paths × months | median ms | best ms | simulate ms (median) | percentiles ms (median) | P(DSCR < 1) | P(margin call) |',
  '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ...rows.map((r) => `| ${r.case} | ${r.paths.toLocaleString('en-US')} × ${r.months} | ${r.medianMs} | ${r.bestMs} | ${r.medianSimulateMs} | ${r.medianSummarizeMs} | ${(r.pDscrBreach * 100).toFixed(1)}% | ${(r.pMarginCall * 100).toFixed(1)}% |`),
  '',
  browser
    ? `In the page (Chromium ${browser.chromium}, /underwriting-hashprice/ at 10,000 paths × 60 months, responding network, seeds 1–${browser.runs}): the worker takes ${browser.medianMs} ms median, ${browser.bestMs} ms best, from "running" to "done" as the widget reports it.`
    : 'No build in dist/: the in-page measurement was skipped.',
  '',
].join('\n');
writeFileSync(new URL('../bench/stress.md', import.meta.url), md);
console.log(md);
