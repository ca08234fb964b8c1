import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, usd, usdCompact, usdWhole } from '../format/index.ts';
import {
  cumulativeUsd,
  hashpriceMatchingLeaseUsdPerPhDay,
  leaseCashUsdByMonth,
  miningCashUsdByMonth,
  miningUsdPerMwYear,
  npvUsd,
  siteMiningMonthUsd,
  siteTerahashPerSecond,
} from '../model/siteUse.ts';
import { paybackValueUsd } from '../model/payback.ts';
import { hashcostUsdPerThDay } from '../model/powerCost.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric, type MonthChart } from './types.ts';
import { monthText } from './projectionShared.ts';
import { hashpricePathUsdPerPhDay, powerBasics, powerMarketInputs } from './powerShared.ts';

export interface SiteYearRow {
  year: number;
  miningUsd: number;
  aiUsd: number;
  miningCumulativeUsd: number;
  aiCumulativeUsd: number;
}

export interface SiteUseFigure extends Figure<SiteYearRow, MonthChart> {
  machine: MachineRef;
}

export const siteUseInputs = [...powerMarketInputs, 'kwh', 'cost', 'life', 'payback', 'mode', 'discount', 'sitemw', 'lease', 'leaseyrs', 'convcost', 'convmonths'] as const;

export const siteUseSource = (c: Pick<FigureContext, 'sources'>) =>
  `The lease default from Hut 8's River Bend lease as ${c.sources.S003} reports it ($7 bn, 15 years, 245 MW); the conversion cost and time are our assumptions; mining along the scenario's projection, the first machines at the purchase price and each replacement at its payback value.`;

/**
 * One site, mining or leased to an AI tenant, over the conversion time and the lease's term. Mining
 * earns each month's margin along the scenario's hashprice projection at the scenario's power price
 * (switched off in losing months unless it must run), buying machines at the purchase price per TH
 * at the start and at the end of each life; the AI path pays the conversion in month 0, earns nothing
 * while converting, then the rent. Shown: each path per MW-year at today's hashprice, the hashprice
 * at which mining matches the lease, both paths' net present value at the discount rate, and their
 * cumulative cash.
 *
 * @example
 * metric(siteUseFigure(defaultScenario(), context), 'ai-usd-per-mw-year').value // ≈ 1,904,762 ($7 bn ÷ 15 ÷ 245)
 */
