// Sharing a figure: the embed snippet and the copied link reproduce what the reader sees; an
// embed's "Open in the essay" link carries its scenario to the figure in the essay; ?theme= picks
// an embed's colours. Expected values come from the figure functions (test/e2e/figures.ts).
import type { Page } from '@playwright/test';
import { defaults, expect, machines, openBar, setBox, test } from './helpers.ts';
import { chapterPath, distinct, expectedFigure, expectedValues, figureReady, figureValues, recordAnnouncements, scenarioOf } from './figures.ts';
import { hostDocument, startHost, type HostServer } from './hostServer.ts';
import { figureEntry } from '../../src/figures/registry.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.close();
});

/** The changed scenario: a price other than the default, and a catalogue machine other than the default one. */
const price = defaults.price + 13_824;
const otherMachine = machines.filter((m) => m.id !== defaultScenario().machine).at(-1)!.id;

/** Opens chapter 2, moves the price (scenario bar) and the machine (floor-value's select), and waits for the address bar. */
async function changedChapter(page: Page): Promise<void> {
  await page.goto(chapterPath('floor-value'));
  await expect(page.locator('[data-widget="scenario-bar"][data-hydrated]')).toHaveCount(1);
  await openBar(page);
  await setBox(page, 'bar-price-box', price);
  await page.locator('#fv-machine').selectOption(otherMachine);
  await expect.poll(() => new URL(page.url()).searchParams.get('machine')).toBe(otherMachine);
  expect(new URL(page.url()).searchParams.get('price')).toBe(String(price));
}

/** The figure's data-values on the page, checked against the figure function for `query` first. */
async function checkedValues(page: Page, id: string, query: string): Promise<[string, string][]> {
  const values = distinct(await figureValues(await figureReady(page, id)));
  expect(values, `${id} on ${page.url()} matches ${id}Figure(${query})`).toEqual(expectedValues(expectedFigure(id, query)));
  return values;
}

const sameParams = (a: URLSearchParams, b: URLSearchParams) => expect([...a].sort()).toEqual([...b].sort());


/**
 * The embed snippet's iframe src and height and its script's src, parsed by the browser in a
 * blank page: the essay's own CSP would refuse the snippet's style attribute (it is the host's).
 */
async function parseSnippet(page: Page, snippet: string): Promise<{ src: string; height: string; script: string }> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate((html) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      const iframe = t.content.querySelector('iframe');
      return { src: iframe?.getAttribute('src') ?? '', height: iframe?.getAttribute('height') ?? '', script: t.content.querySelector('script')?.getAttribute('src') ?? '' };
    }, snippet);
  } finally {
    await blank.close();
  }
}

test('the embed snippet of a changed figure shows the same figure on another site', async ({ page, baseURL }) => {
  await changedChapter(page);
  const query = new URL(page.url()).search;
  const source = await checkedValues(page, 'floor-value', query);

  await page.locator('[data-figure="floor-value"] [data-action="embed"]').click();
  const dialog = page.locator('[data-figure="floor-value"] [data-embed-dialog]');
  await expect(dialog).toBeVisible();
  const snippet = await dialog.locator('[data-embed-snippet]').inputValue();
  // (Measured now: a chapter figure's height settles only once it is on screen, content-visibility: auto.)
  const sourceHeight = await page.locator('[data-figure="floor-value"]').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const parsed = await parseSnippet(page, snippet);
  const src = new URL(parsed.src);
  expect(src.origin).toBe(new URL(baseURL!).origin);
  expect(src.pathname).toBe('/embed/floor-value/');
  sameParams(src.searchParams, new URLSearchParams(query));
  expect(parsed.script).toBe(`${src.origin}/embed.js`);
  expect(Number(parsed.height), 'the snippet reserves the figure\'s height').toBe(sourceHeight);

  // The snippet, verbatim, as the body of a page on another origin.
  const hostPage = await page.context().newPage();
  await hostPage.goto(host.page('/snippet.html', hostDocument(`<h1>A blog post</h1>${snippet}`)));
  const frame = hostPage.frameLocator('iframe');
  await expect(frame.locator('[data-figure="floor-value"][data-hydrated]')).toHaveCount(1);
  await expect(frame.locator('[data-link-notice]')).toHaveCount(0);
  const embedded = distinct(await figureValues(frame.locator('[data-figure="floor-value"]')));
  expect(embedded, 'the embedded figure shows the source figure\'s values').toEqual(source);
  // And the snippet's script sizes it to its document.
  const inner = (await (await hostPage.locator('iframe').elementHandle())!.contentFrame())!;
  await expect
    .poll(async () => Math.abs((await hostPage.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)) - (await inner.evaluate(() => document.documentElement.scrollHeight))))
    .toBeLessThanOrEqual(1);
});

