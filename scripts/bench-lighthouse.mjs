// Lighthouse (mobile: its default emulated phone, simulated slow 4G and 4× CPU) on the essay's
// pages, the notebook and one embed page, served compressed by scripts/serve.mjs as a static host
// serves them. Writes bench/lighthouse.json and bench/lighthouse.md. A measurement, not a test.
//
// Usage: node scripts/bench-lighthouse.mjs   (after `npm run build`; $CHROME_PATH or /usr/bin/chromium)
//   LH_PAGES=/,/embed/hashprice/   the pages to run (default: every chapter, the notebook, /embed/hashprice/)
//   LH_RUNS=1                      runs per page (the median run by performance score is kept)
import { spawn } from 'node:child_process';
import { readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const PORT = 4332;
const origin = `http://127.0.0.1:${PORT}`;
const chapters = readdirSync('dist', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`dist/${d.name}/index.html`) && !['embed', 'notebook'].includes(d.name))
  .map((d) => `/${d.name}/`)
  .sort();
const pages = process.env.LH_PAGES ? process.env.LH_PAGES.split(',') : ['/', ...chapters, '/notebook/', '/embed/hashprice/'];
const runs = Number(process.env.LH_RUNS ?? 1);
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
});

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: FLAGS });
const rows = [];
try {
  for (const path of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const audit = (id) => lhr.audits[id]?.numericValue;
      results.push({
        path,
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories['best-practices'].score,
        seo: lhr.categories.seo.score,
        fcpMs: Math.round(audit('first-contentful-paint')),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: +audit('cumulative-layout-shift').toFixed(3),
        speedIndexMs: Math.round(audit('speed-index')),
        transferKb: +(audit('total-byte-weight') / 1024).toFixed(1),
        failedA11y: Object.values(lhr.audits).filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id)).map((a) => a.id),
        lighthouse: lhr.lighthouseVersion,
        userAgent: lhr.environment.hostUserAgent,
      });
    }
    results.sort((a, b) => a.performance - b.performance);
    const kept = results[Math.floor(results.length / 2)];
    rows.push(kept);
    console.log(`lighthouse ${path}: performance ${kept.performance} accessibility ${kept.accessibility} TBT ${kept.tbtMs} ms LCP ${kept.lcpMs} ms CLS ${kept.cls}`);
  }
} finally {
  chrome.kill();
  server.kill();
}

const report = {
  measured: new Date().toISOString().slice(0, 10),
  lighthouse: rows[0]?.lighthouse,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  loadAverage1m: +loadavg()[0].toFixed(2),
  settings: 'Lighthouse defaults: mobile form factor, simulated throttling (slow 4G, 4× CPU); served gzipped by scripts/serve.mjs with public/_headers',
  targets: { performance: 0.98, accessibility: 1 },
  runsPerPage: runs,
  rows,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/lighthouse.json', `${JSON.stringify(report, null, 2)}\n`);
const md = [
  '# Lighthouse (mobile)',
  '',
  `Measured ${report.measured} with Lighthouse ${report.lighthouse} on ${report.cpu} (1-minute load ${report.loadAverage1m}) by \`npm run bench\` (scripts/bench-lighthouse.mjs). ${report.settings}. Targets: performance ≥ ${report.targets.performance}, accessibility ${report.targets.accessibility}.`,
  '',
  '| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | speed index ms | transfer KB |',
  '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...rows.map((r) => `| ${r.path} | ${r.performance} | ${r.accessibility}${r.failedA11y.length ? ` (${r.failedA11y.join(', ')})` : ''} | ${r.bestPractices} | ${r.seo} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.speedIndexMs} | ${r.transferKb} |`),
  '',
].join('\n');
writeFileSync('bench/lighthouse.md', md);
console.log(md);
