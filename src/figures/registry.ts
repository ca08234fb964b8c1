import type { Scenario, ScenarioKey } from '../scenario/schema.ts';
import type { FigureContext } from './context.ts';
import type { Figure } from './types.ts';
import { hashpriceFigure, hashpriceInputs, hashpriceSource } from './hashprice.ts';
import { machineMarginsFigure, machineMarginsInputs, machineMarginsSource } from './machineMargins.ts';
import { floorValueFigure, floorValueInputs, floorValueSource } from './floorValue.ts';
import { depreciationFigure, depreciationInputs, depreciationSource } from './depreciation.ts';
import { recoveryFigure, recoveryInputs, recoverySource } from './recovery.ts';
import { energyPositionFigure, energyPositionInputs, energyPositionSource } from './energyPosition.ts';
import { retargetFigure, retargetInputs, retargetSource } from './retarget.ts';
import { costCurveFigure, costCurveInputs, costCurveSource } from './costCurve.ts';
import { hashrateResponseFigure, hashrateResponseInputs, hashrateResponseSource } from './hashrateResponse.ts';
import { securityBudgetFigure, securityBudgetInputs, securityBudgetSource } from './securityBudget.ts';
import { debtServiceFigure, debtServiceInputs, debtServiceSource } from './debtService.ts';
import { loanDenominationFigure, loanDenominationInputs, loanDenominationSource } from './loanDenomination.ts';
import { linkedPaymentsFigure, linkedPaymentsInputs, linkedPaymentsSource } from './linkedPayments.ts';
import { loanStressFigureNow, loanStressInputs, loanStressSource } from './loanStress.ts';
import { siteUseFigure, siteUseInputs, siteUseSource } from './siteUse.ts';
import { flexibleLoadFigure, flexibleLoadInputs, flexibleLoadSource } from './flexibleLoad.ts';
import { hostingFigure, hostingInputs, hostingSource } from './hosting.ts';
import { hedgeFigure, hedgeInputs, hedgeSource } from './hedge.ts';
import { treasuryFigure, treasuryInputs, treasurySource } from './treasury.ts';
import { capitalStackFigure, capitalStackInputs, capitalStackSource } from './capitalStack.ts';
import { financingFigure, financingInputs, financingSource } from './financing.ts';
import { timelineFigure, timelineInputs, timelineSource } from './timeline.ts';
import { formulasInputs, formulasSource } from './formulas.ts';
import { formulasFigureNow } from './formulasNow.ts';

/**
 * One entry per figure. The registry drives the embed pages (/embed/<id>/), the embed dialog,
 * the build-time images (/figures/<id>.png) and the figure anchors in the chapters.
 */
export interface FigureEntry {
  id: string;
  /** A title that does not depend on the scenario (the figure's own title may name the machine). */
  title: string;
  /** The content collection id of the chapter that shows it (content/chapters/<chapter>.mdx). */
  chapter: string;
  /** The element id the figure's root carries in the chapter: links to it scroll there. */
  anchor: string;
  /** The scenario keys the figure reads (a test checks it reads no others). */
  inputs: readonly ScenarioKey[];
  compute: (scenario: Scenario, context: FigureContext) => Figure;
  /** The Svelte widget that renders it (src/widgets/<component>.svelte). */
  component: string;
  /** The build-time image of the default scenario. */
  image: string;
  /** Height of the embed at 640 px wide, reserved before the host script resizes it, px. */
  embedHeight: number;
  /** The figure's source line: which documents (by the names in the context) and which model. */
  source: (context: Pick<FigureContext, 'sources'>) => string;
}

function entry(e: Omit<FigureEntry, 'anchor' | 'image'>): FigureEntry {
  return { ...e, anchor: `figure-${e.id}`, image: `/figures/${e.id}.png` };
}

