// The accessibility gates on every page: each chapter, the notebook and every embed, loaded once
// and checked in every mode on that one load — every chart has a caption and its figure a data
// table; axe finds nothing in light (every rule), then in dark and forced colours (the rules that
// depend on colour: the document and its layout are the same, only its colours change); an embed
// also with ?theme=dark on a light system (its own load, colour rules); in forced colours every
// chart mark is a system colour; at 320 px nothing overflows or is cut off; with reduced motion,
// moving a slider runs no transition or animation. The token contrasts are checked from the
// stylesheet in test/styles/tokens.test.ts.
import type { Page } from '@playwright/test';
import { expect, openTables, settled, test } from './helpers.ts';
import { colourRules, expectNoViolations } from './axe.ts';
import { chapterPath, figureReady } from './figures.ts';
import { figureRegistry } from '../../src/figures/registry.ts';

const chapters = [...new Set(figureRegistry.map((f) => chapterPath(f.id)))];
const pages: { path: string; embed?: string }[] = [
  ...chapters.map((path) => ({ path })),
  { path: '/notebook/' },
  ...figureRegistry.map((f) => ({ path: `/embed/${f.id}/`, embed: f.id })),
];

/** Every island on the page hydrated (each scrolled to: some hydrate only near the screen), the figures current and their tables open. */
async function ready(page: Page): Promise<void> {
  const widgets = page.locator('[data-widget]');
  const count = await widgets.count();
  expect(count, 'the page has islands').toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await widgets.nth(i).scrollIntoViewIfNeeded();
    await expect(widgets.nth(i)).toHaveAttribute('data-hydrated', '');
  }
  await settled(page);
  await openTables(page);
}

/** Charts (an svg in a figure) without a caption or a data table, or shown to assistive technology unnamed. */
function chartProblems(): string[] {
  return [...document.querySelectorAll<SVGSVGElement>('[data-figure] svg.chart__svg')].flatMap((svg) => {
    const figure = svg.closest<HTMLElement>('[data-figure]')!;
    const where = `${figure.dataset.figure}: chart ${[...figure.querySelectorAll('svg.chart__svg')].indexOf(svg) + 1}`;
    const name = svg.getAttribute('aria-label')?.trim() ?? '';
    const caption = svg.closest('figure')?.querySelector('figcaption')?.textContent?.trim() || svg.querySelector('text.title')?.textContent?.trim() || name;
    const tables = [...figure.querySelectorAll('table.data')].filter((t) => t.querySelector('caption')?.textContent?.trim() && t.querySelector('tbody tr'));
    const out: string[] = [];
    if (!caption) out.push(`${where} has no caption (a figcaption, a drawn title or an aria-label)`);
    if (tables.length === 0) out.push(`${where}: its figure has no data table with a caption and rows`);
    if (svg.getAttribute('aria-hidden') !== 'true' && !(['img', 'group'].includes(svg.getAttribute('role') ?? '') && name)) out.push(`${where} is neither hidden from assistive technology nor a named image`);
    return out;
  });
}

/** Fills and strokes of chart marks and text that are not one of the forced-colours system colours. */
function nonSystemMarks(): string[] {
  const probe = document.createElement('span');
  document.body.append(probe);
  const system = new Set(
    ['Canvas', 'CanvasText', 'LinkText', 'GrayText', 'Highlight', 'HighlightText', 'ButtonFace', 'ButtonText'].map((c) => {
      probe.style.color = c;
      return getComputedStyle(probe).color;
    }),
  );
  probe.remove();
  const bad = new Set<string>();
  for (const el of document.querySelectorAll<SVGElement>('[data-figure] svg :is(path, rect, circle, line, polyline, polygon, text)')) {
    const style = getComputedStyle(el);
    const paints = el.tagName === 'line' ? [['stroke', style.stroke]] : [['fill', style.fill], ['stroke', style.stroke]];
    for (const [what, paint] of paints) {
      if (paint === 'none' || paint!.startsWith('url(') || system.has(paint!)) continue;
      bad.add(`${el.closest<HTMLElement>('[data-figure]')!.dataset.figure}: ${el.tagName}.${el.getAttribute('class') ?? ''} ${what} ${paint}`);
    }
  }
  return [...bad];
}

