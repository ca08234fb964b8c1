import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectMachine, type Projection, type ProjectionInputs } from '../../src/model/projection.ts';
import { subsidyBtcAtHeight } from '../../src/model/subsidy.ts';
import { expectClose } from '../helpers/close.ts';

// Reproducible: one seed for every property in this file; lives ≤ 72 months keep the file well under a second.
fc.configureGlobal({ seed: 42, numRuns: 200 });

const growth = fc.double({ min: -0.05, max: 0.2, noNaN: true });
const drift = fc.double({ min: -0.5, max: 1, noNaN: true });
const usdPerKwh = fc.double({ min: 0, max: 0.3, noNaN: true });

/** Scenarios over the ranges a reader can plausibly set; today's subsidy is the schedule's at the start height. */
const scenario: fc.Arbitrary<ProjectionInputs> = fc
  .record({
    machine: fc.record({
      terahashPerSecond: fc.double({ min: 1, max: 1_000, noNaN: true }),
      watts: fc.double({ min: 100, max: 10_000, noNaN: true }),
    }),
    market: fc.record({
      priceUsdPerBtc: fc.double({ min: 5_000, max: 500_000, noNaN: true }),
      difficultyT: fc.double({ min: 10, max: 2_000, noNaN: true }),
      usdPerKwh,
      feesBtcPerBlock: fc.double({ min: 0, max: 1, noNaN: true }),
      poolFeeFraction: fc.double({ min: 0, max: 0.1, noNaN: true }),
      uptimeFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    startBlockHeight: fc.integer({ min: 800_000, max: 1_200_000 }),
    lifeMonths: fc.integer({ min: 1, max: 72 }),
    difficultyGrowthPerMonth: growth,
    priceDriftPerYear: drift,
    discountRatePerYear: fc.double({ min: 0, max: 0.5, noNaN: true }),
    // Whole cents or none: a subnormal resale (4.4e-323 USD) loses bits in the discounting and is not a price.
    resaleUsd: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 5_000, noNaN: true })),
  })
  .map((s) => ({ ...s, market: { ...s.market, subsidyBtc: subsidyBtcAtHeight(s.startBlockHeight) } }));

/**
 * The same, with power priced near the machine's month-0 breakeven ($/kWh* = TH · hashprice · (1 − pool fee) / (W · 0.024),
 * hashprice = price · 86,400 · (subsidy + fees) / (D · 2^32)), times 0.5–1.5: most such scenarios mix profitable and losing
 * months, where the two operating modes part. Uniform draws alone almost never do.
 */
const marginal: fc.Arbitrary<ProjectionInputs> = fc.tuple(scenario, fc.double({ min: 0.5, max: 1.5, noNaN: true })).map(([s, factor]) => {
  const { machine, market } = s;
  const hashprice = (market.priceUsdPerBtc * 86_400 * (market.subsidyBtc + market.feesBtcPerBlock)) / (market.difficultyT * 2 ** 32);
  const breakeven = (machine.terahashPerSecond * hashprice * (1 - market.poolFeeFraction)) / (machine.watts * 0.024);
  return { ...s, market: { ...market, usdPerKwh: breakeven * factor } };
});
const anyScenario = fc.oneof(scenario, marginal);

/** Two draws of the same arbitrary, smaller first. */
function ordered(arbitrary: fc.Arbitrary<number>): fc.Arbitrary<[number, number]> {
  return fc.tuple(arbitrary, arbitrary).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
}

/**
 * The size of a projection's money flows, for a rounding allowance on comparisons. It starts at $1, so 1e-12 × scale is
 * at least a trillionth of a dollar: inputs at the edges (subnormal uptime or power price) give subnormal profits whose
 * last bits are noise.
 */
function scale(...projections: Projection[]): number {
  let total = 1;
  for (const p of projections) {
    total += Math.abs(p.valueRunUsd) + Math.abs(p.valueCurtailUsd);
    for (const month of p.months) total += Math.abs(month.profitUsd);
  }
  return total;
}

