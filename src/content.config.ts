import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

const machines = defineCollection({
  loader: file('content/machines.json'),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    maker: z.string(),
    model: z.string(),
    terahashPerSecond: z.number().positive(),
    watts: z.number().positive(),
    releaseYear: z.number().int().min(2013).max(2030),
    cooling: z.enum(['air', 'hydro', 'immersion']),
    source: z.string().min(1),
    confirmed: z.boolean(),
  }),
});

const sources = defineCollection({
  loader: file('content/sources.json'),
  schema: z.object({
    id: z.string(),
    /** How the essay names the document to readers (citation labels, the ledger, the recovery table): never the id. */
    name: z.string().min(1),
    /** The same, short enough for the ledger's source links. */
    shortName: z.string().min(1).max(32),
    file: z.string(),
    title: z.string(),
    subtitle: z.string().optional(),
    author: z.string(),
    publisher: z.string(),
    date: z.string(),
    note: z.string().optional(),
  }),
});

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: z.object({
    title: z.string(),
    order: z.number().int(),
    description: z.string(),
    scenarioNote: z.string(),
  }),
});

export const collections = { machines, sources, chapters };
