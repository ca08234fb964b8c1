// axe-core checks (all rules axe runs by default: WCAG 2.x A/AA and best practices) on the states
// a reader can reach: the default page, the scenario bar open, a corrected link, and dark mode.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, gotoReady, openBar, test } from './helpers.ts';

/** Rules to skip everywhere. Empty: every axe rule must pass in every state. */
const knownBugRules: string[] = [];

async function expectNoViolations(page: Page, state: string, rules: { only?: string[]; skip?: string[] } = { skip: knownBugRules }): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (rules.only) builder = builder.withRules(rules.only);
  if (rules.skip) builder = builder.disableRules(rules.skip);
  const results = await builder.analyze();
  const report = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(report, `axe violations on ${state}:\n${report.join('\n')}`).toEqual([]);
}

test('default page has no axe violations', async ({ page }) => {
  await gotoReady(page);
  await expectNoViolations(page, 'the default page');
});

test('page with the scenario bar open has no axe violations', async ({ page }) => {
  await gotoReady(page);
  await openBar(page);
  await expectNoViolations(page, 'the page with the bar open');
});

test('page opened from a bad link (notice shown) has no axe violations', async ({ page }) => {
  await gotoReady(page, '/?price=abc&diff=-5&kwh=9&subsidy=7&pool=1&pool=2&v=9');
  await expect(page.locator('[data-link-notice]')).toBeVisible();
  await expectNoViolations(page, 'a bad-link page');
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('default page in dark mode has no axe violations', async ({ page }) => {
    await gotoReady(page);
    await openBar(page);
    await expectNoViolations(page, 'the page in dark mode');
  });
});

// Regression: the sticky scenario bar once sat outside every landmark (axe `region`); it is now in the banner.
test('all content is inside landmarks (axe region rule), with the bar open', async ({ page }) => {
  await gotoReady(page);
  await openBar(page);
  await expectNoViolations(page, 'the page with the bar open (region rule)', { only: ['region'] });
});

// Regression: the two chapter navs once shared one name (axe `landmark-unique`); they are now labelled apart.
test('landmarks are unique (axe landmark-unique rule)', async ({ page }) => {
  await gotoReady(page);
  await expectNoViolations(page, 'the default page (landmark-unique rule)', { only: ['landmark-unique'] });
});
