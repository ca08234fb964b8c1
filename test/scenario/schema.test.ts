import { describe, expect, it } from 'vitest';
import { defaultScenario, fitToSpec, paramSpecs, spec } from '../../src/scenario/schema.ts';
import { hashpriceUsdPerThDay } from '../../src/model/hashprice.ts';
import { effectiveSubsidyBtc, marketInputs } from '../../src/scenario/market.ts';

describe('schema', () => {
  it('defaultScenario() returns a fresh object each call', () => {
    const a = defaultScenario();
    a.price = 1;
    expect(defaultScenario().price).toBe(76_176);
  });

  it('every default lies within its own range (or is one of its choices)', () => {
    for (const s of paramSpecs) {
      if (s.defaultValue === null) continue;
      if (s.kind === 'text') {
        if (s.choices) expect(s.choices).toContain(s.defaultValue);
        else expect(s.problem?.(s.defaultValue)).toBeUndefined();
        continue;
      }
      if (s.choices) expect(s.choices).toContain(s.defaultValue);
      else {
        expect(s.defaultValue).toBeGreaterThanOrEqual(s.min);
        expect(s.defaultValue).toBeLessThanOrEqual(s.max);
      }
    }
  });

  it('the defaults reproduce f2pool’s $0.034 per TH/s per day of 2 Feb 2026 to within 0.5 %', () => {
    const hashprice = hashpriceUsdPerThDay(marketInputs(defaultScenario()));
    expect(Math.abs(hashprice - 0.034) / 0.034).toBeLessThan(0.005);
  });

  it('spec("nope") throws naming the key', () => {
    expect(() => spec('nope' as never)).toThrow(/unknown scenario parameter: nope/);
  });

  it.each([
    { key: 'price', n: 900, value: 1_000, says: /below the minimum, \$1,000 per BTC/ },
    { key: 'price', n: 600_000, value: 500_000, says: /above the maximum/ },
    { key: 'kwh', n: 0.07, value: 0.07, says: undefined },
  ] as const)('fitToSpec(spec("$key"), $n) gives $value', ({ key, n, value, says }) => {
    const fitted = fitToSpec(spec(key), n);
    expect(fitted.value).toBe(value);
    if (says) expect(fitted.message).toMatch(says);
    else expect(fitted.message).toBeUndefined();
  });

  it.each([
    { key: 'price', n: 900, value: 1_000, says: '$900 per BTC is below the minimum, $1,000 per BTC; set to the minimum.' },
    { key: 'price', n: 999.7, value: 1_000, says: 'BTC price is below the minimum, $1,000 per BTC; set to the minimum.' },
    { key: 'price', n: 1e300, value: 500_000, says: 'BTC price is above the maximum, $500,000 per BTC; set to the maximum.' },
    { key: 'price', n: -1e300, value: 1_000, says: 'BTC price is below the minimum, $1,000 per BTC; set to the minimum.' },
    { key: 'price', n: Infinity, value: 500_000, says: 'BTC price is above the maximum, $500,000 per BTC; set to the maximum.' },
    { key: 'price', n: -Infinity, value: 1_000, says: 'BTC price is below the minimum, $1,000 per BTC; set to the minimum.' },
    { key: 'price', n: NaN, value: 76_176, says: 'BTC price needs a number; set to $76,176 per BTC.' },
    { key: 'ths', n: NaN, value: 0.1, says: 'Custom machine hashrate needs a number; set to 0.1 TH/s.' },
    { key: 'life', n: 36.6, value: 37, says: 'Remaining life takes whole months; rounded to 37 months.' },
    { key: 'paths', n: 150.25, value: 150, says: 'Simulated paths takes whole paths; rounded to 150 paths.' },
  ] as const)('fitToSpec(spec("$key"), $n) says "$says" (labels and descriptions only: no NaN, no Infinity, no 300-digit number)', ({ key, n, value, says }) => {
    expect(fitToSpec(spec(key), n)).toEqual({ value, message: says });
  });

  it('fitToSpec never says NaN, Infinity, undefined or null and stays short, for any number and any spec', () => {
    const numeric = paramSpecs.filter((s) => s.kind === 'number');
    for (const s of numeric) {
      for (const n of [NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1e21, -1e21, 1e-7, 0.5, -0.5, s.min - 1e-9, s.max + 1e-9, s.min - 0.5, s.max + 0.5]) {
        const { value, message } = fitToSpec(s, n);
        expect(Number.isFinite(value), `${s.key} ${n}`).toBe(true);
        if (message === undefined) continue;
        expect(message, `${s.key} ${n}`).not.toMatch(/NaN|Infinity|undefined|null|∞|e\+/);
        expect(message.length, message).toBeLessThanOrEqual(150);
      }
    }
  });

  it('effectiveSubsidyBtc follows the scenario date unless the link sets a subsidy', () => {
    expect(effectiveSubsidyBtc({ subsidy: null, date: '2026-02-02' })).toBe(3.125);
    expect(effectiveSubsidyBtc({ subsidy: null, date: '2023-06-01' })).toBe(6.25);
    // 1,050,000 is 805 days of 144 blocks after 2 Feb 2026 (~ mid-April 2028).
    expect(effectiveSubsidyBtc({ subsidy: null, date: '2028-06-01' })).toBe(1.5625);
    expect(effectiveSubsidyBtc({ subsidy: 6.25, date: '2028-06-01' })).toBe(6.25);
  });

  it('marketInputs converts percents to fractions', () => {
    const m = marketInputs({ ...defaultScenario(), pool: 2, uptime: 95 });
    expect(m.poolFeeFraction).toBeCloseTo(0.02, 12);
    expect(m.uptimeFraction).toBeCloseTo(0.95, 12);
  });
});
