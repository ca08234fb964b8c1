// Benchmarks the built site in Chromium: what one slider step costs the page, read from a Chrome
// performance trace through to the first painted frame. For every page × slider × CPU throttle it
// focuses the range input and presses ArrowRight / ArrowLeft (real keyboard input over CDP) N times,
// records a trace around the presses and parses it here: the main-thread work from the task that
// dispatches the keydown to the end of the first frame after it (split into scripting / style /
// layout / paint / other), the input-to-next-frame latency, and Chrome's own Event Timing duration
// (keydown to presented frame, the figure INP is built from). Writes bench/interaction.json and
// bench/interaction.md and prints a summary. A measurement, not a test: slow numbers never fail it;
// it exits non-zero only when it cannot measure (no dist/, no server, no usable trace events).
//
// Usage: node scripts/bench.mjs   (after `npm run build`; uses $CHROME_PATH or /usr/bin/chromium)
//   BENCH_SAMPLES=200   key presses per slider and throttle
//   BENCH_GAP_MS=10     idle gap after each input's second animation frame, before the next press
//   BENCH_ONLY=text     measure only the sliders whose "path selector" contains this text
//   BENCH_CONTROL=1     also measure a bare <input type=range> page first, as a floor
//   BENCH_EVAL='js'     what-if profiling: run this script in each page before its sliders are
//                       measured (e.g. remove a widget to see what it costs); never for the report
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { quantile } from 'd3-array';
import { BREAKDOWN, CATEGORY_OF, categoryOf } from './trace-categories.mjs';

/**
 * What to measure. `path` is served by scripts/serve.mjs from dist/ (gzip, _headers, as a static host) (or, with `html`, by the bench
 * itself); `ready`: selectors that must match before the page counts as hydrated. Each slider is a
 * range input; `prepare(page)` runs before it is measured (e.g. to open a collapsed panel) and may
 * return a function that undoes it afterwards. A missing page or slider is skipped with a warning.
 * @type {{ path: string, html?: string, ready: string[], sliders: { selector: string, prepare?: (page: import('@playwright/test').Page) => Promise<void | (() => Promise<void>)> }[] }[]}
 */
const PAGES = [
  {
    path: '/',
    ready: ['[data-widget="machine-margins"][data-hydrated]'],
    sliders: [{ selector: '#hp-price' }, { selector: '#hp-diff' }, { selector: '#hp-kwh' }],
  },
  {
    // Chapter 2's sliders each re-project every machine month by month (the energy-position table).
    path: '/no-floor/',
    ready: ['[data-widget="energy-position"][data-hydrated]'],
    sliders: [{ selector: '#bar-price', prepare: openScenarioBar }, { selector: '#fv-growth' }, { selector: '#fv-life' }, { selector: '#ep-kwhlow' }, { selector: '[data-prose-input="payback"] input' }],
  },
  {
    // Chapter 3: the price slider re-runs the network's responding path and the cost curve; the
    // growth slider re-projects both paths month by month.
    path: '/hashrate-answers-back/',
    ready: ['[data-widget="hashrate-response"][data-hydrated]', '[data-widget="cost-curve"][data-hydrated]'],
    sliders: [{ selector: '#rt-hrchange' }, { selector: '#cc-price' }, { selector: '#hr-growth' }],
  },
  {
    // Chapter 4: the rate slider re-runs the loan along the projection in all three loan figures;
    // the fleet-size slider rescales cash flow and collateral (the stress test reruns in its worker).
    path: '/underwriting-hashprice/',
    ready: ['[data-widget="debt-service"][data-hydrated]'],
    sliders: [{ selector: '#ds-rate' }, { selector: '#ds-term' }, { selector: '#st-vol' }],
  },
  {
    // Chapter 5: the site size re-runs the site's 16-year path; the peak re-ranks a year of spot
    // hours; the deposit re-runs the host's two years.
    path: '/power-is-the-collateral/',
    ready: ['[data-widget="site-use"][data-hydrated]'],
    sliders: [{ selector: '#su-convmonths' }, { selector: '#fl-spikeshare' }, { selector: '#ho-deposit' }],
  },
  {
    // Chapter 6: the cash slider re-runs three treasuries; the beta slider re-prices the convertible.
    path: '/balance-sheets/',
    ready: ['[data-widget="treasury"][data-hydrated]'],
    sliders: [{ selector: '#tr-cashusd' }, { selector: '#cs-beta' }],
  },
  {
    // The heaviest embeds, alone in their page as a host's iframe shows them.
    path: '/embed/floor-value/',
    ready: ['[data-widget="floor-value"][data-hydrated]'],
    sliders: [{ selector: '#fv-life' }],
  },
  {
    path: '/embed/energy-position/',
    ready: ['[data-widget="energy-position"][data-hydrated]'],
    sliders: [{ selector: '#ep-kwhlow' }],
  },
];

