/**
 * Chapter 2, "No floor": its ledger entries (the 2022 collapse in ASIC prices and loans, NFN8's
 * bankruptcy, the payback method against the index, the underclocking claim), the facts it cites
 * without a recomputation, and the derived numbers its prose quotes at the floor-value defaults.
 * Document figures come from documents.ts; every computed value is a model call.
 *
 * @example
 * chapter2Figures.halvingDateLabel        // 'April 2028'
 * chapter2Figures.s21.curtailUsd          // forward value of an S21 XP Hydro, switching off, hashrate responding (the default)
 * chapter2Figures.s21.trend.curtailUsd    // ≈ 3,290 on the fixed trend
 * chapter2Figures.s19jPro.trend.runUsd    // ≈ −2,011 (an S19j Pro that must run, fixed trend)
 */
import { daysPerMonth, kwhPerMwh, thPerEh } from '../model/constants.ts';
import { hashpriceUsdPerThDay } from '../model/hashprice.ts';
import { breakevenUsdPerKwh } from '../model/breakeven.ts';
import { machineDay, type MarketInputs } from '../model/machineEconomics.ts';
import { hashpriceForPaybackValueUsdPerThDay, impliedDiscountRatePerYear, paybackValueUsd, paybackValueUsdPerTh } from '../model/payback.ts';
import { projectMachine, undiscountedProfitUsd, type Projection } from '../model/projection.ts';
import { blockHeightAtDate, isoDateAtBlockHeight, isoDateOfProjectionMonth } from '../model/halving.ts';
import { nextHalvingHeight, subsidyBtcAtHeight } from '../model/subsidy.ts';
import { btcOutputChangeFraction } from '../model/reward.ts';
import { recoveryFraction } from '../model/recovery.ts';
import { loanToValueFraction } from '../model/ltv.ts';
import { growthPerMonthFromGrowthPerYear, growthPerYearFromGrowthPerMonth, valueKeptFraction } from '../model/compounding.ts';
import { efficiencyGainFraction, hashesPerJouleGainFraction, joulesPerTerahashAfterCut, joulesPerTerahashBeforeCut } from '../model/efficiencyLever.ts';
import { number, percent, sig, usd, usdWhole } from '../format/index.ts';
import {
  asicPriceIndex,
  asicValueFall2022Range,
  coreScientificCouponPerYear,
  defaultedLoans2022,
  difficultyGrowth,
  endOf2022,
  energyPositionExample,
  f2poolSnapshot,
  fairValueCurvePaybackMonths,
  firmwareExample,
  industrialEquipment,
  nfn8,
  paybackExample,
  q3Of2022AverageHashpriceUsdPerThDay,
  retargetFeb2026DifficultyChangeFraction,
  underclocking,
} from './documents.ts';
import { catalogueMachine } from './catalogue.ts';
import { defaultFleetClasses, defaultPowerTiers } from './fleetMix.ts';
import { fleetCostCurve } from '../model/fleetCurve.ts';
import { networkPath } from '../model/hashrateResponse.ts';
import { hp4, percentRange, s19jProHashcostUsdPerThDay, s19jProProfitLine, s19jProProfitUsdPerThDay } from './chapter1.ts';
import type { ChapterLedger, LedgerEntry } from './ledger.ts';

// ---------------------------------------------------------------------------------------------
// The floor-value defaults.

/**
 * The floor-value defaults chapter 2 states in its prose and scenario note. They mirror the
 * reader's default scenario in src/scenario/schema.ts; a test keeps the two equal. Where a default
 * was chosen from a document, it is read from documents.ts.
 */
export const floorDefaults = {
  dateIso: f2poolSnapshot.dateIso,
  machineId: 'antminer-s21-xp-hydro',
  /** The period behind the 2022 report's fair-value curve. */
  paybackMonths: fairValueCurvePaybackMonths,
  lifeMonths: 36,
  difficultyGrowthPerMonth: 0.02,
  priceDriftPerYear: 0,
  /**
   * A lender's rate, the cost of money to a miner that borrows it: about the coupon on Core
   * Scientific's last-cycle convertibles. A cost of debt, not a buyer's hurdle rate; a payback
   * buyer's implied rate is `chapter2Figures.paybackImpliedRatePerYear` (≈ 67 % a year).
   */
  discountRatePerYear: coreScientificCouponPerYear,
  resaleUsd: 0,
  /** The low of the ASIC price index in the 2022 downturn, as the report of January 2023 gives it: a 2022 price, not a 2026 one. */
  purchaseUsdPerTh: asicPriceIndex.lowUsdPerTh,
  cheapUsdPerKwh: energyPositionExample.cheapUsdPerKwh,
  dearUsdPerKwh: energyPositionExample.dearUsdPerKwh,
  /** The 2022 report's firmware gain. */
  efficiencyCutFraction: firmwareExample.efficiencyCutFraction,
  /** Hashrate answers hashprice (link format 2's default; chapter 3's model), idle machines leaving after 3 months. */
  hashrate: 'respond',
  leaveMonths: 3,
} as const;

