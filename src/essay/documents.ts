/**
 * The source documents' dated markets and figures, each typed once, here. Every literal carries
 * the fact id(s) it comes from (docs/seed-facts.md, vendored as test/fixtures/seed-facts.json)
 * and the document, named as content/sources.json names it:
 *
 * - S000: Ben Vincenzi's op-ed on ASIC-backed loans (BTSF, February 2026);
 * - S001: "Surviving the Perfect Storm", the year-end report on 2022 mining (25 January 2023);
 * - S002: TheMinerMag's newsletter on mining debt (early Q4 2025);
 * - S003: the news feature on miner capitulation built on f2pool's dashboard (early February 2026).
 *
 * A few values are ours, not the documents' (the difficulty behind f2pool's hashprice, fees set to
 * zero, the S19j Pro bin); each says so. Percentages are fractions (12 % → 0.12), power prices are
 * per kWh ($60/MWh → 0.06). Pure data: this file imports nothing but types, and the chapters'
 * ledgers (chapter1.ts, chapter2.ts), the recovery benchmarks and the figures read it.
 * test/essay/documents.test.ts checks every literal against the fact list.
 *
 * @example
 * f2poolSnapshot.market.priceUsdPerBtc // 76_176
 * asicPriceIndex.lowUsdPerTh           // 15
 * firmwareExample.breakevenTunedUsdPerMwh // 109
 */
import type { MarketInputs } from '../model/machineEconomics.ts';

/** The four documents' ids in content/sources.json. Authoring and tests only: readers see names. */
export type SourceId = 'S000' | 'S001' | 'S002' | 'S003';

// ---------------------------------------------------------------------------------------------
// Early February 2026: the capitulation feature (S003) and f2pool's dashboard it reports.

/**
 * f2pool's electricity-cost dashboard of 2 February 2026, as the capitulation feature (S003)
 * reports it. `market` is the default scenario built on it: the document gives no difficulty, so
 * 141 T is ours, the value at which the dashboard's hashprice reproduces.
 */
export const f2poolSnapshot = {
  /** S003-001: the dashboard's date (the feature gives the day; the year is inferred). */
  dateIso: '2026-02-02',
  market: {
    /** S003-012: the dashboard's BTC price, "approximately". */
    priceUsdPerBtc: 76_176,
    /** Ours: not in the document; chosen so that the $0.034 hashprice (S003-015) reproduces. */
    difficultyT: 141,
    /** S003-014: the power price the dashboard quotes its hashprice for. */
    usdPerKwh: 0.06,
    /** Ours: the dashboard gives no fees; zero keeps revenue on the cautious side. */
    feesBtcPerBlock: 0,
    /** Protocol, not the document: the subsidy since the April 2024 halving. */
    subsidyBtc: 3.125,
    /** Ours: published hashprice indexes are gross of pool fees. */
    poolFeeFraction: 0,
    /** Ours: machines running all day. */
    uptimeFraction: 1,
  } satisfies MarketInputs,
  /** S003-015: the dashboard's revenue per TH/s per day. */
  hashpriceUsdPerThDay: 0.034,
  /** S003-017: the same figure per PH/s, as the feature restates it. */
  hashpriceUsdPerPhDay: 34,
  /** S003-013: the dashboard's network hashrate, "near" this: an estimate from block times. */
  networkHashrateEstimateEhPerSecond: 890,
} as const;

/** S003-010: the feature's fall in network hashrate since November 2025, "approximately". */
export const hashrateFallSinceNovember2025Fraction = 0.12;

/**
 * The feature's machine cost shares (power cost ÷ revenue) at a reference price and tariff.
 * Ranges are [low, high].
 */