// Every other embed page: its first slider, alone in the page as a host's iframe shows it. (An
// embed without a slider — the timeline, the financing chart, the read-only formula cells — is
// listed as skipped.)
if (existsSync('dist/embed')) {
  for (const id of readdirSync('dist/embed').sort()) {
    const path = `/embed/${id}/`;
    if (PAGES.some((p) => p.path === path)) continue;
    PAGES.push({ path, ready: [`[data-figure="${id}"][data-hydrated]`], sliders: [{ selector: `[data-figure="${id}"] input[type="range"] >> nth=0` }] });
  }
}

// BENCH_CONTROL=1 first measures a bare <input type=range> with no listeners: the floor that any
// slider on this machine pays (input routing, one style/layout/paint/commit of a tiny page).
if (process.env.BENCH_CONTROL) {
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title><link rel="icon" href="data:,"></head><body><input id="control" type="range" min="0" max="1000" value="500" aria-label="control"></body></html>';
  PAGES.unshift({ path: '/__bench-control/', html, ready: ['#control'], sliders: [{ selector: '#control' }] });
}

/** The scenario bar's sliders are collapsed behind its "Adjust" button; open it, close it afterwards. */
async function openScenarioBar(page) {
  const toggle = page.locator('[data-widget="scenario-bar"] button[aria-expanded]');
  if ((await toggle.getAttribute('aria-expanded')) === 'true') return;
  await toggle.click();
  await page.locator('[data-widget="scenario-bar"] button[aria-expanded="true"]').waitFor();
  return async () => {
    await toggle.click();
    await page.locator('[data-widget="scenario-bar"] button[aria-expanded="false"]').waitFor();
  };
}

const SAMPLES = positiveInt(process.env.BENCH_SAMPLES, 200);
const GAP_MS = positiveInt(process.env.BENCH_GAP_MS, 10, true);
const ONLY = process.env.BENCH_ONLY || '';
const THROTTLES = [1, 4];
const WARMUP = 6;
const VIEWPORT = { width: 1280, height: 900 };
const PORT = 4331;
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'toplevel', 'v8.execute'];
const HARNESS_URL = 'nofloor-bench-harness.js';
const BINDING = '__nofloorBenchFramed';

/** Events whose end marks the end of a frame's main-thread part (Commit ends last; the others are fallbacks). */
const FRAME_END_EVENTS = new Set(['Commit', 'Layerize', 'Paint']);

const METHOD = [
  `Each slider is focused and stepped with real key presses (Playwright keyboard.press → CDP Input.dispatchKeyEvent), ArrowRight/ArrowLeft so the value changes every time, ${SAMPLES} presses per slider and CPU throttle (CDP Emulation.setCPUThrottlingRate 1× and 4×) after ${WARMUP} unrecorded warm-up presses, viewport ${VIEWPORT.width}×${VIEWPORT.height}, headless Chromium with ${LAUNCH_ARGS.join(' ')}.`,
  `After each press the next one waits until the page has run two requestAnimationFrame callbacks after the 'input' event (so the first frame after the input has been painted and committed) plus ${GAP_MS} ms, so windows never overlap; presses therefore come every few tens of ms, like a held arrow key.`,
  `A trace (CDP Tracing.start, categories ${CATEGORIES.join(', ')}, ReturnAsStream, read with IO.read) is recorded around the presses and parsed by this script.`,
  `Only the page's renderer main thread counts (CrRendererMain of the process that TracingStartedInBrowser names for the page's main frame).`,
  `Input start = start of the top-level main-thread task that contains the EventDispatch of type 'keydown' (the range input's 'input' event is dispatched inside it).`,
  `Frame end = end of the last Commit (else Layerize, else Paint) event inside the first top-level main-thread task that starts after the input task and contains one of them, i.e. the end of the main thread's part of the first frame after the input; an input with no such task before the next input counts as 'no frame'.`,
  `Main-thread work = sum of the wall-clock durations of top-level main-thread tasks (RunTask; nested events never add) that start within [input start, frame end], less the time spent in the bench's own page hooks (FunctionCall events from ${HARNESS_URL}).`,
  `Breakdown = self time (duration minus nested events) of every event inside those tasks, each credited to the category of its nearest ancestor-or-self listed here: scripting = ${CATEGORY_OF.scripting.join(', ')}, any V8.*/v8.* event; style = ${CATEGORY_OF.style.join(', ')}; layout = ${CATEGORY_OF.layout.join(', ')}; paint = ${CATEGORY_OF.paint.join(', ')}; other = ${CATEGORY_OF.other.join(', ')} and all task, IPC and input-routing overhead. The five add up to the work figure (the bench's hooks are left out of both).`,
  `Thread time (cpuP50Ms) is the same tasks' thread time (tdur), which leaves out time the thread was descheduled.`,
  `To next frame = frame end − input start. Presented = Chrome's EventTiming trace event for the interaction (max over its keydown and keyup: from the key event's OS timestamp to the presentation of the next frame, as INP measures it, unrounded).`,
  `Not counted: main-thread work after that first frame (further frames of CSS transitions, debounced timers and what they start); the first frame does include whatever else the page does in it, such as transition steps still running from the previous press.`,
  `Wall-clock times include the main thread being descheduled on this 2-core machine; CPU throttling multiplies main-thread time, not compositor, raster or GPU-process time.`,
  `Percentiles are d3-array quantile over the ${SAMPLES} presses.`,
  `Cross-check (check in the JSON): in the page, performance.now from a capture keydown listener to a change listener (the range input fires change last, in the same task) should equal the trace's keydown EventDispatch, and the trace's frame end should fall between the two requestAnimationFrame callbacks that follow the input.`,
].join(' ');

