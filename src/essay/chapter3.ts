/**
 * Chapter 3, "Hashrate answers back": its ledger entries (the capitulation feature's "about 3.5
 * cents per terahash" read against the hashrate difficulty implies and against the 890 EH/s
 * estimate; the megawatts-to-hashrate rule the 2022 report uses, which turns Hut 8's 245 MW into
 * EH/s), the facts it cites without a recomputation, and the derived numbers its prose quotes at
 * the defaults. Document figures come from documents.ts, the fleet mix from fleetMix.ts; every
 * computed value is a model call.
 *
 * @example
 * chapter3Figures.feb2026Step.blockTimeSeconds      // ≈ 523.0 (600 s ÷ 1.1473: the epoch before the +14.73 % step)
 * chapter3Figures.fleet.meanJoulesPerTerahash       // 19.15
 * chapter3Figures.trend.endShareUnderwater          // 0.9375 (the fixed trend's last month: all but 12 J/TH on $0.025 power)
 * byId('security-budget-per-th').computedValue      // ≈ 0.03396 (3.40¢: “about 3.5 cents” reproduces at half-cent rounding)
 */
import machinesJson from '../../content/machines.json' with { type: 'json' };
import { blocksPerRetarget, kwhPerWattDay, secondsPerDay, targetSecondsPerBlock, thPerEh, wattsPerMegawatt } from '../model/constants.ts';
import { networkHashrateEhPerSecond } from '../model/difficulty.ts';
import { hashpriceUsdPerThDay, usdPerPhDayFromUsdPerThDay } from '../model/hashprice.ts';
import { breakevenHashpriceUsdPerPhDay, fleetCostCurve, marginalSegment, meanJoulesPerTerahash, shareUnderwater, type MachineClass, type PowerTier } from '../model/fleetCurve.ts';
import { networkPath, type NetworkMonth } from '../model/hashrateResponse.ts';
import { nextDifficultyT, retarget } from '../model/retarget.ts';
import { projectMachine, undiscountedProfitUsd, type Projection } from '../model/projection.ts';
import { blockHeightAtDate, isoDateOfProjectionMonth } from '../model/halving.ts';
import { subsidyBtcAtHeight } from '../model/subsidy.ts';
import { budgetAfterHalvingUsdPerDay, hashrateFromMegawattsEhPerSecond, majorityAttackCost, securityBudgetUsdPerDay, securityBudgetUsdPerThDay } from '../model/securityBudget.ts';
import type { MarketInputs } from '../model/machineEconomics.ts';
import { number, percent, sig, usdWhole } from '../format/index.ts';
import {
  bullCase2023Buildout,
  f2poolSnapshot,
  hashrateFallSinceNovember2025Fraction,
  hut8RiverBend,
  priceEarlyFeb2026UsdPerBtc,
  retargetFeb2026DifficultyChangeFraction,
  securityBudgetFraming,
} from './documents.ts';
import { defaultFleetClasses, defaultPowerTiers } from './fleetMix.ts';
import { catalogueMachine } from './catalogue.ts';
import { floorDefaults } from './chapter2.ts';
import type { ChapterLedger, LedgerEntry } from './ledger.ts';

// ---------------------------------------------------------------------------------------------
// The chapter's defaults.

/**
 * The defaults chapter 3 adds to chapter 2's (`floorDefaults`), as its prose and scenario note
 * state them. They mirror the reader's default scenario in src/scenario/schema.ts; a test keeps the
 * two equal. Where a default comes from a document, it is read from documents.ts.
 */
export const chapter3Defaults = {
  /** The capitulation feature's fall in hashrate since November 2025, as a change at an epoch's start. */
  hashrateChangeFraction: -hashrateFallSinceNovember2025Fraction,
  /** Projections follow the responding path (link format 2). */
  hashrate: 'respond',
  /** Ours: months a switched-off class waits before it leaves. */
  leaveMonths: 3,
  /** Hut 8's River Bend lease. */
  aiMegawatts: hut8RiverBend.megawatts,
} as const;

const startHeight = blockHeightAtDate(floorDefaults.dateIso);
/** The 2 Feb 2026 market with the subsidy the date implies (3.125 BTC). */
const market: MarketInputs = { ...f2poolSnapshot.market, subsidyBtc: subsidyBtcAtHeight(startHeight) };
const reward = { priceUsdPerBtc: market.priceUsdPerBtc, subsidyBtc: market.subsidyBtc, feesBtcPerBlock: market.feesBtcPerBlock };
const hashpriceTodayPh = usdPerPhDayFromUsdPerThDay(hashpriceUsdPerThDay(market));
const networkTodayEh = networkHashrateEhPerSecond(market.difficultyT);

