import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, percent, usdCompact, usdWhole } from '../format/index.ts';
import type { TreasuryPath, TreasuryRule } from '../model/treasury.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric, type MonthChart } from './types.ts';
import { monthText, monthWithDate } from './projectionShared.ts';
import { balanceInputs, balanceMiner, balanceTreasury, pricePathText, ruleText } from './balanceShared.ts';
// The 2022 report's sales figures, typed once in the essay's documents module.
import { minerSales2022 } from '../essay/documents.ts';

export interface TreasuryRow {
  month: number;
  priceUsdPerBtc: number;
  btcMined: number;
  btcSold: number;
  btcForced: number;
  cashUsd: number;
  btc: number;
  valueUsd: number;
}

export interface TreasuryFigure extends Figure<TreasuryRow, MonthChart> {
  machine: MachineRef;
  paths: Record<TreasuryRule, TreasuryPath>;
}

export const treasuryInputs = [...balanceInputs, 'rule'] as const;

export const treasurySource = (c: Pick<FigureContext, 'sources'>) =>
  `Public miners' 2022 sales, treasuries and the spot volume from ${c.sources.S001}; the miner, its holdings, the rule and the price path are the reader's (the 2022-like fall is illustrative); what the fleet mines along the scenario's projection.`;

const btcText = (v: number) => `${number(v, v !== 0 && Math.abs(v) < 10 ? 2 : 0)} BTC`;
const rules: TreasuryRule[] = ['hybrid', 'hodl', 'sell'];

/**
 * A miner's treasury through 24 months of bitcoin prices under the reader's rule — hold, sell
 * everything, or sell what pays the costs — with the other two rules beside it: runway (months
 * before a forced sale), bitcoin sold and forced, and what the treasury is worth at the end. Two
 * readings from the 2022 report: public miners' 58,773 BTC of sales that year, and the network's
 * ~20,500 BTC a month of miner sales against 13.8 million BTC of monthly spot volume.
 *
 * @example
 * metric(treasuryFigure(defaultScenario(), context), 'runway-months').value // months before the hybrid miner must sell from its treasury
 */
