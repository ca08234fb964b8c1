// Every widget's data table has a summary the reader sees ("Table: …") and an accessible name for
// its scroll region that say, in words, what the table holds — not a placeholder or a component
// name. (Chapter 5's four widgets once shipped "Table: Hedge0" / "Hedge1".)
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../../src/widgets');
const uses = readdirSync(dir)
  .filter((f) => f.endsWith('.svelte'))
  .flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/<DataTable\b[^>]*\/>/g)].map(([tag]) => ({
      file,
      label: /\blabel="([^"]*)"/.exec(tag)?.[1] ?? '',
      summary: /\bsummary="([^"]*)"/.exec(tag)?.[1],
    })),
  );

describe('DataTable summary and label in src/widgets', () => {
  it('are found in every widget that draws a table', () => {
    expect(uses.length).toBeGreaterThanOrEqual(22);
  });

  it.each(uses)('$file: label "$label" and summary "$summary" are phrases, not placeholders', ({ file, summary, label }) => {
    // A placeholder is one word, or a word run into a number ("Hedge1", "Table: Hedge0").
    const placeholder = /^(Table: )?\S+$|[A-Za-z]\d+$/;
    expect(label, `${file}: label`).not.toMatch(placeholder);
    expect(label.split(/\s+/).length, `${file}: label "${label}" is under two words`).toBeGreaterThanOrEqual(2);
    if (summary !== undefined) expect(summary, `${file}: summary`).not.toMatch(placeholder);
  });

  it('give each table its own accessible name', () => {
    const labels = uses.map((u) => u.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