test('a copied link opens at the figure with the same values, and says it was copied', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await changedChapter(page);
  const query = new URL(page.url()).search;
  const source = await checkedValues(page, 'floor-value', query);

  const announced = await recordAnnouncements(page);
  await page.locator('[data-figure="floor-value"] [data-action="copy-link"]').click();
  await expect.poll(announced, { message: 'the live region says the link was copied' }).toContain('Link to this figure copied.');
  await expect(page.locator('[data-figure="floor-value"] [data-action-message]')).toHaveText('Link to this figure copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.origin + url.pathname).toBe(new URL(page.url()).origin + new URL(page.url()).pathname);
  expect(url.hash).toBe(`#${figureEntry('floor-value').anchor}`);
  sameParams(url.searchParams, new URLSearchParams(query));

  const opened = await context.newPage();
  await opened.goto(copied);
  const figure = opened.locator('[data-figure="floor-value"]');
  await expect(figure).toHaveAttribute('data-hydrated', '');
  await expect(figure, 'the link scrolls to the figure').toBeInViewport();
  expect(await opened.evaluate(() => scrollY), 'the figure is not at the top of the chapter: the page scrolled').toBeGreaterThan(0);
  await expect(opened.locator('[data-link-notice]')).toHaveCount(0);
  expect(await checkedValues(opened, 'floor-value', url.search)).toEqual(source);
});

test("an embed's \"Open in the essay\" link carries its scenario, as the reader changes it, to the figure", async ({ page, context }) => {
  const query = `?price=${price}&machine=${otherMachine}&v=2`;
  await page.goto(`/embed/floor-value/${query}`);
  await checkedValues(page, 'floor-value', query);
  const link = page.locator('a[data-scenario-link]');
  const essay = new URL((await link.getAttribute('href'))!, page.url());
  expect(essay.pathname).toBe(chapterPath('floor-value'));
  expect(essay.hash).toBe(`#${figureEntry('floor-value').anchor}`);
  sameParams(essay.searchParams, new URLSearchParams(query));

  // A change inside the embed reaches the link.
  const payback = defaultScenario().payback + 7;
  await setBox(page, 'fv-payback-box', payback);
  await expect.poll(async () => new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('payback')).toBe(String(payback));
  const changed = new URL((await link.getAttribute('href'))!, page.url());
  expect(scenarioOf(changed.search)).toEqual({ ...scenarioOf(query), payback });
  const embedValues = await checkedValues(page, 'floor-value', changed.search);

  // Following it (a new tab) opens the essay at the figure, showing what the embed showed.
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  const figure = tab.locator('[data-figure="floor-value"]');
  await expect(figure).toHaveAttribute('data-hydrated', '');
  await expect(figure).toBeInViewport();
  expect(await tab.evaluate(() => scrollY)).toBeGreaterThan(0);
  expect(await checkedValues(tab, 'floor-value', changed.search)).toEqual(embedValues);
});

test("the embed dialog's Dark theme gives a dark embed of the same figure, and the essay behind it takes the link without complaint", async ({ page, context }) => {
  await changedChapter(page);
  const source = await checkedValues(page, 'floor-value', new URL(page.url()).search);
  await page.locator('[data-figure="floor-value"] [data-action="embed"]').click();
  const dialog = page.locator('[data-figure="floor-value"] [data-embed-dialog]');
  await dialog.getByLabel('Theme').selectOption('dark');
  const snippet = await dialog.locator('[data-embed-snippet]').inputValue();
  const { src } = await parseSnippet(page, snippet);
  expect(new URL(src).searchParams.get('theme')).toBe('dark');

  const embed = await context.newPage();
  await embed.emulateMedia({ colorScheme: 'light' });
  await embed.goto(src);
  expect(await checkedValues(embed, 'floor-value', new URL(src).search)).toEqual(source);
  expect(await embed.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect(embed.locator('[data-link-notice]'), 'no notice about the theme parameter in the embed').toHaveCount(0);

  // Its "Open in the essay" link opens the essay without a notice either.
  const essay = await context.newPage();
  await essay.goto((await embed.locator('a[data-scenario-link]').getAttribute('href'))!);
  expect(await checkedValues(essay, 'floor-value', new URL(essay.url()).search)).toEqual(source);
  await expect(essay.locator('[data-link-notice]'), 'no notice in the essay opened from a themed embed').toHaveCount(0);
});

test.describe('?theme= on an embed', () => {
  /** Relative luminance (WCAG) of the page's background colour, 0 (black) to 1 (white). */
  async function backgroundLuminance(page: Page): Promise<number> {
    const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }

  for (const [scheme, theme, want] of [
    ['light', 'dark', 'dark'],
    ['dark', 'light', 'light'],
    ['dark', '', 'dark'],
    ['light', '', 'light'],
  ] as const) {
    test(`system ${scheme}, ${theme ? `theme=${theme}` : 'no theme'}: ${want} background, and no notice about the parameter`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/embed/recovery/${theme ? `?theme=${theme}` : ''}`);
      await expect(page.locator('[data-figure="recovery"][data-hydrated]')).toHaveCount(1);
      const l = await backgroundLuminance(page);
      if (want === 'dark') expect(l, 'background luminance').toBeLessThan(0.05);
      else expect(l, 'background luminance').toBeGreaterThan(0.8);
      // theme is the embed's own parameter, not a mistake in the link.
      await expect(page.locator('[data-link-notice]')).toHaveCount(0);
    });
  }
});
