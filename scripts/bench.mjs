// Benchmarks the built site in Chromium: slider input-to-paint time on the chapter page, at
// full speed and with 4× CPU throttling (a mid-range phone). Writes bench/interaction.json and
// prints a summary. A measurement, not a test: it never fails on a slow number.
// Usage: node scripts/bench.mjs   (after `astro build`; uses $CHROME_PATH or /usr/bin/chromium)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { quantile } from 'd3-array';

const port = 4331;
const executablePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, detached: true });

async function waitForServer(url, ms = 30_000) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not start at ${url}`);
}

/** Sets a range input and waits for the frame that shows the result; returns one duration per change. */
async function measure(page, selector, samples) {
  return page.evaluate(
    async ({ selector, samples }) => {
      const el = document.querySelector(selector);
      const out = [];
      const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      // A task queued by postMessage runs after Svelte's microtask flush, before the next frame.
      const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      await nextPaint();
      for (let i = 0; i < samples; i++) {
        const v = Number(el.min) + ((i * 37) % 100) / 100 * (Number(el.max) - Number(el.min));
        el.value = String(v);
        const t0 = performance.now();
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await nextTask();
        document.documentElement.getBoundingClientRect(); // force style and layout
        const t1 = performance.now();
        await nextPaint();
        out.push({ work: t1 - t0, paint: performance.now() - t0 });
      }
      return out;
    },
    { selector, samples },
  );
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { medianMs: +quantile(s, 0.5).toFixed(2), p95Ms: +quantile(s, 0.95).toFixed(2), maxMs: +s[s.length - 1].toFixed(2) };
};
const summarize = (xs) => ({ samples: xs.length, work: stats(xs.map((x) => x.work)), toPaint: stats(xs.map((x) => x.paint)) });

// Chapter 2's sliders each re-project every machine month by month (the energy-position table), the heaviest work on the site.
const pages = [
  { path: '/', ready: '[data-widget="machine-margins"][data-hydrated]', sliders: ['#hp-price', '#hp-diff', '#hp-kwh'] },
  { path: '/no-floor/', ready: '[data-widget="energy-position"][data-hydrated]', sliders: ['#bar-price', '#fv-growth', '#fv-life', '#ep-kwhlow'] },
];

const results = { measured: new Date().toISOString().slice(0, 10), chromium: '', runs: [] };
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  results.chromium = browser.version();
  for (const throttle of [1, 4]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    for (const { path, ready, sliders } of pages) {
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await page.locator(ready).waitFor();
      for (const slider of sliders) {
        await measure(page, slider, 5); // warm-up
        results.runs.push({ page: path, slider, cpuThrottle: throttle, ...summarize(await measure(page, slider, 40)) });
      }
    }
    await page.close();
  }
  await browser.close();
} finally {
  try {
    process.kill(-server.pid);
  } catch {
    // the server already exited (its error, if any, is the one thrown above)
  }
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/interaction.json', JSON.stringify(results, null, 2) + '\n');
console.log(`Slider input → update (main-thread work incl. style/layout) and → next paint (Chromium ${results.chromium}), ms:`);
for (const r of results.runs) {
  console.log(`  ${(r.page + ' ' + r.slider).padEnd(22)} CPU ×${r.cpuThrottle}: work median ${r.work.medianMs}, p95 ${r.work.p95Ms} | to paint median ${r.toPaint.medianMs}, p95 ${r.toPaint.p95Ms}, max ${r.toPaint.maxMs} (${r.samples} changes)`);
}
