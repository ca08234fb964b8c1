// Hostile links in the browser: 240 links (crafted, then random from a seeded generator) opened
// on four pages. None throws (the `test` fixture fails on any console error or page error), none
// runs injected script, none puts NaN, Infinity, "undefined" or any of the link's raw text on the
// page, every value the page shows is a finite number, and each link whose parse corrects
// something shows the notice with one item per correction (what src/scenario/link.ts says in Node).
import type { Page } from '@playwright/test';
import { randomInt, randomLcg } from 'd3-random';
import { expect, test } from './helpers.ts';
import { figureContext } from './figures.ts';
import { linkContextFor } from '../../src/figures/context.ts';
import { parseLink } from '../../src/scenario/link.ts';
import { paramSpecs } from '../../src/scenario/schema.ts';

const keys = paramSpecs.map((s) => s.key).filter((k) => k !== 'cells');
const big = 'x'.repeat(10_240);
/** Values a hostile or careless link carries. */
const values = [
  '1e308', '1e400', '-1e308', '-5', '-0', '0', 'NaN', 'Infinity', '-Infinity', '0x10', '1e-400', '', ' ', '   7  ',
  '<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">', 'javascript:window.__pwned=1',
  '%E0%A4%A', '%00', '\u0000', '1,000', '12abc', '۱۲۳', '١٠٠٠٠٠', 'ＮａＮ', '9'.repeat(400), big, '__proto__', 'constructor',
];
const hostileKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<b>bold</b>', 'x'.repeat(300), 'v', 'NaN', 'Infinity'];

/** The crafted links: each value under a few keys, repeated keys, hostile keys, an unknown version. */
function craftedLinks(): string[] {
  const out: string[] = [];
  values.forEach((v, i) => out.push(`${keys[i % keys.length]}=${encodeURIComponent(v)}`));
  hostileKeys.forEach((k, i) => out.push(`${encodeURIComponent(k)}=${encodeURIComponent(values[i % values.length]!)}`));
  // (One 10 KB value per link: two make a request line longer than servers accept, 16 KB here.)
  out.push('price=1&price=2&price=NaN', 'v=999&price=80000', 'v=<script>&diff=9', '__proto__[polluted]=1&constructor[prototype][polluted]=1', `diff=${big}`, '%%%%', '&&&==&', 'price', '=5');
  return out;
}

/** Random links from a seeded generator: 1 to 8 pairs of real or hostile keys and pooled or random values. */
function randomLinks(count: number, seed: number): string[] {
  const rng = randomLcg(seed);
  const pick = <T>(xs: readonly T[]) => xs[randomInt.source(rng)(xs.length)()]!;
  const randomText = () => Array.from({ length: randomInt.source(rng)(1, 24)() }, () => String.fromCharCode(randomInt.source(rng)(32, 0x2fff)())).join('');
  return Array.from({ length: count }, () => {
    const pairs = Array.from({ length: randomInt.source(rng)(1, 9)() }, () => {
      const k = rng() < 0.85 ? pick(keys) : pick(hostileKeys);
      const r = rng();
      const v = r < 0.5 ? pick(values.filter((x) => x !== big)) : r < 0.75 ? String((rng() - 0.5) * 10 ** randomInt.source(rng)(0, 12)()) : randomText();
      return `${encodeURIComponent(k)}=${encodeURIComponent(v)}`;
    });
    return pairs.join('&');
  });
}

const links = [...craftedLinks(), ...randomLinks(240 - craftedLinks().length, 20261203)];
const pages = ['/embed/hashprice/', '/embed/floor-value/', '/embed/capital-stack/', '/embed/site-use/'];
const linkContext = linkContextFor(figureContext.machines);

const knownKeys = new Set(paramSpecs.map((s) => s.key as string));
/**
 * Raw text of the link that must not reach the page: its values of 6 characters or more (decoded,
 * not plain numbers), and its keys unless they are a setting's name or look like one (a notice
 * names a mistyped key such as "prcie", src/scenario/link.ts).
 */
function rawTokens(query: string): string[] {
  const pairs = [...new URLSearchParams(query)];
  const nameable = (k: string) => knownKeys.has(k) || /^[a-z][a-z0-9]{0,11}$/.test(k);
  // A value that is also one of the link's nameable keys ("constructor" as both) may show as the key.
  const named = new Set(pairs.map(([k]) => k).filter(nameable));
  return pairs
    .flatMap(([k, v]) => [...(nameable(k) ? [] : [k]), v])
    .map((t) => t.trim())
    .filter((t) => t.length >= 6 && !/^[-+\d.e]+$/i.test(t) && !named.has(t));
}

async function check(page: Page, path: string, query: string): Promise<void> {
  const expected = parseLink(`?${query}`, linkContext);
  await page.goto(`${path}?${query}`);
  const figure = page.locator('[data-figure][data-hydrated]').first();
  await expect(figure, `${path}?${query.slice(0, 80)} hydrates`).toHaveCount(1);
  const seen = await page.evaluate(() => ({
    text: document.body.innerText,
    values: [...document.querySelectorAll<HTMLElement>('[data-value]')].map((el) => el.dataset.value ?? ''),
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    polluted: ({} as Record<string, unknown>).polluted,
    injected: [...document.querySelectorAll('img[src="x"], [onerror], script, b')].filter((el) => el.matches('img, [onerror]') || /__pwned|^bold$/.test(el.textContent ?? '')).length,
  }));
  const where = `${path}?${query.slice(0, 400)}`;
  expect(seen.pwned, `${where}: injected script ran`).toBeUndefined();
  expect(seen.polluted, `${where}: Object.prototype polluted`).toBeUndefined();
  expect(seen.injected, `${where}: injected elements`).toBe(0);
  expect(seen.text, `${where}: NaN, Infinity or undefined on the page`).not.toMatch(/\bNaN\b|Infinity|\bundefined\b/);
  for (const token of rawTokens(query)) expect(seen.text.includes(token), `${where}: the link's raw text "${token.slice(0, 40)}" is on the page`).toBe(false);
  for (const v of seen.values.filter((x) => x !== '' && !/^[a-z][\w-]*$/i.test(x))) expect(Number.isFinite(Number(v)), `${where}: data-value ${v}`).toBe(true);
  const notice = page.locator('[data-link-notice]');
  if (expected.notices.length) await expect(notice.locator('li'), `${where}: one notice item per correction`).toHaveCount(expected.notices.length);
  else await expect(notice, `${where}: no notice for a link with nothing to correct`).toHaveCount(0);
}

test('the pages at their defaults carry no NaN, Infinity or undefined (so the checks below can only fail on the link)', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('[data-figure][data-hydrated]').first()).toHaveCount(1);
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/\bNaN\b|Infinity|\bundefined\b/);
  }
});

test('the link set: at least 200 links, crafted and random, and most need a notice', () => {
  expect(links.length).toBeGreaterThanOrEqual(200);
  expect(links.filter((q) => parseLink(`?${q}`, linkContext).notices.length > 0).length).toBeGreaterThan(150);
});

const batches = 8;
for (let b = 0; b < batches; b++) {
  test(`hostile links, batch ${b + 1} of ${batches}: no error, no script, no NaN or raw text, every correction noticed`, async ({ page }) => {
    test.setTimeout(90_000);
    for (let i = b; i < links.length; i += batches) await check(page, pages[i % pages.length]!, links[i]!);
  });
}
