import { randomLcg, randomNormal } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { networkPath, type HashrateResponse } from '../../src/model/hashrateResponse.ts';
import { createLoanRunner, type LoanOnFleet } from '../../src/model/loanPath.ts';
import { createStressSimulator, runStressTest, stressPercentiles, type StressInputs, type StressResult } from '../../src/model/stressTest.ts';
import { fleetCurveOf } from '../../src/scenario/paths.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, nonFinite, notNonNegative, notPositive } from '../helpers/modelErrors.ts';
import { hydroFleet } from '../helpers/fleets.ts';

// Every simulation here is ≤ 2,000 paths over a 24-month term, so the file runs in well under a second or two.
// The market is 2 Feb 2026: $76,176, 141 T, 3.125 BTC, no fees, height 934,032 (the next halving is 26.5 months away,
// so the subsidy is 3.125 BTC for all 24 months), difficulty trend +2 % a month.

const response: HashrateResponse = { curve: fleetCurveOf(defaultScenario()), leaveMonths: 3 };
const loanOf = (principal: number, overrides: Partial<LoanOnFleet> = {}): LoanOnFleet => ({
  fleet: hydroFleet,
  terms: { principalInLoanUnit: principal, ratePerYear: 0.12, termMonths: 24, kind: 'amortizing' },
  denomination: 'usd',
  lifeMonths: 36,
  paybackMonths: 18,
  marginCallLtv: 0.9,
  linked: null,
  ...overrides,
});
/** $5 M: DSCR ≈ 0.81–0.91 from month 0, so every path breaches. */
const bigLoan = loanOf(5e6);
/** $500 k with $20,000 opex: DSCR ≈ 9 at month 0, and ≥ 1.7 all term on the trend path. */
const smallLoan = loanOf(5e5, { fleet: { ...hydroFleet, opexUsdPerMonth: 20_000 } });

const inputs = (overrides: Partial<StressInputs> = {}): StressInputs => ({
  priceUsdPerBtc: 76_176,
  difficultyT: 141,
  feesBtcPerBlock: 0,
  subsidyBtc: 3.125,
  startBlockHeight: 934_032,
  months: 24,
  difficultyGrowthPerMonth: 0.02,
  priceDriftPerYear: 0,
  volatilityPerYear: 0.5,
  growthNoisePerMonth: 0.02,
  response,
  loan: bigLoan,
  paths: 500,
  seed: 1,
  ...overrides,
});

/** The deterministic projection's path (networkPath, price P₀(1 + drift)^(m/12)) through the loan runner. */
function deterministic(i: StressInputs) {
  const path = networkPath({
    difficultyT: i.difficultyT,
    priceUsdPerBtc: i.priceUsdPerBtc,
    feesBtcPerBlock: i.feesBtcPerBlock,
    subsidyBtc: i.subsidyBtc,
    startBlockHeight: i.startBlockHeight,
    lifeMonths: i.months,
    difficultyGrowthPerMonth: i.difficultyGrowthPerMonth,
    priceDriftPerYear: i.priceDriftPerYear,
    response: i.response,
  });
  const hashprice = Float64Array.from(path, (m) => m.hashpriceUsdPerPhDay);
  const price = Float64Array.from({ length: i.months }, (_, m) => i.priceUsdPerBtc * (1 + i.priceDriftPerYear) ** (m / 12));
  const r = createLoanRunner(i.loan).run(hashprice, price);
  return { dscr: Float64Array.from(r.dscr), firstBreachMonth: r.firstBreachMonth, marginCallMonth: r.marginCallMonth };
}

const percentile = (r: StressResult, p: number, m: number): number => r.dscrPercentiles[p * r.term + m]!;

