import type { Scenario } from '../scenario/schema.ts';
import { usdCompact } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { makeMetric, quoted, type BarChart, type Column, type Figure, type Metric } from './types.ts';
// The documents' issuance figures, typed once in the essay's documents module.
import { asicBackedIssuance2022, minerFinancing2021To2022 as f22, minerFinancing2024To2025 as f25, offeringsQ4of2025 } from '../essay/documents.ts';

export interface IssuanceRow {
  key: string;
  period: string;
  kind: 'equity' | 'debt' | 'ASIC-backed loans' | 'debt and convertibles' | 'convertibles' | 'secured notes';
  usd: number;
  /** How the document states it: exactly, "under", "around", or planned. */
  qualifier: '' | 'under' | 'around' | 'planned' | 'closed' | 'proposed';
  /** Who raised it, when the document says. */
  issuers: string;
  source: 'S001' | 'S002';
  fact: string;
}

/** Financing reads no setting: the documents' figures are the same at every scenario. */
export const financingInputs = [] as const;

export const financingSource = (c: Pick<FigureContext, 'sources'>) =>
  `Public miners' issuance from ${c.sources.S001} (2021 and the first nine months of 2022) and ${c.sources.S002} (Q4 2024 to Q4 2025); each bar is one document figure, drawn as stated.`;

/** Every issuance figure the documents give, in time order. */
export const issuanceRows: readonly IssuanceRow[] = [
  { key: '2021-equity', period: '2021', kind: 'equity', usd: f22.equity2021Usd, qualifier: '', issuers: 'public miners', source: 'S001', fact: 'S001-041' },
  { key: '2021-debt', period: '2021', kind: 'debt', usd: f22.debt2021Usd, qualifier: '', issuers: 'public miners', source: 'S001', fact: 'S001-044' },
  { key: '2022-equity', period: 'Jan–Sep 2022', kind: 'equity', usd: f22.equity2022Usd, qualifier: '', issuers: 'public miners', source: 'S001', fact: 'S001-039' },
  { key: '2022-debt', period: 'Jan–Sep 2022', kind: 'debt', usd: f22.debt2022Usd, qualifier: '', issuers: 'public miners', source: 'S001', fact: 'S001-042' },
  { key: '2022-asic', period: 'H1 2022', kind: 'ASIC-backed loans', usd: asicBackedIssuance2022.issuedUsd, qualifier: '', issuers: 'all miners', source: 'S001', fact: 'S001-100' },
  { key: '2022-q3', period: 'Q3 2022', kind: 'debt', usd: f22.q3of2022UsdAtMost, qualifier: 'under', issuers: 'public miners (all capital raised)', source: 'S001', fact: 'S001-048' },
  { key: '2024-q4', period: 'Q4 2024', kind: 'debt and convertibles', usd: f25.recordQuarterQ4of2024Usd, qualifier: '', issuers: '15 public miners', source: 'S002', fact: 'S002-001' },
  { key: '2025-q1', period: 'Q1 2025', kind: 'debt and convertibles', usd: f25.earlyIn2025UsdAtMost, qualifier: 'under', issuers: '15 public miners', source: 'S002', fact: 'S002-003' },
  { key: '2025-q2', period: 'Q2 2025', kind: 'debt and convertibles', usd: f25.q2of2025Usd, qualifier: '', issuers: '15 public miners', source: 'S002', fact: 'S002-004' },
  { key: '2025-q3', period: 'Q3 2025', kind: 'convertibles', usd: f25.q3of2025ConvertiblesThreeMinersUsd, qualifier: 'around', issuers: 'Cipher, MARA, TeraWulf', source: 'S002', fact: 'S002-005' },
  { key: '2025-q4-terawulf', period: 'Q4 2025', kind: 'secured notes', usd: f25.teraWulfNotesUsd, qualifier: 'planned', issuers: 'TeraWulf', source: 'S002', fact: 'S002-006' },
  { key: '2025-q4-iren', period: 'Q4 2025', kind: 'convertibles', usd: offeringsQ4of2025.irenConvertibleUsd, qualifier: 'closed', issuers: 'IREN', source: 'S002', fact: 'S002-007' },
  { key: '2025-q4-bitfarms', period: 'Q4 2025', kind: 'convertibles', usd: offeringsQ4of2025.bitfarmsConvertibleUsd, qualifier: 'proposed', issuers: 'Bitfarms', source: 'S002', fact: 'S002-008' },
];

const qualifierText = (q: IssuanceRow['qualifier']) => (q === 'under' ? 'under ' : q === 'around' ? 'about ' : '');
const suffix = (q: IssuanceRow['qualifier']) => (q === 'planned' || q === 'proposed' || q === 'closed' ? ` (${q})` : '');

/**
 * Financing through the cycle: each issuance figure the documents give, by period, marked by kind
 * (ASIC-backed loans highlighted; convertibles named), with what the documents say of the totals
 * that can be checked: 2022's equity and debt against 2021's and the falls they report, and
 * Q4 2025's named offerings against Q4 2024's record.
 *
 * @example
 * metric(financingFigure(defaultScenario(), context), 'equity-decline-2022').value // 1 − 953 ÷ 3,900 ≈ 0.756 (the report says 75 %)
 */
