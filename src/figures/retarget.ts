import { retarget } from '../model/retarget.ts';
import { effectiveSubsidyBtc } from '../scenario/market.ts';
import type { Scenario } from '../scenario/schema.ts';
import { difficultyT, number, percent, usd, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type Column, type Figure, type XYChart } from './types.ts';

export interface RetargetRow {
  key: 'before' | 'lag' | 'after';
  phase: string;
  blockTimeSeconds: number;
  blocksPerDay: number;
  difficultyT: number;
  hashpriceUsdPerPhDay: number;
  minersUsdPerDay: number;
}

export type RetargetFigure = Figure<RetargetRow, XYChart>;

export const retargetInputs = ['hrchange', 'price', 'diff', 'fees', 'subsidy', 'date'] as const;

/** The figure's source line. */
export const retargetSource = (c: Pick<FigureContext, 'sources'>) =>
  `The −12 % default is the hashrate fall since November 2025 in ${c.sources.S003}; the retarget rule (2,016 blocks, 600 s, at most ×4 or ÷4) from the protocol; the rest from the model.`;

const columns: Column<RetargetRow>[] = [
  { key: 'phase', label: 'Phase', unit: '', numeric: false, value: (r) => r.phase, text: (r) => r.phase },
  { key: 'block-time', label: 'Average block time', unit: 's', numeric: true, value: (r) => r.blockTimeSeconds, text: (r) => `${number(r.blockTimeSeconds)} s` },
  { key: 'blocks-per-day', label: 'Blocks a day', unit: 'blocks', numeric: true, value: (r) => r.blocksPerDay, text: (r) => number(r.blocksPerDay, 1) },
  { key: 'difficulty', label: 'Difficulty', unit: 'T', numeric: true, value: (r) => r.difficultyT, text: (r) => `${difficultyT(r.difficultyT)} T` },
  { key: 'hashprice', label: 'Hashprice', unit: 'USD per PH/s per day', numeric: true, value: (r) => r.hashpriceUsdPerPhDay, text: (r) => usd(r.hashpriceUsdPerPhDay) },
  { key: 'miners', label: 'Paid to all miners a day', unit: 'USD per day', numeric: true, value: (r) => r.minersUsdPerDay, text: (r) => usdWhole(r.minersUsdPerDay) },
];

/** "+5 %", "−12 %" */
const signedPercent = (fraction: number) => `${fraction > 0 ? '+' : fraction < 0 ? '−' : ''}${percent(Math.abs(fraction), 0)}`;

/**
 * One retarget: hashrate changes by `hrchange` % at the start of an epoch. Until the epoch's 2,016
 * blocks are mined, blocks come faster or slower and each surviving TH/s earns exactly what it
 * did (fewer blocks, a larger share of each); the total paid to all miners per day moves with the
 * block rate. At the retarget, difficulty follows the hashrate (clamped at ×4 / ÷4) and hashprice
 * moves the other way.
 *
 * @example
 * const f = retargetFigure(defaultScenario(), context); // −12 %
 * metric(f, 'block-time-s').value // 600 ÷ 0.88 ≈ 681.8
 * metric(f, 'next-diff').value    // 141 × 0.88 = 124.08
 */