function positiveInt(text, fallback, allowZero = false) {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
    console.error(`bench: expected a ${allowZero ? 'non-negative' : 'positive'} integer, got "${text}"`);
    process.exit(1);
  }
  return n;
}

class CannotMeasure extends Error {}

// ---------------------------------------------------------------------------------------------
// In the page: listeners on window. 'keydown' (capture, so first) and 'change' (bubble; the range
// input fires it last, inside the same task) time the input task; on 'input' it waits for two
// animation frames — the first runs at the start of the first frame after the input, the second
// after that frame has been committed — and then tells the bench through a CDP binding, so the
// bench never runs script in the page between presses. The performance.now times are the
// cross-check: the trace's input task should match the first, and its frame end should fall
// between the two animation frame callbacks.
const HARNESS = `(() => {
  if (window.__nofloorBench) return;
  const state = (window.__nofloorBench = { on: false, seq: 0, t0: 0, tChange: 0 });
  addEventListener('keydown', () => { if (state.on) state.t0 = performance.now(); }, true);
  addEventListener('change', () => { if (state.on) state.tChange = performance.now(); });
  addEventListener('input', () => {
    if (!state.on) return;
    const seq = ++state.seq, t0 = state.t0;
    requestAnimationFrame(() => {
      const frameStart = performance.now() - t0;
      requestAnimationFrame(() => ${BINDING}(JSON.stringify({ seq, inputTask: state.tChange - t0, frameStart, nextFrame: performance.now() - t0 })));
    });
  }, true);
})();
//# sourceURL=${HARNESS_URL}`;

async function installHarness(cdp) {
  const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: HARNESS });
  if (exceptionDetails) throw new CannotMeasure(`could not install the page hooks: ${exceptionDetails.text}`);
}
const setHarness = (cdp, on) => cdp.send('Runtime.evaluate', { expression: `window.__nofloorBench.on = ${on}; window.__nofloorBench.seq = 0;` });

/**
 * Reads min/max/step/value and plans `count` presses that stay inside the range, so each one moves
 * the value: half one way and back where there is room, else bouncing off the ends. Null when the
 * element is not an enabled range input with room for two steps.
 */
async function plan(locator, count) {
  const r = await locator.evaluate((el) => el instanceof HTMLInputElement && el.type === 'range' && !el.disabled && { min: Number(el.min || 0), max: Number(el.max || 100), step: el.step === 'any' ? NaN : Number(el.step || 1), value: Number(el.value) });
  if (!r || !(r.step > 0)) return null;
  const stepsRight = Math.floor((r.max - r.value) / r.step + 1e-9);
  const stepsLeft = Math.floor((r.value - r.min) / r.step + 1e-9);
  if (stepsRight + stepsLeft < 2) return null;
  const half = Math.floor(count / 2);
  let dir = stepsRight >= half ? 1 : stepsLeft >= half ? -1 : stepsRight >= stepsLeft ? 1 : -1;
  const keys = [];
  let pos = 0; // in steps from the start value
  for (let i = 0; i < count; i++) {
    if (i === half && Math.abs(pos) === half) dir = -dir;
    if ((dir > 0 && pos >= stepsRight) || (dir < 0 && -pos >= stepsLeft)) dir = -dir;
    pos += dir;
    keys.push(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  return keys;
}

async function readTrace(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream, dataLossOccurred } = await complete;
  if (!stream) throw new CannotMeasure('Tracing.tracingComplete returned no stream');
  const chunks = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 8 << 20 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join(''));
  return { events: Array.isArray(parsed) ? parsed : parsed.traceEvents ?? [], dataLossOccurred };
}

