// hashrateResponseFigure(scenario, context): the fixed trend beside hashrate that answers hashprice.
import { describe, expect, it } from 'vitest';
import { hashrateResponseFigure } from '../../src/figures/hashrateResponse.ts';
import { floorValueFigure } from '../../src/figures/floorValue.ts';
import { metric } from '../../src/figures/types.ts';
import { defaultScenario, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });

describe('hashrateResponseFigure(scenario, context)', () => {
  it('shows both paths whatever the scenario’s hashrate setting', () => {
    const a = hashrateResponseFigure(at({ hashrate: 'respond' }), context);
    const b = hashrateResponseFigure(at({ hashrate: 'trend' }), context);
    expect(a.metrics.map((m) => m.value)).toEqual(b.metrics.map((m) => m.value));
  });

  it('agrees with the floor-value figure on each path', () => {
    const f = hashrateResponseFigure(defaultScenario(), context);
    expect(metric(f, 'forward-value-respond').value).toBe(metric(floorValueFigure(at({ hashrate: 'respond' }), context), 'forward-value').value);
    expect(metric(f, 'forward-value-trend').value).toBe(metric(floorValueFigure(at({ hashrate: 'trend' }), context), 'forward-value').value);
  });

  it('compounds the trend path at 2 % a month: month 35 is 141 × 1.02³⁵ T', () => {
    const f = hashrateResponseFigure(defaultScenario(), context);
    expectClose(metric(f, 'difficulty-end-trend').value, 141 * 1.02 ** 35, 1e-12);
    expect(f.table.rows).toHaveLength(36);
  });

  it('at the defaults: the responding network ends lower, pays more per TH, and the machine never loses a month', () => {
    const f = hashrateResponseFigure(defaultScenario(), context);
    expect(metric(f, 'difficulty-end-respond').value).toBeLessThan(metric(f, 'difficulty-end-trend').value);
    expect(metric(f, 'hashprice-end-respond').value).toBeGreaterThan(metric(f, 'hashprice-end-trend').value);
    expect(metric(f, 'forward-value-respond').value).toBeGreaterThan(metric(f, 'forward-value-trend').value);
    expect(metric(f, 'losing-months-respond').value).toBe(0);
    expect(metric(f, 'losing-months-trend').value).toBeGreaterThan(0);
    expect(metric(f, 'left-share-end').value).toBeGreaterThan(0);
    expect(metric(f, 'idle-share-peak').value).toBeGreaterThan(0);
  });

  it('reproduces the trend exactly when no machine in the fleet mix ever loses money (power at $0)', () => {
    const f = hashrateResponseFigure(at({ tiers: '0-100' }), context);
    for (const r of f.table.rows) expect(r.respond.difficultyT).toBe(r.trend.difficultyT);
    expect(metric(f, 'forward-value-respond').value).toBe(metric(f, 'forward-value-trend').value);
    expect(metric(f, 'idle-share-peak').value).toBe(0);
  });

  it('lets idle machines leave later when the reader gives them longer', () => {
    const soon = metric(hashrateResponseFigure(at({ leave: 1 }), context), 'left-share-end').value;
    const late = metric(hashrateResponseFigure(at({ leave: 12 }), context), 'left-share-end').value;
    expect(soon).toBeGreaterThan(0);
    expect(late).toBeLessThanOrEqual(soon);
  });
});
