// axe-core on the page as it stands (every rule axe runs by default: WCAG 2.x A/AA and best
// practices, or only the rules given), failing with each violation's rule, impact, help and the
// nodes it found. Not a spec file: nothing here runs on its own.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './helpers.ts';

/**
 * The axe rules whose outcome depends on colour. A colour scheme or forced colours restyle the
 * same document (same markup, same layout), so in a second mode on one load only these can
 * change; the others have answered already.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

export async function expectNoViolations(page: Page, state: string, only?: string[]): Promise<void> {
  // A page axe has already run on (AxeBuilder leaves axe in it) is checked again in place: the
  // builder would inject axe anew and finish the run in a blank page, 0.5–1 s each time. Our pages
  // have no frames, which that machinery is for.
  const again = only !== undefined && (await page.evaluate(() => 'axe' in window && document.querySelectorAll('iframe').length === 0));
  const violations: Violation[] = again
    ? await page.evaluate(
        (rules) => (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe.run(document, { runOnly: { type: 'rule', values: rules } }).then((r) => r.violations),
        only,
      )
    : (await (only ? new AxeBuilder({ page }).withRules(only) : new AxeBuilder({ page })).analyze()).violations;
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(report, `axe violations on ${state}:\n${report.join('\n')}`).toEqual([]);
}