/**
 * Runs one slider at one throttle: warm-up presses, then the traced ones, each followed by the wait
 * for two animation frames and the gap. Returns the parsed trace plus in-page timings, or null when
 * the slider cannot take focus or the warm-up presses produced no input event.
 */
async function record(page, cdp, locator, keys) {
  await locator.focus();
  if (!(await locator.evaluate((el) => el === document.activeElement))) return null;
  const pending = new Map();
  const onBinding = ({ name, payload }) => {
    if (name !== BINDING) return;
    const msg = JSON.parse(payload);
    pending.get(msg.seq)?.(msg);
  };
  cdp.on('Runtime.bindingCalled', onBinding);
  const press = async (key, seq) => {
    let timer;
    const framed = new Promise((resolve) => {
      pending.set(seq, resolve);
      timer = setTimeout(() => resolve(null), 3000);
    });
    await page.keyboard.press(key);
    const msg = await framed;
    clearTimeout(timer);
    pending.delete(seq);
    if (GAP_MS) await new Promise((r) => setTimeout(r, GAP_MS));
    return msg;
  };
  try {
    await setHarness(cdp, true);
    let seq = 0;
    const warm = [];
    const there = keys[0], back = there === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    for (let i = 0; i < WARMUP; i++) warm.push(await press(i % 2 ? back : there, ++seq));
    if (warm.every((m) => !m)) return null;
    await new Promise((r) => setTimeout(r, 250)); // let transitions from the warm-up settle
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { recordMode: 'recordUntilFull', traceBufferSizeInKb: 400_000, includedCategories: CATEGORIES, excludedCategories: ['*'] },
    });
    const perf = [];
    for (const key of keys) perf.push(await press(key, ++seq));
    await new Promise((r) => setTimeout(r, 50));
    const trace = await readTrace(cdp);
    return { ...trace, perf };
  } finally {
    cdp.off('Runtime.bindingCalled', onBinding);
    await setHarness(cdp, false).catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Trace analysis.

/** The renderer main thread of the page at `url`: pid from TracingStartedInBrowser, tid from thread_name. */
function findMainThread(events, url) {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = started?.args?.data?.frames ?? [];
  const frame = frames.find((f) => f.url === url && (f.isOutermostMainFrame ?? !f.parent)) ?? frames.find((f) => f.url?.startsWith(url.split('#')[0]) && !f.parent);
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let thread = frame && mains.find((e) => e.pid === frame.processId);
  if (!thread) {
    // Fall back to the renderer main thread that dispatched key events.
    const counts = new Map();
    for (const e of events) if (e.name === 'EventDispatch' && e.args?.data?.type === 'keydown') counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    thread = best && mains.find((e) => `${e.pid}:${e.tid}` === best[0]);
  }
  if (!thread) throw new CannotMeasure(`no CrRendererMain thread found for ${url} in the trace (TracingStartedInBrowser ${started ? 'lists ' + frames.map((f) => f.url).join(', ') : 'missing'})`);
  return { pid: thread.pid, tid: thread.tid };
}


/**
 * Builds the nesting of the main thread's complete events and sums, per top-level task, the self
 * time of its events by breakdown category, the bench's own hook time and the frame-end marks.
 */
function buildTasks(events, { pid, tid }) {
  const xs = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  const stack = [];
  for (const e of xs) {
    while (stack.length && e.ts >= stack[stack.length - 1].end) stack.pop();
    const parent = stack[stack.length - 1];
    const node = { e, end: e.ts + e.dur, cat: categoryOf(e.name, parent ? parent.cat : 'other'), childDur: 0, task: parent ? parent.task : null, harness: parent?.harness ?? false };
    if (!parent) {
      node.task = { ts: e.ts, end: node.end, dur: e.dur, tdur: e.tdur ?? 0, self: Object.fromEntries(BREAKDOWN.map((c) => [c, 0])), harness: 0, frameEnd: null, keydown: null, input: false, layout: [], style: [], names: new Map() };
      tasks.push(node.task);
    } else parent.childDur += e.dur;
    const t = node.task;
    if (e.name === 'FunctionCall' && e.args?.data?.url === HARNESS_URL && !node.harness) {
      node.harness = true;
      t.harness += e.dur;
      t.hookTs ??= e.ts;
    }
    if (FRAME_END_EVENTS.has(e.name)) {
      const rank = e.name === 'Commit' ? 2 : e.name === 'Layerize' ? 1 : 0;
      if (!t.frameEnd || rank > t.frameEnd.rank || (rank === t.frameEnd.rank && node.end > t.frameEnd.end)) t.frameEnd = { rank, end: node.end };
    }
    if (e.name === 'EventDispatch') {
      const type = e.args?.data?.type;
      if (type === 'keydown' && !t.keydown) t.keydown = e;
      if (type === 'input') t.input = true;
    }
    if (e.name === 'Layout') t.layout.push(e.args?.beginData ?? {});
    if (e.name === 'UpdateLayoutTree') t.style.push(e.args?.elementCount ?? 0);
    stack.push(node);
    node.self = () => Math.max(0, e.dur - node.childDur);
    (t.nodes ??= []).push(node);
  }
  for (const t of tasks) {
    for (const n of t.nodes) {
      if (n.harness) continue; // the bench's own hooks count nowhere
      const self = n.self();
      t.self[n.cat] += self;
      t.names.set(n.e.name, (t.names.get(n.e.name) ?? 0) + self);
    }
    delete t.nodes;
  }
  return tasks;
}

/** Chrome's Event Timing entries (keydown/keyup) with their presentation-based durations, by start time. */
function eventTimings(events, { pid, tid }) {
  return events
    .filter((e) => e.name === 'EventTiming' && e.ph === 'b' && e.pid === pid && e.tid === tid && e.args?.data)
    .map((e) => ({ ts: e.ts, type: e.args.data.type, duration: e.args.data.duration, interactionId: e.args.data.interactionId }))
    .sort((a, b) => a.ts - b.ts);
}

/** One record per key press: its window, work, breakdown and latencies (ms). */
function analyze(events, thread, expected) {
  const tasks = buildTasks(events, thread);
  const inputs = tasks.filter((t) => t.keydown);
  if (inputs.length === 0) throw new CannotMeasure('no keydown EventDispatch on the page\'s main thread in the trace: the key presses did not reach the page');
  const timings = eventTimings(events, thread);
  const samples = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const start = input.ts;
    const limit = i + 1 < inputs.length ? inputs[i + 1].ts : Infinity;
    const frameTask = tasks.find((t) => t.ts >= input.end && t.ts < limit && t.frameEnd);
    // Chrome's Event Timing: the keydown entry that started before this task (its OS timestamp), plus its keyup.
    const prevStart = i > 0 ? inputs[i - 1].ts : -Infinity;
    const kd = timings.filter((t) => t.type === 'keydown' && t.ts <= start && t.ts > prevStart).at(-1);
    const presented = kd ? Math.max(kd.duration, ...timings.filter((t) => kd.interactionId && t.interactionId === kd.interactionId).map((t) => t.duration)) : null;
    if (!frameTask) {
      samples.push({ frame: false, input: input.input, presented });
      continue;
    }
    const frameEnd = frameTask.frameEnd.end;
    const inWindow = tasks.filter((t) => t.ts >= start && t.ts <= frameEnd);
    const sum = (f) => inWindow.reduce((s, t) => s + f(t), 0);
    const breakdown = Object.fromEntries(BREAKDOWN.map((c) => [c, sum((t) => t.self[c]) / 1000]));
    const names = new Map();
    for (const t of inWindow) for (const [n, v] of t.names) names.set(n, (names.get(n) ?? 0) + v / 1000);
    const layouts = inWindow.flatMap((t) => t.layout);
    samples.push({
      frame: true,
      input: input.input,
      work: sum((t) => t.dur - t.harness) / 1000,
      cpu: sum((t) => t.tdur) / 1000,
      harness: sum((t) => t.harness) / 1000,
      tasks: inWindow.length,
      breakdown,
      names,
      toFrame: (frameEnd - start) / 1000,
      dispatch: (input.keydown.ts + input.keydown.dur - (input.hookTs ?? input.keydown.ts)) / 1000,
      hookOffset: input.hookTs != null ? (input.hookTs - start) / 1000 : 0,
      presented,
      layoutDirty: layouts.reduce((s, l) => s + (l.dirtyObjects ?? 0), 0),
      layoutTotal: Math.max(0, ...layouts.map((l) => l.totalObjects ?? 0)),
      styleElements: inWindow.reduce((s, t) => s + t.style.reduce((a, b) => a + b, 0), 0),
    });
  }
  return { samples, keydowns: inputs.length, expected };
}

