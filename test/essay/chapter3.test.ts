import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finish, reproducesWithin, type Recomputation } from '../../src/essay/ledger.ts';
import { chapter3Defaults, chapter3Figures as f, chapter3Ledger, usdBillionsShort, usdMillionsShort } from '../../src/essay/chapter3.ts';
import { floorDefaults } from '../../src/essay/chapter2.ts';
import { defaultFleetClasses, defaultPowerTiers } from '../../src/essay/fleetMix.ts';
import { figureEntry } from '../../src/figures/registry.ts';
import { metric, type Figure } from '../../src/figures/types.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { catalogue, testContext } from '../helpers/figureContext.ts';

const context = testContext(catalogue);
const at = (id: string): Figure => figureEntry(id).compute(defaultScenario(), context);
const value = (id: string, name: string) => metric(at(id), name).value;
const entry = (id: string): Recomputation => {
  const e = chapter3Ledger.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no chapter 3 entry ${id}`);
  return finish(e);
};
const mdx = readFileSync(new URL('../../content/chapters/03-hashrate-answers-back.mdx', import.meta.url), 'utf8');

describe('chapter3Defaults: the reader’s default scenario (a stale note or prose would show up here)', () => {
  it('a −12 % hashrate change, the responding path, 3 months to leave, 245 MW converted to AI', () => {
    const d = defaultScenario();
    expect({
      hashrateChangeFraction: d.hrchange / 100,
      hashrate: d.hashrate,
      leaveMonths: d.leave,
      aiMegawatts: d.aimw,
    }).toEqual(chapter3Defaults);
  });

  it('the scenario note states the fleet mix, the leave months, the power converted and chapter 2’s machine as the defaults have them', () => {
    const note = /scenarioNote: "([^"]*)"/.exec(mdx)?.[1] ?? '';
    const list = (xs: readonly (string | number)[]) => `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
    expect(note).toContain(`${list(defaultFleetClasses.map((c) => c.joulesPerTerahash))} J/TH`);
    expect(note).toContain(`${list(defaultFleetClasses.map((c) => c.share))}% of hashrate`);
    expect(note).toContain(list(defaultPowerTiers.map((t) => `$${t.usdPerKwh}`)));
    expect(note).toContain(`${list(defaultPowerTiers.map((t) => t.share))}%`);
    expect(note).toContain(`${chapter3Defaults.leaveMonths} months`);
    expect(note).toContain(`${chapter3Defaults.aiMegawatts} MW`);
    expect(note).toContain(`${-chapter3Defaults.hashrateChangeFraction * 100}% fall`);
    expect(note).toContain(`${floorDefaults.lifeMonths} months`);
    expect(note).toContain(`$${floorDefaults.purchaseUsdPerTh}/TH`);
    expect(note).toContain(`${floorDefaults.difficultyGrowthPerMonth * 100}% a month`);
    expect(note).toContain(`${floorDefaults.discountRatePerYear * 100}% discount rate`);
    expect(note).toMatch(/every share our guess/);
  });
});