/** a ≥ b, allowing for rounding (pow is not guaranteed monotone to the last bit). */
function expectAtLeast(a: number, b: number, allowance: number): void {
  expect(a).toBeGreaterThanOrEqual(b - allowance);
}

describe('projectMachine: operating modes', () => {
  it('projectMachine valueCurtail ≥ valueRun always (switching off can only help)', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        const p = projectMachine(inputs);
        expectAtLeast(p.valueCurtailUsd, p.valueRunUsd, 1e-12 * scale(p));
        for (const month of p.months) expectAtLeast(month.valueCurtailUsd, month.valueRunUsd, 1e-12 * scale(p));
      }),
    );
  });

  it('projectMachine valueCurtail ≥ 0 without resale (no floor below zero when the operator can switch off)', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        const p = projectMachine({ ...inputs, resaleUsd: 0 });
        expect(p.valueCurtailUsd).toBeGreaterThanOrEqual(0);
        for (const month of p.months) {
          expect(month.valueCurtailUsd).toBeGreaterThanOrEqual(0);
          expect(month.cumulativeCurtailUsd).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('projectMachine: monotonicity', () => {
  it('projectMachine: more difficulty growth never raises either value', () => {
    fc.assert(
      fc.property(anyScenario, ordered(growth), (inputs, [lo, hi]) => {
        const slow = projectMachine({ ...inputs, difficultyGrowthPerMonth: lo });
        const fast = projectMachine({ ...inputs, difficultyGrowthPerMonth: hi });
        const allowance = 1e-12 * scale(slow, fast);
        expectAtLeast(slow.valueRunUsd, fast.valueRunUsd, allowance);
        expectAtLeast(slow.valueCurtailUsd, fast.valueCurtailUsd, allowance);
      }),
    );
  });

  it('projectMachine: a higher price drift never lowers either value', () => {
    fc.assert(
      fc.property(anyScenario, ordered(drift), (inputs, [lo, hi]) => {
        const bear = projectMachine({ ...inputs, priceDriftPerYear: lo });
        const bull = projectMachine({ ...inputs, priceDriftPerYear: hi });
        const allowance = 1e-12 * scale(bear, bull);
        expectAtLeast(bull.valueRunUsd, bear.valueRunUsd, allowance);
        expectAtLeast(bull.valueCurtailUsd, bear.valueCurtailUsd, allowance);
      }),
    );
  });

  it('projectMachine: a higher power price never raises either value', () => {
    fc.assert(
      // Two power prices: the scenario's (uniform on 0–0.3, or near breakeven) scaled by two ordered factors in 0–2.
      fc.property(anyScenario, ordered(fc.double({ min: 0, max: 2, noNaN: true })), (inputs, [lo, hi]) => {
        const cheap = projectMachine({ ...inputs, market: { ...inputs.market, usdPerKwh: inputs.market.usdPerKwh * lo } });
        const dear = projectMachine({ ...inputs, market: { ...inputs.market, usdPerKwh: inputs.market.usdPerKwh * hi } });
        const allowance = 1e-12 * scale(cheap, dear);
        expectAtLeast(cheap.valueRunUsd, dear.valueRunUsd, allowance);
        expectAtLeast(cheap.valueCurtailUsd, dear.valueCurtailUsd, allowance);
      }),
    );
  });
});

describe('projectMachine: identities', () => {
  it('projectMachine with zero growth, drift and discount: valueRun = Σ profit + resale, valueCurtail = Σ max(0, profit) + resale', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        const flat = { ...inputs, difficultyGrowthPerMonth: 0, priceDriftPerYear: 0, discountRatePerYear: 0 };
        const p = projectMachine(flat);
        let run = 0;
        let curtail = 0;
        let size = 1 + flat.resaleUsd;
        for (const month of p.months) {
          expect(month.discountFactor).toBe(1);
          expect(month.difficultyT).toBe(flat.market.difficultyT);
          expect(month.priceUsdPerBtc).toBe(flat.market.priceUsdPerBtc);
          run += month.profitUsd;
          curtail += Math.max(0, month.profitUsd);
          size += Math.abs(month.profitUsd);
        }
        expectClose(p.valueRunUsd, run + flat.resaleUsd, 1e-12, 1e-12 * size);
        expectClose(p.valueCurtailUsd, curtail + flat.resaleUsd, 1e-12, 1e-12 * size);
      }),
    );
  });

  it('projectMachine months[0] carries the totals and the last cumulative plus discounted resale equals each total', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        const p = projectMachine(inputs);
        const first = p.months[0]!;
        const last = p.months[p.months.length - 1]!;
        expect(first.valueCurtailUsd).toBe(p.valueCurtailUsd);
        expect(first.valueRunUsd).toBe(p.valueRunUsd);
        const allowance = 1e-12 * (scale(p) + inputs.resaleUsd);
        expectClose(last.cumulativeCurtailUsd + inputs.resaleUsd * last.discountFactor, p.valueCurtailUsd, 1e-12, allowance);
        expectClose(last.cumulativeRunUsd + inputs.resaleUsd * last.discountFactor, p.valueRunUsd, 1e-12, allowance);
      }),
    );
  });

  it('projectMachine halvingMonth is the month whose 4,383 blocks contain the next multiple of 210,000, or null past the horizon', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        const p = projectMachine(inputs);
        const next = (Math.floor(inputs.startBlockHeight / 210_000) + 1) * 210_000;
        const month = Math.floor((next - inputs.startBlockHeight) / 4_383);
        expect(p.halvingMonth).toBe(month < inputs.lifeMonths ? month : null);
      }),
    );
  });
});

