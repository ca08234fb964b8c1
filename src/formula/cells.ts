// A notebook's cells, evaluated in order: a cell that defines a name (`fleet = 300`) hands it to
// the cells below it. Pure, and free of mathjs: the evaluator is passed in (the formula engine's
// `evaluateFormula`, which pages load with import()), so this module can sit in any chunk.
import type { FormulaOutcome, FormulaValue, FormulaVariable } from './engine.ts';
import { cellSeparator } from '../scenario/schema.ts';

/** The `cells` link value as formulas: "a = 1~a * 2" → ["a = 1", "a * 2"]; '' → []. */
export function splitCells(value: string): string[] {
  return value === '' ? [] : value.split(cellSeparator);
}

/** Formulas as the `cells` link value: ["a = 1", "a * 2"] → "a = 1~a * 2". */
export function joinCells(cells: readonly string[]): string {
  return cells.join(cellSeparator);
}

/** One cell's result, flat for the widget: a value with its unit, or an error in plain words. */
export interface CellResult {
  ok: boolean;
  /** The value as the reader reads it ("16.06 USD / day"); '' on an error. */
  text: string;
  /** The number in `unit`; NaN on an error. */
  value: number;
  /** The unit as mathjs writes it ('' for a plain number or an error). */
  unit: string;
  /** The name this cell defines, if it is an assignment that succeeded. */
  assigned?: string;
  /** Why the cell has no value ('' when it has one). */
  error: string;
  /** 0-based character index the error points at, when known. */
  position?: number;
}

/** The engine's `evaluateFormula`, or anything with its signature. */
export type Evaluate = (formula: string, variables: Readonly<Record<string, FormulaVariable>>, defined: Readonly<Record<string, FormulaValue>>) => FormulaOutcome;

/**
 * Evaluates cells top to bottom; each sees the variables and the names the cells above it defined.
 * A cell that fails defines nothing, so a cell below that uses its name says the name is unknown.
 *
 * @example
 * evaluateCells(['fleet = 300', 'fleet * 2'], {}, evaluateFormula)
 * // [{ ok: true, text: '300', value: 300, unit: '', assigned: 'fleet', error: '' }, { ok: true, text: '600', value: 600, unit: '', error: '' }]
 */
export function evaluateCells(formulas: readonly string[], variables: Readonly<Record<string, FormulaVariable>>, evaluate: Evaluate): CellResult[] {
  const defined: Record<string, FormulaValue> = Object.create(null);
  return formulas.map((formula) => {
    const outcome = evaluate(formula, variables, { ...defined });
    if (!outcome.ok) return { ok: false, text: '', value: Number.NaN, unit: '', error: outcome.error, ...(outcome.position === undefined ? {} : { position: outcome.position }) };
    if (outcome.assigned) defined[outcome.assigned] = outcome.value;
    return { ok: true, text: outcome.text, value: outcome.value.value, unit: outcome.value.unit, error: '', ...(outcome.assigned ? { assigned: outcome.assigned } : {}) };
  });
}
