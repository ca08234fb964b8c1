// The balance-sheet model (chapter 6): treasury.ts and capitalStack.ts against sums done by hand,
// bad inputs refused by name, and properties — HODL never sells by choice, a deeper price fall never
// lengthens the runway, a convertible converts exactly at its conversion price.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pricePathShapes, treasuryPath, type TreasuryRule } from '../../src/model/treasury.ts';
import { asicLoanPath, convertiblePath, levelPaymentUsd, securedNotesPath, sharePriceUsdByMonth } from '../../src/model/capitalStack.ts';
import { expectClose } from '../helpers/close.ts';

fc.configureGlobal({ seed: 10, numRuns: 300 });

const flat = (n: number, x: number) => Array.from({ length: n }, () => x);

describe('treasuryPath(inputs)', () => {
  it('hybrid sells what pays the costs: 10 BTC mined at $20,000 against $150,000 of costs sells 7.5 and keeps 2.5', () => {
    const p = treasuryPath({ priceUsdPerBtcByMonth: [20_000], btcMinedByMonth: [10], costsUsdByMonth: [150_000], startBtc: 5, startCashUsd: 0, rule: 'hybrid' });
    expect(p.months[0]).toMatchObject({ btcSold: 7.5, btcForced: 0, btc: 7.5 });
    expectClose(p.months[0]!.cashUsd, 0, 0, 1e-9);
    expect(p.forced).toBe(false);
    expect(p.runwayMonths).toBe(1);
  });

  it('sell sells everything mined and banks the surplus: 10 × $20,000 − $150,000 = $50,000', () => {
    const p = treasuryPath({ priceUsdPerBtcByMonth: [20_000], btcMinedByMonth: [10], costsUsdByMonth: [150_000], startBtc: 5, startCashUsd: 0, rule: 'sell' });
    expect(p.months[0]).toMatchObject({ btcSold: 10, btcForced: 0, cashUsd: 50_000, btc: 5 });
  });

  it('hodl pays from cash; when the cash runs short it is forced to sell the shortfall: $100,000 cash, $150,000 bill → 2.5 BTC forced', () => {
    const p = treasuryPath({ priceUsdPerBtcByMonth: [20_000, 20_000], btcMinedByMonth: [10, 10], costsUsdByMonth: [150_000, 150_000], startBtc: 0, startCashUsd: 100_000, rule: 'hodl' });
    expect(p.months[0]).toMatchObject({ btcSold: 0, btcForced: 2.5, btc: 7.5 });
    expect(p.runwayMonths).toBe(0);
    // Month 1: no cash left, the whole $150,000 is forced: 7.5 more BTC; it holds 7.5 + 10 − 7.5 = 10.
    expect(p.months[1]).toMatchObject({ btcForced: 7.5, btc: 10 });
    expect(p.btcForcedTotal).toBe(10);
    expect(p.btcSoldTotal).toBe(10);
  });

  it('is out of money in the first month cash and coins together cannot pay: $100 of cash, no coins, a $1,000 bill', () => {
    const p = treasuryPath({ priceUsdPerBtcByMonth: [10_000], btcMinedByMonth: [0], costsUsdByMonth: [1_000], startBtc: 0, startCashUsd: 100, rule: 'sell' });
    expect(p.outOfMoneyMonth).toBe(0);
    expect(p.months[0]!.cashUsd).toBe(-900);
  });

  it('values the treasury at each month’s price: cash + coins × price', () => {
    const p = treasuryPath({ priceUsdPerBtcByMonth: [30_000], btcMinedByMonth: [1], costsUsdByMonth: [0], startBtc: 2, startCashUsd: 5_000, rule: 'hodl' });
    expect(p.endValueUsd).toBe(5_000 + 3 * 30_000);
  });

  it.each([
    ['startBtc', { startBtc: -1 }],
    ['startCashUsd', { startCashUsd: Number.NaN }],
    ['rule', { rule: 'hoard' as TreasuryRule }],
    ['priceUsdPerBtcByMonth\\[0\\]', { priceUsdPerBtcByMonth: [0] }],
  ])('refuses a bad %s, naming it', (name, bad) => {
    expect(() => treasuryPath({ priceUsdPerBtcByMonth: [1], btcMinedByMonth: [1], costsUsdByMonth: [1], startBtc: 1, startCashUsd: 1, rule: 'hodl', ...bad })).toThrow(new RegExp(name));
  });

  it('the 2022-like path falls to a quarter in twelve months, geometrically, then holds', () => {
    const k = pricePathShapes['2022'];
    expect(k).toHaveLength(24);
    expectClose(k[12]!, 0.25, 1e-12);
    expectClose(k[6]!, 0.5, 1e-12);
    expect(k[23]).toBe(k[12]);
  });
});