describe('runStressTest: reproducible by seed', () => {
  it('runStressTest: the same seed gives identical results (every percentile of every month, bit for bit)', () => {
    const a = runStressTest(inputs());
    const b = runStressTest(inputs());
    expect(b.dscrPercentiles).toEqual(a.dscrPercentiles);
    expect(b).toEqual(a);
    expect(a.dscrPercentiles.length).toBe(stressPercentiles.length * 24);
  });

  it('runStressTest: another seed gives other paths (the seed is used)', () => {
    const a = runStressTest(inputs());
    const b = runStressTest(inputs({ seed: 2 }));
    expect(b.dscrPercentiles).not.toEqual(a.dscrPercentiles);
    // Month 0 draws nothing: every path starts at today's price and difficulty.
    for (let p = 0; p < stressPercentiles.length; p++) expect(percentile(b, p, 0)).toBe(percentile(a, p, 0));
  });

  it('createStressSimulator: simulate(0, 300) then simulate(300, 1000) equals one run of 1,000 paths', () => {
    const sim = createStressSimulator(inputs({ paths: 1_000 }));
    sim.simulate(0, 300);
    expect(sim.done).toBe(300);
    sim.simulate(300, 300); // an empty chunk changes nothing
    sim.simulate(300, 1_000);
    expect(sim.result()).toEqual(runStressTest(inputs({ paths: 1_000 })));
  });

  it('createStressSimulator: after its first 300 paths, the result is a 300-path run\'s', () => {
    const sim = createStressSimulator(inputs({ paths: 1_000 }));
    sim.simulate(0, 300);
    expect(sim.result()).toEqual(runStressTest(inputs({ paths: 300 })));
  });

  it('createStressSimulator: before any path, the result has no paths, shares 0 and NaN percentiles', () => {
    const r = createStressSimulator(inputs()).result();
    expect([r.paths, r.pDscrBreach, r.pMarginCall, r.medianMarginCallMonth, r.term]).toEqual([0, 0, 0, -1, 24]);
    expect([...r.dscrPercentiles].every(Number.isNaN)).toBe(true);
  });

  it.each([
    { note: 'skipping ahead', run: [[0, 10], [20, 30]], input: 'fromPath', value: 20 },
    { note: 'going back', run: [[0, 10], [5, 30]], input: 'fromPath', value: 5 },
    { note: 'past the last path', run: [[0, 501]], input: 'toPath', value: 501 },
    { note: 'a chunk that ends before it starts', run: [[0, 10], [10, 9]], input: 'toPath', value: 9 },
  ])('createStressSimulator: $note throws ModelInputError naming $input', ({ run, input, value }) => {
    const sim = createStressSimulator(inputs());
    const last = run.pop()!;
    for (const [from, to] of run) sim.simulate(from!, to!);
    expectModelInputError(() => sim.simulate(last[0]!, last[1]!), input, value);
  });
});

describe('runStressTest: zero volatility and zero growth noise reproduce the deterministic path', () => {
  const cases: { note: string; over: Partial<StressInputs>; breach: 0 | 1; call: 0 | 1; callMonth: number }[] = [
    { note: 'the $5 M loan, responding network (breach and margin call in month 0)', over: { loan: bigLoan }, breach: 1, call: 1, callMonth: 0 },
    { note: 'the $5 M loan, trend network', over: { loan: bigLoan, response: null }, breach: 1, call: 1, callMonth: 0 },
    { note: 'the $500 k loan, responding network (never breaches)', over: { loan: smallLoan }, breach: 0, call: 0, callMonth: -1 },
    { note: 'the $500 k loan, trend network (never breaches)', over: { loan: smallLoan, response: null }, breach: 0, call: 0, callMonth: -1 },
    // Interest-only, the $5 M balance stays while the trend's hashprice falls 2 % a month: LTV = 5e6 / (1,000 × (0.473h − 8.17344) × 547.875)
    // passes 2 once h < (5e6 / (2 × 547,875,000) + 8.17344) / 0.473 = $26.93: h₁₁ = 33.963 / 1.02^11 = 27.31, h₁₂ = 33.963 / 1.02^12 = 26.78,
    // so month 12. The responding network holds hashprice near $32–36, so LTV stays under 2 there (≈ 1.3).
    { note: '$5 M interest-only with a margin call at LTV 2, trend network', over: { loan: loanOf(5e6, { terms: { ...bigLoan.terms, kind: 'interest-only' }, marginCallLtv: 2 }), response: null }, breach: 1, call: 1, callMonth: 12 },
    { note: '$5 M interest-only with a margin call at LTV 2, responding network', over: { loan: loanOf(5e6, { terms: { ...bigLoan.terms, kind: 'interest-only' }, marginCallLtv: 2 }) }, breach: 1, call: 0, callMonth: -1 },
    { note: '$3 M over 36 simulated months at +30 % a year drift, responding network', over: { loan: loanOf(3e6, { marginCallLtv: 1 }), months: 36, priceDriftPerYear: 0.3 }, breach: 0, call: 0, callMonth: -1 },
    // $3 M (A = 141,220.42) at h_m = 33.963 × 0.8^(m/12) / 1.02^m: LTV_m = B_m / (1,000 × (0.473h_m − 8.17344) × 547.875) is
    // 0.8732 at m = 5 (h = 28.03) and 0.9218 at m = 6 (h = 26.97): the margin call is month 6; DSCR 0.970 < 1 from month 3.
    { note: '$3 M at −20 % a year drift, trend network (margin call in month 6)', over: { loan: loanOf(3e6), priceDriftPerYear: -0.2, response: null }, breach: 1, call: 1, callMonth: 6 },
  ];

  it.each(cases)('runStressTest: $note', ({ over, breach, call, callMonth }) => {
    const i = inputs({ ...over, volatilityPerYear: 0, growthNoisePerMonth: 0, paths: 50 });
    const d = deterministic(i);
    const r = runStressTest(i);
    expect(r.term).toBe(24);
    for (let p = 0; p < stressPercentiles.length; p++) for (let m = 0; m < 24; m++) expectClose(percentile(r, p, m), d.dscr[m]!, 1e-9);
    expect(r.pDscrBreach).toBe(d.firstBreachMonth >= 0 ? 1 : 0);
    expect(r.pMarginCall).toBe(d.marginCallMonth >= 0 ? 1 : 0);
    expect(r.medianMarginCallMonth).toBe(d.marginCallMonth);
    // The expected answers, stated: the comparison above is not between two things that are both always "no breach".
    expect([r.pDscrBreach, r.pMarginCall, r.medianMarginCallMonth]).toEqual([breach, call, callMonth]);
  });

  it('runStressTest: the responding network changes the deterministic DSCR (so the two cases above test different paths)', () => {
    const on = deterministic(inputs({ volatilityPerYear: 0, growthNoisePerMonth: 0 }));
    const off = deterministic(inputs({ volatilityPerYear: 0, growthNoisePerMonth: 0, response: null }));
    // Month 23: the trend's hashprice is 33.96 / 1.02^23 = $21.5; the responding network's stays near $32.
    expect(on.dscr[23]! / off.dscr[23]!).toBeGreaterThan(5);
  });

  it('runStressTest: at zero volatility and noise the seed does not matter', () => {
    const i = inputs({ volatilityPerYear: 0, growthNoisePerMonth: 0, paths: 20 });
    expect(runStressTest({ ...i, seed: 7 })).toEqual(runStressTest({ ...i, seed: 1 }));
  });
});

