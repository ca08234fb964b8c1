import { describe, expect, it } from 'vitest';
import { recoveryFraction } from '../../src/model/recovery.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notNonNegative, notPositive } from '../helpers/modelErrors.ts';

// Recovery = what the collateral fetched ÷ what it was worth before; the fall is 1 − recovery.
// NFN8 (S000): under $50,000 for over 5,000 machines ⇒ at most $50,000 / 5,000 = $10 a unit (S000-006, S000-002, S000-007),
// against $5,000–$10,000 a unit at the 2021 peak (S000-008).
const nfn8UsdPerUnit = 50_000 / 5_000;

describe('recoveryFraction', () => {
  it('NFN8’s machines fetched about $10 a unit: $50,000 / 5,000', () => {
    expect(nfn8UsdPerUnit).toBe(10);
  });

  it.each([
    { args: { recoveredUsd: nfn8UsdPerUnit, referenceUsd: 5_000 }, expected: 10 / 5_000, tol: 1e-15, note: 'NFN8 against the $5,000 peak: 0.2 %' },
    { args: { recoveredUsd: nfn8UsdPerUnit, referenceUsd: 10_000 }, expected: 10 / 10_000, tol: 1e-15, note: 'NFN8 against the $10,000 peak: 0.1 %' },
    { args: { recoveredUsd: 15, referenceUsd: 120 }, expected: 0.125, tol: 1e-15, note: 'ASIC index $120/TH (2021, S001-065) → $15/TH (2022, S001-058): 12.5 %' },
    { args: { recoveredUsd: 15, referenceUsd: 100 }, expected: 0.15, tol: 1e-15, note: 'an 85 % fall (S000-013): 15 % recovered' },
    { args: { recoveredUsd: 9, referenceUsd: 100 }, expected: 0.09, tol: 1e-15, note: 'a 91 % fall (S000-013): 9 % recovered' },
    { args: { recoveredUsd: 0, referenceUsd: 5_000 }, expected: 0, tol: 0, note: 'nothing recovered' },
    { args: { recoveredUsd: 7_500, referenceUsd: 5_000 }, expected: 1.5, tol: 1e-15, note: 'above the reference: no cap at 1 (a sale into a rising market)' },
  ])('recoveryFraction($args) is $expected ($note)', ({ args, expected, tol }) => {
    expectClose(recoveryFraction(args), expected, tol);
  });

  it('recoveryFraction for NFN8 is 0.1 %–0.2 % of the peak, a fall over 99 % (S000-009)', () => {
    const low = recoveryFraction({ recoveredUsd: nfn8UsdPerUnit, referenceUsd: 10_000 });
    const high = recoveryFraction({ recoveredUsd: nfn8UsdPerUnit, referenceUsd: 5_000 });
    expectClose(1 - low, 0.999, 1e-12);
    expectClose(1 - high, 0.998, 1e-12);
    expect(1 - high).toBeGreaterThan(0.99);
  });

  it('recoveryFraction for NFN8 is 100–400 times below the 20–40 % TradFi forced-sale benchmark (S000-011)', () => {
    // 0.20 / 0.002 = 100; 0.40 / 0.001 = 400
    expectClose(0.2 / recoveryFraction({ recoveredUsd: nfn8UsdPerUnit, referenceUsd: 5_000 }), 100, 1e-12);
    expectClose(0.4 / recoveryFraction({ recoveredUsd: nfn8UsdPerUnit, referenceUsd: 10_000 }), 400, 1e-12);
  });

  it('recoveryFraction of the ASIC index, $120 → $15 per TH, is an 87.5 % fall: inside the 85–91 % range of 2022 (S000-013)', () => {
    // 15 / 120 = 0.125; 1 − 0.125 = 0.875
    const fall = 1 - recoveryFraction({ recoveredUsd: 15, referenceUsd: 120 });
    expectClose(fall, 0.875, 1e-15);
    expect(fall).toBeGreaterThanOrEqual(0.85);
    expect(fall).toBeLessThanOrEqual(0.91);
  });

  it('recoveryFraction does not mutate its input', () => {
    const input = { recoveredUsd: 10, referenceUsd: 5_000 };
    const before = structuredClone(input);
    recoveryFraction(input);
    expect(input).toEqual(before);
  });

  it.each(notNonNegative)('recoveryFraction rejects recoveredUsd = %s with a ModelInputError naming recoveredUsd', (bad) => {
    expectModelInputError(() => recoveryFraction({ recoveredUsd: bad, referenceUsd: 5_000 }), 'recoveredUsd', bad);
  });

  it.each(notPositive)('recoveryFraction rejects referenceUsd = %s with a ModelInputError naming referenceUsd', (bad) => {
    expectModelInputError(() => recoveryFraction({ recoveredUsd: 10, referenceUsd: bad }), 'referenceUsd', bad);
  });
});