// ---------------------------------------------------------------------------------------------
// One retarget, and the +14.73 % step of 19–20 February 2026.

const retargetAtDefaults = retarget({ difficultyT: market.difficultyT, hashrateChangeFraction: chapter3Defaults.hashrateChangeFraction, ...reward });

/**
 * What the op-ed's +14.73 % says about the epoch before it, read through the retarget rule (within
 * the ×4 clamp difficulty moves by the ratio of the hashrate that mined the epoch to the hashrate
 * the old difficulty expected): that hashrate ran 14.73 % above expectation, blocks averaged
 * 600 ÷ 1.1473 s, and the 2,016 blocks took that many seconds each.
 */
const stepRatio = 1 + retargetFeb2026DifficultyChangeFraction;
const stepBlockTimeSeconds = targetSecondsPerBlock / stepRatio;
const feb2026Step = {
  changeFraction: retargetFeb2026DifficultyChangeFraction,
  /** Hashrate over the epoch ÷ what the previous difficulty expected. */
  hashrateRatio: stepRatio,
  blockTimeSeconds: stepBlockTimeSeconds,
  epochDays: (blocksPerRetarget * stepBlockTimeSeconds) / secondsPerDay,
  /** Luck alone: 2,016 exponential waits spread their sum by 1 ÷ √2016 ≈ 2.2 %. */
  luckFraction: 1 / Math.sqrt(blocksPerRetarget),
  /** The step that would undo a retarget that had taken out the feature's 12 % fall: 1 ÷ 0.88 − 1. */
  fullReturnChangeFraction: nextDifficultyT(1, 1 / (1 - hashrateFallSinceNovember2025Fraction)) - 1,
  /** After such a retarget, the step puts hashrate this far above the November level: 0.88 × 1.1473 − 1. */
  aboveNovemberFraction: (1 - hashrateFallSinceNovember2025Fraction) * stepRatio - 1,
};

// ---------------------------------------------------------------------------------------------
// The fleet's cost curve at the default mix.

const classes: MachineClass[] = defaultFleetClasses.map((c) => ({ label: `${c.joulesPerTerahash} J/TH`, joulesPerTerahash: c.joulesPerTerahash, share: c.share }));
const tiers: PowerTier[] = defaultPowerTiers.map((t) => ({ usdPerKwh: t.usdPerKwh, share: t.share }));
const curve = fleetCostCurve(classes, tiers);
const marginalToday = marginalSegment(curve, hashpriceTodayPh);
const fleetMeanJ = meanJoulesPerTerahash(classes);
const underwaterToday = shareUnderwater(curve, hashpriceTodayPh);
/** The 12 % fall since November as EH/s, if 141 T is the November network (chapter 1): 0.12 × 1,009 EH/s. */
const fallEh = hashrateFallSinceNovember2025Fraction * networkTodayEh;

// ---------------------------------------------------------------------------------------------
// The forward path, two ways, for chapter 2's machine.

function path(response: boolean): NetworkMonth[] {
  return networkPath({
    difficultyT: market.difficultyT,
    priceUsdPerBtc: market.priceUsdPerBtc,
    feesBtcPerBlock: market.feesBtcPerBlock,
    subsidyBtc: market.subsidyBtc,
    startBlockHeight: startHeight,
    lifeMonths: floorDefaults.lifeMonths,
    difficultyGrowthPerMonth: floorDefaults.difficultyGrowthPerMonth,
    priceDriftPerYear: floorDefaults.priceDriftPerYear,
    response: response ? { curve, leaveMonths: chapter3Defaults.leaveMonths } : null,
  });
}
const trendPath = path(false);
const respondPath = path(true);
const machine = catalogueMachine(floorDefaults.machineId);
const machineJ = machine.watts / machine.terahashPerSecond;

