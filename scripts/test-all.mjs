// Runs every suite in order — type checks, unit/component tests (Vitest), build, JS budget,
// browser tests (Playwright) — even when an earlier one fails, then prints one line
// "N passed, N failed, N skipped" totalling all of them and exits non-zero on any failure.
// Type checks, build and budget count as one test each; Vitest and Playwright counts come
// from their JSON reports in test-results/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, cmd, args) {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status === 0;
}

function single(label, cmd, args) {
  const ok = run(label, cmd, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

function fromJson(label, file, read) {
  if (!existsSync(file)) {
    totals.failed += 1;
    lines.push(`${label}: no report (${file}) — counted as one failure`);
    return;
  }
  const { passed, failed, skipped } = read(JSON.parse(readFileSync(file, 'utf8')));
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

rmSync('test-results', { recursive: true, force: true });

single('astro check', 'npx', ['astro', 'check']);
single('svelte-check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);

const vitestOk = run('vitest', 'npx', ['vitest', 'run']);
fromJson('vitest', 'test-results/vitest.json', (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests + (vitestOk || j.numFailedTests ? 0 : 1), skipped: j.numPendingTests + j.numTodoTests }));

const built = single('astro build', 'npx', ['astro', 'build']);
if (built) {
  single('JS budget', 'node', ['scripts/size.mjs']);
  const e2eOk = run('playwright', 'npx', ['playwright', 'test']);
  fromJson('playwright', 'test-results/playwright.json', (j) => ({
    passed: j.stats.expected + j.stats.flaky,
    failed: j.stats.unexpected + (e2eOk || j.stats.unexpected ? 0 : 1),
    skipped: j.stats.skipped,
  }));
} else {
  totals.failed += 2;
  lines.push('JS budget, playwright: not run because the build failed — counted as two failures');
}

console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
