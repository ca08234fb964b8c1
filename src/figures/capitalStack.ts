import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, percent, usd, usdCompact } from '../format/index.ts';
import { asicLoanPath, convertiblePath, levelPaymentUsd, securedNotesPath, sharePriceUsdByMonth, type InstrumentResult, type Outcome } from '../model/capitalStack.ts';
import { leaseCashUsdByMonth, npvUsd } from '../model/siteUse.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric, type MonthChart } from './types.ts';
import { monthText, monthWithDate } from './projectionShared.ts';
import { balanceInputs, balanceMiner, balanceTreasury, pricePathText } from './balanceShared.ts';

export interface InstrumentRow {
  key: 'asic' | 'convertible' | 'notes';
  label: string;
  result: InstrumentResult;
}

export interface CapitalStackFigure extends Figure<InstrumentRow, MonthChart> {
  machine: MachineRef;
}

export const capitalStackInputs = [...balanceInputs, 'rule', 'loan', 'rate', 'term', 'call', 'shareprice', 'shares', 'beta', 'cbpremium', 'cbmonths', 'coupon', 'notesmonths', 'lease', 'leaseyrs', 'discount'] as const;

export const capitalStackSource = (c: Pick<FigureContext, 'sources'>) =>
  `ASIC-backed loans with LTVs above 100 % in 2022 from ${c.sources.S001}; the turn to zero-coupon convertibles and secured notes from ${c.sources.S002}; the site valued as chapter 5 values an AI lease; the instruments' terms and the share price's beta are the reader's.`;

const outcomeText: Record<Outcome, string> = { repaid: 'repaid', converted: 'converted into shares', refinanced: 'refinanced with new shares at the low price', seized: 'machines seized', default: 'in default', outstanding: 'still outstanding' };
const isDefault = (r: InstrumentResult) => (r.outcome === 'seized' || r.outcome === 'default' ? 1 : 0);

/**
 * The same sum raised three ways through one bear market: an ASIC-backed loan (level payments at the
 * loan rate; the machines, marked at their payback value each month, are seized when LTV passes the
 * call level — chapter 2's no-floor result), a zero-coupon convertible (converts at maturity if the
 * share price, which follows bitcoin with a beta, reaches the conversion price; otherwise it is due
 * from the treasury, refinanced by selling new shares at the fallen price, or defaults), and secured notes on the miner's site (a cash coupon; the site,
 * valued as an AI lease as in chapter 5, is what the lender would take). Who gets what, and when.
 *
 * @example
 * metric(capitalStackFigure(defaultScenario(), context), 'default-asic').value // 1: on the 2022-like fall the lender calls the machines
 */
