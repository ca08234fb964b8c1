import { usdWhole, usd, usdPerKwh, number, trimmed } from '../format/index.ts';
import { defaultFleetText, defaultTiersText, describeMix, fleetTextProblem, tiersTextProblem } from './fleetMix.ts';

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
  /** Block subsidy, BTC (6.25, 3.125 or 1.5625); null: follow the scenario date's halving epoch. */
  subsidy: number | null;
  /** Pool fee, percent of revenue. */
  pool: number;
  /** Uptime, percent of the day. */
  uptime: number;
  /** Custom machine hashrate, TH/s (null: no custom machine). */
  ths: number | null;
  /** Custom machine power draw, W (null: no custom machine). */
  watts: number | null;
  /** The machine the floor-value widgets study: a catalogue id or "custom". */
  machine: string;
  /** Payback period for the payback-value method, months. */
  payback: number;
  /** Remaining life of the machine, whole months. */
  life: number;
  /** Difficulty growth, percent per month (compounded). */
  growth: number;
  /** BTC price change, percent per year. */
  drift: number;
  /** Discount rate, percent per year. */
  discount: number;
  /** Operating mode: "curtail" (switch off in losing months) or "run" (take-or-pay: must run). */
  mode: string;
  /** Resale value at the end of life, USD per machine. */
  resale: number;
  /** Purchase price, USD per TH. */
  cost: number;
  /** Scenario date, YYYY-MM-DD. */
  date: string;
  /** The cheap power price in the energy-position comparison, USD per kWh. */
  kwhlow: number;
  /** The dear power price in the energy-position comparison, USD per kWh. */
  kwhhigh: number;
  /** Efficiency gain from underclocking or firmware: percent fewer J/TH. */
  cut: number;
  /** Hashrate change at the start of an epoch, percent (the one-retarget figure). */
  hrchange: number;
  /** How network hashrate evolves in projections: "respond" (to hashprice; v2 default) or "trend" (fixed growth; v1). */
  hashrate: string;
  /** The network's machine classes: "J/TH-share" pairs joined by "_" (shares are weights), e.g. "12-25_16.5-30". */
  fleet: string;
  /** The network's power-price tiers: "USD per kWh-share" pairs joined by "_", e.g. "0.025-25_0.06-75". */
  tiers: string;
  /** Months a switched-off machine class waits before it leaves the network for good. */
  leave: number;
  /** Megawatts of mining sites converted to AI, MW. */
  aimw: number;
  /** Machines in the financed fleet (of the studied `machine`). */
  units: number;
  /** Loan principal, USD (a BTC loan borrows this ÷ today's price in BTC). */
  loan: number;
  /** Loan interest rate, percent per year (in the loan's currency; monthly rate = ÷ 12). */
  rate: number;
  /** Loan term, whole months. */
  term: number;
  /** Repayment: "level" (amortizing, equal payments) or "interest" (interest only, principal at the end). */
  repay: string;
  /** The fleet's other costs (hosting, staff, overhead), USD per month. */
  opex: number;
  /** Margin-call LTV threshold, percent. */
  call: number;
  /** The loan's currency: "usd" or "btc". */
  denom: string;
  /** Hashprice-linked payments: "on" or "off". */
  linked: string;
  /** Linked payments' floor, percent of the scheduled payment. */
  lfloor: number;
  /** Linked payments' cap, percent of the scheduled payment. */
  lcap: number;
  /** BTC price volatility for the stress test, percent per year. */
  vol: number;
  /** Noise on the monthly trend growth of difficulty for the stress test, percentage points per month (one standard deviation). */
  dnoise: number;
  /** Simulated paths in the stress test. */
  paths: number;
  /** The stress test's random seed: the same seed gives the same paths on any machine. */
  seed: number;
  /** The notebook's formula cells, joined by "~" ('' for none); see `cellsProblem`. */
  cells: string;
  // Power is the collateral (chapter 5).
  /** The site's size, MW of machines. */
  sitemw: number;
  /** An AI tenant's rent, USD per MW-year. */
  lease: number;
  /** The AI lease's term, years. */
  leaseyrs: number;
  /** Capital to convert the site for AI, USD per MW (our assumption). */
  convcost: number;
  /** Months to convert the site, earning nothing (our assumption). */
  convmonths: number;
  /** The spot power curve's base price, USD per kWh. */
  spotbase: number;
  /** Share of the year's hours priced above the base, percent. */
  spikeshare: number;
  /** The dearest hour's price, USD per kWh. */
  spikekwh: number;
  /** Demand-response credit per MWh not drawn, USD. */
  drcredit: number;
  /** Hosting contract: "fixed" price or "pass" (spot passed through plus a spread). */
  hostmode: string;
  /** A fixed-price host's price, USD per kWh. */
  hostprice: number;
  /** A pass-through host's spread over spot, USD per kWh. */
  spread: number;
  /** Clients' deposit, months of hosting bills. */
  deposit: number;
  /** Whether deposits sit in escrow: "on" or "off". */
  escrow: string;
  /** The spot path the hosting and hedge figures run along: "flat", "spike" or "2022". */
  spotpath: string;
  /** Share of the year's power bought forward, percent. */
  hedgeshare: number;
  /** Margin posted on the hedge, percent of its notional value. */
  hedgemargin: number;
  /** The forward price's premium over the spot base, percent. */
  fwdprem: number;
  // Balance sheets (chapter 6).
  /** Bitcoin the miner holds at the start. */
  btcheld: number;
  /** Cash the miner holds at the start, USD. */
  cashusd: number;
  /** What the miner does with what it mines: "hybrid" (sell what pays the costs), "hodl" or "sell". */
  rule: string;
  /** The price path of the balance-sheet figures: "2022" (a 2022-like fall), "trend" or "sim" (one simulated path). */
  pricepath: string;
  /** The miner's share price today, USD. */
  shareprice: number;
  /** Shares outstanding, millions. */
  shares: number;
  /** How the share price follows bitcoin: share ∝ price^beta. */
  beta: number;
  /** The convertible's conversion premium over today's share price, percent. */
  cbpremium: number;
  /** The convertible's maturity, months. */
  cbmonths: number;
  /** The secured notes' coupon, percent per year. */
  coupon: number;
  /** The secured notes' maturity, months. */
  notesmonths: number;
}

