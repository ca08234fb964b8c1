/**
 * The machine catalogue (content/machines.json) as the chapters' ledgers read it: a machine by id,
 * failing loudly on a typo.
 *
 * @example
 * catalogueMachine('antminer-s21-xp-hydro').watts // 5676
 */
import machinesJson from '../../content/machines.json' with { type: 'json' };
import type { CatalogueMachine } from '../catalogue/machine.ts';

const machines = machinesJson as CatalogueMachine[];

export function catalogueMachine(id: string): CatalogueMachine {
  const found = machines.find((m) => m.id === id);
  if (!found) throw new Error(`no machine "${id}" in content/machines.json; add it there or fix the id`);
  return found;
}
