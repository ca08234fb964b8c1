import { describe, expect, it } from 'vitest';
import { hostingPath, hostingPriceUsdPerKwh, spotPathShapes, spotPathUsdPerKwh, type HostingContract, type HostingInputs } from '../../src/model/hosting.ts';
import { expectClose } from '../helpers/close.ts';
import { expectModelInputError, notFraction, notNonNegative } from '../helpers/modelErrors.ts';

// By hand: a month is 30.4375 days = 730.5 hours, so 1 MW at full uptime draws 1,000 kW × 730.5 h = 730,500 kWh a month.
// The host keeps (price − spot) per kWh; a fixed-price host at $0.06 keeps $0.02 when spot is $0.04 and loses $0.04 at $0.10.
// Its cash starts at the clients' deposit (depositMonths × the first month's price × energy) unless that sits in escrow,
// and takes every month's margin; the month it first goes below zero is the month it cannot pay its power bill.
//
// The '2022' path at base $0.04 (shape × 0.04) against a $0.06 fixed price, per kWh of a month's energy:
//   month      0     1      2      3      4      5      6      7      8      9     10     11
//   shape      1  1.15    1.3   1.45    1.7      2    2.4    2.8    2.6      2    1.8      3
//   spot    .040  .046   .052   .058   .068   .080   .096   .112   .104   .080   .072   .120
//   margin +.020 +.014  +.008  +.002  −.008  −.020  −.036  −.052  −.044  −.020  −.012  −.060
//   Σ      +.020 +.034  +.042  +.044  +.036  +.016  −.020  −.072  −.116  −.136  −.148  −.208
// One month's deposit ($0.06): cash .080 .094 .102 .104 .096 .076 .040 −.012 → out in month 7.
// Escrowed (cash starts at 0): Σ itself, first below zero in month 6 — no later than without escrow.
// Three months' deposit ($0.18): cash is .032 after month 10 and −.028 after month 11 → out in month 11.

const kwhPerMonth = 1_000 * 730.5; // 730,500 kWh for 1 MW at full uptime
const fixed6: HostingContract = { kind: 'fixed', priceUsdPerKwh: 0.06 };
const doc: HostingInputs = { contract: fixed6, spotUsdPerKwhByMonth: [0.04, 0.1], megawatts: 1, uptimeFraction: 1, revenueUsdPerKwhByMonth: [0.12, 0.12], depositMonths: 1, escrow: false };
const path2022 = (depositMonths: number, escrow: boolean): HostingInputs => ({
  contract: fixed6,
  spotUsdPerKwhByMonth: spotPathUsdPerKwh('2022', 0.04),
  megawatts: 1,
  uptimeFraction: 1,
  revenueUsdPerKwhByMonth: Array(24).fill(0.12),
  depositMonths,
  escrow,
});
const cumulativeMargin2022 = [0.02, 0.034, 0.042, 0.044, 0.036, 0.016, -0.02, -0.072, -0.116, -0.136, -0.148, -0.208];

describe('hostingPriceUsdPerKwh: what the client pays per kWh', () => {
  it.each([
    { note: 'a fixed $0.06 contract charges $0.06 at spot $0.04', contract: fixed6, spot: 0.04, expected: 0.06 },
    { note: 'a fixed $0.06 contract charges $0.06 at spot $0.40 too', contract: fixed6, spot: 0.4, expected: 0.06 },
    { note: 'pass-through at a $0.01 spread charges 0.04 + 0.01 = $0.05', contract: { kind: 'pass', spreadUsdPerKwh: 0.01 } as const, spot: 0.04, expected: 0.05 },
    { note: 'pass-through at a $0.01 spread charges 0.40 + 0.01 = $0.41', contract: { kind: 'pass', spreadUsdPerKwh: 0.01 } as const, spot: 0.4, expected: 0.41 },
    { note: 'pass-through at no spread charges spot', contract: { kind: 'pass', spreadUsdPerKwh: 0 } as const, spot: 0.07, expected: 0.07 },
  ])('hostingPriceUsdPerKwh(contract, spot) — $note', ({ contract, spot, expected }) => {
    expectClose(hostingPriceUsdPerKwh(contract, spot), expected, 1e-12);
  });

  it.each(notNonNegative)('hostingPriceUsdPerKwh(pass, %s) throws ModelInputError naming spotUsdPerKwh', (v) => {
    expectModelInputError(() => hostingPriceUsdPerKwh({ kind: 'pass', spreadUsdPerKwh: 0.01 }, v), 'spotUsdPerKwh', v);
  });

  it.each(notNonNegative)('hostingPriceUsdPerKwh({ kind: fixed, priceUsdPerKwh: %s }, 0.04) throws ModelInputError naming priceUsdPerKwh', (v) => {
    expectModelInputError(() => hostingPriceUsdPerKwh({ kind: 'fixed', priceUsdPerKwh: v }, 0.04), 'priceUsdPerKwh', v);
  });

  it.each(notNonNegative)('hostingPriceUsdPerKwh({ kind: pass, spreadUsdPerKwh: %s }, 0.04) throws ModelInputError naming spreadUsdPerKwh', (v) => {
    expectModelInputError(() => hostingPriceUsdPerKwh({ kind: 'pass', spreadUsdPerKwh: v }, 0.04), 'spreadUsdPerKwh', v);
  });
});