function project(p: NetworkMonth[]): Projection {
  return projectMachine({
    machine: { terahashPerSecond: machine.terahashPerSecond, watts: machine.watts },
    market,
    startBlockHeight: startHeight,
    lifeMonths: floorDefaults.lifeMonths,
    difficultyGrowthPerMonth: floorDefaults.difficultyGrowthPerMonth,
    priceDriftPerYear: floorDefaults.priceDriftPerYear,
    discountRatePerYear: floorDefaults.discountRatePerYear,
    resaleUsd: floorDefaults.resaleUsd,
    difficultyTByMonth: p.map((m) => m.difficultyT),
  });
}
const trendProjection = project(trendPath);
const respondProjection = project(respondPath);
const last = floorDefaults.lifeMonths - 1;
const trendEndHashprice = trendPath[last]!.hashpriceUsdPerPhDay;
const respondEnd = respondPath[last]!;
const idlePeak = Math.max(...respondPath.map((m) => m.idleShare));
const idlePeakMonth = respondPath.findIndex((m) => m.idleShare === idlePeak);
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (m: number) => monthYear.format(new Date(`${isoDateOfProjectionMonth({ startIsoDate: floorDefaults.dateIso, month: m })}T00:00:00Z`));
const halvingMonth = respondProjection.halvingMonth;
const bestCatalogueJ = Math.min(...(machinesJson as { watts: number; terahashPerSecond: number }[]).map((m) => m.watts / m.terahashPerSecond));

// ---------------------------------------------------------------------------------------------
// The security budget, the majority, and the sites converted to AI.

const budgetUsdPerDay = securityBudgetUsdPerDay(reward);
const budgetPerThAtDifficulty = securityBudgetUsdPerThDay({ ...reward, difficultyT: market.difficultyT });
const estimateTh = securityBudgetFraming.networkEhPerSecond * thPerEh;
const budgetPerThAtEstimate = budgetUsdPerDay / estimateTh;
const budgetAtRoundedPrice = securityBudgetUsdPerDay({ ...reward, priceUsdPerBtc: securityBudgetFraming.priceUsdPerBtc });
const budgetPerThAtEstimateRoundedPrice = budgetAtRoundedPrice / estimateTh;
const budgetPerThAtOpeningPrice = securityBudgetUsdPerThDay({ ...reward, priceUsdPerBtc: priceEarlyFeb2026UsdPerBtc, difficultyT: market.difficultyT });
const attack = majorityAttackCost({ networkTerahashPerSecond: networkTodayEh * thPerEh, usdPerTerahash: floorDefaults.purchaseUsdPerTh, joulesPerTerahash: machineJ, usdPerKwh: market.usdPerKwh });

const aiEh = hashrateFromMegawattsEhPerSecond(hut8RiverBend.megawatts, fleetMeanJ);
const aiEhAtBest = hashrateFromMegawattsEhPerSecond(hut8RiverBend.megawatts, machineJ);
const aiEhAtReportAverage = hashrateFromMegawattsEhPerSecond(hut8RiverBend.megawatts, bullCase2023Buildout.joulesPerTerahash);
const buildoutEh = hashrateFromMegawattsEhPerSecond(bullCase2023Buildout.megawattsPerMonth, bullCase2023Buildout.joulesPerTerahash);
/** The lease's stated value spread over its term and its megawatts, USD per MW per year. */
const leaseUsdPerMwYear = hut8RiverBend.contractValueUsd / hut8RiverBend.termYears / hut8RiverBend.megawatts;
/** What one MW of the default fleet (at its average J/TH) earned mining at today's hashprice, gross, USD a year. */
const miningUsdPerMwYear = (wattsPerMegawatt / fleetMeanJ) * hashpriceUsdPerThDay(market) * 365;
/** One MW's power bill at $0.06/kWh for a year. */
const powerUsdPerMwYear = wattsPerMegawatt * kwhPerWattDay * market.usdPerKwh * 365;

// ---------------------------------------------------------------------------------------------
// The entries.

/** "3.40¢": US cents to two decimals, for an amount per TH/s per day. */
const cents = (usdValue: number) => `${number(usdValue * 100, 2)}¢`;
const halfCent = 0.005;
const budgetLine = (price: number) => `(${number(reward.subsidyBtc, 3)} + ${number(reward.feesBtcPerBlock)}) BTC × 144 blocks × ${usdWhole(price)} = ${usdWhole(securityBudgetUsdPerDay({ ...reward, priceUsdPerBtc: price }))} a day`;
const halfCentRule = `“About 3.5 cents” is read as rounded to the half cent, so a result from ${cents(securityBudgetFraming.usdPerThDay - halfCent / 2)} to ${cents(securityBudgetFraming.usdPerThDay + halfCent / 2)} reproduces.`;