/** The two paths a projection can take: hashrate that answers hashprice (the default), or the fixed trend. */
type Path = 'respond' | 'trend';

const floorStartHeight = blockHeightAtDate(floorDefaults.dateIso);
const floorHalvingHeight = nextHalvingHeight(floorStartHeight);
/** The 2 Feb 2026 market with the subsidy the date implies (3.125 BTC until height 1,050,000). */
const floorMarket: MarketInputs = { ...f2poolSnapshot.market, subsidyBtc: subsidyBtcAtHeight(floorStartHeight) };

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "April 2028": the month and year of a date written YYYY-MM-DD. */
const monthYearLabel = (isoDate: string) => monthYear.format(new Date(`${isoDate}T00:00:00Z`));

/**
 * The network's difficulty month by month at the defaults with hashrate answering hashprice
 * through the default fleet mix (src/essay/fleetMix.ts): the same path the reader's default
 * scenario runs on (a test checks the two agree).
 */
const defaultNetworkDifficultyT = networkPath({
  difficultyT: floorMarket.difficultyT,
  priceUsdPerBtc: floorMarket.priceUsdPerBtc,
  feesBtcPerBlock: floorMarket.feesBtcPerBlock,
  subsidyBtc: floorMarket.subsidyBtc,
  startBlockHeight: floorStartHeight,
  lifeMonths: floorDefaults.lifeMonths,
  difficultyGrowthPerMonth: floorDefaults.difficultyGrowthPerMonth,
  priceDriftPerYear: floorDefaults.priceDriftPerYear,
  response: {
    curve: fleetCostCurve(
      defaultFleetClasses.map((c) => ({ label: c.label, joulesPerTerahash: c.joulesPerTerahash, share: c.share })),
      defaultPowerTiers.map((t) => ({ usdPerKwh: t.usdPerKwh, share: t.share })),
    ),
    leaveMonths: floorDefaults.leaveMonths,
  },
}).map((m) => m.difficultyT);

/** One machine over the default life at the defaults, optionally at another power price or discount rate, or on the fixed trend. */
function projectAtDefaults(id: string, usdPerKwh: number = floorMarket.usdPerKwh, discountRatePerYear: number = floorDefaults.discountRatePerYear, path: Path = floorDefaults.hashrate): Projection {
  const m = catalogueMachine(id);
  return projectMachine({
    ...(path === 'respond' ? { difficultyTByMonth: defaultNetworkDifficultyT } : {}),
    machine: { terahashPerSecond: m.terahashPerSecond, watts: m.watts },
    market: { ...floorMarket, usdPerKwh },
    startBlockHeight: floorStartHeight,
    lifeMonths: floorDefaults.lifeMonths,
    difficultyGrowthPerMonth: floorDefaults.difficultyGrowthPerMonth,
    priceDriftPerYear: floorDefaults.priceDriftPerYear,
    discountRatePerYear,
    resaleUsd: floorDefaults.resaleUsd,
  });
}

/**
 * The yearly rate a buyer implies by asking for the 2022 report's 18-month payback on a machine
 * with the default 36 months to live: about 66.9 % a year, against the 10 % default.
 */
const paybackImpliedRatePerYear = impliedDiscountRatePerYear({ paybackMonths: floorDefaults.paybackMonths, lifeMonths: floorDefaults.lifeMonths });

