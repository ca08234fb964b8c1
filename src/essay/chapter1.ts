/**
 * Chapter 1, "What a terahash earns": its ledger entries (the f2pool snapshot, the early-2026 cost
 * shares, the 2022 network, breakevens and payback value) and the derived numbers its prose quotes.
 * Document figures come from documents.ts and machine specs from the catalogue; every computed
 * value is a model call, and the worked arithmetic is built by the formatters from those values.
 *
 * @example
 * chapter1Figures.feb2026Hashprice  // ≈ 0.03396 ($/TH/day at 141 T: f2pool's $0.034 reproduces)
 * chapter1Figures.s19ProTopJNeeded  // ≈ 37.6 (J/TH at which power would take 162% of revenue)
 */
import { blocksPerDay, daysPerMonth, kwhPerMwh } from '../model/constants.ts';
import { difficultyTFromHashrate, networkHashrateEhPerSecond } from '../model/difficulty.ts';
import { hashpriceUsdPerThDay, priceUsdPerBtcForHashprice, usdPerPhDayFromUsdPerThDay } from '../model/hashprice.ts';
import { btcPaidToMinersPerDay, satsPerThPerDay } from '../model/reward.ts';
import { hashcostUsdPerThDay } from '../model/powerCost.ts';
import { profitUsdPerDay } from '../model/margin.ts';
import { breakevenUsdPerKwh, breakevenUsdPerMwh, joulesPerTerahashAtCostRatio } from '../model/breakeven.ts';
import { joulesPerTerahash } from '../model/efficiency.ts';
import { joulesPerTerahashAfterCut, joulesPerTerahashAfterHashesPerJouleGain } from '../model/efficiencyLever.ts';
import { machineDay, type MachineDay, type MarketInputs } from '../model/machineEconomics.ts';
import { paybackValueUsd } from '../model/payback.ts';
import { number, percent, sig, usd, usdFine, usdPerKwh, usdWhole } from '../format/index.ts';
import {
  costShareReference,
  endOf2022,
  f2poolSnapshot,
  firmwareExample,
  hashrateFallSinceNovember2025Fraction,
  issuanceBtcPer30Days2022,
  paybackExample,
  peakDifficulty2022,
  q3Of2022AverageHashpriceUsdPerThDay,
  s19M30BreakevenAtLeastUsdPerMwh,
} from './documents.ts';
import { catalogueMachine } from './catalogue.ts';
import type { ChapterLedger, LedgerEntry } from './ledger.ts';

// ---------------------------------------------------------------------------------------------
// The markets the documents imply.

/** The default scenario: f2pool's 2 Feb 2026 dashboard at 141 T (see documents.ts). */
const feb2026: MarketInputs = f2poolSnapshot.market;

/** The capitulation feature's cost shares: the same network at its reference price and tariff. */
const feb2026Reference: MarketInputs = { ...feb2026, priceUsdPerBtc: costShareReference.priceUsdPerBtc, usdPerKwh: costShareReference.usdPerKwh };

/** The report gives no year-end price, only its Q4 2022 range; we use the midpoint. */
const q4RangeMidpointUsd = (endOf2022.q4PriceRangeUsdPerBtc[0] + endOf2022.q4PriceRangeUsdPerBtc[1]) / 2;
const endOf2022Market = { difficultyT: endOf2022.difficultyT, subsidyBtc: endOf2022.subsidyBtc, feesBtcPerBlock: endOf2022.feesBtcPerBlock, priceUsdPerBtc: q4RangeMidpointUsd };

const jPerTh = (id: string) => joulesPerTerahash(catalogueMachine(id));
const dayAt = (id: string, market: MarketInputs): MachineDay => machineDay(catalogueMachine(id), market);

// ---------------------------------------------------------------------------------------------
// Worked arithmetic, as the ledger shows it.

/** Difficulty in T without a trailing ".0": 141 → "141", 124.33 → "124.3". */
const tee = (d: number) => number(d, 1).replace(/\.0$/, '');
/** A hashprice with four significant figures, so the worked arithmetic checks by hand: "$0.03344". */
export const hp4 = (usdPerThDay: number) => `$${sig(usdPerThDay, 4)}`;
/** A range of fractions as percent: [0.92, 1] → "92–100%". */
export const percentRange = ([low, high]: readonly [number, number]) => `${number(low * 100)}–${percent(high, 0)}`;
/** A machine's J/TH to one decimal, without a trailing ".0": 38 → "38", 29.545 → "29.5". */
const jth = (id: string) => tee(jPerTh(id));
/** A machine's nameplate: "140 TH/s, 3,010 W". */
const spec = (id: string) => `${number(catalogueMachine(id).terahashPerSecond)} TH/s, ${number(catalogueMachine(id).watts)} W`;