export type ScenarioKey = keyof Scenario;
export type NumberKey = { [K in ScenarioKey]: Scenario[K] extends number | null ? K : never }[ScenarioKey];
export type TextKey = { [K in ScenarioKey]: Scenario[K] extends string ? K : never }[ScenarioKey];

interface SpecBase {
  label: string;
  /** Unit as a reader reads it. */
  unit: string;
}

export interface NumberSpec extends SpecBase {
  kind: 'number';
  key: NumberKey;
  min: number;
  max: number;
  /** Slider / keyboard step. */
  step: number;
  /** Whole numbers only (a typed fraction is rounded, with a notice). */
  integer?: boolean;
  /** Allowed values, when the parameter is a choice. */
  choices?: readonly number[];
  /** Default value; null means "absent" (optional parameters, or derived from another one). */
  defaultValue: number | null;
  /** What a null value means, for notices ("so the subsidy follows the scenario date"). */
  unsetMeaning?: string;
  /** Value with its unit for screen readers and notices, e.g. "$76,176 per BTC". */
  describe: (value: number) => string;
}

export interface TextSpec extends SpecBase {
  kind: 'text';
  key: TextKey;
  defaultValue: string;
  /** The accepted values, when the parameter is a choice. */
  choices?: readonly string[];
  /** Checks a typed value; returns a reason when it is not acceptable. */
  problem?: (value: string) => string | undefined;
  describe: (value: string) => string;
}

export type ParamSpec = NumberSpec | TextSpec;

/**
 * The link format version this page writes. Older versions are read through the migrations in
 * link.ts, so a shared link keeps showing what it showed:
 * - 1: difficulty grew at the fixed trend (`growth`) whatever miners earned.
 * - 2: adds the hashrate response (`hashrate`, default "respond"), the fleet mix (`fleet`, `tiers`),
 *   `leave`, `hrchange` and `aimw`. A version-1 link (or a link without `v`) reads as `hashrate=trend`.
 */
