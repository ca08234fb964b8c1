// depreciationFigure, recoveryFigure and energyPositionFigure: expected values by hand.
import { describe, expect, it } from 'vitest';
import { depreciationFigure } from '../../src/figures/depreciation.ts';
import { recoveryFigure } from '../../src/figures/recovery.ts';
import { energyPositionFigure, energyPositionInputs } from '../../src/figures/energyPosition.ts';
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

  // Each input of the figure moved to another value, one after another from the last, so the memo
  // is warm with the step before: a key that left an input out would hand back a stale value.
  const moves: Record<(typeof energyPositionInputs)[number], Partial<Scenario>> = {
    price: { price: 90_000 }, diff: { diff: 160 }, kwh: { kwh: 0.05 }, fees: { fees: 0.05 }, subsidy: { subsidy: 3.125 },
    date: { date: '2027-05-01' }, pool: { pool: 2 }, uptime: { uptime: 95 }, ths: { ths: 150, watts: 2_000 }, watts: { ths: 150, watts: 2_500 },
    machine: { machine: 'antminer-s19j-pro' }, life: { life: 24 }, growth: { growth: 3 }, drift: { drift: 20 }, discount: { discount: 15 },
    mode: { mode: 'run' }, resale: { resale: 500 }, kwhlow: { kwhlow: 0.03 }, kwhhigh: { kwhhigh: 0.08 }, cut: { cut: 30 },
    hashrate: { hashrate: 'trend' }, fleet: { fleet: '12-50_21.5-50' }, tiers: { tiers: '0.03-50_0.06-50' }, leave: { leave: 6 },
  };
  it('has a move for each of its inputs, each a change', () => {
    expect(Object.keys(moves).sort()).toEqual([...energyPositionInputs].sort());
    for (const [key, move] of Object.entries(moves)) expect(move[key as keyof Scenario], key).not.toEqual(defaultScenario()[key as keyof Scenario]);
  });
  it('reuses no stale projection when one input after another changes (its memo), the network responding and on the trend', () => {
    for (const hashrate of ['respond', 'trend'] as const) {
      let s: Scenario = at({ hashrate });
      const steps: [string, Scenario][] = [['start', s]];
      for (const [key, move] of Object.entries(moves)) {
        if (hashrate === 'trend' && ['fleet', 'tiers', 'leave'].includes(key)) continue; // inputs of the responding network only
        steps.push([key, (s = { ...s, ...move, ...(key === 'hashrate' ? { hashrate: hashrate === 'trend' ? 'respond' : 'trend' } : {}) })]);
        steps.push([`${key}, back`, (s = { ...s, ...(key === 'hashrate' ? { hashrate } : {}) })]);
      }
      for (const [what, step] of steps) {
        const f = energyPositionFigure(step, context);
        for (const r of f.table.rows) {
          const fresh = (kwh: number) => {
            const p = projectMachine(projectionInputs(step, r.machine, { usdPerKwh: kwh }));
            return step.mode === 'run' ? p.valueRunUsd : p.valueCurtailUsd;
          };
          expect(r.valueLow, `${r.machine.id} after moving ${what} (${hashrate})`).toBe(fresh(step.kwhlow));
          expect(r.valueHigh, `${r.machine.id} after moving ${what} (${hashrate})`).toBe(fresh(step.kwhhigh));
        }
      }
    }
  });

  it('is worth more on cheap power than on dear power, machine by machine', () => {
    const f = energyPositionFigure(defaultScenario(), context);
    for (const r of f.table.rows) expect(r.valueLow).toBeGreaterThanOrEqual(r.valueHigh);
  });
});
