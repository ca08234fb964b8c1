/**
 * Chapter 6, "Balance sheets": its ledger entries (2022's falls in equity and debt raised; the share
 * of 2022's sales in Q2; all miners' monthly sales from public miners' share of hashrate), the facts
 * it cites without a recomputation, and the derived numbers its prose quotes at the defaults — the
 * treasury, capital-stack and financing figures at the default scenario.
 *
 * @example
 * byId('equity-decline-2022').computedValue // 1 − 953 ÷ 3,900 ≈ 0.756 (the report: down 75 %)
 * chapter6Figures.sales.shareOfVolume        // 20,496 ÷ 13,800,000 ≈ 0.15 %
 */
import machinesJson from '../../content/machines.json' with { type: 'json' };
import type { MachineRef } from '../catalogue/machine.ts';
import { figureContextOf } from '../components/figureContextOf.ts';
import { treasuryFigure } from '../figures/treasury.ts';
import { capitalStackFigure } from '../figures/capitalStack.ts';
import { financingFigure } from '../figures/financing.ts';
import { metric, type Figure } from '../figures/types.ts';
import { defaultScenario } from '../scenario/schema.ts';
import { number, percent } from '../format/index.ts';
import { minerFinancing2021To2022 as f22, minerFinancing2024To2025 as f25, minerSales2022, offeringsQ4of2025 } from './documents.ts';
import type { ChapterLedger, LedgerEntry } from './ledger.ts';

const scenario = defaultScenario();
const catalogue: MachineRef[] = (machinesJson as MachineRef[]).map(({ id, maker, model, terahashPerSecond, watts, confirmed }) => ({ id, maker, model, terahashPerSecond, watts, confirmed }));
const context = figureContextOf(catalogue);
const v = (f: Figure, name: string) => metric(f, name).value;
const has = (f: Figure, name: string) => f.metrics.some((m) => m.name === name);

const treasury = treasuryFigure(scenario, context);
const hodl = treasuryFigure({ ...scenario, rule: 'hodl' }, context);
const sell = treasuryFigure({ ...scenario, rule: 'sell' }, context);
const stack = capitalStackFigure(scenario, context);
const stackTrend = capitalStackFigure({ ...scenario, pricepath: 'trend' }, context);
const financing = financingFigure(scenario, context);

const equityDecline = 1 - f22.equity2022Usd / f22.equity2021Usd;
const debtDecline = 1 - f22.debt2022Usd / f22.debt2021Usd;
const q2Share = minerSales2022.soldInQ2of2022Btc / minerSales2022.soldIn2022Btc;
const allMinersPerMonth = minerSales2022.publicPerMonthBtc / minerSales2022.publicShareOfHashrate;
const usdMm = (x: number) => `$${number(x / 1e6)}mm`;

const entries: LedgerEntry[] = [
  {
    id: 'equity-decline-2022',
    factIds: ['S001-039', 'S001-040', 'S001-041'],
    sourceId: 'S001',
    claim: `Public miners raised ${usdMm(f22.equity2022Usd)} of equity in the first nine months of 2022, which the 2022 report calls a fall of ${percent(f22.equityDeclineFraction, 0)} from 2021’s $${number(f22.equity2021Usd / 1e9, 1)}bn.`,
    claimedValue: f22.equityDeclineFraction,
    unit: 'ratio',
    computedValue: equityDecline,
    computation: `1 − ${usdMm(f22.equity2022Usd)} ÷ ${usdMm(f22.equity2021Usd)} = ${percent(equityDecline, 1)}`,
    assumption: 'Nine months of 2022 set against all of 2021, as the report does; the 75 % is the fall rounded down by half a point.',
    tolerance: 0.01,
    comparison: 'approx',
  },
  {
    id: 'debt-decline-2022',
    factIds: ['S001-042', 'S001-043', 'S001-044'],
    sourceId: 'S001',
    claim: `Debt raised fell to ${usdMm(f22.debt2022Usd)} in the same nine months, by the report ${percent(f22.debtDeclineFraction, 0)} below 2021’s $${number(f22.debt2021Usd / 1e9, 1)}bn.`,
    claimedValue: f22.debtDeclineFraction,
    unit: 'ratio',
    computedValue: debtDecline,
    computation: `1 − ${usdMm(f22.debt2022Usd)} ÷ ${usdMm(f22.debt2021Usd)} = ${percent(debtDecline, 1)}`,
    assumption: 'Nine months against a year again. The computed fall, 45.8 %, rounds to 46 %, not the report’s 45 %: it reproduces within 2 %, not to the report’s last digit.',
    tolerance: 0.02,
    comparison: 'approx',
  },
  {
    id: 'q2-share-of-2022-sales',
    factIds: ['S001-045', 'S001-047', 'S001-051'],
    sourceId: 'S001',
    claim: `Public miners sold about ${number(minerSales2022.soldIn2022Btc)} BTC in 2022, ${percent(minerSales2022.q2ShareOf2022, 0)} of it in the second quarter: ${number(minerSales2022.soldInQ2of2022Btc)} BTC.`,
    claimedValue: minerSales2022.q2ShareOf2022,
    unit: 'ratio',
    computedValue: q2Share,
    computation: `${number(minerSales2022.soldInQ2of2022Btc)} ÷ ${number(minerSales2022.soldIn2022Btc)} = ${percent(q2Share, 1)}`,
    assumption: 'None: the two figures are the report’s own.',
    tolerance: { lastDigit: 0.01 },
    comparison: 'approx',
  },
  {
    id: 'all-miners-monthly-sales',
    factIds: ['S001-053', 'S001-054', 'S001-055'],
    sourceId: 'S001',
    claim: `Public miners sold ${number(minerSales2022.publicPerMonthBtc)} BTC a month at the end of 2022 and ran about ${percent(minerSales2022.publicShareOfHashrate, 0)} of the hashrate; if every miner sold alike, the report reckons all miners sold about ${number(minerSales2022.allMinersPerMonthBtc)} BTC a month.`,
    claimedValue: minerSales2022.allMinersPerMonthBtc,
    unit: 'BTC per 30 days',
    computedValue: allMinersPerMonth,
    computation: `${number(minerSales2022.publicPerMonthBtc)} ÷ ${percent(minerSales2022.publicShareOfHashrate, 0)} = ${number(allMinersPerMonth, 1)} BTC a month`,
    assumption: 'The report’s own scaling: sales proportional to hashrate across public and private miners.',
    tolerance: { lastDigit: 1 },
    comparison: 'approx',
  },
];

