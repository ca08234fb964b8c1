import { describe, expect, it } from 'vitest';
import { recoveryBenchmarks } from '../../src/essay/collateralBenchmarks.ts';
import { expectClose } from '../helpers/close.ts';

const benchmark = (id: string) => {
  const b = recoveryBenchmarks.find((x) => x.id === id);
  if (!b) throw new Error(`no benchmark ${id}`);
  return b;
};

describe('recoveryBenchmarks', () => {
  it.each([
    { id: 'industrial', low: 0.2, high: 0.4, note: 'forced sale: 20–40 % of replacement cost' },
    // 1 − 0.91 = 0.09 and 1 − 0.85 = 0.15
    { id: 'asics-2022', low: 0.09, high: 0.15, note: 'a fall of 85–91 % leaves 9–15 %' },
    // 15 ÷ 120 = 0.125
    { id: 'asic-index-2022', low: 0.125, high: 0.125, note: '$15/TH against $120/TH' },
    // 50,000 ÷ 5,000 = $10 a unit; 10 ÷ 10,000 = 0.001 and 10 ÷ 5,000 = 0.002
    { id: 'nfn8-2026', low: 0.001, high: 0.002, note: '$10 a unit against $5,000–$10,000' },
  ])('$id recovers $low–$high ($note)', ({ id, low, high }) => {
    expectClose(benchmark(id).low, low, 1e-12);
    expectClose(benchmark(id).high, high, 1e-12);
  });

  it('names each source as readers read it: title or author, and date', () => {
    expect(benchmark('industrial').source).toBe('Op-ed on ASIC-backed loans, Ben Vincenzi (BTSF), Feb 2026');
    expect(benchmark('asic-index-2022').source).toBe('Surviving the Perfect Storm (the year-end report on 2022 mining), 25 Jan 2023');
  });

  it('writes its basis from the same figures', () => {
    expect(benchmark('industrial').basis).toBe('share of replacement cost: 20–40 %, the benchmark asset-based lenders rely on');
    expect(benchmark('asics-2022').basis).toBe('share of peak value: values fell 85–91 %, so 9–15 % was left');
    expect(benchmark('asic-index-2022').basis).toBe('share of peak price: about $120 per TH at the peak, as low as $15 per TH: 15 ÷ 120');
    expect(benchmark('nfn8-2026').basis).toBe('share of bull-market unit price: under $50,000 for over 5,000 machines is at most $10 a unit, against $5,000–$10,000 at the peak');
  });

  it('names the base of every share in its label and at the start of its basis (the rows are not all shares of the same thing)', () => {
    expect(recoveryBenchmarks.map((b) => b.base)).toEqual(['replacement cost', 'peak value', 'peak price', 'bull-market unit price']);
    for (const b of recoveryBenchmarks) {
      expect(b.label, b.id).toContain(`(share of ${b.base})`);
      expect(b.basis.startsWith(`share of ${b.base}: `), b.id).toBe(true);
    }
  });
});