const s21 = catalogueMachine(floorDefaults.machineId);
const s21Day = machineDay(s21, floorMarket);
const s21PaybackValue = paybackValueUsd({ profitUsdPerDay: s21Day.profitUsdPerDay, paybackMonths: floorDefaults.paybackMonths });
const s21Projection = projectAtDefaults(floorDefaults.machineId);
const s21Trend = projectAtDefaults(floorDefaults.machineId, floorMarket.usdPerKwh, floorDefaults.discountRatePerYear, 'trend');
const s21Cheap = projectAtDefaults(floorDefaults.machineId, floorDefaults.cheapUsdPerKwh);
const s21Dear = projectAtDefaults(floorDefaults.machineId, floorDefaults.dearUsdPerKwh);
const s21AtPaybackRate = projectAtDefaults(floorDefaults.machineId, floorMarket.usdPerKwh, paybackImpliedRatePerYear);
const s21JoulesAfterCut = joulesPerTerahashAfterCut({ joulesPerTerahash: s21Day.joulesPerTerahash, reductionFraction: floorDefaults.efficiencyCutFraction });
const s19jPro = catalogueMachine('antminer-s19j-pro');
const s19jProAtDefaults = projectAtDefaults(s19jPro.id);
const s19jProTrend = projectAtDefaults(s19jPro.id, floorMarket.usdPerKwh, floorDefaults.discountRatePerYear, 'trend');
const s19jProCheap = projectAtDefaults(s19jPro.id, floorDefaults.cheapUsdPerKwh);
const s19jProDay2026 = machineDay(s19jPro, floorMarket);

// ---------------------------------------------------------------------------------------------
// The numbers behind the entries.

/** Whole millions of dollars, as the report writes them: 277e6 → "$277mm". */
const usdMillions = (x: number) => `$${number(x / 1e6)}mm`;

// 2022: the ASIC price index against the op-ed's 85–91%, entered as midpoint ± half-width.
const { peakUsdPerTh: indexPeakUsdPerTh, lowUsdPerTh: indexLowUsdPerTh } = asicPriceIndex;
const indexKept = recoveryFraction({ recoveredUsd: indexLowUsdPerTh, referenceUsd: indexPeakUsdPerTh });
const [asicFallLow, asicFallHigh] = asicValueFall2022Range;
const asicFallMid = (asicFallLow + asicFallHigh) / 2;
const asicFallHalfWidth = (asicFallHigh - asicFallLow) / 2;

// 2022: the defaulted ASIC-backed loans against the index.
const defaultedCollateralTh = defaultedLoans2022.collateralEhPerSecond * thPerEh;
const defaultedCollateralAtLowUsd = defaultedCollateralTh * indexLowUsdPerTh;
const defaultedLtvAtLow = loanToValueFraction({ principalUsd: defaultedLoans2022.principalUsd, collateralValueUsd: defaultedCollateralAtLowUsd });
const defaultedLoanPerThUsd = defaultedLoans2022.principalUsd / defaultedCollateralTh;
const defaultedLtvAtPeak = loanToValueFraction({ principalUsd: defaultedLoans2022.principalUsd, collateralValueUsd: defaultedCollateralTh * indexPeakUsdPerTh });

// 2026: NFN8. "Under $50,000" over "over 5,000" units: an upper bound per unit.
const nfn8UnitUpperBoundUsd = nfn8.machinesValueUsdAtMost / nfn8.unitsAtLeast;
const [nfn8PeakLowUsd, nfn8PeakHighUsd] = nfn8.peakUnitPriceUsd;
const nfn8KeptVsLowPeak = recoveryFraction({ recoveredUsd: nfn8UnitUpperBoundUsd, referenceUsd: nfn8PeakLowUsd });
const nfn8KeptVsHighPeak = recoveryFraction({ recoveredUsd: nfn8UnitUpperBoundUsd, referenceUsd: nfn8PeakHighUsd });

// The payback method at the index low: chapter 1's S19j Pro on the fair-value curve's 18 months.
const s19jProPayback18 = paybackValueUsd({ profitUsdPerDay: s19jProProfitUsdPerThDay, paybackMonths: fairValueCurvePaybackMonths });
/** Hashprice at which that 18-month value equals the index low. */
const hashpriceForIndexLow = hashpriceForPaybackValueUsdPerThDay({ valueUsdPerTh: indexLowUsdPerTh, paybackMonths: fairValueCurvePaybackMonths, hashcostUsdPerThDay: s19jProHashcostUsdPerThDay });

