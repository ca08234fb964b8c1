/**
 * The recomputation ledger: every figure from the source documents that chapters 1 and 2 cite and
 * that can be recomputed, recomputed with the model. Nothing in `computedValue` is typed in: each one is the output of a
 * model function applied to the stated inputs, and `reproduces` is derived from the numbers.
 *
 * @example
 * byId('s21-xp-hydro-cost-ratio').computedValue // ≈ 0.5168 (the document says about 52%)
 * byId('s19-pro-cost-ratio-top').reproduces      // false (162% needs ≈ 37.6 J/TH, not 29.5)
 * byId('asic-index-fall').computedValue          // 0.875: $120/TH → $15/TH, inside the 85–91% range
 * byId('underclocking-gain').reproduces          // false (35 → 23 J/TH is 34.3% fewer J/TH, not 36%)
 */
import machinesJson from '../../content/machines.json';
import type { CatalogueMachine } from '../catalogue/machine.ts';
import { blocksPerDay, daysPerMonth, kwhPerWattDay, thPerEh } from '../model/constants.ts';
import { difficultyTFromHashrate, networkHashrateEhPerSecond } from '../model/difficulty.ts';
import { hashpriceUsdPerThDay, usdPerPhDayFromUsdPerThDay } from '../model/hashprice.ts';
import { btcPaidToMinersPerDay, btcPerThPerDay, satsPerThPerDay } from '../model/reward.ts';
import { hashcostUsdPerThDay } from '../model/powerCost.ts';
import { profitUsdPerDay } from '../model/margin.ts';
import { breakevenUsdPerKwh } from '../model/breakeven.ts';
import { joulesPerTerahash } from '../model/efficiency.ts';
import { machineDay, type MachineDay, type MarketInputs } from '../model/machineEconomics.ts';
import { paybackValueUsd } from '../model/payback.ts';
import { projectMachine, type Projection } from '../model/projection.ts';
import { blockHeightAtDate } from '../model/halving.ts';
import { nextHalvingHeight, subsidyBtcAtHeight } from '../model/subsidy.ts';
import { recoveryFraction } from '../model/recovery.ts';
import { efficiencyGainFraction, joulesPerTerahashAfterCut } from '../model/efficiencyLever.ts';
import { number, percent, sig, usd, usdFine, usdPerKwh, usdWhole } from '../format/index.ts';

export type SourceId = 'S000' | 'S001' | 'S002' | 'S003';

/**
 * How a document figure is tested:
 * - `approx`: the document gives a value; it reproduces when |computed − claimed| ≤ relTolerance · |claimed|.
 * - `atLeast`: the document gives a lower bound ("profitable above $75/MWh"); it reproduces when
 *   computed ≥ claimed · (1 − relTolerance).
 */
export type Comparison = 'approx' | 'atLeast';

export interface Recomputation {
  id: string;
  factIds: string[];
  sourceId: SourceId;
  /** Our paraphrase of what the document says, with its number. */
  claim: string;
  claimedValue: number;
  /** When the document gives a range, its ends (claimedValue is then the midpoint); shown instead of the midpoint. */
  claimedRange?: [number, number];
  /** Unit of claimedValue and computedValue; `ratio` values are fractions (0.52 = 52%). */
  unit: Unit;
  computedValue: number;
  /** The arithmetic, with numbers built by the formatters from computed values. */
  computation: string;
  assumption: string;
  relTolerance: number;
  comparison: Comparison;
  reproduces: boolean;
}

export type Unit = 'USD/TH/s/day' | 'USD/PH/s/day' | 'ratio' | 'USD/MWh' | 'EH/s' | 'BTC per 30 days' | 'USD/TH' | 'USD per machine';

/** Display of a value in its unit, for prose and the ledger table. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'USD/TH/s/day':
      return `$${sig(value, 4)}/TH/day`;
    case 'USD/PH/s/day':
      return `${usd(value)}/PH/day`;
    case 'ratio':
      return percent(value);
    case 'USD/MWh':
      return `${usd(value)}/MWh`;
    case 'EH/s':
      return `${number(value, 1)} EH/s`;
    case 'BTC per 30 days':
      return `${number(value)} BTC`;
    case 'USD/TH':
      return `${usd(value)}/TH`;
    case 'USD per machine':
      return `${usd(value)} per machine`;
  }
}

/** The test each entry's `reproduces` flag records. */
export function reproducesWithin(computed: number, claimed: number, relTolerance: number, comparison: Comparison): boolean {
  if (!Number.isFinite(computed) || !Number.isFinite(claimed)) return false;
  if (comparison === 'atLeast') return computed >= claimed * (1 - relTolerance);
  return Math.abs(computed - claimed) <= relTolerance * Math.abs(claimed);
}

/** Half a unit in the last digit the document quotes, as a fraction of the figure: $82 → 0.5 / 82. */
function roundingTolerance(claimed: number, lastDigit: number): number {
  return lastDigit / 2 / Math.abs(claimed);
}

// ---------------------------------------------------------------------------------------------
// The machine catalogue and the scenarios the documents imply.

/** A catalogue entry (the type lives with the catalogue). */
export type Machine = CatalogueMachine;

export const machines = machinesJson as Machine[];

export function machine(id: string): Machine {
  const found = machines.find((m) => m.id === id);
  if (!found) throw new Error(`no machine "${id}" in content/machines.json; add it there or fix the id`);
  return found;
}

/**
 * The default scenario: f2pool's dashboard of 2 Feb 2026 as reported in S003 (price $76,176,
 * power $0.06/kWh), with difficulty 141 T, the value at which its $0.034/TH/day reproduces.
 */
export const feb2026: MarketInputs = {
  priceUsdPerBtc: 76_176,
  difficultyT: 141,
  usdPerKwh: 0.06,
  feesBtcPerBlock: 0,
  subsidyBtc: 3.125,
  poolFeeFraction: 0,
  uptimeFraction: 1,
};

/** S003's machine cost shares: the same network at a reference price of $75,000. */
export const feb2026Reference: MarketInputs = { ...feb2026, priceUsdPerBtc: 75_000 };

/** The f2pool dashboard's hashrate estimate, EH/s (S003-013). */
export const f2poolHashrateEstimateEh = 890;

/** Year-end 2022: difficulty 35.4 T (S001-028), subsidy 6.25 BTC (S001-150), fees left out. */
export const endOf2022 = { difficultyT: 35.4, subsidyBtc: 6.25, feesBtcPerBlock: 0 } as const;

