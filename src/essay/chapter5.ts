/**
 * Chapter 5, "Power is the collateral": its ledger entries (Winter Storm Elliott's 100 EH/s as a
 * share of the network; old machines on $10/MWh curtailed power), the facts it cites without a
 * recomputation, and the derived numbers its prose quotes at the defaults — each the output of one
 * of the chapter's four figures (site use, flexible load, hosting, hedge) at the default scenario,
 * or of the model on the documents' own figures.
 *
 * @example
 * chapter5Figures.lease.usdPerMwYear            // ≈ 1,904,762 ($7 bn ÷ 15 years ÷ 245 MW)
 * byId('elliott-share-of-network').computedValue // ≈ 0.395 (100 EH/s against the 253 EH/s that 35.4 T implies)
 */
import machinesJson from '../../content/machines.json' with { type: 'json' };
import type { MachineRef } from '../catalogue/machine.ts';
import { figureContextOf } from '../components/figureContextOf.ts';
import { siteUseFigure } from '../figures/siteUse.ts';
import { flexibleLoadFigure } from '../figures/flexibleLoad.ts';
import { hostingFigure } from '../figures/hosting.ts';
import { hedgeFigure } from '../figures/hedge.ts';
import { metric, type Figure } from '../figures/types.ts';
import { breakevenHashpriceUsdPerThDay, breakevenUsdPerMwh } from '../model/breakeven.ts';
import { networkHashrateEhPerSecond } from '../model/difficulty.ts';
import { leaseUsdPerMwYear, siteTerahashPerSecond } from '../model/siteUse.ts';
import { defaultScenario } from '../scenario/schema.ts';
import { number, percent, usd } from '../format/index.ts';
import { curtailedPowerUsdPerMwh, elliott2022, endOf2022, hut8RiverBend, valuablePower } from './documents.ts';
import type { ChapterLedger, LedgerEntry } from './ledger.ts';

const scenario = defaultScenario();
const catalogue: MachineRef[] = (machinesJson as MachineRef[]).map(({ id, maker, model, terahashPerSecond, watts, confirmed }) => ({ id, maker, model, terahashPerSecond, watts, confirmed }));
const context = figureContextOf(catalogue);
const v = (f: Figure, name: string) => metric(f, name).value;
const has = (f: Figure, name: string) => f.metrics.some((m) => m.name === name);

const site = siteUseFigure(scenario, context);
const flex = flexibleLoadFigure(scenario, context);
const hosting = hostingFigure(scenario, context);
const passHosting = hostingFigure({ ...scenario, hostmode: 'pass' }, context);
const escrowHosting = hostingFigure({ ...scenario, escrow: 'on' }, context);
const hedge = hedgeFigure(scenario, context);

// ---------------------------------------------------------------------------------------------
// The ledger.

/** The network hashrate the year-end 2022 difficulty implies: the nearest difficulty the report gives to 24 December. */
const networkEndOf2022Eh = networkHashrateEhPerSecond(endOf2022.difficultyT);
const elliottShare = elliott2022.curtailedEhPerSecond / networkEndOf2022Eh;

/** The least efficient machine in the catalogue (the Antminer S9) at the report's year-end hashprice. */
const oldest = [...catalogue].sort((a, b) => b.watts / b.terahashPerSecond - a.watts / a.terahashPerSecond)[0]!;
const oldestJ = oldest.watts / oldest.terahashPerSecond;
const oldestBreakevenUsdPerMwh = breakevenUsdPerMwh({ hashpriceUsdPerThDay: endOf2022.hashpriceUsdPerThDay, joulesPerTerahash: oldestJ });

const entries: LedgerEntry[] = [
  {
    id: 'elliott-share-of-network',
    factIds: ['S001-006', 'S001-007', 'S001-008', 'S001-028'],
    sourceId: 'S001',
    claim: `During Winter Storm Elliott, on 24 December 2022, miners switched off as much as ${number(elliott2022.curtailedEhPerSecond)} EH/s for the grid, which the 2022 report puts at ${percent(elliott2022.curtailedShare, 0)} of the network’s hashrate.`,
    claimedValue: elliott2022.curtailedShare,
    unit: 'ratio',
    computedValue: elliottShare,
    computation: `35.4 T × 10¹² × 2³² ÷ 600 s = ${number(networkEndOf2022Eh, 1)} EH/s; ${number(elliott2022.curtailedEhPerSecond)} ÷ ${number(networkEndOf2022Eh, 1)} = ${percent(elliottShare, 1)}`,
    assumption:
      'The report gives no difficulty for 24 December; we use the 35.4 T it gives for the close of the year, a week later, and the hashrate that difficulty implies. The two figures agree within 2 %: the report’s 40 % is a rounded share of a rounded 100 EH/s.',
    tolerance: 0.02,
    comparison: 'approx',
  },
  {
    id: 'old-machines-on-curtailed-power',
    factIds: ['S001-126', 'S001-022'],
    sourceId: 'S001',
    claim: `The 2022 report says even older, cheap machines stay profitable on curtailed energy bought at $${number(curtailedPowerUsdPerMwh)} per MWh.`,
    claimedValue: curtailedPowerUsdPerMwh,
    unit: 'USD/MWh',
    computedValue: oldestBreakevenUsdPerMwh,
    computation: `${oldest.model}: ${number(oldest.watts)} W ÷ ${number(oldest.terahashPerSecond)} TH/s = ${number(oldestJ, 1)} J/TH; at the year-end hashprice of $${number(endOf2022.hashpriceUsdPerThDay, 2)}/TH/day its breakeven is $0.06 ÷ (${number(oldestJ, 1)} × 0.024) × 1,000 = ${usd(oldestBreakevenUsdPerMwh)}/MWh, above $10`,
    assumption: `The report names no machine; we take the least efficient one in our catalogue, the ${oldest.model} (nameplate spec, ${number(oldestJ)} J/TH), at the hashprice the report gives for the end of 2022. The claim holds if that breakeven is at least $10/MWh; it clears it ${number(oldestBreakevenUsdPerMwh / curtailedPowerUsdPerMwh, 1)} times over.`,
    tolerance: 0,
    comparison: 'atLeast',
  },
];

