// @vitest-environment jsdom
// The hashprice widget, rendered on its own: its figures are the model's at the shared scenario,
// and its controls write that scenario.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import HashpriceWidget from '../../src/widgets/HashpriceWidget.svelte';
import { resetScenario, scenario } from '../../src/scenario/store.svelte.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { marketInputs } from '../../src/scenario/market.ts';
import { hashpriceUsdPerThDay, netOfPoolFee } from '../../src/model/hashprice.ts';
import { btcPaidToMinersPerDay, satsPerThPerDay } from '../../src/model/reward.ts';
import { networkHashrateEhPerSecond } from '../../src/model/difficulty.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext, testEmbed } from '../helpers/figureContext.ts';

function value(container: HTMLElement, name: string): number {
  const el = container.querySelector<HTMLElement>(`[data-metric="${name}"]`);
  if (!el) throw new Error(`no [data-metric="${name}"]`);
  return Number(el.dataset.value);
}

function input(container: HTMLElement, id: string): HTMLInputElement {
  const el = container.querySelector<HTMLInputElement>(`#${id}`);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

/** The widget's headline figures recomputed from a scenario with the model. */
function expectFigures(container: HTMLElement, s: Scenario): void {
  const m = marketInputs(s);
  const gross = hashpriceUsdPerThDay(m);
  expectClose(value(container, 'hashprice'), gross * 1000, 1e-12);
  expectClose(value(container, 'hashprice-th'), gross, 1e-12);
  expectClose(value(container, 'sats-per-th'), satsPerThPerDay(m), 1e-12);
  expectClose(value(container, 'network-hashrate'), networkHashrateEhPerSecond(s.diff), 1e-12);
  expectClose(value(container, 'btc-per-day'), btcPaidToMinersPerDay(m), 1e-12);
}

beforeEach(() => resetScenario());
afterEach(() => resetScenario());

describe('HashpriceWidget', () => {
  it('renders the defaults\' hashprice: data-value = hashpriceUsdPerThDay(defaults) × 1000', () => {
    const { container } = render(HashpriceWidget, { props: { context: testContext(), embed: testEmbed('hashprice') } });
    const expected = hashpriceUsdPerThDay(marketInputs(defaultScenario())) * 1000;
    expectClose(value(container, 'hashprice'), expected, 1e-12);
    expect(value(container, 'hashprice')).toBeCloseTo(33.96, 2);
    expectFigures(container, defaultScenario());
    // Visible text, not only the attribute.
    expect(container.querySelector('[data-metric="hashprice"]')!.textContent).toContain('$33.96');
    // No net-of-pool-fee figure at a 0 % pool fee.
    expect(container.querySelector('[data-metric="hashprice-net-th"]')).toBeNull();
  });

  it('marks itself hydrated once mounted', () => {
    const { container } = render(HashpriceWidget, { props: { context: testContext(), embed: testEmbed('hashprice') } });
    expect(container.querySelector('[data-widget="hashprice"]')!.hasAttribute('data-hydrated')).toBe(true);
  });

  it('a changed price box updates the shared scenario, the slider and every figure', async () => {
    const { container } = render(HashpriceWidget, { props: { context: testContext(), embed: testEmbed('hashprice') } });
    const before = value(container, 'hashprice');
    await fireEvent.change(input(container, 'hp-price-box'), { target: { value: '80000' } });
    expect(scenario.price).toBe(80_000);
    expect(input(container, 'hp-price').value).toBe('80000');
    expectFigures(container, { ...defaultScenario(), price: 80_000 });
    expectClose(value(container, 'hashprice'), (before * 80_000) / 76_176, 1e-12);
  });

  it('difficulty, fees and the subsidy move the figures as the model says', async () => {
    const { container } = render(HashpriceWidget, { props: { context: testContext(), embed: testEmbed('hashprice') } });
    await fireEvent.change(input(container, 'hp-diff-box'), { target: { value: '100' } });
    await fireEvent.change(input(container, 'hp-fees'), { target: { value: '0.5' } });
    await fireEvent.change(container.querySelector('#hp-subsidy')!, { target: { value: '6.25' } });
    expect(scenario).toMatchObject({ diff: 100, fees: 0.5, subsidy: 6.25 });
    expectFigures(container, { ...defaultScenario(), diff: 100, fees: 0.5, subsidy: 6.25 });
  });

  it('a pool fee adds the net figure and leaves the gross one alone', async () => {
    const { container } = render(HashpriceWidget, { props: { context: testContext(), embed: testEmbed('hashprice') } });
    const gross = value(container, 'hashprice-th');
    await fireEvent.change(input(container, 'hp-pool'), { target: { value: '2' } });
    expect(value(container, 'hashprice-th')).toBe(gross);
    expectClose(value(container, 'hashprice-net-th'), netOfPoolFee(gross, 0.02), 1e-12);
    expect(screen.getByText(/After the 2\.0 % pool fee/)).toBeTruthy();
  });

  it('a blank required box keeps the value and says so', async () => {
    const { container } = render(HashpriceWidget, { props: { context: testContext(), embed: testEmbed('hashprice') } });
    const box = input(container, 'hp-price-box');
    await fireEvent.change(box, { target: { value: '' } });
    expect(scenario.price).toBe(76_176);
    expect(box.value).toBe('76176');
    expect(container.querySelector('#hp-price-note')?.textContent).toBe('Not a number; kept $76,176 per BTC.');
    expectFigures(container, defaultScenario());
  });
});