export const costShareReference = {
  /** S003-020: the reference BTC price. */
  priceUsdPerBtc: 75_000,
  /** S003-021: the reference power price, six cents. */
  usdPerKwh: 0.06,
  /** S003-022: Antminer S21 XP Hydro, "about". */
  s21XpHydro: 0.52,
  /** S003-023: mid-generation machines (Antminer S19 XP, Avalon A1466I), "approximately". */
  midGeneration: [0.92, 1.0],
  /** S003-024: older machines (Avalon A1366, WhatsMiner M50S, S19 Pro lines), "approximately". */
  older: [1.09, 1.62],
} as const;

// ---------------------------------------------------------------------------------------------
// 2022: the year-end mining report (S001).

/** The network at the end of 2022, with the report's year-end hashprice and fourth-quarter price range. */
export const endOf2022 = {
  /** S001-028: difficulty at the close of the year, T. */
  difficultyT: 35.4,
  /** S001-150: the subsidy when the report was written. */
  subsidyBtc: 6.25,
  /** Ours: the report gives no fees; left out. */
  feesBtcPerBlock: 0,
  /** S001-022: hashprice at the close of the year. */
  hashpriceUsdPerThDay: 0.06,
  /** S001-021: the BTC range after the FTX collapse; the report gives no year-end price. */
  q4PriceRangeUsdPerBtc: [15_000, 18_000],
} as const;

/** S001-020: the third quarter's average hashprice. */
export const q3Of2022AverageHashpriceUsdPerThDay = 0.09;

/** The 2022 difficulty peak and the hashrate the report says it implies. */
export const peakDifficulty2022 = {
  /** S001-026: 37.0 T on 20 November 2022. */
  difficultyT: 37.0,
  /** S001-027: the implied network hashrate. */
  impliedHashrateEhPerSecond: 264.5,
} as const;

/** S001-052: bitcoins mined across the network per 30 days, late 2022 (6.25 BTC subsidy). */
export const issuanceBtcPer30Days2022 = 27_000;

/** S001-034: S19- and M30-series machines stayed profitable above this power price through 2022. */
export const s19M30BreakevenAtLeastUsdPerMwh = 75;

/** Yearly difficulty growth the report gives. */
export const difficultyGrowth = {
  /** S001-025 */
  in2021PerYear: 0.273,
  /** S001-024 */
  in2022PerYear: 0.428,
} as const;

/** The ASIC price index the report quotes, USD per TH/s of machine. */
export const asicPriceIndex = {
  /** S001-065: newer-generation machines at the 2021 peak, "nearly". */
  peakUsdPerTh: 120,
  /** S001-058: the 2022 low, "as low as". */
  lowUsdPerTh: 15,
} as const;

/** S001-059: the payback period behind the report's fair-value curve, months. */
export const fairValueCurvePaybackMonths = 18;

/** The ASIC-backed loans that defaulted in 2022. */
export const defaultedLoans2022 = {
  /** S001-060: defaulted principal. */
  principalUsd: 277e6,
  /** S001-061: machines handed back to lenders, "over" this, EH/s (the report's key takeaways give the same figure). */
  collateralEhPerSecond: 11.59,
  /** S001-049: most ASIC-backed loans ended with a loan-to-value above this. */
  mostLoansLtvAboveFraction: 1,
} as const;

/**
 * The report's firmware example: an S19j Pro on stock firmware and with aftermarket firmware, at
 * the year-end hashprice. The report names the model but not its bin.
 */
export const firmwareExample = {
  model: 'Antminer S19j Pro',
  /** Ours: the 100 TH/s, 3,050 W bin of content/machines.json, the one at which $82/MWh reproduces. */
  joulesPerTerahash: 30.5,
  /** S001-080: the hashprice both breakevens assume. */
  hashpriceUsdPerThDay: 0.06,
  /** S001-077: "up to" this much more efficient; read as fewer J/TH. */
  efficiencyCutFraction: 0.25,
  /** S001-078: breakeven power price on stock firmware. */
  breakevenStockUsdPerMwh: 82,
  /** S001-079: breakeven power price with the aftermarket firmware. */
  breakevenTunedUsdPerMwh: 109,
} as const;