describe('runStressTest: risk rises with volatility', () => {
  const vols = [0, 0.2, 0.5, 1.0];
  it.each([
    { note: 'responding network', response },
    { note: 'trend network', response: null },
  ])('runStressTest: on a loan the deterministic path never breaches, p-breach and p-margin-call are 0 at zero volatility and rise with it — $note', ({ response: resp }) => {
    const runs = vols.map((v) => runStressTest(inputs({ loan: smallLoan, response: resp, growthNoisePerMonth: 0, volatilityPerYear: v, paths: 2_000 })));
    const breach = runs.map((r) => r.pDscrBreach);
    const call = runs.map((r) => r.pMarginCall);
    expect(breach[0]).toBe(0);
    expect(call[0]).toBe(0);
    for (let k = 1; k < vols.length; k++) {
      expect(breach[k]).toBeGreaterThanOrEqual(breach[k - 1]!);
      expect(call[k]).toBeGreaterThanOrEqual(call[k - 1]!);
    }
    // Strictly, between 20 % and 100 % a year (2,000 paths; 100 % puts the price under half its level within two years on ~30 % of paths).
    expect(breach[3]).toBeGreaterThan(breach[1]! + 0.2);
    expect(call[3]).toBeGreaterThan(call[1]! + 0.2);
    // A margin call month, when there are any, lies in the term.
    for (const r of runs) {
      if (r.pMarginCall > 0) expect(r.medianMarginCallMonth).toBeGreaterThanOrEqual(0);
      else expect(r.medianMarginCallMonth).toBe(-1);
      expect(r.medianMarginCallMonth).toBeLessThan(24);
    }
  });

  it('runStressTest: growth noise alone spreads the DSCR (the percentiles of month 23 differ) but not month 0', () => {
    const r = runStressTest(inputs({ loan: smallLoan, volatilityPerYear: 0, growthNoisePerMonth: 0.05, response: null }));
    expect(percentile(r, 4, 23)).toBeGreaterThan(percentile(r, 0, 23) * 1.1);
    expect(percentile(r, 4, 0)).toBe(percentile(r, 0, 0));
  });
});

