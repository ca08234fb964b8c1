import { describe, expect, it } from 'vitest';
import { difficultyTFromHashrate, networkHashrateEhPerSecond } from '../../src/model/difficulty.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notPositive } from '../helpers/modelErrors.ts';

// Hand arithmetic used below: 2^32 = 4,294,967,296; H/s = D · 2^32 / 600; 1 EH/s = 10^18 H/s.
// So EH/s = D_T · 10^12 · 4,294,967,296 / 600 / 10^18 = D_T · 4,294,967,296 / 600,000,000 = D_T · 7.158278826666…

describe('networkHashrateEhPerSecond', () => {
  it('networkHashrateEhPerSecond(37.0) is 264.9 EH/s at the Nov 2022 peak (S001-026)', () => {
    // 37 · 4,294,967,296 = 158,913,789,952; / 600,000,000 = 264.85631658666…
    expectClose(networkHashrateEhPerSecond(37), 264.856_316_586_666_7, 1e-12);
    expect(networkHashrateEhPerSecond(37).toFixed(1)).toBe('264.9');
  });

  it('networkHashrateEhPerSecond(37.0) is not the 264.5 EH/s the 2022 report printed (S001-027): the report rounded D', () => {
    // 264.856 vs 264.5 differ by 0.13 %: more than rounding of the hashrate, so the report used D ≈ 36.95 T (see below).
    expect(Math.abs(networkHashrateEhPerSecond(37) - 264.5)).toBeGreaterThan(0.3);
  });

  it.each([
    // EH/s = D_T · 4,294,967,296 / 600,000,000
    { args: 1, expected: 4_294_967_296 / 600_000_000, tol: 1e-12, note: '1 T → 7.158 EH/s' },
    { args: 35.4, expected: (35.4 * 4_294_967_296) / 600_000_000, tol: 1e-12, note: 'year-end 2022, 35.4 T (S001-028) → 253.4 EH/s' },
    { args: 100, expected: 715.827_882_666_666_7, tol: 1e-12, note: 'the economics.md reference 100 T' },
    { args: 141, expected: 1_009.317_314_56, tol: 1e-12, note: 'the 141 T that reproduces f2pool 2 Feb 2026' },
    { args: 1e-6, expected: 7.158_278_826_666_667e-6, tol: 1e-12, note: 'tiny difficulty stays proportional' },
  ])('networkHashrateEhPerSecond($args) is $expected EH/s ($note)', ({ args, expected, tol }) => {
    expectClose(networkHashrateEhPerSecond(args), expected, tol);
  });

  it('networkHashrateEhPerSecond is linear in difficulty: doubling D doubles the hashrate', () => {
    expectClose(networkHashrateEhPerSecond(74), 2 * 264.856_316_586_666_7, 1e-12);
  });

  it.each(notPositive)('networkHashrateEhPerSecond(%s) throws a ModelInputError naming difficultyT', (bad) => {
    expectModelInputError(() => networkHashrateEhPerSecond(bad), 'difficultyT', bad);
  });

  it('networkHashrateEhPerSecond(-3) throws "invalid difficultyT: -3 (expected a finite number > 0)"', () => {
    expect(() => networkHashrateEhPerSecond(-3)).toThrow(/difficultyT: -3/);
    expect(() => networkHashrateEhPerSecond(-3)).toThrow('invalid difficultyT: -3 (expected a finite number > 0)');
  });
});

describe('difficultyTFromHashrate', () => {
  it('difficultyTFromHashrate(264.5) is 36.95 T: the 264.5 EH/s of the 2022 report is D = 37.0 T rounded (S001-027)', () => {
    // D_T = EH/s · 600,000,000 / 4,294,967,296 = 264.5 · 600,000,000 / 4,294,967,296 = 158,700,000,000 / 4,294,967,296 = 36.9502…
    const d = difficultyTFromHashrate(264.5);
    expectClose(d, 158_700_000_000 / 4_294_967_296, 1e-12);
    expectClose(d, 36.950_2, 1e-5);
    // 36.95 T rounds to the 37.0 T the report quotes.
    expect(d.toFixed(1)).toBe('37.0');
  });

  it('difficultyTFromHashrate(890) is 124.33 T: the f2pool 890 EH/s estimate of 2 Feb 2026 read as if it set difficulty (S003-013)', () => {
    // 890 · 600,000,000 / 4,294,967,296 = 534,000,000,000 / 4,294,967,296 = 124.3315…
    expectClose(difficultyTFromHashrate(890), 534_000_000_000 / 4_294_967_296, 1e-12);
    expectClose(difficultyTFromHashrate(890), 124.33, 1e-4);
  });

  it.each([
    // D_T = EH/s · 600,000,000 / 4,294,967,296
    { args: 1030, expected: 618_000_000_000 / 4_294_967_296, tol: 1e-12, note: 'the first 1.03 ZH/s month (S002-014) → 143.9 T' },
    { args: 325, expected: 195_000_000_000 / 4_294_967_296, tol: 1e-12, note: 'the 2023 base-case forecast (S001-010) → 45.4 T' },
    { args: 7.158_278_826_666_667, expected: 1, tol: 1e-12, note: '7.158 EH/s → 1 T' },
  ])('difficultyTFromHashrate($args) is $expected T ($note)', ({ args, expected, tol }) => {
    expectClose(difficultyTFromHashrate(args), expected, tol);
  });

  it('difficultyTFromHashrate inverts networkHashrateEhPerSecond at 37.0 T', () => {
    expectClose(difficultyTFromHashrate(networkHashrateEhPerSecond(37)), 37, 1e-14);
  });

  it.each(notPositive)('difficultyTFromHashrate(%s) throws a ModelInputError naming networkEhPerSecond', (bad) => {
    expectModelInputError(() => difficultyTFromHashrate(bad), 'networkEhPerSecond', bad);
  });
});
