import { describe, expect, it } from 'vitest';
import { byId, citedWithoutRecomputation, figures, floorDefaults, formatValue, recomputations, reproducesWithin, type Recomputation } from '../../src/essay/recomputations.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';

import { readFileSync } from 'node:fs';

/** The documents' fact list, vendored as a fixture (see test/fixtures/README.md for provenance). */
const factsPath = new URL('../fixtures/seed-facts.json', import.meta.url);
const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as { id: string; source_file: string; value: unknown }[];
const factIds = new Set(facts.map((f) => f.id));
const rows = recomputations.map((r) => [r.id, r] as const);

describe('recomputations: every entry', () => {
  it('has a unique id', () => {
    const ids = recomputations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(rows)('%s: no value is NaN or infinite', (_id, r) => {
    for (const v of [r.claimedValue, r.computedValue, r.relTolerance]) expect(Number.isFinite(v)).toBe(true);
    expect(r.relTolerance).toBeGreaterThanOrEqual(0);
    expect(r.computation).not.toMatch(/NaN|—|∞|undefined/);
    expect(r.assumption).not.toMatch(/NaN|undefined/);
    expect(formatValue(r.computedValue, r.unit)).not.toMatch(/—|∞/);
  });

  it.each(rows)('%s: reproduces agrees with the numbers', (_id, r: Recomputation) => {
    const gap = Math.abs(r.computedValue - r.claimedValue);
    const expected = r.comparison === 'atLeast' ? r.computedValue >= r.claimedValue * (1 - r.relTolerance) : gap <= r.relTolerance * Math.abs(r.claimedValue);
    expect(r.reproduces).toBe(expected);
  });

  it.each(rows)('%s: every fact id exists in seed-facts.json and belongs to a document it cites', (_id, r) => {
    expect(r.factIds.length).toBeGreaterThan(0);
    for (const f of r.factIds) expect(factIds.has(f), `${f} not in ${factsPath}`).toBe(true);
    expect(r.factIds.some((f) => f.startsWith(`${r.sourceId}-`)), `${r.id}: no fact from ${r.sourceId}`).toBe(true);
  });

  it.each(rows)('%s: claim, computation and assumption are written out', (_id, r) => {
    expect(r.claim.length).toBeGreaterThan(20);
    expect(r.computation).toMatch(/=/);
    expect(r.assumption.length).toBeGreaterThan(20);
  });

  it('is not a copy of its claims: computed values differ from the claimed ones where the model has work to do', () => {
    // Exact by construction: a unit conversion, 144 × 6.25 × 30, and $50,000 ÷ 5,000 (which the op-ed rounds to itself).
    const exact = new Set(['f2pool-per-petahash', 'issuance-30-days', 'nfn8-per-unit']);
    const nonTrivial = recomputations.filter((r) => !exact.has(r.id));
    for (const r of nonTrivial) expect(r.computedValue, r.id).not.toBe(r.claimedValue);
  });
});

describe('reproducesWithin', () => {
  it('tests an approximate figure both ways', () => {
    expect(reproducesWithin(0.517, 0.52, 0.03, 'approx')).toBe(true);
    expect(reproducesWithin(1.27, 1.62, 0.03, 'approx')).toBe(false);
    expect(reproducesWithin(1.7, 1.62, 0.03, 'approx')).toBe(false);
  });
  it('tests a lower bound one way', () => {
    expect(reproducesWithin(126.9, 75, 0, 'atLeast')).toBe(true);
    expect(reproducesWithin(73.1, 75, 0, 'atLeast')).toBe(false);
  });
  it('never calls a non-finite value a reproduction', () => {
    expect(reproducesWithin(Number.NaN, 1, 1, 'approx')).toBe(false);
    expect(reproducesWithin(Infinity, 75, 0, 'atLeast')).toBe(false);
  });
});

describe('recomputations: the key cases', () => {
  it('f2pool 2 Feb 2026 hashprice reproduces at 141 T: ≈ $0.03396/TH/day', () => {
    const r = byId('f2pool-hashprice');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 0.033963, 1e-4);
  });

  it('reading 890 EH/s as difficulty (≈124.3 T) gives ≈ $0.0385, about 13% high, and does not reproduce', () => {
    const r = byId('f2pool-hashprice-from-estimate');
    expect(r.reproduces).toBe(false);
    expectClose(figures.difficultyFromEstimateT, 124.33, 1e-3);
    expectClose(r.computedValue, 0.03852, 1e-3);
    expect(r.computedValue / r.claimedValue - 1).toBeGreaterThan(0.12);
    expect(r.computedValue / r.claimedValue - 1).toBeLessThan(0.14);
  });

  it('141 T implies ≈ 1,009 EH/s, so 890 EH/s is ≈ 12% below it', () => {
    expectClose(figures.impliedHashrateFeb2026Eh, 1009.3, 1e-4);
    expect(byId('hashrate-drawdown').reproduces).toBe(true);
  });

  it('$0.034/TH/day is $34/PH/day', () => {
    expect(byId('f2pool-per-petahash').computedValue).toBeCloseTo(34, 9);
    expect(byId('f2pool-per-petahash').reproduces).toBe(true);
  });

  it('S21 XP Hydro at $75,000 and $0.06/kWh: ≈ 51.7%, reproduces the document’s ≈ 52%', () => {
    const r = byId('s21-xp-hydro-cost-ratio');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 0.5168, 1e-3);
    expect(r.computation).toContain('$8.17/day');
    expect(r.computation).toContain('$15.82/day');
  });

  it('S19 XP ≈ 92.6% reproduces the low end of 92–100%', () => {
    expect(byId('s19-xp-cost-ratio').reproduces).toBe(true);
    expectClose(byId('s19-xp-cost-ratio').computedValue, 0.9259, 1e-3);
  });

  it('A1466I at its (unconfirmed) nameplate gives ≈ 84%: the 100% top end does not reproduce, and the entry says the spec is unconfirmed', () => {
    const r = byId('a1466i-cost-ratio');
    expect(r.reproduces).toBe(false);
    expectClose(r.computedValue, 0.84, 1e-2);
    expect(r.assumption).toMatch(/could not confirm/);
    expectClose(figures.a1466iJNeeded, 23.22, 1e-3);
  });

  it('A1366 ≈ 108% reproduces the low end of 109–162%', () => {
    const r = byId('a1366-cost-ratio');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 1.077, 1e-3);
  });

  it('S19 Pro at 29.5 J/TH gives ≈ 127%: the 162% top end does not reproduce; it would need ≈ 37.6 J/TH', () => {
    const r = byId('s19-pro-cost-ratio-top');
    expect(r.reproduces).toBe(false);
    expectClose(r.computedValue, 1.272, 1e-3);
    expectClose(figures.s19ProTopJNeeded, 37.62, 1e-3);
    expect(r.assumption).toMatch(/does not reproduce/);
  });

  it('37.0 T implies 264.9 EH/s, within rounding of the report’s 264.5', () => {
    const r = byId('peak-difficulty-hashrate');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 264.856, 1e-4);
  });

  it('year-end 2022 $0.06 needs ≈ $16,894 at 35.4 T, 6.25 BTC, fees 0, and the assumption says the price is not in the document', () => {
    const r = byId('year-end-2022-hashprice');
    expect(r.reproduces).toBe(true);
    expectClose(figures.endOf2022PriceForSixCents, 16_893.5, 1e-4);
    expect(figures.endOf2022PriceForSixCents).toBeGreaterThan(16_500);
    expect(figures.endOf2022PriceForSixCents).toBeLessThan(17_000);
    expect(r.assumption).toMatch(/gives no year-end bitcoin price/);
  });

  it('S19j Pro breakeven: $82/MWh at 30.5 J/TH, $109/MWh with 25% fewer J/TH', () => {
    expect(byId('s19j-pro-breakeven-stock').reproduces).toBe(true);
    expectClose(byId('s19j-pro-breakeven-stock').computedValue, 81.967, 1e-4);
    expect(byId('s19j-pro-breakeven-braiins').reproduces).toBe(true);
    expectClose(byId('s19j-pro-breakeven-braiins').computedValue, 109.29, 1e-4);
    expectClose(figures.s19jProTunedAltBreakevenMwh, 102.46, 1e-4);
  });

  it('S19j Pro 15-month payback value ≈ $7.34/TH reproduces “just over $7”', () => {
    expect(byId('s19j-pro-payback-value').reproduces).toBe(true);
    expectClose(byId('s19j-pro-payback-value').computedValue, 7.342, 1e-3);
  });

  it('“profitable above $75/MWh” holds for S19 Pro and S19j Pro at both $0.09 and $0.06, but not for the S19 or M30S at $0.06', () => {
    for (const id of ['s19-pro-breakeven-q3-2022', 's19j-pro-breakeven-q3-2022', 's19-pro-breakeven-end-2022', 's19j-pro-breakeven-end-2022']) {
      expect(byId(id).reproduces, id).toBe(true);
      expect(byId(id).comparison).toBe('atLeast');
    }
    expectClose(byId('s19-pro-breakeven-q3-2022').computedValue, 126.92, 1e-4);
    expectClose(byId('s19-pro-breakeven-end-2022').computedValue, 84.62, 1e-4);
    expect(byId('s19-breakeven-end-2022').reproduces).toBe(false);
    expect(byId('m30s-breakeven-end-2022').reproduces).toBe(false);
  });

  it('27,000 BTC per 30 days = 144 × 6.25 × 30', () => {
    expect(byId('issuance-30-days').computedValue).toBe(27_000);
    expect(byId('issuance-30-days').reproduces).toBe(true);
  });

  it('byId names the known ids when asked for an unknown one', () => {
    expect(() => byId('nope')).toThrow(/f2pool-hashprice/);
  });
});