describe('hostingPath: the contract month by month', () => {
  it('hostingPath(doc example) — 730,500 kWh a month; deposit 0.06 × 730,500 = 43,830; margins 14,610 then −29,220; cash 58,440 then 29,220', () => {
    const p = hostingPath(doc);
    expectClose(p.depositUsd, 0.06 * kwhPerMonth, 1e-12);
    expectClose(p.depositUsd, 43_830, 1e-12);
    expect(p.months).toHaveLength(2);
    const [m0, m1] = p.months as [(typeof p.months)[0], (typeof p.months)[0]];
    expect([m0.month, m1.month]).toEqual([0, 1]);
    expect([m0.spotUsdPerKwh, m1.spotUsdPerKwh]).toEqual([0.04, 0.1]);
    expect([m0.priceUsdPerKwh, m1.priceUsdPerKwh]).toEqual([0.06, 0.06]);
    // 730,500 × (0.06 − 0.04) = 14,610; 730,500 × (0.06 − 0.10) = −29,220
    expectClose(m0.hostMarginUsd, 14_610, 1e-12);
    expectClose(m1.hostMarginUsd, -29_220, 1e-12);
    expectClose(m0.hostCashUsd, 43_830 + 14_610, 1e-12);
    expectClose(m1.hostCashUsd, 43_830 + 14_610 - 29_220, 1e-12);
    // the clients earn 0.12 and pay 0.06: 730,500 × 0.06 = 43,830 each month
    expectClose(m0.clientMarginUsd, 43_830, 1e-12);
    expectClose(m1.clientMarginUsd, 43_830, 1e-12);
    expect(p.cashOutMonth).toBeNull();
    expect(p.depositLostUsd).toBe(0);
  });

  it('hostingPath({ pass-through at $0.01 }) — the host keeps 0.01 × 730,500 = 7,305 every month; the client pays spot + 0.01', () => {
    const p = hostingPath({ ...doc, contract: { kind: 'pass', spreadUsdPerKwh: 0.01 } });
    // deposit: one month at the first month's price, (0.04 + 0.01) × 730,500 = 36,525
    expectClose(p.depositUsd, 36_525, 1e-12);
    for (const m of p.months) expectClose(m.hostMarginUsd, 7_305, 1e-9);
    // clients: (0.12 − 0.05) × 730,500 = 51,135, then (0.12 − 0.11) × 730,500 = 7,305
    expectClose(p.months[0]!.clientMarginUsd, 51_135, 1e-12);
    expectClose(p.months[1]!.clientMarginUsd, 7_305, 1e-9);
    expectClose(p.months[1]!.hostCashUsd, 36_525 + 2 * 7_305, 1e-12);
    expect(p.cashOutMonth).toBeNull();
  });

  it('hostingPath({ megawatts: 2, uptimeFraction: 0.9 }) — 2,000 kW × 730.5 h × 0.9 = 1,314,900 kWh a month', () => {
    const p = hostingPath({ ...doc, megawatts: 2, uptimeFraction: 0.9 });
    expectClose(p.months[0]!.hostMarginUsd, 1_314_900 * 0.02, 1e-12);
    expectClose(p.depositUsd, 1_314_900 * 0.06, 1e-12);
  });

  it("hostingPath('2022' path, base $0.04, fixed $0.06, 1 month's deposit) — cash .06 + Σ margin by hand; runs out in month 7 with −$8,766", () => {
    const p = hostingPath(path2022(1, false));
    expectClose(p.depositUsd, 43_830, 1e-12);
    cumulativeMargin2022.forEach((c, m) => expectClose(p.months[m]!.hostCashUsd, (0.06 + c) * kwhPerMonth, 1e-9, 1e-6));
    expect(p.cashOutMonth).toBe(7);
    // −0.012 × 730,500
    expectClose(p.months[7]!.hostCashUsd, -8_766, 1e-9);
    // the deposit sat in the host's cash: the clients lose it all
    expectClose(p.depositLostUsd, 43_830, 1e-12);
  });

  it("hostingPath('2022' path, fixed $0.06, 1 month's deposit in escrow) — cash starts at 0, runs out in month 6 (no later than 7), deposit lost 0", () => {
    const p = hostingPath(path2022(1, true));
    // the deposit is still taken, but the host cannot spend it
    expectClose(p.depositUsd, 43_830, 1e-12);
    cumulativeMargin2022.forEach((c, m) => expectClose(p.months[m]!.hostCashUsd, c * kwhPerMonth, 1e-9, 1e-6));
    expectClose(p.months[0]!.hostCashUsd, 14_610, 1e-12);
    expect(p.cashOutMonth).toBe(6);
    expect(p.cashOutMonth!).toBeLessThanOrEqual(hostingPath(path2022(1, false)).cashOutMonth!);
    expect(p.depositLostUsd).toBe(0);
  });

  it("hostingPath('2022' path, fixed $0.06, 3 months' deposit) — $0.18 of cash lasts to month 11 (.18 − .148 = .032, then .18 − .208 = −.028)", () => {
    const p = hostingPath(path2022(3, false));
    expectClose(p.depositUsd, 3 * 43_830, 1e-12);
    expectClose(p.months[10]!.hostCashUsd, 0.032 * kwhPerMonth, 1e-9);
    expectClose(p.months[11]!.hostCashUsd, -0.028 * kwhPerMonth, 1e-9);
    expect(p.cashOutMonth).toBe(11);
    expectClose(p.depositLostUsd, 131_490, 1e-12);
    // escrowed, the same deposit does not help: month 6 again
    expect(hostingPath(path2022(3, true)).cashOutMonth).toBe(6);
  });

  it("hostingPath('spike' path, base $0.04, fixed $0.06) — ten months at +.02 then a $0.40 month (−.34): 1 month's deposit runs out in month 10, 3 months' survives", () => {
    const spike = { ...path2022(1, false), spotUsdPerKwhByMonth: spotPathUsdPerKwh('spike', 0.04) };
    // .06 + 10 × .02 − .34 = −.08
    const one = hostingPath(spike);
    expect(one.cashOutMonth).toBe(10);
    expectClose(one.months[10]!.hostCashUsd, -0.08 * kwhPerMonth, 1e-9);
    // .18 + .2 − .34 = +.04, and every later month adds .02
    const three = hostingPath({ ...spike, depositMonths: 3 });
    expect(three.cashOutMonth).toBeNull();
    expect(three.depositLostUsd).toBe(0);
    expectClose(three.months[10]!.hostCashUsd, 0.04 * kwhPerMonth, 1e-9);
  });

  it('hostingPath({ depositMonths: 0 }) — no deposit: the same cash as escrow, and nothing to lose', () => {
    const none = hostingPath(path2022(0, false));
    const escrowed = hostingPath(path2022(1, true));
    expect(none.depositUsd).toBe(0);
    expect(none.months.map((m) => m.hostCashUsd)).toEqual(escrowed.months.map((m) => m.hostCashUsd));
    expect(none.cashOutMonth).toBe(6);
    expect(none.depositLostUsd).toBe(0);
  });

  it('hostingPath({ revenueUsdPerKwhByMonth shorter than the spot path }) — a month without revenue earns the client nothing: −price × energy', () => {
    const p = hostingPath({ ...doc, revenueUsdPerKwhByMonth: [0.12] });
    expectClose(p.months[1]!.clientMarginUsd, -0.06 * kwhPerMonth, 1e-12);
  });

  it('hostingPath({ spotUsdPerKwhByMonth: [] }) — no months: nothing happens, no deposit is priced off a missing spot for a fixed price', () => {
    const p = hostingPath({ ...doc, spotUsdPerKwhByMonth: [] });
    expect(p.months).toEqual([]);
    expect(p.cashOutMonth).toBeNull();
    expectClose(p.depositUsd, 43_830, 1e-12);
  });

  const bad: { patch: Partial<HostingInputs>; input: string; value: number }[] = [
    ...notNonNegative.map((v) => ({ patch: { megawatts: v }, input: 'megawatts', value: v })),
    ...notFraction.map((v) => ({ patch: { uptimeFraction: v }, input: 'uptimeFraction', value: v })),
    ...notNonNegative.map((v) => ({ patch: { depositMonths: v }, input: 'depositMonths', value: v })),
    ...notNonNegative.map((v) => ({ patch: { contract: { kind: 'fixed', priceUsdPerKwh: v } as const }, input: 'priceUsdPerKwh', value: v })),
    ...notNonNegative.map((v) => ({ patch: { contract: { kind: 'pass', spreadUsdPerKwh: v } as const }, input: 'spreadUsdPerKwh', value: v })),
    ...notNonNegative.map((v) => ({ patch: { spotUsdPerKwhByMonth: [0.04, v] }, input: 'spotUsdPerKwhByMonth[1]', value: v })),
    ...notNonNegative.map((v) => ({ patch: { spotUsdPerKwhByMonth: [v, 0.04] }, input: 'spotUsdPerKwhByMonth[0]', value: v })),
    ...notNonNegative.map((v) => ({ patch: { contract: { kind: 'pass', spreadUsdPerKwh: 0.01 } as const, spotUsdPerKwhByMonth: [v, 0.04] }, input: 'spotUsdPerKwhByMonth[0]', value: v })),
    ...notNonNegative.map((v) => ({ patch: { revenueUsdPerKwhByMonth: [0.12, v] }, input: 'revenueUsdPerKwhByMonth[1]', value: v })),
  ];
  it.each(bad)('hostingPath({ $input: $value }) throws ModelInputError naming $input', ({ patch, input, value }) => {
    expectModelInputError(() => hostingPath({ ...doc, ...patch }), input, value);
  });
});

