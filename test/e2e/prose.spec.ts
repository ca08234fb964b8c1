// The essay's live prose in a real browser: for several scenario links (a loss-making one, one past
// the halving, an older machine, cheap power) every live number in the chapters equals the metric
// of the same name in the figure view model — and in the widget on the page, where it shows the
// metric — and every claim shows the variant its figure calls for. The numbers in the prose set
// the scenario by keyboard and by dragging; the page reads at the defaults without JavaScript.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, pollIntervals, settled, test } from './helpers.ts';
import { expectedFigure, figureContext, scenarioOf } from './figures.ts';
import { figureEntry } from '../../src/figures/registry.ts';
import { claims, claimVariant } from '../../src/figures/claims.ts';
import { formatters, type FormatName } from '../../src/format/named.ts';
import { defaultScenario, spec, type Scenario } from '../../src/scenario/schema.ts';

const chapters = [
  { path: '/', islands: ['hashprice', 'machine-margins', 'scenario-bar'] },
  { path: '/no-floor/', islands: ['floor-value', 'depreciation', 'recovery', 'energy-position', 'scenario-bar'] },
  { path: '/hashrate-answers-back/', islands: ['retarget', 'cost-curve', 'hashrate-response', 'security-budget', 'scenario-bar'] },
  { path: '/underwriting-hashprice/', islands: ['debt-service', 'loan-denomination', 'linked-payments', 'loan-stress', 'scenario-bar'] },
  { path: '/power-is-the-collateral/', islands: ['site-use', 'flexible-load', 'hosting', 'hedge', 'scenario-bar'] },
  { path: '/balance-sheets/', islands: ['treasury', 'capital-stack', 'financing', 'scenario-bar'] },
] as const;
// Chapter 7 (the timeline) is left out: its prose quotes the documents, which no setting changes, so it has no live numbers.

/** Links chosen so every claim shows more than one of its variants between them. */
const links = [
  { name: 'the dated defaults', query: '' },
  { name: 'dear power, loss-making from the start', query: '?kwh=0.1&v=2' },
  { name: 'a date past the halving', query: '?date=2028-06-01&kwh=0.07&v=2' },
  { name: 'an older machine', query: '?machine=antminer-s19j-pro&v=2' },
  { name: 'cheap power', query: '?kwh=0.01&v=2' },
  { name: 'a short life, a cheap machine, take-or-pay', query: '?life=12&cost=2&mode=run&kwhlow=0.1&v=2' },
  { name: 'the fixed trend of link format 1', query: '?price=76176&v=1' },
  { name: 'the fixed trend, dear power', query: '?hashrate=trend&kwh=0.1&kwhlow=0.1&v=2' },
  { name: 'hashrate rising into a retarget', query: '?hrchange=10&v=2' },
  { name: 'a bull market with fees, no machine underwater', query: '?price=200000&fees=0.2&v=2' },
  { name: 'a pass-through host, and bitcoin at $500,000', query: '?hostmode=pass&price=500000&v=2' },
] as const;

interface ProseReading {
  kind: 'number' | 'word' | 'claim';
  figure: string;
  name: string;
  format?: string;
  value?: string | null;
  text: string;
  /** For a claim: the options not hidden. */
  shown?: string[];
}

/** Every live number, word and claim the reader can see (not those inside a variant not shown). */
async function readProse(page: Page): Promise<ProseReading[]> {
  return page.evaluate(() => {
    const out: ProseReading[] = [];
    const inHidden = (el: Element) => el.closest('[data-variant-option][hidden]') !== null;
    for (const el of document.querySelectorAll<HTMLElement>('[data-prose], [data-prose-text], [data-claim]')) {
      if (inHidden(el)) continue;
      const d = el.dataset;
      if (d.claim) {
        const shown = [...el.querySelectorAll<HTMLElement>(':scope > [data-variant-option]')].filter((o) => !o.hidden).map((o) => o.dataset.variantOption!);
        out.push({ kind: 'claim', figure: d.claimFigure!, name: d.claim, value: d.variant ?? null, text: '', shown });
      } else if (d.prose) out.push({ kind: 'number', figure: d.proseFigure!, name: d.prose, format: d.proseFormat, value: d.value ?? null, text: el.textContent ?? '' });
      else out.push({ kind: 'word', figure: d.proseFigure!, name: d.proseText!, text: el.textContent ?? '' });
    }
    return out;
  });
}