const q = (xs, p) => {
  const s = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? +quantile(s, p).toFixed(2) : null;
};
const dist = (xs) => ({ p50: q(xs, 0.5), p95: q(xs, 0.95), max: q(xs, 1) });

/**
 * Trace against performance.now in the page, press by press: the keydown task's EventDispatch
 * against keydown-listener → change-listener, and the frame end (less the trace time before the
 * keydown listener ran) against the two animation frame callbacks that must bracket it.
 */
function crossCheck(samples, perf) {
  const pairs = samples.map((s, i) => [s, perf[i]]).filter(([s, m]) => s.frame && m);
  const slack = 0.05; // trace timestamps are in µs, performance.now is coarsened to 5 µs steps and more
  return {
    pairs: pairs.length,
    inputTaskP50Ms: { trace: q(pairs.map(([s]) => s.dispatch), 0.5), perfNow: q(pairs.map(([, m]) => m.inputTask), 0.5) },
    inputTaskMedianAbsDiffMs: q(pairs.map(([s, m]) => Math.abs(s.dispatch - m.inputTask)), 0.5),
    frameEndBetweenAnimationFrames: pairs.filter(([s, m]) => s.toFrame - s.hookOffset >= m.frameStart - slack && s.toFrame - s.hookOffset <= m.nextFrame + slack).length,
    firstAnimationFrameP50Ms: q(pairs.map(([, m]) => m.frameStart), 0.5),
    secondAnimationFrameP50Ms: q(pairs.map(([, m]) => m.nextFrame), 0.5),
  };
}

