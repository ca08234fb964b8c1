// The Content-Security-Policy of every built page, read from dist/ (no browser): each HTML file
// has exactly one CSP <meta>, before anything it governs; the policy allows no 'unsafe-inline',
// no 'unsafe-eval' and no other origin; every inline script and style in the file is allowed by
// its hash; nothing in the markup needs an inline exemption (event-handler attributes, style
// attributes, javascript: URLs). Runs after the build, with the browser tests.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { cspDirectives } from '../../src/security/csp.js';
import { figureRegistry } from '../../src/figures/registry.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The policy as a map from directive name to its sources. */
function parsePolicy(content: string): Map<string, string[]> {
  const policy = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (policy.has(name)) throw new Error(`directive ${name} appears twice`);
    policy.set(name, sources);
  }
  return policy;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const files = htmlFiles(dist);

test('the build has every page: the 7 chapters, the notebook and an embed per registered figure', () => {
  const embeds = files.filter((f) => relative(dist, f).startsWith('embed/')).length;
  expect(embeds).toBe(figureRegistry.length);
  expect(files.length - embeds).toBe(8);
});

for (const file of files) {
  const name = relative(dist, file);
  test(`${name}: one CSP meta, no unsafe sources, every inline script and style hashed`, () => {
    const html = readFileSync(file, 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/gi)];
    expect(metas, 'exactly one CSP <meta>').toHaveLength(1);
    const meta = metas[0]!;
    // Before every script, style and stylesheet link: a policy applies only to what follows it.
    const firstGoverned = html.search(/<script|<style|<link[^>]+rel="stylesheet"/i);
    expect(meta.index, 'the CSP <meta> comes before the first script, style or stylesheet').toBeLessThan(firstGoverned);

    const policy = parsePolicy(meta[1]!.replaceAll('&#39;', "'"));
    for (const directive of cspDirectives) {
      const [dName, ...sources] = directive.split(' ');
      expect(policy.get(dName!), `${dName} as src/security/csp.js sets it`).toEqual(sources);
    }
    for (const [dName, sources] of policy) {
      for (const s of sources) {
        expect(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'http:', 'https:'], `${dName} allows ${s}`).not.toContain(s);
        expect(s.startsWith("'") || ['data:', 'blob:'].includes(s), `${dName} names another origin: ${s}`).toBe(true);
      }
    }
    const scriptSrc = policy.get('script-src') ?? [];
    const styleSrc = policy.get('style-src') ?? [];
    expect(scriptSrc[0]).toBe("'self'");
    expect(styleSrc[0]).toBe("'self'");

    // Every inline script that runs (not a JSON data block) and every inline style, by its hash.
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs!));
    for (const [, , body] of inlineScripts) expect(scriptSrc, `inline script ${body!.slice(0, 60)}… is hashed`).toContain(sha256(body!));
    for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) expect(styleSrc, `inline style ${body!.slice(0, 60)}… is hashed`).toContain(sha256(body!));
    // External scripts and stylesheets are the site's own.
    for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/gi)) expect(src, 'a script from this origin').toMatch(/^\/(?!\/)/);
    for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/gi)) expect(href, 'a stylesheet from this origin').toMatch(/^\/(?!\/)/);

    // Nothing that would need 'unsafe-inline' or 'unsafe-hashes' to work.
    expect(html.match(/<[^>]+\son[a-z]+\s*=/gi) ?? [], 'no inline event-handler attributes').toEqual([]);
    expect(html.match(/<[^>]+\sstyle\s*=/gi) ?? [], 'no style attributes').toEqual([]);
    expect(html.match(/(href|src|action)\s*=\s*"\s*javascript:/gi) ?? [], 'no javascript: URLs').toEqual([]);
  });
}
