/**
 * Chapter 4, "Underwriting hashprice": its ledger entry (the 2022 report's "most loans above 100 %
 * LTV", tested on the loans that defaulted with the collateral marked the way this chapter marks it,
 * at a payback value), the facts it cites without a recomputation, and the derived numbers its prose
 * quotes at the defaults. The loan figures are computed here at the default scenario with the site's
 * figure context, so what the prose says at the defaults is what the widgets show there; the stress
 * test, which the page runs only in a worker, is run here once at build time.
 *
 * @example
 * chapter4Figures.debt.paymentUsd               // ≈ 141,220 ($3 M × 0.01 ÷ (1 − 1.01^−24))
 * chapter4Figures.debt.breakevenUsdPerPhDay     // ≈ 30.56 (DSCR = 1), against f2pool's $34
 * chapter4Figures.stress.pDscrBreach            // 0.8188 (5,000 paths, seed 1)
 * byId('defaulted-loans-ltv-payback').computedValue // ≈ 2.71 (LTV at an 18-month payback value)
 */
import machinesJson from '../../content/machines.json' with { type: 'json' };
import type { MachineRef } from '../catalogue/machine.ts';
import { figureContextOf } from '../components/figureContextOf.ts';
import { debtServiceFigure } from '../figures/debtService.ts';
import { loanDenominationFigure } from '../figures/loanDenomination.ts';
import { linkedPaymentsFigure } from '../figures/linkedPayments.ts';
import { loanStressFigureNow } from '../figures/loanStress.ts';
import { metric, type Figure } from '../figures/types.ts';
import { monthText } from '../figures/projectionShared.ts';
import { daysPerMonth, thPerEh } from '../model/constants.ts';
import { levelPaymentInLoanUnit } from '../model/loan.ts';
import { loanToValueFraction } from '../model/ltv.ts';
import { paybackValueUsd } from '../model/payback.ts';
import { hashcostUsdPerThDay } from '../model/powerCost.ts';
import { defaultScenario } from '../scenario/schema.ts';
import { number, percent, usd, usdWhole } from '../format/index.ts';
import { asicBackedIssuance2022, asicPriceIndex, defaultedLoans2022, endOf2022, fairValueCurvePaybackMonths, firmwareExample, paybackExample } from './documents.ts';
import type { ChapterLedger, LedgerEntry } from './ledger.ts';

// ---------------------------------------------------------------------------------------------
// The chapter's defaults (ours). They mirror the reader's default scenario in
// src/scenario/schema.ts; test/essay/chapter4.test.ts keeps the two, the prose and the note equal.

export const chapter4Defaults = {
  units: 1_000,
  usdPerKwh: 0.06,
  opexUsdPerMonth: 50_000,
  loanUsd: 3_000_000,
  ratePerYear: 0.12,
  termMonths: 24,
  repayment: 'level',
  marginCallLtv: 0.9,
  paybackMonths: 18,
  denomination: 'usd',
  linked: 'off',
  linkedFloorFraction: 0.5,
  linkedCapFraction: 1.5,
  volatilityPerYear: 0.5,
  difficultyNoisePointsPerMonth: 2,
  paths: 5_000,
  seed: 1,
} as const;

const scenario = defaultScenario();
const catalogue: MachineRef[] = (machinesJson as MachineRef[]).map(({ id, maker, model, terahashPerSecond, watts, confirmed }) => ({ id, maker, model, terahashPerSecond, watts, confirmed }));
const context = figureContextOf(catalogue);
const v = (f: Figure, name: string) => metric(f, name).value;
const has = (f: Figure, name: string) => f.metrics.some((m) => m.name === name);

const debt = debtServiceFigure(scenario, context);
const denom = loanDenominationFigure(scenario, context);
const linked = linkedPaymentsFigure(scenario, context);
const stress = loanStressFigureNow(scenario, context);
const linkedOn = debtServiceFigure({ ...scenario, linked: 'on' }, context);

const machine = debt.machine;
const payment = v(debt, 'payment-month');
const hashpriceToday = v(debt, 'hashprice-today');
/** The fleet's revenue and power bill a month at today's hashprice (no pool fee, full uptime at the defaults). */
const revenueUsdPerMonth = scenario.units * (machine.terahashPerSecond / 1000) * hashpriceToday * daysPerMonth * (scenario.uptime / 100) * (1 - scenario.pool / 100);
const powerUsdPerMonth = scenario.units * machine.watts * 0.024 * scenario.kwh * daysPerMonth * (scenario.uptime / 100);

// ---------------------------------------------------------------------------------------------
// The ledger: 2022's defaulted ASIC loans, with the collateral at a payback value.