export const figureRegistry: readonly FigureEntry[] = [
  entry({
    id: 'hashprice',
    title: 'Hashprice: what one TH/s earns in a day',
    chapter: '01-what-a-terahash-earns',
    inputs: hashpriceInputs,
    compute: hashpriceFigure,
    component: 'HashpriceWidget',
    embedHeight: 900,
    source: hashpriceSource,
  }),
  entry({ id: 'machine-margins', title: 'Machine margins', chapter: '01-what-a-terahash-earns', inputs: machineMarginsInputs, compute: machineMarginsFigure, component: 'MachineMargins', embedHeight: 1500, source: machineMarginsSource }),
  entry({ id: 'floor-value', title: 'What is a mining machine worth?', chapter: '02-no-floor', inputs: floorValueInputs, compute: floorValueFigure, component: 'FloorValue', embedHeight: 1500, source: floorValueSource }),
  entry({ id: 'depreciation', title: 'Two axes of depreciation', chapter: '02-no-floor', inputs: depreciationInputs, compute: depreciationFigure, component: 'Depreciation', embedHeight: 800, source: depreciationSource }),
  entry({ id: 'recovery', title: 'What a forced sale recovers', chapter: '02-no-floor', inputs: recoveryInputs, compute: recoveryFigure, component: 'Recovery', embedHeight: 700, source: recoverySource }),
  entry({ id: 'energy-position', title: 'The same machines, two power contracts', chapter: '02-no-floor', inputs: energyPositionInputs, compute: energyPositionFigure, component: 'EnergyPosition', embedHeight: 1500, source: energyPositionSource }),
  entry({ id: 'retarget', title: 'One retarget', chapter: '03-hashrate-answers-back', inputs: retargetInputs, compute: retargetFigure, component: 'Retarget', embedHeight: 900, source: retargetSource }),
  entry({ id: 'cost-curve', title: 'The fleet’s cost curve', chapter: '03-hashrate-answers-back', inputs: costCurveInputs, compute: costCurveFigure, component: 'CostCurve', embedHeight: 1200, source: costCurveSource }),
  entry({ id: 'hashrate-response', title: 'The forward path, two ways', chapter: '03-hashrate-answers-back', inputs: hashrateResponseInputs, compute: hashrateResponseFigure, component: 'HashrateResponse', embedHeight: 1500, source: hashrateResponseSource }),
  entry({ id: 'security-budget', title: 'What security costs', chapter: '03-hashrate-answers-back', inputs: securityBudgetInputs, compute: securityBudgetFigure, component: 'SecurityBudget', embedHeight: 1000, source: securityBudgetSource }),
  entry({ id: 'debt-service', title: 'Debt service', chapter: '04-underwriting-hashprice', inputs: debtServiceInputs, compute: debtServiceFigure, component: 'DebtService', embedHeight: 1500, source: debtServiceSource }),
  entry({ id: 'loan-denomination', title: 'USD or BTC', chapter: '04-underwriting-hashprice', inputs: loanDenominationInputs, compute: loanDenominationFigure, component: 'LoanDenomination', embedHeight: 1000, source: loanDenominationSource }),
  entry({ id: 'linked-payments', title: 'Hashprice-linked payments', chapter: '04-underwriting-hashprice', inputs: linkedPaymentsInputs, compute: linkedPaymentsFigure, component: 'LinkedPayments', embedHeight: 1200, source: linkedPaymentsSource }),
  // compute runs the simulation synchronously: for the build and tests. The page runs it in a worker (src/workers/stress.worker.ts).
  entry({ id: 'loan-stress', title: 'Stress test', chapter: '04-underwriting-hashprice', inputs: loanStressInputs, compute: loanStressFigureNow, component: 'LoanStress', embedHeight: 1100, source: loanStressSource }),
  entry({ id: 'site-use', title: 'One megawatt, two uses', chapter: '05-power-is-the-collateral', inputs: siteUseInputs, compute: siteUseFigure, component: 'SiteUse', embedHeight: 1300, source: siteUseSource }),
  entry({ id: 'flexible-load', title: 'Flexible load', chapter: '05-power-is-the-collateral', inputs: flexibleLoadInputs, compute: flexibleLoadFigure, component: 'FlexibleLoad', embedHeight: 1300, source: flexibleLoadSource }),
  entry({ id: 'hosting', title: 'Hosting contracts', chapter: '05-power-is-the-collateral', inputs: hostingInputs, compute: hostingFigure, component: 'Hosting', embedHeight: 1400, source: hostingSource }),
  entry({ id: 'hedge', title: 'Hedge or not', chapter: '05-power-is-the-collateral', inputs: hedgeInputs, compute: hedgeFigure, component: 'Hedge', embedHeight: 1100, source: hedgeSource }),
  entry({ id: 'treasury', title: 'Treasury', chapter: '06-balance-sheets', inputs: treasuryInputs, compute: treasuryFigure, component: 'Treasury', embedHeight: 1300, source: treasurySource }),
  entry({ id: 'capital-stack', title: 'Capital stack in a bear case', chapter: '06-balance-sheets', inputs: capitalStackInputs, compute: capitalStackFigure, component: 'CapitalStack', embedHeight: 1300, source: capitalStackSource }),
  entry({ id: 'financing', title: 'Financing through the cycle', chapter: '06-balance-sheets', inputs: financingInputs, compute: financingFigure, component: 'Financing', embedHeight: 1000, source: financingSource }),
  entry({ id: 'timeline', title: 'One cycle, dated', chapter: '07-one-cycle-dated', inputs: timelineInputs, compute: timelineFigure, component: 'Timeline', embedHeight: 1300, source: timelineSource }),
  // The reader's formula cells over every other figure (compute evaluates them with the engine: for the build and tests; pages use the notebook worker).
  entry({ id: 'formulas', title: 'Your own arithmetic', chapter: '01-what-a-terahash-earns', inputs: formulasInputs, compute: (s, c) => formulasFigureNow(s, c, figureRegistry), component: 'FormulaCells', embedHeight: 700, source: formulasSource }),
];

export type FigureId = (typeof figureRegistry)[number]['id'];

/**
 * A registry entry by id. Throws with the known ids (a programming error or a bad build path).
 *
 * @example
 * figureEntry('floor-value').chapter // "02-no-floor"
 */
export function figureEntry(id: string): FigureEntry {
  const found = figureRegistry.find((f) => f.id === id);
  if (!found) throw new Error(`no figure "${id}" in the registry; ids are: ${figureRegistry.map((f) => f.id).join(', ')}`);
  return found;
}