/** What the figure view models say each reading should be at a scenario. */
function expected(readings: ProseReading[], s: Scenario): ProseReading[] {
  return readings.map((r) => {
    const figure = figureEntry(r.figure).compute(s, figureContext);
    if (r.kind === 'claim') {
      const variant = claimVariant(r.name, figure);
      return { ...r, value: variant, shown: [variant] };
    }
    if (r.kind === 'word') return { ...r, text: figure.texts?.[r.name] ?? '(missing)' };
    const m = figure.metrics.find((x) => x.name === r.name);
    if (!m) return { ...r, value: null, text: '—' };
    return { ...r, value: String(m.value), text: r.format ? formatters[r.format as FormatName](m.value) : m.text };
  });
}

/** Each reading that differs from what the view models say, as "kind figure/name: got … want …". */
function mismatches(readings: ProseReading[], s: Scenario): string[] {
  const want = expected(readings, s);
  return readings.flatMap((r, i) =>
    JSON.stringify(r) === JSON.stringify(want[i]) ? [] : [`${r.kind} ${r.figure}/${r.name}: got ${JSON.stringify(r)}, want ${JSON.stringify(want[i])}`],
  );
}

/** Waits until every live reading on the page matches the view models at scenario `s`. */
async function expectProseAt(page: Page, s: Scenario, what: string): Promise<ProseReading[]> {
  await expect.poll(async () => mismatches(await readProse(page), s), { message: `live prose at ${what}`, timeout: 5_000, intervals: pollIntervals }).toEqual([]);
  return readProse(page);
}

async function gotoReady(page: Page, chapter: (typeof chapters)[number], query = ''): Promise<void> {
  await page.goto(chapter.path + query);
  for (const w of chapter.islands) await expect(page.locator(`[data-widget="${w}"][data-hydrated]`)).toHaveCount(1);
}

/** The widgets' own data-metric values of those names (outside their tables; null where one shows none), read at once. */
function widgetMetrics(page: Page, wanted: readonly { figure: string; name: string }[]): Promise<(string | null)[]> {
  return page.evaluate((list) => list.map(({ figure, name }) => [...document.querySelectorAll(`[data-figure="${figure}"] [data-metric="${name}"]`)].find((el) => !el.closest('tr'))?.getAttribute('data-value') ?? null), wanted);
}

/**
 * What a chapter's prose can show at a link: every metric, word and claim variant of the chapter's
 * own figures (the only ones its prose quotes: each test checks that). Two links that give the same
 * state show the same prose, so a chapter is loaded once per distinct state, not once per link.
 */
function chapterState(chapter: (typeof chapters)[number], query: string): string {
  const s = scenarioOf(query);
  const figures = chapter.islands.filter((id) => id !== 'scenario-bar').map((id) => figureEntry(id).compute(s, figureContext));
  const variants = Object.entries(claims).filter(([, c]) => figures.some((f) => f.id === c.figure)).map(([name, c]) => claimVariant(name, figures.find((f) => f.id === c.figure)!));
  return JSON.stringify([figures.map((f) => [f.metrics.map((m) => [m.name, m.value, m.text]), f.texts ?? {}]), variants]);
}
const distinctLinks = (chapter: (typeof chapters)[number]) => {
  const states = links.map((l) => chapterState(chapter, l.query));
  return links.filter((_, i) => states.indexOf(states[i]!) === i);
};

