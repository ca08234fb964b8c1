import { createLoanRunner, type LoanOnFleet, type LoanPathResult } from '../model/loanPath.ts';
import type { Projection } from '../model/projection.ts';
import { loanHorizonMonths, loanOnFleet, loanPathInputs } from '../scenario/loanMarket.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, usd, usdWhole } from '../format/index.ts';
import type { FigureContext, HashpriceReference } from './context.ts';
import { studiedMachine } from './projectionShared.ts';

/** The scenario keys every loan figure reads: the fleet, its power and costs, the loan, and the projection it runs along. */
export const loanInputs = ['price', 'diff', 'kwh', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts', 'machine', 'payback', 'life', 'growth', 'drift', 'mode', 'hashrate', 'fleet', 'tiers', 'leave', 'units', 'loan', 'rate', 'term', 'repay', 'opex', 'call', 'discount', 'resale'] as const;

/** A loan run along the scenario's projection, with copies of the runner's arrays (safe to keep). */
export interface ScenarioLoanRun {
  machine: MachineRef;
  loan: LoanOnFleet;
  result: LoanPathResult;
  hashpriceUsdPerPhDay: Float64Array;
  priceUsdPerBtc: Float64Array;
  projection: Projection;
}

function copy(r: LoanPathResult): LoanPathResult {
  return { ...r, cashFlowUsd: r.cashFlowUsd.slice(), paymentUsd: r.paymentUsd.slice(), paymentInLoanUnit: r.paymentInLoanUnit.slice(), dscr: r.dscr.slice(), balanceInLoanUnit: r.balanceInLoanUnit.slice(), collateralUsd: r.collateralUsd.slice(), ltv: r.ltv.slice() };
}

/**
 * The scenario's loan on its fleet, run along the floor-value projection (the scenario's network
 * path) over the loan's horizon. `options` picks the denomination or linked payments for figures that
 * compare them; the path is the same for every option, so the comparisons hold the path fixed.
 *
 * @example
 * runScenarioLoan(defaultScenario(), context).result.dscr[0] // today's DSCR
 */
export function runScenarioLoan(s: Scenario, context: FigureContext, options: { denomination?: 'usd' | 'btc'; linked?: boolean } = {}): ScenarioLoanRun {
  const machine = studiedMachine(s, context);
  const loan = loanOnFleet(s, machine, options);
  const path = loanPathInputs(s, machine);
  const result = copy(createLoanRunner(loan).run(path.hashpriceUsdPerPhDay, path.priceUsdPerBtc));
  return { machine, loan, result, ...path };
}

/** The lowest hashprice the documents report, as context gives them (the reference a breakeven is read against). */
export function lowestReportedHashprice(context: Pick<FigureContext, 'hashpriceReferences'>): HashpriceReference {
  return context.hashpriceReferences.reduce((a, b) => (b.usdPerPhDay < a.usdPerPhDay ? b : a));
}

export { monthWithDate } from './projectionShared.ts';

/** A DSCR as "1.35×" (never NaN; ∞ when nothing is owed). */
export const dscrText = (v: number) => (v === Infinity ? 'nothing due' : `${number(v, 2)}×`);

/** An LTV as a percent, or a phrase when the collateral is worth nothing. */
export const ltvText = (v: number) => (v === Infinity ? 'no collateral value' : `${number(v * 100, 0)}%`);

/** The fleet in words: "1,000 Antminer S21 XP Hydro". */
export const fleetText = (s: Pick<Scenario, 'units'>, machine: MachineRef) => `${number(s.units)} ${machine.model}`;

/** The loan in words: "$3,000,000 at 12 % over 24 months, level payments". */
export function loanText(s: Pick<Scenario, 'loan' | 'rate' | 'term' | 'repay'>): string {
  return `${usdWhole(s.loan)} at ${number(s.rate, s.rate % 1 ? 2 : 0)} % over ${number(s.term)} months, ${s.repay === 'interest' ? 'interest only' : 'level payments'}`;
}

/** A hashprice in USD per PH/s per day, for labels. */
export const hashpriceText = (v: number) => `${usd(v)}/PH/day`;

/** Horizon months (the term or the machines' life, whichever is longer). */
export { loanHorizonMonths };
