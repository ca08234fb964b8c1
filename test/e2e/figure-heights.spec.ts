// Off-screen figures are skipped (content-visibility: auto) and hold the place of their measured
// height (src/styles/figure-heights.css, written by scripts/figure-heights.mjs). A placeholder
// shorter than its figure lets the figure's controls spill over the next element until the reader
// scrolls there — a tap or axe's target-size hit test finds that element on top (Lighthouse
// flagged chapter 2's efficiency slider so) — and makes the scroll bar jump; a far taller one
// leaves a gap. Checked on every chapter and the notebook at a phone's width and a desktop's.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { expectNoViolations } from './axe.ts';
import { chapterPath } from './figures.ts';
import { figureRegistry } from '../../src/figures/registry.ts';
import { parse } from '../../scripts/figure-heights.mjs';

const placeholders: Record<string, { narrow: number; wide: number }> = parse(readFileSync('src/styles/figure-heights.css', 'utf8'));
const pages = [...new Set(figureRegistry.map((f) => chapterPath(f.id))), '/notebook/'];

/** Every live figure on the page against its placeholder: the page uses the file's, and the figure fits it without a gap far larger than itself. */
async function expectPlaceholdersFit(page: Page, path: string, width: number): Promise<void> {
  const band = width < 640 ? 'narrow' : 'wide';
  // Off screen, the computed style gives the placeholder this page uses.
  const figures = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.live-figure[data-island]')].map((f) => {
      const placeholder = getComputedStyle(f).containIntrinsicHeight;
      f.style.contentVisibility = 'visible';
      const height = f.getBoundingClientRect().height;
      f.style.contentVisibility = '';
      return { id: f.dataset.island!, placeholder, height };
    }),
  );
  expect(figures.length, `${path} has live figures`).toBeGreaterThan(0);
  for (const f of figures) {
    const px = placeholders[f.id]?.[band];
    expect(px, `${f.id} has a ${band} placeholder in figure-heights.css (run node scripts/figure-heights.mjs --write)`).toBeGreaterThan(0);
    expect(f.placeholder, `${path} ${f.id}: the page uses the file's ${band} placeholder`).toBe(`auto ${px}px`);
    expect(f.height, `${path} ${f.id} at ${width} px fits its ${px} px placeholder (re-measure: node scripts/figure-heights.mjs --write)`).toBeLessThanOrEqual(px!);
    expect(f.height * 1.7, `${path} ${f.id} at ${width} px: ${Math.round(f.height)} px, far under its ${px} px placeholder`).toBeGreaterThanOrEqual(px!);
  }
}

for (const width of [320, 1280]) {
  test(`at ${width} px every live figure fits its off-screen placeholder, which is no more than 1.7× its height`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(path);
      await expectPlaceholdersFit(page, path, width);
    }
    await context.close();
  });
}

// Lighthouse's phone: 412 × 823 at 1.75 device pixels per CSS pixel, touch.
test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  for (const path of pages) {
    test(`${path}: every figure fits its placeholder, and no control is obscured by or crowded against another (axe target-size)`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('load');
      await expectNoViolations(page, `${path} at 412 px`, ['target-size']);
      await expectPlaceholdersFit(page, path, 412);
    });
  }
});
