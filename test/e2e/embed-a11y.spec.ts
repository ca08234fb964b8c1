// axe-core (every rule it runs by default: WCAG 2.x A/AA and best practices) on a chapter with the
// embed dialog open, light and dark. Every embed page itself, in light, dark, forced colours and
// with ?theme=dark, is checked by a11y-modes.spec.ts.
import { expect, test } from './helpers.ts';
import { expectNoViolations } from './axe.ts';
import { chapterPath, figureReady } from './figures.ts';

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