/** Chapter 6's share of the ledger. */
export const chapter6Ledger: ChapterLedger = {
  entries,
  citedWithoutRecomputation: {
    'S001-046': 'A reported annual total of sales; nothing to recompute it from.',
    'S001-048': 'A reported quarterly total, given as an upper bound.',
    'S001-050': 'A range of share-price drawdowns during at-the-market sales, as reported.',
    'S001-056': 'A monthly spot volume from CoinMetrics, which the report quotes; the chapter sets the miners’ sales against it.',
    'S001-057': 'A reported total of treasuries at the close of 2022.',
    'S002-007': 'A single closed offering’s size, as announced.',
    'S002-008': 'A single proposed offering’s size, as announced.',
    'S002-011': 'The coupon of the 2021 cycle’s convertibles, a contract term used as the notes’ default coupon.',
    'S002-010': 'A count of notable convertible issuers in the last cycle.',
  },
};

export const chapter6Figures = {
  machineModel: treasury.machine.model,
  sales: {
    soldIn2022Btc: minerSales2022.soldIn2022Btc,
    timesOver2021: minerSales2022.soldIn2022Btc / minerSales2022.soldIn2021Btc,
    allMinersPerMonthBtc: allMinersPerMonth,
    shareOfVolume: minerSales2022.allMinersPerMonthBtc / minerSales2022.spotVolumePerMonthBtc,
    soldOverTreasuryLeft: minerSales2022.soldIn2022Btc / minerSales2022.treasuryEndOf2022Btc,
  },
  treasury: {
    runwayHybrid: v(treasury, 'runway-months'),
    runwayHodl: v(hodl, 'runway-months'),
    runwaySell: v(sell, 'runway-months'),
    btcSoldHybrid: v(treasury, 'btc-sold'),
    btcSoldHodl: v(hodl, 'btc-sold'),
    btcForcedHodl: v(hodl, 'btc-forced'),
    endHybridUsd: v(treasury, 'end-value-usd'),
    endHodlUsd: v(hodl, 'end-value-usd'),
    endSellUsd: v(sell, 'end-value-usd'),
    hodlOutOfMoney: has(hodl, 'out-of-money-month') ? 1 : 0,
  },
  stack: {
    asicDefault: v(stack, 'default-asic'),
    seizedUsd: v(stack, 'seized-usd'),
    dilution: v(stack, 'dilution'),
    convertibleDefault: v(stack, 'default-convertible'),
    notesDefault: v(stack, 'default-notes'),
    notesInterestUsd: v(stack, 'cash-interest-usd'),
    siteValueUsd: v(stack, 'site-value-usd'),
    trendDilution: v(stackTrend, 'dilution'),
  },
  financing: {
    equityDecline,
    debtDecline,
    namedQ4of2025Usd: v(financing, 'named-q4-2025-usd'),
    recordUsd: f25.recordQuarterQ4of2024Usd,
    convertibleShare: v(financing, 'convertible-share-2025'),
    q3ConvertiblesUsd: f25.q3of2025ConvertiblesThreeMinersUsd,
    irenUsd: offeringsQ4of2025.irenConvertibleUsd,
  },
};