/**
 * What makes a 320 px page scroll sideways, sticks out of it, or is cut off by its figure (a figure
 * clips what sticks out of it: contain: paint). Content inside a horizontal scroller may be wider.
 */
function overflow(): string[] {
  const width = document.documentElement.clientWidth;
  const scrollers = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX));
  const out = document.documentElement.scrollWidth > width ? [`the document is ${document.documentElement.scrollWidth} px wide`] : [];
  for (const el of document.querySelectorAll<Element>('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || el.closest('.skip-link, .visually-hidden') || scrollers.some((s) => s !== el && s.contains(el))) continue;
    const frame = el.parentElement?.closest('.widget')?.getBoundingClientRect();
    const [from, to] = frame ? [frame.left, frame.right] : [0, width];
    if (r.left >= from - 1 && r.right <= to + 1) continue;
    const what = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}${el.id ? `#${el.id}` : ''}`;
    out.push(`${what} "${(el.textContent ?? '').trim().slice(0, 40)}" at ${Math.round(r.left)}–${Math.round(r.right)} px, ${frame ? `its figure ${Math.round(from)}–${Math.round(to)}` : `the page 0–${width}`}`);
  }
  return out.slice(0, 12);
}

/** Transitions and animations running, or set to run (a duration above 0 s), anywhere on the page. */
function motion(): string[] {
  const running = document.getAnimations().map((a) => `running: ${(a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName ?? a.id}`);
  const seconds = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)));
  const set = [...document.querySelectorAll<Element>('*')].flatMap((el) => {
    const s = getComputedStyle(el);
    const what = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`;
    return [
      ...(seconds(s.transitionDuration) > 0 ? [`${what} transition ${s.transitionProperty} ${s.transitionDuration}`] : []),
      ...(s.animationName !== 'none' && seconds(s.animationDuration) > 0 ? [`${what} animation ${s.animationName} ${s.animationDuration}`] : []),
    ];
  });
  return [...running, ...new Set(set)];
}

test.use({ reducedMotion: 'reduce' });

for (const { path, embed } of pages) {
  test(`${path}: captions and tables, axe in light, dark and forced colours${embed ? ' (and ?theme=dark)' : ''}, 320 px, reduced motion`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    await page.goto(path);
    await ready(page);

    // Polled: a table is drawn just after its disclosure opens.
    await expect.poll(() => page.evaluate(chartProblems), { message: 'every chart has a caption and a data table' }).toEqual([]);

    await expectNoViolations(page, `${path} (light)`);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await expectNoViolations(page, `${path} (dark)`, colourRules);

    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(() => page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    expect(await page.evaluate(nonSystemMarks), 'in forced colours every chart mark is a system colour').toEqual([]);
    await expectNoViolations(page, `${path} (forced colours)`, colourRules);
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });

    // 320 px: every figure laid out (off screen, content-visibility would skip it).
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.live-figure').forEach((el) => (el.style.contentVisibility = 'visible')));
    await expect.poll(() => page.evaluate(overflow), { message: `nothing on ${path} is wider than 320 px` }).toEqual([]);

    // Reduced motion: moving a slider (if the page has one) starts nothing, and nothing is set to move.
    const slider = page.locator('[data-figure] input[type="range"]:visible').first();
    if ((await slider.count()) > 0) {
      const before = await slider.inputValue();
      await slider.focus();
      await slider.press('ArrowRight');
      if ((await slider.inputValue()) === before) await slider.press('ArrowLeft');
      expect(await slider.inputValue(), 'the slider moved').not.toBe(before);
      // Two frames: the figures have redrawn and any transition the change set off has started.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    expect(await page.evaluate(motion), 'with reduced motion nothing moves').toEqual([]);

    if (embed) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`${path}?theme=dark`);
      await figureReady(page, embed);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await expectNoViolations(page, `${path}?theme=dark (light system)`, colourRules);
    }
  });
}
