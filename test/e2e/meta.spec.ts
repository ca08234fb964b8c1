// Social previews and build-time images: every chapter and embed page names its title,
// description, canonical address and a preview image that the build made and that decodes.
import { expect, test } from './helpers.ts';
import { figureRegistry } from '../../src/figures/registry.ts';

const pages = ['/', '/no-floor/', ...figureRegistry.map((f) => `/embed/${f.id}/`)];

// The preview tags are what a link unfurler reads: the served HTML, no script run.
test.use({ javaScriptEnabled: false });

for (const path of pages) {
  test(`${path} has og:title, og:description, og:url and an og:image that is a PNG of at least 1200 px`, async ({ page, request }) => {
    await page.goto(path);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(await meta('og:title')).toMatch(/No Floor$/);
    expect((await meta('og:description'))?.length ?? 0).toBeGreaterThan(40);
    expect(new URL((await meta('og:url'))!).pathname).toBe(path);
    expect(await meta('og:image:alt')).not.toMatch(/NaN|undefined/);
    const image = new URL((await meta('og:image'))!);
    expect(image.pathname).toMatch(/^\/figures\/[a-z-]+\.png$/);
    // The preview is served by this site (fetch it from the test server, whatever SITE_URL says).
    const res = await request.get(image.pathname);
    expect(res.status()).toBe(200);
    const png = await res.body();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16), 'IHDR width').toBeGreaterThanOrEqual(1200);
    expect(png.length, 'not an empty image').toBeGreaterThan(20_000);
  });
}

test('each figure\'s build-time SVG card names its figure and its address in the essay', async ({ request }) => {
  for (const f of figureRegistry) {
    const svg = await (await request.get(`/figures/${f.id}.svg`)).text();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(`#${f.anchor}`);
    expect(svg).not.toMatch(/NaN|undefined/);
  }
});