export const linkFormatVersion = 2;

/**
 * Why a string cannot be a machine id (a lowercase maker-model slug or "custom"). Which ids exist
 * is the catalogue's business: the page passes them to parseLink (see LinkContext), so the schema
 * does not bundle the catalogue.
 */
export function machineIdProblem(value: string): string | undefined {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? undefined : 'is not a machine id (a lowercase maker-model slug)';
}

export const operatingModes = ['curtail', 'run'] as const;
export const hashrateModes = ['respond', 'trend'] as const;
export const repaymentKinds = ['level', 'interest'] as const;
export const denominations = ['usd', 'btc'] as const;
export const onOff = ['off', 'on'] as const;
export const hostModes = ['fixed', 'pass'] as const;
export const spotPaths = ['2022', 'spike', 'flat'] as const;
export const treasuryRules = ['hybrid', 'hodl', 'sell'] as const;
export const pricePaths = ['2022', 'trend', 'sim'] as const;

const earliestDate = '2009-01-03';
const latestDate = '2100-12-31';

/** Why a string is not a usable scenario date, or undefined when it is one. */
export function dateProblem(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return 'is not a date written YYYY-MM-DD';
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])); // not Date.UTC, which maps years 0–99 to 1900–1999
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return 'is not a calendar date';
  if (value < earliestDate || value > latestDate) return `is outside ${earliestDate} to ${latestDate}`;
  return undefined;
}

/** Most formula cells a notebook link carries. */
export const maxCells = 20;
/** Longest formula cell in a link, in characters (the formula engine's own limit too). */
export const maxCellLength = 500;
/** Longest `cells` value in all, in characters. */
export const maxCellsLength = 2_000;
/** Joins the cells in a link: mathjs's `~` (bitwise not) is an operator the formula engine refuses, so no allowed formula contains it. */
export const cellSeparator = '~';

/**
 * Why a `cells` value cannot be read: more than 20 cells, a cell over 500 characters, or over
 * 2,000 in all. One message names every limit and what the link has. Kept small: every page's link
 * parser carries it (the notebook's cells ride along every page's link). Line breaks and `;` the
 * formula engine refuses, cell by cell.
 *
 * @example
 * cellsProblem('fleet = 300~fleet * 473 TH/s * hashprice') // undefined
 * cellsProblem('1~'.repeat(20) + '1') // "has 21 cells, the longest 1 characters, 41 in all; a notebook link holds at most 20 cells of 500 characters, 2,000 in all"
 */
export function cellsProblem(value: string): string | undefined {
  const cells = value.split(cellSeparator);
  const longest = Math.max(...cells.map((c) => c.length));
  return cells.length > maxCells || longest > maxCellLength || value.length > maxCellsLength
    ? `has ${cells.length} cells, the longest ${longest} characters, ${value.length} in all; a notebook link holds at most 20 cells of 500 characters, 2,000 in all` // the limits above (a test holds them equal)
    : undefined;
}

/**
 * The default scenario: Bitcoin on 2 February 2026 as f2pool's hardware dashboard showed it
 * (reported in S003, early Feb 2026): BTC $76,176, power $0.06/kWh, hashprice $0.034/TH/day.
 * The documents give no difficulty for that day; 141 T is the difficulty at which that hashprice
 * reproduces with the 3.125 BTC subsidy and no fees (the 890 EH/s estimate would imply 124 T).
 */
