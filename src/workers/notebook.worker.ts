// The notebook's arithmetic off the main thread (a module Web Worker; src/widgets/Notebook.svelte
// starts it when the notebook mounts). It computes every registered figure at the reader's
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
import { loanStressFigure } from '../figures/loanStress.ts';
import type { FigureContext } from '../figures/context.ts';
import type { Scenario } from '../scenario/schema.ts';
import { formulaVariables, type NamedVariable } from '../formula/variables.ts';
import { evaluateCells, type CellResult } from '../formula/cells.ts';
import { evaluateFormula, type FormulaVariable } from '../formula/engine.ts';

export interface NotebookRequest {
  id: number;
  scenario: Scenario;
  cells: string[];
  context?: FigureContext;
}
export type NotebookVariable = Pick<NamedVariable, 'name' | 'unit' | 'label'>;
export type NotebookReply = { id: number; type: 'done'; results: CellResult[]; variables: NotebookVariable[] } | { id: number; type: 'error'; message: string };

let context: FigureContext | undefined;
let last: { key: string; scope: Record<string, FormulaVariable>; variables: NotebookVariable[] } | undefined;

/** The variables at a scenario; the figures are recomputed only when a setting other than the cells changed. */
function variablesAt(s: Scenario, c: FigureContext) {
  const key = JSON.stringify({ ...s, cells: '' });
  if (last?.key === key) return last;
  const figures = figureRegistry.map((e) => (e.id === 'loan-stress' ? loanStressFigure(s, c, null) : e.compute(s, c)));
  const named = formulaVariables(s, figures);
  last = {
    key,
    scope: Object.fromEntries(named.map((v) => [v.name, { value: v.value, unit: v.unit, label: v.label }])),
    variables: named.map(({ name, unit, label }) => ({ name, unit, label })),
  };
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