// Underclocking, 35 → 23 J/TH, against "over 36%".
const { fromJoulesPerTerahash: underclockFromJ, toJoulesPerTerahash: underclockToJ, claimedGainFraction: underclockClaim } = underclocking;
const underclockCut = efficiencyGainFraction({ fromJoulesPerTerahash: underclockFromJ, toJoulesPerTerahash: underclockToJ });
const underclockHashesPerJouleGain = hashesPerJouleGainFraction({ fromJoulesPerTerahash: underclockFromJ, toJoulesPerTerahash: underclockToJ });
const underclockEndNeededJ = joulesPerTerahashAfterCut({ joulesPerTerahash: underclockFromJ, reductionFraction: underclockClaim });
const underclockStartNeededJ = joulesPerTerahashBeforeCut({ joulesPerTerahash: underclockToJ, reductionFraction: underclockClaim });

// ---------------------------------------------------------------------------------------------
// The entries.

const entries: LedgerEntry[] = [
  {
    id: 'asic-index-fall',
    factIds: ['S000-013', 'S001-065', 'S001-058'],
    sourceId: 'S000',
    claim:
      `Through the 2022 bear market ASIC values dropped by ${percentRange(asicValueFall2022Range)}. Tested with the ASIC price index the 2022 report quotes: close to ${usdWhole(indexPeakUsdPerTh)}/TH for new-generation machines at the 2021 peak, and as little as ${usdWhole(indexLowUsdPerTh)}/TH at the low.`,
    claimedValue: asicFallMid,
    claimedRange: asicValueFall2022Range,
    unit: 'ratio',
    computedValue: 1 - indexKept,
    computation: `${usdWhole(indexLowUsdPerTh)}/TH ÷ ${usdWhole(indexPeakUsdPerTh)}/TH = ${percent(indexKept)} kept; 1 − ${percent(indexKept)} = ${percent(1 - indexKept)} lost`,
    assumption:
      `The ${percentRange(asicValueFall2022Range)} range is entered as its midpoint, ${percent(asicFallMid, 0)}, with a tolerance of ±${number(asicFallHalfWidth * 100)} points, so any fall inside the range reproduces. ` +
      `The two index readings are not like for like: the peak is quoted for newer-generation machines and the low for the index as a whole, and the report adds that some over-the-counter deals cleared below it. “Nearly ${usdWhole(indexPeakUsdPerTh)}” makes the true fall slightly smaller than computed.`,
    tolerance: asicFallHalfWidth / asicFallMid,
    comparison: 'approx',
  },
  {
    id: 'defaulted-loans-ltv',
    factIds: ['S001-049', 'S001-060', 'S001-061', 'S001-058'],
    sourceId: 'S001',
    claim:
      `By the second half of 2022 most ASIC-backed loans were owed more than their collateral was worth, a loan-to-value above ${percent(defaultedLoans2022.mostLoansLtvAboveFraction, 0)}. Tested on the book that defaulted: ${usdMillions(defaultedLoans2022.principalUsd)} of loans against more than ${number(defaultedLoans2022.collateralEhPerSecond, 2)} EH/s of machines.`,
    claimedValue: defaultedLoans2022.mostLoansLtvAboveFraction,
    unit: 'ratio',
    computedValue: defaultedLtvAtLow,
    computation:
      `${number(defaultedLoans2022.collateralEhPerSecond, 2)} EH/s × ${number(thPerEh)} TH/s per EH/s × ${usdWhole(indexLowUsdPerTh)}/TH = ${usdWhole(defaultedCollateralAtLowUsd)} of machines; ` +
      `${usdWhole(defaultedLoans2022.principalUsd)} ÷ ${usdWhole(defaultedCollateralAtLowUsd)} = ${percent(defaultedLtvAtLow)} LTV`,
    assumption:
      `Machines valued at the index low of ${usdWhole(indexLowUsdPerTh)}/TH. The ${usdMillions(defaultedLoans2022.principalUsd)} is the defaulted principal as reported; the balance still owed may have been smaller, and “over ${number(defaultedLoans2022.collateralEhPerSecond, 2)} EH” means more collateral than we count, both of which would lower the ratio. ` +
      `The loans come to ${usd(defaultedLoanPerThUsd)} per TH/s, so the ratio stays above ${percent(defaultedLoans2022.mostLoansLtvAboveFraction, 0)} whenever the machines fetch less than that; at the ${usdWhole(indexPeakUsdPerTh)}/TH peak price it would have been ${percent(defaultedLtvAtPeak)}. ` +
      `The claim is a lower bound: it holds if the recomputed LTV is at least ${percent(defaultedLoans2022.mostLoansLtvAboveFraction, 0)}.`,
    tolerance: 0,
    comparison: 'atLeast',
  },
  {
    id: 'nfn8-per-unit',
    factIds: ['S000-002', 'S000-006', 'S000-007'],
    sourceId: 'S000',
    claim: `NFN8’s fleet of more than ${number(nfn8.unitsAtLeast)} ASICs was estimated to be worth less than ${usdWhole(nfn8.machinesValueUsdAtMost)} in all, which the op-ed rounds to about ${usdWhole(nfn8.perUnitUsd)} a machine.`,
    claimedValue: nfn8.perUnitUsd,
    unit: 'USD per machine',
    computedValue: nfn8UnitUpperBoundUsd,
    computation: `under ${usdWhole(nfn8.machinesValueUsdAtMost)} ÷ over ${number(nfn8.unitsAtLeast)} machines = less than ${usd(nfn8UnitUpperBoundUsd)} per machine`,
    assumption:
      `Both inputs are bounds, the total from above and the count from below, so ${usdWhole(nfn8.perUnitUsd)} is the most a unit can be worth on this estimate, not a point value. ` +
      'The op-ed does not say whether the count includes machines in the half of the capacity lost to fire before the filing. Tolerance: the figure is given to the dollar.',
    tolerance: { lastDigit: 1 },
    comparison: 'approx',
  },
  {
    id: 'nfn8-collapse-ratio',
    factIds: ['S000-009', 'S000-008', 'S000-007', 'S000-006', 'S000-002'],
    sourceId: 'S000',
    claim: `Against the ${usdWhole(nfn8PeakLowUsd)}–${usdWhole(nfn8PeakHighUsd)} these machines changed hands for in the bull market, about ${usdWhole(nfn8.perUnitUsd)} a unit is a peak-to-trough fall of more than ${percent(nfn8.collapseAtLeastFraction, 0)}.`,
    claimedValue: nfn8.collapseAtLeastFraction,
    unit: 'ratio',
    computedValue: 1 - nfn8KeptVsLowPeak,
    computation:
      `${usd(nfn8UnitUpperBoundUsd)} ÷ ${usdWhole(nfn8PeakLowUsd)} = ${percent(nfn8KeptVsLowPeak, 2)} kept; 1 − ${percent(nfn8KeptVsLowPeak, 2)} = ${percent(1 - nfn8KeptVsLowPeak, 2)} lost ` +
      `(against ${usdWhole(nfn8PeakHighUsd)}: ${percent(1 - nfn8KeptVsHighPeak, 2)})`,
    assumption: `The most cautious pairing: the upper bound on today’s unit value against the bottom of the peak range. Every other pairing gives a larger fall. The claim is a lower bound: it holds if the fall is at least ${percent(nfn8.collapseAtLeastFraction, 0)}.`,
    tolerance: 0,
    comparison: 'atLeast',
  },
  {
    id: 'payback-18-index-low',
    factIds: ['S001-059', 'S001-058', 'S001-098', 'S001-099', 'S001-020', 'S001-022'],
    sourceId: 'S001',
    claim:
      `The 2022 report prices ASICs on an ${fairValueCurvePaybackMonths}-month payback and says that curve follows observed ASIC prices closely. Tested at one point: an S19j Pro valued on ${fairValueCurvePaybackMonths} months with the report’s year-end inputs (${usd(paybackExample.hashpriceUsdPerThDay)} hashprice, ${usdWhole(paybackExample.usdPerKwh * kwhPerMwh)}/MWh), against the index low of ${usdWhole(indexLowUsdPerTh)}/TH.`,
    claimedValue: indexLowUsdPerTh,
    unit: 'USD/TH',
    computedValue: s19jProPayback18,
    computation:
      `${s19jProProfitLine}; × ${fairValueCurvePaybackMonths} months × ${number(daysPerMonth, 4)} days = ${usd(s19jProPayback18)}/TH; ` +
      `${usdWhole(indexLowUsdPerTh)}/TH would need a hashprice of ${usdWhole(indexLowUsdPerTh)} ÷ (${fairValueCurvePaybackMonths} × ${number(daysPerMonth, 4)}) + ${hp4(s19jProHashcostUsdPerThDay)} = ${hp4(hashpriceForIndexLow)}`,
    assumption:
      'We cannot redraw the report’s chart, only test one point of it, and the report does not date the index low. We allow 20% for “closely”. ' +
      `With year-end inputs the ${fairValueCurvePaybackMonths}-month value falls about ${percent(1 - s19jProPayback18 / indexLowUsdPerTh, 0)} short of ${usdWhole(indexLowUsdPerTh)}/TH; the two meet at a hashprice near $${sig(hashpriceForIndexLow, 2)}, a level between the third-quarter average of ${usd(q3Of2022AverageHashpriceUsdPerThDay)} and the year-end ${usd(endOf2022.hashpriceUsdPerThDay)}. ` +
      'The index averages all models and the S19j Pro was a mid-range machine, so its fair value should sit near or above the average, not below it. The report itself notes that fair values fell faster than sellers’ asking prices.',
    tolerance: 0.2,
    comparison: 'approx',
  },
  {
    id: 'underclocking-gain',
    factIds: ['S001-067', 'S001-068', 'S001-069'],
    sourceId: 'S001',
    claim: `By underclocking, one miner brought its machines down to ${underclockToJ} J/TH from ${underclockFromJ} J/TH, which the 2022 report describes as an efficiency improvement of more than ${percent(underclockClaim, 0)}.`,
    claimedValue: underclockClaim,
    unit: 'ratio',
    computedValue: underclockCut,
    computation:
      `(${underclockFromJ} − ${underclockToJ}) ÷ ${underclockFromJ} = ${percent(underclockCut)} fewer J/TH; as hashes per joule, ${underclockFromJ} ÷ ${underclockToJ} − 1 = ${percent(underclockHashesPerJouleGain)}; ` +
      `${percent(underclockClaim, 0)} fewer J/TH needs a start of ${underclockToJ} ÷ ${number(1 - underclockClaim, 2)} = ${number(underclockStartNeededJ, 1)} J/TH or an end of ${underclockFromJ} × ${number(1 - underclockClaim, 2)} = ${number(underclockEndNeededJ, 1)} J/TH`,
    assumption:
      `Read as a cut in J/TH, the sense the same report gives “${percent(firmwareExample.efficiencyCutFraction, 0)} more efficient” for firmware, ${underclockFromJ} → ${underclockToJ} is ${percent(underclockCut)}, short of the bound. ` +
      `Read as hashes per joule it is ${percent(underclockHashesPerJouleGain)}, so far above ${percent(underclockClaim, 0)} that no one would put it that way. Neither reading gives ${percent(underclockClaim, 0)}; one of the two J/TH figures is probably rounded. ` +
      'The claim is a lower bound, tested in the J/TH reading.',
    tolerance: 0,
    comparison: 'atLeast',
  },
];

