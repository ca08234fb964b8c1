
/**
 * Chart geometry, pure: a figure's chart spec and a width in, marks out. The page's Svelte charts
 * and the card renderer draw the same marks, so the image a reader downloads is the chart they
 * saw. Marks carry class names; the page's stylesheet and the card's own style give them colour.
 */

export interface RectMark { x: number; y: number; width: number; height: number; className: string }
export interface LineMark { x1: number; y1: number; x2: number; y2: number; className: string }
export interface PathMark { d: string; className: string }
export interface TextMark { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; className: string; dy?: string }

export interface ChartLayout {
  width: number;
  height: number;
  /** Grid lines, drawn under the data. */
  lines: LineMark[];
  rects: RectMark[];
  paths: PathMark[];
  /** Reference and marker lines, drawn over the data. */
  overlays: LineMark[];
  texts: TextMark[];
  /** Whether the marks use the hatch pattern for losses (`url(#loss-hatch)`). */
  hatched: boolean;
}

/** Width of a label in px at the charts' 12 px type: a cautious average glyph width of 6.8 px. */
export const textWidthPx = (text: string, fontPx = 12) => text.length * fontPx * 0.567;

/**
 * Breaks text into lines no wider than `maxWidthPx` at `fontPx` (by the same width estimate the
 * charts use), at spaces; a word longer than a line (an address) is cut where it must be.
 *
 * @example
 * wrapText('one two three', 60, 12) // ["one two", "three"]
 */
export function wrapText(text: string, maxWidthPx: number, fontPx: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidthPx(candidate, fontPx) <= maxWidthPx) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    const perLine = Math.max(1, Math.floor(maxWidthPx / (fontPx * 0.567)));
    while (textWidthPx(rest, fontPx) > maxWidthPx) {
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A chart's title (bold 12 px, measured as 13 px type): from the plot's left edge when it fits
 * there, else from the chart's left edge in as many 14 px lines as it needs, so that no title runs
 * past a narrow chart. `extra` is the height the lines after the first take.
 *
 * @example
 * titleMarks('Profit on power per month (USD)', 64, 640).texts // one line at x 64
 * titleMarks('Profit on power per month (USD)', 64, 200).texts.length // 2, from x 0
 */
export function titleMarks(title: string, left: number, width: number): { texts: TextMark[]; extra: number } {
  const fits = textWidthPx(title, 13) <= width - left;
  const lines = fits ? [title] : wrapText(title, width, 13);
  return { texts: lines.map((text, i) => ({ x: fits ? left : 0, y: 14 + i * 14, text, anchor: 'start', className: 'title' })), extra: (lines.length - 1) * 14 };
}

/** Below this width charts use short labels and fewer ticks. */
export const narrowWidthPx = 480;

/** Rounds a coordinate to 0.1 px, to keep the markup short. */
export const fixed = (n: number) => Math.round(n * 10) / 10;

/** An empty layout of a size. */
export const emptyLayout = (width: number, height: number, hatched = false): ChartLayout => ({ width, height, rects: [], lines: [], paths: [], overlays: [], texts: [], hatched });


export interface AreaMark { d: string; className: string }

/**
 * Rectangles of one class as one filled path, lines of one class as one stroked path, in the
 * order classes first appear: a chart of 36 bars is two elements (gains and losses), not 36, so
 * an input rewrites one attribute per class and the browser styles and paints a few elements.
 *
 * @example
 * groupMarks([{ x: 0, y: 0, width: 2, height: 3, className: 'bar' }, { x: 4, y: 0, width: 2, height: 1, className: 'bar' }], [])
 * // [{ className: 'bar', d: 'M0,0h2v3h-2z M4,0h2v1h-2z' }]
 */
export function groupMarks(rects: readonly RectMark[], lines: readonly LineMark[]): AreaMark[] {
  const groups = new Map<string, string[]>();
  const add = (className: string, d: string) => {
    const list = groups.get(className);
    if (list) list.push(d);
    else groups.set(className, [d]);
  };
  for (const r of rects) add(r.className, `M${r.x},${r.y}h${r.width}v${r.height}h${-r.width}z`);
  for (const l of lines) add(l.className, `M${l.x1},${l.y1}L${l.x2},${l.y2}`);
  return [...groups].map(([className, ds]) => ({ className, d: ds.join(' ') }));
}
