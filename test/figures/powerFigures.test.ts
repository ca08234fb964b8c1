// Chapter 5's four figures (site-use, flexible-load, hosting, hedge) against hand-computed cases at
// the defaults: a 100 MW site of Antminer S21 XP Hydros (473 TH/s, 5,676 W: 12 J/TH) on $0.06/kWh,
// hashprice $33.96 per PH/s a day (76,176 × 86,400 × 3.125 ÷ (141 × 2³²) per TH/s), full uptime,
// no pool fee; the spot base $0.04/kWh; 730.5 hours in a month, 8,766 in a year.
import { describe, expect, it } from 'vitest';
import { siteUseFigure } from '../../src/figures/siteUse.ts';
import { flexibleLoadFigure, spotForShareOff } from '../../src/figures/flexibleLoad.ts';
import { hostingFigure } from '../../src/figures/hosting.ts';
import { hedgeFigure } from '../../src/figures/hedge.ts';
import { metric, type Figure } from '../../src/figures/types.ts';
import { spotPathShapes } from '../../src/model/hosting.ts';
import { hut8RiverBend } from '../../src/essay/documents.ts';
import { defaultScenario, spec, type Scenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';

const context = testContext();
const at = (s: Partial<Scenario>) => ({ ...defaultScenario(), ...s });
const has = (f: Figure, name: string) => f.metrics.some((m) => m.name === name);

const hpPerPhDay = ((76_176 * 86_400 * 3.125) / (141 * 2 ** 32)) * 1000; // ≈ 33.96
const phPerMw = 1e6 / 12 / 1000; // 83.33 PH/s
const hoursPerYear = 8_766;
const kwhPerMonth100Mw = 100 * 1000 * 730.5; // 73,050,000 kWh

describe('siteUseFigure(scenario, context)', () => {
  const f = siteUseFigure(defaultScenario(), context);

  it('defaults the rent to Hut 8’s River Bend lease: $7 bn ÷ 15 years ÷ 245 MW ≈ $1,904,762 per MW-year (the schema rounds it to the dollar)', () => {
    const perMwYear = hut8RiverBend.contractValueUsd / hut8RiverBend.termYears / hut8RiverBend.megawatts;
    expectClose(perMwYear, 1_904_761.9, 1e-7);
    expect(spec('lease').defaultValue).toBe(Math.round(perMwYear));
    expect(metric(f, 'ai-usd-per-mw-year').value).toBe(spec('lease').defaultValue);
  });

  it('clears 83.33 PH/s × $33.96 × 365.25 − 1,000 kW × 8,766 h × $0.06 ≈ $507,781 per MW-year mining today', () => {
    expectClose(metric(f, 'site-ph-per-mw').value, phPerMw, 1e-12);
    expectClose(metric(f, 'mining-usd-per-mw-year').value, phPerMw * hpPerPhDay * 365.25 - 1000 * hoursPerYear * 0.06, 1e-9);
  });

  it('matches the rent at (rent + a year’s power) ÷ (PH/s × 365.25) ≈ $79.86 per PH/s a day', () => {
    expectClose(metric(f, 'hashprice-matching-lease').value, (1_904_762 + 1000 * hoursPerYear * 0.06) / (phPerMw * 365.25), 1e-9);
  });

  it('values the lease path by hand: −$800 M in month 0, then a twelfth of 100 MW’s rent a month from month 12 to 191, each discounted at 10 % a year at month’s end', () => {
    let npv = -800e6 / 1.1 ** (1 / 12);
    for (let m = 12; m < 192; m++) npv += (100 * 1_904_762) / 12 / 1.1 ** ((m + 1) / 12);
    expectClose(metric(f, 'npv-ai-usd').value, npv, 1e-9);
    expect(f.table.rows).toHaveLength(16); // 192 months: 16 years
    expectClose(f.table.rows.at(-1)!.aiCumulativeUsd, -800e6 + 180 * (100 * 1_904_762) / 12, 1e-9);
  });

  it('at the lowest uptime a link allows (1 %) it still has a matching hashprice, and every metric stays finite', () => {
    const zero = siteUseFigure(at({ uptime: 1 }), context);
    expect(has(zero, 'hashprice-matching-lease')).toBe(true);
    for (const m of zero.metrics) expect(Number.isFinite(m.value), m.name).toBe(true);
  });

  it('with no conversion time and no conversion cost the lease pays from month 0', () => {
    const g = siteUseFigure(at({ convcost: 0, convmonths: 0, leaseyrs: 1 }), context);
    expectClose(g.table.rows[0]!.aiUsd, 100 * 1_904_762, 1e-12);
  });
});

describe('flexibleLoadFigure(scenario, context)', () => {
  const f = flexibleLoadFigure(defaultScenario(), context);
  // Breakeven = $33.96 ÷ 1,000 per TH/s a day ÷ (12 J/TH × 0.024 kWh) ≈ $0.1179/kWh.
  const breakeven = hpPerPhDay / 1000 / (12 * 0.024);

  it('puts the S21 XP Hydro’s breakeven at $33.96 ÷ 1,000 ÷ (12 × 0.024) ≈ $0.118/kWh', () => {
    expectClose(metric(f, 'breakeven-kwh').value, breakeven, 1e-12);
  });

  it('switches off the hours dearer than breakeven: x = 0.1 × (1 − √((b − 0.04) ÷ (1 − 0.04))) of the year, within an hour', () => {
    const x = 0.1 * (1 - Math.sqrt((breakeven - 0.04) / (1 - 0.04)));
    expect(Math.abs(metric(f, 'hours-off').value - x * hoursPerYear)).toBeLessThanOrEqual(1);
    expectClose(metric(f, 'revenue-kept').value, 1 - metric(f, 'hours-off').value / hoursPerYear, 1e-12);
  });

  it('pays less on average while running than an always-on miner pays for every hour', () => {
    expect(metric(f, 'avg-power-price').value).toBeLessThan(metric(f, 'avg-power-price-always-on').value);
    expect(metric(f, 'margin-flexible-usd-per-mw').value).toBeGreaterThan(metric(f, 'margin-always-on-usd-per-mw').value);
  });

  it('reads Elliott: 100 EH/s ÷ 40 % = 250 EH/s, and the least efficient 40 % of the default fleet mix (30 and 26 J/TH classes, 10 + 15 + part of 20 %) stops at the 21.5 J/TH class’s breakeven', () => {
    expect(metric(f, 'elliott-network-eh').value).toBe(250);
    // Fleet weights 25/30/20/15/10 for 12/16.5/21.5/26/30 J/TH: worst first, 10 % + 15 % = 25 % < 40 % ≤ 45 % → the 21.5 J/TH class.
    expectClose(metric(f, 'elliott-spot-kwh').value, hpPerPhDay / 1000 / (21.5 * 0.024), 1e-12);
  });

  it('spotForShareOff: with one class, any share is that class’s breakeven; with none switched off, 0', () => {
    expectClose(spotForShareOff([{ joulesPerTerahash: 20, share: 1 }], 0.048, 0.4), 0.048 / (20 * 0.024), 1e-12);
    expect(spotForShareOff([], 0.048, 0.4)).toBe(0);
  });

  it('the Antminer S9 (98 J/TH) clears $0.03396 − 98 × 0.024 × $0.01 per TH/s a day on $10/MWh power', () => {
    expectClose(metric(f, 'oldest-margin-at-10-mwh').value, hpPerPhDay / 1000 - 98 * 0.024 * 0.01, 1e-12);
  });

  it('a demand-response credit is paid for every hour off, per MWh not drawn', () => {
    const g = flexibleLoadFigure(at({ drcredit: 50 }), context);
    expectClose(metric(g, 'credits-usd-per-mw').value, 50 * metric(g, 'hours-off').value, 1e-12);
  });
});

describe('hostingFigure(scenario, context)', () => {
  it('runs the fixed-price host dry in month 11 of the 2022-like path: 3 months of $0.06 deposits, then (0.06 − 0.04 × k) a kWh each month', () => {
    let cash = 3 * 0.06;
    let out = -1;
    spotPathShapes['2022'].forEach((k, m) => {
      cash += 0.06 - 0.04 * k;
      if (out < 0 && cash < 0) out = m;
    });
    const f = hostingFigure(defaultScenario(), context);
    expect(out).toBe(11);
    expect(metric(f, 'host-cash-out-month').value).toBe(out);
    expectClose(metric(f, 'deposit-usd').value, 3 * 0.06 * kwhPerMonth100Mw, 1e-12);
    expectClose(metric(f, 'deposit-lost-usd').value, metric(f, 'deposit-usd').value, 0);
  });

  it('a pass-through host keeps its spread, 0.01 × 73,050,000 kWh × 24 ≈ $17.5 M, and never runs dry', () => {
    const f = hostingFigure(at({ hostmode: 'pass' }), context);
    expect(has(f, 'host-cash-out-month')).toBe(false);
    expectClose(metric(f, 'host-margin-usd').value, 0.01 * kwhPerMonth100Mw * 24, 1e-9);
    expect(f.caption).toContain('never runs out of cash');
  });

  it('escrowed deposits: the host has no cushion and runs dry sooner, but the clients lose none of them', () => {
    const plain = hostingFigure(defaultScenario(), context);
    const escrow = hostingFigure(at({ escrow: 'on' }), context);
    expect(metric(escrow, 'host-cash-out-month').value).toBeLessThan(metric(plain, 'host-cash-out-month').value);
    expect(metric(escrow, 'deposit-lost-usd').value).toBe(0);
  });

  it('on a flat path at a fixed price above spot, the host never runs dry', () => {
    expect(has(hostingFigure(at({ spotpath: 'flat' }), context), 'host-cash-out-month')).toBe(false);
  });
});

describe('hedgeFigure(scenario, context)', () => {
  const f = hedgeFigure(defaultScenario(), context);
  const forward = 0.04 * 1.1;

  it('posts 30 % of the notional, $0.044 × 73,050,000 kWh × 24 months, as margin, financed at the 12 % loan rate for two years', () => {
    const notional = forward * kwhPerMonth100Mw * 24;
    expectClose(metric(f, 'margin-posted-usd').value, 0.3 * notional, 1e-12);
    expectClose(metric(f, 'hedge-financing-usd').value, 0.3 * notional * 0.12 * 2, 1e-12);
  });

  it('saves the spot bill less the forward bill less the financing along the 2022-like path', () => {
    const spotBill = spotPathShapes['2022'].reduce((a, k) => a + 0.04 * k * kwhPerMonth100Mw, 0);
    const hedgedBill = forward * kwhPerMonth100Mw * 24 + 0.3 * forward * kwhPerMonth100Mw * 24 * 0.24;
    expectClose(metric(f, 'hedge-saving-usd').value, spotBill - hedgedBill, 1e-9);
  });

  it('puts the margin in months of the site’s mining cash margin today: 100 MW × $507,781 ÷ 12 a month', () => {
    const miningMonth = (100 * (phPerMw * hpPerPhDay * 365.25 - 1000 * hoursPerYear * 0.06)) / 12;
    expectClose(metric(f, 'margin-months').value, metric(f, 'margin-posted-usd').value / miningMonth, 1e-9);
  });

  it('a site that mines at a loss today has no months of margin to post: the metric is left out and the caption says so', () => {
    const g = hedgeFigure(at({ kwh: 0.3 }), context);
    expect(has(g, 'margin-months')).toBe(false);
    expect(g.caption).toContain('more than a site that mines at a loss can post');
  });
});