describe('runStressTest: the price is geometric Brownian motion with the projection\'s drift in its mean', () => {
  // Free power, no opex, the trend network at 0 growth and 0 noise: difficulty stays 141 T and the subsidy 3.125 BTC, so
  // hashprice ∝ price and a USD loan's DSCR_m = D₀ × price_m / P₀ with
  //   D₀ = 1,000 × 0.473 × h₀ × 30.4375 / A, h₀ = 1000 × 76,176 × 86,400 × 3.125 / (141 × 2^32) = $33.963/PH/day,
  //   A = 5e6 × 0.01 / (1 − 1.01^−24) = 235,367.36.
  // price_m / P₀ = exp(σ·W(t) − σ²t/2), t = m/12, is lognormal: its q-quantile is exp(σ√t·z_q − σ²t/2).
  // The sample q-quantile of n paths has a standard error (in log) of about σ√t·√(q(1 − q)) / (φ(z_q)·√n).
  const z = [-1.644_853_6, -0.674_489_8, 0, 0.674_489_8, 1.644_853_6];
  const phi = (x: number): number => Math.exp(-(x * x) / 2) / Math.sqrt(2 * Math.PI);
  const h0 = (1000 * 76_176 * 86_400 * 3.125) / (141 * 2 ** 32);
  const a = (5e6 * 0.01) / (1 - 1.01 ** -24);
  const d0 = (1_000 * 0.473 * h0 * 30.437_5) / a;
  const n = 2_000;

  it.each([0.3, 0.8])('runStressTest: at σ = %s every DSCR percentile of months 6, 12 and 23 sits within 4 standard errors of the lognormal quantile', (sigma) => {
    const r = runStressTest(inputs({ loan: { ...bigLoan, fleet: { ...hydroFleet, usdPerKwh: 0, opexUsdPerMonth: 0 } }, response: null, difficultyGrowthPerMonth: 0, growthNoisePerMonth: 0, volatilityPerYear: sigma, paths: n }));
    for (let p = 0; p < 5; p++) {
      expectClose(percentile(r, p, 0), d0, 1e-12); // no draw in month 0
      for (const m of [6, 12, 23]) {
        const t = m / 12;
        const expected = d0 * Math.exp(sigma * Math.sqrt(t) * z[p]! - (sigma * sigma * t) / 2);
        const q = stressPercentiles[p]!;
        const se = (sigma * Math.sqrt(t) * Math.sqrt(q * (1 - q))) / (phi(z[p]!) * Math.sqrt(n));
        expect(Math.abs(Math.log(percentile(r, p, m) / expected))).toBeLessThan(4 * se);
      }
    }
  });
});

describe('runStressTest: summaries', () => {
  it('runStressTest: percentiles are ordered p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95 every month', () => {
    const r = runStressTest(inputs({ volatilityPerYear: 0.8 }));
    for (let m = 0; m < 24; m++) for (let p = 1; p < 5; p++) expect(percentile(r, p, m)).toBeGreaterThanOrEqual(percentile(r, p - 1, m));
  });

  it('runStressTest: a 5th-percentile DSCR under 1 means at least ⌊0.05 × 499⌋ + 1 = 25 of 500 paths breach', () => {
    // the 5th percentile of 500 sorted values interpolates between the 25th and 26th (indices 24 and 25),
    // so it is under 1 only if the 25th smallest is.
    const r = runStressTest(inputs({ loan: smallLoan, volatilityPerYear: 0.8 }));
    const anyUnder = Array.from({ length: 24 }, (_, m) => percentile(r, 0, m)).some((x) => x < 1);
    expect(anyUnder).toBe(true);
    expect(r.pDscrBreach).toBeGreaterThanOrEqual(25 / 500);
  });

  it('runStressTest: a hashprice-linked loan that some paths pay off early (DSCR Infinity after) has no NaN percentile', () => {
    // A cap of 3 × the schedule pays $2 M off within months on paths where hashprice soars: those months owe nothing
    // (DSCR Infinity) while other paths still pay. With 5 paths the R-7 index (5 − 1)·q is whole for q = 0.25, 0.5, 0.75,
    // so a percentile there is a sorted value itself: finite or Infinity, never Infinity × 0.
    for (const paths of [5, 21, 101]) {
      const r = runStressTest(
        inputs({
          loan: loanOf(2e6, { linked: { floorFraction: 0, capFraction: 3, referenceHashpriceUsdPerPhDay: 34 } }),
          response: null,
          volatilityPerYear: 1,
          paths,
          seed: 1,
        }),
      );
      expect([...r.dscrPercentiles].filter(Number.isNaN)).toEqual([]);
      expect([...r.dscrPercentiles].some((x) => x === Infinity)).toBe(true);
    }
  });

  it('runStressTest: 5 paths replayed by hand from randomLcg(seed) give the R-7 percentiles (s₀ + 0.2(s₁ − s₀), s₁, s₂, s₃, s₃ + 0.8(s₄ − s₃))', () => {
    // The documented draws: per path, per month m > 0, W += √(1/12)·N (the price's), then one N for the growth (drawn even at
    // zero noise). With free power, no opex, the trend at 0 growth: DSCR_m = D₀ × exp(σW_m − σ²m/24), D₀ as in the GBM test.
    const sigma = 0.7;
    const h0 = (1000 * 76_176 * 86_400 * 3.125) / (141 * 2 ** 32);
    const d0 = (1_000 * 0.473 * h0 * 30.437_5) / ((5e6 * 0.01) / (1 - 1.01 ** -24));
    const normal = randomNormal.source(randomLcg(3))(0, 1);
    const byPath: number[][] = [];
    for (let p = 0; p < 5; p++) {
      let w = 0;
      const row: number[] = [];
      for (let m = 0; m < 24; m++) {
        if (m > 0) {
          w += Math.sqrt(1 / 12) * normal();
          normal();
        }
        row.push(d0 * Math.exp(sigma * w - (sigma * sigma * m) / 24));
      }
      byPath.push(row);
    }
    const free = { ...bigLoan, fleet: { ...hydroFleet, usdPerKwh: 0, opexUsdPerMonth: 0 } };
    const r = runStressTest(inputs({ loan: free, response: null, difficultyGrowthPerMonth: 0, growthNoisePerMonth: 0, volatilityPerYear: sigma, paths: 5, seed: 3 }));
    for (let m = 0; m < 24; m++) {
      const s = byPath.map((row) => row[m]!).sort((x, y) => x - y);
      // R-7 index (5 − 1)·q = 0.2, 1, 2, 3, 3.8
      const expected = [s[0]! + 0.2 * (s[1]! - s[0]!), s[1]!, s[2]!, s[3]!, s[3]! + 0.8 * (s[4]! - s[3]!)];
      for (let p = 0; p < 5; p++) expectClose(percentile(r, p, m), expected[p]!, 1e-12);
    }
  });
});

