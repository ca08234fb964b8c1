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
].join('\n');
writeFileSync(new URL('../bench/stress.md', import.meta.url), md);
console.log(md);
