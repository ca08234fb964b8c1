import { describe, expect, it } from 'vitest';
import { byId, reproducesWithin } from '../../src/essay/ledger.ts';
import { chapter2Figures as f, chapter2Ledger, floorDefaults } from '../../src/essay/chapter2.ts';
import { chapter1Figures } from '../../src/essay/chapter1.ts';
import { f2poolSnapshot } from '../../src/essay/documents.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { testContext } from '../helpers/figureContext.ts';
import { floorValueFigure } from '../../src/figures/floorValue.ts';
import { energyPositionFigure } from '../../src/figures/energyPosition.ts';
import { metric } from '../../src/figures/types.ts';
import { projectMachine } from '../../src/model/projection.ts';
import { projectionInputs } from '../../src/scenario/paths.ts';

describe('chapter 2 ledger (no floor)', () => {
  it('the ASIC index fall, $120/TH → $15/TH, is 87.5% and reproduces inside the op-ed’s 85–91% range', () => {
    const r = byId('asic-index-fall');
    expect(r.computedValue).toBeCloseTo(0.875, 12);
    expect(r.reproduces).toBe(true);
    // The range is encoded as midpoint ± half-width: both ends reproduce, values just outside do not.
    expect(r.claimedValue).toBeCloseTo(0.88, 12);
    expect(r.claimedRange).toEqual([0.85, 0.91]);
    for (const inside of [0.85, 0.875, 0.91]) expect(reproducesWithin(inside, r.claimedValue, r.relTolerance + 1e-12, r.comparison), String(inside)).toBe(true);
    for (const outside of [0.84, 0.92]) expect(reproducesWithin(outside, r.claimedValue, r.relTolerance, r.comparison), String(outside)).toBe(false);
    expect(r.computation).toContain('87.5% lost');
    expect(r.assumption).toContain('entered as its midpoint, 88%, with a tolerance of ±3 points');
  });

  it('the defaulted 2022 loans, $277mm against 11.59 EH/s at $15/TH, had an LTV of ≈ 159%: “above 100%” reproduces', () => {
    const r = byId('defaulted-loans-ltv');
    expect(r.comparison).toBe('atLeast');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 277 / (11.59 * 15), 1e-12);
    expectClose(f.defaultedLoanPerThUsd, 23.8999, 1e-5);
    expectClose(f.defaultedLtvAtPeak, 0.19917, 1e-4);
    expect(f.defaultedCollateralAtLowUsd).toBe(173_850_000);
    expect(r.claim).toContain('$277mm of loans against more than 11.59 EH/s');
  });

  it('NFN8: under $50,000 over more than 5,000 units is at most $10 a unit, and the entry says it is an upper bound', () => {
    const r = byId('nfn8-per-unit');
    expect(r.computedValue).toBe(10);
    expect(r.reproduces).toBe(true);
    expect(r.unit).toBe('USD per machine');
    expect(r.assumption).toMatch(/bounds/);
    expect(r.computation).toMatch(/less than \$10\.00/);
  });

  it('NFN8: $10 against the $5,000 bottom of the peak range is a 99.8% fall, so “more than 99%” reproduces (99.9% against $10,000)', () => {
    const r = byId('nfn8-collapse-ratio');
    expect(r.comparison).toBe('atLeast');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 0.998, 1e-12);
    expect(r.computation).toContain('99.90%');
    expect(f.nfn8DipOverMachines).toBe(55);
  });

  it('an 18-month payback on the S19j Pro at year-end-2022 inputs is ≈ $8.81/TH, ~41% under the $15/TH index low: does not reproduce; they meet at ≈ $0.0713', () => {
    const r = byId('payback-18-index-low');
    expect(r.reproduces).toBe(false);
    expectClose(r.computedValue, 8.80983, 1e-5);
    expectClose(r.computedValue, (byId('s19j-pro-payback-value').computedValue * 18) / 15, 1e-12);
    expectClose(f.hashpriceForIndexLow, 0.0712985, 1e-5);
    // The meeting hashprice lies between the Q3 2022 average and the year-end figure.
    expect(f.hashpriceForIndexLow).toBeGreaterThan(0.06);
    expect(f.hashpriceForIndexLow).toBeLessThan(0.09);
    expect(r.computation).toContain('$0.06 − 30.5 J/TH × 0.024 × $0.060 = $0.01608 per TH/s per day; × 18 months');
  });

  it('underclocking 35 → 23 J/TH is 34.3% fewer J/TH (52.2% more hashes per joule): “over 36%” does not reproduce; 36% needs 35.9 or 22.4 J/TH', () => {
    const r = byId('underclocking-gain');
    expect(r.reproduces).toBe(false);
    expect(r.comparison).toBe('atLeast');
    expectClose(r.computedValue, 12 / 35, 1e-12);
    expectClose(f.underclockHashesPerJouleGain, 12 / 23, 1e-12);
    expectClose(f.underclockStartNeededJ, 35.9375, 1e-12);
    expectClose(f.underclockEndNeededJ, 22.4, 1e-12);
    expect(r.computation).toContain('34.3% fewer J/TH');
    expect(r.computation).toContain('52.2%');
  });

  it('the reused chapter-1 entries still hold: S19j Pro $7.34/TH on 15 months, $82 → $109/MWh with 25% fewer J/TH', () => {
    expect(byId('s19j-pro-payback-value').reproduces).toBe(true);
    expect(byId('s19j-pro-breakeven-stock').reproduces).toBe(true);
    expect(byId('s19j-pro-breakeven-braiins').reproduces).toBe(true);
  });
});

