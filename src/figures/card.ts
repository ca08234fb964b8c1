import { groupMarks, textWidthPx, wrapText, type ChartLayout } from './layout/marks.ts';
import type { Chart, Figure } from './types.ts';

/**
 * The card renderer: a figure in, one self-contained SVG document out — title, key figures, the
 * chart (the same marks the page draws), a one-line summary of the scenario, the source and the
 * scenario's address. 1200 px wide, light theme, system fonts only, every colour inline (no
 * stylesheet), so any rasteriser draws it the same: the browser's canvas for "Download PNG" and
 * resvg at build time for the default images.
 */

export interface CardOptions {
  /** The scenario's address, printed on the card: the link back to the live figure. */
  url: string;
  /** One line naming the scenario ("BTC $76,176 · 141 T · $0.060/kWh · 2 Feb 2026"). */
  scenarioLine: string;
  /**
   * The geometry of the figure's chart: `layoutChart` (src/figures/chartLayout.ts), or on a page
   * the layout its widget already loaded (src/charts/layouts.ts), so the card needs no other.
   */
  layout: (chart: Chart, width: number, height: number) => ChartLayout;
}

export const cardWidthPx = 1200;
const pad = 48;
const inner = cardWidthPx - 2 * pad;
/** Charts are laid out at 2/3 of the card's inner width and drawn at 1.5×, so 12 px type prints at 18 px. */
const chartScale = 1.5;

const colour = {
  bg: '#ffffff',
  text: '#1b1f24',
  muted: '#4c5560',
  line: '#d6d3cc',
  accent: '#1d4f91',
  bar: '#3b6ea8',
  loss: '#b3261e',
  lossBg: '#f6d5d2',
  sats: '#c2410c',
} as const;
export const cardFontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** Escapes text for XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export { wrapText } from './layout/marks.ts';

const has = (className: string, token: string) => className.split(' ').includes(token);

/** Inline presentation attributes for a chart mark, by its class (the card has no stylesheet). */
function markStyle(kind: 'line' | 'rect' | 'path' | 'text', className: string): string {
  const underwater = has(className, 'marker--underwater');
  if (kind === 'line') {
    if (has(className, 'reference')) return `stroke="${has(className, 'reference--yours') ? colour.sats : colour.text}" stroke-width="2" stroke-dasharray="4 3"`;
    if (has(className, 'marker')) return `stroke="${underwater ? colour.loss : colour.text}" stroke-width="1.5" stroke-dasharray="3 3"`;
    return `stroke="${has(className, 'zero') ? colour.text : colour.line}" stroke-width="1"`;
  }
  if (kind === 'rect') {
    if (has(className, 'track')) return `fill="${colour.line}"`;
    if (has(className, 'range')) return `fill="${has(className, 'highlight') ? colour.sats : colour.bar}"`;
    if (has(className, 'negative') || has(className, 'series-idle')) return `fill="${colour.loss}"`;
    if (has(className, 'loss')) return `fill="url(#loss-hatch)" stroke="${colour.loss}" stroke-width="1"`;
    return `fill="${colour.bar}"`;
  }
  if (kind === 'path') {
    if (has(className, 'series-run')) return `fill="none" stroke="${colour.loss}" stroke-width="2.5" stroke-dasharray="6 3"`;
    if (has(className, 'series-sats')) return `fill="none" stroke="${colour.sats}" stroke-width="2.5"`;
    if (has(className, 'series-b')) return `fill="none" stroke="${colour.sats}" stroke-width="2.5" stroke-dasharray="6 3"`;
    return `fill="none" stroke="${colour.bar}" stroke-width="2.5"`;
  }
  const bold = has(className, 'title') || has(className, 'reference') || has(className, 'marker') || has(className, 'highlight') || (has(className, 'value') && has(className, 'loss'));
  const fill = has(className, 'tick') ? colour.muted : has(className, 'reference--yours') ? colour.sats : underwater || (has(className, 'value') && has(className, 'loss')) ? colour.loss : colour.text;
  const size = has(className, 'marker') ? 11 : 12;
  return `fill="${fill}" font-size="${size}"${bold ? ' font-weight="700"' : ''}`;
}