export function financingFigure(_s: Scenario, context: FigureContext): Figure<IssuanceRow, BarChart> {
  const rows = [...issuanceRows];
  const columns: Column<IssuanceRow>[] = [
    { key: 'period', label: 'Period', unit: '', numeric: false, value: (r) => r.period, text: (r) => r.period },
    { key: 'kind', label: 'Kind', unit: '', numeric: false, value: (r) => r.kind, text: (r) => r.kind },
    { key: 'amount', label: 'Amount', unit: 'USD', numeric: true, value: (r) => r.usd, text: (r) => `${qualifierText(r.qualifier)}${usdCompact(r.usd)}${suffix(r.qualifier)}` },
    { key: 'qualifier', label: 'As stated', unit: '', numeric: false, value: (r) => r.qualifier || 'exactly', text: (r) => r.qualifier || 'as given' },
    { key: 'issuers', label: 'Raised by', unit: '', numeric: false, value: (r) => r.issuers, text: (r) => r.issuers },
    { key: 'source', label: 'Source', unit: '', numeric: false, value: (r) => `${context.sources[r.source]} (${r.fact})`, text: (r) => context.sources[r.source] },
  ];
  const equityDecline = 1 - f22.equity2022Usd / f22.equity2021Usd;
  const debtDecline = 1 - f22.debt2022Usd / f22.debt2021Usd;
  const namedQ4of2025 = f25.teraWulfNotesUsd + offeringsQ4of2025.irenConvertibleUsd + offeringsQ4of2025.bitfarmsConvertibleUsd;
  const convertibleShare2025 = (f25.q3of2025ConvertiblesThreeMinersUsd + offeringsQ4of2025.irenConvertibleUsd + offeringsQ4of2025.bitfarmsConvertibleUsd) / (f25.q3of2025ConvertiblesThreeMinersUsd + namedQ4of2025);
  const metrics: Metric[] = [
    makeMetric('equity-decline-2022', 'Equity raised, Jan–Sep 2022 against 2021', equityDecline, 'fraction', (v) => `−${(v * 100).toFixed(1)} %`),
    makeMetric('debt-decline-2022', 'Debt raised, Jan–Sep 2022 against 2021', debtDecline, 'fraction', (v) => `−${(v * 100).toFixed(1)} %`),
    makeMetric('record-quarter-usd', 'The record quarter, Q4 2024 (debt and convertibles)', f25.recordQuarterQ4of2024Usd, 'USD', usdCompact),
    makeMetric('named-q4-2025-usd', 'Offerings the newsletter names in Q4 2025', namedQ4of2025, 'USD', usdCompact),
    quoted(makeMetric('convertible-share-2025', 'Convertibles’ share of the named Q3–Q4 2025 offerings', convertibleShare2025, 'fraction', (v) => `${(v * 100).toFixed(0)} %`)),
    quoted(makeMetric('asic-loans-2022-usd', 'New ASIC-backed loans in 2022, all in the first half', asicBackedIssuance2022.issuedUsd, 'USD', usdCompact)),
  ];
  const chart: BarChart = {
    kind: 'bars',
    title: 'Issuance by period (USD)',
    unit: 'USD',
    items: rows.map((r) => ({ key: r.key, label: `${r.period} · ${r.kind}${r.issuers !== 'public miners' && r.issuers !== '15 public miners' ? ` (${r.issuers})` : ''}${suffix(r.qualifier)}`, shortLabel: `${r.period} ${r.kind}`, value: r.usd, loss: false, highlight: r.kind === 'ASIC-backed loans' })),
    reference: { value: f25.recordQuarterQ4of2024Usd, label: `the Q4 2024 record, ${usdCompact(f25.recordQuarterQ4of2024Usd)}` },
    cap: 5e9,
    text: usdCompact,
  };
  return {
    id: 'financing',
    title: 'Financing through the cycle',
    metrics,
    table: { caption: 'Every issuance figure in the documents, by period, as stated', columns, rows, rowKey: (r) => r.key, rowAttribute: 'data-row' },
    charts: [chart],
    caption:
      `Public miners raised ${usdCompact(f22.equity2021Usd)} of equity and ${usdCompact(f22.debt2021Usd)} of debt in 2021, then ${usdCompact(f22.equity2022Usd)} and ${usdCompact(f22.debt2022Usd)} in the first nine months of 2022 (${usdCompact(asicBackedIssuance2022.issuedUsd)} of ASIC-backed loans, all in the first half); ` +
      `the 2024–25 wave peaked at ${usdCompact(f25.recordQuarterQ4of2024Usd)} in Q4 2024 and returned in convertibles and secured notes, ${usdCompact(namedQ4of2025)} named in Q4 2025 alone.`,
    source: financingSource(context),
    keyMetrics: ['record-quarter-usd', 'named-q4-2025-usd', 'equity-decline-2022', 'debt-decline-2022'],
  };
}