/** The report's fair value of the same S19j Pro at the start of 2023, on a payback period. */
export const paybackExample = {
  model: firmwareExample.model,
  /** S001-096: the payback period, months. */
  paybackMonths: 15,
  /** S001-098: the hashprice assumed. */
  hashpriceUsdPerThDay: 0.06,
  /** S001-099: the power price assumed, $60/MWh. */
  usdPerKwh: 0.06,
  /** S001-097: the fair value, "just over" this, USD per TH/s. */
  fairValueUsdPerTh: 7,
} as const;

/** The report's underclocking example. */
export const underclocking = {
  /** S001-068 */
  fromJoulesPerTerahash: 35,
  /** S001-069 */
  toJoulesPerTerahash: 23,
  /** S001-067: the improvement claimed, "over" this. */
  claimedGainFraction: 0.36,
} as const;

// ---------------------------------------------------------------------------------------------
// 2026: the op-ed on ASIC-backed loans (S000).

/** NFN8 Group's Chapter 11, February 2026. */
export const nfn8 = {
  /** S000-002: ASICs held, "over" this. */
  unitsAtLeast: 5_000,
  /** S000-006: estimated value of all the machines, "under" this, USD. */
  machinesValueUsdAtMost: 50_000,
  /** S000-007: the op-ed's value per unit, "roughly", USD. */
  perUnitUsd: 10,
  /** S000-008: what such units traded at in the bull market, USD each, [low, high]. */
  peakUnitPriceUsd: [5_000, 10_000],
  /** S000-009: the peak-to-trough fall, "exceeds". */
  collapseAtLeastFraction: 0.99,
  /** S000-005: the debtor-in-possession facility, USD. */
  dipFacilityUsd: 2.75e6,
} as const;

/** Benchmarks from lending against ordinary industrial equipment, [low, high]. */
export const industrialEquipment = {
  /** S000-011: forced-sale recovery as a share of replacement cost, "typically". */
  forcedSaleRecoveryRange: [0.2, 0.4],
  /** S000-012: yearly loss of value of industrial machinery, "might". */
  depreciationPerYearRange: [0.15, 0.2],
} as const;

/** S000-013: the fall in ASIC values through the 2022 bear market, [low, high]. */
export const asicValueFall2022Range = [0.85, 0.91] as const;

/** S000-014: the difficulty retarget of 19–20 February 2026. */
export const retargetFeb2026DifficultyChangeFraction = 0.1473;

/** The op-ed's two operations with the same machines and different power. */
export const energyPositionExample = {
  /** S000-015 */
  cheapUsdPerKwh: 0.025,
  /** S000-016 */
  dearUsdPerKwh: 0.07,
} as const;

// ---------------------------------------------------------------------------------------------
// Late 2025: the mining-debt newsletter (S002).

/** S002-011: the coupon on Core Scientific's convertibles in the last cycle, "~". */
export const coreScientificCouponPerYear = 0.1;

/** The newsletter's account of public miners' borrowing after the 2024 halving (chapter 4). */
export const minerFinancing2024To2025 = {
  /** S002-001: debt and convertible notes from the sample's public miners in Q4 2024, a record, USD. */
  recordQuarterQ4of2024Usd: 4.6e9,
  /** S002-002: public miners in the newsletter's sample. */
  minersInSample: 15,
  /** S002-003: the same total in early 2025, "under" this, USD. */
  earlyIn2025UsdAtMost: 200e6,
  /** S002-004: the same total in Q2 2025, USD. */
  q2of2025Usd: 1.5e9,
  /** S002-005: convertible bonds sold by Cipher, MARA and TeraWulf in Q3 2025, "around", USD. */
  q3of2025ConvertiblesThreeMinersUsd: 3e9,
  /** S002-006: TeraWulf's planned senior secured notes, USD. */
  teraWulfNotesUsd: 3.2e9,
  /** S002-013: the coupon of the new convertibles, "mostly" zero. */
  typicalCouponPerYear: 0,
} as const;