/** S001 gives no year-end price; its Q4 2022 range is $15,000–$18,000 (S001-021). We use the midpoint. */
export const q4RangeMidpointUsd = (15_000 + 18_000) / 2;

const jPerTh = (id: string) => joulesPerTerahash(machine(id));
const dayAt = (id: string, market: MarketInputs): MachineDay => machineDay(machine(id), market);

// ---------------------------------------------------------------------------------------------
// Ledger entries.

type Draft = Omit<Recomputation, 'reproduces'>;
const finish = (d: Draft): Recomputation => ({ ...d, reproduces: reproducesWithin(d.computedValue, d.claimedValue, d.relTolerance, d.comparison) });

/** Difficulty in T without a trailing ".0": 141 → "141", 124.33 → "124.3". */
const tee = (d: number) => number(d, 1).replace(/\.0$/, '');
/** A hashprice with four significant figures, so the worked arithmetic checks by hand: "$0.03344". */
const hp4 = (usdPerThDay: number) => `$${sig(usdPerThDay, 4)}`;

function hashpriceLine(market: { priceUsdPerBtc: number; difficultyT: number; subsidyBtc: number; feesBtcPerBlock: number }): string {
  const reward = number(market.subsidyBtc + market.feesBtcPerBlock, 4).replace(/\.?0+$/, '');
  return (
    `86,400 s × 10¹² H/s × ${reward} BTC ÷ (${tee(market.difficultyT)} T × 10¹² × 2³²) = ${number(satsPerThPerDay(market), 2)} sats per TH/s per day; ` +
    `× ${usdWhole(market.priceUsdPerBtc)} ÷ 10⁸ = ${hp4(hashpriceUsdPerThDay(market))}/TH/day`
  );
}

function costRatioLine(id: string, market: MarketInputs): string {
  const m = machine(id);
  const d = dayAt(id, market);
  const hp = hashpriceUsdPerThDay(market);
  return (
    `${number(m.watts)} W × 24 h × ${usdPerKwh(market.usdPerKwh)}/kWh ÷ 1000 = ${usd(d.powerCostUsdPerDay)}/day; ` +
    `${number(m.terahashPerSecond)} TH/s × ${hp4(hp)} = ${usd(d.revenueUsdPerDay)}/day; ` +
    `${usd(d.powerCostUsdPerDay)} ÷ ${usd(d.revenueUsdPerDay)} = ${percent(d.costRatio)}`
  );
}

/** J/TH at which a machine's power would eat `ratio` of its revenue at this market. */
function joulesPerThForRatio(ratio: number, market: MarketInputs): number {
  return (ratio * hashpriceUsdPerThDay(market)) / (kwhPerWattDay * market.usdPerKwh);
}

function breakevenMwh(hashprice: number, id: string): number {
  return breakevenUsdPerKwh({ hashpriceUsdPerThDay: hashprice, joulesPerTerahash: jPerTh(id) }) * 1000;
}

function breakevenLine(hashprice: number, id: string): string {
  return `${usd(hashprice)} ÷ (${number(jPerTh(id), 1)} J/TH × 0.024 kWh per W-day) = ${usdPerKwh(breakevenMwh(hashprice, id) / 1000)}/kWh = ${usd(breakevenMwh(hashprice, id))}/MWh`;
}

const feb2026Hashprice = hashpriceUsdPerThDay(feb2026);
const referenceHashprice = hashpriceUsdPerThDay(feb2026Reference);
const difficultyFromEstimateT = difficultyTFromHashrate(f2poolHashrateEstimateEh);
const hashpriceFromEstimate = hashpriceUsdPerThDay({ ...feb2026, difficultyT: difficultyFromEstimateT });
const impliedHashrateFeb2026Eh = networkHashrateEhPerSecond(feb2026.difficultyT);

const endOf2022Btc = btcPerThPerDay(endOf2022);
const endOf2022Hashprice = hashpriceUsdPerThDay({ ...endOf2022, priceUsdPerBtc: q4RangeMidpointUsd });
const endOf2022PriceForSixCents = 0.06 / endOf2022Btc;

const s19jProStockJ = jPerTh('antminer-s19j-pro');
const s19jProTunedJ = s19jProStockJ * (1 - 0.25);
const s19jProTunedBreakevenMwh = breakevenUsdPerKwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: s19jProTunedJ }) * 1000;
const s19jProTunedAltBreakevenMwh = breakevenUsdPerKwh({ hashpriceUsdPerThDay: 0.06, joulesPerTerahash: s19jProStockJ / 1.25 }) * 1000;

const paybackMonths = 15;
const s19jProHashcostAt60 = hashcostUsdPerThDay({ joulesPerTerahash: s19jProStockJ, usdPerKwh: 0.06 });
const s19jProProfitPerTh = profitUsdPerDay({ revenueUsdPerDay: 0.06, powerCostUsdPerDay: s19jProHashcostAt60 });
const s19jProPaybackValue = paybackValueUsd({ profitUsdPerDay: s19jProProfitPerTh, paybackMonths });

const s19ProTopJNeeded = joulesPerThForRatio(1.62, feb2026Reference);
const a1466iJNeeded = joulesPerThForRatio(1.0, feb2026Reference);

const costRatioTolerance = 0.03;
const costRatioToleranceNote =
  'Tolerance 3%: difficulty is pinned only to within the rounding of $0.034 (±1.5%), and the cost shares are quoted as approximate.';

const atLeast75 = (id: string, recomputationId: string, hashprice: number, when: string, factIds: string[], machineNote: string): Recomputation =>
  finish({
    id: recomputationId,
    factIds: ['S001-034', ...factIds],
    sourceId: 'S001',
    claim: `S19- and M30-series machines, much of 2022's new hashrate, still broke even at power prices above $75/MWh; tested for the ${machine(id).model} at ${when} hashprice of ${usd(hashprice)}.`,
    claimedValue: 75,
    unit: 'USD/MWh',
    computedValue: breakevenMwh(hashprice, id),
    computation: breakevenLine(hashprice, id),
    assumption: `${machineNote} The claim is a lower bound: it holds if the breakeven is at least $75/MWh.`,
    relTolerance: 0,
    comparison: 'atLeast',
  });

// ---------------------------------------------------------------------------------------------
// Chapter 2, "No floor": collateral, recovery and the floor-value defaults.