describe('recomputations: chapter 2 (no floor)', () => {
  it('the ASIC index fall, $120/TH → $15/TH, is 87.5% and reproduces inside the op-ed’s 85–91% range', () => {
    const r = byId('asic-index-fall');
    expect(r.computedValue).toBeCloseTo(0.875, 12);
    expect(r.reproduces).toBe(true);
    // The range is encoded as midpoint ± half-width: both ends reproduce, values just outside do not.
    expect(r.claimedValue).toBeCloseTo(0.88, 12);
    for (const inside of [0.85, 0.875, 0.91]) expect(reproducesWithin(inside, r.claimedValue, r.relTolerance + 1e-12, r.comparison), String(inside)).toBe(true);
    for (const outside of [0.84, 0.92]) expect(reproducesWithin(outside, r.claimedValue, r.relTolerance, r.comparison), String(outside)).toBe(false);
    expect(r.computation).toContain('87.5% lost');
  });

  it('the defaulted 2022 loans, $277mm against 11.59 EH/s at $15/TH, had an LTV of ≈ 159%: “above 100%” reproduces', () => {
    const r = byId('defaulted-loans-ltv');
    expect(r.comparison).toBe('atLeast');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 277 / (11.59 * 15), 1e-12);
    expectClose(figures.floor.defaultedLoanPerThUsd, 23.8999, 1e-5);
    expectClose(figures.floor.defaultedLtvAtPeak, 0.19917, 1e-4);
    expect(figures.floor.defaultedCollateralAtLowUsd).toBe(173_850_000);
  });

  it('NFN8: under $50,000 over more than 5,000 units is at most $10 a unit, and the entry says it is an upper bound', () => {
    const r = byId('nfn8-per-unit');
    expect(r.computedValue).toBe(10);
    expect(r.reproduces).toBe(true);
    expect(r.unit).toBe('USD per machine');
    expect(r.assumption).toMatch(/bounds/);
    expect(r.computation).toMatch(/less than \$10\.00/);
    expect(formatValue(r.computedValue, r.unit)).toBe('$10.00 per machine');
  });

  it('NFN8: $10 against the $5,000 bottom of the peak range is a 99.8% fall, so “more than 99%” reproduces (99.9% against $10,000)', () => {
    const r = byId('nfn8-collapse-ratio');
    expect(r.comparison).toBe('atLeast');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 0.998, 1e-12);
    expect(r.computation).toContain('99.90%');
    expect(figures.floor.nfn8DipOverMachines).toBe(55);
  });

  it('an 18-month payback on the S19j Pro at year-end-2022 inputs is ≈ $8.81/TH, ~41% under the $15/TH index low: does not reproduce; they meet at ≈ $0.0713', () => {
    const r = byId('payback-18-index-low');
    expect(r.reproduces).toBe(false);
    expectClose(r.computedValue, 8.80983, 1e-5);
    expectClose(r.computedValue, (byId('s19j-pro-payback-value').computedValue * 18) / 15, 1e-12);
    expectClose(figures.floor.hashpriceForIndexLow, 0.0712985, 1e-5);
    // The meeting hashprice lies between the Q3 2022 average and the year-end figure.
    expect(figures.floor.hashpriceForIndexLow).toBeGreaterThan(0.06);
    expect(figures.floor.hashpriceForIndexLow).toBeLessThan(0.09);
  });

  it('underclocking 35 → 23 J/TH is 34.3% fewer J/TH (52.2% more hashes per joule): “over 36%” does not reproduce; 36% needs 35.9 or 22.4 J/TH', () => {
    const r = byId('underclocking-gain');
    expect(r.reproduces).toBe(false);
    expect(r.comparison).toBe('atLeast');
    expectClose(r.computedValue, 12 / 35, 1e-12);
    expectClose(figures.floor.underclockHashesPerJouleGain, 12 / 23, 1e-12);
    expectClose(figures.floor.underclockStartNeededJ, 35.9375, 1e-12);
    expectClose(figures.floor.underclockEndNeededJ, 22.4, 1e-12);
    expect(r.computation).toContain('34.3% fewer J/TH');
    expect(r.computation).toContain('52.2%');
  });

  it('the reused chapter-1 entries still hold: S19j Pro $7.34/TH on 15 months, $82 → $109/MWh with 25% fewer J/TH', () => {
    expect(byId('s19j-pro-payback-value').reproduces).toBe(true);
    expect(byId('s19j-pro-breakeven-stock').reproduces).toBe(true);
    expect(byId('s19j-pro-breakeven-braiins').reproduces).toBe(true);
  });
});