/** The 2022 report's capital markets for public miners (chapter 6). */
export const minerFinancing2021To2022 = {
  /** S001-041: equity raised in 2021, USD. */
  equity2021Usd: 3.9e9,
  /** S001-039: equity raised in the first nine months of 2022, USD. */
  equity2022Usd: 953e6,
  /** S001-040: the fall it reports. */
  equityDeclineFraction: 0.75,
  /** S001-044: debt raised in 2021, USD. */
  debt2021Usd: 1.5e9,
  /** S001-042: debt raised in the first nine months of 2022, USD. */
  debt2022Usd: 813e6,
  /** S001-043: the fall it reports. */
  debtDeclineFraction: 0.45,
  /** S001-048: raised in Q3 2022, "less than", USD. */
  q3of2022UsdAtMost: 250e6,
  /** S001-050: share prices during the at-the-market sales, below their highs, [low, high]. */
  equityDrawdownDuringAtm: [0.8, 0.9],
} as const;

/** The newsletter's early-Q4-2025 offerings (chapter 6). */
export const offeringsQ4of2025 = {
  /** S002-007: IREN's convertible bonds, closed, USD. */
  irenConvertibleUsd: 1e9,
  /** S002-008: Bitfarms' proposed convertible notes, USD. */
  bitfarmsConvertibleUsd: 300e6,
} as const;

/** The 2022 report's bitcoin sales by public miners (chapter 6). */
export const minerSales2022 = {
  /** S001-045: sold in 2022, "roughly", BTC. */
  soldIn2022Btc: 58_773,
  /** S001-046: sold in 2021, BTC. */
  soldIn2021Btc: 3_500,
  /** S001-047: the share of 2022's sales in Q2. */
  q2ShareOf2022: 0.36,
  /** S001-051: sold in Q2 2022, BTC. */
  soldInQ2of2022Btc: 21_290,
  /** S001-053: sold a month on average over the last three months of 2022, BTC. */
  publicPerMonthBtc: 5_739,
  /** S001-054: public miners' share of the network's hashrate, "about". */
  publicShareOfHashrate: 0.28,
  /** S001-055: the monthly sales that implies for all miners, "about", BTC. */
  allMinersPerMonthBtc: 20_496,
  /** S001-056: monthly spot trading volume in H2 2022, "roughly", BTC. */
  spotVolumePerMonthBtc: 13_800_000,
  /** S001-057: public miners' treasuries at the close of 2022, "roughly", BTC. */
  treasuryEndOf2022Btc: 33_290,
} as const;

/** The 2022 report's ASIC-backed lending in 2022 (chapter 4; the defaults are `defaultedLoans2022`). */
export const asicBackedIssuance2022 = {
  /** S001-100: new ASIC-backed loans in 2022, all of them in the first half, USD. */
  issuedUsd: 510e6,
  /** S001-101: the rise over 2021's issuance. */
  increaseOver2021Fraction: 0.25,
} as const;

// ---------------------------------------------------------------------------------------------
// Chapter 3: the security budget, the AI conversions, and the 2022 report's build-out.

/** The capitulation feature's closing figure for what the network pays for its security (S003). */
export const securityBudgetFraming = {
  /** S003-035: the network, "approximately" (the dashboard's estimate of S003-013 again). */
  networkEhPerSecond: 890,
  /** S003-036: the price, "roughly" (the dashboard's $76,176 rounded). */
  priceUsdPerBtc: 76_000,
  /** S003-037: "about" 3.5 cents per terahash per day. */
  usdPerThDay: 0.035,
} as const;

/** S003-008: the price the same feature opens with, "near". */
export const priceEarlyFeb2026UsdPerBtc = 78_000;

