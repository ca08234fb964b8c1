import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finish, type Recomputation } from '../../src/essay/ledger.ts';
import { chapter4Defaults as d4, chapter4Figures as f, chapter4Ledger } from '../../src/essay/chapter4.ts';
import { figureEntry } from '../../src/figures/registry.ts';
import { loanStressFigureNow } from '../../src/figures/loanStress.ts';
import { metric, type Figure } from '../../src/figures/types.ts';
import { defaultScenario } from '../../src/scenario/schema.ts';
import { expectClose } from '../helpers/close.ts';
import { catalogue, testContext } from '../helpers/figureContext.ts';

const context = testContext(catalogue);
const at = (id: string, s = defaultScenario()): Figure => figureEntry(id).compute(s, context);
const value = (id: string, name: string) => metric(at(id), name).value;
const has = (id: string, name: string) => at(id).metrics.some((m) => m.name === name);
const entry = (id: string): Recomputation => {
  const e = chapter4Ledger.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no chapter 4 entry ${id}`);
  return finish(e);
};
const mdx = readFileSync(new URL('../../content/chapters/04-underwriting-hashprice.mdx', import.meta.url), 'utf8');
const note = /scenarioNote: "([^"]*)"/.exec(mdx)?.[1] ?? '';

describe('chapter4Defaults: the reader’s default scenario, the scenario note and the prose', () => {
  it('mirror the schema’s defaults', () => {
    const s = defaultScenario();
    expect({
      units: s.units,
      usdPerKwh: s.kwh,
      opexUsdPerMonth: s.opex,
      loanUsd: s.loan,
      ratePerYear: s.rate / 100,
      termMonths: s.term,
      repayment: s.repay,
      marginCallLtv: s.call / 100,
      paybackMonths: s.payback,
      denomination: s.denom,
      linked: s.linked,
      linkedFloorFraction: s.lfloor / 100,
      linkedCapFraction: s.lcap / 100,
      volatilityPerYear: s.vol / 100,
      difficultyNoisePointsPerMonth: s.dnoise,
      paths: s.paths,
      seed: s.seed,
    }).toEqual(d4);
    expect(s.hashrate).toBe('respond');
    expect(s.machine).toBe('antminer-s21-xp-hydro');
  });

  it('the scenario note states every loan default, and says they are ours', () => {
    for (const text of [
      `${d4.units.toLocaleString('en-US')} ${f.machineModel}`,
      `$${d4.usdPerKwh}/kWh`,
      `$${d4.opexUsdPerMonth.toLocaleString('en-US')} a month of other costs`,
      `$${d4.loanUsd.toLocaleString('en-US')} loan in dollars at ${d4.ratePerYear * 100}% a year over ${d4.termMonths} months with level payments`,
      `margin call at ${d4.marginCallLtv * 100}% LTV`,
      `payback value on ${d4.paybackMonths} months`,
      `between ${d4.linkedFloorFraction * 100}% and ${d4.linkedCapFraction * 100}% of the schedule`,
      `${d4.paths.toLocaleString('en-US')} paths`,
      `BTC volatility of ${d4.volatilityPerYear * 100}% a year`,
      `difficulty-growth noise of ${d4.difficultyNoisePointsPerMonth} points a month`,
      `seed ${d4.seed}`,
      'responding hashrate path',
      'are ours',
    ]) expect(note, text).toContain(text);
  });

  it('the prose states the definitions: a 30.4375-day month, the level payment, DSCR, the breakeven and LTV', () => {
    expect(mdx).toContain('30.4375 days');
    expect(mdx).toContain('P·r ÷ (1 − (1 + r)^−n)');
    expect(mdx).toMatch(/DSCR, is the month's cash flow divided by the month's payment/);
    expect(mdx).toMatch(/hashprice at which DSCR is exactly 1/);
    expect(mdx).toMatch(/what is still owed divided by what the fleet is worth at its payback value, marked again every month/);
    // No <Live> on the stress test: the page computes it only in a worker.
    expect(mdx).not.toMatch(/<Live figure="loan-stress"/);
  });
});

describe('chapter4Figures against the live figures at the defaults (what AtDefaults quotes is what the widgets show)', () => {
  it('the payment: $3 M × 0.01 ÷ (1 − 1.01^−24) ≈ $141,220, the formula and the figure agree', () => {
    expectClose(f.debt.paymentUsd, (3e6 * 0.01) / (1 - 1.01 ** -24), 1e-9);
    expectClose(f.debt.paymentFormulaUsd, f.debt.paymentUsd, 1e-12);
    expect(Math.round(f.debt.paymentUsd)).toBe(141_220);
    expect(f.debt.monthlyRate).toBe(0.01);
    expect(value('debt-service', 'payment-month')).toBeCloseTo(f.debt.paymentUsd, 6);
    expect(value('loan-denomination', 'payment-month')).toBeCloseTo(f.debt.paymentUsd, 6);
  });

  it('cash flow = revenue − power − $50,000; DSCR ≈ 1.35×; the breakeven ≈ $30.56 against f2pool’s $34, ≈ 10 % below today', () => {
    expectClose(f.debt.cashFlowUsd, f.debt.revenueUsdPerMonth - f.debt.powerUsdPerMonth - 50_000, 1e-9);
    expectClose(f.debt.powerUsdPerMonth, 1000 * 5676 * 0.024 * 0.06 * 30.4375, 1e-12);
    expectClose(f.debt.revenueUsdPerMonth, 1000 * 0.473 * f.debt.hashpriceTodayUsdPerPhDay * 30.4375, 1e-12);
    expectClose(f.debt.dscr, f.debt.cashFlowUsd / f.debt.paymentUsd, 1e-12);
    expect(f.debt.dscr).toBeCloseTo(1.35, 2);
    expectClose(f.debt.breakevenUsdPerPhDay, ((f.debt.paymentUsd + 50_000) / 30_437.5 + 5676 * 0.024 * 0.06) / 0.473, 1e-9);
    expect(f.debt.breakevenUsdPerPhDay).toBeCloseTo(30.56, 2);
    expect(f.debt.lowestReportedUsdPerPhDay).toBe(34);
    expect(f.debt.breakevenUsdPerPhDay).toBeLessThan(f.debt.lowestReportedUsdPerPhDay);
    expectClose(f.debt.headroomFraction, 1 - f.debt.breakevenUsdPerPhDay / f.debt.hashpriceTodayUsdPerPhDay, 1e-12);
    for (const [name, x] of [
      ['dscr', f.debt.dscr],
      ['cash-flow-month', f.debt.cashFlowUsd],
      ['hashprice-today', f.debt.hashpriceTodayUsdPerPhDay],
      ['breakeven-hashprice-debt', f.debt.breakevenUsdPerPhDay],
      ['lowest-hashprice-reported', f.debt.lowestReportedUsdPerPhDay],
      ['breakeven-headroom', f.debt.headroomFraction],
      ['ltv', f.debt.ltv],
      ['collateral-usd', f.debt.collateralUsd],
      ['min-dscr', f.debt.minDscr],
    ] as const) expect(value('debt-service', name), name).toBeCloseTo(x, 9);
  });

  it('LTV ≈ 69 % against the 18-month payback value; no margin call on the projection (the claim says “none”)', () => {
    expect(f.debt.ltv).toBeCloseTo(0.69, 2);
    expectClose(f.debt.ltv, 3e6 / f.debt.collateralUsd, 1e-12);
    expect(f.debt.marginCallOnProjection).toBe(0);
    expect(has('debt-service', 'margin-call-month')).toBe(false);
    expect(f.debt.minDscr).toBeGreaterThan(1);
  });

  it('dollars or bitcoin: the same DSCR today; the bitcoin loan levels off at revenue ÷ payment and breaks at a lower price', () => {
    expectClose(f.denomination.dscrBtcLimit, f.debt.revenueUsdPerMonth / f.debt.paymentUsd, 1e-9);
    expectClose(f.denomination.loanBtc, 3e6 / 76_176, 1e-12);
    expect(value('loan-denomination', 'dscr-btc')).toBeCloseTo(value('loan-denomination', 'dscr-usd'), 9);
    expect(f.denomination.breakevenPriceBtc).toBeLessThan(f.denomination.breakevenPriceUsd);
    // The dollar loan's price breakeven is the hashprice breakeven: both are where DSCR = 1 at today's difficulty.
    expectClose(f.denomination.priceFallToBreakUsd, f.debt.headroomFraction, 1e-9);
    // “Four more points of room”
    expect(Math.round(f.denomination.priceFallToBreakBtc * 100) - Math.round(f.denomination.priceFallToBreakUsd * 100)).toBe(4);
    for (const [name, x] of [
      ['dscr-btc-limit', f.denomination.dscrBtcLimit],
      ['breakeven-price-usd', f.denomination.breakevenPriceUsd],
      ['breakeven-price-btc', f.denomination.breakevenPriceBtc],
      ['loan-btc', f.denomination.loanBtc],
    ] as const) expect(value('loan-denomination', name), name).toBeCloseTo(x, 6);
  });

  it('linked payments: no uncovered month either way at the defaults; a larger first payment, a small last one, less paid in all', () => {
    expect([f.linked.breachMonthsFixed, f.linked.breachMonthsLinked]).toEqual([0, 0]);
    expect(f.linked.firstPaymentLinkedUsd).toBeGreaterThan(f.debt.paymentUsd);
    expect(f.linked.finalPaymentLinkedUsd).toBeLessThan(f.debt.paymentUsd);
    expect(f.linked.totalPaidLinkedUsd).toBeLessThan(f.linked.totalPaidFixedUsd);
    expect(value('debt-service', 'total-paid-usd')).toBeCloseTo(f.linked.totalPaidFixedUsd, 6);
    for (const [name, x] of [
      ['breach-months-fixed', f.linked.breachMonthsFixed],
      ['breach-months-linked', f.linked.breachMonthsLinked],
      ['min-dscr-fixed', f.linked.minDscrFixed],
      ['min-dscr-linked', f.linked.minDscrLinked],
      ['total-paid-fixed', f.linked.totalPaidFixedUsd],
      ['total-paid-linked', f.linked.totalPaidLinkedUsd],
      ['final-payment-linked', f.linked.finalPaymentLinkedUsd],
    ] as const) expect(value('linked-payments', name), name).toBeCloseTo(x, 6);
    expect(metric(at('debt-service', { ...defaultScenario(), linked: 'on' }), 'payment-month').value).toBeCloseTo(f.linked.firstPaymentLinkedUsd, 6);
  });

  it('the stress test at the defaults: what AtDefaults quotes is the build-time simulation; the projection never breaches, most paths do', () => {
    const st = loanStressFigureNow(defaultScenario(), context);
    expect(metric(st, 'p-dscr-breach').value).toBe(f.stress.pDscrBreach);
    expect(metric(st, 'p-margin-call').value).toBe(f.stress.pMarginCall);
    expect(metric(st, 'median-margin-call-month').value).toBe(f.stress.medianMarginCallMonth);
    expect(metric(st, 'median-dscr-end').value).toBe(f.stress.medianDscrEnd);
    expect(f.stress.projectionBreach).toBe(0);
    expect(f.stress.pDscrBreach).toBeGreaterThan(0.5); // “in most of the futures”
    expect(f.stress.medianDscrEnd).toBeLessThan(1);
    expectClose(f.stress.monthlyVolatility, 0.5 / Math.sqrt(12), 1e-12);
    expect(f.stress.monthlyVolatility).toBeGreaterThan(f.debt.headroomFraction);
  });
});

describe('chapter 4 ledger', () => {
  it('the defaulted loans at an 18-month payback value: $8.81/TH, LTV ≈ 271 % (159 % at the index low); “above 100 %” reproduces', () => {
    const r = entry('defaulted-loans-ltv-payback');
    expect(r.reproduces).toBe(true);
    expectClose(f.history.paybackPerTh2022, (0.06 - 30.5 * 0.024 * 0.06) * 18 * 30.4375, 1e-12);
    expectClose(r.computedValue, 277e6 / (11.59e6 * f.history.paybackPerTh2022), 1e-12);
    expectClose(f.history.ltvAtIndexLow, 277e6 / (11.59e6 * 15), 1e-12);
    expect(r.computation).toContain('$8.81/TH');
    expect(r.computation).toContain('271% LTV');
    expect(r.computation).toContain('159%');
    expectClose(f.history.defaultedShareOfIssuance2022, 277 / 510, 1e-12);
  });

  it('writes entries without verdicts, each citing its own document, and lists no fact twice', () => {
    for (const e of chapter4Ledger.entries) {
      expect(e, e.id).not.toHaveProperty('reproduces');
      expect(e.factIds.some((id) => id.startsWith(`${e.sourceId}-`)), e.id).toBe(true);
    }
    const inEntries = new Set(chapter4Ledger.entries.flatMap((e) => e.factIds));
    for (const id of Object.keys(chapter4Ledger.citedWithoutRecomputation)) expect(inEntries.has(id), id).toBe(false);
  });
});

describe('“the power contract is the real security”', () => {
  it('on stranded-gas power ($0.025/kWh) the breakeven for debt sits well under the lowest reported $34, and far fewer stress paths fall short — but some still do', () => {
    const gas = { ...defaultScenario(), kwh: 0.025 };
    expect(metric(at('debt-service', gas), 'breakeven-hashprice-debt').value).toBeLessThan(0.7 * 34);
    const cheap = metric(loanStressFigureNow(gas, context), 'p-dscr-breach').value;
    const typical = metric(loanStressFigureNow(defaultScenario(), context), 'p-dscr-breach').value;
    expect(cheap).toBeLessThan(typical / 2);
    expect(cheap).toBeGreaterThan(0);
  });
});