function hashpriceLine(market: { priceUsdPerBtc: number; difficultyT: number; subsidyBtc: number; feesBtcPerBlock: number }): string {
  const reward = number(market.subsidyBtc + market.feesBtcPerBlock, 4).replace(/\.?0+$/, '');
  return (
    `86,400 s × 10¹² H/s × ${reward} BTC ÷ (${tee(market.difficultyT)} T × 10¹² × 2³²) = ${number(satsPerThPerDay(market), 2)} sats per TH/s per day; ` +
    `× ${usdWhole(market.priceUsdPerBtc)} ÷ 10⁸ = ${hp4(hashpriceUsdPerThDay(market))}/TH/day`
  );
}

function costRatioLine(id: string, market: MarketInputs): string {
  const m = catalogueMachine(id);
  const d = dayAt(id, market);
  const hp = hashpriceUsdPerThDay(market);
  return (
    `${number(m.watts)} W × 24 h × ${usdPerKwh(market.usdPerKwh)}/kWh ÷ 1000 = ${usd(d.powerCostUsdPerDay)}/day; ` +
    `${number(m.terahashPerSecond)} TH/s × ${hp4(hp)} = ${usd(d.revenueUsdPerDay)}/day; ` +
    `${usd(d.powerCostUsdPerDay)} ÷ ${usd(d.revenueUsdPerDay)} = ${percent(d.costRatio)}`
  );
}

function breakevenLine(hashprice: number, joules: number): string {
  const kwh = breakevenUsdPerKwh({ hashpriceUsdPerThDay: hashprice, joulesPerTerahash: joules });
  const mwh = breakevenUsdPerMwh({ hashpriceUsdPerThDay: hashprice, joulesPerTerahash: joules });
  return `${usd(hashprice)} ÷ (${number(joules, 1)} J/TH × 0.024 kWh per W-day) = ${usdPerKwh(kwh)}/kWh = ${usd(mwh)}/MWh`;
}

// ---------------------------------------------------------------------------------------------
// The numbers behind the entries.

const snapshot = f2poolSnapshot;
const feb2026Hashprice = hashpriceUsdPerThDay(feb2026);
const referenceHashprice = hashpriceUsdPerThDay(feb2026Reference);
const difficultyFromEstimateT = difficultyTFromHashrate(snapshot.networkHashrateEstimateEhPerSecond);
const hashpriceFromEstimate = hashpriceUsdPerThDay({ ...feb2026, difficultyT: difficultyFromEstimateT });
const impliedHashrateFeb2026Eh = networkHashrateEhPerSecond(feb2026.difficultyT);
const estimateBelowImplied = 1 - snapshot.networkHashrateEstimateEhPerSecond / impliedHashrateFeb2026Eh;
/** The network before the feature's ≈12% fall since November: 890 ÷ 0.88 ≈ 1,011 EH/s, next to the 1,009 that 141 T implies. */
const hashrateBeforeFallEh = snapshot.networkHashrateEstimateEhPerSecond / (1 - hashrateFallSinceNovember2025Fraction);
/**
 * Ours, not the dashboard's (f2pool does not state its window): a hashrate estimate read from a
 * few days of block times. The time to find N blocks is a sum of N exponential waits, so its
 * relative spread, and the estimate's, is 1 ÷ √N from luck alone: 3 days ≈ 432 blocks ≈ 4.8%.
 */
const estimateWindowDays = 3;
const estimateWindowBlocks = blocksPerDay * estimateWindowDays;
const estimateLuckFraction = 1 / Math.sqrt(estimateWindowBlocks);

const endOf2022Hashprice = hashpriceUsdPerThDay(endOf2022Market);
const endOf2022PriceForSixCents = priceUsdPerBtcForHashprice(endOf2022);