describe('chapter3Figures against the live figures at the defaults (what AtDefaults quotes is what the widgets show)', () => {
  it('one retarget after −12 %: 682 s blocks, 15.9 days, 124.08 T, $38.59; $30,165,696 a day paid instead of $34,279,200', () => {
    expectClose(f.retarget.blockTimeSeconds, 600 / 0.88, 1e-12);
    expectClose(f.retarget.epochDays, (2016 * 600) / 0.88 / 86_400, 1e-12);
    expectClose(f.retarget.nextDifficultyT, 124.08, 1e-12);
    expectClose(f.retarget.hashpriceAfterUsdPerPhDay, 38.594, 1e-4);
    expect(f.retarget.minersUsdPerDayBefore).toBe(34_279_200);
    expectClose(f.retarget.minersUsdPerDayDuringLag, 30_165_696, 1e-12);
    for (const [name, v] of [
      ['block-time-s', f.retarget.blockTimeSeconds],
      ['epoch-days', f.retarget.epochDays],
      ['next-diff', f.retarget.nextDifficultyT],
      ['hashprice-after-retarget', f.retarget.hashpriceAfterUsdPerPhDay],
      ['miners-usd-day-lag', f.retarget.minersUsdPerDayDuringLag],
    ] as const) expect(value('retarget', name), name).toBeCloseTo(v, 9);
    // During the lag each surviving TH/s earns today's hashprice.
    expect(value('retarget', 'hashprice-before-retarget')).toBeCloseTo(f.hashpriceTodayUsdPerPhDay, 12);
    expectClose(f.hashpriceTodayUsdPerPhDay, 33.9628, 1e-5);
  });

  it('the cost curve: 10.75 % underwater at $33.96; the marginal machine 30 J/TH on $0.045 at $32.40; the fleet averages 19.15 J/TH', () => {
    expectClose(f.fleet.shareUnderwaterToday, 0.1075, 1e-12);
    expect([f.fleet.marginalJoulesPerTerahash, f.fleet.marginalUsdPerKwh]).toEqual([30, 0.045]);
    expectClose(f.fleet.marginalBreakevenUsdPerPhDay, 32.4, 1e-12);
    expectClose(f.fleet.meanJoulesPerTerahash, 19.15, 1e-12);
    expect(value('cost-curve', 'share-underwater')).toBeCloseTo(f.fleet.shareUnderwaterToday, 12);
    expect(value('cost-curve', 'marginal-breakeven-hashprice')).toBeCloseTo(f.fleet.marginalBreakevenUsdPerPhDay, 12);
    expect(value('cost-curve', 'fleet-joules-per-th')).toBeCloseTo(f.fleet.meanJoulesPerTerahash, 12);
    expect(value('cost-curve', 'hashprice-today')).toBeCloseTo(f.hashpriceTodayUsdPerPhDay, 12);
    // The worked breakevens: 30 × 0.06 × 24 and 12 × 0.025 × 24.
    expectClose(f.fleet.oldestOnTypicalBreakeven, 43.2, 1e-12);
    expectClose(f.fleet.newestOnCheapBreakeven, 7.2, 1e-12);
  });

  it('the fixed trend ends at $8.49 per PH/s a day and 282 T: a machine on $0.06 would need 5.9 J/TH; 93.75 % of the fleet is underwater', () => {
    expectClose(f.trend.endHashpriceUsdPerPhDay, 8.4912, 1e-4);
    expectClose(f.trend.endDifficultyT, 141 * 1.02 ** 35, 1e-12);
    expectClose(f.trend.endBreakevenJoulesPerTerahash, 8.4912 / 1.44, 1e-4);
    expect(f.trend.endBreakevenJoulesPerTerahash).toBeLessThan(f.trend.bestCatalogueJoulesPerTerahash);
    expect(f.trend.bestCatalogueJoulesPerTerahash).toBe(12);
    // Only 12 J/TH on $0.025 power (breakeven $7.20, 6.25 % of the fleet) still covers its power.
    expectClose(f.trend.endShareUnderwater, 1 - 0.25 * 0.25, 1e-12);
    expect(value('hashrate-response', 'hashprice-end-trend')).toBeCloseTo(f.trend.endHashpriceUsdPerPhDay, 9);
    expect(value('hashrate-response', 'difficulty-end-trend')).toBeCloseTo(f.trend.endDifficultyT, 9);
    expect(value('hashrate-response', 'forward-value-trend')).toBeCloseTo(f.trend.forwardValueUsd, 6);
    expect(value('hashrate-response', 'losing-months-trend')).toBe(f.trend.losingMonths);
  });

  it('the responding path: worth more than the fixed trend, no losing months, hashprice ending at the marginal breakeven of 12 J/TH on $0.07', () => {
    expect(value('hashrate-response', 'forward-value-respond')).toBeCloseTo(f.respond.forwardValueUsd, 6);
    expect(value('hashrate-response', 'hashprice-end-respond')).toBeCloseTo(f.respond.endHashpriceUsdPerPhDay, 9);
    expect(value('hashrate-response', 'difficulty-end-respond')).toBeCloseTo(f.respond.endDifficultyT, 9);
    expect(value('hashrate-response', 'idle-share-peak')).toBeCloseTo(f.respond.idlePeakShare, 12);
    expect(value('hashrate-response', 'left-share-end')).toBeCloseTo(f.respond.leftShareEnd, 12);
    expect(value('hashrate-response', 'losing-months-respond')).toBe(f.respond.losingMonths);
    expect(f.respond.forwardValueUsd).toBeGreaterThan(1.5 * f.trend.forwardValueUsd);
    expect(f.respond.losingMonths).toBe(0);
    expect(f.trend.losingMonths).toBeGreaterThan(0);
    // “hashprice sits at the breakeven of a 12 J/TH machine on $0.07 power, by then the marginal machine”
    expectClose(f.respond.endMarginalBreakevenUsdPerPhDay, 12 * 0.07 * 24, 1e-12);
    expect(Math.abs(f.respond.endHashpriceUsdPerPhDay / f.respond.endMarginalBreakevenUsdPerPhDay - 1)).toBeLessThan(0.02);
    // The halving (April 2028, month 26) brings the worst month: the peak comes within two months of it, and difficulty falls.
    expect(f.respond.halvingMonth).toBe(26);
    expect(f.respond.halvingMonthLabel).toBe('April 2028');
    expect(f.respond.idlePeakMonth - f.respond.halvingMonth).toBeGreaterThanOrEqual(0);
    expect(f.respond.idlePeakMonth - f.respond.halvingMonth).toBeLessThanOrEqual(2);
    expect(f.respond.idlePeakShare).toBeGreaterThan(0.2);
    expect(f.respond.difficultyAfterHalvingT).toBeLessThan(0.85 * f.respond.difficultyAtHalvingT);
  });

  it('“still does not pay for itself”: $15/TH × 473 TH/s = $7,095, above both the forward value and the undiscounted profit', () => {
    expect(f.machine.purchaseUsd).toBe(7_095);
    expect(value('floor-value', 'purchase-usd')).toBe(f.machine.purchaseUsd);
    expect(f.respond.forwardValueUsd).toBeLessThan(f.machine.purchaseUsd);
    expect(f.respond.lifetimeProfitUsd).toBeLessThan(f.machine.purchaseUsd);
    expect(value('floor-value', 'lifetime-profit-curtail')).toBeCloseTo(f.respond.lifetimeProfitUsd, 6);
    expect(value('floor-value', 'forward-value-curtail')).toBeCloseTo(f.respond.forwardValueUsd, 6);
  });

  it('the security budget: $34,279,200 a day, 3.40¢ per TH/s (= hashprice), $17,139,600 after the halving', () => {
    expect(f.security.budgetUsdPerDay).toBe(3.125 * 144 * 76_176);
    expectClose(f.security.budgetPerThAtDifficulty, f.hashpriceTodayUsdPerPhDay / 1000, 1e-12);
    expect(f.security.afterHalvingUsdPerDay).toBe(17_139_600);
    expect(value('security-budget', 'security-usd-day')).toBe(f.security.budgetUsdPerDay);
    expect(value('security-budget', 'security-usd-per-th-day')).toBeCloseTo(f.security.budgetPerThAtDifficulty, 12);
    expect(value('security-budget', 'security-usd-day-after-halving')).toBe(f.security.afterHalvingUsdPerDay);
    expect(value('security-budget', 'fee-share')).toBe(0);
  });

  it('a majority: 1,009 EH/s at $15/TH is $15.1 bn of machines; at 12 J/TH, 12,112 MW and $17.4 M a day of power at $0.06', () => {
    expectClose(f.security.attackHardwareUsd, 1009.3173 * 1e6 * 15, 1e-6);
    expectClose(f.security.attackPowerMegawatts, 12_111.8, 1e-5);
    expectClose(f.security.attackPowerUsdPerDay, 12_111.8 * 1000 * 24 * 0.06, 1e-5);
    expect(usdBillionsShort(f.security.attackHardwareUsd)).toBe('$15.1 bn');
    expect(value('security-budget', 'majority-hardware-usd')).toBeCloseTo(f.security.attackHardwareUsd, 3);
    expect(value('security-budget', 'majority-power-usd-day')).toBeCloseTo(f.security.attackPowerUsdPerDay, 3);
    expect(value('security-budget', 'majority-power-mw')).toBeCloseTo(f.security.attackPowerMegawatts, 6);
  });

  it('Hut 8’s 245 MW at the fleet’s 19.15 J/TH ran 12.8 EH/s, 1.27 % of the network and about a tenth of the 12 % fall (20.4 EH/s at 12 J/TH, 8.75 at 28)', () => {
    expectClose(f.ai.ehPerSecond, 245 / 19.15, 1e-12);
    expectClose(f.ai.shareOfNetwork, 0.012676, 1e-4);
    expectClose(f.ai.shareOfFall, f.ai.shareOfNetwork / 0.12, 1e-12);
    expectClose(f.ai.ehPerSecondAtBest, 245 / 12, 1e-12);
    expectClose(f.ai.ehPerSecondAtReportAverage, 8.75, 1e-12);
    expect(value('security-budget', 'ai-ehs')).toBeCloseTo(f.ai.ehPerSecond, 12);
    expect(value('security-budget', 'ai-share')).toBeCloseTo(f.ai.shareOfNetwork, 12);
  });

  it('the lease against mining per MW a year: $7 bn ÷ 15 ÷ 245 ≈ $1.9 M; mining grossed ≈ $0.65 M, $0.12 M after $0.06 power', () => {
    expectClose(f.ai.leaseUsdPerMwYear, 7e9 / 15 / 245, 1e-12);
    expectClose(f.ai.miningUsdPerMwYear, (1e6 / 19.15) * (f.hashpriceTodayUsdPerPhDay / 1000) * 365, 1e-12);
    expectClose(f.ai.miningMarginUsdPerMwYear, f.ai.miningUsdPerMwYear - 1000 * 24 * 365 * 0.06, 1e-12);
    expect(usdMillionsShort(f.ai.leaseUsdPerMwYear)).toBe('$1.9M');
    expect(usdMillionsShort(f.ai.miningUsdPerMwYear)).toBe('$0.65M');
    expect(usdMillionsShort(f.ai.miningMarginUsdPerMwYear)).toBe('$0.12M');
    expectClose(f.ai.leaseOverMining, 2.94, 2e-3);
  });
});

