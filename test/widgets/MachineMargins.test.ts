// @vitest-environment jsdom
// The machine-margins widget with a small catalogue: rows ranked by cost share, figures from
// machineDay, losing machines marked in words, and the reader's own machine.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import MachineMargins from '../../src/widgets/MachineMargins.svelte';
import { resetScenario, scenario } from '../../src/scenario/store.svelte.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { marketInputs } from '../../src/scenario/market.ts';
import { machineDay } from '../../src/model/machineEconomics.ts';
import type { MachineRef } from '../../src/catalogue/machine.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext, testEmbed } from '../helpers/figureContext.ts';

// Deliberately not in cost order: the widget must sort.
const machines: MachineRef[] = [
  { id: 'old-s9', maker: 'Bitmain', model: 'Antminer S9', terahashPerSecond: 13.5, watts: 1323, confirmed: false }, // 98 J/TH: loses at the defaults
  { id: 'hydro', maker: 'Bitmain', model: 'Antminer S21 XP Hydro', terahashPerSecond: 473, watts: 5676, confirmed: true }, // 12 J/TH
  { id: 'mid-xp', maker: 'Bitmain', model: 'Antminer S19 XP', terahashPerSecond: 140, watts: 3010, confirmed: false }, // 21.5 J/TH
];

beforeAll(() => {
  // jsdom has no ResizeObserver; the chart's bind:clientWidth needs one.
  if (!('ResizeObserver' in globalThis)) {
    (globalThis as Record<string, unknown>).ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
});
beforeEach(() => resetScenario());
afterEach(() => resetScenario());

/** Opens the figure's table (drawn only while its <details> is open). */
function openTable(container: HTMLElement): void {
  const details = container.querySelector('details.table-details') as HTMLDetailsElement;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  flushSync();
}

function rows(container: HTMLElement): HTMLTableRowElement[] {
  return [...container.querySelectorAll<HTMLTableRowElement>('tr[data-machine]')];
}
function cell(row: HTMLTableRowElement, metric: string): HTMLElement {
  const el = row.querySelector<HTMLElement>(`[data-metric="${metric}"]`);
  if (!el) throw new Error(`row ${row.dataset.machine} has no ${metric}`);
  return el;
}

describe('MachineMargins', () => {
  it('draws its table only while the table is open', () => {
    const { container } = render(MachineMargins, { props: { context: testContext(machines), embed: testEmbed('machine-margins') } });
    expect(rows(container)).toHaveLength(0);
    openTable(container);
    expect(rows(container)).toHaveLength(3);
    const details = container.querySelector('details.table-details') as HTMLDetailsElement;
    details.open = false;
    details.dispatchEvent(new Event('toggle'));
    flushSync();
    expect(rows(container)).toHaveLength(0);
  });

  it('ranks rows by cost ratio, lowest first, with figures equal to machineDay', () => {
    const { container } = render(MachineMargins, { props: { context: testContext(machines), embed: testEmbed('machine-margins') } });
    openTable(container);
    expect(rows(container).map((r) => r.dataset.machine)).toEqual(['hydro', 'mid-xp', 'old-s9']);
    const ratios = rows(container).map((r) => Number(cell(r, 'cost-ratio').dataset.value));
    expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
    const market = marketInputs(defaultScenario());
    for (const row of rows(container)) {
      const m = machines.find((x) => x.id === row.dataset.machine)!;
      const day = machineDay(m, market);
      expectClose(Number(cell(row, 'revenue-day').dataset.value), day.revenueUsdPerDay, 1e-12);
      expectClose(Number(cell(row, 'power-day').dataset.value), day.powerCostUsdPerDay, 1e-12);
      expectClose(Number(cell(row, 'cost-ratio').dataset.value), day.costRatio, 1e-12);
      expectClose(Number(cell(row, 'profit-day').dataset.value), day.profitUsdPerDay, 1e-12, 1e-12);
      expectClose(Number(cell(row, 'breakeven-kwh').dataset.value), day.breakevenUsdPerKwh, 1e-12);
      expectClose(Number(cell(row, 'breakeven-price').dataset.value), day.breakevenPriceUsdPerBtc, 1e-12);
    }
  });

  it('marks a losing machine with the text marker, not only a class or colour', () => {
    const { container } = render(MachineMargins, { props: { context: testContext(machines), embed: testEmbed('machine-margins') } });
    openTable(container);
    const byId = Object.fromEntries(rows(container).map((r) => [r.dataset.machine, r]));
    const losing = byId['old-s9']!;
    expect(Number(cell(losing, 'cost-ratio').dataset.value)).toBeGreaterThan(1);
    expect(losing.classList.contains('loss')).toBe(true);
    expect(cell(losing, 'cost-ratio').textContent).toMatch(/✕\s*loss/);
    for (const id of ['hydro', 'mid-xp']) {
      expect(byId[id]!.classList.contains('loss')).toBe(false);
      expect(cell(byId[id]!, 'cost-ratio').textContent).not.toContain('✕');
    }
    const summary = container.querySelector<HTMLElement>('[data-metric="machines-losing"]')!;
    expect(summary.dataset.value).toBe('1');
    expect(summary.textContent).toContain('1 of 3 machines lose money on power alone');
    // The chart's labels carry the marker too.
    const chartValues = [...container.querySelectorAll('text.value.loss')].map((t) => t.textContent);
    expect(chartValues).toHaveLength(1);
    expect(chartValues[0]).toContain('✕');
  });

  it('follows the shared scenario: cheap power clears the loss, dear power adds losses', async () => {
    const { container } = render(MachineMargins, { props: { context: testContext(machines), embed: testEmbed('machine-margins') } });
    openTable(container);
    scenario.kwh = 0.01;
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(container.querySelector<HTMLElement>('[data-metric="machines-losing"]')!.dataset.value).toBe('0');
    expect(container.querySelector('tr.loss')).toBeNull();
    expect(container.querySelector('[data-metric="machines-losing"]')!.textContent).toContain('Every machine here covers its power bill');
    scenario.kwh = 0.5;
    await new Promise((r) => setTimeout(r, 0));
    expect(container.querySelector<HTMLElement>('[data-metric="machines-losing"]')!.dataset.value).toBe('3');
  });

  it('adds the reader\'s machine only when both boxes are filled, ranked with the rest', async () => {
    const { container } = render(MachineMargins, { props: { context: testContext(machines), embed: testEmbed('machine-margins') } });
    openTable(container);
    await fireEvent.change(container.querySelector('#mm-ths')!, { target: { value: '200' } });
    expect(scenario.ths).toBe(200);
    expect(container.querySelector('tr[data-machine="custom"]')).toBeNull();
    await fireEvent.change(container.querySelector('#mm-watts')!, { target: { value: '3500' } });
    const row = container.querySelector<HTMLTableRowElement>('tr[data-machine="custom"]');
    expect(row).not.toBeNull();
    expect(row!.textContent).toContain('Your machine');
    const day = machineDay({ terahashPerSecond: 200, watts: 3500 }, marketInputs(scenario));
    expectClose(Number(cell(row!, 'cost-ratio').dataset.value), day.costRatio, 1e-12);
    // 17.5 J/TH sits between the 12 J/TH hydro and the 21.5 J/TH XP.
    expect(rows(container).map((r) => r.dataset.machine)).toEqual(['hydro', 'custom', 'mid-xp', 'old-s9']);
    // Clearing a box removes it again.
    await fireEvent.change(container.querySelector('#mm-watts')!, { target: { value: '' } });
    expect(scenario.watts).toBeNull();
    expect(container.querySelector('tr[data-machine="custom"]')).toBeNull();
  });
});
