import type { Scenario } from '../scenario/schema.ts';
import { number, usdCompact, usdPerKwh } from '../format/index.ts';
import { hedgeCost } from '../model/hedge.ts';
import { siteMiningMonthUsd } from '../model/siteUse.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric, type MonthChart } from './types.ts';
import { monthText } from './projectionShared.ts';
import { powerBasics, scenarioSpotPath, siteKwhPerMonth, spotPathText } from './powerShared.ts';

export interface HedgeRow {
  month: number;
  spotUsdPerKwh: number;
  unhedgedUsd: number;
  hedgedUsd: number;
}

export const hedgeInputs = ['price', 'diff', 'fees', 'subsidy', 'date', 'pool', 'uptime', 'ths', 'watts', 'machine', 'kwh', 'rate', 'sitemw', 'spotbase', 'spotpath', 'hedgeshare', 'hedgemargin', 'fwdprem'] as const;

export const hedgeSource = (c: Pick<FigureContext, 'sources'>) =>
  `Margin on forward power hedges of up to 30 % of notional, and miners without the cash to post it, from ${c.sources.S001}; the spot paths and the forward premium are illustrative; the cost of capital is the loan rate.`;

/**
 * Hedging a site's power over 24 months of spot prices: a share bought forward at the base price
 * plus a premium, margin posted on the hedge's notional value and financed at the loan rate. Shown:
 * the margin posted, its financing cost, the bill with and without the hedge, what the hedge saves,
 * and the margin as months of the site's mining cash margin today — who can afford to post it.
 *
 * @example
 * metric(hedgeFigure(defaultScenario(), context), 'margin-posted-usd').value // 30 % × $0.044 × 100 MW × 730.5 h × 1,000 × 24 ≈ $23.1 M
 */
export function hedgeFigure(s: Scenario, context: FigureContext): Figure<HedgeRow, MonthChart> {
  const b = powerBasics(s, context);
  const spot = scenarioSpotPath(s);
  const kwhPerMonth = siteKwhPerMonth(s.sitemw, b.uptimeFraction);
  const forward = s.spotbase * (1 + s.fwdprem / 100);
  const h = hedgeCost({ spotUsdPerKwhByMonth: spot, kwhPerMonth, forwardUsdPerKwh: forward, hedgedFraction: s.hedgeshare / 100, marginFraction: s.hedgemargin / 100, capitalCostPerYear: s.rate / 100 });
  // The site's mining cash margin a month today, on the power price it would pay unhedged at the base.
  const miningMonth = siteMiningMonthUsd({ megawatts: s.sitemw, joulesPerTerahash: b.joulesPerTerahash, hashpriceUsdPerPhDay: b.hashpriceUsdPerPhDay, usdPerKwh: s.kwh, uptimeFraction: b.uptimeFraction, poolFeeFraction: b.poolFeeFraction }).marginUsd;
  const month = monthText(s);
  const rows: HedgeRow[] = spot.map((p, m) => ({ month: m, spotUsdPerKwh: p, unhedgedUsd: p * kwhPerMonth, hedgedUsd: ((s.hedgeshare / 100) * forward + (1 - s.hedgeshare / 100) * p) * kwhPerMonth }));
  const columns: Column<HedgeRow>[] = [
    { key: 'month', label: 'Month', unit: 'months from the scenario date', numeric: false, value: (r) => r.month, text: (r) => `${r.month} (${month(r.month)})` },
    { key: 'spot', label: 'Spot', unit: 'USD per kWh', numeric: true, value: (r) => r.spotUsdPerKwh, text: (r) => usdPerKwh(r.spotUsdPerKwh) },
    { key: 'unhedged', label: 'Bill, unhedged', unit: 'USD', numeric: true, value: (r) => r.unhedgedUsd, text: (r) => usdCompact(r.unhedgedUsd) },
    { key: 'hedged', label: 'Bill, hedged (before financing)', unit: 'USD', numeric: true, value: (r) => r.hedgedUsd, text: (r) => usdCompact(r.hedgedUsd) },
  ];
  const affordable = miningMonth > 0;
  const metrics: Metric[] = [
    makeMetric('margin-posted-usd', 'Margin posted on the hedge', h.marginPostedUsd, 'USD', usdCompact),
    makeMetric('hedge-saving-usd', 'What the hedge saves over 24 months (financing included)', h.savingUsd, 'USD', usdCompact),
    makeMetric('hedge-financing-usd', 'Cost of the margin’s capital', h.financingCostUsd, 'USD', usdCompact),
    ...(affordable ? [makeMetric('margin-months', 'Margin posted, in months of the site’s mining cash margin today', h.marginPostedUsd / miningMonth, 'months', (v) => number(v, 1), 'months')] : []),
    quoted(makeMetric('unhedged-cost-usd', 'Power bill over 24 months, unhedged', h.unhedgedCostUsd, 'USD', usdCompact)),
    quoted(makeMetric('hedged-cost-usd', 'Power bill over 24 months, hedged (financing included)', h.hedgedCostUsd, 'USD', usdCompact)),
    quoted(makeMetric('forward-kwh', 'Forward price', forward, 'USD per kWh', usdPerKwh)),
    quoted(makeMetric('notional-usd', 'The hedge’s notional value', h.notionalUsd, 'USD', usdCompact)),
  ];
  const chart: MonthChart = {
    kind: 'months',
    title: 'Power bill each month (USD)',
    unit: 'USD',
    series: [
      { name: 'Unhedged (spot)', kind: 'line', className: 'series-a', values: rows.map((r) => r.unhedgedUsd) },
      { name: `Hedged, ${number(s.hedgeshare)} % forward`, kind: 'line', className: 'series-b', values: rows.map((r) => r.hedgedUsd) },
    ],
    markers: [],
    text: usdCompact,
    monthText: month,
  };
  return {
    id: 'hedge',
    title: 'Hedge or not',
    metrics,
    table: { caption: `A ${number(s.sitemw)} MW site's power bill along ${spotPathText(s.spotpath)}, with ${number(s.hedgeshare)} % bought forward at ${usdPerKwh(forward)}/kWh and without`, columns, rows, rowKey: (r) => String(r.month), rowAttribute: 'data-month' },
    charts: [chart],
    caption:
      `Buying ${number(s.hedgeshare)} % of ${number(s.sitemw)} MW forward at ${usdPerKwh(forward)}/kWh ties up ${usdCompact(h.marginPostedUsd)} of margin (${number(s.hedgemargin)} % of notional)` +
      `${affordable ? `, ${number(h.marginPostedUsd / miningMonth, 1)} months of the site's mining cash margin today` : ', more than a site that mines at a loss can post'}; along ${spotPathText(s.spotpath)} the hedge ${h.savingUsd >= 0 ? `saves ${usdCompact(h.savingUsd)}` : `costs ${usdCompact(-h.savingUsd)}`} after ${usdCompact(h.financingCostUsd)} of financing.`,
    source: hedgeSource(context),
    keyMetrics: ['margin-posted-usd', 'hedge-saving-usd', ...(affordable ? ['margin-months'] : []), 'hedge-financing-usd'],
  };
}
