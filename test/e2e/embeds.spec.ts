// Embeds on a host page of another origin: the host script (/embed.js) sizes each iframe to its
// document, follows it as the reader opens and closes things inside, and ignores height messages
// from anywhere but the embed it would resize. Every test fails on a console error on the host
// page or inside its frames (helpers.ts).
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { hostDocument, startHost, type HostServer } from './hostServer.ts';

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.close();
});

/** The height every iframe starts at: far from any embed's content, so a resize is visible. */
const startHeight = 300;

/**
 * A host page with two embeds (floor-value, recovery) and the site's host script, both from the
 * site's origin. The host records every nofloor:resize message it receives (window.__seen: its
 * origin, which embed's window sent it, the height, the test's tag for a forged one), so a test
 * can tell when a forged message has been delivered to every listener, the host script's included
 * (one event, one task: once the host's listener saw it, so did the script's), and what height
 * each embed itself last asked for.
 */
function twoEmbeds(site: string, extra = ''): string {
  return hostDocument(`
    <h1>Host page</h1>
    <iframe id="fv" src="${site}/embed/floor-value/" title="Floor value (No Floor)" height="${startHeight}" style="height:${startHeight}px"></iframe>
    <p>Between the embeds.</p>
    <iframe id="rec" src="${site}/embed/recovery/" title="Recovery (No Floor)" height="${startHeight}" style="height:${startHeight}px"></iframe>
    ${extra}
    <script>
      window.__seen = [];
      addEventListener('message', (e) => {
        if (!e.data || e.data.type !== 'nofloor:resize') return;
        const from = ['fv', 'rec'].find((id) => document.getElementById(id).contentWindow === e.source) || 'other';
        window.__seen.push({ origin: e.origin, from, height: e.data.height, forged: e.data.forged || null });
      });
    </script>
    <script async src="${site}/embed.js"></script>`);
}

const siteOrigin = (baseURL: string | undefined) => new URL(baseURL ?? 'http://127.0.0.1:4321').origin;

/** The frame of the iframe with this id, once its figure has hydrated. */
async function embedFrame(page: Page, iframeId: string): Promise<Frame> {
  const frame = await (await page.locator(`iframe#${iframeId}`).elementHandle())!.contentFrame();
  if (!frame) throw new Error(`iframe#${iframeId} has no frame`);
  await expect(frame.locator('[data-figure][data-hydrated]')).toHaveCount(1);
  return frame;
}

/** The iframe's height on the host page (CSS px) and its document's scrollHeight inside. */
async function heights(page: Page, frame: Frame, iframeId: string): Promise<{ iframe: number; content: number }> {
  const iframe = await page.locator(`iframe#${iframeId}`).evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.documentElement.scrollHeight);
  return { iframe, content };
}

/**
 * Waits until the iframe fits its document (within 1 px) at the same height on two looks 250 ms
 * apart, and returns that height. (An embed can fit for a moment at its first, server-rendered
 * height before hydration settles its layout and it posts again.)
 */
async function settled(page: Page, frame: Frame, iframeId: string): Promise<number> {
  // Chromium throttles rendering (and so ResizeObserver) in cross-origin frames out of view:
  // an embed below the fold is measured once it is scrolled to, as a reader would.
  await page.locator(`iframe#${iframeId}`).scrollIntoViewIfNeeded();
  let last = { iframe: 0, content: 0 };
  let previous = -1;
  await expect
    .poll(
      async () => {
        last = await heights(page, frame, iframeId);
        const fits = Math.abs(last.iframe - last.content) <= 1;
        const stable = fits && last.iframe === previous;
        previous = fits ? last.iframe : -1;
        return stable;
      },
      { message: `iframe#${iframeId} fits its document, and stays so`, intervals: [250] },
    )
    .toBe(true);
  return last.iframe;
}

const iframeHeight = (page: Page, id: string) => page.locator(`iframe#${id}`).evaluate((el) => el.getBoundingClientRect().height);

test('each embed is sized to its own document, and no frame scrolls', async ({ page, baseURL }) => {
  await page.goto(host.page('/two.html', twoEmbeds(siteOrigin(baseURL))));
  for (const id of ['fv', 'rec']) {
    const frame = await embedFrame(page, id);
    const h = await settled(page, frame, id);
    expect(h, `iframe#${id} left its starting height`).not.toBe(startHeight);
    // Fits: the frame's viewport shows the whole document, nothing to scroll inside.
    const inner = await frame.evaluate(() => ({ viewport: window.innerHeight, scroll: document.documentElement.scrollHeight }));
    expect(inner.scroll).toBeLessThanOrEqual(inner.viewport + 1);
  }
  // The two figures have different heights, so each was sized by its own message.
  expect(Math.abs((await iframeHeight(page, 'fv')) - (await iframeHeight(page, 'rec')))).toBeGreaterThan(20);
});

