// Figures off screen catch up about 0.4 s after the reader stops (src/widgets/figureGate.svelte.ts),
// without being scrolled to — also when the first change after load is to a setting that some
// off-screen figure does not read. Nothing here scrolls the checked figures into view.
import { expect, test } from './helpers.ts';
import { chapterPath, distinct, expectedFigure, expectedValues, figureRoot, figureValues } from './figures.ts';
import { defaultScenario, spec } from '../../src/scenario/schema.ts';
import { figureEntry, figureRegistry } from '../../src/figures/registry.ts';

test("a change to a setting one off-screen figure doesn't read still reaches the off-screen figures that do", async ({ page }) => {
  const chapter = figureEntry('floor-value').chapter;
  const others = figureRegistry.filter((f) => f.chapter === chapter && f.id !== 'floor-value');
  // The case: payback is read by floor-value (on screen) and recovery, not by depreciation or energy-position.
  expect(others.filter((f) => !f.inputs.includes('payback')).length, 'an off-screen figure that does not read payback').toBeGreaterThan(0);
  expect(others.filter((f) => f.inputs.includes('payback')).length, 'an off-screen figure that reads payback').toBeGreaterThan(0);

  await page.goto(chapterPath('floor-value'));
  for (const f of figureRegistry.filter((e) => e.chapter === chapter)) await expect(figureRoot(page, f.id)).toHaveAttribute('data-hydrated', '');
  await figureRoot(page, 'floor-value').scrollIntoViewIfNeeded();
  const payback = defaultScenario().payback + 12;
  const box = page.locator('#fv-payback-box');
  await box.fill(String(payback));
  await box.press('Tab');
  await expect.poll(() => new URL(page.url()).searchParams.get('payback')).toBe(String(payback));

  // Off screen, each figure catches up on its own: the catch-up delay, then one figure per idle
  // slot (in headless Chromium an idle slot often comes only at requestIdleCallback's 1 s timeout,
  // so three stale figures take about 3 s). It shows the new scenario's values, and then no figure
  // is marked stale.
  const expected = Object.fromEntries(others.map((f) => [f.id, expectedValues(expectedFigure(f.id, `?payback=${payback}&v=2`))]));
  const shown = async () => Object.fromEntries(await Promise.all(others.map(async (f) => [f.id, distinct(await figureValues(figureRoot(page, f.id)))] as const)));
  await expect.poll(shown, { message: 'the off-screen figures catch up', timeout: 8_000 }).toEqual(expected);
  for (const f of others) await expect(figureRoot(page, f.id), `${f.id} is still off screen`).not.toBeInViewport();
  await expect(page.locator('[data-figure][data-stale]'), 'no figure is left marked stale').toHaveCount(0);
});