/** Chapter 2's share of the ledger. */
export const chapter2Ledger: ChapterLedger = {
  entries,
  citedWithoutRecomputation: {
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
    'S001-093': 'A count of funds (the distressed-mining funds of late 2022), quoted as context; nothing to recompute.',
    'S001-094': 'The capital those funds announced, quoted as context; the report gives nothing to recompute it from.',
    'S002-011': 'A coupon rate, a cost of debt, used as the default (a lender’s) discount rate rather than tested.',
  },
};

/** Derived numbers chapter 2's prose quotes at the floor-value defaults (`floorDefaults`): each is model output. */
export const chapter2Figures = {
  startBlockHeight: floorStartHeight,
  halvingHeight: floorHalvingHeight,
  /** Calendar month of the next halving at 144 blocks a day. */
  halvingDateLabel: monthYearLabel(isoDateAtBlockHeight(floorHalvingHeight)),
  subsidyBtc: floorMarket.subsidyBtc,
  difficultyGrowthPerYear: growthPerYearFromGrowthPerMonth(floorDefaults.difficultyGrowthPerMonth),
  /** The document years' difficulty growth as monthly rates. */
  monthlyGrowth2021: growthPerMonthFromGrowthPerYear(difficultyGrowth.in2021PerYear),
  monthlyGrowth2022: growthPerMonthFromGrowthPerYear(difficultyGrowth.in2022PerYear),
  /** The discount rate an 18-month payback implies on a flat 36-month stream (≈ 0.669 a year). */
  paybackImpliedRatePerYear,
  s21: {
    terahashPerSecond: s21.terahashPerSecond,
    joulesPerTerahash: s21Day.joulesPerTerahash,
    profitUsdPerDay: s21Day.profitUsdPerDay,
    paybackValueUsd: s21PaybackValue,
    paybackValueUsdPerTh: paybackValueUsdPerTh({ profitUsdPerDay: s21Day.profitUsdPerDay, terahashPerSecond: s21.terahashPerSecond, paybackMonths: floorDefaults.paybackMonths }),
    purchaseUsd: floorDefaults.purchaseUsdPerTh * s21.terahashPerSecond,
    curtailUsd: s21Projection.valueCurtailUsd,
    curtailUsdPerTh: s21Projection.valueCurtailUsd / s21.terahashPerSecond,
    runUsd: s21Projection.valueRunUsd,
    runUsdPerTh: s21Projection.valueRunUsd / s21.terahashPerSecond,
    /** The same projection, switching off, discounted at the payback buyer's implied rate instead of 10 %. */
    curtailUsdAtPaybackRate: s21AtPaybackRate.valueCurtailUsd,
    /** Undiscounted profit over the whole life when losing months are switched off. */
    lifetimeProfitCurtailUsd: undiscountedProfitUsd({ months: s21Projection.months, mode: 'curtail' }),
    underwaterMonth: s21Projection.underwaterMonth,
    underwaterMonthLabel:
      s21Projection.underwaterMonth === null ? 'never' : monthYearLabel(isoDateOfProjectionMonth({ startIsoDate: floorDefaults.dateIso, month: s21Projection.underwaterMonth })),
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
    /** The same machine on the fixed trend (link format 1's path): the contrast the chapter draws. */
    trend: {
      curtailUsd: s21Trend.valueCurtailUsd,
      runUsd: s21Trend.valueRunUsd,
      lifetimeProfitCurtailUsd: undiscountedProfitUsd({ months: s21Trend.months, mode: 'curtail' }),
      underwaterMonth: s21Trend.underwaterMonth,
      underwaterMonthLabel: s21Trend.underwaterMonth === null ? 'never' : monthYearLabel(isoDateOfProjectionMonth({ startIsoDate: floorDefaults.dateIso, month: s21Trend.underwaterMonth })),
      satsPerThEnd: s21Trend.satsPerThEnd,
      satsKeptFraction: s21Trend.satsPerThEnd / s21Trend.months[0]!.satsPerThPerDay,
    },
  },
  s19jPro: {
    costRatio: s19jProDay2026.costRatio,
    paybackValueUsdPerTh: paybackValueUsdPerTh({ profitUsdPerDay: s19jProDay2026.profitUsdPerDay, terahashPerSecond: s19jPro.terahashPerSecond, paybackMonths: floorDefaults.paybackMonths }),
    /** Bitcoin price at which it would cover its power again, difficulty unchanged: the recovery its idle option waits for. */
    breakevenPriceUsdPerBtc: s19jProDay2026.breakevenPriceUsdPerBtc,
    curtailUsd: s19jProAtDefaults.valueCurtailUsd,
    runUsd: s19jProAtDefaults.valueRunUsd,
    cheapCurtailUsd: s19jProCheap.valueCurtailUsd,
    trend: { curtailUsd: s19jProTrend.valueCurtailUsd, runUsd: s19jProTrend.valueRunUsd },
  },
  /** What industrial machinery keeps over the same life at the op-ed's 15–20% a year: [at 20%, at 15%]. */
  industrialKeptOverLife: [
    valueKeptFraction({ lossPerYear: industrialEquipment.depreciationPerYearRange[1], years: floorDefaults.lifeMonths / 12 }),
    valueKeptFraction({ lossPerYear: industrialEquipment.depreciationPerYearRange[0], years: floorDefaults.lifeMonths / 12 }),
  ] as const,
  /** The fraction by which the February 2026 retarget cut every machine's BTC output. */
  retargetOutputCut: -btcOutputChangeFraction(retargetFeb2026DifficultyChangeFraction),
  nfn8DipOverMachines: nfn8.dipFacilityUsd / nfn8.machinesValueUsdAtMost,
  /** Share of peak value ASICs kept in 2022 at the ends of the op-ed's 85–91% fall: [low, high]. */
  asicKeptRange: [1 - asicFallHigh, 1 - asicFallLow] as const,
  defaultedCollateralAtLowUsd,
  defaultedLoanPerThUsd,
  defaultedLtvAtPeak,
  hashpriceForIndexLow,
  s19jProPayback18,
  underclockHashesPerJouleGain,
  underclockStartNeededJ,
  underclockEndNeededJ,
};