const entries: LedgerEntry[] = [
  {
    id: 'security-budget-per-th',
    factIds: ['S003-037', 'S003-036', 'S003-012', 'S003-008'],
    sourceId: 'S003',
    claim:
      `The capitulation feature closes on the 2 February snapshot: a network of about ${number(securityBudgetFraming.networkEhPerSecond)} EH/s, with bitcoin at roughly ${usdWhole(securityBudgetFraming.priceUsdPerBtc)}, ` +
      `buys its security for about ${number(securityBudgetFraming.usdPerThDay * 100, 1)} cents per terahash a day. Tested here with the hashrate the difficulty in force implies.`,
    claimedValue: securityBudgetFraming.usdPerThDay,
    unit: 'USD/TH/s/day',
    computedValue: budgetPerThAtDifficulty,
    computation:
      `${budgetLine(market.priceUsdPerBtc)}; ${number(market.difficultyT)} T × 2³² ÷ 600 s = ${number(networkTodayEh, 1)} EH/s; ` +
      `${usdWhole(budgetUsdPerDay)} ÷ ${number(networkTodayEh, 1)} × 10⁶ TH/s = $${sig(budgetPerThAtDifficulty, 4)} per TH/s per day (${cents(budgetPerThAtDifficulty)}); ` +
      `at the ${usdWhole(priceEarlyFeb2026UsdPerBtc)} the feature opens with, ${cents(budgetPerThAtOpeningPrice)}`,
    assumption:
      `${halfCentRule} Divided by the hashrate the difficulty implies, the budget per TH/s is the hashprice itself, so ${cents(budgetPerThAtDifficulty)} is f2pool’s $0.034 again, which “about 3.5” rounds up. ` +
      `At the dashboard’s ${usdWhole(market.priceUsdPerBtc)} and our ${number(market.difficultyT)} T it reproduces; at the “near ${usdWhole(priceEarlyFeb2026UsdPerBtc)}” of the feature’s opening it would be ${cents(budgetPerThAtOpeningPrice)}, closer still. Fees are zero, as in the default scenario.`,
    tolerance: { lastDigit: halfCent },
    comparison: 'approx',
  },
  {
    id: 'security-budget-per-th-at-estimate',
    factIds: ['S003-037', 'S003-035', 'S003-036', 'S003-012'],
    sourceId: 'S003',
    claim: `The same “about ${number(securityBudgetFraming.usdPerThDay * 100, 1)} cents per terahash” a day, tested with the ${number(securityBudgetFraming.networkEhPerSecond)} EH/s the sentence itself gives as the network.`,
    claimedValue: securityBudgetFraming.usdPerThDay,
    unit: 'USD/TH/s/day',
    computedValue: budgetPerThAtEstimate,
    computation:
      `${budgetLine(market.priceUsdPerBtc)}; ${usdWhole(budgetUsdPerDay)} ÷ (${number(securityBudgetFraming.networkEhPerSecond)} × 10⁶ TH/s) = $${sig(budgetPerThAtEstimate, 4)} per TH/s per day (${cents(budgetPerThAtEstimate)}); ` +
      `with the sentence’s rounded price, ${budgetLine(securityBudgetFraming.priceUsdPerBtc)} ÷ (${number(securityBudgetFraming.networkEhPerSecond)} × 10⁶ TH/s) = ${cents(budgetPerThAtEstimateRoundedPrice)}`,
    assumption:
      `${halfCentRule} The ${number(securityBudgetFraming.networkEhPerSecond)} EH/s is the dashboard’s estimate from a few days of block times (chapter 1), ${percent(1 - securityBudgetFraming.networkEhPerSecond / networkTodayEh, 0)} below the ${number(networkTodayEh)} EH/s that ${number(market.difficultyT)} T implies. ` +
      `Shared over the smaller figure the budget comes to ${cents(budgetPerThAtEstimate)}, more per TH/s than any miner was paid that day: what a TH/s earns follows the difficulty in force. This reading does not reproduce; the one with ${number(networkTodayEh)} EH/s does.`,
    tolerance: { lastDigit: halfCent },
    comparison: 'approx',
  },
  {
    id: 'buildout-megawatts',
    factIds: ['S001-111', 'S001-113', 'S001-114', 'S003-028'],
    sourceId: 'S001',
    claim:
      `The 2022 report’s bull case for 2023 needs roughly ${number(bullCase2023Buildout.ehPerSecondPerMonth, 1)} EH/s of new machines a month, which at an average ${number(bullCase2023Buildout.joulesPerTerahash)} J/TH it puts at ` +
      `${number(bullCase2023Buildout.megawattsPerMonth)} MW of new power a month: the rule that turns megawatts into hashrate, tested on the report’s own numbers.`,
    claimedValue: bullCase2023Buildout.ehPerSecondPerMonth,
    unit: 'EH/s',
    computedValue: buildoutEh,
    computation:
      `${number(bullCase2023Buildout.megawattsPerMonth)} MW × 10⁶ W ÷ ${number(bullCase2023Buildout.joulesPerTerahash)} J/TH = ${number(buildoutEh * thPerEh)} TH/s = ${number(buildoutEh, 1)} EH/s; ` +
      `the same rule for Hut 8’s ${number(hut8RiverBend.megawatts)} MW: ${number(hut8RiverBend.megawatts)} × 10⁶ W ÷ ${number(fleetMeanJ, 2)} J/TH = ${number(aiEh, 1)} EH/s, ${percent(aiEh / networkTodayEh, 2)} of ${number(networkTodayEh)} EH/s`,
    assumption:
      'A unit check: a watt runs one TH/s of a 1 J/TH machine, so power ÷ J/TH is hashrate. It reproduces exactly, and it is the rule the chapter uses for the mining sites converted to AI. ' +
      `The answer depends on the machines a site ran, which the capitulation feature does not say: ${number(hut8RiverBend.megawatts)} MW is ${number(aiEhAtBest, 1)} EH/s of ${number(machineJ)} J/TH machines, ` +
      `${number(aiEh, 1)} EH/s at the ${number(fleetMeanJ, 2)} J/TH average of our default fleet (whose shares are guesses), and ${number(aiEhAtReportAverage, 2)} EH/s at the report’s ${number(bullCase2023Buildout.joulesPerTerahash)} J/TH.`,
    tolerance: { lastDigit: 0.1 },
    comparison: 'approx',
  },
];