/**
 * The floor-value defaults chapter 2 states in its prose and scenario note. They mirror the
 * reader's default scenario in src/scenario/schema.ts; a test keeps the two equal.
 */
export const floorDefaults = {
  dateIso: '2026-02-02',
  machineId: 'antminer-s21-xp-hydro',
  paybackMonths: 18,
  lifeMonths: 36,
  difficultyGrowthPerMonth: 0.02,
  priceDriftPerYear: 0,
  discountRatePerYear: 0.1,
  resaleUsd: 0,
  purchaseUsdPerTh: 15,
  cheapUsdPerKwh: 0.025,
  dearUsdPerKwh: 0.07,
  efficiencyCutFraction: 0.25,
} as const;

const floorStartHeight = blockHeightAtDate(floorDefaults.dateIso);
const floorHalvingHeight = nextHalvingHeight(floorStartHeight);
/** The 2 Feb 2026 market with the subsidy the date implies (3.125 BTC until height 1,050,000). */
const floorMarket: MarketInputs = { ...feb2026, subsidyBtc: subsidyBtcAtHeight(floorStartHeight) };

const msPerDay = 86_400_000;
const floorStartMs = Date.parse(`${floorDefaults.dateIso}T00:00:00Z`);
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "April 2028": the calendar month in which projected month `m` (months of 30.4375 days) starts. */
const projectedMonthLabel = (m: number) => monthYear.format(new Date(floorStartMs + Math.round(m * daysPerMonth) * msPerDay));

/** One machine over the default life at the defaults, optionally at another power price or with fewer watts. */
function projectAtDefaults(id: string, usdPerKwh: number = floorMarket.usdPerKwh, wattsFactor = 1): Projection {
  const m = machine(id);
  return projectMachine({
    machine: { terahashPerSecond: m.terahashPerSecond, watts: m.watts * wattsFactor },
    market: { ...floorMarket, usdPerKwh },
    startBlockHeight: floorStartHeight,
    lifeMonths: floorDefaults.lifeMonths,
    difficultyGrowthPerMonth: floorDefaults.difficultyGrowthPerMonth,
    priceDriftPerYear: floorDefaults.priceDriftPerYear,
    discountRatePerYear: floorDefaults.discountRatePerYear,
    resaleUsd: floorDefaults.resaleUsd,
  });
}

const s21 = machine(floorDefaults.machineId);
const s21Day = machineDay(s21, floorMarket);
const s21PaybackValue = paybackValueUsd({ profitUsdPerDay: s21Day.profitUsdPerDay, paybackMonths: floorDefaults.paybackMonths });
const s21Projection = projectAtDefaults(floorDefaults.machineId);
const s21Cheap = projectAtDefaults(floorDefaults.machineId, floorDefaults.cheapUsdPerKwh);
const s21Dear = projectAtDefaults(floorDefaults.machineId, floorDefaults.dearUsdPerKwh);
const s21JoulesAfterCut = joulesPerTerahashAfterCut({ joulesPerTerahash: s21Day.joulesPerTerahash, reductionFraction: floorDefaults.efficiencyCutFraction });
const s19jProAtDefaults = projectAtDefaults('antminer-s19j-pro');
const s19jProCheap = projectAtDefaults('antminer-s19j-pro', floorDefaults.cheapUsdPerKwh);
const s19jProDay2026 = machineDay(machine('antminer-s19j-pro'), floorMarket);

// 2022: the ASIC price index (S001-065, S001-058) against the op-ed's 85–91% (S000-013).
const indexPeakUsdPerTh = 120;
const indexLowUsdPerTh = 15;
const indexKept = recoveryFraction({ recoveredUsd: indexLowUsdPerTh, referenceUsd: indexPeakUsdPerTh });
const asicFallRange = [0.85, 0.91] as const;
const asicFallMid = (asicFallRange[0] + asicFallRange[1]) / 2;
const asicFallHalfWidth = (asicFallRange[1] - asicFallRange[0]) / 2;

// 2022: defaulted ASIC-backed loans (S001-060, S001-061) against the index low.
const defaultedLoansUsd = 277e6;
const defaultedCollateralTh = 11.59 * thPerEh;
const defaultedCollateralAtLowUsd = defaultedCollateralTh * indexLowUsdPerTh;
const defaultedLtvAtLow = defaultedLoansUsd / defaultedCollateralAtLowUsd;
const defaultedLoanPerThUsd = defaultedLoansUsd / defaultedCollateralTh;
const defaultedLtvAtPeak = defaultedLoansUsd / (defaultedCollateralTh * indexPeakUsdPerTh);

// 2026: NFN8 (S000-002, S000-006..009). "Under $50,000" over "over 5,000" units: an upper bound per unit.
const nfn8TotalUsdBound = 50_000;
const nfn8UnitsBound = 5_000;
const nfn8UnitUpperBoundUsd = nfn8TotalUsdBound / nfn8UnitsBound;
const nfn8PeakRangeUsd = [5_000, 10_000] as const;
const nfn8KeptVsLowPeak = recoveryFraction({ recoveredUsd: nfn8UnitUpperBoundUsd, referenceUsd: nfn8PeakRangeUsd[0] });
const nfn8KeptVsHighPeak = recoveryFraction({ recoveredUsd: nfn8UnitUpperBoundUsd, referenceUsd: nfn8PeakRangeUsd[1] });
const nfn8DipFacilityUsd = 2.75e6;

// The payback method at the index low: an S19j Pro on 18 months at the report's year-end inputs.
const s19jProPayback18 = paybackValueUsd({ profitUsdPerDay: s19jProProfitPerTh, paybackMonths: 18 });
/** Hashprice at which an 18-month payback on an S19j Pro at $60/MWh equals the $15/TH index low. */
const hashpriceForIndexLow = indexLowUsdPerTh / paybackValueUsd({ profitUsdPerDay: 1, paybackMonths: 18 }) + s19jProHashcostAt60;

// Underclocking, 35 → 23 J/TH (S001-067..069).
const underclockFromJ = 35;
const underclockToJ = 23;
const underclockClaim = 0.36;
const underclockCut = efficiencyGainFraction({ fromJoulesPerTerahash: underclockFromJ, toJoulesPerTerahash: underclockToJ });
const underclockHashesPerJouleGain = underclockFromJ / underclockToJ - 1;
const underclockEndNeededJ = joulesPerTerahashAfterCut({ joulesPerTerahash: underclockFromJ, reductionFraction: underclockClaim });
const underclockStartNeededJ = underclockToJ / (1 - underclockClaim);