describe('figures.floor: chapter 2 at the floor-value defaults', () => {
  const f = figures.floor;

  it('uses the reader’s default scenario (a stale scenario note or prose would show up here)', () => {
    const d = defaultScenario();
    expect({
      dateIso: d.date,
      machineId: d.machine,
      paybackMonths: d.payback,
      lifeMonths: d.life,
      difficultyGrowthPerMonth: d.growth / 100,
      priceDriftPerYear: d.drift / 100,
      discountRatePerYear: d.discount / 100,
      resaleUsd: d.resale,
      purchaseUsdPerTh: d.cost,
      cheapUsdPerKwh: d.kwhlow,
      dearUsdPerKwh: d.kwhhigh,
      efficiencyCutFraction: d.cut / 100,
    }).toEqual(floorDefaults);
    expect(d.mode).toBe('curtail');
    expect([d.price, d.diff, d.kwh, d.fees, d.subsidy]).toEqual([76_176, 141, 0.06, 0, null]);
  });

  it('starts at block 934,032 with the 3.125 BTC subsidy; the halving (1,050,000) falls in month 26, April 2028', () => {
    expect(f.startBlockHeight).toBe(934_032);
    expect(f.subsidyBtc).toBe(3.125);
    expect(f.halvingHeight).toBe(1_050_000);
    expect(f.s21.halvingMonth).toBe(26);
    expect(f.halvingDateLabel).toBe('April 2028');
  });

  it('S21 XP Hydro: 18-month payback value ≈ $4,323 a machine, ≈ $9.14/TH', () => {
    expectClose(f.s21.profitUsdPerDay, 7.89094, 1e-5);
    expectClose(f.s21.paybackValueUsd, 4323.25, 1e-5);
    expectClose(f.s21.paybackValueUsdPerTh, 9.14007, 1e-5);
  });

  it('S21 XP Hydro: forward value ≈ $3,290 switching off, ≈ $2,450 forced to run; first losing month is the halving month', () => {
    expectClose(f.s21.curtailUsd, 3289.54, 1e-5);
    expectClose(f.s21.runUsd, 2449.88, 1e-5);
    expect(f.s21.runUsd).toBeLessThan(f.s21.curtailUsd);
    expect(f.s21.underwaterMonth).toBe(26);
    expect(f.s21.underwaterMonth).toBe(f.s21.halvingMonth);
    expect(f.s21.underwaterMonthLabel).toBe('April 2028');
  });

  it('S21 XP Hydro at $15/TH costs $7,095, more than its undiscounted lifetime profit (≈ $3,567): it never pays back', () => {
    expect(f.s21.purchaseUsd).toBe(7_095);
    expectClose(f.s21.lifetimeProfitCurtailUsd, 3566.89, 1e-5);
    expect(f.s21.lifetimeProfitCurtailUsd).toBeLessThan(f.s21.purchaseUsd);
  });

  it('sats per TH/s per day fall from ≈ 44.6 to ≈ 11.1 over 36 months: a quarter (2% a month and one halving)', () => {
    expectClose(f.s21.satsPerThStart, 44.5846, 1e-5);
    expectClose(f.s21.satsPerThEnd, 11.1468, 1e-5);
    expectClose(f.s21.satsKeptFraction, 0.5 * 1.02 ** -35, 1e-12);
    expectClose(f.difficultyGrowthPerYear, 0.26824, 1e-4);
    expect(f.monthlyGrowth2021).toBeGreaterThan(0.02);
    expect(f.monthlyGrowth2021).toBeLessThan(f.monthlyGrowth2022);
    expectClose(f.retargetOutputCut, 0.128388, 1e-5);
  });

  it('S19j Pro at the defaults: negative payback value, worth exactly $0 switching off and ≈ −$2,011 forced to run; ≈ $623 on $0.025 power', () => {
    expect(f.s19jPro.costRatio).toBeGreaterThan(1);
    expect(f.s19jPro.paybackValueUsdPerTh).toBeLessThan(0);
    expect(f.s19jPro.curtailUsd).toBe(0);
    expectClose(f.s19jPro.runUsd, -2010.82, 1e-5);
    expectClose(f.s19jPro.cheapCurtailUsd, 622.82, 1e-4);
  });

  it('energy position: S21 XP Hydro ≈ $6,976 on $0.025 power (never underwater) vs ≈ $2,319 on $0.07, about 3×', () => {
    expectClose(f.s21.cheapCurtailUsd, 6975.69, 1e-5);
    expect(f.s21.cheapUnderwaterMonth).toBeNull();
    expectClose(f.s21.dearCurtailUsd, 2319.39, 1e-5);
    expectClose(f.s21.dearRunUsd, 1156.79, 1e-4);
    expectClose(f.s21.cheapOverDearCurtail, 3.0076, 1e-4);
  });

  it('efficiency lever: 25% fewer J/TH takes the S21 XP Hydro from 12 to 9 J/TH and its breakeven up by a third', () => {
    expect(f.s21.joulesPerTerahash).toBe(12);
    expect(f.s21.joulesAfterCut).toBe(9);
    expectClose(f.s21.breakevenUsdPerKwhAfterCut / f.s21.breakevenUsdPerKwh, 4 / 3, 1e-12);
  });

  it('industrial machinery at 15–20% a year keeps 51–61% over the 36-month life; ASICs kept 9–15% in 2022', () => {
    expectClose(f.industrialKeptOverLife[0], 0.512, 1e-12);
    expectClose(f.industrialKeptOverLife[1], 0.614125, 1e-12);
    expectClose(f.asicKeptRange[0], 0.09, 1e-9);
    expectClose(f.asicKeptRange[1], 0.15, 1e-9);
  });
});