describe('the +14.73 % step of 19–20 February 2026, read through the retarget rule', () => {
  it('hashrate 14.73 % above expectation: blocks ≈ 523 s, the epoch ≈ 12.2 days; luck ≈ 2.2 % over 2,016 blocks', () => {
    expectClose(f.feb2026Step.hashrateRatio, 1.1473, 1e-12);
    expectClose(f.feb2026Step.blockTimeSeconds, 522.967, 1e-5);
    expectClose(f.feb2026Step.epochDays, 12.2026, 1e-4);
    expectClose(f.feb2026Step.luckFraction, 1 / Math.sqrt(2016), 1e-12);
  });

  it('a full return of a 12 % fall would be +13.6 % (1 ÷ 0.88); +14.73 % is that and about 1 % more', () => {
    expectClose(f.feb2026Step.fullReturnChangeFraction, 1 / 0.88 - 1, 1e-12);
    expectClose(f.feb2026Step.aboveNovemberFraction, 0.88 * 1.1473 - 1, 1e-12);
  });

  it('the retarget figure at +14.73 % gives the same blocks and epoch', () => {
    const fig = figureEntry('retarget').compute({ ...defaultScenario(), hrchange: 14.73 }, context);
    expect(metric(fig, 'block-time-s').value).toBeCloseTo(f.feb2026Step.blockTimeSeconds, 9);
    expect(metric(fig, 'epoch-days').value).toBeCloseTo(f.feb2026Step.epochDays, 9);
  });
});