// The report's firmware and payback examples: one S19j Pro.
const s19jProStockJ = firmwareExample.joulesPerTerahash;
const s19jProTunedJ = joulesPerTerahashAfterCut({ joulesPerTerahash: s19jProStockJ, reductionFraction: firmwareExample.efficiencyCutFraction });
const s19jProStockBreakevenMwh = breakevenUsdPerMwh({ hashpriceUsdPerThDay: firmwareExample.hashpriceUsdPerThDay, joulesPerTerahash: s19jProStockJ });
const s19jProTunedBreakevenMwh = breakevenUsdPerMwh({ hashpriceUsdPerThDay: firmwareExample.hashpriceUsdPerThDay, joulesPerTerahash: s19jProTunedJ });
const s19jProTunedAltBreakevenMwh = breakevenUsdPerMwh({
  hashpriceUsdPerThDay: firmwareExample.hashpriceUsdPerThDay,
  joulesPerTerahash: joulesPerTerahashAfterHashesPerJouleGain({ joulesPerTerahash: s19jProStockJ, gainFraction: firmwareExample.efficiencyCutFraction }),
});

/** The S19j Pro's power cost per TH/s per day at the payback example's $60/MWh. */
export const s19jProHashcostUsdPerThDay = hashcostUsdPerThDay({ joulesPerTerahash: s19jProStockJ, usdPerKwh: paybackExample.usdPerKwh });
/** Its profit per TH/s per day at the payback example's $0.06 hashprice. */
export const s19jProProfitUsdPerThDay = profitUsdPerDay({ revenueUsdPerDay: paybackExample.hashpriceUsdPerThDay, powerCostUsdPerDay: s19jProHashcostUsdPerThDay });
/** That profit, worked: "$0.06 − 30.5 J/TH × 0.024 × $0.060 = $0.01608 per TH/s per day". */
export const s19jProProfitLine = `${usd(paybackExample.hashpriceUsdPerThDay)} − ${number(s19jProStockJ, 1)} J/TH × 0.024 × ${usdPerKwh(paybackExample.usdPerKwh)} = ${hp4(s19jProProfitUsdPerThDay)} per TH/s per day`;
const s19jProPaybackValue = paybackValueUsd({ profitUsdPerDay: s19jProProfitUsdPerThDay, paybackMonths: paybackExample.paybackMonths });

const [olderLow, olderHigh] = costShareReference.older;
const [midLow, midHigh] = costShareReference.midGeneration;
const s19ProTopJNeeded = joulesPerTerahashAtCostRatio({ costRatio: olderHigh, hashpriceUsdPerThDay: referenceHashprice, usdPerKwh: feb2026Reference.usdPerKwh });
const a1466iJNeeded = joulesPerTerahashAtCostRatio({ costRatio: midHigh, hashpriceUsdPerThDay: referenceHashprice, usdPerKwh: feb2026Reference.usdPerKwh });

const issuanceBtcPer30Days = btcPaidToMinersPerDay({ subsidyBtc: endOf2022.subsidyBtc, feesBtcPerBlock: endOf2022.feesBtcPerBlock }) * 30;

const costRatioTolerance = 0.03;
const costRatioToleranceNote =
  `Tolerance ${percent(costRatioTolerance, 0)}: difficulty is pinned only to within the rounding of ${hp4(snapshot.hashpriceUsdPerThDay)} (±1.5%), and the cost shares are quoted as approximate.`;
/** "Hashprice scaled to $75,000 at 141 T, subsidy 3.125, fees 0": the reference market in words. */
const referenceMarketWords = `${usdWhole(feb2026Reference.priceUsdPerBtc)} at ${tee(feb2026Reference.difficultyT)} T, subsidy ${feb2026Reference.subsidyBtc}, fees ${feb2026Reference.feesBtcPerBlock}`;

const atLeast75 = (id: string, entryId: string, hashprice: number, when: string, factIds: string[], machineNote: string): LedgerEntry => ({
  id: entryId,
  factIds: ['S001-034', ...factIds],
  sourceId: 'S001',
  claim: `S19- and M30-series machines, much of 2022's new hashrate, still broke even at power prices above ${usdWhole(s19M30BreakevenAtLeastUsdPerMwh)}/MWh; tested for the ${catalogueMachine(id).model} at ${when} hashprice of ${usd(hashprice)}.`,
  claimedValue: s19M30BreakevenAtLeastUsdPerMwh,
  unit: 'USD/MWh',
  computedValue: breakevenUsdPerMwh({ hashpriceUsdPerThDay: hashprice, joulesPerTerahash: jPerTh(id) }),
  computation: breakevenLine(hashprice, jPerTh(id)),
  assumption: `${machineNote} The claim is a lower bound: it holds if the breakeven is at least ${usdWhole(s19M30BreakevenAtLeastUsdPerMwh)}/MWh.`,
  tolerance: 0,
  comparison: 'atLeast',
});