export const paramSpecs: readonly ParamSpec[] = [
  { kind: 'number', key: 'price', label: 'BTC price', unit: 'USD per BTC', min: 1_000, max: 500_000, step: 100, defaultValue: 76_176, describe: (v) => `${usdWhole(v)} per BTC` },
  { kind: 'number', key: 'diff', label: 'Network difficulty', unit: 'T', min: 1, max: 2_000, step: 1, defaultValue: 141, describe: (v) => `${number(v, v % 1 ? 2 : 0)} T` },
  { kind: 'number', key: 'kwh', label: 'Electricity price', unit: 'USD per kWh', min: 0, max: 0.5, step: 0.001, defaultValue: 0.06, describe: (v) => `${usdPerKwh(v)} per kWh` },
  { kind: 'number', key: 'fees', label: 'Average fees per block', unit: 'BTC', min: 0, max: 10, step: 0.001, defaultValue: 0, describe: (v) => `${number(v, 3)} BTC per block` },
  { kind: 'number', key: 'subsidy', label: 'Block subsidy', unit: 'BTC', min: 1.5625, max: 6.25, step: 1, choices: [6.25, 3.125, 1.5625], defaultValue: null, unsetMeaning: 'let the subsidy follow the scenario date', describe: (v) => `${trimmed(v)} BTC per block` },
  { kind: 'number', key: 'pool', label: 'Pool fee', unit: '%', min: 0, max: 10, step: 0.1, defaultValue: 0, describe: (v) => `${number(v, 1)} %` },
  { kind: 'number', key: 'uptime', label: 'Uptime', unit: '%', min: 1, max: 100, step: 1, defaultValue: 100, describe: (v) => `${number(v, v % 1 ? 1 : 0)} %` },
  { kind: 'number', key: 'ths', label: 'Custom machine hashrate', unit: 'TH/s', min: 0.1, max: 5_000, step: 0.1, defaultValue: null, describe: (v) => `${number(v, v % 1 ? 1 : 0)} TH/s` },
  { kind: 'number', key: 'watts', label: 'Custom machine power', unit: 'W', min: 1, max: 50_000, step: 1, defaultValue: null, describe: (v) => `${number(v)} W` },
  { kind: 'text', key: 'machine', label: 'Machine', unit: '', defaultValue: 'antminer-s21-xp-hydro', problem: machineIdProblem, describe: (v) => (v === 'custom' ? 'your own machine' : v) },
  { kind: 'number', key: 'payback', label: 'Payback period', unit: 'months', min: 1, max: 60, step: 1, defaultValue: 18, describe: (v) => `${number(v, v % 1 ? 1 : 0)} months` },
  { kind: 'number', key: 'life', label: 'Remaining life', unit: 'months', min: 1, max: 120, step: 1, integer: true, defaultValue: 36, describe: (v) => `${number(v)} months` },
  { kind: 'number', key: 'growth', label: 'Difficulty growth', unit: '% per month', min: -5, max: 10, step: 0.1, defaultValue: 2, describe: (v) => `${number(v, 1)} % per month` },
  { kind: 'number', key: 'drift', label: 'BTC price trend', unit: '% per year', min: -90, max: 300, step: 1, defaultValue: 0, describe: (v) => `${number(v, v % 1 ? 1 : 0)} % per year` },
  { kind: 'number', key: 'discount', label: 'Discount rate', unit: '% per year', min: 0, max: 100, step: 0.5, defaultValue: 10, describe: (v) => `${number(v, v % 1 ? 1 : 0)} % per year` },
  { kind: 'text', key: 'mode', label: 'Operating mode', unit: '', defaultValue: 'curtail', choices: operatingModes, describe: (v) => (v === 'run' ? 'must run every month (take-or-pay)' : 'switches off in losing months') },
  { kind: 'number', key: 'resale', label: 'Resale value at end of life', unit: 'USD per machine', min: 0, max: 100_000, step: 10, defaultValue: 0, describe: (v) => `${usdWhole(v)} per machine` },
  { kind: 'number', key: 'cost', label: 'Purchase price', unit: 'USD per TH', min: 0.5, max: 200, step: 0.5, defaultValue: 15, describe: (v) => `${usd(v)} per TH` },
  { kind: 'text', key: 'date', label: 'Scenario date', unit: '', defaultValue: '2026-02-02', problem: dateProblem, describe: (v) => v },
  { kind: 'number', key: 'kwhlow', label: 'Cheap power', unit: 'USD per kWh', min: 0, max: 0.5, step: 0.001, defaultValue: 0.025, describe: (v) => `${usdPerKwh(v)} per kWh` },
  { kind: 'number', key: 'kwhhigh', label: 'Dear power', unit: 'USD per kWh', min: 0, max: 0.5, step: 0.001, defaultValue: 0.07, describe: (v) => `${usdPerKwh(v)} per kWh` },
  { kind: 'number', key: 'cut', label: 'Efficiency gain (fewer J/TH)', unit: '%', min: 0, max: 60, step: 1, defaultValue: 25, describe: (v) => `${number(v, v % 1 ? 1 : 0)} % fewer J/TH` },
  // Link format 2 (see linkFormatVersion). The default −12 % is the news feature's hashrate fall since November 2025.
  { kind: 'number', key: 'hrchange', label: 'Hashrate change at the epoch start', unit: '%', min: -80, max: 50, step: 1, defaultValue: -12, describe: (v) => `${v > 0 ? '+' : ''}${number(v, v % 1 ? 1 : 0)} %` },
  { kind: 'text', key: 'hashrate', label: 'Network hashrate in projections', unit: '', defaultValue: 'respond', choices: hashrateModes, describe: (v) => (v === 'trend' ? 'grows at the fixed trend' : 'responds to hashprice') },
  { kind: 'text', key: 'fleet', label: 'Fleet mix (machine classes)', unit: '', defaultValue: defaultFleetText, problem: fleetTextProblem, describe: (v) => describeMix(v, 'J/TH') },
  { kind: 'text', key: 'tiers', label: 'Fleet mix (power prices)', unit: '', defaultValue: defaultTiersText, problem: tiersTextProblem, describe: (v) => describeMix(v, 'per kWh') },
  { kind: 'number', key: 'leave', label: 'Months before idle machines leave', unit: 'months', min: 1, max: 24, step: 1, integer: true, defaultValue: 3, describe: (v) => `${number(v)} ${v === 1 ? 'month' : 'months'}` },
  { kind: 'number', key: 'aimw', label: 'Mining capacity converted to AI', unit: 'MW', min: 0, max: 20_000, step: 5, defaultValue: 245, describe: (v) => `${number(v, v % 1 ? 1 : 0)} MW` },
  // Underwriting hashprice (chapter 4): a fleet of the studied machine financed by a loan. Defaults are ours (see the chapter).
  { kind: 'number', key: 'units', label: 'Machines in the fleet', unit: 'machines', min: 1, max: 1_000_000, step: 10, integer: true, defaultValue: 1_000, describe: (v) => `${number(v)} ${v === 1 ? 'machine' : 'machines'}` },
  { kind: 'number', key: 'loan', label: 'Loan principal', unit: 'USD', min: 1_000, max: 10_000_000_000, step: 10_000, defaultValue: 3_000_000, describe: (v) => usdWhole(v) },
  { kind: 'number', key: 'rate', label: 'Interest rate', unit: '% per year', min: 0, max: 50, step: 0.25, defaultValue: 12, describe: (v) => `${number(v, v % 1 ? 2 : 0)} % per year` },
  { kind: 'number', key: 'term', label: 'Loan term', unit: 'months', min: 1, max: 120, step: 1, integer: true, defaultValue: 24, describe: (v) => `${number(v)} ${v === 1 ? 'month' : 'months'}` },
  { kind: 'text', key: 'repay', label: 'Repayment', unit: '', defaultValue: 'level', choices: repaymentKinds, describe: (v) => (v === 'interest' ? 'interest only, principal at the end' : 'level payments (amortizing)') },
  { kind: 'number', key: 'opex', label: 'Other costs (hosting, staff)', unit: 'USD per month', min: 0, max: 1_000_000_000, step: 1_000, defaultValue: 50_000, describe: (v) => `${usdWhole(v)} per month` },
  { kind: 'number', key: 'call', label: 'Margin-call LTV', unit: '%', min: 10, max: 500, step: 5, defaultValue: 90, describe: (v) => `${number(v, v % 1 ? 1 : 0)} % LTV` },
  { kind: 'text', key: 'denom', label: 'Loan currency', unit: '', defaultValue: 'usd', choices: denominations, describe: (v) => (v === 'btc' ? 'bitcoin' : 'US dollars') },
  { kind: 'text', key: 'linked', label: 'Hashprice-linked payments', unit: '', defaultValue: 'off', choices: onOff, describe: (v) => (v === 'on' ? 'payments follow hashprice' : 'fixed payments') },
  { kind: 'number', key: 'lfloor', label: 'Linked payment floor', unit: '% of scheduled', min: 0, max: 100, step: 5, defaultValue: 50, describe: (v) => `${number(v, v % 1 ? 1 : 0)} % of the scheduled payment` },
  { kind: 'number', key: 'lcap', label: 'Linked payment cap', unit: '% of scheduled', min: 100, max: 300, step: 5, defaultValue: 150, describe: (v) => `${number(v, v % 1 ? 1 : 0)} % of the scheduled payment` },
  { kind: 'number', key: 'vol', label: 'BTC volatility', unit: '% per year', min: 0, max: 200, step: 1, defaultValue: 50, describe: (v) => `${number(v, v % 1 ? 1 : 0)} % a year` },
  { kind: 'number', key: 'dnoise', label: 'Difficulty growth noise', unit: 'points per month', min: 0, max: 20, step: 0.5, defaultValue: 2, describe: (v) => `${number(v, v % 1 ? 1 : 0)} points a month` },
  { kind: 'number', key: 'paths', label: 'Simulated paths', unit: 'paths', min: 100, max: 20_000, step: 100, integer: true, defaultValue: 5_000, describe: (v) => `${number(v)} paths` },
  { kind: 'number', key: 'seed', label: 'Random seed', unit: '', min: 0, max: 999_999, step: 1, integer: true, defaultValue: 1, describe: (v) => `seed ${number(v)}` },
  // The notebook (/notebook/): the reader's formula cells. '' (no cells) changes no figure, so no format bump.
  { kind: 'text', key: 'cells', label: 'Notebook cells', unit: '', defaultValue: '', problem: cellsProblem, describe: (v) => (v ? 'your cells' : 'no cells') },
  // Power is the collateral (chapter 5). New keys with defaults: no format bump. The lease default is
  // Hut 8's River Bend lease, $7 bn ÷ 15 years ÷ 245 MW (S003); conversion cost and time, the spot
  // curve, the hosting terms and the forward premium are our assumptions (the chapter says so).
  { kind: 'number', key: 'sitemw', label: 'Site size', unit: 'MW', min: 1, max: 5_000, step: 1, defaultValue: 100, describe: (v) => `${number(v, v % 1 ? 1 : 0)} MW` },
  { kind: 'number', key: 'lease', label: 'AI lease', unit: 'USD per MW-year', min: 0, max: 10_000_000, step: 1_000, defaultValue: 1_904_762, describe: (v) => `${usdWhole(v)} per MW-year` },
  { kind: 'number', key: 'leaseyrs', label: 'AI lease term', unit: 'years', min: 1, max: 30, step: 1, integer: true, defaultValue: 15, describe: (v) => `${number(v)} ${v === 1 ? 'year' : 'years'}` },
  { kind: 'number', key: 'convcost', label: 'Conversion to AI', unit: 'USD per MW', min: 0, max: 50_000_000, step: 100_000, defaultValue: 8_000_000, describe: (v) => `${usdWhole(v)} per MW` },
  { kind: 'number', key: 'convmonths', label: 'Conversion time', unit: 'months', min: 0, max: 60, step: 1, integer: true, defaultValue: 12, describe: (v) => `${number(v)} ${v === 1 ? 'month' : 'months'}` },
  { kind: 'number', key: 'spotbase', label: 'Spot power, base price', unit: 'USD per kWh', min: 0, max: 0.5, step: 0.001, defaultValue: 0.04, describe: (v) => `${usdPerKwh(v)} per kWh` },
  { kind: 'number', key: 'spikeshare', label: 'Hours above the base', unit: '% of the year', min: 0, max: 50, step: 0.5, defaultValue: 10, describe: (v) => `${number(v, v % 1 ? 1 : 0)} % of hours` },
  { kind: 'number', key: 'spikekwh', label: 'Dearest hour', unit: 'USD per kWh', min: 0, max: 10, step: 0.01, defaultValue: 1, describe: (v) => `${usdPerKwh(v)} per kWh` },
  { kind: 'number', key: 'drcredit', label: 'Demand-response credit', unit: 'USD per MWh', min: 0, max: 1_000, step: 1, defaultValue: 0, describe: (v) => `${usdWhole(v)} per MWh` },
  { kind: 'text', key: 'hostmode', label: 'Hosting contract', unit: '', defaultValue: 'fixed', choices: hostModes, describe: (v) => (v === 'pass' ? 'spot passed through plus a spread' : 'a fixed price') },
  { kind: 'number', key: 'hostprice', label: 'Fixed hosting price', unit: 'USD per kWh', min: 0, max: 0.5, step: 0.001, defaultValue: 0.06, describe: (v) => `${usdPerKwh(v)} per kWh` },
  { kind: 'number', key: 'spread', label: 'Pass-through spread', unit: 'USD per kWh', min: 0, max: 0.2, step: 0.001, defaultValue: 0.01, describe: (v) => `${usdPerKwh(v)} per kWh` },
  { kind: 'number', key: 'deposit', label: 'Clients’ deposit', unit: 'months of bills', min: 0, max: 24, step: 1, defaultValue: 3, describe: (v) => `${number(v, v % 1 ? 1 : 0)} ${v === 1 ? 'month' : 'months'} of bills` },
  { kind: 'text', key: 'escrow', label: 'Deposits in escrow', unit: '', defaultValue: 'off', choices: onOff, describe: (v) => (v === 'on' ? 'deposits in escrow' : 'deposits spent by the host') },
  { kind: 'text', key: 'spotpath', label: 'Spot price path', unit: '', defaultValue: '2022', choices: spotPaths, describe: (v) => (v === 'flat' ? 'flat' : v === 'spike' ? 'one storm month' : 'a 2022-like year') },
  { kind: 'number', key: 'hedgeshare', label: 'Power bought forward', unit: '%', min: 0, max: 100, step: 5, defaultValue: 100, describe: (v) => `${number(v, v % 1 ? 1 : 0)} %` },
  { kind: 'number', key: 'hedgemargin', label: 'Hedge margin', unit: '% of notional', min: 0, max: 100, step: 1, defaultValue: 30, describe: (v) => `${number(v, v % 1 ? 1 : 0)} % of notional` },
  { kind: 'number', key: 'fwdprem', label: 'Forward premium over base', unit: '%', min: -50, max: 200, step: 1, defaultValue: 10, describe: (v) => `${v > 0 ? '+' : ''}${number(v, v % 1 ? 1 : 0)} %` },
  // Balance sheets (chapter 6): the miner's treasury and its capital stack. Defaults are ours; the
  // coupon default is the ~10 % the 2021-cycle convertibles carried (S002).
  { kind: 'number', key: 'btcheld', label: 'Bitcoin held', unit: 'BTC', min: 0, max: 1_000_000, step: 10, defaultValue: 100, describe: (v) => `${number(v, v % 1 ? 2 : 0)} BTC` },
  { kind: 'number', key: 'cashusd', label: 'Cash held', unit: 'USD', min: 0, max: 10_000_000_000, step: 100_000, defaultValue: 1_000_000, describe: (v) => usdWhole(v) },
  { kind: 'text', key: 'rule', label: 'Treasury rule', unit: '', defaultValue: 'hybrid', choices: treasuryRules, describe: (v) => (v === 'hodl' ? 'hold everything mined' : v === 'sell' ? 'sell everything mined' : 'sell what pays the costs') },
  { kind: 'text', key: 'pricepath', label: 'Bitcoin price path', unit: '', defaultValue: '2022', choices: pricePaths, describe: (v) => (v === 'trend' ? 'the scenario’s trend' : v === 'sim' ? 'one simulated path' : 'a 2022-like fall') },
  { kind: 'number', key: 'shareprice', label: 'Share price today', unit: 'USD', min: 0.01, max: 10_000, step: 0.01, defaultValue: 10, describe: (v) => usd(v) },
  { kind: 'number', key: 'shares', label: 'Shares outstanding', unit: 'million', min: 0.1, max: 100_000, step: 1, defaultValue: 100, describe: (v) => `${number(v, v % 1 ? 1 : 0)} million` },
  { kind: 'number', key: 'beta', label: 'Share price beta to bitcoin', unit: '', min: 0, max: 5, step: 0.1, defaultValue: 1.5, describe: (v) => number(v, 1) },
  { kind: 'number', key: 'cbpremium', label: 'Conversion premium', unit: '%', min: 0, max: 300, step: 5, defaultValue: 30, describe: (v) => `${number(v, v % 1 ? 1 : 0)} %` },
  { kind: 'number', key: 'cbmonths', label: 'Convertible maturity', unit: 'months', min: 1, max: 24, step: 1, integer: true, defaultValue: 24, describe: (v) => `${number(v)} ${v === 1 ? 'month' : 'months'}` },
  { kind: 'number', key: 'coupon', label: 'Secured notes’ coupon', unit: '% per year', min: 0, max: 30, step: 0.25, defaultValue: 10, describe: (v) => `${number(v, v % 1 ? 2 : 0)} % a year` },
  { kind: 'number', key: 'notesmonths', label: 'Secured notes’ maturity', unit: 'months', min: 1, max: 24, step: 1, integer: true, defaultValue: 24, describe: (v) => `${number(v)} ${v === 1 ? 'month' : 'months'}` },
];

