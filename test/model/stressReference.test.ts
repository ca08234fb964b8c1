import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runStressTest } from '../../src/model/stressTest.ts';
import { stressInputs } from '../../src/scenario/loanMarket.ts';
import type { MachineSpec } from '../../src/model/machineEconomics.ts';
import { encodeStressResult, stressReferenceCases } from '../fixtures/stressReferenceCases.ts';

// The stress test's results, bit for bit, as recorded in test/fixtures/stress-reference.json (its
// "recorded" field says when, at which commit and why; scripts/record-stress-reference.mjs wrote it).
// A change that makes the simulator faster must leave every number where it was.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/stress-reference.json', import.meta.url), 'utf8')) as {
  recorded: string;
  cases: { name: string; result: ReturnType<typeof encodeStressResult> }[];
};
const machines = JSON.parse(readFileSync(new URL('../../content/machines.json', import.meta.url), 'utf8')) as (MachineSpec & { id: string })[];

describe('runStressTest against the recorded reference', () => {
  it('has a recorded result for every reference case, in order', () => {
    expect(fixture.cases.map((c) => c.name)).toEqual(stressReferenceCases.map((c) => c.name));
  });
  for (const [i, c] of stressReferenceCases.entries()) {
    it(`gives the recorded result to the last bit: ${c.name}`, () => {
      const machine = machines.find((m) => m.id === c.scenario.machine)!;
      const got = encodeStressResult(runStressTest(stressInputs(c.scenario, machine)));
      expect(got).toEqual(fixture.cases[i]!.result);
    });
  }
});