describe('chapter2Figures: chapter 2 at the floor-value defaults', () => {
  it('uses the reader’s default scenario (a stale scenario note or prose would show up here)', () => {
    const d = defaultScenario();
    expect({
      dateIso: d.date,
      machineId: d.machine,
      paybackMonths: d.payback,
      lifeMonths: d.life,
      difficultyGrowthPerMonth: d.growth / 100,
      priceDriftPerYear: d.drift / 100,
      discountRatePerYear: d.discount / 100,
      resaleUsd: d.resale,
      purchaseUsdPerTh: d.cost,
      cheapUsdPerKwh: d.kwhlow,
      dearUsdPerKwh: d.kwhhigh,
      efficiencyCutFraction: d.cut / 100,
      hashrate: d.hashrate,
      leaveMonths: d.leave,
    }).toEqual(floorDefaults);
    expect(d.mode).toBe('curtail');
    // The scenario's market defaults are the f2pool snapshot's (the subsidy follows the date).
    const m = f2poolSnapshot.market;
    expect([d.price, d.diff, d.kwh, d.fees, d.subsidy]).toEqual([m.priceUsdPerBtc, m.difficultyT, m.usdPerKwh, m.feesBtcPerBlock, null]);
    expect([d.pool / 100, d.uptime / 100]).toEqual([m.poolFeeFraction, m.uptimeFraction]);
  });

  it('starts at block 934,032 with the 3.125 BTC subsidy; the halving (1,050,000) falls in month 26, April 2028', () => {
    expect(f.startBlockHeight).toBe(934_032);
    expect(f.subsidyBtc).toBe(3.125);
    expect(f.halvingHeight).toBe(1_050_000);
    expect(f.s21.halvingMonth).toBe(26);
    expect(f.halvingDateLabel).toBe('April 2028');
  });

  it('S21 XP Hydro: 18-month payback value ≈ $4,323 a machine, ≈ $9.14/TH', () => {
    expectClose(f.s21.profitUsdPerDay, 7.89094, 1e-5);
    expectClose(f.s21.paybackValueUsd, 4323.25, 1e-5);
    expectClose(f.s21.paybackValueUsdPerTh, 9.14007, 1e-5);
  });

  it('S21 XP Hydro on the fixed trend: forward value ≈ $3,290 switching off, ≈ $2,450 forced to run; first losing month is the halving month', () => {
    expectClose(f.s21.trend.curtailUsd, 3289.54, 1e-5);
    expectClose(f.s21.trend.runUsd, 2449.88, 1e-5);
    expect(f.s21.trend.runUsd).toBeLessThan(f.s21.trend.curtailUsd);
    expect(f.s21.trend.underwaterMonth).toBe(26);
    expect(f.s21.trend.underwaterMonth).toBe(f.s21.halvingMonth);
    expect(f.s21.trend.underwaterMonthLabel).toBe('April 2028');
  });

  it('S21 XP Hydro with hashrate responding (the default): worth more than on the trend, never a losing month, so switching off is worth nothing extra', () => {
    expect(f.s21.curtailUsd).toBeGreaterThan(f.s21.trend.curtailUsd);
    expect(f.s21.underwaterMonth).toBeNull();
    expect(f.s21.underwaterMonthLabel).toBe('never');
    expect(f.s21.runUsd).toBe(f.s21.curtailUsd);
  });

  it('on the fixed trend, after the halving every catalogue machine loses money on power while difficulty still rises (the path that cannot happen)', () => {
    const trend = { ...defaultScenario(), hashrate: 'trend' };
    for (const m of testContext().machines) {
      const p = projectMachine(projectionInputs(trend, m));
      const last = p.months.at(-1)!;
      expect(last.profitUsd, m.model).toBeLessThan(0);
      expect(last.difficultyT).toBeGreaterThan(p.months.at(-2)!.difficultyT);
    }
  });

  it('quotes at the defaults exactly what the live figures show at the defaults (the same network path)', () => {
    const floor = floorValueFigure(defaultScenario(), testContext());
    expect(f.s21.curtailUsd).toBe(metric(floor, 'forward-value-curtail').value);
    expect(f.s21.runUsd).toBe(metric(floor, 'forward-value-run').value);
    expect(f.s21.lifetimeProfitCurtailUsd).toBe(metric(floor, 'lifetime-profit-curtail').value);
    expect(f.s21.trend.curtailUsd).toBe(metric(floor, 'forward-value-other-path').value);
    const s19 = floorValueFigure({ ...defaultScenario(), machine: 'antminer-s19j-pro' }, testContext());
    expect(f.s19jPro.runUsd).toBe(metric(s19, 'forward-value-run').value);
    expect(f.s19jPro.curtailUsd).toBe(metric(s19, 'forward-value-curtail').value);
  });

  it('S21 XP Hydro at $15/TH costs $7,095, more than its undiscounted lifetime profit on either path (≈ $3,567 on the trend): it never pays back', () => {
    expect(f.s21.purchaseUsd).toBe(7_095);
    expectClose(f.s21.trend.lifetimeProfitCurtailUsd, 3566.89, 1e-5);
    expect(f.s21.trend.lifetimeProfitCurtailUsd).toBeLessThan(f.s21.purchaseUsd);
    expect(f.s21.lifetimeProfitCurtailUsd).toBeLessThan(f.s21.purchaseUsd);
  });

  it('sats per TH/s per day fall from ≈ 44.6 to ≈ 11.1 over 36 months: a quarter (2% a month and one halving)', () => {
    // Month 0 of the responding path: half a month at 141 T, half at 141 × 0.9125 (8.75 % of the fleet idle),
    // i.e. 44.5846 sats at 141 T × 141 ÷ the month's harmonic-mean difficulty.
    expectClose(f.s21.satsPerThStart, 44.5846 * 141 * (1 / 141 + 1 / (141 * 0.9125)) / 2, 1e-5);
    expectClose(f.s21.trend.satsPerThEnd, 11.1468, 1e-5);
    expectClose(f.s21.trend.satsKeptFraction, 0.5 * 1.02 ** -35, 1e-12);
    // With hashrate responding, difficulty falls back when machines switch off: more sats are kept.
    expect(f.s21.satsKeptFraction).toBeGreaterThan(f.s21.trend.satsKeptFraction);
    expectClose(f.difficultyGrowthPerYear, 0.26824, 1e-4);
    // 1.273^(1/12) − 1 ≈ 0.02032 and 1.428^(1/12) − 1 ≈ 0.03014: both above our 2% default.
    expectClose(f.monthlyGrowth2021, 0.020_32, 1e-3);
    expectClose(f.monthlyGrowth2022, 0.030_14, 1e-3);
    // 1 − 1/1.1473 = 0.1473 / 1.1473 = 0.128388…
    expectClose(f.retargetOutputCut, 0.1473 / 1.1473, 1e-12);
  });

  it('S19j Pro at the defaults: negative payback value, worth exactly $0 switching off and ≈ −$2,011 forced to run; ≈ $623 on $0.025 power', () => {
    expect(f.s19jPro.costRatio).toBeGreaterThan(1);
    expect(f.s19jPro.paybackValueUsdPerTh).toBeLessThan(0);
    expect(f.s19jPro.curtailUsd).toBe(0);
    expect(f.s19jPro.trend.curtailUsd).toBe(0);
    expectClose(f.s19jPro.trend.runUsd, -2010.82, 1e-5);
    // Responding hashrate softens the loss of running it, but it stays a liability.
    expect(f.s19jPro.runUsd).toBeLessThan(0);
    expect(f.s19jPro.runUsd).toBeGreaterThan(f.s19jPro.trend.runUsd);
  });

  it('S19j Pro: the 129% chapter 2 quotes is chapter 1’s figure at the same defaults; idle, it waits for bitcoin above ≈ $98,509 (difficulty unchanged)', () => {
    expect(f.s19jPro.costRatio).toBe(chapter1Figures.s19jProAtDefaults.costRatio);
    expectClose(f.s19jPro.costRatio, 1.2932, 1e-3);
    // Breakeven price = price × cost share: 76,176 × 1.29318 = 98,509.
    expectClose(f.s19jPro.breakevenPriceUsdPerBtc, 76_176 * f.s19jPro.costRatio, 1e-12);
    expectClose(f.s19jPro.breakevenPriceUsdPerBtc, 98_509, 1e-4);
    // 18-month payback at a loss of 0.04392 − 0.033963 per TH/s per day: −0.009957 × 547.875 ≈ −$5.46/TH.
    expectClose(f.s19jPro.paybackValueUsdPerTh, -5.4553, 1e-3);
  });

  it('discount rate: an 18-month payback on the 36-month life implies ≈ 66.9% a year; at that rate the S21 XP Hydro is worth about a third less', () => {
    expectClose(f.paybackImpliedRatePerYear, 0.668_879, 2e-6);
    expect(floorDefaults.discountRatePerYear).toBe(0.1);
    // The same default projection discounted at 66.9 % instead of 10 %: the floor-value figure at discount=66.8879.
    const buyer = floorValueFigure({ ...defaultScenario(), discount: f.paybackImpliedRatePerYear * 100 }, testContext());
    expectClose(f.s21.curtailUsdAtPaybackRate, metric(buyer, 'forward-value-curtail').value, 1e-12);
    expect(f.s21.curtailUsdAtPaybackRate).toBeLessThan(f.s21.curtailUsd);
    const less = 1 - f.s21.curtailUsdAtPaybackRate / f.s21.curtailUsd;
    expect(less).toBeGreaterThan(0.25);
    expect(less).toBeLessThan(0.45);
    expect(chapter2Ledger.citedWithoutRecomputation['S002-011']).toMatch(/cost of debt/);
  });

  it('energy position: S21 XP Hydro on $0.025 power (never underwater) worth about twice what it is on $0.07, as the live figure says at the defaults', () => {
    const energy = energyPositionFigure(defaultScenario(), testContext());
    expect(f.s21.cheapCurtailUsd).toBe(metric(energy, 'forward-value-curtail-low').value);
    expect(f.s21.dearCurtailUsd).toBe(metric(energy, 'forward-value-curtail-high').value);
    expect(f.s21.cheapUnderwaterMonth).toBeNull();
    expect(f.s21.dearRunUsd).toBeLessThanOrEqual(f.s21.dearCurtailUsd);
    expectClose(f.s21.cheapOverDearCurtail, f.s21.cheapCurtailUsd / f.s21.dearCurtailUsd, 1e-12);
    expect(f.s21.cheapOverDearCurtail).toBeGreaterThan(2);
  });

  it('efficiency lever: 25% fewer J/TH takes the S21 XP Hydro from 12 to 9 J/TH and its breakeven up by a third', () => {
    expect(f.s21.joulesPerTerahash).toBe(12);
    expect(f.s21.joulesAfterCut).toBe(9);
    expectClose(f.s21.breakevenUsdPerKwhAfterCut / f.s21.breakevenUsdPerKwh, 4 / 3, 1e-12);
  });

  it('industrial machinery at 15–20% a year keeps 51–61% over the 36-month life; ASICs kept 9–15% in 2022', () => {
    // 0.8³ = 0.512 and 0.85³ = 0.614125
    expectClose(f.industrialKeptOverLife[0], 0.512, 1e-12);
    expectClose(f.industrialKeptOverLife[1], 0.614125, 1e-12);
    expectClose(f.asicKeptRange[0], 0.09, 1e-9);
    expectClose(f.asicKeptRange[1], 0.15, 1e-9);
  });
});