test('an embed grows and shrinks with its content; the other embed stays as it was', async ({ page, baseURL }) => {
  await page.goto(host.page('/two.html', twoEmbeds(siteOrigin(baseURL))));
  const fv = await embedFrame(page, 'fv');
  const rec = await embedFrame(page, 'rec');
  const closed = await settled(page, fv, 'fv');
  const recHeight = await settled(page, rec, 'rec');

  // Open the month-by-month table: 36 rows at the default life.
  const details = fv.locator('details.table-details');
  await details.locator('summary').click();
  await expect(details.locator('tbody tr')).toHaveCount(36);
  await expect.poll(() => iframeHeight(page, 'fv')).toBeGreaterThan(closed + 36 * 15);
  const open36 = await settled(page, fv, 'fv');

  // A reader input that lengthens the table (48 months) grows the frame again …
  const life = fv.locator('#fv-life-box');
  await life.fill('48');
  await life.press('Tab');
  await expect(details.locator('tbody tr')).toHaveCount(48);
  await expect.poll(() => iframeHeight(page, 'fv')).toBeGreaterThan(open36 + 12 * 15);
  const open48 = await settled(page, fv, 'fv');
  expect(open48, 'a 48-month table fits under the host script\'s 6000 px cap').toBeLessThan(6000);

  // … up to the host script's cap: 120 months of table is taller than 6000 px, and the frame stops
  // there (a legitimate embed's huge height, clamped; the rest scrolls inside the frame).
  await life.fill('120');
  await life.press('Tab');
  await expect(details.locator('tbody tr')).toHaveCount(120);
  await expect.poll(() => iframeHeight(page, 'fv')).toBe(6000);
  expect(await fv.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBeGreaterThan(6000);

  // … and one that shortens it shrinks it.
  await life.fill('12');
  await life.press('Tab');
  await expect(details.locator('tbody tr')).toHaveCount(12);
  await expect.poll(() => iframeHeight(page, 'fv')).toBeLessThan(open36 - 24 * 15);
  const open12 = await settled(page, fv, 'fv');
  expect(open12).toBeGreaterThan(closed);

  // Back at 36 months, the open table has its first height again; closing it, the closed one.
  await life.fill('36');
  await life.press('Tab');
  await expect(details.locator('tbody tr')).toHaveCount(36);
  await expect.poll(() => iframeHeight(page, 'fv')).toBeGreaterThan(open12);
  expect(Math.abs((await settled(page, fv, 'fv')) - open36), 'open height at 36 months, before and after').toBeLessThanOrEqual(1);
  await details.locator('summary').click();
  await expect(details.locator('tbody tr')).toHaveCount(0);
  await expect.poll(() => iframeHeight(page, 'fv')).toBeLessThan(open12);
  expect(Math.abs((await settled(page, fv, 'fv')) - closed), 'closed height before and after').toBeLessThanOrEqual(1);

  // None of this touched the recovery embed.
  expect(await iframeHeight(page, 'rec')).toBe(recHeight);
});

test.describe('height messages from anywhere but the embed itself are ignored', () => {
  /** Waits until the host page has received the forged message(s) tagged `tag`, then one more frame. */
  async function delivered(page: Page, tag: string, count = 1): Promise<void> {
    await expect.poll(() => page.evaluate((t) => (window as unknown as { __seen: { forged: string | null }[] }).__seen.filter((m) => m.forged === t).length, tag)).toBe(count);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }

  async function settledPage(page: Page, baseURL: string | undefined, extra = ''): Promise<{ fv: number; rec: number; site: string }> {
    const site = siteOrigin(baseURL);
    await page.goto(host.page('/forged.html', twoEmbeds(site, extra)));
    const fv = await settled(page, await embedFrame(page, 'fv'), 'fv');
    const rec = await settled(page, await embedFrame(page, 'rec'), 'rec');
    return { fv, rec, site };
  }

  /** The height the embed's own window last asked for (its real messages, from the site's origin). */
  async function ownHeight(page: Page, id: 'fv' | 'rec', site: string): Promise<number> {
    const own = await page.evaluate(
      ([from, origin]) => (window as unknown as { __seen: { origin: string; from: string; height: number; forged: string | null }[] }).__seen.filter((m) => m.from === from && m.origin === origin && !m.forged).map((m) => m.height),
      [id, site] as const,
    );
    expect(own.length, `iframe#${id} has posted its height`).toBeGreaterThan(0);
    return own.at(-1)!;
  }

  /**
   * Each frame has the height its own embed last asked for (inside the 120–6000 px clamp), so an
   * accepted forgery (50, clamped to 120, or 5000) shows. Comparing with the embed's own last
   * message rather than with the height before the forgery keeps a late real resize of the embed
   * from failing the test.
   */
  async function expectUnchanged(page: Page, before: { fv: number; rec: number; site: string }, what: string, ids: ('fv' | 'rec')[] = ['fv', 'rec']): Promise<void> {
    for (const id of ids) {
      const own = await ownHeight(page, id, before.site);
      expect(own, `iframe#${id}'s own height is inside the clamp`).toBeGreaterThan(120);
      expect(own).toBeLessThan(6000);
      expect(await iframeHeight(page, id), `iframe#${id} after ${what}`).toBe(own);
    }
  }

  test('from the host page itself (another origin, not a frame)', async ({ page, baseURL }) => {
    const before = await settledPage(page, baseURL);
    await page.evaluate(() => {
      window.postMessage({ type: 'nofloor:resize', figure: 'floor-value', height: 50, forged: 'self' }, '*');
      window.postMessage({ type: 'nofloor:resize', figure: 'recovery', height: 5000, forged: 'self' }, '*');
    });
    await delivered(page, 'self', 2);
    await expectUnchanged(page, before, 'the host posted to itself');
  });

  test('from a third frame on the host origin', async ({ page, baseURL }) => {
    const forger = host.page(
      '/forger.html',
      hostDocument(`<p>Forger</p><script>
        parent.postMessage({ type: 'nofloor:resize', figure: 'floor-value', height: 50, forged: 'third' }, '*');
        parent.postMessage({ type: 'nofloor:resize', figure: 'recovery', height: 5000, forged: 'third' }, '*');
      </script>`, 'Forger'),
    );
    // The forger loads only once the embeds have settled (added after), so its messages come last.
    const before = await settledPage(page, baseURL);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.id = 'forger';
      f.title = 'Forger';
      f.src = src;
      document.body.append(f);
    }, forger);
    await delivered(page, 'third', 2);
    await expectUnchanged(page, before, 'a host-origin frame posted heights');
  });

  test("from the site's origin but not from the frame it would resize", async ({ page, baseURL }) => {
    // A frame on the site's origin that is not an embed (its src is not under /embed/): the same
    // origin as the embeds, a different window.
    const site = siteOrigin(baseURL);
    const before = await settledPage(page, baseURL, `<iframe id="other" src="${site}/favicon.svg" title="Site icon" height="40"></iframe>`);
    const other = await (await page.locator('iframe#other').elementHandle())!.contentFrame();
    await expect.poll(() => other!.evaluate(() => location.origin)).toBe(site);
    await other!.evaluate(() => {
      parent.postMessage({ type: 'nofloor:resize', figure: 'floor-value', height: 50, forged: 'site-other' }, '*');
      parent.postMessage({ type: 'nofloor:resize', figure: 'recovery', height: 5000, forged: 'site-other' }, '*');
    });
    await delivered(page, 'site-other', 2);
    await expectUnchanged(page, before, 'a site-origin frame outside /embed/ posted heights');

    // And one embed's messages never resize the other: the floor-value frame posts the recovery
    // figure's name with a height of its own.
    const fv = await embedFrame(page, 'fv');
    await fv.evaluate(() => parent.postMessage({ type: 'nofloor:resize', figure: 'recovery', height: 50, forged: 'cross' }, '*'));
    await delivered(page, 'cross');
    await expectUnchanged(page, before, 'floor-value posted a height in the name of recovery', ['rec']);
  });

  test("from the embed's own window once it shows a page of another origin", async ({ page, baseURL }) => {
    // The iframe's src still points under the site's /embed/, but its document is now the host's:
    // the source matches the frame, the origin does not.
    const before = await settledPage(page, baseURL);
    const evil = host.page(
      '/evil.html',
      hostDocument(`<p>Not an embed</p><script>parent.postMessage({ type: 'nofloor:resize', figure: 'recovery', height: 5000, forged: 'navigated' }, '*');</script>`, 'Evil'),
    );
    const src = await page.locator('iframe#rec').getAttribute('src');
    const frame = await (await page.locator('iframe#rec').elementHandle())!.contentFrame();
    await frame!.goto(evil);
    expect(await page.locator('iframe#rec').getAttribute('src'), 'the iframe element still names the embed').toBe(src);
    await delivered(page, 'navigated');
    await expectUnchanged(page, before, 'a recovery frame navigated to the host origin posted a height');
  });
});