describe('chapter 3 ledger', () => {
  it('“about 3.5 cents per terahash”: 3.40¢ at the 1,009 EH/s that 141 T implies reproduces at half-cent rounding (3.25–3.75¢)', () => {
    const r = entry('security-budget-per-th');
    expect(r.reproduces).toBe(true);
    expectClose(r.computedValue, 0.0339628, 1e-5);
    expectClose(r.relTolerance, 0.0025 / 0.035, 1e-12);
    for (const inside of [0.0325, 0.0375]) expect(reproducesWithin(inside, r.claimedValue, r.relTolerance + 1e-12, r.comparison), String(inside)).toBe(true);
    expect(r.computation).toContain('$34,279,200 a day');
    expect(r.computation).toContain('1,009.3 EH/s');
    expect(r.computation).toContain('(3.40¢)');
    expect(r.computation).toContain('3.48¢'); // at the feature's opening $78,000
  });

  it('the same figure at the sentence’s own 890 EH/s is 3.85¢ (3.84¢ at $76,000): does not reproduce', () => {
    const r = entry('security-budget-per-th-at-estimate');
    expect(r.reproduces).toBe(false);
    expectClose(r.computedValue, 34_279_200 / 890e6, 1e-12);
    expect(r.computation).toContain('(3.85¢)');
    expect(r.computation).toContain('3.84¢');
  });

  it('the 2022 report’s 210 MW at 28 J/TH is 7.5 EH/s exactly; the same rule makes Hut 8’s 245 MW 12.8 EH/s', () => {
    const r = entry('buildout-megawatts');
    expect(r.reproduces).toBe(true);
    expect(r.computedValue).toBe(7.5);
    expect(r.factIds).toContain('S003-028');
    expect(r.computation).toContain('12.8 EH/s, 1.27% of 1,009 EH/s');
  });

  it('writes entries without verdicts, each citing its own document, and lists no fact twice', () => {
    for (const e of chapter3Ledger.entries) {
      expect(e, e.id).not.toHaveProperty('reproduces');
      expect(e.factIds.some((id) => id.startsWith(`${e.sourceId}-`)), e.id).toBe(true);
    }
    const inEntries = new Set(chapter3Ledger.entries.flatMap((e) => e.factIds));
    for (const id of Object.keys(chapter3Ledger.citedWithoutRecomputation)) expect(inEntries.has(id), id).toBe(false);
  });
});