describe('the chapters and the ledger', () => {
  const chapterFiles = ['01-what-a-terahash-earns.mdx', '02-no-floor.mdx'];
  const chapters = chapterFiles.map((name) => ({ name, text: readFileSync(new URL(`../../content/chapters/${name}`, import.meta.url), 'utf8') }));
  const citesIn = (text: string) => [...text.matchAll(/<Cite\s+id="(S00\d)"\s+fact="(S00\d-\d{3})"\s*\/>/g)].map((m) => ({ source: m[1], fact: m[2] as string }));
  const placedIn = (text: string) =>
    [...text.matchAll(/<RecomputationLedger[\s\S]*?ids=\{\[([\s\S]*?)\]\}/g)].flatMap((m) => [...(m[1] as string).matchAll(/'([a-z0-9-]+)'/g)].map((x) => x[1] as string));
  const cited = chapters.flatMap((c) => citesIn(c.text).map((x) => ({ ...x, chapter: c.name })));
  const ledgerFacts = new Set(recomputations.flatMap((r) => r.factIds));

  it.each(chapters.map((c) => [c.name, c] as const))('%s cites document figures', (_n, c) => {
    expect(citesIn(c.text).length).toBeGreaterThan(20);
  });

  it.each(cited.map((c) => [`${c.chapter}: ${c.fact}`, c] as const))(
    'cited fact %s exists, matches its source id, and is recomputed in the ledger or listed as cited without recomputation',
    (_f, c) => {
      expect(factIds.has(c.fact)).toBe(true);
      expect(c.fact.startsWith(`${c.source}-`)).toBe(true);
      expect(ledgerFacts.has(c.fact) || c.fact in citedWithoutRecomputation, `${c.fact} is cited but no ledger entry lists it and it is not in citedWithoutRecomputation`).toBe(true);
    },
  );

  it('lists as cited-without-recomputation only facts that exist, are cited, and are in no ledger entry, each with a reason', () => {
    const citedFacts = new Set(cited.map((c) => c.fact));
    for (const [fact, reason] of Object.entries(citedWithoutRecomputation)) {
      expect(factIds.has(fact), fact).toBe(true);
      expect(citedFacts.has(fact), `${fact} is listed but no chapter cites it`).toBe(true);
      expect(ledgerFacts.has(fact), `${fact} is listed but a ledger entry recomputes it`).toBe(false);
      expect(reason.length, fact).toBeGreaterThan(15);
    }
  });

  it('places every ledger entry in exactly one table across both chapters', () => {
    const placed = chapters.flatMap((c) => placedIn(c.text));
    expect([...placed].sort()).toEqual(recomputations.map((r) => r.id).sort());
  });

  it('places the chapter-2 entries in chapter 2', () => {
    const inChapter2 = new Set(placedIn(chapters[1]!.text));
    for (const id of ['asic-index-fall', 'defaulted-loans-ltv', 'nfn8-per-unit', 'nfn8-collapse-ratio', 'payback-18-index-low', 'underclocking-gain']) expect(inChapter2.has(id), id).toBe(true);
  });

  it.each(chapters.map((c) => [c.name, c] as const))('%s uses only ids the ledger knows in byId calls', (_n, c) => {
    for (const m of c.text.matchAll(/byId\('([^']+)'\)/g)) expect(() => byId(m[1] as string)).not.toThrow();
  });

  it.each(chapters.map((c) => [c.name, c] as const))('%s reads only figures that exist and are finite numbers or text', (_n, c) => {
    const reads = [...c.text.matchAll(/figures((?:\.[A-Za-z0-9_]+|\[\d+\])+)/g)];
    expect(reads.length).toBeGreaterThan(5);
    for (const m of reads) {
      const path = (m[1] as string).match(/[A-Za-z0-9_]+/g) as string[];
      let value: unknown = figures;
      for (const key of path) value = (value as Record<string, unknown>)?.[key];
      if (typeof value === 'object' && value !== null) continue; // a parent of a deeper path, e.g. figures.floor.s21
      expect(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)), `figures${m[1]} is ${String(value)}`).toBe(true);
    }
  });
});
