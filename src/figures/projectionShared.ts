import { customMachine, resolveMachine, type MachineRef } from '../catalogue/machine.ts';
import { monthStartDate } from '../scenario/market.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Projection } from '../model/projection.ts';
import { monthLabel, number } from '../format/index.ts';
import type { FigureContext } from './context.ts';
import type { MonthMarker } from './types.ts';

/**
 * The machine a chapter-2 figure studies: the catalogue entry the scenario names, or the
 * reader's own machine.
 *
 * @example
 * studiedMachine(defaultScenario(), context).id // "antminer-s21-xp-hydro"
 */
export function studiedMachine(s: Scenario, context: FigureContext): MachineRef {
  return resolveMachine(s.machine, context.machines, customMachine(s.ths, s.watts));
}

const labels = new Map<string, string>();
/** "Apr 2028": the calendar month in which projected month `m` starts (labels kept, as dates repeat). */
export function monthText(s: Pick<Scenario, 'date'>): (m: number) => string {
  return (m) => {
    const key = `${s.date}|${m}`;
    let label = labels.get(key);
    if (label === undefined) {
      if (labels.size > 2_000) labels.clear();
      labels.set(key, (label = monthLabel(monthStartDate(s.date, m))));
    }
    return label;
  };
}

/** "can switch off" or "must run", for labels. */
/** "month 7 (Sep 2026)": a month index with its calendar month. */
export const monthWithDate = (m: number, month: (m: number) => string) => `month ${number(m)} (${month(m)})`;

export const modeText = (mode: string) => (mode === 'run' ? 'must run' : 'can switch off');

/**
 * The halving and first-losing-month markers of a projection, as one marker when both fall in
 * the same month (so their labels cannot collide).
 *
 * @example
 * projectionMarkers({ halvingMonth: 26, underwaterMonth: 26 }, (m) => `m${m}`) // [{ month: 26, label: "Halving and first losing month, m26", kind: "underwater" }]
 */
export function projectionMarkers(p: Pick<Projection, 'halvingMonth' | 'underwaterMonth'>, month: (m: number) => string, withDates = true): MonthMarker[] {
  const at = (m: number) => (withDates ? `, ${month(m)}` : '');
  if (p.halvingMonth !== null && p.halvingMonth === p.underwaterMonth) return [{ month: p.halvingMonth, label: `Halving and first losing month${at(p.halvingMonth)}`, kind: 'underwater' }];
  return [
    ...(p.halvingMonth === null ? [] : [{ month: p.halvingMonth, label: `Halving${at(p.halvingMonth)}`, kind: 'halving' as const }]),
    ...(p.underwaterMonth === null ? [] : [{ month: p.underwaterMonth, label: `First losing month${at(p.underwaterMonth)}`, kind: 'underwater' as const }]),
  ];
}

/**
 * How difficulty moves in a projection, in words, for notes and prose.
 *
 * @example
 * difficultyPathText({ hashrate: 'trend', growth: 2, leave: 3 }) // "grows 2 % a month whatever miners earn (the fixed trend)"
 */
export function difficultyPathText(s: Pick<Scenario, 'hashrate' | 'growth' | 'leave'>): string {
  const growth = `${number(s.growth, s.growth % 1 ? 1 : 0)} % a month`;
  return s.hashrate === 'trend'
    ? `grows ${growth} whatever miners earn (the fixed trend)`
    : `follows the network's hashrate, which answers hashprice: machines that lose money on power switch off, leave after ${number(s.leave)} ${s.leave === 1 ? 'month' : 'months'} idle, and the trend of ${growth} resumes only while all of them pay`;
}