export function siteUseFigure(s: Scenario, context: FigureContext): SiteUseFigure {
  const b = powerBasics(s, context);
  const { machine, joulesPerTerahash: j } = b;
  const leaseMonths = s.leaseyrs * 12;
  const horizon = s.convmonths + leaseMonths;
  const site = { megawatts: s.sitemw, joulesPerTerahash: j, usdPerKwh: s.kwh, uptimeFraction: b.uptimeFraction, poolFeeFraction: b.poolFeeFraction };
  const hashprices = hashpricePathUsdPerPhDay(s, horizon);
  // Replacement fleets are bought at their payback value at that month's hashprice (chapter 2: a
  // machine is worth what it earns over the payback period), the first at the purchase price.
  const replacement = hashprices.map((h) =>
    paybackValueUsd({ profitUsdPerDay: Math.max(0, (h / 1000) * (1 - b.poolFeeFraction) * b.uptimeFraction - hashcostUsdPerThDay({ joulesPerTerahash: j, usdPerKwh: s.kwh }) * b.uptimeFraction), paybackMonths: s.payback }),
  );
  const mining = miningCashUsdByMonth({ ...site, hashpriceUsdPerPhDayByMonth: hashprices, machineUsdPerTh: s.cost, replacementUsdPerThByMonth: replacement, lifeMonths: s.life, mode: s.mode === 'run' ? 'run' : 'curtail' });
  const ai = leaseCashUsdByMonth({ megawatts: s.sitemw, leaseUsdPerMwYear: s.lease, leaseMonths, conversionUsdPerMw: s.convcost, conversionMonths: s.convmonths }, horizon);
  const miningCum = cumulativeUsd(mining);
  const aiCum = cumulativeUsd(ai);
  const r = s.discount / 100;
  const npvMining = npvUsd(mining, r);
  const npvAi = npvUsd(ai, r);
  const today = { ...site, hashpriceUsdPerPhDay: b.hashpriceUsdPerPhDay };
  const miningPerMwYear = miningUsdPerMwYear(today);
  const matching = hashpriceMatchingLeaseUsdPerPhDay({ leaseUsdPerMwYear: s.lease, joulesPerTerahash: j, usdPerKwh: s.kwh, uptimeFraction: b.uptimeFraction, poolFeeFraction: b.poolFeeFraction });
  const revenuePerMwYear = 12 * siteMiningMonthUsd({ ...today, megawatts: 1 }).revenueUsd;
  const phPerMw = siteTerahashPerSecond({ megawatts: 1, joulesPerTerahash: j }) / 1000;
  const month = monthText(s);
  const years = Math.ceil(horizon / 12);
  const rows: SiteYearRow[] = Array.from({ length: years }, (_, y) => {
    const from = y * 12;
    const to = Math.min(horizon, from + 12);
    const sum = (xs: number[]) => xs.slice(from, to).reduce((a, c) => a + c, 0);
    return { year: y + 1, miningUsd: sum(mining), aiUsd: sum(ai), miningCumulativeUsd: miningCum[to - 1]!, aiCumulativeUsd: aiCum[to - 1]! };
  });
  const columns: Column<SiteYearRow>[] = [
    { key: 'year', label: 'Year', unit: '', numeric: true, value: (r) => r.year, text: (r) => `Year ${r.year}` },
    { key: 'mining', label: 'Mining cash', unit: 'USD', numeric: true, value: (r) => r.miningUsd, text: (r) => usdCompact(r.miningUsd) },
    { key: 'ai', label: 'AI lease cash', unit: 'USD', numeric: true, value: (r) => r.aiUsd, text: (r) => usdCompact(r.aiUsd) },
    { key: 'mining-cumulative', label: 'Mining, cumulative', unit: 'USD', numeric: true, value: (r) => r.miningCumulativeUsd, text: (r) => usdCompact(r.miningCumulativeUsd) },
    { key: 'ai-cumulative', label: 'AI, cumulative', unit: 'USD', numeric: true, value: (r) => r.aiCumulativeUsd, text: (r) => usdCompact(r.aiCumulativeUsd) },
  ];
  const matchingText = Number.isFinite(matching) ? usd(matching) : 'no hashprice';
  const metrics: Metric[] = [
    makeMetric('mining-usd-per-mw-year', 'Mining, cash margin per MW-year at today’s hashprice', miningPerMwYear, 'USD per MW-year', usdWhole),
    makeMetric('ai-usd-per-mw-year', 'AI lease, rent per MW-year', s.lease, 'USD per MW-year', usdWhole),
    ...(Number.isFinite(matching) ? [makeMetric('hashprice-matching-lease', 'Hashprice at which mining earns the rent', matching, 'USD per PH/s per day', usd)] : []),
    makeMetric('npv-mining-usd', `Mining over ${number(horizon)} months, present value`, npvMining, 'USD', usdCompact),
    makeMetric('npv-ai-usd', `AI lease over ${number(horizon)} months, present value`, npvAi, 'USD', usdCompact),
    quoted(makeMetric('hashprice-today', 'Hashprice today (gross)', b.hashpriceUsdPerPhDay, 'USD per PH/s per day', usd)),
    quoted(makeMetric('mining-revenue-usd-per-mw-year', 'Mining revenue per MW-year at today’s hashprice', revenuePerMwYear, 'USD per MW-year', usdWhole)),
    quoted(makeMetric('site-ph-per-mw', `Hashrate per MW of ${machine.model}s`, phPerMw, 'PH/s', (v) => number(v, 1))),
    quoted(makeMetric('mining-total-usd', 'Mining, cash over the term', miningCum[horizon - 1]!, 'USD', usdCompact)),
    quoted(makeMetric('ai-total-usd', 'AI lease, cash over the term', aiCum[horizon - 1]!, 'USD', usdCompact)),
  ];
  const chart: MonthChart = {
    kind: 'months',
    title: `Cumulative cash of a ${number(s.sitemw)} MW site (USD)`,
    unit: 'USD',
    series: [
      { name: `Mining (${machine.model})`, kind: 'line', className: 'series-a', values: miningCum },
      { name: 'AI lease', kind: 'line', className: 'series-b', values: aiCum },
    ],
    markers: [],
    text: usdCompact,
    monthText: month,
  };
  const better = npvAi > npvMining ? 'the AI lease' : 'mining';
  return {
    id: 'site-use',
    title: 'One megawatt, two uses',
    machine,
    metrics,
    table: { caption: `A ${number(s.sitemw)} MW site year by year: mining ${machine.model}s at ${usd(s.kwh)}/kWh, or leased to an AI tenant at ${usdWhole(s.lease)} per MW-year`, columns, rows, rowKey: (r) => String(r.year), rowAttribute: 'data-row', rowClass: () => '' },
    charts: [chart],
    caption:
      `Per MW-year at today's hashprice of ${usd(b.hashpriceUsdPerPhDay)}, mining ${machine.model}s on ${usd(s.kwh)}/kWh power clears ${usdWhole(miningPerMwYear)} against an AI rent of ${usdWhole(s.lease)}; ` +
      `mining matches the rent at a hashprice of ${matchingText} per PH/s a day. Over ${number(horizon)} months at ${number(s.discount)} % a year, ${better} is worth more: ${usdCompact(npvMining)} mining against ${usdCompact(npvAi)} leased.`,
    source: siteUseSource(context),
    keyMetrics: ['mining-usd-per-mw-year', 'ai-usd-per-mw-year', 'hashprice-matching-lease', 'npv-ai-usd'],
    texts: { machine: machine.model, better },
  };
}