function chartMarkup(layout: ChartLayout): string {
  // The same grouping the page's charts draw with: one path per class.
  const out: string[] = [];
  for (const g of groupMarks([], layout.lines)) out.push(`<path d="${g.d}" fill="none" ${markStyle('line', g.className)}/>`);
  for (const g of groupMarks(layout.rects, [])) out.push(`<path d="${g.d}" ${markStyle('rect', g.className)}/>`);
  for (const p of layout.paths) out.push(`<path d="${p.d}" ${markStyle('path', p.className)}/>`);
  for (const g of groupMarks([], layout.overlays)) out.push(`<path d="${g.d}" fill="none" ${markStyle('line', g.className)}/>`);
  for (const t of layout.texts) out.push(`<text x="${t.x}" y="${t.y}"${t.dy ? ` dy="${t.dy}"` : ''} text-anchor="${t.anchor}" ${markStyle('text', t.className)}>${xml(t.text)}</text>`);
  return out.join('');
}

function legendMarkup(figure: Figure, chartIndex: number, y: number): { markup: string; height: number } {
  const chart = figure.charts[chartIndex]!;
  if ((chart.kind !== 'months' && chart.kind !== 'xy') || chart.series.length < 2) return { markup: '', height: 0 };
  let x = 0;
  const parts = chart.series.map((s) => {
    const style = markStyle('path', s.className);
    const part = `<line x1="${x}" y1="${y - 5}" x2="${x + 28}" y2="${y - 5}" ${style}/><text x="${x + 36}" y="${y}" font-size="16" fill="${colour.text}">${xml(s.name)}</text>`;
    x += 36 + textWidthPx(s.name, 16) + 32;
    return part;
  });
  return { markup: parts.join(''), height: 28 };
}

/** A compact table when a figure has no chart: its first rows and columns. */
function tableMarkup(figure: Figure, y: number): { markup: string; height: number } {
  const { table } = figure;
  const columns = table.columns.slice(0, 5);
  const rows = table.rows.slice(0, 8);
  const rowH = 30;
  const firstW = inner * 0.4;
  const otherW = (inner - firstW) / Math.max(1, columns.length - 1);
  const colX = (i: number) => (i === 0 ? 0 : firstW + otherW * i);
  const cell = (text: string, i: number, yy: number, weight = '400', fill: string = colour.text) =>
    i === 0
      ? `<text x="0" y="${yy}" font-size="16" font-weight="${weight}" fill="${fill}">${xml(text)}</text>`
      : `<text x="${colX(i)}" y="${yy}" font-size="16" font-weight="${weight}" fill="${fill}" text-anchor="end">${xml(text)}</text>`;
  const out: string[] = [];
  columns.forEach((c, i) => {
    const lines = wrapText(c.label, i === 0 ? firstW - 8 : otherW - 8, 13);
    lines.slice(0, 3).forEach((line, k) => out.push(cell(line, i, y + 14 + k * 16, '700', colour.muted).replace('font-size="16"', 'font-size="13"')));
  });
  const headH = 60;
  rows.forEach((r, k) => {
    const yy = y + headH + k * rowH;
    out.push(`<line x1="0" y1="${yy - 21}" x2="${inner}" y2="${yy - 21}" stroke="${colour.line}"/>`);
    columns.forEach((c, i) => out.push(cell(c.text(r), i, yy, i === 0 ? '600' : '400')));
  });
  const more = table.rows.length > rows.length ? `<text x="0" y="${y + headH + rows.length * rowH}" font-size="14" fill="${colour.muted}">… ${table.rows.length - rows.length} more rows in the figure’s table and CSV</text>` : '';
  return { markup: out.join('') + more, height: headH + rows.length * rowH + (more ? 20 : 0) };
}

/**
 * Renders a figure's card as an SVG document string.
 *
 * @example
 * const svg = renderCard(floorValueFigure(defaultScenario(), context), { url: 'https://example.org/no-floor/#figure-floor-value', scenarioLine: 'BTC $76,176 · 141 T', layout: layoutChart });
 * svg.startsWith('<svg') // true; it contains the key figures' text and the address
 */