/**
 * Facts the chapters cite that have nothing to recompute (a date, a count, a benchmark from
 * outside mining, a model input), each with the reason. Every other cited fact must appear in a
 * ledger entry; a test enforces both.
 */
export const citedWithoutRecomputation: Readonly<Record<string, string>> = {
  'S000-001': 'A date: the month NFN8 filed for Chapter 11.',
  'S000-003': 'A count of creditors (more than 250 equipment lessors).',
  'S000-004': 'A share of capacity lost to fire; the op-ed gives no capacity figures to check it against.',
  'S000-005': 'The size of a financing facility, quoted for comparison with the machines’ value.',
  'S000-011': 'A benchmark from traditional asset-based lending, not derived from mining data.',
  'S000-012': 'A benchmark depreciation rate for industrial machinery, not derived from mining data.',
  'S000-014': 'A reported difficulty change; the op-ed gives no difficulty levels to recompute it from.',
  'S000-015': 'An illustrative power price: a model input, not a result.',
  'S000-016': 'An illustrative power price: a model input, not a result.',
  'S000-017': 'An illustrative power price threshold: a model input, not a result.',
  'S000-018': 'An illustrative power price range: a model input, not a result.',
  'S001-024': 'Yearly difficulty growth; the report does not give the start-of-year difficulty needed to recompute it.',
  'S001-025': 'Yearly difficulty growth; the report does not give the difficulties needed to recompute it.',
  'S002-011': 'A coupon rate, used as the default discount rate rather than tested.',
};

