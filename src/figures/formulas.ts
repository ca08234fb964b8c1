// The reader's formula cells as a figure: the cells, their results and their errors as one view
// model, which the essay's formula blocks, the notebook, the embed page (/embed/formulas/), the
// card image, the CSV and the tests all read. Pure and free of mathjs: the results come from the
// formula engine (in the notebook worker on a page; formulasNow.ts for the build and the tests).
import { paramSpecs, type Scenario, type ScenarioKey } from '../scenario/schema.ts';
import type { CellResult } from '../formula/cells.ts';
import { joinCells, splitCells } from '../formula/cells.ts';
import type { FigureContext } from './context.ts';
import type { Column, Figure, Metric } from './types.ts';

/** One row of the figure's table: a cell, its formula and what it gave. */
export interface FormulaRow {
  /** 1-based, as `data-metric="cell-<n>"` counts. */
  n: number;
  formula: string;
  /** Undefined while the engine has not answered yet. */
  result: CellResult | undefined;
}

export interface FormulasFigure extends Figure<FormulaRow, never> {
  /** The cells shown: the link's, or the block's seed cells when the link has none. */
  cells: string[];
  /** Whether they are the seed cells (the link carries none). */
  seeded: boolean;
  /** Whether the engine has answered for these cells. */
  evaluated: boolean;
}

/**
 * The seed cells of chapter 1's block, the figure's default (its embed and image at the defaults):
 * the question readers ask of a calculator — what does a fleet of 300 S19j Pros (100 TH/s,
 * 3,050 W, content/machines.json) net at this hashprice after an all-in hosting rate?
 */
export const defaultSeedCells: readonly string[] = ['fleet = 300', 'hosting = 0.075 USD/kWh', 'fleet * (100 TH/s * hashprice - 3050 W * 24 h/day * hosting) to USD/day'];

/** Every setting can reach a formula (each figure's metrics are variables), so the figure reads them all. */
export const formulasInputs = paramSpecs.map((s) => s.key) as readonly ScenarioKey[];

export const formulasSource = (c: Pick<FigureContext, 'sources'>) =>
  `Your formulas, evaluated with mathjs over this scenario's inputs and every figure's numbers (No Floor's model, which rests on ${c.sources.S000}, ${c.sources.S001}, ${c.sources.S002} and ${c.sources.S003}).`;

/** A formula as a CSV cell: text a spreadsheet would run as a formula (=, +, −, @ first) is quoted with a leading apostrophe. */
export const csvSafe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** "Cell 2 · 0.47 PH/s" – a result as the page reads it, or why there is none. */
function resultText(r: CellResult | undefined): string {
  if (!r) return 'not evaluated yet';
  return r.ok ? `${r.assigned ? `${r.assigned} = ` : ''}${r.text}` : `error: ${r.error}`;
}

const columns: Column<FormulaRow>[] = [
  { key: 'cell', label: 'Cell', unit: '', numeric: true, value: (r) => r.n, text: (r) => String(r.n) },
  { key: 'formula', label: 'Formula', unit: '', numeric: false, value: (r) => csvSafe(r.formula), text: (r) => r.formula },
  { key: 'value', label: 'Result', unit: '', numeric: true, value: (r) => (r.result?.ok ? r.result.value : ''), text: (r) => resultText(r.result) },
  { key: 'unit', label: 'Unit', unit: '', numeric: false, value: (r) => (r.result?.ok ? r.result.unit : ''), text: (r) => (r.result?.ok ? r.result.unit || 'plain number' : '') },
  { key: 'error', label: 'Error', unit: '', numeric: false, value: (r) => (r.result && !r.result.ok ? r.result.error : ''), text: (r) => (r.result && !r.result.ok ? r.result.error : '') },
];

/** The cells a block shows: the link's, else its seed cells. */
export function shownCells(s: Pick<Scenario, 'cells'>, seed: readonly string[] = defaultSeedCells): { cells: string[]; seeded: boolean } {
  const fromLink = splitCells(s.cells);
  return fromLink.length ? { cells: fromLink, seeded: false } : { cells: [...seed], seeded: true };
}

/**
 * The formulas figure for cells and the engine's results for them (null while it has not
 * answered). Each cell with a value is a metric `cell-<n>` in the unit the engine wrote it in.
 *
 * @example
 * formulasFigure(defaultScenario(), context, ['fleet = 300', 'fleet * 2'], [{ ok: true, text: '300', value: 300, unit: '', assigned: 'fleet', error: '' }, { ok: true, text: '600', value: 600, unit: '', error: '' }], true).metrics[1] // { name: 'cell-2', value: 600, text: '600', … }
 */
export function formulasFigure(_s: Scenario, context: Pick<FigureContext, 'sources'>, cells: readonly string[], results: readonly CellResult[] | null, seeded: boolean): FormulasFigure {
  const rows: FormulaRow[] = cells.map((formula, i) => ({ n: i + 1, formula, result: results?.[i] }));
  const metrics: Metric[] = rows.flatMap((r) =>
    r.result?.ok ? [{ name: `cell-${r.n}`, label: `Cell ${r.n}: ${r.formula}`, value: r.result.value, unit: r.result.unit, text: r.result.text, textUnit: '' }] : [],
  );
  const errors = rows.filter((r) => r.result && !r.result.ok).length;
  const last = metrics.at(-1);
  const caption = !results
    ? `${cells.length} formula ${cells.length === 1 ? 'cell' : 'cells'}, not evaluated yet.`
    : `${cells.length} formula ${cells.length === 1 ? 'cell' : 'cells'}${last ? `; the last result, cell ${last.name.slice(5)}: ${last.text}` : ''}${errors ? `; ${errors} ${errors === 1 ? 'cell has an error' : 'cells have errors'}` : ''}.`;
  return {
    id: 'formulas',
    title: 'Your own arithmetic',
    metrics,
    // The card's boxes: the last two results, the ones the cells build up to.
    keyMetrics: metrics.slice(-2).map((m) => m.name),
    table: { caption: 'Formula cells and their results', columns, rows, rowKey: (r) => String(r.n), rowAttribute: 'data-row' },
    charts: [],
    caption,
    source: formulasSource(context),
    cells: [...cells],
    seeded,
    evaluated: results !== null,
    linkScenario: { cells: joinCells(cells) },
  };
}
