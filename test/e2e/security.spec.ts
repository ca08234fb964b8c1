// The Content-Security-Policy and the request log in a real browser, on every page and embed
// page: driving every slider, menu and formula cell, exporting and opening the embed dialog
// raises no `securitypolicyviolation` event and no console error (the `test` fixture fails on
// any), and no request leaves the site's origin — also when a host page on another origin embeds
// a figure with the resize script.
import { test as plainTest, type BrowserContext, type Page } from '@playwright/test';
import { expect, openBar, settled, test } from './helpers.ts';
import { chapterPath, figureReady } from './figures.ts';
import { hostDocument, startHost } from './hostServer.ts';
import { figureRegistry } from '../../src/figures/registry.ts';

const essayPages = [...new Set(figureRegistry.map((f) => chapterPath(f.id))), '/notebook/'];

/** Records CSP violations (in every frame, from the first script on) and every request the context makes. */
async function watchPolicy(context: BrowserContext): Promise<{ requests: string[] }> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return { requests };
}

async function violations(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => [])));
  return all;
}

/** Requests to anything but the allowed origins (data: and blob: URLs never leave the browser). */
function foreign(requests: string[], origins: string[]): string[] {
  return requests.filter((u) => !/^(data|blob):/.test(u) && !origins.includes(new URL(u).origin));
}

/** Moves every slider one step, picks another option in every menu, and edits the first formula cell. */
async function driveControls(page: Page): Promise<number> {
  let driven = 0;
  const ranges = page.locator('input[type="range"]:visible');
  for (let i = 0, n = await ranges.count(); i < n; i++) {
    await ranges.nth(i).press('ArrowRight');
    driven++;
  }
  const selects = page.locator('select:visible');
  for (let i = 0, n = await selects.count(); i < n; i++) {
    const select = selects.nth(i);
    if ((await select.locator('option').count()) < 2) continue;
    await select.selectOption({ index: 1 });
    driven++;
  }
  const cell = page.getByRole('textbox', { name: 'Cell 1', exact: true });
  if (await cell.count()) {
    await cell.first().fill('price * 2 + hashprice');
    await cell.first().press('Tab');
    driven++;
  }
  await settled(page);
  return driven;
}

/** Downloads the first figure's PNG, SVG and CSV and opens its embed dialog. */
async function exportFirstFigure(page: Page): Promise<void> {
  const root = page.locator('[data-figure][data-hydrated]').first();
  await root.scrollIntoViewIfNeeded();
  for (const action of ['download-png', 'download-svg', 'download-csv']) {
    const download = page.waitForEvent('download');
    await root.locator(`[data-action="${action}"]`).click();
    await download;
  }
  await root.locator('[data-action="embed"]').click();
  await expect(page.locator('[data-embed-dialog]')).toBeVisible();
  await page.keyboard.press('Escape');
}

for (const path of [...essayPages, ...figureRegistry.map((f) => `/embed/${f.id}/`)]) {
  test(`${path}: reading, sliding, formulas and exports raise no CSP violation and stay on the site's origin`, async ({ page, context, baseURL }) => {
    test.setTimeout(60_000);
    const { requests } = await watchPolicy(context);
    await page.goto(path);
    // Every figure scrolled to (the off-screen ones hydrate as they near the screen; the stress test runs its worker).
    for (const f of await page.locator('[data-figure]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.figure!))) await figureReady(page, f);
    if (await page.locator('[data-widget="scenario-bar"]').count()) {
      await page.evaluate(() => scrollTo(0, 0));
      await openBar(page);
    }
    // Some embeds have no slider or menu (the timeline, the financing chart, the read-only cells).
    const hasControls = (await page.locator('input[type="range"]:visible, select:visible').count()) > 0;
    expect(await driveControls(page) > 0, 'controls driven').toBe(hasControls);
    await exportFirstFigure(page);
    expect(await violations(page), 'securitypolicyviolation events').toEqual([]);
    expect(foreign(requests, [new URL(baseURL!).origin]), 'requests to another origin').toEqual([]);
    expect(requests.length, 'the page loaded its own files').toBeGreaterThan(1);
  });
}

test('a figure embedded on another origin with the resize script requests nothing but its own site and the host', async ({ page, context, baseURL }) => {
  const host = await startHost();
  try {
    const { requests } = await watchPolicy(context);
    const site = new URL(baseURL!).origin;
    const url = host.page('/post.html', hostDocument(`<iframe src="${site}/embed/floor-value/?price=70000" title="No Floor: floor value" loading="lazy" width="640" height="600"></iframe><script src="${site}/embed.js" async></script>`));
    await page.goto(url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-figure="floor-value"][data-hydrated]')).toHaveCount(1);
    await frame.locator('input[type="range"]').first().press('ArrowRight');
    expect(await violations(page), 'securitypolicyviolation events in the host or the frame').toEqual([]);
    expect(foreign(requests, [site, host.origin]), 'requests to a third origin').toEqual([]);
    expect(requests.some((u) => u.startsWith(`${site}/_astro/`)), 'the frame loaded its scripts from the site').toBe(true);
  } finally {
    await host.close();
  }
});

// The watcher can fail: the policy is enforced, and a refused inline script is reported. (The
// plain test: the refusal's console error is the point here, not a failure.)
plainTest('the policy is enforced: an inline script the page did not ship is refused and reported', async ({ page, context }) => {
  await watchPolicy(context);
  await page.goto('/embed/hashprice/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran, 'the injected inline script ran').toBe(false);
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src(-elem)?: inline/)]);
});
