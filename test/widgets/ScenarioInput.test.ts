// @vitest-environment jsdom
// One scenario control: the slider writes the shared scenario, the number box clamps an
// out-of-range entry to the spec and says so (naming what was typed), never silently.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import ScenarioInput from '../../src/widgets/ScenarioInput.svelte';
import SubsidySelect from '../../src/widgets/SubsidySelect.svelte';
import { flushSync } from 'svelte';
import { resetScenario, scenario } from '../../src/scenario/store.svelte.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';

beforeEach(() => resetScenario());
afterEach(() => resetScenario());

function el<T extends Element = HTMLInputElement>(container: HTMLElement, selector: string): T {
  const found = container.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe('ScenarioInput (range + number box)', () => {
  it('renders the current value in both controls, with the spec\'s range', () => {
    const { container } = render(ScenarioInput, { props: { key: 'diff', idPrefix: 't' } });
    const slider = el(container, '#t-diff');
    const box = el(container, '#t-diff-box');
    expect(slider.type).toBe('range');
    expect(slider.min).toBe('1');
    expect(slider.max).toBe('2000');
    expect(slider.value).toBe('141');
    expect(box.value).toBe('141');
    expect(slider.getAttribute('aria-valuetext')).toBe('141 T');
    expect(container.querySelector('label[for="t-diff"]')?.textContent).toContain('Network difficulty');
  });

  it('clamps a number below the minimum, shows a note naming the value typed, and links it to the box', async () => {
    const { container } = render(ScenarioInput, { props: { key: 'price', idPrefix: 't' } });
    const box = el(container, '#t-price-box');
    await fireEvent.change(box, { target: { value: '900' } });
    expect(scenario.price).toBe(1_000);
    expect(box.value).toBe('1000');
    const note = el<HTMLElement>(container, '#t-price-note');
    expect(note.textContent).toBe('$900 per BTC is below the minimum, $1,000 per BTC; set to the minimum.');
    expect(box.getAttribute('aria-describedby')).toBe('t-price-note');
  });

  it('clamps a number above the maximum and says so', async () => {
    const { container } = render(ScenarioInput, { props: { key: 'price', idPrefix: 't' } });
    const box = el(container, '#t-price-box');
    await fireEvent.change(box, { target: { value: '600000' } });
    expect(scenario.price).toBe(500_000);
    expect(box.value).toBe('500000');
    expect(el<HTMLElement>(container, '#t-price-note').textContent).toBe('$600,000 per BTC is above the maximum, $500,000 per BTC; set to the maximum.');
  });

  it('takes an in-range number as typed, with no note', async () => {
    const { container } = render(ScenarioInput, { props: { key: 'kwh', idPrefix: 't' } });
    const box = el(container, '#t-kwh-box');
    await fireEvent.change(box, { target: { value: '0.0725' } });
    expect(scenario.kwh).toBe(0.0725);
    expect(container.querySelector('#t-kwh-note')).toBeNull();
    expect(box.hasAttribute('aria-describedby')).toBe(false);
  });

  it('a slider move writes the scenario and clears an earlier note', async () => {
    const { container } = render(ScenarioInput, { props: { key: 'price', idPrefix: 't' } });
    await fireEvent.change(el(container, '#t-price-box'), { target: { value: '900' } });
    expect(container.querySelector('#t-price-note')).not.toBeNull();
    await fireEvent.input(el(container, '#t-price'), { target: { value: '80000' } });
    expect(scenario.price).toBe(80_000);
    expect(el(container, '#t-price-box').value).toBe('80000');
    expect(container.querySelector('#t-price-note')).toBeNull();
  });

  // BUG (src/widgets/ScenarioInput.svelte): the clamp note is cleared only by this control's own
  // slider (fromRange). When the value changes elsewhere (the scenario bar's copy of the control,
  // Reset, another island), the note stays: the box shows $80,000 while the note, still linked by
  // aria-describedby, says "$900 per BTC is below the minimum …; set to the minimum."
  // In the browser: type 900 in #hp-price-box, Tab, open the bar, move #bar-price. Remove .fails then.
  it('a clamp note goes away once the value is changed from elsewhere', async () => {
    const { container } = render(ScenarioInput, { props: { key: 'price', idPrefix: 't' } });
    await fireEvent.change(el(container, '#t-price-box'), { target: { value: '900' } });
    expect(container.querySelector('#t-price-note')).not.toBeNull();
    scenario.price = 80_000;
    await new Promise((r) => setTimeout(r, 0));
    expect(el(container, '#t-price-box').value).toBe('80000');
    expect(container.querySelector('#t-price-note')).toBeNull();
  });

  it('follows the shared scenario when something else changes it', async () => {
    const { container } = render(ScenarioInput, { props: { key: 'price', idPrefix: 't' } });
    scenario.price = 123_400;
    await new Promise((r) => setTimeout(r, 0));
    expect(el(container, '#t-price').value).toBe('123400');
    expect(el(container, '#t-price-box').value).toBe('123400');
    expect(el(container, '#t-price').getAttribute('aria-valuetext')).toBe('$123,400 per BTC');
  });
});

describe('ScenarioInput (number box only)', () => {
  it('clamps uptime 0 % up to the 1 % minimum with a note', async () => {
    const { container } = render(ScenarioInput, { props: { key: 'uptime', idPrefix: 't', range: false } });
    expect(container.querySelector('input[type="range"]')).toBeNull();
    const box = el(container, '#t-uptime');
    await fireEvent.change(box, { target: { value: '0' } });
    expect(scenario.uptime).toBe(1);
    expect(box.value).toBe('1');
    expect(el<HTMLElement>(container, '#t-uptime-note').textContent).toBe('0 % is below the minimum, 1 %; set to the minimum.');
  });

  it('clamps a pool fee above 10 % and names the value typed', async () => {
    const { container } = render(ScenarioInput, { props: { key: 'pool', idPrefix: 't', range: false } });
    await fireEvent.change(el(container, '#t-pool'), { target: { value: '25' } });
    expect(scenario.pool).toBe(10);
    expect(el<HTMLElement>(container, '#t-pool-note').textContent).toContain('25.0 %');
  });

  it('an optional setting (custom hashrate) can be cleared back to unset, without a note', async () => {
    const { container } = render(ScenarioInput, { props: { key: 'ths', idPrefix: 't', range: false } });
    const box = el(container, '#t-ths');
    expect(box.value).toBe('');
    await fireEvent.change(box, { target: { value: '250' } });
    expect(scenario.ths).toBe(250);
    await fireEvent.change(box, { target: { value: '' } });
    expect(scenario.ths).toBeNull();
    expect(container.querySelector('#t-ths-note')).toBeNull();
  });

  it('clamps a hashrate below 0.1 TH/s with a note', async () => {
    const { container } = render(ScenarioInput, { props: { key: 'ths', idPrefix: 't', range: false } });
    await fireEvent.change(el(container, '#t-ths'), { target: { value: '0.01' } });
    expect(scenario.ths).toBe(0.1);
    expect(el<HTMLElement>(container, '#t-ths-note').textContent).toContain('below the minimum');
  });
});

describe('SubsidySelect', () => {
  it('renders the subsidy as a select of the allowed values and writes the choice', async () => {
    const { container } = render(SubsidySelect, { props: { idPrefix: 't' } });
    const select = el<HTMLSelectElement>(container, 'select#t-subsidy');
    const values = [...select.options].map((o) => o.value);
    expect(values.filter((v) => v !== '')).toEqual(['6.25', '3.125', '1.5625']);
    const initial = defaultScenario().subsidy;
    expect(select.value).toBe(initial === null ? '' : String(initial));
    // The selected option names the subsidy in force: 3.125 BTC on the default date (2 Feb 2026).
    expect(select.selectedOptions[0]?.textContent).toContain('3.125 BTC');
    await fireEvent.change(select, { target: { value: '1.5625' } });
    expect(scenario.subsidy).toBe(1.5625);
    // The select follows the scenario when it changes elsewhere.
    scenario.subsidy = 6.25;
    flushSync();
    expect(select.value).toBe('6.25');
    // "Follow the date" clears the choice again.
    await fireEvent.change(select, { target: { value: '' } });
    expect(scenario.subsidy).toBeNull();
    expect(select.value).toBe('');
  });
});