describe('treasuryPath: properties', () => {
  const path = fc.record({
    prices: fc.array(fc.double({ min: 1_000, max: 200_000, noNaN: true }), { minLength: 1, maxLength: 24 }),
    mined: fc.double({ min: 0, max: 50, noNaN: true }),
    costs: fc.double({ min: 0, max: 5e6, noNaN: true }),
    btc: fc.double({ min: 0, max: 1_000, noNaN: true }),
    cash: fc.double({ min: 0, max: 1e7, noNaN: true }),
  });

  it('HODL never sells by choice: every sale is a forced one', () => {
    fc.assert(
      fc.property(path, (x) => {
        const p = treasuryPath({ priceUsdPerBtcByMonth: x.prices, btcMinedByMonth: x.prices.map(() => x.mined), costsUsdByMonth: x.prices.map(() => x.costs), startBtc: x.btc, startCashUsd: x.cash, rule: 'hodl' });
        return p.months.every((m) => m.btcSold === 0) && Math.abs(p.btcSoldTotal - p.btcForcedTotal) < 1e-9;
      }),
    );
  });

  it('a deeper price fall never lengthens the runway, under any rule', () => {
    fc.assert(
      fc.property(path, fc.double({ min: 0.05, max: 1, noNaN: true }), fc.constantFrom<TreasuryRule>('hodl', 'sell', 'hybrid'), (x, deeper, rule) => {
        const run = (prices: number[]) => treasuryPath({ priceUsdPerBtcByMonth: prices, btcMinedByMonth: prices.map(() => x.mined), costsUsdByMonth: prices.map(() => x.costs), startBtc: x.btc, startCashUsd: x.cash, rule }).runwayMonths;
        return run(x.prices.map((p) => p * deeper)) <= run(x.prices);
      }),
    );
  });

  it('no value is NaN, and the coins never go negative', () => {
    fc.assert(
      fc.property(path, fc.constantFrom<TreasuryRule>('hodl', 'sell', 'hybrid'), (x, rule) => {
        const p = treasuryPath({ priceUsdPerBtcByMonth: x.prices, btcMinedByMonth: x.prices.map(() => x.mined), costsUsdByMonth: x.prices.map(() => x.costs), startBtc: x.btc, startCashUsd: x.cash, rule });
        return p.months.every((m) => Number.isFinite(m.cashUsd) && Number.isFinite(m.valueUsd) && m.btc >= -1e-12);
      }),
    );
  });
});

describe('levelPaymentUsd and asicLoanPath', () => {
  it('the level payment is P·r ÷ (1 − (1 + r)^−n): $1 M at 12 % over 12 months ≈ $88,848.79; at 0 %, P ÷ n', () => {
    expectClose(levelPaymentUsd(1e6, 0.12, 12), (1e6 * 0.01) / (1 - 1.01 ** -12), 1e-12);
    expect(levelPaymentUsd(1.2e6, 0, 12)).toBe(100_000);
  });

  it('is seized in the first month the balance after its payment exceeds 90 % of the machines: month 1 at $500,000', () => {
    const r = asicLoanPath({ principalUsd: 1e6, ratePerYear: 0.12, termMonths: 12, collateralUsdByMonth: [2e6, 5e5], callLtv: 0.9 });
    // Month 0: 1e6 + 10,000 − 88,848.79 = 921,151.21 (46 % of $2 M); month 1: + 9,211.51 − 88,848.79 = 841,513.93 > 90 % of $500,000.
    expect(r).toMatchObject({ outcome: 'seized', month: 1, seizedUsd: 5e5, dilution: 0 });
    expectClose(r.cashInterestUsd, 10_000 + 9_211.512_1, 1e-6);
  });

  it('is repaid when the machines keep their value through the term', () => {
    const r = asicLoanPath({ principalUsd: 1e6, ratePerYear: 0.12, termMonths: 3, collateralUsdByMonth: flat(3, 5e6), callLtv: 0.9 });
    expect(r).toMatchObject({ outcome: 'repaid', month: 2, seizedUsd: 0 });
  });

  it('is still outstanding when the path ends before the term', () => {
    expect(asicLoanPath({ principalUsd: 1e6, ratePerYear: 0.12, termMonths: 36, collateralUsdByMonth: flat(24, 5e6), callLtv: 0.9 }).outcome).toBe('outstanding');
  });
});