// ---------------------------------------------------------------------------------------------
// The entries.

const q3 = q3Of2022AverageHashpriceUsdPerThDay;
const yearEnd = endOf2022.hashpriceUsdPerThDay;

const entries: LedgerEntry[] = [
  {
    id: 'f2pool-hashprice',
    factIds: ['S003-001', 'S003-012', 'S003-014', 'S003-015'],
    sourceId: 'S003',
    claim: `f2pool's 2 Feb 2026 dashboard put a day's revenue per terahash at ${hp4(snapshot.hashpriceUsdPerThDay)}, with bitcoin at about ${usdWhole(feb2026.priceUsdPerBtc)}.`,
    claimedValue: snapshot.hashpriceUsdPerThDay,
    unit: 'USD/TH/s/day',
    computedValue: feb2026Hashprice,
    computation: hashpriceLine(feb2026),
    assumption:
      `The document gives no difficulty. We use ${tee(feb2026.difficultyT)} T, subsidy ${feb2026.subsidyBtc} BTC, fees ${feb2026.feesBtcPerBlock}; ${tee(feb2026.difficultyT)} T is chosen so this figure reproduces, and it implies ` +
      `${number(impliedHashrateFeb2026Eh)} EH/s, about 12% above the dashboard's ${number(snapshot.networkHashrateEstimateEhPerSecond)} EH/s. That figure is an estimate from a few days of block times, which runs low when blocks come slowly; ` +
      `${tee(feb2026.difficultyT)} T instead matches the network before the feature's ${percent(hashrateFallSinceNovember2025Fraction, 0)} fall since November (${number(snapshot.networkHashrateEstimateEhPerSecond)} ÷ ${number(1 - hashrateFallSinceNovember2025Fraction, 2)} ≈ ${number(hashrateBeforeFallEh)} EH/s).`,
    tolerance: { lastDigit: 0.001 },
    comparison: 'approx',
  },
  {
    id: 'f2pool-hashprice-from-estimate',
    factIds: ['S003-013', 'S003-015'],
    sourceId: 'S003',
    claim: `The dashboard put the network near ${number(snapshot.networkHashrateEstimateEhPerSecond)} EH/s next to its ${hp4(snapshot.hashpriceUsdPerThDay)}/TH/day; tested here: does that hashrate, taken as the one difficulty implies, give the same hashprice?`,
    claimedValue: snapshot.hashpriceUsdPerThDay,
    unit: 'USD/TH/s/day',
    computedValue: hashpriceFromEstimate,
    computation:
      `${number(snapshot.networkHashrateEstimateEhPerSecond)} EH/s × 10¹⁸ × 600 s ÷ (2³² × 10¹²) = ${number(difficultyFromEstimateT, 1)} T; ` +
      hashpriceLine({ ...feb2026, difficultyT: difficultyFromEstimateT }),
    assumption:
      `Treating the ${number(snapshot.networkHashrateEstimateEhPerSecond)} EH/s estimate as the difficulty-implied hashrate gives ${number(difficultyFromEstimateT, 1)} T and a hashprice about ` +
      `${percent(hashpriceFromEstimate / snapshot.hashpriceUsdPerThDay - 1, 0)} too high. Revenue follows the difficulty in force, which is set from the last 2,016 blocks (about two weeks); ` +
      `the ${number(snapshot.networkHashrateEstimateEhPerSecond)} EH/s is most likely a short-window estimate from a few days of block times, so this reading does not reproduce.`,
    tolerance: { lastDigit: 0.001 },
    comparison: 'approx',
  },
  {
    id: 'hashrate-drawdown',
    factIds: ['S003-010', 'S003-013'],
    sourceId: 'S003',
    claim: `Network hashrate was down roughly ${percent(hashrateFallSinceNovember2025Fraction, 0)} from the previous November.`,
    claimedValue: hashrateFallSinceNovember2025Fraction,
    unit: 'ratio',
    computedValue: estimateBelowImplied,
    computation:
      `${tee(feb2026.difficultyT)} T × 2³² ÷ 600 s = ${number(impliedHashrateFeb2026Eh, 1)} EH/s; ` +
      `1 − ${number(snapshot.networkHashrateEstimateEhPerSecond)} ÷ ${number(impliedHashrateFeb2026Eh, 1)} = ${percent(estimateBelowImplied)}`,
    assumption:
      `A consistency check, not an independent one: if ${tee(feb2026.difficultyT)} T is still the November-level difficulty, the short-window ${number(snapshot.networkHashrateEstimateEhPerSecond)} EH/s estimate sits this far below it ` +
      `(${number(snapshot.networkHashrateEstimateEhPerSecond)} ÷ ${number(1 - hashrateFallSinceNovember2025Fraction, 2)} ≈ ${number(hashrateBeforeFallEh)} EH/s). Retarget lag alone cannot explain that: a fall sustained for a whole two-week epoch would have been taken out of difficulty at the next retarget.`,
    tolerance: { lastDigit: 0.01 },
    comparison: 'approx',
  },
  {
    id: 'f2pool-per-petahash',
    factIds: ['S003-015', 'S003-017'],
    sourceId: 'S003',
    claim: `The ${hp4(snapshot.hashpriceUsdPerThDay)} per terahash figure equals ${usdWhole(snapshot.hashpriceUsdPerPhDay)} per PH/s per day.`,
    claimedValue: snapshot.hashpriceUsdPerPhDay,
    unit: 'USD/PH/s/day',
    computedValue: usdPerPhDayFromUsdPerThDay(snapshot.hashpriceUsdPerThDay),
    computation: `${usdFine(snapshot.hashpriceUsdPerThDay)}/TH/day × 1,000 TH per PH = ${usd(usdPerPhDayFromUsdPerThDay(snapshot.hashpriceUsdPerThDay))}/PH/day`,
    assumption: 'Unit conversion only: 1 PH/s = 1,000 TH/s.',
    tolerance: 1e-9,
    comparison: 'approx',
  },
  {
    id: 's21-xp-hydro-cost-ratio',
    factIds: ['S003-018', 'S003-019', 'S003-020', 'S003-021', 'S003-022'],
    sourceId: 'S003',
    claim: `At ${usdWhole(feb2026Reference.priceUsdPerBtc)} per bitcoin and ${usd(feb2026Reference.usdPerKwh)}/kWh, power takes about ${percent(costShareReference.s21XpHydro, 0)} of an ${catalogueMachine('antminer-s21-xp-hydro').model}'s revenue (${spec('antminer-s21-xp-hydro')}).`,
    claimedValue: costShareReference.s21XpHydro,
    unit: 'ratio',
    computedValue: dayAt('antminer-s21-xp-hydro', feb2026Reference).costRatio,
    computation: costRatioLine('antminer-s21-xp-hydro', feb2026Reference),
    assumption: `Hashprice scaled to ${referenceMarketWords} (${hp4(referenceHashprice)}/TH/day). Machine spec as the capitulation feature gives it. ${costRatioToleranceNote}`,
    tolerance: costRatioTolerance,
    comparison: 'approx',
  },
  {
    id: 's19-xp-cost-ratio',
    factIds: ['S003-020', 'S003-021', 'S003-023'],
    sourceId: 'S003',
    claim: `Mid-generation machines such as the Antminer S19 XP spend roughly ${percentRange(costShareReference.midGeneration)} of revenue on power at the same price and tariff (low end).`,
    claimedValue: midLow,
    unit: 'ratio',
    computedValue: dayAt('antminer-s19-xp', feb2026Reference).costRatio,
    computation: costRatioLine('antminer-s19-xp', feb2026Reference),
    assumption: `S19 XP at its nameplate ${spec('antminer-s19-xp')} (unconfirmed; not in the documents). Same hashprice as above. ${costRatioToleranceNote}`,
    tolerance: costRatioTolerance,
    comparison: 'approx',
  },
  {
    id: 'a1466i-cost-ratio',
    factIds: ['S003-020', 'S003-021', 'S003-023'],
    sourceId: 'S003',
    claim: `The Avalon A1466I is the other machine named in the ${percentRange(costShareReference.midGeneration)} band (high end).`,
    claimedValue: midHigh,
    unit: 'ratio',
    computedValue: dayAt('avalon-a1466i', feb2026Reference).costRatio,
    computation: costRatioLine('avalon-a1466i', feb2026Reference),
    assumption:
      `A1466I at ${spec('avalon-a1466i')} (${jth('avalon-a1466i')} J/TH): a nameplate we could not confirm against a datasheet. With it the machine spends well under ${percent(midHigh, 0)}; ` +
      `reaching ${percent(midHigh, 0)} takes ${number(a1466iJNeeded, 1)} J/TH, which no A14-series nameplate we know of has. The top of the band does not reproduce. ${costRatioToleranceNote}`,
    tolerance: costRatioTolerance,
    comparison: 'approx',
  },
  {
    id: 'a1366-cost-ratio',
    factIds: ['S003-024', 'S003-020', 'S003-021', 'S001-090', 'S001-091'],
    sourceId: 'S003',
    claim: `Older machines (Avalon A1366, WhatsMiner M50S, S19 Pro lines) spend roughly ${percentRange(costShareReference.older)} of revenue on power; the A1366 is the most efficient of the three (low end).`,
    claimedValue: olderLow,
    unit: 'ratio',
    computedValue: dayAt('avalon-a1366', feb2026Reference).costRatio,
    computation: costRatioLine('avalon-a1366', feb2026Reference),
    assumption: `A1366 at ${number(catalogueMachine('avalon-a1366').terahashPerSecond)} TH/s and ${jth('avalon-a1366')} J/TH as the 2022 report gives it (${number(catalogueMachine('avalon-a1366').watts)} W). Same hashprice as above. ${costRatioToleranceNote}`,
    tolerance: costRatioTolerance,
    comparison: 'approx',
  },
  {
    id: 's19-pro-cost-ratio-top',
    factIds: ['S003-024', 'S003-020', 'S003-021'],
    sourceId: 'S003',
    claim: `The top of the ${percentRange(costShareReference.older)} band: the least efficient of the three named machines, the S19 Pro, at ${percent(olderHigh, 0)}.`,
    claimedValue: olderHigh,
    unit: 'ratio',
    computedValue: dayAt('antminer-s19-pro', feb2026Reference).costRatio,
    computation:
      costRatioLine('antminer-s19-pro', feb2026Reference) +
      `; ${percent(olderHigh, 0)} would need ${olderHigh} × ${hp4(referenceHashprice)} ÷ (0.024 × ${usdPerKwh(feb2026Reference.usdPerKwh)}) = ${number(s19ProTopJNeeded, 1)} J/TH`,
    assumption:
      `S19 Pro at its nameplate ${spec('antminer-s19-pro')} (${jth('antminer-s19-pro')} J/TH; unconfirmed). That gives about ${percent(dayAt('antminer-s19-pro', feb2026Reference).costRatio, 0)}, not ${percent(olderHigh, 0)}. ` +
      `${percent(olderHigh, 0)} needs ${number(s19ProTopJNeeded, 1)} J/TH, the efficiency of a 2020-era machine such as the M30S, not of any S19 Pro nameplate; the top of the band does not reproduce. ${costRatioToleranceNote}`,
    tolerance: costRatioTolerance,
    comparison: 'approx',
  },
  {
    id: 'peak-difficulty-hashrate',
    factIds: ['S001-026', 'S001-027'],
    sourceId: 'S001',
    claim: `Difficulty peaked at ${number(peakDifficulty2022.difficultyT, 1)} T on 20 Nov 2022, implying a network hashrate of ${number(peakDifficulty2022.impliedHashrateEhPerSecond, 1)} EH/s.`,
    claimedValue: peakDifficulty2022.impliedHashrateEhPerSecond,
    unit: 'EH/s',
    computedValue: networkHashrateEhPerSecond(peakDifficulty2022.difficultyT),
    computation: `${number(peakDifficulty2022.difficultyT, 1)} T × 10¹² × 2³² ÷ 600 s = ${number(networkHashrateEhPerSecond(peakDifficulty2022.difficultyT), 2)} EH/s`,
    assumption:
      `${number(peakDifficulty2022.difficultyT, 1)} T is rounded: ${number(peakDifficulty2022.impliedHashrateEhPerSecond, 1)} EH/s corresponds to ${number(difficultyTFromHashrate(peakDifficulty2022.impliedHashrateEhPerSecond), 2)} T, which rounds to ${number(peakDifficulty2022.difficultyT, 1)} T. ` +
      'Tolerance 0.5% covers that rounding.',
    tolerance: 0.005,
    comparison: 'approx',
  },
  {
    id: 'year-end-2022-hashprice',
    factIds: ['S001-022', 'S001-028', 'S001-150', 'S001-021'],
    sourceId: 'S001',
    claim: `Hashprice closed 2022 at ${usd(yearEnd)} per TH/s per day, with difficulty at ${number(endOf2022.difficultyT, 1)} T.`,
    claimedValue: yearEnd,
    unit: 'USD/TH/s/day',
    computedValue: endOf2022Hashprice,
    computation: hashpriceLine(endOf2022Market),
    assumption:
      `The report gives no year-end bitcoin price. At fees ${endOf2022.feesBtcPerBlock}, ${usd(yearEnd)} exactly needs ${usdWhole(endOf2022PriceForSixCents)}, inside its own Q4 range of ${usdWhole(endOf2022.q4PriceRangeUsdPerBtc[0])}–${usdWhole(endOf2022.q4PriceRangeUsdPerBtc[1])}; ` +
      `we test with that range's midpoint, ${usdWhole(q4RangeMidpointUsd)}, and subsidy ${endOf2022.subsidyBtc} BTC. A price near $16,500–$17,000 plus some fees fits. Tolerance: ${usd(yearEnd)} is rounded to the cent.`,
    tolerance: { lastDigit: 0.01 },
    comparison: 'approx',
  },
  {
    id: 's19j-pro-breakeven-stock',
    factIds: ['S001-078', 'S001-080'],
    sourceId: 'S001',
    claim: `At a ${usd(firmwareExample.hashpriceUsdPerThDay)} hashprice an S19j Pro on stock firmware breaks even at ${usdWhole(firmwareExample.breakevenStockUsdPerMwh)}/MWh.`,
    claimedValue: firmwareExample.breakevenStockUsdPerMwh,
    unit: 'USD/MWh',
    computedValue: s19jProStockBreakevenMwh,
    computation: breakevenLine(firmwareExample.hashpriceUsdPerThDay, s19jProStockJ),
    assumption: `S19j Pro as the ${spec('antminer-s19j-pro')} variant (${number(s19jProStockJ, 1)} J/TH; the bin that makes this reproduce). Tolerance: whole dollars.`,
    tolerance: { lastDigit: 1 },
    comparison: 'approx',
  },
  {
    id: 's19j-pro-breakeven-braiins',
    factIds: ['S001-077', 'S001-079', 'S001-080'],
    sourceId: 'S001',
    claim: `Aftermarket firmware making the S19j Pro up to ${percent(firmwareExample.efficiencyCutFraction, 0)} more efficient lifts its breakeven to ${usdWhole(firmwareExample.breakevenTunedUsdPerMwh)}/MWh at the same ${usd(firmwareExample.hashpriceUsdPerThDay)} hashprice.`,
    claimedValue: firmwareExample.breakevenTunedUsdPerMwh,
    unit: 'USD/MWh',
    computedValue: s19jProTunedBreakevenMwh,
    computation: `${number(s19jProStockJ, 1)} J/TH × ${number(1 - firmwareExample.efficiencyCutFraction, 2)} = ${number(s19jProTunedJ, 2)} J/TH; ${usd(firmwareExample.hashpriceUsdPerThDay)} ÷ (${number(s19jProTunedJ, 2)} × 0.024) = ${usd(s19jProTunedBreakevenMwh)}/MWh`,
    assumption:
      `"${percent(firmwareExample.efficiencyCutFraction, 0)} more efficient" read as ${percent(firmwareExample.efficiencyCutFraction, 0)} fewer joules per terahash. Read instead as ${percent(firmwareExample.efficiencyCutFraction, 0)} more hashes per joule (J/TH ÷ ${number(1 + firmwareExample.efficiencyCutFraction, 2)}), the breakeven would be ${usd(s19jProTunedAltBreakevenMwh)}/MWh and would not reproduce. Tolerance: whole dollars.`,
    tolerance: { lastDigit: 1 },
    comparison: 'approx',
  },
  {
    id: 's19j-pro-payback-value',
    factIds: ['S001-096', 'S001-097', 'S001-098', 'S001-099'],
    sourceId: 'S001',
    claim: `Priced on a ${paybackExample.paybackMonths}-month payback at a ${usd(paybackExample.hashpriceUsdPerThDay)} hashprice and ${usdWhole(paybackExample.usdPerKwh * kwhPerMwh)}/MWh power, an S19j Pro is worth a little over ${usdWhole(paybackExample.fairValueUsdPerTh)} per TH.`,
    claimedValue: paybackExample.fairValueUsdPerTh,
    unit: 'USD/TH',
    computedValue: s19jProPaybackValue,
    computation: `${s19jProProfitLine}; × ${paybackExample.paybackMonths} months × ${number(daysPerMonth, 4)} days = ${usd(s19jProPaybackValue)}/TH`,
    assumption: `S19j Pro at ${number(s19jProStockJ, 1)} J/TH, power only (no hosting or overhead), months of ${number(daysPerMonth, 4)} days. Tolerance: the figure is given to the dollar.`,
    tolerance: { lastDigit: 1 },
    comparison: 'approx',
  },
  atLeast75('antminer-s19-pro', 's19-pro-breakeven-q3-2022', q3, 'the Q3 2022 average', ['S001-020'], `S19 Pro at ${jth('antminer-s19-pro')} J/TH (nameplate, unconfirmed).`),
  atLeast75('antminer-s19j-pro', 's19j-pro-breakeven-q3-2022', q3, 'the Q3 2022 average', ['S001-020'], `S19j Pro at ${jth('antminer-s19j-pro')} J/TH.`),
  atLeast75('antminer-s19-pro', 's19-pro-breakeven-end-2022', yearEnd, 'the year-end 2022', ['S001-022'], `S19 Pro at ${jth('antminer-s19-pro')} J/TH (nameplate, unconfirmed).`),
  atLeast75('antminer-s19j-pro', 's19j-pro-breakeven-end-2022', yearEnd, 'the year-end 2022', ['S001-022'], `S19j Pro at ${jth('antminer-s19j-pro')} J/TH.`),
  atLeast75('antminer-s19', 's19-breakeven-end-2022', yearEnd, 'the year-end 2022', ['S001-022'], `The original S19 at ${spec('antminer-s19')} (${jth('antminer-s19')} J/TH; nameplate, unconfirmed).`),
  atLeast75('whatsminer-m30s', 'm30s-breakeven-end-2022', yearEnd, 'the year-end 2022', ['S001-022'], `WhatsMiner M30S at ${spec('whatsminer-m30s')} (${jth('whatsminer-m30s')} J/TH; nameplate, unconfirmed).`),
  {
    id: 'issuance-30-days',
    factIds: ['S001-052', 'S001-150'],
    sourceId: 'S001',
    claim: `Across the network, miners produce about ${number(issuanceBtcPer30Days2022)} bitcoins every 30 days.`,
    claimedValue: issuanceBtcPer30Days2022,
    unit: 'BTC per 30 days',
    computedValue: issuanceBtcPer30Days,
    computation: `144 blocks/day × ${endOf2022.subsidyBtc} BTC × 30 days = ${number(issuanceBtcPer30Days)} BTC`,
    assumption: `Subsidy only (${endOf2022.subsidyBtc} BTC per block until April 2024), fees excluded, blocks at the 10-minute target.`,
    tolerance: 0.01,
    comparison: 'approx',
  },
];

