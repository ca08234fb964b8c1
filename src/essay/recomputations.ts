/**
 * The recomputation ledger: every figure from the source documents that chapter 1 cites,
 * recomputed with the model. Nothing in `computedValue` is typed in: each one is the output of a
 * model function applied to the stated inputs, and `reproduces` is derived from the numbers.
 *
 * @example
 * byId('s21-xp-hydro-cost-ratio').computedValue // ≈ 0.5168 (the document says about 52%)
 * byId('s19-pro-cost-ratio-top').reproduces      // false (162% needs ≈ 37.6 J/TH, not 29.5)
 */
import machinesJson from '../../content/machines.json';
import { daysPerMonth, kwhPerWattDay } from '../model/constants.ts';
import { difficultyTFromHashrate, networkHashrateEhPerSecond } from '../model/difficulty.ts';
import { hashpriceUsdPerThDay, usdPerPhDayFromUsdPerThDay } from '../model/hashprice.ts';
import { btcPaidToMinersPerDay, btcPerThPerDay, satsPerThPerDay } from '../model/reward.ts';
import { hashcostUsdPerThDay } from '../model/powerCost.ts';
import { profitUsdPerDay } from '../model/margin.ts';
import { breakevenUsdPerKwh } from '../model/breakeven.ts';
import { joulesPerTerahash } from '../model/efficiency.ts';
import { machineDay, type MachineDay, type MarketInputs } from '../model/machineEconomics.ts';
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

export type Unit = 'USD/TH/s/day' | 'USD/PH/s/day' | 'ratio' | 'USD/MWh' | 'EH/s' | 'BTC per 30 days' | 'USD/TH';

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

export interface Machine {
  id: string;
  maker: string;
  model: string;
  terahashPerSecond: number;
  watts: number;
  releaseYear: number;
  cooling: 'air' | 'hydro' | 'immersion';
  source: string;
  confirmed: boolean;
}

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
const s19jProPaybackValue = s19jProProfitPerTh * paybackMonths * daysPerMonth;

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
  }),
];

export function byId(id: string): Recomputation {
  const found = recomputations.find((r) => r.id === id);
  if (!found) throw new Error(`no recomputation "${id}"; ids are: ${recomputations.map((r) => r.id).join(', ')}`);
  return found;
}

/**
 * Derived numbers the chapter's prose quotes that are not document figures: each is model output.
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
};