function summarize({ samples, keydowns, expected }, perf) {
  const framed = samples.filter((s) => s.frame);
  const names = new Map();
  for (const s of framed) for (const [n, v] of s.names) names.set(n, (names.get(n) ?? 0) + v);
  const topEvents = [...names]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, total]) => ({ name, selfMsPerInput: +(total / framed.length).toFixed(2) }));
  return {
    samples: samples.length,
    pressed: expected,
    noFrame: samples.length - framed.length,
    noInputEvent: samples.filter((s) => !s.input).length + Math.max(0, expected - keydowns),
    workMs: dist(framed.map((s) => s.work)),
    // The issue's own sum: scripting + style + layout + paint, per press (work less task overhead).
    renderWorkMs: dist(framed.map((s) => s.work - s.breakdown.other)),
    breakdownP50Ms: Object.fromEntries(BREAKDOWN.map((c) => [c, q(framed.map((s) => s.breakdown[c]), 0.5)])),
    toFrameMs: dist(framed.map((s) => s.toFrame)),
    presentedMs: dist(samples.map((s) => s.presented)),
    cpuP50Ms: q(framed.map((s) => s.cpu), 0.5),
    tasksP50: q(framed.map((s) => s.tasks), 0.5),
    harnessP50Ms: q(framed.map((s) => s.harness), 0.5),
    layoutObjectsP50: { dirty: q(framed.map((s) => s.layoutDirty), 0.5), total: q(framed.map((s) => s.layoutTotal), 0.5) },
    styleElementsP50: q(framed.map((s) => s.styleElements), 0.5),
    topEvents,
    check: crossCheck(samples, keydowns === expected ? perf : []),
  };
}

// ---------------------------------------------------------------------------------------------