describe('runStressTest: bad input throws ModelInputError naming the value', () => {
  const bad: { over: Partial<StressInputs>; input: string; value: number }[] = [
    ...notPositive.map((v) => ({ over: { priceUsdPerBtc: v }, input: 'priceUsdPerBtc', value: v })),
    ...notPositive.map((v) => ({ over: { difficultyT: v }, input: 'difficultyT', value: v })),
    ...notNonNegative.map((v) => ({ over: { feesBtcPerBlock: v }, input: 'feesBtcPerBlock', value: v })),
    ...notNonNegative.map((v) => ({ over: { subsidyBtc: v }, input: 'subsidyBtc', value: v })),
    ...[-0.1, 5.1, ...nonFinite].map((v) => ({ over: { volatilityPerYear: v }, input: 'volatilityPerYear', value: v })),
    ...[-0.1, 1.1, ...nonFinite].map((v) => ({ over: { growthNoisePerMonth: v }, input: 'growthNoisePerMonth', value: v })),
    ...[0, 1.5, 100_001, Number.NaN].map((v) => ({ over: { paths: v }, input: 'paths', value: v })),
    ...[-1, 1.5, Number.NaN].map((v) => ({ over: { seed: v }, input: 'seed', value: v })),
    ...[23, 24.5, 0, Number.NaN].map((v) => ({ over: { months: v }, input: 'months', value: v })),
    ...[-0.6, 1.5, ...nonFinite].map((v) => ({ over: { difficultyGrowthPerMonth: v }, input: 'difficultyGrowthPerMonth', value: v })),
    ...[-1, 11, ...nonFinite].map((v) => ({ over: { priceDriftPerYear: v }, input: 'priceDriftPerYear', value: v })),
    ...[-1, 1.5, Number.NaN].map((v) => ({ over: { startBlockHeight: v }, input: 'startBlockHeight', value: v })),
    ...[0, 1.5].map((v) => ({ over: { response: { ...response, leaveMonths: v } }, input: 'response.leaveMonths', value: v })),
    { over: { response: { curve: [], leaveMonths: 3 } }, input: 'response.curve', value: '[]' as unknown as number },
    { over: { loan: { ...bigLoan, lifeMonths: 0 } }, input: 'lifeMonths', value: 0 },
    { over: { loan: { ...bigLoan, fleet: { ...hydroFleet, units: 0 } } }, input: 'units', value: 0 },
  ];
  it.each(bad)('createStressSimulator and runStressTest: $input $value throws', ({ over, input, value }) => {
    expectModelInputError(() => createStressSimulator(inputs(over)), input, value);
    expectModelInputError(() => runStressTest(inputs(over)), input, value);
  });
});
