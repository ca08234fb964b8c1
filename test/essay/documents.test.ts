import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as documents from '../../src/essay/documents.ts';
import machines from '../../content/machines.json';
import { expectClose } from '../helpers/close.ts';

/** The documents' fact list, vendored as a fixture (see test/fixtures/README.md for provenance). */
const facts = JSON.parse(readFileSync(new URL('../fixtures/seed-facts.json', import.meta.url), 'utf8')) as { id: string; value: unknown }[];
const fact = (id: string) => {
  const f = facts.find((x) => x.id === id);
  if (!f) throw new Error(`${id} is not in seed-facts.json`);
  return f.value;
};
const source = readFileSync(new URL('../../src/essay/documents.ts', import.meta.url), 'utf8');

type Value = number | string | readonly [number, number];

/** The export of documents.ts at a dotted path: 'f2poolSnapshot.market.priceUsdPerBtc' → 76,176. */
const at = (path: string): Value => path.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], documents) as Value;

/**
 * Every document figure in documents.ts, by path, with the fact it comes from and the factor that
 * turns our unit into the fact list's: percent ×100, difficulty in T ×10¹², $/kWh → $/MWh ×1000.
 */
const table: [path: string, factId: string, toFactUnit: number][] = [
  ['f2poolSnapshot.dateIso', 'S003-001', 1],
  ['f2poolSnapshot.market.priceUsdPerBtc', 'S003-012', 1],
  ['f2poolSnapshot.market.usdPerKwh', 'S003-014', 1],
  ['f2poolSnapshot.hashpriceUsdPerThDay', 'S003-015', 1],
  ['f2poolSnapshot.hashpriceUsdPerPhDay', 'S003-017', 1],
  ['f2poolSnapshot.networkHashrateEstimateEhPerSecond', 'S003-013', 1],
  ['hashrateFallSinceNovember2025Fraction', 'S003-010', 100],
  ['costShareReference.priceUsdPerBtc', 'S003-020', 1],
  ['costShareReference.usdPerKwh', 'S003-021', 1],
  ['costShareReference.s21XpHydro', 'S003-022', 100],
  ['costShareReference.midGeneration', 'S003-023', 100],
  ['costShareReference.older', 'S003-024', 100],
  ['endOf2022.difficultyT', 'S001-028', 1e12],
  ['endOf2022.subsidyBtc', 'S001-150', 1],
  ['endOf2022.hashpriceUsdPerThDay', 'S001-022', 1],
  ['endOf2022.q4PriceRangeUsdPerBtc', 'S001-021', 1],
  ['q3Of2022AverageHashpriceUsdPerThDay', 'S001-020', 1],
  ['peakDifficulty2022.difficultyT', 'S001-026', 1e12],
  ['peakDifficulty2022.impliedHashrateEhPerSecond', 'S001-027', 1],
  ['issuanceBtcPer30Days2022', 'S001-052', 1],
  ['s19M30BreakevenAtLeastUsdPerMwh', 'S001-034', 1],
  ['difficultyGrowth.in2021PerYear', 'S001-025', 100],
  ['difficultyGrowth.in2022PerYear', 'S001-024', 100],
  ['asicPriceIndex.peakUsdPerTh', 'S001-065', 1],
  ['asicPriceIndex.lowUsdPerTh', 'S001-058', 1],
  ['fairValueCurvePaybackMonths', 'S001-059', 1],
  ['defaultedLoans2022.principalUsd', 'S001-060', 1],
  ['defaultedLoans2022.collateralEhPerSecond', 'S001-061', 1],
  ['defaultedLoans2022.mostLoansLtvAboveFraction', 'S001-049', 100],
  ['firmwareExample.hashpriceUsdPerThDay', 'S001-080', 1],
  ['firmwareExample.efficiencyCutFraction', 'S001-077', 100],
  ['firmwareExample.breakevenStockUsdPerMwh', 'S001-078', 1],
  ['firmwareExample.breakevenTunedUsdPerMwh', 'S001-079', 1],
  ['paybackExample.paybackMonths', 'S001-096', 1],
  ['paybackExample.hashpriceUsdPerThDay', 'S001-098', 1],
  ['paybackExample.usdPerKwh', 'S001-099', 1000],
  ['paybackExample.fairValueUsdPerTh', 'S001-097', 1],
  ['underclocking.fromJoulesPerTerahash', 'S001-068', 1],
  ['underclocking.toJoulesPerTerahash', 'S001-069', 1],
  ['underclocking.claimedGainFraction', 'S001-067', 100],
  ['nfn8.unitsAtLeast', 'S000-002', 1],
  ['nfn8.machinesValueUsdAtMost', 'S000-006', 1],
  ['nfn8.perUnitUsd', 'S000-007', 1],
  ['nfn8.peakUnitPriceUsd', 'S000-008', 1],
  ['nfn8.collapseAtLeastFraction', 'S000-009', 100],
  ['nfn8.dipFacilityUsd', 'S000-005', 1],
  ['industrialEquipment.forcedSaleRecoveryRange', 'S000-011', 100],
  ['industrialEquipment.depreciationPerYearRange', 'S000-012', 100],
  ['asicValueFall2022Range', 'S000-013', 100],
  ['retargetFeb2026DifficultyChangeFraction', 'S000-014', 100],
  ['energyPositionExample.cheapUsdPerKwh', 'S000-015', 1],
  ['energyPositionExample.dearUsdPerKwh', 'S000-016', 1],
  ['coreScientificCouponPerYear', 'S002-011', 100],
  ['minerFinancing2024To2025.recordQuarterQ4of2024Usd', 'S002-001', 1],
  ['minerFinancing2024To2025.minersInSample', 'S002-002', 1],
  ['minerFinancing2024To2025.earlyIn2025UsdAtMost', 'S002-003', 1],
  ['minerFinancing2024To2025.q2of2025Usd', 'S002-004', 1],
  ['minerFinancing2024To2025.q3of2025ConvertiblesThreeMinersUsd', 'S002-005', 1],
  ['minerFinancing2024To2025.teraWulfNotesUsd', 'S002-006', 1],
  ['minerFinancing2024To2025.typicalCouponPerYear', 'S002-013', 100],
  ['asicBackedIssuance2022.issuedUsd', 'S001-100', 1],
  ['asicBackedIssuance2022.increaseOver2021Fraction', 'S001-101', 100],
  ['reportedHashprices.0.usdPerPhDay', 'S001-016', 0.001],
  ['reportedHashprices.1.usdPerPhDay', 'S001-020', 0.001],
  ['reportedHashprices.2.usdPerPhDay', 'S001-022', 0.001],
  ['reportedHashprices.3.usdPerPhDay', 'S002-015', 1],
  ['reportedHashprices.4.usdPerPhDay', 'S003-016', 1],
  ['reportedHashprices.5.usdPerPhDay', 'S003-017', 1],
  ['securityBudgetFraming.networkEhPerSecond', 'S003-035', 1],
  ['securityBudgetFraming.priceUsdPerBtc', 'S003-036', 1],
  ['securityBudgetFraming.usdPerThDay', 'S003-037', 1],
  ['priceEarlyFeb2026UsdPerBtc', 'S003-008', 1],
  ['hut8RiverBend.megawatts', 'S003-028', 1],
  ['hut8RiverBend.termYears', 'S003-027', 1],
  ['hut8RiverBend.contractValueUsd', 'S003-029', 1],
  ['minerFinancing2021To2022.equity2021Usd', 'S001-041', 1],
  ['minerFinancing2021To2022.equity2022Usd', 'S001-039', 1],
  ['minerFinancing2021To2022.equityDeclineFraction', 'S001-040', 100],
  ['minerFinancing2021To2022.debt2021Usd', 'S001-044', 1],
  ['minerFinancing2021To2022.debt2022Usd', 'S001-042', 1],
  ['minerFinancing2021To2022.debtDeclineFraction', 'S001-043', 100],
  ['minerFinancing2021To2022.q3of2022UsdAtMost', 'S001-048', 1],
  ['minerFinancing2021To2022.equityDrawdownDuringAtm', 'S001-050', 100],
  ['offeringsQ4of2025.irenConvertibleUsd', 'S002-007', 1],
  ['offeringsQ4of2025.bitfarmsConvertibleUsd', 'S002-008', 1],
  ['minerSales2022.soldIn2022Btc', 'S001-045', 1],
  ['minerSales2022.soldIn2021Btc', 'S001-046', 1],
  ['minerSales2022.q2ShareOf2022', 'S001-047', 100],
  ['minerSales2022.soldInQ2of2022Btc', 'S001-051', 1],
  ['minerSales2022.publicPerMonthBtc', 'S001-053', 1],
  ['minerSales2022.publicShareOfHashrate', 'S001-054', 100],
  ['minerSales2022.allMinersPerMonthBtc', 'S001-055', 1],
  ['minerSales2022.spotVolumePerMonthBtc', 'S001-056', 1],
  ['minerSales2022.treasuryEndOf2022Btc', 'S001-057', 1],
  ['elliott2022.dateIso', 'S001-006', 1],
  ['elliott2022.curtailedEhPerSecond', 'S001-007', 1],
  ['elliott2022.curtailedShare', 'S001-008', 100],
  ['curtailedPowerUsdPerMwh', 'S001-126', 1],
  ['hedgeMarginUpToFraction', 'S001-037', 100],
  ['hostingBankruptGw', 'S001-005', 1],
  ['ercotCurtailableGw', 'S001-076', 1],
  ['valuablePower.ppaBelowUsdPerKwh', 'S000-017', 1],
  ['valuablePower.strandedGasUsdPerKwh', 'S000-018', 1],
  ['bullCase2023Buildout.ehPerSecondPerMonth', 'S001-111', 1],
  ['bullCase2023Buildout.megawattsPerMonth', 'S001-113', 1],
  ['bullCase2023Buildout.joulesPerTerahash', 'S001-114', 1],
  ['bullCase2023Buildout.networkAverageJoulesPerTerahash', 'S001-110', 1],
];