async function waitForServer(url, server, ms = 30_000) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (server.exitCode !== null) throw new CannotMeasure(`the static server exited (code ${server.exitCode}) before serving ${url}:\n${serverOutput.replace(/\x1b\[[0-9;]*m/g, '').trim()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new CannotMeasure(`the static server did not answer at ${url} within ${ms / 1000} s`);
}

function markdown(results) {
  const f = (x) => (x == null ? '–' : x.toFixed(1));
  const lines = [
    `# Slider interaction cost`,
    ``,
    `Measured ${results.measured} with Chromium ${results.chromium}, ${results.samples} key presses per slider and CPU throttle, by \`npm run bench\` (scripts/bench.mjs) on ${results.machine} (1-minute load average ${results.loadAverage.start} at the start, ${results.loadAverage.end} at the end; other work on the machine shows up as longer wall-clock times), in ${results.runtimeS} s. All times in ms; p50 / p95 over the presses.`,
    ``,
    `| page | slider | CPU | work p50 | work p95 | work max | script+style+layout+paint p50 / p95 | thread time p50 | scripting | style | layout | paint | other | to frame p50 | to frame p95 | presented p50 | presented p95 | no frame |`,
    `| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |`,
  ];
  for (const r of results.runs) {
    const b = r.breakdownP50Ms;
    lines.push(`| ${r.page} | \`${r.slider}\` | ${r.cpuThrottle}× | ${f(r.workMs.p50)} | ${f(r.workMs.p95)} | ${f(r.workMs.max)} | ${f(r.renderWorkMs?.p50)} / ${f(r.renderWorkMs?.p95)} | ${f(r.cpuP50Ms)} | ${f(b.scripting)} | ${f(b.style)} | ${f(b.layout)} | ${f(b.paint)} | ${f(b.other)} | ${f(r.toFrameMs.p50)} | ${f(r.toFrameMs.p95)} | ${f(r.presentedMs.p50)} | ${f(r.presentedMs.p95)} | ${r.noFrame} |`);
  }
  for (const s of results.skipped) lines.push(``, `Skipped ${s.page}${s.slider ? ` \`${s.slider}\`` : ''}: ${s.reason}.`);
  lines.push(
    ``,
    `Work is every main-thread task in the window; script+style+layout+paint leaves out the "other" category (task, input-routing and IPC overhead no finer event covers), per press.`,
    ``,
    `The breakdown columns are the p50 of each category on its own, so they need not add up to the work p50 (per press they add up exactly). Thread time is the same tasks' CPU time: it leaves out time the main thread was descheduled, so it moves less than wall-clock work when other work loads the machine.`,
    ``,
    `Largest trace events per press (self time, mean over the presses at 1× CPU; the self time of ThreadControllerImpl::RunTask / RunTask is task time that no finer event in these categories covers: input routing, frame bookkeeping, IPC):`,
    ``,
  );
  for (const r of results.runs.filter((r) => r.cpuThrottle === 1)) {
    lines.push(`- ${r.page} \`${r.slider}\`: ${r.topEvents.map((e) => `${e.name} ${e.selfMsPerInput}`).join(', ')}; layout ${r.layoutObjectsP50.dirty ?? '–'} dirty of ${r.layoutObjectsP50.total ?? '–'} objects, style recalc ${r.styleElementsP50 ?? '–'} elements (p50)`);
  }
  lines.push(``, `## How it is measured`, ``, results.method, ``);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

if (!existsSync('dist/index.html')) {
  console.error('bench: no dist/ build found — run npm run build first');
  process.exit(1);
}

