// machineMarginsFigure(scenario, context) with a three-machine catalogue, figures by hand.
import { describe, expect, it } from 'vitest';
import { machineMarginsFigure } from '../../src/figures/machineMargins.ts';
import { metric } from '../../src/figures/types.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import type { MachineRef } from '../../src/catalogue/machine.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

// Deliberately not in cost order: the figure must sort.
const machines: MachineRef[] = [
  { id: 'old-s9', maker: 'Bitmain', model: 'Antminer S9', terahashPerSecond: 13.5, watts: 1323, confirmed: false }, // 98 J/TH
  { id: 'hydro', maker: 'Bitmain', model: 'Antminer S21 XP Hydro', terahashPerSecond: 473, watts: 5676, confirmed: true }, // 12 J/TH
  { id: 'mid-xp', maker: 'Bitmain', model: 'Antminer S19 XP', terahashPerSecond: 140, watts: 3010, confirmed: false }, // 21.5 J/TH
];
const context = testContext(machines);
// Hashprice at the defaults by hand: 76,176 × 86,400e12 × 3.125 ÷ (141e12 × 2³²) USD per TH/s per day.
const hashprice = (76_176 * 86_400e12 * 3.125) / (141e12 * 2 ** 32);

describe('machineMarginsFigure(scenario, context)', () => {
  it('ranks machines by power ÷ revenue, cheapest share first, with each row by hand', () => {
    const f = machineMarginsFigure(defaultScenario(), context);
    expect(f.table.rows.map((r) => r.machine.id)).toEqual(['hydro', 'mid-xp', 'old-s9']);
    for (const r of f.table.rows) {
      const revenue = r.machine.terahashPerSecond * hashprice;
      const power = (r.machine.watts * 24 * 0.06) / 1000;
      expectClose(r.day.revenueUsdPerDay, revenue, 1e-12);
      expectClose(r.day.powerCostUsdPerDay, power, 1e-12);
      expectClose(r.day.costRatio, power / revenue, 1e-12);
      // Breakeven power price: hashprice ÷ (J/TH × 0.024); breakeven BTC price: price × cost share.
      expectClose(r.day.breakevenUsdPerKwh, hashprice / ((r.machine.watts / r.machine.terahashPerSecond) * 0.024), 1e-12);
      expectClose(r.day.breakevenPriceUsdPerBtc, 76_176 * (power / revenue), 1e-12);
      expect(r.loses).toBe(power > revenue);
    }
  });

  it('counts one loser at the defaults and says so in words', () => {
    const f = machineMarginsFigure(defaultScenario(), context);
    // S9: 1,323 × 0.024 × 0.06 = $1.905 a day of power against 13.5 × 0.03396 = $0.459 of revenue.
    expect(metric(f, 'machines-losing').value).toBe(1);
    expect(f.summary).toBe('1 of 3 machines lose money on power alone at $0.060 per kWh.');
    expect(f.caption).toContain('Antminer S21 XP Hydro');
  });

  it('says every machine covers its bill when none loses', () => {
    const f = machineMarginsFigure({ ...defaultScenario(), kwh: 0.01 }, context);
    expect(f.losing).toBe(0);
    expect(f.summary).toBe('Every machine here covers its power bill at $0.010 per kWh.');
  });

  it('adds the reader\'s machine, ranked with the rest, only when both hashrate and power are set', () => {
    expect(machineMarginsFigure({ ...defaultScenario(), ths: 200 }, context).table.rows).toHaveLength(3);
    const f = machineMarginsFigure({ ...defaultScenario(), ths: 200, watts: 3500 }, context);
    // 17.5 J/TH sits between 12 and 21.5.
    expect(f.table.rows.map((r) => r.machine.id)).toEqual(['hydro', 'custom', 'mid-xp', 'old-s9']);
    expect(f.charts[0]!.kind === 'bars' && f.charts[0]!.items.find((i) => i.key === 'custom')?.highlight).toBe(true);
  });

  it('marks losses in the chart items and in the table text, not only by class', () => {
    const f = machineMarginsFigure(defaultScenario(), context);
    const chart = f.charts[0]!;
    if (chart.kind !== 'bars') throw new Error('expected a bar chart');
    expect(chart.items.filter((i) => i.loss).map((i) => i.key)).toEqual(['old-s9']);
    const ratio = f.table.columns.find((c) => c.metric === 'cost-ratio')!;
    expect(ratio.text(f.table.rows[2]!)).toMatch(/✕ loss$/);
    expect(ratio.text(f.table.rows[0]!)).not.toContain('✕');
    expect(f.table.rowClass!(f.table.rows[2]!)).toBe('loss');
  });

  it('flags unconfirmed specs with † in the machine column', () => {
    const f = machineMarginsFigure(defaultScenario(), context);
    const name = f.table.columns[0]!;
    expect(f.table.rows.map((r) => name.text(r))).toEqual(['Antminer S21 XP Hydro', 'Antminer S19 XP †', 'Antminer S9 †']);
  });
});