export function retargetFigure(s: Scenario, context: FigureContext): RetargetFigure {
  const change = s.hrchange / 100;
  const r = retarget({ difficultyT: s.diff, hashrateChangeFraction: change, priceUsdPerBtc: s.price, subsidyBtc: effectiveSubsidyBtc(s), feesBtcPerBlock: s.fees });
  const rows: RetargetRow[] = [
    { key: 'before', phase: 'Before the change', blockTimeSeconds: 600, blocksPerDay: 144, difficultyT: s.diff, hashpriceUsdPerPhDay: r.hashpriceBeforeUsdPerPhDay, minersUsdPerDay: r.minersUsdPerDayBefore },
    { key: 'lag', phase: `${signedPercent(change)} hashrate, before the retarget`, blockTimeSeconds: r.blockTimeSeconds, blocksPerDay: r.blocksPerDayDuringLag, difficultyT: s.diff, hashpriceUsdPerPhDay: r.hashpriceDuringLagUsdPerPhDay, minersUsdPerDay: r.minersUsdPerDayDuringLag },
    { key: 'after', phase: 'After the retarget', blockTimeSeconds: 600, blocksPerDay: 144, difficultyT: r.nextDifficultyT, hashpriceUsdPerPhDay: r.hashpriceAfterUsdPerPhDay, minersUsdPerDay: r.minersUsdPerDayBefore },
  ];
  const days = r.epochDays;
  const end = days + Math.max(7, days * 0.3);
  // Both series as a percent of their level before the change.
  const perTh = 100 * (r.hashpriceAfterUsdPerPhDay / r.hashpriceBeforeUsdPerPhDay);
  const paid = 100 * (r.minersUsdPerDayDuringLag / r.minersUsdPerDayBefore || 0);
  const chart: XYChart = {
    kind: 'xy',
    title: 'Relative to before the change (%)',
    xTitle: 'days',
    series: [
      { name: 'Hashprice: what each TH/s earns', className: 'series-a', step: true, points: [{ x: 0, y: 100 }, { x: days, y: perTh }, { x: end, y: perTh }] },
      { name: 'Paid to all miners a day', className: 'series-b', step: true, points: [{ x: 0, y: paid }, { x: days, y: 100 }, { x: end, y: 100 }] },
    ],
    references: [{ y: 100, label: 'before the change', className: 'reference' }],
    markers: [{ x: days, label: `Retarget, day ${number(days, 1)}`, className: 'marker marker--halving' }],
    xDomain: [0, end],
    xText: (v) => number(v),
    yText: (v) => `${number(v)} %`,
  };
  const metrics = [
    makeMetric('block-time-s', 'Average block time until the retarget', r.blockTimeSeconds, 's', (v) => number(v)),
    makeMetric('epoch-days', 'Days to the retarget', days, 'days', (v) => number(v, 1)),
    makeMetric('next-diff', 'Difficulty after the retarget', r.nextDifficultyT, 'T', (v) => difficultyT(Math.round(v * 100) / 100)),
    makeMetric('hashprice-after-retarget', 'Hashprice after the retarget', r.hashpriceAfterUsdPerPhDay, 'USD per PH/s per day', usd),
    quoted(makeMetric('hashprice-before-retarget', 'Hashprice before it (and during the lag)', r.hashpriceBeforeUsdPerPhDay, 'USD per PH/s per day', usd)),
    quoted(makeMetric('miners-usd-day-lag', 'Paid to all miners a day during the lag', r.minersUsdPerDayDuringLag, 'USD per day', usdWhole)),
    quoted(makeMetric('miners-usd-day-before', 'Paid to all miners a day before the change', r.minersUsdPerDayBefore, 'USD per day', usdWhole)),
    quoted(makeMetric('difficulty-change', 'Difficulty change at the retarget', r.nextDifficultyT / s.diff - 1, 'fraction', (v) => signedPercent(v))),
  ];
  return {
    id: 'retarget',
    title: 'One retarget',
    metrics,
    table: { caption: `One epoch after a ${signedPercent(change)} change in hashrate, at ${usdWhole(s.price)} per BTC and ${difficultyT(s.diff)} T`, columns, rows, rowKey: (row) => row.key, rowAttribute: 'data-row' },
    charts: [chart],
    caption: `With hashrate ${signedPercent(change)} at the start of an epoch, blocks take ${number(r.blockTimeSeconds)} s and the retarget comes after ${number(days, 1)} days; until then each TH/s still earns ${usd(r.hashpriceBeforeUsdPerPhDay)} per PH/s a day while all miners together are paid ${usdWhole(r.minersUsdPerDayDuringLag)} a day instead of ${usdWhole(r.minersUsdPerDayBefore)}; after it, difficulty is ${difficultyT(Math.round(r.nextDifficultyT * 100) / 100)} T and hashprice ${usd(r.hashpriceAfterUsdPerPhDay)}.`,
    source: retargetSource(context),
    keyMetrics: ['block-time-s', 'epoch-days', 'next-diff', 'hashprice-after-retarget'],
  };
}
