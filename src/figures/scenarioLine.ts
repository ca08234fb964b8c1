import { defaultScenario, spec, type Scenario, type ScenarioKey } from '../scenario/schema.ts';
import { effectiveSubsidyBtc } from '../scenario/market.ts';
import { dateLabel, difficultyT, usdPerKwh, usdWhole } from '../format/index.ts';
import type { FigureContext } from './context.ts';

const main = ['price', 'diff', 'kwh', 'date'] as const;

/**
 * One line that names the scenario a figure shows: the three market inputs and the date, then
 * every other input the figure reads that differs from the defaults, each with its unit.
 *
 * @example
 * scenarioLine(defaultScenario(), ['price', 'diff', 'kwh', 'date']) // "BTC $76,176 · difficulty 141 T · power $0.060/kWh · 2 Feb 2026 (3.125 BTC subsidy)"
 * scenarioLine({ ...defaultScenario(), pool: 2 }, ['price', 'pool']) // "… · Pool fee 2.0 %"
 */
export function scenarioLine(s: Scenario, inputs: readonly ScenarioKey[], context?: Pick<FigureContext, 'machines'>): string {
  const defaults = defaultScenario() as unknown as Record<string, unknown>;
  const values = s as unknown as Record<string, number | string | null>;
  const parts = [
    `BTC ${usdWhole(s.price)}`,
    `difficulty ${difficultyT(s.diff)} T`,
    `power ${usdPerKwh(s.kwh)}/kWh`,
    `${dateLabel(s.date)} (${effectiveSubsidyBtc(s)} BTC subsidy)`,
  ];
  for (const key of inputs) {
    if ((main as readonly string[]).includes(key) || values[key] === defaults[key]) continue;
    const p = spec(key);
    const v = values[key];
    if (v === null || v === undefined) continue;
    if (key === 'machine') {
      const name = v === 'custom' ? 'your own machine' : (context?.machines.find((m) => m.id === v)?.model ?? String(v));
      parts.push(`machine: ${name}`);
    } else if (p.kind === 'number' && typeof v === 'number') {
      parts.push(`${p.label} ${p.describe(v)}`);
    } else if (p.kind === 'text' && typeof v === 'string') {
      parts.push(`${p.label}: ${p.describe(v)}`);
    }
  }
  return parts.join(' · ');
}