describe('spotPathShapes and spotPathUsdPerKwh: the illustrative spot paths', () => {
  it('spotPathShapes — flat, spike and 2022 are each 24 months long', () => {
    expect(spotPathShapes.flat).toHaveLength(24);
    expect(spotPathShapes.spike).toHaveLength(24);
    expect(spotPathShapes['2022']).toHaveLength(24);
  });

  it('spotPathShapes.flat — the base every month', () => {
    expect(spotPathShapes.flat.every((k) => k === 1)).toBe(true);
  });

  it('spotPathShapes.spike — ten times the base in month 10, the base otherwise', () => {
    spotPathShapes.spike.forEach((k, m) => expect(k).toBe(m === 10 ? 10 : 1));
  });

  it("spotPathShapes['2022'] — starts at the base, climbs to 2.8 × by month 7, spikes to 3 × in month 11, ends at 1.1 ×", () => {
    const s = spotPathShapes['2022'];
    expect(s[0]).toBe(1);
    expect(s[7]).toBe(2.8);
    expect(Math.max(...s)).toBe(3);
    expect(s.indexOf(3)).toBe(11);
    expect(s[23]).toBe(1.1);
    for (let m = 1; m <= 7; m++) expect(s[m]!).toBeGreaterThan(s[m - 1]!);
  });

  it("spotPathUsdPerKwh('spike', 0.04)[10] — 10 × 0.04 = $0.40", () => {
    expectClose(spotPathUsdPerKwh('spike', 0.04)[10]!, 0.4, 1e-12);
    expectClose(spotPathUsdPerKwh('spike', 0.04)[9]!, 0.04, 1e-12);
  });

  it("spotPathUsdPerKwh('2022', 0.04) — shape × 0.04: $0.112 in month 7, $0.12 in month 11", () => {
    const p = spotPathUsdPerKwh('2022', 0.04);
    expectClose(p[7]!, 2.8 * 0.04, 1e-12);
    expectClose(p[11]!, 0.12, 1e-12);
  });

  it("spotPathUsdPerKwh('flat', 0) — free power every month", () => {
    expect(spotPathUsdPerKwh('flat', 0)).toEqual(Array(24).fill(0));
  });

  it.each(notNonNegative)("spotPathUsdPerKwh('flat', %s) throws ModelInputError naming baseUsdPerKwh", (v) => {
    expectModelInputError(() => spotPathUsdPerKwh('flat', v), 'baseUsdPerKwh', v);
  });
});
