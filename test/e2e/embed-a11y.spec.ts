// axe-core (every rule it runs by default: WCAG 2.x A/AA and best practices) on every embed page,
// light and dark (the reader's system, and ?theme=dark on a light system), and on a chapter with
// the embed dialog open.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers.ts';
import { chapterPath, figureReady } from './figures.ts';
import { figureRegistry } from '../../src/figures/registry.ts';

async function expectNoViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const report = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(report, `axe violations on ${state}:\n${report.join('\n')}`).toEqual([]);
}

// One test per figure, three states on one page: the system's light, the system's dark (the same
// document, re-styled by the media query), then ?theme=dark on a light system.
for (const entry of figureRegistry) {
  test(`embed ${entry.id}: no axe violations in light, dark, and ?theme=dark`, async ({ page }) => {
    const path = `/embed/${entry.id}/`;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await figureReady(page, entry.id);
    await expectNoViolations(page, `${path} (light)`);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await expectNoViolations(page, `${path} (dark system)`);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${path}?theme=dark`);
    await figureReady(page, entry.id);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expectNoViolations(page, `${path}?theme=dark (light system)`);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`chapter with the embed dialog open (${scheme}): no axe violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(chapterPath('floor-value'));
    await figureReady(page, 'floor-value');
    await page.locator('[data-figure="floor-value"] [data-action="embed"]').click();
    const dialog = page.locator('[data-figure="floor-value"] [data-embed-dialog]');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[data-embed-snippet]')).not.toHaveValue('');
    await expectNoViolations(page, `${chapterPath('floor-value')} with the embed dialog open (${scheme})`);
  });
}
