// Chapter 7, "One cycle, dated", in a real browser: the timeline's points are focusable and read out
// their period, value and source; a diamond point and a preset button set the whole essay to that
// moment (and the link says so); the scenario bar's preset menu works on another chapter; a
// preset's link restores it; the table lists every point; axe. Expected values from src/.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { chapterPath, expectedFigure, figureContext, figureReady, figureRoot } from './figures.ts';
import { timelineFigure } from '../../src/figures/timeline.ts';
import { preset } from '../../src/scenario/presets.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { parseLink, serializeLink } from '../../src/scenario/link.ts';

const url = chapterPath('timeline');
const linkOf = (id: string) => `?${serializeLink({ ...defaultScenario(), ...preset(id).settings })}`;
const scenarioNow = (page: Page) => parseLink(new URL(page.url()).search).scenario;

async function gotoTimeline(page: Page, query = ''): Promise<void> {
  await page.goto(`${url}${query}`);
  await expect(figureRoot(page, 'timeline')).toHaveAttribute('data-hydrated', '');
}

test('every point is focusable by Tab and reads out its period, value and source', async ({ page }) => {
  await gotoTimeline(page);
  const points = figureRoot(page, 'timeline').locator('[data-point]');
  await expect(points).toHaveCount(expectedFigure('timeline', '').table.rows.length);
  const first = points.first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(points.nth(1)).toBeFocused();
  const label = await page.locator('[data-point="hp-q1-2021"]').getAttribute('aria-label');
  expect(label).toMatch(/^Q1 2021 \(average\): hashprice \$270\.00 \(USD per PH\/s per day\)\. Surviving the Perfect Storm/);
});

test('a diamond point sets the essay to its moment on Enter, and the link carries it', async ({ page }) => {
  await gotoTimeline(page);
  const point = page.locator('[data-point="diff-end-2022"]');
  await point.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => scenarioNow(page)).toMatchObject(preset('end-2022').settings);
  await expect(page.locator('[data-live-region]')).toContainText('31 Dec 2022');
});

test('the scenario bar’s preset menu sets a dated moment on any chapter, and its link restores it after a reload', async ({ page }) => {
  await page.goto(chapterPath('hashprice'));
  await expect(page.locator('[data-widget="scenario-bar"][data-hydrated]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Adjust' }).click();
  await page.locator('#bar-preset').selectOption('autumn-2025');
  await expect.poll(() => new URL(page.url()).search).toBe(linkOf('autumn-2025'));
  await page.reload();
  await expect(page.locator('[data-widget="hashprice"][data-hydrated]')).toHaveCount(1);
  const hashprice = await page.locator('[data-figure="hashprice"] [data-metric="hashprice"]').first().getAttribute('data-value');
  expect(Number(hashprice)).toBeCloseTo(47, 1);
});

test('each preset’s link opens with its settings and no notice', async ({ page }) => {
  for (const id of ['nov-2022-peak', 'end-2022', 'halving-2024-forecast', 'autumn-2025'] as const) {
    await gotoTimeline(page, linkOf(id));
    await expect(page.locator('[data-link-notice]')).toHaveCount(0);
    expect(scenarioNow(page)).toMatchObject(preset(id).settings);
  }
});

test('the preset buttons and the table: a button per preset, a row per point', async ({ page }) => {
  await gotoTimeline(page);
  const root = await figureReady(page, 'timeline');
  await expect(root.locator('[data-preset]')).toHaveCount(5);
  await root.locator('[data-preset="halving-2024-forecast"]').click();
  await expect.poll(() => scenarioNow(page)).toMatchObject(preset('halving-2024-forecast').settings);
  await root.locator('details > summary', { hasText: 'Table' }).click();
  await expect(root.locator('table tbody tr')).toHaveCount(expectedFigure('timeline', '').table.rows.length);
});

test('every rule in the timeline is drawn: an event line per event, an axis per row, each with a stroke', async ({ page }) => {
  await gotoTimeline(page);
  const root = await figureReady(page, 'timeline');
  await expect(root.locator('svg line.marker')).toHaveCount(timelineFigure(defaultScenario(), figureContext).events.length);
  const undrawn = await root.locator('svg.timeline line').evaluateAll((lines) =>
    lines
      .map((l) => ({ cls: l.getAttribute('class'), ...(({ stroke, strokeWidth }) => ({ stroke, strokeWidth }))(getComputedStyle(l)) }))
      .filter((l) => l.stroke === 'none' || l.stroke === '' || parseFloat(l.strokeWidth) <= 0),
  );
  expect(undrawn).toEqual([]);
});

test('the chapter has no axe violations', async ({ page }) => {
  await gotoTimeline(page);
  await figureReady(page, 'timeline');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