/** Chapter 3's share of the ledger. */
export const chapter3Ledger: ChapterLedger = {
  entries,
  citedWithoutRecomputation: {
    'S000-019': 'The protocol’s retarget interval as the op-ed states it: a rule of the protocol, not a result.',
    'S003-034': 'The protocol’s ten-minute block target as the feature states it: a rule of the protocol, not a result.',
    'S003-033': 'The halving interval, a rule of the protocol.',
    'S003-031': 'The majority-attack threshold, a concept; the chapter computes what an attack would cost instead.',
    'S003-027': 'A lease term, an input to the chapter’s comparison of lease and mining income.',
    'S003-029': 'A stated contract value, an input to the same comparison; the feature gives nothing to recompute it from.',
    'S001-110': 'A forecast assumption for the 2023 network’s average efficiency, quoted as context for the default fleet mix.',
    'S001-086': 'A machine’s rated efficiency, used as a fleet class’s J/TH (test/essay/fleetMix.test.ts checks it).',
    'S001-089': 'A machine’s rated efficiency, used as a fleet class’s J/TH (test/essay/fleetMix.test.ts checks it).',
  },
};

/** Derived numbers chapter 3's prose quotes at the defaults: each is model output. */
export const chapter3Figures = {
  hashpriceTodayUsdPerPhDay: hashpriceTodayPh,
  networkTodayEhPerSecond: networkTodayEh,
  retarget: {
    blockTimeSeconds: retargetAtDefaults.blockTimeSeconds,
    epochDays: retargetAtDefaults.epochDays,
    nextDifficultyT: retargetAtDefaults.nextDifficultyT,
    hashpriceAfterUsdPerPhDay: retargetAtDefaults.hashpriceAfterUsdPerPhDay,
    minersUsdPerDayBefore: retargetAtDefaults.minersUsdPerDayBefore,
    minersUsdPerDayDuringLag: retargetAtDefaults.minersUsdPerDayDuringLag,
  },
  feb2026Step,
  fleet: {
    meanJoulesPerTerahash: fleetMeanJ,
    shareUnderwaterToday: underwaterToday,
    marginalJoulesPerTerahash: marginalToday?.joulesPerTerahash ?? Number.NaN,
    marginalUsdPerKwh: marginalToday?.usdPerKwh ?? Number.NaN,
    marginalBreakevenUsdPerPhDay: marginalToday?.breakevenUsdPerPhDay ?? Number.NaN,
    /** Breakevens of the worked examples: the oldest class on typical power, the newest on cheap power. */
    oldestOnTypicalBreakeven: breakevenHashpriceUsdPerPhDay(30, 0.06),
    newestOnCheapBreakeven: breakevenHashpriceUsdPerPhDay(12, 0.025),
    /** The feature's 12 % fall as EH/s, against the network 141 T implies. */
    fallEhPerSecond: fallEh,
  },
  trend: {
    endHashpriceUsdPerPhDay: trendEndHashprice,
    endDifficultyT: trendPath[last]!.difficultyT,
    /** J/TH a machine on $0.06 power would need to cover its power at the trend's last hashprice. */
    endBreakevenJoulesPerTerahash: trendEndHashprice / (market.usdPerKwh * 24),
    endShareUnderwater: shareUnderwater(curve, trendEndHashprice),
    bestCatalogueJoulesPerTerahash: bestCatalogueJ,
    forwardValueUsd: trendProjection.valueCurtailUsd,
    losingMonths: trendProjection.months.filter((m) => m.profitUsd < 0).length,
  },
  respond: {
    firstMonthIdleShare: respondPath[0]!.idleShare,
    idlePeakShare: idlePeak,
    idlePeakMonth,
    idlePeakMonthLabel: monthLabel(idlePeakMonth),
    halvingMonth: halvingMonth ?? Number.NaN,
    halvingMonthLabel: halvingMonth === null ? 'none' : monthLabel(halvingMonth),
    /** Difficulty in the month of the halving and the month after (T). */
    difficultyAtHalvingT: halvingMonth === null ? Number.NaN : respondPath[halvingMonth]!.difficultyT,
    difficultyAfterHalvingT: halvingMonth === null ? Number.NaN : respondPath[halvingMonth + 1]!.difficultyT,
    endHashpriceUsdPerPhDay: respondEnd.hashpriceUsdPerPhDay,
    endMarginalBreakevenUsdPerPhDay: respondEnd.marginalBreakevenUsdPerPhDay ?? Number.NaN,
    endDifficultyT: respondEnd.difficultyT,
    leftShareEnd: respondEnd.leftShare,
    forwardValueUsd: respondProjection.valueCurtailUsd,
    losingMonths: respondProjection.months.filter((m) => m.profitUsd < 0).length,
    lifetimeProfitUsd: undiscountedProfitUsd({ months: respondProjection.months, mode: 'curtail' }),
  },
  machine: {
    joulesPerTerahash: machineJ,
    purchaseUsd: floorDefaults.purchaseUsdPerTh * machine.terahashPerSecond,
    breakevenUsdPerPhDay: breakevenHashpriceUsdPerPhDay(machineJ, market.usdPerKwh),
  },
  security: {
    budgetUsdPerDay,
    budgetPerThAtDifficulty,
    budgetPerThAtEstimate,
    budgetPerThAtOpeningPrice,
    afterHalvingUsdPerDay: budgetAfterHalvingUsdPerDay(reward),
    attackHardwareUsd: attack.hardwareUsd,
    attackPowerUsdPerDay: attack.powerUsdPerDay,
    attackPowerMegawatts: attack.powerMegawatts,
    /** The attacker's daily power bill as a share of what honest miners are paid a day. */
    attackPowerOverBudget: attack.powerUsdPerDay / budgetUsdPerDay,
  },
  ai: {
    ehPerSecond: aiEh,
    shareOfNetwork: aiEh / networkTodayEh,
    shareOfFall: aiEh / fallEh,
    ehPerSecondAtBest: aiEhAtBest,
    ehPerSecondAtReportAverage: aiEhAtReportAverage,
    leaseUsdPerMwYear,
    miningUsdPerMwYear,
    miningMarginUsdPerMwYear: miningUsdPerMwYear - powerUsdPerMwYear,
    leaseOverMining: leaseUsdPerMwYear / miningUsdPerMwYear,
  },
};

/** Formatters the chapter's prose uses on these figures: "$1.9M". */
export const usdMillionsShort = (x: number) => `$${sig(x / 1e6, 2)}M`;
/** "$15.1 bn" */
export const usdBillionsShort = (x: number) => `$${number(x / 1e9, 1)} bn`;