describe('projectMachine: well-defined output', () => {
  it('projectMachine returns lifeMonths months numbered 0…L−1, with no NaN or Infinity anywhere', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        const p = projectMachine(inputs);
        expect(p.months).toHaveLength(inputs.lifeMonths);
        for (const key of ['valueCurtailUsd', 'valueRunUsd', 'satsPerThEnd'] as const) {
          expect(Number.isFinite(p[key]), `${key} is ${p[key]}`).toBe(true);
        }
        const bad: string[] = [];
        p.months.forEach((month, m) => {
          if (month.month !== m) bad.push(`months[${m}].month is ${month.month}`);
          for (const [key, value] of Object.entries(month)) if (!Number.isFinite(value)) bad.push(`months[${m}].${key} is ${value}`);
        });
        expect(bad).toEqual([]);
      }),
    );
  });

  it('projectMachine underwaterMonth is null or the first month with profit < 0', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        const p = projectMachine(inputs);
        const first = p.months.findIndex((month) => month.profitUsd < 0);
        expect(p.underwaterMonth).toBe(first === -1 ? null : first);
      }),
    );
  });

  it('projectMachine satsPerThEnd is the last month’s, and no more than month 0’s when difficulty does not fall', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        const p = projectMachine(inputs);
        expect(p.satsPerThEnd).toBe(p.months[p.months.length - 1]!.satsPerThPerDay);
        if (inputs.difficultyGrowthPerMonth >= 0) expect(p.satsPerThEnd).toBeLessThanOrEqual(p.months[0]!.satsPerThPerDay);
        // BTC output per TH/s never rises month to month: difficulty grows and the subsidy only halves.
        if (inputs.difficultyGrowthPerMonth >= 0) {
          for (let m = 1; m < p.months.length; m++) expect(p.months[m]!.satsPerThPerDay).toBeLessThanOrEqual(p.months[m - 1]!.satsPerThPerDay);
        }
      }),
    );
  });

  it('projectMachine does not mutate its input', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        const before = structuredClone(inputs);
        projectMachine(inputs);
        expect(inputs).toEqual(before);
      }),
    );
  });
});
