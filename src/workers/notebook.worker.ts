// The formula cells' arithmetic off the main thread (a module Web Worker; src/widgets/formulaWorker.ts
// starts one per page when a formula block first needs an answer). It computes every registered figure at the reader's
// scenario (the stress test's view model without its Monte Carlo, whose metrics wait for its own
// worker), names their metrics as formula variables and evaluates the cells with the formula
// engine (mathjs). Being a worker, its code is a bundle of its own: neither mathjs nor the figure
// registry enters any page's chunks, so no page's first-load JS changes.
//
// Protocol, each request tagged with an id the reply repeats:
//   in:  { id, scenario, cells, context? }   context (the page's figure context) once, in the first request
//   out: { id, type: 'done', results: CellResult[], variables: { name, unit, label }[] }
//        { id, type: 'error', message }
import { figureRegistry } from '../figures/registry.ts';
import type { FigureContext } from '../figures/context.ts';
import type { Scenario } from '../scenario/schema.ts';
import { evaluateCells, type CellResult } from '../formula/cells.ts';
import { evaluateFormula } from '../formula/engine.ts';
import { formulaScope, type FormulaScope } from '../formula/scope.ts';

export interface NotebookRequest {
  id: number;
  scenario: Scenario;
  cells: string[];
  context?: FigureContext;
}
export type NotebookVariable = FormulaScope['variables'][number];
export type NotebookReply = { id: number; type: 'done'; results: CellResult[]; variables: NotebookVariable[] } | { id: number; type: 'error'; message: string };

let context: FigureContext | undefined;
let last: (FormulaScope & { key: string }) | undefined;

/** The variables at a scenario; the figures are recomputed only when a setting other than the cells changed. */
function variablesAt(s: Scenario, c: FigureContext): FormulaScope {
  const key = JSON.stringify({ ...s, cells: '' });
  if (last?.key !== key) last = { key, ...formulaScope(s, c, figureRegistry) };
  return last;
}

self.onmessage = (event: MessageEvent<NotebookRequest>) => {
  const { id, scenario, cells } = event.data;
  if (event.data.context) context = event.data.context;
  try {
    if (!context) throw new Error('the notebook worker has no figure context');
    const { scope, variables } = variablesAt(scenario, context);
    const results = evaluateCells(cells, scope, evaluateFormula);
    self.postMessage({ id, type: 'done', results, variables } satisfies NotebookReply);
  } catch (error) {
    self.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies NotebookReply);
  }
};