describe('convertiblePath', () => {
  const base = { principalUsd: 1e8, conversionPriceUsd: 20, maturityMonths: 12, sharesOutstanding: 5e7, cashAtMaturityUsd: 0 };

  it('converts exactly at its conversion price: $100 M at $20 is 5 M new shares, 5 ÷ 55 ≈ 9.09 % dilution', () => {
    const r = convertiblePath({ ...base, sharePriceUsdByMonth: flat(12, 20) });
    expect(r.outcome).toBe('converted');
    expectClose(r.dilution, 5e6 / 5.5e7, 1e-12);
    expect(r.cashInterestUsd).toBe(0);
  });

  it('a cent below the conversion price it does not convert: repaid if the cash covers it', () => {
    expect(convertiblePath({ ...base, sharePriceUsdByMonth: flat(12, 19.99), cashAtMaturityUsd: 1e8 }).outcome).toBe('repaid');
  });

  it('without the cash it is refinanced in new shares at the maturity price: $100 M at $2 is 50 M new shares, 50 ÷ 100 = 50 % dilution', () => {
    const r = convertiblePath({ ...base, sharePriceUsdByMonth: flat(12, 2), cashAtMaturityUsd: 0 });
    expect(r.outcome).toBe('refinanced');
    expectClose(r.dilution, 5e7 / 1e8, 1e-12);
    // With $60 M of cash only the $40 M shortfall is sold: 20 M shares, 20 ÷ 70.
    expectClose(convertiblePath({ ...base, sharePriceUsdByMonth: flat(12, 2), cashAtMaturityUsd: 6e7 }).dilution, 2e7 / 7e7, 1e-12);
  });

  it('defaults when the company is worth less than what it owes: 50 M shares at $1 cannot raise $100 M', () => {
    expect(convertiblePath({ ...base, sharePriceUsdByMonth: flat(12, 1), cashAtMaturityUsd: 0 }).outcome).toBe('default');
  });

  it('is still outstanding when maturity falls after the path', () => {
    expect(convertiblePath({ ...base, maturityMonths: 30, sharePriceUsdByMonth: flat(24, 30) }).outcome).toBe('outstanding');
  });
});

describe('securedNotesPath and sharePriceUsdByMonth', () => {
  it('pays $1 M × 12 % ÷ 12 = $10,000 a month and the principal at maturity', () => {
    expect(securedNotesPath({ principalUsd: 1e6, couponPerYear: 0.12, maturityMonths: 2, cashUsdByMonth: [5e6, 5e6], collateralUsd: 2e6 })).toMatchObject({ outcome: 'repaid', month: 1, cashInterestUsd: 20_000 });
  });

  it('defaults in the first month its cash cannot pay what is due, and the lender takes the site up to what is owed', () => {
    const r = securedNotesPath({ principalUsd: 1e6, couponPerYear: 0.12, maturityMonths: 3, cashUsdByMonth: [5e6, 5e6, 5e5], collateralUsd: 3e6 });
    expect(r).toMatchObject({ outcome: 'default', month: 2, cashInterestUsd: 20_000, seizedUsd: 1e6 });
  });

  it('a share price with beta 1.5 to bitcoin: half the price is 0.5^1.5 of the share', () => {
    const shares = sharePriceUsdByMonth([100, 50], 10, 1.5);
    expect(shares[0]).toBe(10);
    expectClose(shares[1]!, 10 * 0.5 ** 1.5, 1e-12);
    expect(() => sharePriceUsdByMonth([100], 10, -1)).toThrow(/beta/);
  });
});
