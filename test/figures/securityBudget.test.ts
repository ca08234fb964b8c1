// securityBudgetFigure(scenario, context): the budget, the majority and AI conversions, by hand.
import { describe, expect, it } from 'vitest';
import { securityBudgetFigure } from '../../src/figures/securityBudget.ts';
import { metric } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });
const networkTh = (141e12 * 2 ** 32) / 600 / 1e12; // ≈ 1.009e9 TH/s

describe('securityBudgetFigure(scenario, context)', () => {
  it('pays miners (3.125 + 0) × 144 × $76,176 a day, 3.40¢ per TH/s, none of it in fees', () => {
    const f = securityBudgetFigure(defaultScenario(), context);
    expect(metric(f, 'security-usd-day').value).toBe(3.125 * 144 * 76_176);
    expectClose(metric(f, 'security-usd-per-th-day').value, (3.125 * 144 * 76_176) / networkTh, 1e-12);
    expect(metric(f, 'security-usd-per-th-day').text).toBe('3.40¢');
    expect(metric(f, 'fee-share').value).toBe(0);
    expect(metric(f, 'security-usd-day-after-halving').value).toBe(1.5625 * 144 * 76_176);
  });

  it('counts fees in the budget and its share: 0.1 BTC a block is 0.1 ÷ 3.225', () => {
    const f = securityBudgetFigure(at({ fees: 0.1 }), context);
    expectClose(metric(f, 'fee-share').value, 0.1 / 3.225, 1e-12);
    expectClose(metric(f, 'security-usd-day-after-halving').value, (1.5625 + 0.1) * 144 * 76_176, 1e-12);
  });

  it('prices a majority at the scenario’s $/TH and the studied machine’s power: network TH/s × $15, × 12 J/TH × 24 h × $0.06', () => {
    const f = securityBudgetFigure(defaultScenario(), context);
    expectClose(metric(f, 'majority-hardware-usd').value, networkTh * 15, 1e-12);
    const joules = 5_676 / 473;
    expectClose(metric(f, 'majority-power-mw').value, (networkTh * joules) / 1e6, 1e-12);
    expectClose(metric(f, 'majority-power-usd-day').value, ((networkTh * joules) / 1000) * 24 * 0.06, 1e-12);
  });

  it("turns Hut 8's 245 MW into the hashrate it ran at the fleet's average J/TH (19.2)", () => {
    // Default mix: (12·25 + 16.5·30 + 21.5·20 + 26·15 + 30·10) ÷ 100 = 19.15 J/TH.
    const f = securityBudgetFigure(defaultScenario(), context);
    expectClose(metric(f, 'ai-ehs').value, 245e6 / 19.15 / 1e6, 1e-12);
    expectClose(metric(f, 'ai-share').value, 245e6 / 19.15 / 1e6 / (networkTh / 1e6), 1e-12);
    expect(metric(securityBudgetFigure(at({ aimw: 0 }), context), 'ai-ehs').value).toBe(0);
  });

  it('has a table row for every computed item, each with how it is computed', () => {
    const f = securityBudgetFigure(defaultScenario(), context);
    expect(f.table.rows.map((r) => r.key)).toEqual(['budget', 'per-th', 'fees', 'after-halving', 'hardware', 'power', 'ai']);
    for (const r of f.table.rows) expect(r.basis.length).toBeGreaterThan(5);
  });
});
