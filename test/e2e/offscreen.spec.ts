// Figures off screen catch up about 0.4 s after the reader stops (src/widgets/figureGate.svelte.ts),
// without being scrolled to — also when the first change after load is to a setting that some
// off-screen figure does not read. Nothing here scrolls the checked figures into view.
import { expect, test } from './helpers.ts';
import { chapterPath, distinct, expectedFigure, expectedValues, figureRoot, figureValues } from './figures.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
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
