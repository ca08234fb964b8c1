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
