// What a formula can read at a scenario: every scenario input and every registered figure's
// metrics, named and with units (src/formula/variables.ts). Shared by the notebook worker, which
// answers the page's formula cells, and by the formulas figure's synchronous compute (the build's
// default image and embed, and the tests), so both evaluate against the same names and values.
import type { FigureEntry } from '../figures/registry.ts';
import type { FigureContext } from '../figures/context.ts';
import { loanStressFigure } from '../figures/loanStress.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { FormulaVariable } from './engine.ts';
import { formulaVariables, type NamedVariable } from './variables.ts';

export interface FormulaScope {
  /** By name, for the engine. */
  scope: Record<string, FormulaVariable>;
  /** In order, for the list of names a reader can use. */
  variables: Pick<NamedVariable, 'name' | 'unit' | 'label'>[];
}

/** Figures whose metrics are not formula variables: the formula cells themselves. */
const notVariables = new Set(['formulas']);

/**
 * The formula scope at a scenario: the registered figures computed once each (the stress test's
 * figure without its Monte Carlo, whose probabilities wait for its own worker; the formula cells'
 * figure left out, since cells cannot read cells of another notebook).
 *
 * @example
 * formulaScope(defaultScenario(), context, figureRegistry).scope.hashprice // { value: 33.96…, unit: 'USD / (PH / s) / day', label: 'Hashprice' }
 */
export function formulaScope(s: Scenario, context: FigureContext, entries: readonly Pick<FigureEntry, 'id' | 'compute'>[]): FormulaScope {
  const figures = entries.filter((e) => !notVariables.has(e.id)).map((e) => (e.id === 'loan-stress' ? loanStressFigure(s, context, null) : e.compute(s, context)));
  const named = formulaVariables(s, figures);
  return {
    scope: Object.fromEntries(named.map((v) => [v.name, { value: v.value, unit: v.unit, label: v.label }])),
    variables: named.map(({ name, unit, label }) => ({ name, unit, label })),
  };
}