/** Hut 8's AI data-centre lease at its River Bend campus, as the capitulation feature reports it. */
export const hut8RiverBend = {
  /** S003-028 */
  megawatts: 245,
  /** S003-027 */
  termYears: 15,
  /** S003-029: the stated contract value, "approximately". */
  contractValueUsd: 7e9,
} as const;

/** Winter Storm Elliott, 24 December 2022, as the 2022 report tells it: what miners switched off for the grid. */
export const elliott2022 = {
  /** S001-006 */
  dateIso: '2022-12-24',
  /** S001-007: "as much as". */
  curtailedEhPerSecond: 100,
  /** S001-008: the share of network hashrate that was. */
  curtailedShare: 0.4,
} as const;

/** S001-126: the price of curtailed power at which the report says older machines still pay, USD per MWh. */
export const curtailedPowerUsdPerMwh = 10;

/** S001-037: the margin a forward power hedge could require in 2022, as a share of its notional value ("as much as"). */
export const hedgeMarginUpToFraction = 0.3;

/** S001-005: hosting capacity that entered bankruptcy in 2022, GW ("more than"). */
export const hostingBankruptGw = 1;

/** S001-076: miner load ERCOT could curtail, GW ("over"). */
export const ercotCurtailableGw = 1.7;

/** The op-ed's power prices for energy positions that keep value (S000). */
export const valuablePower = {
  /** S000-017: "sub-$0.03/kWh" long-term contracts. */
  ppaBelowUsdPerKwh: 0.03,
  /** S000-018: stranded-gas operators' power, [low, high], USD per kWh. */
  strandedGasUsdPerKwh: [0.02, 0.03],
} as const;

/** The 2022 report's bull case for 2023: the hashrate to bring online each month and the power it needs. */
export const bullCase2023Buildout = {
  /** S001-111: "roughly". */
  ehPerSecondPerMonth: 7.5,
  /** S001-113 */
  megawattsPerMonth: 210,
  /** S001-114: the average efficiency the power figure assumes. */
  joulesPerTerahash: 28,
  /** S001-110: the network's average efficiency the bull case assumes for 2023, [low, high]. */
  networkAverageJoulesPerTerahash: [28, 31],
} as const;

// ---------------------------------------------------------------------------------------------
// Hashprices the documents report, for reading a breakeven hashprice against (chapter 4).

/**
 * Every dated hashprice the documents give, USD per PH/s per day (the report's USD per TH/s per
 * day × 1000). The lowest is f2pool's $34 of 2 February 2026; the 2022 report's year-end $0.06/TH
 * was, in dollars, well above it.
 */
export const reportedHashprices = [
  /** S001-016: Q1 2021's average. */
  { id: 'q1-2021', label: 'Q1 2021 average', usdPerPhDay: 270, date: 'Q1 2021', source: 'S001' },
  /** S001-020: Q3 2022's average. */
  { id: 'q3-2022', label: 'Q3 2022 average', usdPerPhDay: 90, date: 'Q3 2022', source: 'S001' },
  /** S001-022: the close of 2022. */
  { id: 'end-2022', label: 'End of 2022', usdPerPhDay: 60, date: '31 Dec 2022', source: 'S001' },
  /** S002-015: the autumn 2025 dip, "sub-$47". */
  { id: 'autumn-2025', label: 'Autumn 2025 dip (below)', usdPerPhDay: 47, date: 'Sep–Oct 2025', source: 'S002' },
  /** S003-016: Luxor's index a few months before February 2026, "near". */
  { id: 'late-2025', label: 'Late 2025, Luxor index (near)', usdPerPhDay: 39, date: 'late 2025', source: 'S003' },
  /** S003-017: f2pool's dashboard, 2 February 2026. */
  { id: 'feb-2026', label: 'f2pool, 2 Feb 2026', usdPerPhDay: 34, date: '2 Feb 2026', source: 'S003' },
] as const;