export const specByKey: ReadonlyMap<string, ParamSpec> = new Map(paramSpecs.map((s) => [s.key, s]));

/** Looks up a numeric parameter's spec; throws for a key that is not one (a programming error). */
export function spec(key: NumberKey): NumberSpec;
export function spec(key: TextKey): TextSpec;
export function spec(key: ScenarioKey): ParamSpec;
export function spec(key: ScenarioKey): ParamSpec {
  const found = specByKey.get(key);
  if (!found) throw new Error(`unknown scenario parameter: ${key}`);
  return found;
}

/** A fresh copy of the default scenario. */
export function defaultScenario(): Scenario {
  const out: Record<string, unknown> = {};
  for (const s of paramSpecs) out[s.key] = s.defaultValue;
  return out as unknown as Scenario;
}

/** Longest description of an out-of-range value a message repeats; past it (1e300's 400 digits) the message names the parameter instead. */
const longestDescribedValue = 32;

/**
 * What a range message calls the value: its description when that is short and says something the
 * bound's does not (not "$1,000 per BTC is below the minimum, $1,000 per BTC" for 999.7), else the
 * parameter's label.
 */
function valueSaid(s: NumberSpec, n: number, bound: number): string {
  const text = Number.isFinite(n) ? s.describe(n) : '';
  return text && text.length <= longestDescribedValue && text !== s.describe(bound) ? text : s.label;
}

