// Records the Monte Carlo stress test's results, bit for bit, for a set of scenarios into
// test/fixtures/stress-reference.json, which test/model/stressReference.test.ts compares against.
// The fixture pins the simulator's arithmetic: a rewrite for speed must give the same numbers to
// the last bit (the same seed gives the same paths on any machine, and a shared link keeps its
// result). Re-record only for a deliberate change of the model's meaning, with a new link format
// version and a note in the fixture's "recorded" field saying why.
//
// Usage: node scripts/record-stress-reference.mjs "why it was recorded"
import { readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { runStressTest } from '../src/model/stressTest.ts';
import { stressInputs } from '../src/scenario/loanMarket.ts';
import { stressReferenceCases, encodeStressResult } from '../test/fixtures/stressReferenceCases.ts';

const why = process.argv[2];
if (!why) {
  console.error('usage: node scripts/record-stress-reference.mjs "why it was recorded"');
  process.exit(1);
}
const machines = JSON.parse(readFileSync(new URL('../content/machines.json', import.meta.url), 'utf8'));
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const cases = stressReferenceCases.map((c) => {
  const machine = machines.find((m) => m.id === c.scenario.machine) ?? machines.find((m) => m.id === 'antminer-s21-xp-hydro');
  return { name: c.name, result: encodeStressResult(runStressTest(stressInputs(c.scenario, machine))) };
});
const out = { recorded: `${new Date().toISOString().slice(0, 10)} at commit ${commit}: ${why}`, command: 'node scripts/record-stress-reference.mjs', cases };
writeFileSync(new URL('../test/fixtures/stress-reference.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${cases.length} cases`);