export function renderCard(figure: Figure, options: CardOptions): string {
  const parts: string[] = [];
  let y = pad;

  // Title, wrapped, and the site's name.
  parts.push(`<text x="${pad}" y="${y + 6}" font-size="15" font-weight="700" letter-spacing="1.5" fill="${colour.accent}">NO FLOOR</text>`);
  y += 44;
  for (const line of wrapText(figure.title, inner, 34)) {
    parts.push(`<text x="${pad}" y="${y}" font-size="34" font-weight="700" fill="${colour.text}">${xml(line)}</text>`);
    y += 42;
  }
  y += 6;

  // Key figures: up to four, in a row of boxes.
  const keyNames = figure.keyMetrics ?? figure.metrics.slice(0, 4).map((m) => m.name);
  const keys = keyNames.map((n) => figure.metrics.find((m) => m.name === n)).filter((m) => m !== undefined).slice(0, 4);
  if (keys.length > 0) {
    const boxW = inner / keys.length;
    let tallest = 0;
    keys.forEach((m, i) => {
      const x = pad + i * boxW;
      const labelLines = wrapText(m.label, boxW - 24, 16).slice(0, 2);
      labelLines.forEach((line, k) => parts.push(`<text x="${x}" y="${y + 18 + k * 20}" font-size="16" fill="${colour.muted}">${xml(line)}</text>`));
      const vy = y + 18 + labelLines.length * 20 + 22;
      parts.push(`<text x="${x}" y="${vy}" font-size="32" font-weight="700" fill="${colour.text}">${xml(m.text)}</text>`);
      if (m.textUnit) parts.push(`<text x="${x}" y="${vy + 22}" font-size="14" fill="${colour.muted}">${xml(m.textUnit)}</text>`);
      tallest = Math.max(tallest, vy + 22 - y);
    });
    y += tallest + 28;
  }

  // The chart the page shows first, else the start of the table.
  if (figure.charts.length > 0) {
    const layout = options.layout(figure.charts[0]!, inner / chartScale, 300);
    parts.push(
      `<defs><pattern id="loss-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${colour.lossBg}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${colour.loss}" stroke-width="3"/></pattern></defs>`,
      `<g transform="translate(${pad} ${y}) scale(${chartScale})">${chartMarkup(layout)}</g>`,
    );
    y += layout.height * chartScale + 12;
    const legend = legendMarkup(figure, 0, y + 16);
    if (legend.markup) {
      parts.push(`<g transform="translate(${pad} 0)">${legend.markup}</g>`);
      y += legend.height;
    }
  } else {
    const t = tableMarkup(figure, y);
    parts.push(`<g transform="translate(${pad} 0)">${t.markup}</g>`);
    y += t.height;
  }
  y += 16;

  // Scenario, source and address.
  parts.push(`<line x1="${pad}" y1="${y}" x2="${cardWidthPx - pad}" y2="${y}" stroke="${colour.line}"/>`);
  y += 30;
  for (const line of wrapText(options.scenarioLine, inner, 17)) {
    parts.push(`<text x="${pad}" y="${y}" font-size="17" fill="${colour.text}">${xml(line)}</text>`);
    y += 24;
  }
  for (const line of wrapText(`Source: ${figure.source}`, inner, 14)) {
    parts.push(`<text x="${pad}" y="${y}" font-size="14" fill="${colour.muted}">${xml(line)}</text>`);
    y += 20;
  }
  y += 6;
  for (const line of wrapText(options.url, inner, 15)) {
    parts.push(`<text x="${pad}" y="${y}" font-size="15" fill="${colour.accent}">${xml(line)}</text>`);
    y += 21;
  }
  const height = Math.ceil(y + pad - 14);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cardWidthPx}" height="${height}" viewBox="0 0 ${cardWidthPx} ${height}" font-family="${xml(cardFontFamily)}">` +
    `<title>${xml(figure.title)}</title><desc>${xml(figure.caption)}</desc>` +
    `<rect width="${cardWidthPx}" height="${height}" fill="${colour.bg}"/>${parts.join('')}</svg>`
  );
}