export const recomputations: Recomputation[] = [
  finish({
    id: 'f2pool-hashprice',
    factIds: ['S003-001', 'S003-012', 'S003-014', 'S003-015'],
    sourceId: 'S003',
    claim: "f2pool's 2 Feb 2026 dashboard put a day's revenue per terahash at $0.034, with bitcoin at about $76,176.",
    claimedValue: 0.034,
    unit: 'USD/TH/s/day',
    computedValue: feb2026Hashprice,
    computation: hashpriceLine(feb2026),
    assumption:
      'The document gives no difficulty. We use 141 T, subsidy 3.125 BTC, fees 0; 141 T is chosen so this figure reproduces, and it implies ' +
      `${number(impliedHashrateFeb2026Eh)} EH/s, about 12% above the dashboard's 890 EH/s estimate, which is what a difficulty that has not yet caught up with a falling hashrate looks like.`,
    relTolerance: roundingTolerance(0.034, 0.001),
    comparison: 'approx',
  }),
  finish({
    id: 'f2pool-hashprice-from-estimate',
    factIds: ['S003-013', 'S003-015'],
    sourceId: 'S003',
    claim: 'The dashboard put the network near 890 EH/s next to its $0.034/TH/day; tested here: does that hashrate, taken as the one difficulty implies, give the same hashprice?',
    claimedValue: 0.034,
    unit: 'USD/TH/s/day',
    computedValue: hashpriceFromEstimate,
    computation:
      `890 EH/s × 10¹⁸ × 600 s ÷ (2³² × 10¹²) = ${number(difficultyFromEstimateT, 1)} T; ` + hashpriceLine({ ...feb2026, difficultyT: difficultyFromEstimateT }),
    assumption:
      `Treating the 890 EH/s estimate as the difficulty-implied hashrate gives ${number(difficultyFromEstimateT, 1)} T and a hashprice about ` +
      `${percent(hashpriceFromEstimate / 0.034 - 1, 0)} too high. Revenue follows difficulty, which lags a falling hashrate (S003 describes that lag), so this reading does not reproduce.`,
    relTolerance: roundingTolerance(0.034, 0.001),
    comparison: 'approx',
  }),
  finish({
    id: 'hashrate-drawdown',
    factIds: ['S003-010', 'S003-013'],
    sourceId: 'S003',
    claim: 'Network hashrate was down roughly 12% from the previous November.',
    claimedValue: 0.12,
    unit: 'ratio',
    computedValue: 1 - f2poolHashrateEstimateEh / impliedHashrateFeb2026Eh,
    computation: `141 T × 2³² ÷ 600 s = ${number(impliedHashrateFeb2026Eh, 1)} EH/s; 1 − 890 ÷ ${number(impliedHashrateFeb2026Eh, 1)} = ${percent(1 - f2poolHashrateEstimateEh / impliedHashrateFeb2026Eh)}`,
    assumption:
      'A consistency check, not an independent one: if 141 T still reflects the hashrate before the decline, the 890 EH/s estimate sits this far below it. It supports 141 T as a lagging difficulty.',
    relTolerance: roundingTolerance(0.12, 0.01),
    comparison: 'approx',
  }),
  finish({
    id: 'f2pool-per-petahash',
    factIds: ['S003-015', 'S003-017'],
    sourceId: 'S003',
    claim: 'The $0.034 per terahash figure equals $34 per PH/s per day.',
    claimedValue: 34,
    unit: 'USD/PH/s/day',
    computedValue: usdPerPhDayFromUsdPerThDay(0.034),
    computation: `${usdFine(0.034)}/TH/day × 1,000 TH per PH = ${usd(usdPerPhDayFromUsdPerThDay(0.034))}/PH/day`,
    assumption: 'Unit conversion only: 1 PH/s = 1,000 TH/s.',
    relTolerance: 1e-9,
    comparison: 'approx',
  }),
  finish({
    id: 's21-xp-hydro-cost-ratio',
    factIds: ['S003-018', 'S003-019', 'S003-020', 'S003-021', 'S003-022'],
    sourceId: 'S003',
    claim: 'At $75,000 per bitcoin and $0.06/kWh, power takes about 52% of an Antminer S21 XP Hydro\'s revenue (473 TH/s, 5,676 W).',
    claimedValue: 0.52,
    unit: 'ratio',
    computedValue: dayAt('antminer-s21-xp-hydro', feb2026Reference).costRatio,
    computation: costRatioLine('antminer-s21-xp-hydro', feb2026Reference),
    assumption: `Hashprice scaled to $75,000 at 141 T, subsidy 3.125, fees 0 (${hp4(referenceHashprice)}/TH/day). Machine spec as given in S003. ${costRatioToleranceNote}`,
    relTolerance: costRatioTolerance,
    comparison: 'approx',
  }),
  finish({
    id: 's19-xp-cost-ratio',
    factIds: ['S003-020', 'S003-021', 'S003-023'],
    sourceId: 'S003',
    claim: 'Mid-generation machines such as the Antminer S19 XP spend roughly 92–100% of revenue on power at the same price and tariff (low end).',
    claimedValue: 0.92,
    unit: 'ratio',
    computedValue: dayAt('antminer-s19-xp', feb2026Reference).costRatio,
    computation: costRatioLine('antminer-s19-xp', feb2026Reference),
    assumption: `S19 XP at its nameplate 140 TH/s, 3,010 W (unconfirmed; not in the documents). Same hashprice as above. ${costRatioToleranceNote}`,
    relTolerance: costRatioTolerance,
    comparison: 'approx',
  }),
  finish({
    id: 'a1466i-cost-ratio',
    factIds: ['S003-020', 'S003-021', 'S003-023'],
    sourceId: 'S003',
    claim: 'The Avalon A1466I is the other machine named in the 92–100% band (high end).',
    claimedValue: 1.0,
    unit: 'ratio',
    computedValue: dayAt('avalon-a1466i', feb2026Reference).costRatio,
    computation: costRatioLine('avalon-a1466i', feb2026Reference),
    assumption:
      `A1466I at 170 TH/s, 3,315 W (19.5 J/TH): a nameplate we could not confirm against a datasheet. With it the machine spends well under 100%; ` +
      `reaching 100% takes ${number(a1466iJNeeded, 1)} J/TH, which no A14-series nameplate we know of has. The top of the band does not reproduce. ${costRatioToleranceNote}`,
    relTolerance: costRatioTolerance,
    comparison: 'approx',
  }),
  finish({
    id: 'a1366-cost-ratio',
    factIds: ['S003-024', 'S003-020', 'S003-021', 'S001-090', 'S001-091'],
    sourceId: 'S003',
    claim: 'Older machines (Avalon A1366, WhatsMiner M50S, S19 Pro lines) spend roughly 109–162% of revenue on power; the A1366 is the most efficient of the three (low end).',
    claimedValue: 1.09,
    unit: 'ratio',
    computedValue: dayAt('avalon-a1366', feb2026Reference).costRatio,
    computation: costRatioLine('avalon-a1366', feb2026Reference),
    assumption: `A1366 at 130 TH/s and 25 J/TH as S001 gives it (3,250 W). Same hashprice as above. ${costRatioToleranceNote}`,
    relTolerance: costRatioTolerance,
    comparison: 'approx',
  }),
  finish({
    id: 's19-pro-cost-ratio-top',
    factIds: ['S003-024', 'S003-020', 'S003-021'],
    sourceId: 'S003',
    claim: 'The top of the 109–162% band: the least efficient of the three named machines, the S19 Pro, at 162%.',
    claimedValue: 1.62,
    unit: 'ratio',
    computedValue: dayAt('antminer-s19-pro', feb2026Reference).costRatio,
    computation:
      costRatioLine('antminer-s19-pro', feb2026Reference) +
      `; 162% would need 1.62 × ${hp4(referenceHashprice)} ÷ (0.024 × ${usdPerKwh(0.06)}) = ${number(s19ProTopJNeeded, 1)} J/TH`,
    assumption:
      `S19 Pro at its nameplate 110 TH/s, 3,250 W (29.5 J/TH; unconfirmed). That gives about ${percent(dayAt('antminer-s19-pro', feb2026Reference).costRatio, 0)}, not 162%. ` +
      `162% needs ${number(s19ProTopJNeeded, 1)} J/TH, the efficiency of a 2020-era machine such as the M30S, not of any S19 Pro nameplate; the top of the band does not reproduce. ${costRatioToleranceNote}`,
    relTolerance: costRatioTolerance,
    comparison: 'approx',
  }),
  finish({
    id: 'peak-difficulty-hashrate',
    factIds: ['S001-026', 'S001-027'],
    sourceId: 'S001',
    claim: 'Difficulty peaked at 37.0 T on 20 Nov 2022, implying a network hashrate of 264.5 EH/s.',
    claimedValue: 264.5,
    unit: 'EH/s',
    computedValue: networkHashrateEhPerSecond(37.0),
    computation: `37.0 T × 10¹² × 2³² ÷ 600 s = ${number(networkHashrateEhPerSecond(37.0), 2)} EH/s`,
    assumption:
      `37.0 T is rounded: 264.5 EH/s corresponds to ${number(difficultyTFromHashrate(264.5), 2)} T, which rounds to 37.0 T. ` +
      'Tolerance 0.5% covers that rounding.',
    relTolerance: 0.005,
    comparison: 'approx',
  }),
  finish({
    id: 'year-end-2022-hashprice',
    factIds: ['S001-022', 'S001-028', 'S001-150', 'S001-021'],
    sourceId: 'S001',
    claim: 'Hashprice closed 2022 at $0.06 per TH/s per day, with difficulty at 35.4 T.',
    claimedValue: 0.06,
    unit: 'USD/TH/s/day',
    computedValue: endOf2022Hashprice,
    computation: hashpriceLine({ ...endOf2022, priceUsdPerBtc: q4RangeMidpointUsd }),
    assumption:
      `The report gives no year-end bitcoin price. At fees 0, $0.06 exactly needs ${usdWhole(endOf2022PriceForSixCents)}, inside its own Q4 range of $15,000–$18,000; ` +
      `we test with that range's midpoint, ${usdWhole(q4RangeMidpointUsd)}, and subsidy 6.25 BTC. A price near $16,500–$17,000 plus some fees fits. Tolerance: $0.06 is rounded to the cent.`,
    relTolerance: roundingTolerance(0.06, 0.01),
    comparison: 'approx',
  }),
  finish({
    id: 's19j-pro-breakeven-stock',
    factIds: ['S001-078', 'S001-080'],
    sourceId: 'S001',
    claim: 'At a $0.06 hashprice an S19j Pro on stock firmware breaks even at $82/MWh.',
    claimedValue: 82,
    unit: 'USD/MWh',
    computedValue: breakevenMwh(0.06, 'antminer-s19j-pro'),
    computation: breakevenLine(0.06, 'antminer-s19j-pro'),
    assumption: 'S19j Pro as the 100 TH/s, 3,050 W variant (30.5 J/TH; the bin that makes this reproduce). Tolerance: whole dollars.',
    relTolerance: roundingTolerance(82, 1),
    comparison: 'approx',
  }),
  finish({
    id: 's19j-pro-breakeven-braiins',
    factIds: ['S001-077', 'S001-079', 'S001-080'],
    sourceId: 'S001',
    claim: 'Aftermarket firmware making the S19j Pro up to 25% more efficient lifts its breakeven to $109/MWh at the same $0.06 hashprice.',
    claimedValue: 109,
    unit: 'USD/MWh',
    computedValue: s19jProTunedBreakevenMwh,
    computation: `${number(s19jProStockJ, 1)} J/TH × 0.75 = ${number(s19jProTunedJ, 2)} J/TH; ${usd(0.06)} ÷ (${number(s19jProTunedJ, 2)} × 0.024) = ${usd(s19jProTunedBreakevenMwh)}/MWh`,
    assumption:
      `"25% more efficient" read as 25% fewer joules per terahash. Read instead as 25% more hashes per joule (J/TH ÷ 1.25), the breakeven would be ${usd(s19jProTunedAltBreakevenMwh)}/MWh and would not reproduce. Tolerance: whole dollars.`,
    relTolerance: roundingTolerance(109, 1),
    comparison: 'approx',
  }),
  finish({
    id: 's19j-pro-payback-value',
    factIds: ['S001-096', 'S001-097', 'S001-098', 'S001-099'],
    sourceId: 'S001',
    claim: 'Priced on a 15-month payback at a $0.06 hashprice and $60/MWh power, an S19j Pro is worth a little over $7 per TH.',
    claimedValue: 7,
    unit: 'USD/TH',
    computedValue: s19jProPaybackValue,
    computation:
      `${usd(0.06)} − ${number(s19jProStockJ, 1)} J/TH × 0.024 × ${usdPerKwh(0.06)} = ${hp4(s19jProProfitPerTh)} per TH/s per day; ` +
      `× 15 months × ${number(daysPerMonth, 4)} days = ${usd(s19jProPaybackValue)}/TH`,
    assumption: 'S19j Pro at 30.5 J/TH, power only (no hosting or overhead), months of 30.4375 days. Tolerance: the figure is given to the dollar.',
    relTolerance: roundingTolerance(7, 1),
    comparison: 'approx',
  }),
  atLeast75('antminer-s19-pro', 's19-pro-breakeven-q3-2022', 0.09, 'the Q3 2022 average', ['S001-020'], 'S19 Pro at 29.5 J/TH (nameplate, unconfirmed).'),
  atLeast75('antminer-s19j-pro', 's19j-pro-breakeven-q3-2022', 0.09, 'the Q3 2022 average', ['S001-020'], 'S19j Pro at 30.5 J/TH.'),
  atLeast75('antminer-s19-pro', 's19-pro-breakeven-end-2022', 0.06, 'the year-end 2022', ['S001-022'], 'S19 Pro at 29.5 J/TH (nameplate, unconfirmed).'),
  atLeast75('antminer-s19j-pro', 's19j-pro-breakeven-end-2022', 0.06, 'the year-end 2022', ['S001-022'], 'S19j Pro at 30.5 J/TH.'),
  atLeast75('antminer-s19', 's19-breakeven-end-2022', 0.06, 'the year-end 2022', ['S001-022'], 'The original S19 at 95 TH/s, 3,250 W (34.2 J/TH; nameplate, unconfirmed).'),
  atLeast75('whatsminer-m30s', 'm30s-breakeven-end-2022', 0.06, 'the year-end 2022', ['S001-022'], 'WhatsMiner M30S at 88 TH/s, 3,344 W (38 J/TH; nameplate, unconfirmed).'),
  finish({
    id: 'issuance-30-days',
    factIds: ['S001-052', 'S001-150'],
    sourceId: 'S001',
    claim: 'Across the network, miners produce about 27,000 bitcoins every 30 days.',
    claimedValue: 27_000,
    unit: 'BTC per 30 days',
    computedValue: btcPaidToMinersPerDay({ subsidyBtc: 6.25, feesBtcPerBlock: 0 }) * 30,
    computation: `144 blocks/day × 6.25 BTC × 30 days = ${number(btcPaidToMinersPerDay({ subsidyBtc: 6.25, feesBtcPerBlock: 0 }) * 30)} BTC`,
    assumption: 'Subsidy only (6.25 BTC per block until April 2024), fees excluded, blocks at the 10-minute target.',
    relTolerance: 0.01,
    comparison: 'approx',
  }),  finish({
    id: 'asic-index-fall',
    factIds: ['S000-013', 'S001-065', 'S001-058'],
    sourceId: 'S000',
    claim:
      'Through the 2022 bear market ASIC values dropped by 85–91%. Tested with the ASIC price index the 2022 report quotes: close to $120/TH for new-generation machines at the 2021 peak, and as little as $15/TH at the low.',
    claimedValue: asicFallMid,
    claimedRange: [0.85, 0.91],
    unit: 'ratio',
    computedValue: 1 - indexKept,
    computation: `${usdWhole(indexLowUsdPerTh)}/TH ÷ ${usdWhole(indexPeakUsdPerTh)}/TH = ${percent(indexKept)} kept; 1 − ${percent(indexKept)} = ${percent(1 - indexKept)} lost`,
    assumption:
      `The 85–91% range is entered as its midpoint, ${percent(asicFallMid, 0)}, with a tolerance of ±${number(asicFallHalfWidth * 100)} points, so any fall inside the range reproduces. ` +
      'The two index readings are not like for like: the peak is quoted for newer-generation machines and the low for the index as a whole, and the report adds that some over-the-counter deals cleared below it. “Nearly $120” makes the true fall slightly smaller than computed.',
    relTolerance: asicFallHalfWidth / asicFallMid,
    comparison: 'approx',
  }),
  finish({
    id: 'defaulted-loans-ltv',
    factIds: ['S001-049', 'S001-060', 'S001-061', 'S001-058'],
    sourceId: 'S001',
    claim:
      'By the second half of 2022 most ASIC-backed loans were owed more than their collateral was worth, a loan-to-value above 100%. Tested on the book that defaulted: $277mm of loans against more than 11.59 EH/s of machines.',
    claimedValue: 1,
    unit: 'ratio',
    computedValue: defaultedLtvAtLow,
    computation:
      `11.59 EH/s × ${number(thPerEh)} TH/s per EH/s × ${usdWhole(indexLowUsdPerTh)}/TH = ${usdWhole(defaultedCollateralAtLowUsd)} of machines; ` +
      `${usdWhole(defaultedLoansUsd)} ÷ ${usdWhole(defaultedCollateralAtLowUsd)} = ${percent(defaultedLtvAtLow)} LTV`,
    assumption:
      `Machines valued at the index low of ${usdWhole(indexLowUsdPerTh)}/TH. The $277mm is the defaulted principal as reported; the balance still owed may have been smaller, and “over 11.59 EH” means more collateral than we count, both of which would lower the ratio. ` +
      `The loans come to ${usd(defaultedLoanPerThUsd)} per TH/s, so the ratio stays above 100% whenever the machines fetch less than that; at the ${usdWhole(indexPeakUsdPerTh)}/TH peak price it would have been ${percent(defaultedLtvAtPeak)}. ` +
      'The claim is a lower bound: it holds if the recomputed LTV is at least 100%.',
    relTolerance: 0,
    comparison: 'atLeast',
  }),
  finish({
    id: 'nfn8-per-unit',
    factIds: ['S000-002', 'S000-006', 'S000-007'],
    sourceId: 'S000',
    claim: 'NFN8’s fleet of more than 5,000 ASICs was estimated to be worth less than $50,000 in all, which the op-ed rounds to about $10 a machine.',
    claimedValue: 10,
    unit: 'USD per machine',
    computedValue: nfn8UnitUpperBoundUsd,
    computation: `under ${usdWhole(nfn8TotalUsdBound)} ÷ over ${number(nfn8UnitsBound)} machines = less than ${usd(nfn8UnitUpperBoundUsd)} per machine`,
    assumption:
      'Both inputs are bounds, the total from above and the count from below, so $10 is the most a unit can be worth on this estimate, not a point value. ' +
      'The op-ed does not say whether the count includes machines in the half of the capacity lost to fire before the filing. Tolerance: the figure is given to the dollar.',
    relTolerance: roundingTolerance(10, 1),
    comparison: 'approx',
  }),
  finish({
    id: 'nfn8-collapse-ratio',
    factIds: ['S000-009', 'S000-008', 'S000-007', 'S000-006', 'S000-002'],
    sourceId: 'S000',
    claim: 'Against the $5,000–$10,000 these machines changed hands for in the bull market, about $10 a unit is a peak-to-trough fall of more than 99%.',
    claimedValue: 0.99,
    unit: 'ratio',
    computedValue: 1 - nfn8KeptVsLowPeak,
    computation:
      `${usd(nfn8UnitUpperBoundUsd)} ÷ ${usdWhole(nfn8PeakRangeUsd[0])} = ${percent(nfn8KeptVsLowPeak, 2)} kept; 1 − ${percent(nfn8KeptVsLowPeak, 2)} = ${percent(1 - nfn8KeptVsLowPeak, 2)} lost ` +
      `(against ${usdWhole(nfn8PeakRangeUsd[1])}: ${percent(1 - nfn8KeptVsHighPeak, 2)})`,
    assumption:
      'The most cautious pairing: the upper bound on today’s unit value against the bottom of the peak range. Every other pairing gives a larger fall. The claim is a lower bound: it holds if the fall is at least 99%.',
    relTolerance: 0,
    comparison: 'atLeast',
  }),
  finish({
    id: 'payback-18-index-low',
    factIds: ['S001-059', 'S001-058', 'S001-098', 'S001-099', 'S001-020', 'S001-022'],
    sourceId: 'S001',
    claim:
      'The 2022 report prices ASICs on an 18-month payback and says that curve follows observed ASIC prices closely. Tested at one point: an S19j Pro valued on 18 months with the report’s year-end inputs ($0.06 hashprice, $60/MWh), against the index low of $15/TH.',
    claimedValue: indexLowUsdPerTh,
    unit: 'USD/TH',
    computedValue: s19jProPayback18,
    computation:
      `${usd(0.06)} − ${number(s19jProStockJ, 1)} J/TH × 0.024 × ${usdPerKwh(0.06)} = ${hp4(s19jProProfitPerTh)} per TH/s per day; × 18 months × ${number(daysPerMonth, 4)} days = ${usd(s19jProPayback18)}/TH; ` +
      `${usdWhole(indexLowUsdPerTh)}/TH would need a hashprice of ${usdWhole(indexLowUsdPerTh)} ÷ (18 × ${number(daysPerMonth, 4)}) + ${hp4(s19jProHashcostAt60)} = ${hp4(hashpriceForIndexLow)}`,
    assumption:
      'We cannot redraw the report’s chart, only test one point of it, and the report does not date the index low. We allow 20% for “closely”. ' +
      `With year-end inputs the 18-month value falls about ${percent(1 - s19jProPayback18 / indexLowUsdPerTh, 0)} short of $15/TH; the two meet at a hashprice near $${sig(hashpriceForIndexLow, 2)}, a level between the third-quarter average of $0.09 and the year-end $0.06. ` +
      'The index averages all models and the S19j Pro was a mid-range machine, so its fair value should sit near or above the average, not below it. The report itself notes that fair values fell faster than sellers’ asking prices.',
    relTolerance: 0.2,
    comparison: 'approx',
  }),
  finish({
    id: 'underclocking-gain',
    factIds: ['S001-067', 'S001-068', 'S001-069'],
    sourceId: 'S001',
    claim: 'By underclocking, one miner brought its machines down to 23 J/TH from 35 J/TH, which the 2022 report describes as an efficiency improvement of more than 36%.',
    claimedValue: underclockClaim,
    unit: 'ratio',
    computedValue: underclockCut,
    computation:
      `(${underclockFromJ} − ${underclockToJ}) ÷ ${underclockFromJ} = ${percent(underclockCut)} fewer J/TH; as hashes per joule, ${underclockFromJ} ÷ ${underclockToJ} − 1 = ${percent(underclockHashesPerJouleGain)}; ` +
      `36% fewer J/TH needs a start of ${underclockToJ} ÷ ${number(1 - underclockClaim, 2)} = ${number(underclockStartNeededJ, 1)} J/TH or an end of ${underclockFromJ} × ${number(1 - underclockClaim, 2)} = ${number(underclockEndNeededJ, 1)} J/TH`,
    assumption:
      `Read as a cut in J/TH, the sense the same report gives “25% more efficient” for firmware, 35 → 23 is ${percent(underclockCut)}, short of the bound. ` +
      `Read as hashes per joule it is ${percent(underclockHashesPerJouleGain)}, so far above 36% that no one would put it that way. Neither reading gives 36%; one of the two J/TH figures is probably rounded. ` +
      'The claim is a lower bound, tested in the J/TH reading.',
    relTolerance: 0,
    comparison: 'atLeast',
  }),
];