for (const chapter of chapters) {
  test.describe(`live prose on ${chapter.path}`, () => {
    const tested = distinctLinks(chapter);
    test('is read at enough distinct states (links that would show the same prose are read once)', () => {
      expect(tested.length, tested.map((l) => l.name).join('; ')).toBeGreaterThanOrEqual(chapter.path === '/' ? 6 : 8);
      expect(tested[0]!.query, 'the defaults come first').toBe('');
    });
    for (const link of tested) {
      test(`at ${link.name} (${link.query || 'no query'}) every live number and claim matches the figures`, async ({ page }) => {
        await gotoReady(page, chapter, link.query);
        const s = scenarioOf(link.query);
        const readings = await expectProseAt(page, s, link.query || 'the defaults');
        expect(readings.filter((r) => r.kind === 'number').length, 'live numbers on the page').toBeGreaterThan(2);
        expect([...new Set(readings.map((r) => r.figure))].filter((id) => !(chapter.islands as readonly string[]).includes(id)), 'figures the prose quotes from other chapters').toEqual([]);
        // The same number in the widget the prose names, where the widget shows it.
        await page.locator('[data-figure]').last().scrollIntoViewIfNeeded();
        for (const id of new Set(readings.map((r) => r.figure))) await page.locator(`[data-figure="${id}"]`).scrollIntoViewIfNeeded();
        await settled(page);
        // Every number the prose quotes is also in its figure (a headline, or under "Also at these settings").
        const quoted = readings.filter((x) => x.kind === 'number' && x.value !== null);
        const shown = await widgetMetrics(page, quoted);
        quoted.forEach((r, i) => expect(shown[i], `${r.figure}/${r.name}: the widget shows the number the prose quotes`).toBe(r.value));
      });
    }
  });
}