const began = Date.now();
const executablePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = spawn(process.execPath, ['scripts/serve.mjs', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let serverOutput = '';
for (const s of [server.stdout, server.stderr]) s.on('data', (d) => (serverOutput = (serverOutput + d).slice(-2000)));
const results = { measured: new Date().toISOString().slice(0, 10), chromium: '', machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`, loadAverage: { start: +loadavg()[0].toFixed(2), end: 0 }, samples: SAMPLES, gapMs: GAP_MS, warmup: WARMUP, viewport: VIEWPORT, launchArgs: LAUNCH_ARGS, categories: CATEGORIES, method: METHOD, runtimeS: 0, runs: [], skipped: [] };
let browser;
let exitCode = 0;
const skip = (page, slider, reason) => {
  console.warn(`bench: skipping ${page}${slider ? ' ' + slider : ''}: ${reason}`);
  results.skipped.push({ page, slider, reason });
};

/** Measures one slider at every throttle; returns false (after a warning) when it cannot. */
async function measureSlider(page, cdp, path, { selector, prepare }) {
  const locator = page.locator(selector);
  const count = await locator.count();
  if (count !== 1) return skip(path, selector, count === 0 ? 'no element matches the selector' : `the selector matches ${count} elements`);
  if (process.env.BENCH_EVAL) await page.evaluate(process.env.BENCH_EVAL);
  const undo = prepare ? await prepare(page) : undefined;
  try {
    // The slider's own island must have hydrated too, or its key presses change nothing but the thumb.
    const hydrated = await locator.evaluate((el) => new Promise((resolve) => {
      const island = el.closest('[data-widget]');
      const until = performance.now() + 10_000;
      const check = () => (!island || island.hasAttribute('data-hydrated') ? resolve(true) : performance.now() > until ? resolve(false) : setTimeout(check, 50));
      check();
    }));
    if (!hydrated) return skip(path, selector, 'its widget never set data-hydrated');
    for (const throttle of THROTTLES) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const keys = await plan(locator, SAMPLES);
      if (!keys) return skip(path, selector, 'not an enabled, focusable range input with room to step');
      const run = await record(page, cdp, locator, keys);
      if (!run) return skip(path, selector, 'key presses on it produced no input event');
      if (run.dataLossOccurred) console.warn(`bench: ${path} ${selector} ×${throttle}: the trace buffer overflowed; some events are missing`);
      if (run.events.length === 0) throw new CannotMeasure('the trace came back empty');
      const analysis = analyze(run.events, findMainThread(run.events, page.url()), keys.length);
      results.runs.push({ page: path, slider: selector, cpuThrottle: throttle, ...summarize(analysis, run.perf), traceEvents: run.events.length });
    }
    return true;
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (typeof undo === 'function') await undo();
  }
}

try {
  await waitForServer(`http://127.0.0.1:${PORT}/`, server);
  browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  results.chromium = browser.version();
  for (const { path, ready, sliders, html } of PAGES) {
    const chosen = sliders.filter((s) => `${path} ${s.selector}`.includes(ONLY));
    if (chosen.length === 0) continue;
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const url = `http://127.0.0.1:${PORT}${path}`;
      if (html) await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
      const response = await page.goto(url);
      if (!response?.ok()) {
        skip(path, null, `the page answered ${response?.status() ?? 'nothing'}`);
        continue;
      }
      try {
        for (const selector of ready) await page.locator(selector).first().waitFor({ timeout: 20_000 });
      } catch {
        skip(path, null, `it never became ready (${ready.join(', ')})`);
        continue;
      }
      const cdp = await context.newCDPSession(page);
      await cdp.send('Runtime.addBinding', { name: BINDING }); // after the navigation: the new document's renderer would not have it
      await installHarness(cdp);
      for (const slider of chosen) await measureSlider(page, cdp, path, slider);
    } finally {
      await context.close();
    }
  }
  if (results.runs.length === 0) throw new CannotMeasure(ONLY && !results.skipped.length ? `no slider matches BENCH_ONLY="${ONLY}"` : 'no slider could be measured');
  if (results.runs.every((r) => r.noFrame === r.samples)) throw new CannotMeasure('no frame was found after any input in any trace');
} catch (err) {
  exitCode = 1;
  console.error(`bench: cannot measure: ${err instanceof CannotMeasure ? err.message : err.stack || err}`);
} finally {
  await browser?.close().catch(() => {});
  try {
    process.kill(-server.pid);
  } catch {
    // the server already exited (its error, if any, is the one reported above)
  }
}
if (exitCode) process.exit(exitCode);

results.runtimeS = Math.round((Date.now() - began) / 1000);
results.loadAverage.end = +loadavg()[0].toFixed(2);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/interaction.json', JSON.stringify(results, null, 2) + '\n');
writeFileSync('bench/interaction.md', markdown(results));

const f = (x) => (x == null ? '–' : x.toFixed(1)).padStart(5);
console.log(`Slider key press → main-thread work and → first frame (Chromium ${results.chromium}, ${SAMPLES} presses each, ms, p50/p95):`);
for (const r of results.runs) {
  const b = r.breakdownP50Ms;
  const warn = [r.noFrame && `${r.noFrame} without a frame`, r.noInputEvent && `${r.noInputEvent} without an input event`].filter(Boolean).join(', ');
  console.log(`  ${(r.page + ' ' + r.slider).padEnd(22)} ×${r.cpuThrottle}  work ${f(r.workMs.p50)}/${f(r.workMs.p95)} (js ${f(b.scripting)} style ${f(b.style)} layout ${f(b.layout)} paint ${f(b.paint)})  to frame ${f(r.toFrameMs.p50)}/${f(r.toFrameMs.p95)}  presented ${f(r.presentedMs.p50)}/${f(r.presentedMs.p95)}${warn ? '  ' + warn : ''}`);
}
const first = results.runs[0];
const c = first.check;
console.log(`Cross-check, ${first.page} ${first.slider} ×${first.cpuThrottle} (trace vs performance.now in the page, p50): keydown task ${c.inputTaskP50Ms.trace} vs ${c.inputTaskP50Ms.perfNow} ms; to frame ${first.toFrameMs.p50} ms, between the animation frames at ${c.firstAnimationFrameP50Ms} and ${c.secondAnimationFrameP50Ms} ms.`);
for (const r of results.runs) {
  const { pairs, inputTaskMedianAbsDiffMs: diff, frameEndBetweenAnimationFrames: inside } = r.check;
  if (pairs < r.samples * 0.9 || diff > 0.5 || inside < pairs * 0.9) console.log(`  note: ${r.page} ${r.slider} ×${r.cpuThrottle}: trace and page disagree (${pairs} of ${r.samples} presses paired, keydown task off by ${diff} ms p50, frame end between the animation frames for ${inside})`);
}
console.log(`Wrote bench/interaction.json and bench/interaction.md in ${results.runtimeS} s.`);
