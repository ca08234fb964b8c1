// depreciationFigure, recoveryFigure and energyPositionFigure: expected values by hand.
import { describe, expect, it } from 'vitest';
import { depreciationFigure } from '../../src/figures/depreciation.ts';
import { recoveryFigure } from '../../src/figures/recovery.ts';
import { energyPositionFigure } from '../../src/figures/energyPosition.ts';
import { metric } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { projectMachine } from '../../src/model/projection.ts';
import { projectionInputs } from '../../src/scenario/paths.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });
const hashprice = (76_176 * 86_400e12 * 3.125) / (141e12 * 2 ** 32);
const daysPerMonth = 365.25 / 12;

describe('depreciationFigure(scenario, context)', () => {
  it('loses sats with difficulty: 1 ÷ 1.02¹¹ − 1 over 12 months at 2 % a month (no halving inside)', () => {
    const f = depreciationFigure(at({ life: 12, hashrate: 'trend' }), context);
    expectClose(metric(f, 'sats-change').value, 1 / 1.02 ** 11 - 1, 1e-12);
    expect(f.summary.satsText).toBe('20% fewer'); // 1 − 1 ÷ 1.243 = 19.6 %
    expect(f.summary.priceText).toBe('stays flat');
  });

  it('keeps its sats with no growth and no halving, and says so', () => {
    const f = depreciationFigure(at({ life: 12, growth: 0, hashrate: 'trend' }), context);
    expectClose(metric(f, 'sats-change').value, 0, 0, 1e-15);
    expect(f.summary.satsText).toBe('about as many');
  });

  it('halves output at the 2028 halving: −50 % with no growth over 36 months', () => {
    // Month 35 is past height 1,050,000, so the subsidy is 1.5625 BTC against 3.125 today.
    const f = depreciationFigure(at({ growth: 0, hashrate: 'trend' }), context);
    expectClose(metric(f, 'sats-change').value, -0.5, 1e-12);
  });

  it('loses fewer sats with hashrate responding: machines that stop paying leave, and difficulty follows', () => {
    // The trend keeps compounding difficulty; the responding network lets it fall when the
    // least efficient machines switch off, so each TH/s keeps more of its output.
    for (const growth of [0, 2, 5]) {
      const respond = metric(depreciationFigure(at({ growth }), context), 'sats-kept').value;
      const fixed = metric(depreciationFigure(at({ growth, hashrate: 'trend' }), context), 'sats-kept').value;
      expect(respond, `growth ${growth} %`).toBeGreaterThan(fixed);
    }
  });

  it('names the BTC price path: a 10 % yearly drift over 24 months rises (1.1^(23/12) − 1)', () => {
    const f = depreciationFigure(at({ life: 24, drift: 10 }), context);
    expect(f.summary.priceText).toBe(`rises ${Math.round((1.1 ** (23 / 12) - 1) * 100)}%`);
  });

  it('draws the value in the reader\'s mode', () => {
    const run = depreciationFigure(at({ mode: 'run' }), context);
    expect(run.table.rows.every((r) => r.valueUsd === r.valueRunUsd)).toBe(true);
    const curtail = depreciationFigure(defaultScenario(), context);
    expect(curtail.table.rows.every((r) => r.valueUsd === r.valueCurtailUsd)).toBe(true);
  });
});

describe('recoveryFigure(scenario, context)', () => {
  it('puts the reader\'s machine beside the documents\' benchmarks: payback value per TH ÷ price per TH', () => {
    const f = recoveryFigure(defaultScenario(), context);
    const perTh = ((473 * hashprice - (5_676 * 24 * 0.06) / 1000) * 18 * daysPerMonth) / 473;
    expectClose(metric(f, 'recovery-scenario').value, perTh / 15, 1e-12);
    expect(f.table.rows.map((r) => r.id)).toEqual([...context.recoveryBenchmarks.map((b) => b.id), 'scenario']);
    expect(f.table.rows.at(-1)!.basis).toBe(`payback value $${perTh.toFixed(2)} per TH ÷ purchase price $15.00 per TH`);
  });

  it('lets the share go negative for a machine that loses money, and above 100 % for a cheap one', () => {
    expect(metric(recoveryFigure(at({ machine: 'antminer-s9' }), context), 'recovery-scenario').value).toBeLessThan(0);
    expect(metric(recoveryFigure(at({ cost: 1 }), context), 'recovery-scenario').value).toBeGreaterThan(1);
  });

  it('names sources as documents, not internal ids', () => {
    const f = recoveryFigure(defaultScenario(), context);
    for (const r of f.table.rows) expect(r.source).not.toMatch(/\bS00[0-3]\b/);
    expect(f.source).not.toMatch(/\bS00[0-3]\b/);
  });
});

