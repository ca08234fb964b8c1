import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, usdCompact, usdPerKwh } from '../format/index.ts';
import { breakevenUsdPerKwh } from '../model/breakeven.ts';
import { hostingPath, type HostingContract, type HostingPath } from '../model/hosting.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric, type MonthChart } from './types.ts';
import { monthText, monthWithDate } from './projectionShared.ts';
import { hashpricePathUsdPerPhDay, powerBasics, powerMarketInputs, scenarioSpotPath, spotPathText } from './powerShared.ts';

export interface HostingRow {
  month: number;
  spotUsdPerKwh: number;
  priceUsdPerKwh: number;
  hostMarginUsd: number;
  clientMarginUsd: number;
  hostCashUsd: number;
}

export interface HostingFigure extends Figure<HostingRow, MonthChart> {
  machine: MachineRef;
  path: HostingPath;
}

export const hostingInputs = [...powerMarketInputs, 'sitemw', 'spotbase', 'spotpath', 'hostmode', 'hostprice', 'spread', 'deposit', 'escrow'] as const;

export const hostingSource = (c: Pick<FigureContext, 'sources'>) =>
  `Fixed-price hosts on spot power, the bankruptcies (over 1 GW) and the turn to pass-through contracts and escrowed deposits from ${c.sources.S001}; the spot paths are illustrative, the contract terms the reader's; client revenue along the scenario's projection.`;

const contractOf = (s: Pick<Scenario, 'hostmode' | 'hostprice' | 'spread'>, kind = s.hostmode): HostingContract =>
  kind === 'pass' ? { kind: 'pass', spreadUsdPerKwh: s.spread } : { kind: 'fixed', priceUsdPerKwh: s.hostprice };

const contractText = (s: Pick<Scenario, 'hostmode' | 'hostprice' | 'spread'>, kind = s.hostmode) =>
  kind === 'pass' ? `spot plus ${usdPerKwh(s.spread)}/kWh` : `a fixed ${usdPerKwh(s.hostprice)}/kWh`;

/**
 * A host and its clients, month by month over 24 months of spot prices: the host buys at spot and
 * sells at a fixed price or at spot plus a spread; its cash starts at the clients' deposits (none
 * when they are escrowed) and takes every month's margin. The clients mine the studied machine at
 * the scenario's hashprice projection. Shown: both sides' margins, the month a host runs out of cash
 * (absent if it never does), what the clients' deposits lose, and the same path under the other kind
 * of contract for comparison.
 *
 * @example
 * metric(hostingFigure(defaultScenario(), context), 'host-cash-out-month').value // 11: the fixed $0.060 host on a 2022-like path runs dry in its winter spike
 */
