import { usdWhole, usdPerKwh, number } from '../format/index.ts';

/**
 * The scenario a reader sets, in the units its link uses. This schema is a public interface:
 * parameter names, units and meanings never change within a link format version (`v`).
 */
export interface Scenario {
  /** BTC price, USD per BTC. */
  price: number;
  /** Network difficulty in T (×10^12). */
  diff: number;
  /** Electricity price, USD per kWh. */
  kwh: number;
  /** Average transaction fees per block, BTC. */
  fees: number;
  /** Block subsidy, BTC: 6.25, 3.125 or 1.5625. */
  subsidy: number;
  /** Pool fee, percent of revenue. */
  pool: number;
  /** Uptime, percent of the day. */
  uptime: number;
  /** Custom machine hashrate, TH/s (null: no custom machine). */
  ths: number | null;
  /** Custom machine power draw, W (null: no custom machine). */
  watts: number | null;
}

export type ScenarioKey = keyof Scenario;

export interface ParamSpec {
  key: ScenarioKey;
  label: string;
  /** Unit as a reader reads it. */
  unit: string;
  min: number;
  max: number;
  /** Slider / keyboard step. */
  step: number;
  /** Allowed values, when the parameter is a choice. */
  choices?: readonly number[];
  /** Default value; null means "absent" (optional parameters). */
  defaultValue: number | null;
  /** Value with its unit for screen readers and notices, e.g. "$76,176 per BTC". */
  describe: (value: number) => string;
}

/** The link format version this page writes and reads. */
export const linkFormatVersion = 1;

/**
 * The default scenario: Bitcoin on 2 February 2026 as f2pool's hardware dashboard showed it
 * (reported in 003, early Feb 2026): BTC $76,176, power $0.06/kWh, hashprice $0.034/TH/day.
 * The documents give no difficulty for that day; 141 T is the difficulty at which that hashprice
 * reproduces with the 3.125 BTC subsidy and no fees (the 890 EH/s estimate would imply 124 T).
 */
export const scenarioDate = '2026-02-02';

export const paramSpecs: readonly ParamSpec[] = [
  { key: 'price', label: 'BTC price', unit: 'USD per BTC', min: 1_000, max: 500_000, step: 100, defaultValue: 76_176, describe: (v) => `${usdWhole(v)} per BTC` },
  { key: 'diff', label: 'Network difficulty', unit: 'T', min: 1, max: 2_000, step: 1, defaultValue: 141, describe: (v) => `${number(v, v % 1 ? 2 : 0)} T` },
  { key: 'kwh', label: 'Electricity price', unit: 'USD per kWh', min: 0, max: 0.5, step: 0.001, defaultValue: 0.06, describe: (v) => `${usdPerKwh(v)} per kWh` },
  { key: 'fees', label: 'Average fees per block', unit: 'BTC', min: 0, max: 10, step: 0.001, defaultValue: 0, describe: (v) => `${number(v, 3)} BTC per block` },
  { key: 'subsidy', label: 'Block subsidy', unit: 'BTC', min: 1.5625, max: 6.25, step: 1, choices: [6.25, 3.125, 1.5625], defaultValue: 3.125, describe: (v) => `${v} BTC per block` },
  { key: 'pool', label: 'Pool fee', unit: '%', min: 0, max: 10, step: 0.1, defaultValue: 0, describe: (v) => `${number(v, 1)} %` },
  { key: 'uptime', label: 'Uptime', unit: '%', min: 1, max: 100, step: 1, defaultValue: 100, describe: (v) => `${number(v, v % 1 ? 1 : 0)} %` },
  { key: 'ths', label: 'Custom machine hashrate', unit: 'TH/s', min: 0.1, max: 5_000, step: 0.1, defaultValue: null, describe: (v) => `${number(v, v % 1 ? 1 : 0)} TH/s` },
  { key: 'watts', label: 'Custom machine power', unit: 'W', min: 1, max: 50_000, step: 1, defaultValue: null, describe: (v) => `${number(v)} W` },
];

export const specByKey: ReadonlyMap<string, ParamSpec> = new Map(paramSpecs.map((s) => [s.key, s]));

/** Looks up a spec by key; throws for a key that is not in the schema (a programming error). */
export function spec(key: ScenarioKey): ParamSpec {
  const found = specByKey.get(key);
  if (!found) throw new Error(`unknown scenario parameter: ${key}`);
  return found;
}

/** A fresh copy of the default scenario. */
export function defaultScenario(): Scenario {
  const out = {} as Record<ScenarioKey, number | null>;
  for (const s of paramSpecs) out[s.key] = s.defaultValue;
  return out as unknown as Scenario;
}

/**
 * Fits a number a reader typed into a parameter's range. Returns the value to use and, when it
 * had to change, a sentence saying what was changed — never a silent change.
 *
 * @example
 * fitToSpec(spec('price'), 900) // { value: 1000, message: "$900 per BTC is below the minimum, $1,000 per BTC; set to the minimum." }
 */
export function fitToSpec(s: ParamSpec, n: number): { value: number; message?: string } {
  if (n < s.min) return { value: s.min, message: `${s.describe(n)} is below the minimum, ${s.describe(s.min)}; set to the minimum.` };
  if (n > s.max) return { value: s.max, message: `${s.describe(n)} is above the maximum, ${s.describe(s.max)}; set to the maximum.` };
  return { value: n };
}
