import { getCollection } from 'astro:content';
import type { MachineRef } from '../catalogue/machine.ts';

/** The catalogue trimmed to what widgets need, so the serialized island props stay small. */
export async function machineRefs(): Promise<MachineRef[]> {
  return (await getCollection('machines')).map(({ data }) => ({
    id: data.id,
    maker: data.maker,
    model: data.model,
    terahashPerSecond: data.terahashPerSecond,
    watts: data.watts,
    confirmed: data.confirmed,
  }));
}