describe('energyPositionFigure(scenario, context)', () => {
  it('reproduces the 2022 report\'s firmware example: $0.06 ÷ (30.5 × 0.024) and ÷ (30.5 × 0.75 × 0.024)', () => {
    const f = energyPositionFigure(defaultScenario(), context);
    expectClose(metric(f, 'example-breakeven-before').value, 0.06 / (30.5 * 0.024), 1e-12);
    expectClose(metric(f, 'example-breakeven-after').value, 0.06 / (30.5 * 0.75 * 0.024), 1e-12);
    expect(metric(f, 'example-breakeven-before').text).toBe('$82');
    expect(metric(f, 'example-breakeven-after').text).toBe('$109');
    expect(f.example.reported).toBe('$82 → $109 at 25 %');
  });

  it('gives the studied machine\'s breakeven hashprice at each power price: J/TH × 0.024 × $/kWh', () => {
    const f = energyPositionFigure(defaultScenario(), context);
    expectClose(metric(f, 'breakeven-hashprice-low').value, 12 * 0.024 * 0.025, 1e-12);
    expectClose(metric(f, 'breakeven-hashprice-high').value, 12 * 0.024 * 0.07, 1e-12);
    expectClose(metric(f, 'margin-low').value, 473 * hashprice - (5_676 * 24 * 0.025) / 1000, 1e-12);
    expectClose(metric(f, 'breakeven-kwh-before').value, hashprice / (12 * 0.024), 1e-12);
    expectClose(metric(f, 'breakeven-kwh-after').value, hashprice / (12 * 0.75 * 0.024), 1e-12);
  });

  it('ranks every machine by J/TH and marks the studied one', () => {
    const f = energyPositionFigure(defaultScenario(), context);
    const j = f.table.rows.map((r) => r.low.joulesPerTerahash);
    expect(j).toEqual([...j].sort((a, b) => a - b));
    expect(f.table.rows.filter((r) => r.chosen).map((r) => r.machine.id)).toEqual(['antminer-s21-xp-hydro']);
    expect(f.table.rows).toHaveLength(context.machines.length);
  });

  it('reuses no stale projection when one input after another changes (its memo)', () => {
    // Each step changes one input; every forward value must equal a fresh projection of it.
    const steps: Partial<Scenario>[] = [{}, { kwhlow: 0.03 }, { kwhlow: 0.03, growth: 3 }, { kwhlow: 0.025, growth: 3 }, { kwhlow: 0.025, growth: 3, mode: 'run' }, { date: '2027-05-01' }, { ths: 150, watts: 2_000 }];
    for (const step of steps) {
      const s = at(step);
      const f = energyPositionFigure(s, context);
      for (const r of f.table.rows) {
        const fresh = (kwh: number) => {
          const p = projectMachine(projectionInputs(s, r.machine, { usdPerKwh: kwh }));
          return s.mode === 'run' ? p.valueRunUsd : p.valueCurtailUsd;
        };
        expect(r.valueLow, `${r.machine.id} at ${JSON.stringify(step)}`).toBe(fresh(s.kwhlow));
        expect(r.valueHigh, `${r.machine.id} at ${JSON.stringify(step)}`).toBe(fresh(s.kwhhigh));
      }
    }
  });

  it('is worth more on cheap power than on dear power, machine by machine', () => {
    const f = energyPositionFigure(defaultScenario(), context);
    for (const r of f.table.rows) expect(r.valueLow).toBeGreaterThanOrEqual(r.valueHigh);
  });
});