export function treasuryFigure(s: Scenario, context: FigureContext): TreasuryFigure {
  const miner = balanceMiner(s, context);
  const { machine } = miner;
  const rule = (rules as string[]).includes(s.rule) ? (s.rule as TreasuryRule) : 'hybrid';
  const paths = Object.fromEntries(rules.map((r) => [r, balanceTreasury(s, miner, r)])) as Record<TreasuryRule, TreasuryPath>;
  const p = paths[rule];
  const month = monthText(s);
  const rows: TreasuryRow[] = p.months.map((m) => ({ ...m }));
  const columns: Column<TreasuryRow>[] = [
    { key: 'month', label: 'Month', unit: 'months from the scenario date', numeric: false, value: (r) => r.month, text: (r) => `${r.month} (${month(r.month)})` },
    { key: 'price', label: 'BTC price', unit: 'USD per BTC', numeric: true, value: (r) => r.priceUsdPerBtc, text: (r) => usdWhole(r.priceUsdPerBtc) },
    { key: 'mined', label: 'Mined', unit: 'BTC', numeric: true, value: (r) => r.btcMined, text: (r) => btcText(r.btcMined) },
    { key: 'sold', label: 'Sold by the rule', unit: 'BTC', numeric: true, value: (r) => r.btcSold, text: (r) => btcText(r.btcSold) },
    { key: 'forced', label: 'Forced sales', unit: 'BTC', numeric: true, value: (r) => r.btcForced, text: (r) => btcText(r.btcForced) },
    { key: 'cash', label: 'Cash', unit: 'USD', numeric: true, value: (r) => r.cashUsd, text: (r) => usdCompact(r.cashUsd) },
    { key: 'btc', label: 'Bitcoin held', unit: 'BTC', numeric: true, value: (r) => r.btc, text: (r) => btcText(r.btc) },
    { key: 'value', label: 'Treasury value', unit: 'USD', numeric: true, value: (r) => r.valueUsd, text: (r) => usdCompact(r.valueUsd) },
  ];
  const horizon = p.months.length;
  const monthlySalesShare = minerSales2022.allMinersPerMonthBtc / minerSales2022.spotVolumePerMonthBtc;
  const metrics: Metric[] = [
    makeMetric('runway-months', p.forced ? 'Months before a forced sale' : `No forced sale in ${number(horizon)} months`, p.runwayMonths, 'months', (v) => number(v), 'months'),
    makeMetric('btc-sold', 'Bitcoin sold over 24 months (forced sales included)', p.btcSoldTotal, 'BTC', btcText, ''),
    makeMetric('btc-forced', 'Of which forced', p.btcForcedTotal, 'BTC', btcText, ''),
    makeMetric('end-value-usd', 'Treasury at the end (cash + bitcoin)', p.endValueUsd, 'USD', usdCompact),
    ...(p.outOfMoneyMonth !== null ? [makeMetric('out-of-money-month', 'Month cash and coins run out', p.outOfMoneyMonth, 'months from the scenario date', (v) => monthWithDate(v, month), '')] : []),
    ...rules.filter((r) => r !== rule).map((r) => quoted(makeMetric(`end-value-${r}-usd`, `Treasury at the end, ${ruleText(r)}`, paths[r].endValueUsd, 'USD', usdCompact))),
    ...rules.filter((r) => r !== rule).map((r) => quoted(makeMetric(`runway-${r}-months`, `Months before a forced sale, ${ruleText(r)}`, paths[r].runwayMonths, 'months', (v) => number(v), 'months'))),
    quoted(makeMetric('btc-mined', 'Bitcoin mined over 24 months', p.months.reduce((a, m) => a + m.btcMined, 0), 'BTC', btcText, '')),
    quoted(makeMetric('public-sales-2022-btc', 'Public miners sold in 2022 (the 2022 report)', minerSales2022.soldIn2022Btc, 'BTC', btcText, '')),
    quoted(makeMetric('miner-sales-share-of-volume', 'All miners’ monthly sales against monthly spot volume (late 2022)', monthlySalesShare, 'fraction of spot volume', (v) => percent(v, 2))),
  ];
  const valueChart: MonthChart = {
    kind: 'months',
    title: 'Treasury value, cash + bitcoin (USD)',
    unit: 'USD',
    series: rules.map((r, i) => ({ name: `${r === rule ? '▶ ' : ''}${ruleText(r)}`, kind: 'line' as const, className: ['series-a', 'series-b', 'series-sats'][i]!, values: paths[r].months.map((m) => m.valueUsd) })),
    markers: p.forced && p.runwayMonths < horizon ? [{ month: p.runwayMonths, label: 'first forced sale', kind: 'underwater' }] : [],
    text: usdCompact,
    monthText: month,
  };
  const btcChart: MonthChart = {
    kind: 'months',
    title: 'Bitcoin held (BTC)',
    unit: 'BTC',
    series: rules.map((r, i) => ({ name: ruleText(r), kind: 'line' as const, className: ['series-a', 'series-b', 'series-sats'][i]!, values: paths[r].months.map((m) => m.btc) })),
    markers: [],
    text: (v) => number(v),
    monthText: month,
  };
  return {
    id: 'treasury',
    title: 'Treasury',
    machine,
    paths,
    metrics,
    table: { caption: `${number(s.units)} ${machine.model}s ${ruleText(rule)} along ${pricePathText(s.pricepath)}, month by month`, columns, rows, rowKey: (r) => String(r.month), rowAttribute: 'data-month', rowClass: (r) => (r.btcForced > 0 ? 'loss' : '') },
    charts: [valueChart, btcChart],
    caption:
      `Along ${pricePathText(s.pricepath)}, a miner of ${number(s.units)} ${machine.model}s ${ruleText(rule)} ` +
      `${p.forced ? `must sell from its treasury after ${number(p.runwayMonths)} months` : `never has to sell from its treasury in ${number(horizon)} months`}; it sells ${btcText(p.btcSoldTotal)} in all and ends with ${usdCompact(p.endValueUsd)}.`,
    source: treasurySource(context),
    keyMetrics: ['runway-months', 'btc-sold', 'btc-forced', 'end-value-usd'],
    texts: { machine: machine.model, rule: ruleText(rule) },
  };
}