export function capitalStackFigure(s: Scenario, context: FigureContext): CapitalStackFigure {
  const miner = balanceMiner(s, context);
  const { machine } = miner;
  const months = miner.prices.length;
  const treasury = balanceTreasury(s, miner, s.rule === 'hodl' || s.rule === 'sell' ? s.rule : 'hybrid');
  const asic = asicLoanPath({ principalUsd: s.loan, ratePerYear: s.rate / 100, termMonths: s.term, collateralUsdByMonth: miner.fleetValueUsdByMonth, callLtv: s.call / 100 });
  const shares = sharePriceUsdByMonth(miner.prices, s.shareprice, s.beta);
  const conversionPrice = s.shareprice * (1 + s.cbpremium / 100);
  const cashByMonth = treasury.months.map((m) => Math.max(0, m.valueUsd));
  const convertible = convertiblePath({ principalUsd: s.loan, conversionPriceUsd: conversionPrice, maturityMonths: s.cbmonths, sharePriceUsdByMonth: shares, sharesOutstanding: s.shares * 1e6, cashAtMaturityUsd: cashByMonth[Math.min(months, s.cbmonths) - 1] ?? 0 });
  // The site as collateral: the fleet's megawatts leased to an AI tenant, chapter 5's way (no conversion), at the discount rate.
  const siteValue = npvUsd(leaseCashUsdByMonth({ megawatts: miner.megawatts, leaseUsdPerMwYear: s.lease, leaseMonths: s.leaseyrs * 12, conversionUsdPerMw: 0, conversionMonths: 0 }, s.leaseyrs * 12), s.discount / 100);
  const notes = securedNotesPath({ principalUsd: s.loan, couponPerYear: s.coupon / 100, maturityMonths: s.notesmonths, cashUsdByMonth: cashByMonth, collateralUsd: siteValue });
  const month = monthText(s);
  const when = (r: InstrumentResult) => (r.month === null ? 'beyond 24 months' : monthWithDate(r.month, month));
  const rows: InstrumentRow[] = [
    { key: 'asic', label: 'ASIC-backed loan', result: asic },
    { key: 'convertible', label: 'Zero-coupon convertible', result: convertible },
    { key: 'notes', label: 'Secured notes on the site', result: notes },
  ];
  const columns: Column<InstrumentRow>[] = [
    { key: 'instrument', label: 'Instrument', unit: '', numeric: false, value: (r) => r.label, text: (r) => r.label },
    { key: 'outcome', label: 'Outcome', unit: '', numeric: false, value: (r) => r.result.outcome, text: (r) => outcomeText[r.result.outcome] },
    { key: 'month', label: 'When', unit: 'months from the scenario date', numeric: true, value: (r) => r.result.month ?? '', text: (r) => when(r.result) },
    { key: 'interest', label: 'Cash interest paid', unit: 'USD', numeric: true, value: (r) => r.result.cashInterestUsd, text: (r) => usdCompact(r.result.cashInterestUsd) },
    { key: 'seized', label: 'Taken by the lender', unit: 'USD', numeric: true, value: (r) => r.result.seizedUsd, text: (r) => usdCompact(r.result.seizedUsd) },
    { key: 'dilution', label: 'Shareholders diluted', unit: 'fraction of shares', numeric: true, value: (r) => r.result.dilution, text: (r) => percent(r.result.dilution, 1) },
  ];
  const metrics: Metric[] = [
    makeMetric('seized-usd', 'Machines seized by the ASIC lender, at their value then', asic.seizedUsd, 'USD', usdCompact),
    makeMetric('dilution', 'Shareholders diluted by the convertible (converted or refinanced in new shares)', convertible.dilution, 'fraction of shares', (v) => percent(v, 1)),
    makeMetric('cash-interest-usd', 'Cash interest on the secured notes', notes.cashInterestUsd, 'USD', usdCompact),
    makeMetric('default-asic', 'ASIC-backed loan ends in seizure or default (1) or not (0)', isDefault(asic), 'yes (1) or no (0)', (v) => (v ? 'yes' : 'no'), ''),
    makeMetric('default-convertible', 'Convertible ends in default (1) or not (0)', isDefault(convertible), 'yes (1) or no (0)', (v) => (v ? 'yes' : 'no'), ''),
    makeMetric('default-notes', 'Secured notes end in default (1) or not (0)', isDefault(notes), 'yes (1) or no (0)', (v) => (v ? 'yes' : 'no'), ''),
    quoted(makeMetric('cash-interest-asic-usd', 'Cash interest on the ASIC-backed loan before it ends', asic.cashInterestUsd, 'USD', usdCompact)),
    quoted(makeMetric('conversion-price-usd', 'Conversion price', conversionPrice, 'USD', usd)),
    quoted(makeMetric('share-price-at-maturity-usd', 'Share price at the convertible’s maturity', shares[Math.min(months, s.cbmonths) - 1]!, 'USD', usd)),
    quoted(makeMetric('site-value-usd', 'The site valued as an AI lease', siteValue, 'USD', usdCompact)),
    quoted(makeMetric('asic-payment-usd', 'ASIC-backed loan’s monthly payment', levelPaymentUsd(s.loan, s.rate / 100, s.term), 'USD', usdCompact)),
  ];
  const valueChart: MonthChart = {
    kind: 'months',
    title: 'The machines against the loan (USD)',
    unit: 'USD',
    series: [
      { name: 'Machines at payback value', kind: 'line', className: 'series-a', values: miner.fleetValueUsdByMonth },
      { name: `Loan × ${number(s.call)} % call level`, kind: 'line', className: 'series-run', values: loanBalances(s, months).map((b) => b / (s.call / 100)) },
    ],
    markers: asic.outcome === 'seized' && asic.month !== null ? [{ month: asic.month, label: 'machines seized', kind: 'underwater' }] : [],
    text: usdCompact,
    monthText: month,
  };
  const shareChart: MonthChart = {
    kind: 'months',
    title: 'Share price against the conversion price (USD)',
    unit: 'USD',
    series: [
      { name: `Share price (beta ${number(s.beta, 1)} to bitcoin)`, kind: 'line', className: 'series-b', values: shares },
      { name: 'Conversion price', kind: 'line', className: 'series-run', values: shares.map(() => conversionPrice) },
    ],
    markers: [],
    text: (v) => usd(v),
    monthText: month,
  };
  return {
    id: 'capital-stack',
    title: 'Capital stack in a bear case',
    machine,
    metrics,
    table: { caption: `${usdCompact(s.loan)} raised three ways by a miner of ${number(s.units)} ${machine.model}s along ${pricePathText(s.pricepath)}`, columns, rows, rowKey: (r) => r.key, rowAttribute: 'data-row', rowClass: (r) => (isDefault(r.result) ? 'loss' : '') },
    charts: [valueChart, shareChart],
    caption:
      `Raising ${usdCompact(s.loan)} along ${pricePathText(s.pricepath)}: the ASIC-backed loan is ${outcomeText[asic.outcome]} (${when(asic)}${asic.seizedUsd ? `, machines worth ${usdCompact(asic.seizedUsd)}` : ''}); ` +
      `the convertible is ${outcomeText[convertible.outcome]}${convertible.dilution ? `, diluting shareholders ${percent(convertible.dilution, 1)}` : ''}; the secured notes are ${outcomeText[notes.outcome]} after ${usdCompact(notes.cashInterestUsd)} of interest.`,
    source: capitalStackSource(context),
    keyMetrics: ['seized-usd', 'dilution', 'cash-interest-usd', 'default-asic'],
    texts: { machine: machine.model, asic: outcomeText[asic.outcome], convertible: outcomeText[convertible.outcome], notes: outcomeText[notes.outcome] },
  };
}

/** The ASIC loan's balance after each month's level payment, for the chart. */
function loanBalances(s: Pick<Scenario, 'loan' | 'rate' | 'term'>, months: number): number[] {
  const payment = levelPaymentUsd(s.loan, s.rate / 100, s.term);
  let balance = s.loan;
  return Array.from({ length: months }, (_, m) => (m < s.term ? (balance = Math.max(0, balance * (1 + s.rate / 1200) - payment)) : 0));
}
