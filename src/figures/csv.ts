import { csvFormatRows } from 'd3-dsv';
import type { Column, Figure } from './types.ts';

/** A column's CSV header: its label, and its unit in brackets when it has one. */
export const csvHeader = (c: Pick<Column<unknown>, 'label' | 'unit'>) => (c.unit ? `${c.label} (${c.unit})` : c.label);

/**
 * A figure's table as CSV (RFC 4180, via d3-dsv): one header row with units, then the table's
 * rows with raw values — numbers unrounded, as the page's data-value attributes carry them.
 *
 * @example
 * figureCsv(hashpriceFigure(defaultScenario(), context)).split('\n')[0] // "Figure,Value,Unit"
 */
export function figureCsv(figure: Pick<Figure, 'table'>): string {
  const { columns, rows } = figure.table;
  return csvFormatRows([columns.map(csvHeader), ...rows.map((r) => columns.map((c) => String(c.value(r))))]);
}

/**
 * The file name a figure's downloads get: site, figure id and scenario date.
 *
 * @example
 * exportFileName('floor-value', '2026-02-02', 'csv') // "no-floor-floor-value-2026-02-02.csv"
 */
export function exportFileName(figureId: string, isoDate: string, extension: 'csv' | 'png' | 'svg'): string {
  return `no-floor-${figureId}-${isoDate}.${extension}`;
}
