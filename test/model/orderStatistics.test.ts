import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeRanks, selectRanks } from '../../src/model/orderStatistics.ts';

const sorted = (a: Float64Array) => Float64Array.from(a).sort();
/**
 * Values with many ties and both infinities, as DSCR columns have (∞ in months with nothing to
 * pay); no −0, whose order against 0 the selection leaves open (the stress test sorts a column that has one).
 */
const value = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (x === 0 ? 0 : x)) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1, 1.5, -2) },
  { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity) },
);
const column = fc.array(value, { minLength: 1, maxLength: 400 }).map((xs) => Float64Array.from(xs));
const withRanks = column.chain((a) =>
  fc.uniqueArray(fc.integer({ min: 0, max: a.length - 1 }), { minLength: 1, maxLength: Math.min(10, a.length) }).map((ks) => ({ a, ranks: ks.sort((x, y) => x - y) })),
);

describe('selectRanks(array, ranks)', () => {
  it('puts each rank where a sort puts it (the example)', () => {
    const a = Float64Array.of(5, 1, 4, 2, 3);
    selectRanks(a, [1, 2]);
    expect([a[1], a[2]]).toEqual([2, 3]);
  });

  it('gives every requested rank the sorted value, on columns with ties and infinities', () => {
    fc.assert(
      fc.property(withRanks, ({ a, ranks }) => {
        const want = sorted(a);
        const b = Float64Array.from(a);
        selectRanks(b, ranks);
        for (const k of ranks) expect(b[k]).toBe(want[k]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves the array a permutation of itself, partitioned around each rank', () => {
    fc.assert(
      fc.property(withRanks, ({ a, ranks }) => {
        const b = Float64Array.from(a);
        selectRanks(b, ranks);
        expect(sorted(b)).toEqual(sorted(a));
        for (const k of ranks) {
          for (let i = 0; i < k; i++) expect(b[i]!).toBeLessThanOrEqual(b[k]!);
          for (let i = k + 1; i < b.length; i++) expect(b[i]!).toBeGreaterThanOrEqual(b[k]!);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('selects the 10 ranks the stress test reads from 10,000 paths', () => {
    let s = 12345;
    const a = Float64Array.from({ length: 10_000 }, () => ((s = (Math.imul(s, 1664525) + 1013904223) | 0), Math.round((s >>> 0) / 2 ** 22) / 4));
    const want = sorted(a);
    const ranks = [499, 500, 2499, 2500, 4999, 5000, 7499, 7500, 9499, 9500];
    selectRanks(a, ranks);
    expect(ranks.map((k) => a[k])).toEqual(ranks.map((k) => want[k]));
  });

  it.each([
    [[2, 1], 'descending'],
    [[1, 1], 'repeated'],
    [[-1], 'negative'],
    [[5], 'past the end'],
    [[0.5], 'fractional'],
  ])('refuses ranks that are %j (%s), naming the rank', (ranks, _what) => {
    expect(() => selectRanks(Float64Array.of(3, 1, 2, 0, 4), ranks)).toThrow(new RegExp(`rank ${ranks.at(-1)}`));
  });
});

describe('placeRanks(array, ranks)', () => {
  it('gives every rank what a sort gives it, −0 before 0 and NaN last included', () => {
    const anyValue = fc.oneof(
      { weight: 4, arbitrary: fc.double({ min: -10, max: 10 }) },
      { weight: 2, arbitrary: fc.constantFrom(0, -0, NaN, Infinity, -Infinity) },
    );
    const cases = fc.array(anyValue, { minLength: 1, maxLength: 60 }).chain((xs) =>
      fc.uniqueArray(fc.integer({ min: 0, max: xs.length - 1 }), { minLength: 1, maxLength: Math.min(10, xs.length) }).map((ks) => ({ a: Float64Array.from(xs), ranks: ks.sort((x, y) => x - y) })),
    );
    fc.assert(
      fc.property(cases, ({ a, ranks }) => {
        const want = sorted(a);
        const b = Float64Array.from(a);
        placeRanks(b, ranks);
        for (const k of ranks) expect(Object.is(b[k], want[k]), `rank ${k}: ${b[k]} where a sort has ${want[k]}`).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('orders the example as a sort does', () => {
    const a = Float64Array.of(0, -0, NaN, -1);
    placeRanks(a, [0, 1, 2]);
    expect([a[0], a[1], a[2]].map((x) => Object.is(x, -0))).toEqual([false, true, false]);
    expect([a[0], a[2], a[3]]).toEqual([-1, 0, NaN]);
  });
});
