import { networkHashrateEhPerSecond } from '../model/difficulty.ts';
import { hashpriceUsdPerThDay, netOfPoolFee, usdPerPhDayFromUsdPerThDay } from '../model/hashprice.ts';
import { btcPaidToMinersPerDay, satsPerThPerDay } from '../model/reward.ts';
import { rewardMarketInputs } from '../scenario/market.ts';
import type { Scenario } from '../scenario/schema.ts';
import { difficultyT, number, trimmed, usd, usdFine, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, type Figure, type Metric } from './types.ts';

export interface HashpriceFigure extends Figure<Metric> {
  /** The hashprice formula with the reader's numbers, term by term. */
  formula: { price: string; reward: string; difficulty: string; result: string };
  /** How difficulty turns into the implied network hashrate, in words. */
  hashrateNote: string;
}

/** The scenario keys this figure reads. */
export const hashpriceInputs = ['price', 'diff', 'fees', 'subsidy', 'date', 'pool'] as const;

/** The figure's source line, naming the documents as readers know them. */
export const hashpriceSource = (c: Pick<FigureContext, 'sources'>) =>
  `Model: BTC per TH/s per day = 86,400 × 10¹² × (subsidy + fees) ÷ (D × 2³²); the defaults are f2pool’s 2 Feb 2026 dashboard as reported in ${c.sources.S003}.`;


/**
 * Hashprice: what one TH/s earns in a day at the scenario, gross and net of the pool fee, in
 * dollars and in sats, with the network hashrate the difficulty implies.
 *
 * @example
 * const f = hashpriceFigure(defaultScenario(), context);
 * metric(f, 'hashprice').value   // ≈ 33.96 (USD per PH/s per day: $76,176 × 3.125 BTC × 86,400 × 10¹² ÷ (141 × 10¹² × 2³²) × 1000)
 * f.formula.reward               // "3.125 + 0" (BTC per block: subsidy + fees)
 */
export function hashpriceFigure(s: Scenario, context: Pick<FigureContext, 'sources'>): HashpriceFigure {
  const market = rewardMarketInputs(s);
  const grossPerTh = hashpriceUsdPerThDay(market);
  const netPerTh = netOfPoolFee(grossPerTh, market.poolFeeFraction);
  const grossPerPh = usdPerPhDayFromUsdPerThDay(grossPerTh);
  const sats = satsPerThPerDay(market);
  const networkEh = networkHashrateEhPerSecond(market.difficultyT);
  const btcPerDay = btcPaidToMinersPerDay(market);

  const metrics: Metric[] = [
    makeMetric('hashprice', 'Hashprice (gross of pool fee)', grossPerPh, 'USD per PH/s per day', usd),
    makeMetric('hashprice-th', 'Per TH/s', grossPerTh, 'USD per TH/s per day', usdFine),
    ...(s.pool > 0 ? [makeMetric('hashprice-net-th', `After the ${number(s.pool, 1)} % pool fee`, netPerTh, 'USD per TH/s per day', usdFine)] : []),
    makeMetric('sats-per-th', 'In bitcoin', sats, 'sats per TH/s per day', (v) => number(v, 2)),
    makeMetric('network-hashrate', 'Network hashrate implied by difficulty', networkEh, 'EH/s', (v) => number(v, 1)),
    makeMetric('btc-per-day', 'Paid to all miners', btcPerDay, 'BTC per day', (v) => number(v, 1)),
  ];

  return {
    id: 'hashprice',
    title: 'Hashprice: what one TH/s earns in a day',
    metrics,
    table: {
      caption: 'Hashprice and the network at the scenario',
      columns: [
        { key: 'figure', label: 'Figure', unit: '', numeric: false, value: (m) => m.label, text: (m) => m.label },
        { key: 'value', label: 'Value', unit: '', numeric: true, value: (m) => m.value, text: (m) => m.text },
        { key: 'unit', label: 'Unit', unit: '', numeric: false, value: (m) => m.unit, text: (m) => m.unit },
      ],
      rows: metrics,
      rowKey: (m) => m.name,
      rowAttribute: 'data-row',
    },
    charts: [],
    formula: {
      price: usdWhole(s.price),
      reward: `${trimmed(market.subsidyBtc, 8)} + ${trimmed(market.feesBtcPerBlock, 8)}`,
      difficulty: difficultyT(s.diff),
      result: usdFine(grossPerTh),
    },
    hashrateNote: `${difficultyT(s.diff)} T × 2³² hashes per block ÷ 600 s = ${number(networkEh, 1)} EH/s.`,
    caption:
      `At ${usdWhole(s.price)} per BTC and a difficulty of ${difficultyT(s.diff)} T, one PH/s earns ${usd(grossPerPh)} a day ` +
      `(${number(sats, 1)} sats per TH/s), gross of pool fees; all miners together are paid ${number(btcPerDay, 1)} BTC a day.`,
    source: hashpriceSource(context),
  };
}