/** What a TH/s of an S19j Pro (30.5 J/TH, ours) cleared a day after power at the year-end hashprice and $60/MWh. */
const profitPerThDay2022 = endOf2022.hashpriceUsdPerThDay - hashcostUsdPerThDay({ joulesPerTerahash: firmwareExample.joulesPerTerahash, usdPerKwh: paybackExample.usdPerKwh });
const paybackPerTh2022 = paybackValueUsd({ profitUsdPerDay: profitPerThDay2022, paybackMonths: fairValueCurvePaybackMonths });
const defaultedTh = defaultedLoans2022.collateralEhPerSecond * thPerEh;
const defaultedCollateralAtPayback = defaultedTh * paybackPerTh2022;
const defaultedLtvAtPayback = loanToValueFraction({ principalUsd: defaultedLoans2022.principalUsd, collateralValueUsd: defaultedCollateralAtPayback });
const defaultedLtvAtIndexLow = loanToValueFraction({ principalUsd: defaultedLoans2022.principalUsd, collateralValueUsd: defaultedTh * asicPriceIndex.lowUsdPerTh });
const loanPerTh2022 = defaultedLoans2022.principalUsd / defaultedTh;
const usdMillions = (x: number) => `$${number(x / 1e6, 1)}mm`;

const entries: LedgerEntry[] = [
  {
    id: 'defaulted-loans-ltv-payback',
    factIds: ['S001-049', 'S001-060', 'S001-003', 'S001-059', 'S001-022', 'S001-099'],
    sourceId: 'S001',
    claim:
      `Most ASIC-backed loans ended 2022 with a loan-to-value above ${percent(defaultedLoans2022.mostLoansLtvAboveFraction, 0)}. Tested again on the ${usdMillions(defaultedLoans2022.principalUsd)} that defaulted against ${number(defaultedLoans2022.collateralEhPerSecond, 2)} EH/s of machines, ` +
      `with the collateral marked as this chapter marks it: at the value that pays for itself in ${number(fairValueCurvePaybackMonths)} months, the payback period of the report’s own fair-value curve.`,
    claimedValue: defaultedLoans2022.mostLoansLtvAboveFraction,
    unit: 'ratio',
    computedValue: defaultedLtvAtPayback,
    computation:
      `$${number(endOf2022.hashpriceUsdPerThDay, 2)} − ${number(firmwareExample.joulesPerTerahash, 1)} J/TH × 24 h × $${number(paybackExample.usdPerKwh, 2)}/kWh ÷ 1,000 = $${number(profitPerThDay2022, 5)} per TH/s a day; ` +
      `× ${number(fairValueCurvePaybackMonths)} months × ${number(daysPerMonth, 4)} days = ${usd(paybackPerTh2022)}/TH; ${number(defaultedLoans2022.collateralEhPerSecond, 2)} EH/s × ${number(thPerEh)} TH/s per EH/s × ${usd(paybackPerTh2022)} = ${usdWhole(defaultedCollateralAtPayback)}; ` +
      `${usdWhole(defaultedLoans2022.principalUsd)} ÷ ${usdWhole(defaultedCollateralAtPayback)} = ${percent(defaultedLtvAtPayback, 0)} LTV (at the $${number(asicPriceIndex.lowUsdPerTh)}/TH index low, ${percent(defaultedLtvAtIndexLow, 0)})`,
    assumption:
      `The report does not say which machines the 11.59 EH/s were; they are valued here as its S19j Pro example at 30.5 J/TH (our bin), at the year-end hashprice and the $60/MWh power it assumes for that example. ` +
      `The loans come to ${usd(loanPerTh2022)} per TH/s of collateral, so the ratio stays above ${percent(defaultedLoans2022.mostLoansLtvAboveFraction, 0)} whenever a TH/s is marked below that. The defaulted principal may exceed what was still owed, and “more than 11.59 EH” is more collateral than we count; both would lower the ratio. ` +
      'The claim is a lower bound: it holds if the recomputed LTV is at least 100%.',
    tolerance: 0,
    comparison: 'atLeast',
  },
];