/**
 * Fits a number a reader typed into a parameter's range. Returns the value to use and, when it
 * had to change, a sentence saying what was changed — never a silent change. The sentence is made
 * of the spec's label and descriptions only, so it never prints NaN, Infinity or a 300-digit
 * number; a sentence that does not start with the value described starts with the label.
 *
 * @example
 * fitToSpec(spec('price'), 900) // { value: 1000, message: "$900 per BTC is below the minimum, $1,000 per BTC; set to the minimum." }
 * fitToSpec(spec('price'), 1e300) // { value: 500000, message: "BTC price is above the maximum, $500,000 per BTC; set to the maximum." }
 * fitToSpec(spec('life'), 36.6) // { value: 37, message: "Remaining life takes whole months; rounded to 37 months." }
 */
export function fitToSpec(s: NumberSpec, n: number): { value: number; message?: string } {
  if (Number.isNaN(n)) {
    const value = s.defaultValue ?? s.min;
    return { value, message: `${s.label} needs a number; set to ${s.describe(value)}.` };
  }
  if (n < s.min) return { value: s.min, message: `${valueSaid(s, n, s.min)} is below the minimum, ${s.describe(s.min)}; set to the minimum.` };
  if (n > s.max) return { value: s.max, message: `${valueSaid(s, n, s.max)} is above the maximum, ${s.describe(s.max)}; set to the maximum.` };
  if (s.integer && !Number.isInteger(n)) {
    const rounded = Math.round(n);
    return { value: rounded, message: `${s.label} takes whole ${s.unit}; rounded to ${s.describe(rounded)}.` };
  }
  return { value: n };
}