test('while the reader moves a slider, off-screen prose inputs and the notebook link are left alone, then catch up', async ({ page }) => {
  await page.goto('/');
  await expect(figureRoot(page, 'hashprice')).toHaveAttribute('data-hydrated', '');
  const slider = page.locator('#hp-price');
  await slider.scrollIntoViewIfNeeded();
  // A first press loads the far-off formula block (once the page is idle), whose engine's first
  // answer (the names list) rewrites it once; then everything catches up.
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-widget="formulas"]')).toHaveAttribute('data-hydrated', '', { timeout: 10_000 });
  await expect(page.locator('summary', { hasText: /Names you can use \(\d+\)/ })).toHaveCount(1, { timeout: 10_000 });
  await expect(page.locator('html')).toHaveAttribute('data-prose-state', 'current');
  await expect(page.locator('[data-figure][data-stale]')).toHaveCount(0, { timeout: 5_000 });
  const proseInput = page.locator('[data-prose-input="price"]');
  const notebookLink = page.locator('a[data-notebook-link]');
  await expect(proseInput, 'the price in the text is off screen').not.toBeInViewport();
  await expect(notebookLink, 'the notebook link is off screen').not.toBeInViewport();
  // Count every change to them while the reader presses the arrow key (faster than the 0.4 s pause).
  await page.evaluate(() => {
    const w = window as unknown as { offscreenWrites: string[] };
    w.offscreenWrites = [];
    const watch = new MutationObserver((records) => w.offscreenWrites.push(...records.map((r) => `${r.type} ${r.attributeName ?? ''} on ${(r.target as Element).outerHTML?.slice(0, 80) ?? r.target.textContent}`)));
    for (const el of document.querySelectorAll('[data-prose-input="price"], a[data-notebook-link]')) watch.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  // Eight steps inside the page, a frame apart, so no gap between them can reach the pause
  // (Playwright's own round trips could, on a loaded machine).
  const writes = await page.evaluate(async () => {
    const range = document.querySelector<HTMLInputElement>('#hp-price')!;
    for (let i = 0; i < 8; i++) {
      range.stepUp();
      range.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    return (window as unknown as { offscreenWrites: string[] }).offscreenWrites;
  });
  const price = Number(await slider.inputValue());
  expect(price, 'the presses moved the price').toBeGreaterThan(defaultScenario().price);
  expect(writes, 'no write off screen while the reader is moving').toEqual([]);
  // After the pause both show the current scenario, still off screen.
  await expect(proseInput.locator('input[type="range"]')).toHaveValue(String(price), { timeout: 5_000 });
  await expect(proseInput.locator('.prose-input__value')).toHaveText(spec('price').describe(price));
  await expect.poll(async () => new URL((await notebookLink.getAttribute('href'))!, 'http://x').searchParams.get('price'), { timeout: 5_000 }).toBe(String(price));
  await expect(proseInput).not.toBeInViewport();
});

test('the live prose watches its paragraphs for being on screen, not each number in them', async ({ page }) => {
  // Every IntersectionObserver target is a cost in every frame after an input; count them.
  await page.addInitScript(() => {
    const observe = IntersectionObserver.prototype.observe;
    const w = window as unknown as { observedLive: Element[] };
    w.observedLive = [];
    IntersectionObserver.prototype.observe = function (target: Element) {
      if (target.matches('[data-prose], [data-prose-text], [data-claim], [data-prose-input]') || target.querySelector('[data-prose], [data-prose-text], [data-claim], [data-prose-input]')) w.observedLive.push(target);
      return observe.call(this, target);
    };
  });
  await page.goto('/hashrate-answers-back/');
  await expect.poll(() => page.evaluate(() => (window as unknown as { observedLive: Element[] }).observedLive.length)).toBeGreaterThan(0);
  const counts = await page.evaluate(() => {
    const observed = (window as unknown as { observedLive: Element[] }).observedLive;
    const live = document.querySelectorAll('[data-prose], [data-prose-text], [data-claim], [data-prose-input]').length;
    return { observed: observed.length, distinct: new Set(observed).size, live };
  });
  expect(counts.live, 'the chapter has many live numbers').toBeGreaterThan(50);
  expect(counts.distinct, 'each block is observed once').toBe(counts.observed);
  expect(counts.observed, `${counts.observed} targets for ${counts.live} live elements`).toBeLessThanOrEqual(Math.ceil(counts.live / 3));
});

test('an off-screen number in the text catches up the moment it takes focus, so its arrow keys step from the current value', async ({ page }) => {
  await page.goto('/');
  await expect(figureRoot(page, 'hashprice')).toHaveAttribute('data-hydrated', '');
  await page.locator('#hp-price').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-prose-input="price"]')).not.toBeInViewport();
  // Move the price, then at once (well inside the pause) focus the text's price without scrolling to it.
  const seen = await page.evaluate(async () => {
    const range = document.querySelector<HTMLInputElement>('#hp-price')!;
    range.stepUp(5);
    range.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const inText = document.querySelector<HTMLInputElement>('[data-prose-input="price"] input[type="range"]')!;
    const before = inText.value;
    inText.focus({ preventScroll: true });
    return { slider: range.value, before, focused: inText.value };
  });
  expect(seen.before, 'off screen, it had not caught up yet').not.toBe(seen.slider);
  expect(seen.focused, 'focused, it shows the current price').toBe(seen.slider);
});

test('the notebook link follows the scenario while the formula block is on screen, even before the engine answers', async ({ page }) => {
  // No engine: the formula figure itself never changes, so only the link's own tracking can move it.
  await page.route(/notebook\.worker/, (route) => route.abort());
  await page.goto('/');
  const link = page.locator('a[data-notebook-link]');
  await link.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-widget="formulas"]')).toHaveAttribute('data-hydrated', '', { timeout: 10_000 });
  await expect(link).toBeInViewport();
  const price = await page.evaluate(() => {
    const range = document.querySelector<HTMLInputElement>('#hp-price')!;
    range.stepUp(3);
    range.dispatchEvent(new Event('input', { bubbles: true }));
    return range.value;
  });
  await expect.poll(async () => new URL((await link.getAttribute('href'))!, 'http://x').searchParams.get('price'), { timeout: 2_000 }).toBe(price);
});
