// public/_headers, as the host serves it (scripts/serve.mjs applies it, as Netlify and Cloudflare
// Pages do): every built page gets nosniff, a Referrer-Policy and exactly one frame-ancestors rule
// — 'self' for the essay and the notebook, any host for an embed — and no page is matched by two
// rules that set the same header. Then in the browser: a page on another origin can frame an
// embed but not a chapter.
import { test as plainTest } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './helpers.ts';
import { hostDocument, startHost } from './hostServer.ts';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const rules = parseHeaders(readFileSync(fileURLToPath(new URL('../../public/_headers', import.meta.url)), 'utf8'));

function pagePaths(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagePaths(path);
    return name === 'index.html' ? [`/${relative(dist, dir)}/`.replace(/^\/\/$/, '/')] : [];
  });
}
const pages = pagePaths(dist);

test('the build is served with dist/_headers as public/_headers wrote it', () => {
  expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(readFileSync(fileURLToPath(new URL('../../public/_headers', import.meta.url)), 'utf8'));
  expect(pages.length).toBeGreaterThan(30);
});

for (const path of pages) {
  const embed = path.startsWith('/embed/');
  test(`_headers for ${path}: nosniff, Referrer-Policy, frame-ancestors ${embed ? '*' : "'self'"}, no header set twice`, () => {
    const headers = headersFor(rules, path);
    const names = headers.map((h) => h.name.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i), 'headers set by two rules').toEqual([]);
    const get = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;
    expect(get('x-content-type-options')).toBe('nosniff');
    expect(get('referrer-policy')).toBe('no-referrer');
    expect(get('content-security-policy')).toBe(`frame-ancestors ${embed ? '*' : "'self'"}`);
    expect(get('x-frame-options')).toBe(embed ? undefined : 'SAMEORIGIN');
  });
}

test('the server sends those headers, gzips text and keeps hashed assets for a year', async ({ request }) => {
  for (const path of ['/', '/no-floor/', '/notebook/', '/embed/hashprice/']) {
    const res = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    expect(h['content-encoding'], `${path} is gzipped`).toBe('gzip');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['content-security-policy']).toBe(`frame-ancestors ${path.startsWith('/embed/') ? '*' : "'self'"}`);
  }
  const html = await (await request.get('/')).text();
  const script = /<script type="module" src="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, 'the home page loads a bundled script').toBeTruthy();
  const res = await request.get(script!, { headers: { 'accept-encoding': 'gzip' } });
  expect(res.headers()['content-encoding']).toBe('gzip');
  expect(res.headers()['content-type']).toMatch(/^text\/javascript/);
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/no-such-page/')).status()).toBe(404);
});

// The plain test: the refused frame's console error is what this test expects, not a failure.
plainTest("another origin can frame an embed page but not a chapter (frame-ancestors)", async ({ page, baseURL }) => {
  const host = await startHost();
  try {
    const site = new URL(baseURL!).origin;
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /frame-ancestors|Refused to (display|frame)/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(host.page('/two.html', hostDocument(`<iframe id="embed" src="${site}/embed/hashprice/" title="embed"></iframe><iframe id="chapter" src="${site}/no-floor/" title="chapter"></iframe>`)));
    await expect(page.frameLocator('#embed').locator('[data-figure="hashprice"]')).toHaveCount(1);
    await expect.poll(() => refused.length, { message: 'the chapter frame was refused' }).toBeGreaterThan(0);
    const chapter = page.frames().find((f) => f.url().includes('/no-floor/'));
    expect(await chapter?.locator('h1').count().catch(() => 0) ?? 0, 'the chapter shows nothing inside the host').toBe(0);
  } finally {
    await host.close();
  }
});