test.describe('claims across the links', () => {
  test('between them the links show more than one variant of every claim', async () => {
    const seen = new Map<string, Set<string>>();
    for (const link of links) {
      const s = scenarioOf(link.query);
      for (const [name, claim] of Object.entries(claims)) {
        const figure = figureEntry(claim.figure).compute(s, figureContext);
        (seen.get(name) ?? seen.set(name, new Set()).get(name)!).add(claimVariant(name, figure));
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(claims).sort());
    // Not every variant (e.g. "after the halving" needs a long life and slow growth), but more than one each.
    for (const [name, variants] of seen) expect(variants.size, `${name}: ${[...variants].join(', ')}`).toBeGreaterThan(1);
  });
});

test.describe('numbers in the prose are inputs', () => {
  const chapter = chapters[1];

  test('arrow keys on the payback period move the figure, the prose and the link', async ({ page }) => {
    await gotoReady(page, chapter);
    const range = page.locator('[data-prose-input="payback"] input[type="range"]');
    await expect(range).toHaveAttribute('aria-label', 'Payback period (months)');
    await expect(range).toHaveAttribute('aria-valuetext', '18 months');
    await range.focus();
    for (let i = 0; i < 3; i++) await range.press('ArrowRight');
    await expect(page).toHaveURL(/[?&]payback=21(&|$)/);
    await expect(range).toHaveAttribute('aria-valuetext', '21 months');
    await expect(page.locator('[data-prose-input="payback"] .prose-input__value')).toHaveText('21 months');
    const s: Scenario = { ...defaultScenario(), payback: 21 };
    await expectProseAt(page, s, 'payback 21');
    // The figure's own slider and metric followed.
    const f = expectedFigure('floor-value', '?payback=21&v=2');
    const figure = page.locator('[data-figure="floor-value"]');
    await figure.scrollIntoViewIfNeeded();
    await settled(page);
    await expect(figure.locator('[data-metric="payback-value"]')).toHaveAttribute('data-value', String(f.metrics.find((m) => m.name === 'payback-value')!.value));
    // The status line says whose scenario the text shows, and goes back to the defaults.
    const status = page.locator('[data-scenario-status]');
    await expect(status).toHaveAttribute('data-scenario-status', 'yours');
    await expect(status).toContainText('1 setting changed');
    await expect(page.locator('.at-defaults__note').first()).toBeVisible();
    await status.getByRole('button', { name: 'Back to the defaults' }).click();
    await expect(status).toHaveAttribute('data-scenario-status', 'defaults');
    await expect(page).toHaveURL(/\/no-floor\/$/);
    await expect(range).toHaveAttribute('aria-valuetext', '18 months');
    await expect(page.locator('.at-defaults__note').first()).toBeHidden();
    await expectProseAt(page, defaultScenario(), 'the defaults again');
  });

  test('the link a prose input writes reloads to the same prose', async ({ page }) => {
    await gotoReady(page, chapter);
    const range = page.locator('[data-prose-input="kwh"] input[type="range"]');
    await range.focus();
    for (let i = 0; i < 5; i++) await range.press('ArrowUp');
    await expect(page).toHaveURL(/[?&]kwh=0\.065(&|$)/);
    const before = await expectProseAt(page, { ...defaultScenario(), kwh: 0.065 }, 'kwh 0.065');
    await page.reload();
    await gotoReady(page, chapter, '?kwh=0.065&v=2');
    const after = await expectProseAt(page, { ...defaultScenario(), kwh: 0.065 }, 'the reloaded link');
    expect(after).toEqual(before);
  });

  test('dragging a number sideways changes it a step per 4 px, within the slider range', async ({ page }) => {
    await gotoReady(page, chapter);
    const shown = page.locator('[data-prose-input="kwh"] .prose-input__value');
    await shown.scrollIntoViewIfNeeded();
    const box = (await shown.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 20, y, { steps: 4 });
    await page.mouse.move(x + 40, y, { steps: 4 });
    await page.mouse.up();
    // 40 px = 10 steps of 0.001 from 0.06.
    await expect(page).toHaveURL(/[?&]kwh=0\.07(&|$)/);
    await expect(shown).toHaveText(spec('kwh').describe(0.07));
    await expectProseAt(page, { ...defaultScenario(), kwh: 0.07 }, 'kwh dragged to 0.07');
    // Far to the left stops at the range's minimum, never below.
    const box2 = (await shown.boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(0, y, { steps: 10 });
    await page.mouse.up();
    // The number sits well over 60 px (15 steps) from the left edge: the drag runs past $0.000.
    expect(box2.x).toBeGreaterThan(60);
    await expect(page).toHaveURL(/[?&]kwh=0(&|$)/);
    await expect(page.locator('[data-prose-input="kwh"] input')).toHaveValue('0');
    await expect(shown).toHaveText(spec('kwh').describe(0));
  });

  test('choosing the machine in the prose changes the studied machine everywhere', async ({ page }) => {
    await gotoReady(page, chapter);
    await page.locator('select[data-prose-input="machine"]').selectOption('antminer-s19j-pro');
    await expect(page).toHaveURL(/[?&]machine=antminer-s19j-pro(&|$)/);
    const readings = await expectProseAt(page, { ...defaultScenario(), machine: 'antminer-s19j-pro' }, 'the S19j Pro');
    expect(readings.find((r) => r.name === 'first-losing-month')?.value).toBe('now');
    await expect(page.locator('[data-figure="floor-value"] select').first()).toHaveValue('antminer-s19j-pro');
  });

  test('a link with an out-of-range value shows the notice and the prose the corrected value', async ({ page }) => {
    await gotoReady(page, chapter, '?payback=500');
    await expect(page.locator('[data-widget="scenario-bar"]')).toContainText('Payback period: 500 months is above the maximum');
    await expect(page.locator('[data-prose-input="payback"] .prose-input__value')).toHaveText('60 months');
    await expectProseAt(page, scenarioOf('?payback=500'), 'payback clamped to 60');
  });

  test('axe finds no violations with the prose following a scenario and an input focused', async ({ page }) => {
    await gotoReady(page, chapter, '?kwh=0.1');
    await expectProseAt(page, scenarioOf('?kwh=0.1'), 'kwh 0.1');
    await page.locator('[data-prose-input="cost"] input').focus();
    const results = await new AxeBuilder({ page }).include('main').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const chapter of chapters) {
    test(`${chapter.path} reads at the dated defaults, one variant of each claim shown`, async ({ page }) => {
      await page.goto(chapter.path + '?kwh=0.1'); // a link cannot change a page that runs no script
      const readings = await readProse(page);
      expect(readings.length).toBeGreaterThan(3);
      expect(readings).toEqual(expected(readings, defaultScenario()));
      await expect(page.locator('.at-defaults__note:visible')).toHaveCount(0);
      const inputs = page.locator('[data-prose-input]:not(select) .prose-input__value');
      for (const el of await inputs.all()) await expect(el).not.toBeEmpty();
    });
  }
});
