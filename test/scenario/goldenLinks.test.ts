// Golden links: links as readers shared them, with the figures they showed when recorded. A change
// that alters what an old link shows fails here, and must instead come with a new link format
// version and a migration (README, "Link stability policy").
//
// Links recorded under format 1 (canonical ends in v=1, or is empty) are read through the migration
// to format 2: the link they write back gains `hashrate=trend` and `v=2`, and every figure shows
// what it showed. A recorded bare address ("") is replayed as `?v=1`: the bare address itself now
// shows the current defaults (format 2, hashrate responding), which is the policy — a link that
// sets nothing promises nothing but "today's defaults".
//
// To record a NEW link: add { "link": "?…", "note": "…" } to golden-links.json and run
//   RECORD_GOLDEN_LINKS=1 npx vitest run test/scenario/goldenLinks.test.ts
// Recording fills in only entries that have no figures yet; it never rewrites a recorded one. A
// recorded value is corrected by hand only where the recording was wrong about what the link showed
// (the entry's "corrected" says why), never to follow a change of meaning.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLink, serializeLink } from '../../src/scenario/link.ts';
import { linkFormatVersion } from '../../src/scenario/schema.ts';
import { linkContextFor } from '../../src/figures/context.ts';
import { figureRegistry } from '../../src/figures/registry.ts';
import type { Figure } from '../../src/figures/types.ts';
import { catalogue, testContext } from '../helpers/figureContext.ts';
import { isClose } from '../helpers/close.ts';

interface Recorded {
  link: string;
  note: string;
  recorded?: string;
  /** Why a recorded value was corrected, and when: only a value the recording itself got wrong. */
  corrected?: string;
  /** The catalogue at recording time: figures are recomputed over these machines only. */
  machines?: string[];
  canonical?: string;
  notices?: string[];
  figures?: Record<string, { metrics: Record<string, number>; rows?: Record<string, Record<string, number>> }>;
}

const file = fileURLToPath(new URL('./golden-links.json', import.meta.url));
const golden: Recorded[] = JSON.parse(readFileSync(file, 'utf8'));

function snapshot(fig: Figure): { metrics: Record<string, number>; rows?: Record<string, Record<string, number>> } {
  const metrics = Object.fromEntries(fig.metrics.map((m) => [m.name, m.value]));
  const metricColumns = fig.table.columns.filter((c) => c.metric);
  if (metricColumns.length === 0) return { metrics };
  const rows = Object.fromEntries(fig.table.rows.map((r) => [fig.table.rowKey(r), Object.fromEntries(metricColumns.map((c) => [c.metric!, Number(c.value(r))]))]));
  return { metrics, rows };
}

/** The format a recorded link was written in: the `v` of its canonical form (1 for the recorded bare address). */
const formatOf = (entry: Recorded) => Number(new URLSearchParams(entry.canonical ?? '').get('v') ?? (entry.link === '' ? 1 : linkFormatVersion));

/** The link replayed: a bare address recorded under format 1 is replayed as `?v=1`. */
const replayed = (entry: Recorded) => (entry.link === '' && entry.figures && formatOf(entry) === 1 ? '?v=1' : entry.link);

/**
 * What a format-1 canonical link writes back today: the same parameters, then `hashrate=trend`
 * (the migration; it sorts after every format-1 key), then `v=2`, then the passthrough.
 */
function migratedCanonical(canonical: string): string {
  const [before, after = ''] = canonical === '' ? ['', ''] : canonical.split(/&?v=1/);
  return `${before ? `${before}&` : ''}hashrate=trend&v=${linkFormatVersion}${after}`;
}

function compute(entry: Recorded) {
  const machines = entry.machines ? catalogue.filter((m) => entry.machines!.includes(m.id)) : catalogue;
  const parsed = parseLink(replayed(entry), linkContextFor(catalogue));
  const context = testContext(machines);
  return {
    parsed,
    canonical: serializeLink(parsed.scenario, parsed.passthrough),
    notices: parsed.notices.map((n) => `${n.kind}:${n.key}`),
    figures: Object.fromEntries(figureRegistry.map((f) => [f.id, snapshot(f.compute(parsed.scenario, context))])),
  };
}

if (process.env.RECORD_GOLDEN_LINKS) {
  let added = 0;
  for (const entry of golden) {
    if (entry.figures) continue;
    const now = compute(entry);
    Object.assign(entry, { recorded: new Date().toISOString().slice(0, 10), machines: catalogue.map((m) => m.id), canonical: now.canonical, notices: now.notices, figures: now.figures });
    added++;
  }
  if (added) writeFileSync(file, JSON.stringify(golden, null, 2) + '\n');
}

describe('golden links (formats 1 and 2)', () => {
  it('has recorded figures for every link', () => {
    expect(golden.filter((g) => !g.figures).map((g) => g.link)).toEqual([]);
  });

  it.each(golden.filter((g) => g.figures).map((g) => [g.link || '(no query)', g] as const))('%s still shows what it showed', (_link, entry) => {
    const now = compute(entry);
    expect(now.canonical, 'the link it writes back').toBe(formatOf(entry) === 1 ? migratedCanonical(entry.canonical!) : entry.canonical);
    expect(now.notices, 'what the page says it changed').toEqual(entry.notices);
    for (const [id, want] of Object.entries(entry.figures!)) {
      const got = now.figures[id];
      expect(got, `figure ${id}`).toBeDefined();
      // Every recorded metric is still there (a figure may gain new ones; it may not lose or change one).
      expect(Object.keys(want.metrics).filter((name) => !(name in got!.metrics)), `${id}: metrics it no longer shows`).toEqual([]);
      for (const [name, value] of Object.entries(want.metrics)) {
        expect(isClose(got!.metrics[name]!, value, 1e-12, 1e-12), `${id} ${name}: was ${value}, now ${got!.metrics[name]}`).toBe(true);
      }
      for (const [row, values] of Object.entries(want.rows ?? {})) {
        for (const [name, value] of Object.entries(values)) {
          expect(isClose(got!.rows?.[row]?.[name] ?? NaN, value, 1e-12, 1e-12), `${id} row ${row} ${name}: was ${value}, now ${got!.rows?.[row]?.[name]}`).toBe(true);
        }
      }
    }
  });
});
