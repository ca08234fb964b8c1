// `npm run bench`: builds the site (timed), then measures it and writes bench/report.md and
// bench/report.json beside each benchmark's own report:
//   build time                      this script (wall clock of `astro build`)
//   first-load and lazy JS per page scripts/size.mjs --write      → bench/size.{json,md}
//   Monte Carlo worker time          scripts/bench-stress.mjs      → bench/stress.{json,md}
//   Lighthouse mobile                scripts/bench-lighthouse.mjs  → bench/lighthouse.{json,md}
//   slider input → paint             scripts/bench.mjs             → bench/interaction.{json,md}
// Measurements, not tests: a slow number never fails it (the JS budget is enforced by `npm test`).
// It exits non-zero only when a benchmark cannot run.
//
// BENCH_QUICK=1 (a few minutes less): no slider traces, Lighthouse on two pages. (CI runs only
// scripts/bench-stress.mjs, after `npm test` has built the site and checked its JS budgets.)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const quick = process.env.BENCH_QUICK === '1';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const node = process.execPath;
let failed = false;

function step(label, cmd, args, extraEnv = {}) {
  console.log(`\n── bench: ${label}`);
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = +((performance.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed = true;
    console.error(`bench: ${label} did not run (exit ${r.status})`);
  }
  return seconds;
}

const buildS = step('build', 'npx', ['astro', 'build']);
step('JS per page', node, ['scripts/size.mjs', '--write']);
step('Monte Carlo worker', node, ['scripts/bench-stress.mjs']);
step('Lighthouse', node, ['scripts/bench-lighthouse.mjs'], quick ? { LH_PAGES: '/,/embed/hashprice/' } : {});
// With the control: a bare range input, the floor any slider on this machine pays.
if (!quick) step('slider input → paint', node, ['scripts/bench.mjs'], { BENCH_CONTROL: '1' });

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
const size = read('bench/size.json');
const stress = read('bench/stress.json');
const lighthouse = read('bench/lighthouse.json');
const interaction = read('bench/interaction.json');
const targets = { workP95Ms1x: 4, workP95Ms4x: 16, inpMs4x: 100, lighthousePerformance: 0.98, lighthouseAccessibility: 1 };

/** Per page: the worst slider's p95 at 1× and 4×, and the worst presented (INP-like) p95 at 4×. */
const sliderPages = new Map();
for (const r of interaction?.runs ?? []) {
  const p = sliderPages.get(r.page) ?? { page: r.page, sliders: new Set(), workP95Ms1x: 0, workP50Ms1x: 0, workP95Ms4x: 0, workP50Ms4x: 0, renderP95Ms1x: 0, renderP95Ms4x: 0, presentedP95Ms4x: 0, worst1x: '' };
  p.sliders.add(r.slider);
  const render = r.renderWorkMs?.p95 ?? null;
  if (r.cpuThrottle === 1) p.renderP95Ms1x = render == null ? null : Math.max(p.renderP95Ms1x ?? 0, render);
  else p.renderP95Ms4x = render == null ? null : Math.max(p.renderP95Ms4x ?? 0, render);
  if (r.cpuThrottle === 1) {
    if (r.workMs.p95 > p.workP95Ms1x) [p.workP95Ms1x, p.worst1x] = [r.workMs.p95, r.slider];
    p.workP50Ms1x = Math.max(p.workP50Ms1x, r.workMs.p50);
  } else {
    p.workP95Ms4x = Math.max(p.workP95Ms4x, r.workMs.p95);
    p.workP50Ms4x = Math.max(p.workP50Ms4x, r.workMs.p50);
    p.presentedP95Ms4x = Math.max(p.presentedP95Ms4x, r.presentedMs.p95 ?? 0);
  }
  sliderPages.set(r.page, p);
}

const report = {
  measured: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
  quick,
  buildSeconds: buildS,
  targets,
  pages: (size?.pages ?? []).map((p) => {
    const s = sliderPages.get(p.page);
    return {
      page: p.page,
      firstLoadGzipKb: p.firstLoadGzipKb,
      budgetKb: p.budgetKb,
      lazyGzipKb: p.lazyGzipKb,
      sliders: s ? s.sliders.size : 0,
      workP50Ms1x: s?.workP50Ms1x ?? null,
      workP95Ms1x: s?.workP95Ms1x ?? null,
      workP50Ms4x: s?.workP50Ms4x ?? null,
      workP95Ms4x: s?.workP95Ms4x ?? null,
      renderP95Ms1x: s?.renderP95Ms1x ?? null,
      renderP95Ms4x: s?.renderP95Ms4x ?? null,
      presentedP95Ms4x: s?.presentedP95Ms4x ?? null,
      worstSlider1x: s?.worst1x ?? null,
    };
  }),
  workers: size?.workers ?? null,
  formulaEngine: size?.formulaEngine ?? null,
  stress: stress && { node: stress.rows, browser: stress.browser, target: stress.target },
  lighthouse: lighthouse?.rows ?? [],
  sources: { size: 'bench/size.json', stress: 'bench/stress.json', lighthouse: 'bench/lighthouse.json', interaction: interaction ? `bench/interaction.json (${interaction.measured}, ${interaction.samples} presses per slider and throttle)` : null },
};
writeFileSync('bench/report.json', `${JSON.stringify(report, null, 2)}\n`);

const f = (x, d = 1) => (x == null ? '–' : Number(x).toFixed(d));
const mark = (ok) => (ok ? '' : ' ✗');
const md = [
  '# Benchmark report',
  '',
  `Measured ${report.measured} on ${report.machine} by \`npm run bench\` (scripts/bench-all.mjs)${quick ? ', quick mode (no slider traces)' : ''}. Build: **${buildS} s**. ✗ marks a figure that misses its target. Details: bench/size.md, bench/interaction.md, bench/lighthouse.md, bench/stress.md.`,
  '',
  `Targets: first-load JS within the page's budget (essay 40 KB, embed 30 KB, or bench/budgets.json with its reason); main-thread work per slider input p95 ≤ ${targets.workP95Ms1x} ms unthrottled and ≤ ${targets.workP95Ms4x} ms at 4× CPU; interaction to next paint (Event Timing, keydown to presented frame) ≤ ${targets.inpMs4x} ms at 4× CPU; Lighthouse mobile performance ≥ ${targets.lighthousePerformance}, accessibility ${targets.lighthouseAccessibility}.`,
  '',
  '## Per page',
  '',
  '| page | first load KB (budget) | lazy KB | sliders | work p50 / p95 ms, 1× | work p50 / p95 ms, 4× | script+style+layout+paint p95 ms, 1× / 4× | INP p95 ms, 4× |',
  '| --- | --: | --: | --: | --: | --: | --: | --: |',
  ...report.pages.map((p) => `| ${p.page} | ${f(p.firstLoadGzipKb)} (${p.budgetKb})${mark(p.firstLoadGzipKb <= p.budgetKb)} | ${f(p.lazyGzipKb)} | ${p.sliders} | ${f(p.workP50Ms1x)} / ${f(p.workP95Ms1x)}${p.workP95Ms1x == null ? '' : mark(p.workP95Ms1x <= targets.workP95Ms1x)} | ${f(p.workP50Ms4x)} / ${f(p.workP95Ms4x)}${p.workP95Ms4x == null ? '' : mark(p.workP95Ms4x <= targets.workP95Ms4x)} | ${f(p.renderP95Ms1x)}${p.renderP95Ms1x == null ? '' : mark(p.renderP95Ms1x <= targets.workP95Ms1x)} / ${f(p.renderP95Ms4x)}${p.renderP95Ms4x == null ? '' : mark(p.renderP95Ms4x <= targets.workP95Ms4x)} | ${f(p.presentedP95Ms4x)}${p.presentedP95Ms4x == null ? '' : mark(p.presentedP95Ms4x <= targets.inpMs4x)} |`),
  '',
  'Slider columns are the worst slider on the page (each slider: bench/interaction.md). A page with no slider figures shows –. Work is every main-thread task from the keydown to the end of the first frame after it; script+style+layout+paint is the same less the task, input-routing and IPC overhead no finer trace event covers (the sum the targets name).',
  ...(sliderPages.get('/__bench-control/') ? [``, `Floor: a bare \`<input type=range>\` alone in a page (no listeners) costs ${f(sliderPages.get('/__bench-control/').workP50Ms1x)} / ${f(sliderPages.get('/__bench-control/').workP95Ms1x)} ms at 1× and ${f(sliderPages.get('/__bench-control/').workP50Ms4x)} / ${f(sliderPages.get('/__bench-control/').workP95Ms4x)} ms at 4× on this machine (input routing, one frame of a tiny page).`] : []),
  '',
  '## Lighthouse (mobile)',
  '',
  '| page | performance | accessibility | TBT ms | LCP ms | CLS |',
  '| --- | --: | --: | --: | --: | --: |',
  ...report.lighthouse.map((r) => `| ${r.path} | ${r.performance}${mark(r.performance >= targets.lighthousePerformance)} | ${r.accessibility}${mark(r.accessibility >= targets.lighthouseAccessibility)} | ${r.tbtMs} | ${r.lcpMs} | ${r.cls} |`),
  '',
  '## Monte Carlo stress test (10,000 paths × 60 months)',
  '',
  ...(stress ? [...stress.rows.map((r) => `- Node, ${r.case}: ${r.medianMs} ms median, ${r.bestMs} ms best.`), stress.browser ? `- In the page's worker (Chromium ${stress.browser.chromium}): ${stress.browser.medianMs} ms median, ${stress.browser.bestMs} ms best.` : '- In the page: not measured (no build).', `- Target: ${stress.target}.`] : ['Not measured.']),
  '',
  '## Workers and the formula engine (gzipped)',
  '',
  ...(size?.workers ?? []).map((w) => `- ${w.worker}: ${w.gzipKb} KB`),
  size?.formulaEngine ? `- formula engine: ${size.formulaEngine.gzipKb} KB (target ${size.formulaEngine.targetKb} KB)` : '',
  '',
].join('\n');
writeFileSync('bench/report.md', md);
console.log(`\n${md}`);
process.exit(failed ? 1 : 0);