export function byId(id: string): Recomputation {
  const found = recomputations.find((r) => r.id === id);
  if (!found) throw new Error(`no recomputation "${id}"; ids are: ${recomputations.map((r) => r.id).join(', ')}`);
  return found;
}

/**
 * Derived numbers the chapters' prose quotes that are not document figures: each is model output.
 * `floor` holds chapter 2's numbers at the floor-value defaults (`floorDefaults`).
 */
export const figures = {
  feb2026Hashprice,
  referenceHashprice,
  impliedHashrateFeb2026Eh,
  difficultyFromEstimateT,
  hashpriceFromEstimate,
  estimateOverstatement: hashpriceFromEstimate / feb2026Hashprice - 1,
  satsPerThFeb2026: satsPerThPerDay(feb2026),
  satsPerThEnd2022: satsPerThPerDay(endOf2022),
  endOf2022PriceForSixCents,
  s21XpHydro: dayAt('antminer-s21-xp-hydro', feb2026Reference),
  s21XpHydroFeb2026: dayAt('antminer-s21-xp-hydro', feb2026),
  m50s: dayAt('whatsminer-m50s', feb2026Reference),
  m30s: dayAt('whatsminer-m30s', feb2026Reference),
  s19jPro: dayAt('antminer-s19j-pro', feb2026Reference),
  s19ProTopJNeeded,
  a1466iJNeeded,
  s19jProTunedAltBreakevenMwh,
  blocksPerDayBtcFeb2026: btcPaidToMinersPerDay({ subsidyBtc: 3.125, feesBtcPerBlock: 0 }),
  floor: {
    startBlockHeight: floorStartHeight,
    halvingHeight: floorHalvingHeight,
    /** Calendar month of the next halving at 144 blocks a day from the scenario date. */
    halvingDateLabel: monthYear.format(new Date(floorStartMs + Math.round((floorHalvingHeight - floorStartHeight) / blocksPerDay) * msPerDay)),
    subsidyBtc: floorMarket.subsidyBtc,
    difficultyGrowthPerYear: (1 + floorDefaults.difficultyGrowthPerMonth) ** 12 - 1,
    /** The document years' difficulty growth (S001-024, S001-025) as monthly rates. */
    monthlyGrowth2021: 1.273 ** (1 / 12) - 1,
    monthlyGrowth2022: 1.428 ** (1 / 12) - 1,
    s21: {
      terahashPerSecond: s21.terahashPerSecond,
      joulesPerTerahash: s21Day.joulesPerTerahash,
      profitUsdPerDay: s21Day.profitUsdPerDay,
      paybackValueUsd: s21PaybackValue,
      paybackValueUsdPerTh: s21PaybackValue / s21.terahashPerSecond,
      purchaseUsd: floorDefaults.purchaseUsdPerTh * s21.terahashPerSecond,
      curtailUsd: s21Projection.valueCurtailUsd,
      curtailUsdPerTh: s21Projection.valueCurtailUsd / s21.terahashPerSecond,
      runUsd: s21Projection.valueRunUsd,
      runUsdPerTh: s21Projection.valueRunUsd / s21.terahashPerSecond,
      /** Undiscounted profit over the whole life when losing months are switched off. */
      lifetimeProfitCurtailUsd: s21Projection.months.reduce((sum, m) => sum + Math.max(0, m.profitUsd), 0),
      underwaterMonth: s21Projection.underwaterMonth,
      underwaterMonthLabel: s21Projection.underwaterMonth === null ? 'never' : projectedMonthLabel(s21Projection.underwaterMonth),
      halvingMonth: s21Projection.halvingMonth,
      satsPerThStart: s21Projection.months[0]!.satsPerThPerDay,
      satsPerThEnd: s21Projection.satsPerThEnd,
      satsKeptFraction: s21Projection.satsPerThEnd / s21Projection.months[0]!.satsPerThPerDay,
      breakevenUsdPerKwh: s21Day.breakevenUsdPerKwh,
      joulesAfterCut: s21JoulesAfterCut,
      breakevenUsdPerKwhAfterCut: breakevenUsdPerKwh({ hashpriceUsdPerThDay: hashpriceUsdPerThDay(floorMarket), joulesPerTerahash: s21JoulesAfterCut }),
      cheapCurtailUsd: s21Cheap.valueCurtailUsd,
      cheapUnderwaterMonth: s21Cheap.underwaterMonth,
      dearCurtailUsd: s21Dear.valueCurtailUsd,
      dearRunUsd: s21Dear.valueRunUsd,
      cheapOverDearCurtail: s21Cheap.valueCurtailUsd / s21Dear.valueCurtailUsd,
    },
    s19jPro: {
      costRatio: s19jProDay2026.costRatio,
      paybackValueUsdPerTh: paybackValueUsd({ profitUsdPerDay: s19jProDay2026.profitUsdPerDay, paybackMonths: floorDefaults.paybackMonths }) / machine('antminer-s19j-pro').terahashPerSecond,
      curtailUsd: s19jProAtDefaults.valueCurtailUsd,
      runUsd: s19jProAtDefaults.valueRunUsd,
      cheapCurtailUsd: s19jProCheap.valueCurtailUsd,
    },
    /** What industrial machinery keeps over the same life at the op-ed's 15–20% a year (S000-012). */
    industrialKeptOverLife: [0.8 ** (floorDefaults.lifeMonths / 12), 0.85 ** (floorDefaults.lifeMonths / 12)] as const,
    /** A +14.73% retarget (S000-014) cuts every machine's BTC output by this fraction. */
    retargetOutputCut: 1 - 1 / 1.1473,
    nfn8DipOverMachines: nfn8DipFacilityUsd / nfn8TotalUsdBound,
    /** Share of peak value ASICs kept in 2022 at the ends of the op-ed's 85–91% fall (S000-013): [low, high]. */
    asicKeptRange: [1 - asicFallRange[1], 1 - asicFallRange[0]] as const,
    defaultedCollateralAtLowUsd,
    defaultedLoanPerThUsd,
    defaultedLtvAtPeak,
    hashpriceForIndexLow,
    s19jProPayback18,
    underclockHashesPerJouleGain,
    underclockStartNeededJ,
    underclockEndNeededJ,
  },
};
