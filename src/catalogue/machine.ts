/** One machine in the catalogue (content/machines.json). */
export interface CatalogueMachine {
  /** Lowercase maker-model slug, e.g. "antminer-s21-xp-hydro". */
  id: string;
  maker: string;
  model: string;
  terahashPerSecond: number;
  watts: number;
  releaseYear: number;
  cooling: 'air' | 'hydro' | 'immersion';
  /** Where the spec comes from. */
  source: string;
  /** False when the spec could not be checked against a document or datasheet. */
  confirmed: boolean;
}

/** What a widget needs of a machine: enough to compute and to label it. */
export type MachineRef = Pick<CatalogueMachine, 'id' | 'maker' | 'model' | 'terahashPerSecond' | 'watts' | 'confirmed'>;

/** Id of the reader's own machine in tables and links. */
export const customMachineId = 'custom';

/**
 * The reader's custom machine as a catalogue-like entry, or null when the scenario has none.
 *
 * @example
 * customMachine(200, 3500) // { id: "custom", model: "Your machine", terahashPerSecond: 200, watts: 3500, … }
 */
export function customMachine(ths: number | null, watts: number | null): MachineRef | null {
  if (ths === null || watts === null) return null;
  return { id: customMachineId, maker: 'Custom', model: 'Your machine', terahashPerSecond: ths, watts, confirmed: true };
}

/**
 * The machine a scenario studies: the catalogue entry with that id, or the reader's own machine
 * for "custom". Falls back to the first catalogue machine if the id is unknown (the link parser
 * has already said so).
 *
 * @example
 * resolveMachine('custom', catalogue, customMachine(200, 3500))?.model // "Your machine"
 */
export function resolveMachine(id: string, machines: readonly MachineRef[], custom: MachineRef | null): MachineRef {
  if (id === customMachineId && custom) return custom;
  const found = machines.find((m) => m.id === id) ?? machines[0];
  if (!found) throw new Error('resolveMachine: the catalogue is empty');
  return found;
}