export function hostingFigure(s: Scenario, context: FigureContext): HostingFigure {
  const b = powerBasics(s, context);
  const { machine, joulesPerTerahash: j } = b;
  const spot = scenarioSpotPath(s);
  const months = spot.length;
  const revenue = hashpricePathUsdPerPhDay(s, months).map((h) => breakevenUsdPerKwh({ hashpriceUsdPerThDay: (h / 1000) * (1 - b.poolFeeFraction), joulesPerTerahash: j }));
  const base = { spotUsdPerKwhByMonth: spot, megawatts: s.sitemw, uptimeFraction: b.uptimeFraction, revenueUsdPerKwhByMonth: revenue, depositMonths: s.deposit, escrow: s.escrow === 'on' };
  const path = hostingPath({ ...base, contract: contractOf(s) });
  const otherKind = s.hostmode === 'pass' ? 'fixed' : 'pass';
  const other = hostingPath({ ...base, contract: contractOf(s, otherKind) });
  const month = monthText(s);
  const rows: HostingRow[] = path.months.map((m) => ({ ...m }));
  const total = (p: HostingPath, k: 'hostMarginUsd' | 'clientMarginUsd') => p.months.reduce((a, m) => a + m[k], 0);
  const columns: Column<HostingRow>[] = [
    { key: 'month', label: 'Month', unit: 'months from the scenario date', numeric: false, value: (r) => r.month, text: (r) => `${r.month} (${month(r.month)})` },
    { key: 'spot', label: 'Spot', unit: 'USD per kWh', numeric: true, value: (r) => r.spotUsdPerKwh, text: (r) => usdPerKwh(r.spotUsdPerKwh) },
    { key: 'price', label: 'Client pays', unit: 'USD per kWh', numeric: true, value: (r) => r.priceUsdPerKwh, text: (r) => usdPerKwh(r.priceUsdPerKwh) },
    { key: 'host-margin', label: 'Host margin', unit: 'USD', numeric: true, value: (r) => r.hostMarginUsd, text: (r) => usdCompact(r.hostMarginUsd) },
    { key: 'client-margin', label: 'Client margin', unit: 'USD', numeric: true, value: (r) => r.clientMarginUsd, text: (r) => usdCompact(r.clientMarginUsd) },
    { key: 'host-cash', label: 'Host cash', unit: 'USD', numeric: true, value: (r) => r.hostCashUsd, text: (r) => usdCompact(r.hostCashUsd) },
  ];
  const cashOut = path.cashOutMonth;
  const metrics: Metric[] = [
    ...(cashOut !== null ? [makeMetric('host-cash-out-month', 'Month the host runs out of cash', cashOut, 'months from the scenario date', (v) => monthWithDate(v, month), '')] : []),
    makeMetric('host-margin-usd', 'Host margin over 24 months', total(path, 'hostMarginUsd'), 'USD', usdCompact),
    makeMetric('client-margin-usd', 'Clients’ margin over 24 months', total(path, 'clientMarginUsd'), 'USD', usdCompact),
    makeMetric('deposit-lost-usd', 'Clients’ deposits lost', path.depositLostUsd, 'USD', usdCompact),
    quoted(makeMetric('deposit-usd', 'Clients’ deposits', path.depositUsd, 'USD', usdCompact)),
    quoted(makeMetric('host-margin-other-usd', `Host margin on ${contractText(s, otherKind)} instead`, total(other, 'hostMarginUsd'), 'USD', usdCompact)),
    quoted(makeMetric('client-margin-other-usd', `Clients’ margin on ${contractText(s, otherKind)} instead`, total(other, 'clientMarginUsd'), 'USD', usdCompact)),
    quoted(makeMetric('worst-host-month-usd', 'The host’s worst month', Math.min(...path.months.map((m) => m.hostMarginUsd)), 'USD', usdCompact)),
  ];
  const margins: MonthChart = {
    kind: 'months',
    title: 'Margin each month (USD)',
    unit: 'USD',
    series: [
      { name: 'Host', kind: 'bar', className: 'series-a', values: rows.map((r) => r.hostMarginUsd) },
      { name: 'Clients', kind: 'line', className: 'series-b', values: rows.map((r) => r.clientMarginUsd) },
    ],
    markers: cashOut !== null ? [{ month: cashOut, label: 'host out of cash', kind: 'underwater' }] : [],
    text: usdCompact,
    monthText: month,
  };
  const cash: MonthChart = {
    kind: 'months',
    title: 'The host’s cash (USD)',
    unit: 'USD',
    series: [
      { name: s.escrow === 'on' ? 'Host cash (deposits in escrow)' : 'Host cash (deposits included)', kind: 'line', className: 'series-a', values: rows.map((r) => r.hostCashUsd) },
      { name: 'Zero', kind: 'line', className: 'series-run', values: rows.map(() => 0) },
    ],
    markers: [],
    text: usdCompact,
    monthText: month,
  };
  return {
    id: 'hosting',
    title: 'Hosting contracts',
    machine,
    path,
    metrics,
    table: { caption: `A ${number(s.sitemw)} MW host selling at ${contractText(s)} while buying at spot along ${spotPathText(s.spotpath)}, month by month`, columns, rows, rowKey: (r) => String(r.month), rowAttribute: 'data-month', rowClass: (r) => (r.hostCashUsd < 0 ? 'loss' : '') },
    charts: [margins, cash],
    caption:
      `Selling at ${contractText(s)} and buying at spot along ${spotPathText(s.spotpath)}, the host ${cashOut !== null ? `runs out of cash in ${monthWithDate(cashOut, month)}` : 'never runs out of cash within 24 months'}; ` +
      `it keeps ${usdCompact(total(path, 'hostMarginUsd'))} and its clients ${usdCompact(total(path, 'clientMarginUsd'))}. On ${contractText(s, otherKind)} the host would keep ${usdCompact(total(other, 'hostMarginUsd'))}.`,
    source: hostingSource(context),
    keyMetrics: [...(cashOut !== null ? ['host-cash-out-month'] : []), 'host-margin-usd', 'client-margin-usd', 'deposit-lost-usd'],
    texts: { machine: machine.model, contract: contractText(s), other: contractText(s, otherKind) },
  };
}
