import type { StressResult } from '../model/stressTest.ts';
import type { Scenario } from '../scenario/schema.ts';
import { loanStressInputs } from '../figures/loanStress.ts';

/**
 * The stress test's last finished run on this page, with the key of the inputs it ran for, so that
 * the live prose (through the island's figure function) reads the same result the widget shows and
 * never runs the simulation on the main thread.
 *
 * @example
 * finishedRun('…key…', result); lastResultFor('…key…') // result
 */
let last: { key: string; result: StressResult } | null = null;

export function finishedRun(key: string, result: StressResult): void {
  last = { key, result };
}

/** The finished result for inputs `key`, or null if the last run was for other inputs (or none has finished). */
export function lastResultFor(key: string): StressResult | null {
  return last && last.key === key ? last.result : null;
}

/**
 * The stress test's inputs as a key: equal keys, equal simulations (the figure's registered inputs).
 *
 * @example
 * stressKey(defaultScenario()) // "price=…&diff=…&…&seed=1"
 */
export function stressKey(s: Scenario): string {
  return loanStressInputs.map((k) => `${k}=${String(s[k])}`).join('&');
}
