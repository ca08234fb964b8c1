import { budgetAfterHalvingUsdPerDay, feeShare, hashrateFromMegawattsEhPerSecond, majorityAttackCost, securityBudgetUsdPerDay, securityBudgetUsdPerThDay } from '../model/securityBudget.ts';
import { networkHashrateEhPerSecond } from '../model/difficulty.ts';
import { meanJoulesPerTerahash } from '../model/fleetCurve.ts';
import { thPerEh } from '../model/constants.ts';
import { effectiveSubsidyBtc } from '../scenario/market.ts';
import { fleetClasses } from '../scenario/paths.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { MachineRef } from '../catalogue/machine.ts';
import { number, percent, usd, usdCompact, usdPerKwh, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import { studiedMachine } from './projectionShared.ts';
import { makeMetric, quoted, type Column, type Figure, type Metric } from './types.ts';

export interface BudgetRow {
  key: string;
  item: string;
  value: number;
  unit: string;
  text: string;
  basis: string;
}

export interface SecurityBudgetFigure extends Figure<BudgetRow, never> {
  machine: MachineRef;
}

export const securityBudgetInputs = ['price', 'diff', 'fees', 'subsidy', 'date', 'cost', 'machine', 'ths', 'watts', 'kwh', 'aimw', 'fleet'] as const;

/** The figure's source line. */
export const securityBudgetSource = (c: Pick<FigureContext, 'sources'>) =>
  `Hut 8's 245 MW River Bend lease and the "3.5 cents per terahash" framing from ${c.sources.S003}; the attacker's hardware at the scenario's price per TH; the rest from the model.`;

/** "3.40¢": US cents, for a hashprice per TH. */
const cents = (usdValue: number) => `${number(usdValue * 100, 2)}¢`;

const columns: Column<BudgetRow>[] = [
  { key: 'item', label: 'Item', unit: '', numeric: false, value: (r) => r.item, text: (r) => r.item },
  { key: 'value', label: 'Value', unit: '', numeric: true, value: (r) => r.value, text: (r) => r.text },
  { key: 'unit', label: 'Unit', unit: '', numeric: false, value: (r) => r.unit, text: (r) => r.unit },
  { key: 'basis', label: 'How it is computed', unit: '', numeric: false, value: (r) => r.basis, text: (r) => r.basis },
];

/**
 * What the network pays for its security and what breaking it would cost: the dollars paid to
 * miners a day (subsidy and fees × 144 × price), per TH/s, the fees' share, the budget after the
 * next halving; an attacker adding as much hashrate as the honest network (hardware at the
 * scenario's $/TH, power at the studied machine's J/TH and the scenario's power price); and the
 * hashrate that mining sites converted to AI used to run, at the fleet's average efficiency.
 *
 * @example
 * const f = securityBudgetFigure(defaultScenario(), context);
 * metric(f, 'security-usd-day').value // 3.125 × 144 × 76,176 = 34,279,200
 */
export function securityBudgetFigure(s: Scenario, context: FigureContext): SecurityBudgetFigure {
  const subsidyBtc = effectiveSubsidyBtc(s);
  const market = { priceUsdPerBtc: s.price, subsidyBtc, feesBtcPerBlock: s.fees };
  const perDay = securityBudgetUsdPerDay(market);
  const perTh = securityBudgetUsdPerThDay({ ...market, difficultyT: s.diff });
  const fees = feeShare(market);
  const afterHalving = budgetAfterHalvingUsdPerDay(market);
  const networkEh = networkHashrateEhPerSecond(s.diff);
  const machine = studiedMachine(s, context);
  const machineJ = machine.watts / machine.terahashPerSecond;
  const attack = majorityAttackCost({ networkTerahashPerSecond: networkEh * thPerEh, usdPerTerahash: s.cost, joulesPerTerahash: machineJ, usdPerKwh: s.kwh });
  const fleetJ = meanJoulesPerTerahash(fleetClasses(s));
  const aiEh = hashrateFromMegawattsEhPerSecond(s.aimw, fleetJ);
  const metrics: Metric[] = [
    makeMetric('security-usd-day', 'Paid to miners a day: the security budget', perDay, 'USD per day', usdWhole),
    makeMetric('security-usd-per-th-day', 'Per TH/s of the network a day', perTh, 'USD per TH/s per day', cents, 'per TH/s per day'),
    makeMetric('fee-share', 'Share of it paid in fees', fees, 'fraction', (v) => percent(v, 1)),
    quoted(makeMetric('security-usd-day-after-halving', 'The same after the next halving', afterHalving, 'USD per day', usdWhole)),
    makeMetric('majority-hardware-usd', `Hardware to match the network (${usd(s.cost)} per TH)`, attack.hardwareUsd, 'USD', usdCompact),
    makeMetric('majority-power-usd-day', `Power to run it a day (${machine.model}, ${usdPerKwh(s.kwh)}/kWh)`, attack.powerUsdPerDay, 'USD per day', usdWhole),
    quoted(makeMetric('majority-power-mw', 'Power the attacker must draw', attack.powerMegawatts, 'MW', (v) => number(v))),
    makeMetric('ai-ehs', `Hashrate ${number(s.aimw)} MW of mining ran (at ${number(fleetJ, 1)} J/TH)`, aiEh, 'EH/s', (v) => number(v, 1)),
    quoted(makeMetric('ai-share', 'As a share of the network', aiEh / networkEh, 'fraction of network hashrate', (v) => percent(v, 2))),
    quoted(makeMetric('network-ehs', 'Network hashrate implied by difficulty', networkEh, 'EH/s', (v) => number(v))),
  ];
  const rows: BudgetRow[] = [
    { key: 'budget', item: 'Security budget', value: perDay, unit: 'USD per day', text: usdWhole(perDay), basis: `(${number(subsidyBtc, 4)} + ${number(s.fees, 3)} BTC) × 144 blocks × ${usdWhole(s.price)}` },
    { key: 'per-th', item: 'Per TH/s', value: perTh, unit: 'USD per TH/s per day', text: cents(perTh), basis: `÷ ${number(networkEh)} EH/s implied by ${number(s.diff, 1)} T` },
    { key: 'fees', item: 'Fee share', value: fees, unit: 'fraction', text: percent(fees, 1), basis: 'fees ÷ (subsidy + fees)' },
    { key: 'after-halving', item: 'After the next halving', value: afterHalving, unit: 'USD per day', text: usdWhole(afterHalving), basis: 'half the subsidy, the same fees and price' },
    { key: 'hardware', item: 'Attacker’s hardware', value: attack.hardwareUsd, unit: 'USD', text: usdWhole(attack.hardwareUsd), basis: `${number(networkEh)} EH/s × ${usd(s.cost)} per TH` },
    { key: 'power', item: 'Attacker’s power', value: attack.powerUsdPerDay, unit: 'USD per day', text: usdWhole(attack.powerUsdPerDay), basis: `${number(attack.powerMegawatts)} MW at ${number(machineJ, 1)} J/TH, 24 h × ${usdPerKwh(s.kwh)}/kWh` },
    { key: 'ai', item: 'Hashrate of sites converted to AI', value: aiEh, unit: 'EH/s', text: number(aiEh, 1), basis: `${number(s.aimw)} MW ÷ ${number(fleetJ, 1)} J/TH (the fleet's average)` },
  ];
  return {
    id: 'security-budget',
    title: 'What security costs',
    machine,
    metrics,
    table: { caption: `The security budget and the cost of a majority at ${usdWhole(s.price)} per BTC and ${number(s.diff, 1)} T`, columns, rows, rowKey: (r) => r.key, rowAttribute: 'data-row' },
    charts: [],
    caption: `At ${usdWhole(s.price)} per BTC the network pays miners ${usdWhole(perDay)} a day, ${cents(perTh)} per TH/s (${percent(fees, 1)} of it in fees; ${usdWhole(afterHalving)} after the next halving); matching its hashrate would take ${usdWhole(attack.hardwareUsd)} of machines and ${usdWhole(attack.powerUsdPerDay)} of power a day; ${number(s.aimw)} MW converted to AI ran about ${number(aiEh, 1)} EH/s.`,
    source: securityBudgetSource(context),
    keyMetrics: ['security-usd-day', 'security-usd-per-th-day', 'majority-hardware-usd', 'ai-ehs'],
    texts: { machine: machine.model },
  };
}
