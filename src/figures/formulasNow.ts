// The formulas figure computed synchronously, engine and all: for the build (the default image,
// the embed page's server-rendered defaults) and the tests. Pages never import this module: they
// evaluate cells in the notebook worker (src/workers/notebook.worker.ts), so mathjs stays out of
// every page's chunks.
import type { Scenario } from '../scenario/schema.ts';
import { evaluateCells } from '../formula/cells.ts';
import { evaluateFormula } from '../formula/engine.ts';
import { formulaScope } from '../formula/scope.ts';
import type { FigureContext } from './context.ts';
import type { FigureEntry } from './registry.ts';
import { defaultSeedCells, formulasFigure, shownCells, type FormulasFigure } from './formulas.ts';

/**
 * The formulas figure at a scenario: the link's cells (or `seed`), evaluated against every other
 * registered figure's metrics.
 *
 * @example
 * formulasFigureNow(defaultScenario(), context, figureRegistry).metrics.at(-1)!.text // "−628.56 USD / day" (300 S19j Pros after $0.075/kWh hosting)
 */
export function formulasFigureNow(s: Scenario, context: FigureContext, entries: readonly Pick<FigureEntry, 'id' | 'compute'>[], seed: readonly string[] = defaultSeedCells): FormulasFigure {
  const { cells, seeded } = shownCells(s, seed);
  const { scope } = formulaScope(s, context, entries);
  return formulasFigure(s, context, cells, evaluateCells(cells, scope, evaluateFormula), seeded);
}
