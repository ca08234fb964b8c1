import { describe, expect, it } from 'vitest';
import { monthLabel, number, percent, sig, usd, usdCompact, usdFine, usdPerKwh, usdPerMwh, usdWhole } from '../../src/format/index.ts';

describe('format', () => {
  it.each([
    { fn: usd, x: 16.0823, out: '$16.08' },
    { fn: usd, x: -2.104, out: '−$2.10' },
    { fn: usdWhole, x: 76_176, out: '$76,176' },
    { fn: usdWhole, x: -987.4, out: '−$987' },
    { fn: usdFine, x: 0.033963, out: '$0.0340' },
    { fn: usdPerKwh, x: 0.06, out: '$0.060' },
    { fn: usdCompact, x: 15_139_760_000, out: '$15.1B' },
    { fn: usdCompact, x: 17_441_000, out: '$17.4M' },
    { fn: usdCompact, x: -2_500, out: '−$2.5K' },
    { fn: usdPerMwh, x: 0.081967, out: '$82' },
    { fn: (x: number) => percent(x), x: 0.5168, out: '51.7%' },
    { fn: (x: number) => percent(x, 0), x: 1.2723, out: '127%' },
    { fn: (x: number) => number(x, 1), x: 1009.34, out: '1,009.3' },
    { fn: (x: number) => number(x), x: -0.0001, out: '0' },
    { fn: (x: number) => sig(x, 4), x: 0.0339627, out: '0.03396' },
  ])('$fn.name formats $x as "$out"', ({ fn, x, out }) => {
    expect(fn(x)).toBe(out);
  });

  it.each([usd, usdWhole, usdCompact, usdFine, usdPerKwh, (x: number) => percent(x), (x: number) => number(x, 2), (x: number) => sig(x)])('never prints NaN (%#)', (fn) => {
    expect(fn(NaN)).toBe('—');
    expect(fn(Infinity)).toBe('∞');
    expect(fn(-Infinity)).toBe('−∞');
  });

  it('monthLabel shows a UTC month and year', () => {
    expect(monthLabel(new Date('2028-04-03T00:00:00Z'))).toBe('Apr 2028');
  });
});