/** Chapter 5's share of the ledger. */
export const chapter5Ledger: ChapterLedger = {
  entries,
  citedWithoutRecomputation: {
    'S000-017': 'A threshold of power price the op-ed names for a valuable contract, an input; the chapter computes what it gives a machine.',
    'S000-018': 'A range of power prices for stranded-gas operators, an input; the chapter computes the breakeven hashprice it implies.',
    'S001-005': 'A reported total of hosting capacity that went bankrupt; the report gives no list of hosts to add up.',
    'S001-037': 'A margin requirement, a contract term of forward hedges, used as the hedge figure’s default.',
    'S001-076': 'An estimate of curtailable load from an ERCOT report the documents do not reproduce.',
    'S001-103': 'A count of announced hosting capacity; nothing to recompute it from.',
    'S001-104': 'A count of hosting capacity under consideration, likewise.',
    'S003-026': 'The year of a takeover bid, a date.',
    'S003-025': 'A reported equity investment, context for where AI money comes from; nothing to recompute.',
    'S002-016': 'The size of a stranded-gas pilot, as announced.',
    'S002-021': 'A reported raise to convert a mining site, without the site’s megawatts: no cost per MW to recompute.',
  },
};

// ---------------------------------------------------------------------------------------------
// The numbers the prose quotes at the defaults.

const leasePerMwYear = leaseUsdPerMwYear({ contractValueUsd: hut8RiverBend.contractValueUsd, years: hut8RiverBend.termYears, megawatts: hut8RiverBend.megawatts });
const machineJ = site.machine.watts / site.machine.terahashPerSecond;
const strandedHighBreakevenUsdPerPhDay = breakevenHashpriceUsdPerThDay({ joulesPerTerahash: machineJ, usdPerKwh: valuablePower.strandedGasUsdPerKwh[1], poolFeeFraction: 0 }) * 1000;
const strandedLowBreakevenUsdPerPhDay = breakevenHashpriceUsdPerThDay({ joulesPerTerahash: machineJ, usdPerKwh: valuablePower.strandedGasUsdPerKwh[0], poolFeeFraction: 0 }) * 1000;

export const chapter5Figures = {
  machineModel: site.machine.model,
  machineJoulesPerTerahash: machineJ,
  lease: {
    usdPerMwYear: leasePerMwYear,
    /** The same lease per MW-year, against mining's margin per MW-year today. */
    timesMining: leasePerMwYear / v(site, 'mining-usd-per-mw-year'),
  },
  site: {
    phPerMwAt20J: siteTerahashPerSecond({ megawatts: 1, joulesPerTerahash: 20 }) / 1000,
    phPerMw: v(site, 'site-ph-per-mw'),
    miningUsdPerMwYear: v(site, 'mining-usd-per-mw-year'),
    revenueUsdPerMwYear: v(site, 'mining-revenue-usd-per-mw-year'),
    matchingUsdPerPhDay: v(site, 'hashprice-matching-lease'),
    matchingTimesToday: v(site, 'hashprice-matching-lease') / v(site, 'hashprice-today'),
    npvMiningUsd: v(site, 'npv-mining-usd'),
    npvAiUsd: v(site, 'npv-ai-usd'),
  },
  stranded: { lowBreakevenUsdPerPhDay: strandedLowBreakevenUsdPerPhDay, highBreakevenUsdPerPhDay: strandedHighBreakevenUsdPerPhDay },
  flex: {
    breakevenUsdPerKwh: v(flex, 'breakeven-kwh'),
    hoursOff: v(flex, 'hours-off'),
    averageUsdPerKwh: v(flex, 'avg-power-price'),
    averageAlwaysOnUsdPerKwh: v(flex, 'avg-power-price-always-on'),
    revenueKept: v(flex, 'revenue-kept'),
    marginFlexibleUsdPerMw: v(flex, 'margin-flexible-usd-per-mw'),
    marginAlwaysOnUsdPerMw: v(flex, 'margin-always-on-usd-per-mw'),
    elliottSpotUsdPerKwh: v(flex, 'elliott-spot-kwh'),
  },
  elliott: { networkEndOf2022Eh, share: elliottShare },
  oldest: { model: oldest.model, joulesPerTerahash: oldestJ, breakevenUsdPerMwh: oldestBreakevenUsdPerMwh },
  hosting: {
    cashOutMonth: has(hosting, 'host-cash-out-month') ? v(hosting, 'host-cash-out-month') : -1,
    hostMarginUsd: v(hosting, 'host-margin-usd'),
    depositUsd: v(hosting, 'deposit-usd'),
    passHostMarginUsd: v(passHosting, 'host-margin-usd'),
    passCashOut: has(passHosting, 'host-cash-out-month') ? 1 : 0,
    escrowCashOutMonth: has(escrowHosting, 'host-cash-out-month') ? v(escrowHosting, 'host-cash-out-month') : -1,
    escrowDepositLostUsd: v(escrowHosting, 'deposit-lost-usd'),
  },
  hedge: {
    marginPostedUsd: v(hedge, 'margin-posted-usd'),
    savingUsd: v(hedge, 'hedge-saving-usd'),
    financingUsd: v(hedge, 'hedge-financing-usd'),
    marginMonths: has(hedge, 'margin-months') ? v(hedge, 'margin-months') : -1,
  },
};
