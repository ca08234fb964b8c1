// axe-core checks (all rules axe runs by default: WCAG 2.x A/AA and best practices) on the states
// of chapter 1 a reader can reach beyond its default load: the scenario bar open (light, then dark),
// and a corrected link. The default load of every page, in light, dark and forced colours, is
// a11y-modes.spec.ts.
import { expect, gotoReady, openBar, test } from './helpers.ts';
import { colourRules, expectNoViolations } from './axe.ts';

test('page with the scenario bar open has no axe violations, in light and in dark', async ({ page }) => {
  await gotoReady(page);
  await openBar(page);
  await expectNoViolations(page, 'the page with the bar open');
  // Dark restyles the same document: the rules that depend on colour, run again in place.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  await expectNoViolations(page, 'the page with the bar open, in dark mode', colourRules);
});

test('page opened from a bad link (notice shown) has no axe violations', async ({ page }) => {
  await gotoReady(page, '/?price=abc&diff=-5&kwh=9&subsidy=7&pool=1&pool=2&v=9');
  await expect(page.locator('[data-link-notice]')).toBeVisible();
  await expectNoViolations(page, 'a bad-link page');
});

// Regression: the sticky scenario bar once sat outside every landmark (axe `region`); it is now in the banner.
test('all content is inside landmarks (axe region rule), with the bar open', async ({ page }) => {
  await gotoReady(page);
  await openBar(page);
  await expectNoViolations(page, 'the page with the bar open (region rule)', ['region']);
});

// Regression: the two chapter navs once shared one name (axe `landmark-unique`); they are now labelled apart.
test('landmarks are unique (axe landmark-unique rule)', async ({ page }) => {
  await gotoReady(page);
  await expectNoViolations(page, 'the default page (landmark-unique rule)', ['landmark-unique']);
});