/** Chapter 4's share of the ledger. */
export const chapter4Ledger: ChapterLedger = {
  entries,
  citedWithoutRecomputation: {
    'S001-100': 'A reported total of new ASIC-backed loans and when they were issued; the report gives no list of loans to add up.',
    'S001-101': 'A reported growth rate over 2021, whose total the report does not give; nothing to recompute it from.',
    'S002-001': 'A reported quarterly total of debt and convertible offerings; the newsletter gives no list of deals to add up.',
    'S002-002': 'The size of the newsletter’s sample of public miners, a count.',
    'S002-003': 'A reported quarterly total, given only as an upper bound; nothing to recompute it from.',
    'S002-004': 'A reported quarterly total; the newsletter gives no deals behind it.',
    'S002-005': 'A reported sum of three companies’ convertible bonds, without the individual deals.',
    'S002-006': 'A single planned offering’s size, as announced.',
    'S002-012': 'The year of a bankruptcy filing, a date.',
    'S002-013': 'The coupon of most new convertibles, a contract term, quoted as context for the shift away from ASIC liens.',
    'S000-020': 'The op-ed’s suggested horizon for underwriting power costs, a recommendation rather than a result.',
  },
};

/** Derived numbers chapter 4's prose quotes at the defaults: each is figure or model output. */
export const chapter4Figures = {
  machineModel: machine.model,
  debt: {
    paymentUsd: payment,
    /** The same payment from the level-payment formula directly. */
    paymentFormulaUsd: levelPaymentInLoanUnit({ principalInLoanUnit: scenario.loan, ratePerYear: scenario.rate / 100, termMonths: scenario.term }),
    monthlyRate: scenario.rate / 100 / 12,
    dscr: v(debt, 'dscr'),
    cashFlowUsd: v(debt, 'cash-flow-month'),
    revenueUsdPerMonth,
    powerUsdPerMonth,
    hashpriceTodayUsdPerPhDay: hashpriceToday,
    breakevenUsdPerPhDay: v(debt, 'breakeven-hashprice-debt'),
    lowestReportedUsdPerPhDay: v(debt, 'lowest-hashprice-reported'),
    headroomFraction: v(debt, 'breakeven-headroom'),
    /** The breakeven hashprice below the lowest the documents report, as a fraction of it. */
    belowLowestFraction: 1 - v(debt, 'breakeven-hashprice-debt') / v(debt, 'lowest-hashprice-reported'),
    ltv: v(debt, 'ltv'),
    collateralUsd: v(debt, 'collateral-usd'),
    minDscr: v(debt, 'min-dscr'),
    totalPaidUsd: v(debt, 'total-paid-usd'),
    /** 1 when the projection brings a margin call within the term, 0 when it does not. */
    marginCallOnProjection: has(debt, 'margin-call-month') ? 1 : 0,
  },
  denomination: {
    loanBtc: v(denom, 'loan-btc'),
    dscrBtcLimit: v(denom, 'dscr-btc-limit'),
    breakevenPriceUsd: v(denom, 'breakeven-price-usd'),
    breakevenPriceBtc: v(denom, 'breakeven-price-btc'),
    /** How far the price can fall from today's before each loan's DSCR is 1. */
    priceFallToBreakUsd: 1 - v(denom, 'breakeven-price-usd') / scenario.price,
    priceFallToBreakBtc: 1 - v(denom, 'breakeven-price-btc') / scenario.price,
    priceUsdPerBtc: scenario.price,
  },
  linked: {
    breachMonthsFixed: v(linked, 'breach-months-fixed'),
    breachMonthsLinked: v(linked, 'breach-months-linked'),
    minDscrFixed: v(linked, 'min-dscr-fixed'),
    minDscrLinked: v(linked, 'min-dscr-linked'),
    totalPaidFixedUsd: v(linked, 'total-paid-fixed'),
    totalPaidLinkedUsd: v(linked, 'total-paid-linked'),
    finalPaymentLinkedUsd: v(linked, 'final-payment-linked'),
    /** The linked loan's first payment, set by the projection's first month. */
    firstPaymentLinkedUsd: v(linkedOn, 'payment-month'),
  },
  stress: {
    paths: scenario.paths,
    pDscrBreach: v(stress, 'p-dscr-breach'),
    pMarginCall: v(stress, 'p-margin-call'),
    medianMarginCallMonth: v(stress, 'median-margin-call-month'),
    medianMarginCallMonthLabel: monthText(scenario)(v(stress, 'median-margin-call-month')),
    /** The price's volatility over one month (a year's ÷ √12), against the hashprice headroom. */
    monthlyVolatility: scenario.vol / 100 / Math.sqrt(12),
    medianDscrEnd: v(stress, 'median-dscr-end'),
    projectionBreach: v(stress, 'projection-breach'),
  },
  history: {
    issuedUsd2022: asicBackedIssuance2022.issuedUsd,
    defaultedShareOfIssuance2022: defaultedLoans2022.principalUsd / asicBackedIssuance2022.issuedUsd,
    loanPerTh2022: loanPerTh2022,
    ltvAtIndexLow: defaultedLtvAtIndexLow,
    ltvAtPayback: defaultedLtvAtPayback,
    paybackPerTh2022,
  },
};