describe('documents.ts: every figure is the document’s', () => {
  it.each(table)('%s matches fact %s', (path, factId, toFactUnit) => {
    const value = at(path);
    expect(value, `${path} is not exported`).toBeDefined();
    const expected = fact(factId);
    if (typeof value === 'string') {
      expect(value).toBe(expected);
    } else if (typeof value === 'number') {
      expectClose(value * toFactUnit, expected as number, 1e-12);
    } else {
      const range = expected as [number, number];
      expect(Array.isArray(range) && range.length === 2, `${factId} is not a range`).toBe(true);
      expectClose(value[0] * toFactUnit, range[0], 1e-12);
      expectClose(value[1] * toFactUnit, range[1], 1e-12);
    }
  });

  it('the table above covers every fact id documents.ts names, and names no other', () => {
    const named = new Set(source.match(/\bS00\d-\d{3}\b/g));
    expect([...new Set(table.map((row) => row[1]))].sort()).toEqual([...named].sort());
  });

  it('documents.ts imports nothing but types', () => {
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^import type /);
  });
});

describe('documents.ts: the values that are ours, not the documents’', () => {
  const { f2poolSnapshot, firmwareExample, paybackExample, asicPriceIndex } = documents;

  it('f2poolSnapshot.market is the default scenario: no fees, no pool fee, full uptime, and the 2024–28 subsidy', () => {
    expect(f2poolSnapshot.market).toMatchObject({ feesBtcPerBlock: 0, poolFeeFraction: 0, uptimeFraction: 1, subsidyBtc: 50 / 2 ** 4 });
  });

  it('firmwareExample’s J/TH is the catalogue’s S19j Pro: 3,050 W ÷ 100 TH/s = 30.5', () => {
    const m = machines.find((x) => x.id === 'antminer-s19j-pro');
    expect(m && m.watts / m.terahashPerSecond).toBe(firmwareExample.joulesPerTerahash);
    expect(m?.model).toContain('S19j Pro');
  });

  it('the payback example is the same machine as the firmware example', () => {
    expect(paybackExample.model).toBe(firmwareExample.model);
  });

  it('exports the objects the widgets use, with the fields they read', () => {
    expect(Object.keys(firmwareExample)).toEqual(['model', 'joulesPerTerahash', 'hashpriceUsdPerThDay', 'efficiencyCutFraction', 'breakevenStockUsdPerMwh', 'breakevenTunedUsdPerMwh']);
    expect(firmwareExample.model).toBe('Antminer S19j Pro');
    expect(Object.keys(asicPriceIndex)).toEqual(['peakUsdPerTh', 'lowUsdPerTh']);
    expect(Object.keys(f2poolSnapshot)).toEqual(['dateIso', 'market', 'hashpriceUsdPerThDay', 'hashpriceUsdPerPhDay', 'networkHashrateEstimateEhPerSecond']);
  });
});
