// The formula engine as the site ships it: bundled and tree-shaken, with mathjs's BigNumber,
// Complex and Fraction libraries swapped for the stubs in src/formula/stubs (the same alias list
// astro.config.mjs uses). Vitest runs the source against the full mathjs; tests that must hold for
// what readers run use this too. Built once per test file with esbuild (Vite's own), into a
// temporary file, and imported.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formulaStubs } from '../../src/formula/stubs/alias.js';

type Engine = typeof import('../../src/formula/engine.ts');

export async function shippedEngine(): Promise<Engine> {
  const alias = Object.fromEntries(formulaStubs.map((a) => [a.find.source.replace(/^\^|\$$/g, '').replace(/\\\./g, '.'), a.replacement]));
  const out = await build({ entryPoints: [new URL('../../src/formula/engine.ts', import.meta.url).pathname], bundle: true, format: 'esm', platform: 'browser', write: false, alias, logLevel: 'silent' });
  const file = join(mkdtempSync(join(tmpdir(), 'nofloor-engine-')), 'engine.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Engine;
}
