import { ascending } from 'd3-array';
import { machineDay, type MachineDay, type MachineSpec, type MarketInputs } from './machineEconomics.ts';

/**
 * Every machine's day at one market, sorted by electricity cost ratio (cheapest share of revenue
 * first; ties by id). The input array is not mutated.
 *
 * @example
 * fleetDays([{ id: 'a', terahashPerSecond: 100, watts: 3000 }, { id: 'b', terahashPerSecond: 473, watts: 5676 }], market)
 *   .map((r) => r.machine.id) // ["b", "a"]: 12 J/TH spends a smaller share of revenue on power than 30 J/TH
 */
export function fleetDays<M extends MachineSpec & { id: string }>(machines: readonly M[], market: MarketInputs): { machine: M; day: MachineDay }[] {
  return machines
    .map((machine) => ({ machine, day: machineDay(machine, market) }))
    .sort((a, b) => ascending(a.day.costRatio, b.day.costRatio) || ascending(a.machine.id, b.machine.id));
}

/**
 * How many machines lose money on power alone (cost ratio above 1).
 *
 * @example
 * countLosingOnPower([{ day: { costRatio: 0.5 } }, { day: { costRatio: 1.2 } }]) // 1
 */
export function countLosingOnPower(rows: readonly { day: Pick<MachineDay, 'costRatio'> }[]): number {
  return rows.filter((r) => r.day.costRatio > 1).length;
}