/** Chapter 1's share of the ledger: every figure it cites has something to recompute. */
export const chapter1Ledger: ChapterLedger = { entries, citedWithoutRecomputation: {} };

/** Derived numbers chapter 1's prose quotes that are not document figures: each is model output. */
export const chapter1Figures = {
  feb2026Hashprice,
  referenceHashprice,
  impliedHashrateFeb2026Eh,
  hashrateBeforeFallEh,
  estimateWindowDays,
  estimateWindowBlocks,
  estimateLuckFraction,
  difficultyFromEstimateT,
  hashpriceFromEstimate,
  estimateOverstatement: hashpriceFromEstimate / feb2026Hashprice - 1,
  satsPerThFeb2026: satsPerThPerDay(feb2026),
  satsPerThEnd2022: satsPerThPerDay(endOf2022),
  endOf2022PriceForSixCents,
  s21XpHydro: dayAt('antminer-s21-xp-hydro', feb2026Reference),
  m50s: dayAt('whatsminer-m50s', feb2026Reference),
  m30s: dayAt('whatsminer-m30s', feb2026Reference),
  /** The S19j Pro at the feature's $75,000 reference price (131% on power)… */
  s19jPro: dayAt('antminer-s19j-pro', feb2026Reference),
  /** …and at the page's defaults, f2pool's $76,176 (129%): the figure chapter 2 quotes for the same machine. */
  s19jProAtDefaults: dayAt('antminer-s19j-pro', feb2026),
  s19ProTopJNeeded,
  a1466iJNeeded,
  s19jProTunedAltBreakevenMwh,
  blocksPerDayBtcFeb2026: btcPaidToMinersPerDay(feb2026),
};
