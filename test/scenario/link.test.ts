import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLink, serializeLink } from '../../src/scenario/link.ts';
import { writeMix } from '../../src/scenario/fleetMix.ts';
import catalogue from '../../content/machines.json';
import { joinCells, splitCells } from '../../src/formula/cells.ts';
import { cellsProblem, defaultScenario, maxCellLength, maxCells, maxCellsLength, paramSpecs, spec, type ParamSpec, type Scenario } from '../../src/scenario/schema.ts';

/** The catalogue's ids, as the page publishes them, plus the reader's own machine. */
const catalogueIds = [...catalogue.map((m) => m.id), 'custom'];

describe('parseLink', () => {
  it('parseLink("") gives the dated defaults and no notices', () => {
    const { scenario, notices, passthrough } = parseLink('');
    expect(scenario).toEqual({
      price: 76_176, diff: 141, kwh: 0.06, fees: 0, subsidy: null, pool: 0, uptime: 100, ths: null, watts: null,
      machine: 'antminer-s21-xp-hydro', payback: 18, life: 36, growth: 2, drift: 0, discount: 10, mode: 'curtail', resale: 0, cost: 15,
      date: '2026-02-02', kwhlow: 0.025, kwhhigh: 0.07, cut: 25,
      hrchange: -12, hashrate: 'respond', fleet: '12-25_16.5-30_21.5-20_26-15_30-10', tiers: '0.025-25_0.045-40_0.06-25_0.07-10', leave: 3, aimw: 245,
      units: 1_000, loan: 3_000_000, rate: 12, term: 24, repay: 'level', opex: 50_000, call: 90, denom: 'usd', linked: 'off', lfloor: 50, lcap: 150, vol: 50, dnoise: 2, paths: 5_000, seed: 1, cells: '',
      sitemw: 100, lease: 1_904_762, leaseyrs: 15, convcost: 8_000_000, convmonths: 12, spotbase: 0.04, spikeshare: 10, spikekwh: 1, drcredit: 0,
      hostmode: 'fixed', hostprice: 0.06, spread: 0.01, deposit: 3, escrow: 'off', spotpath: '2022', hedgeshare: 100, hedgemargin: 30, fwdprem: 10,
      btcheld: 100, cashusd: 1_000_000, rule: 'hybrid', pricepath: '2022', shareprice: 10, shares: 100, beta: 1.5, cbpremium: 30, cbmonths: 24, coupon: 10, notesmonths: 24,
    });
    expect(notices).toEqual([]);
    expect(passthrough).toEqual([]);
  });

  it.each([
    { search: '?price=80000', key: 'price', expected: 80_000 },
    { search: '?diff=100.5', key: 'diff', expected: 100.5 },
    { search: '?kwh=0.025', key: 'kwh', expected: 0.025 },
    { search: '?kwh=.07', key: 'kwh', expected: 0.07 },
    { search: '?fees=0.125', key: 'fees', expected: 0.125 },
    { search: '?subsidy=6.25', key: 'subsidy', expected: 6.25 },
    { search: '?pool=2', key: 'pool', expected: 2 },
    { search: '?uptime=95', key: 'uptime', expected: 95 },
    { search: '?price=1e5', key: 'price', expected: 100_000 },
    { search: '?price=%2080000%20', key: 'price', expected: 80_000 },
  ])('parseLink("$search") reads $key = $expected without a notice', ({ search, key, expected }) => {
    const { scenario, notices } = parseLink(search);
    expect(scenario[key as keyof Scenario]).toBe(expected);
    expect(notices).toEqual([]);
  });

  it.each([
    { search: '?price=5', key: 'price', used: 1_000, kind: 'clamped', says: /below the minimum/ },
    { search: '?price=9999999', key: 'price', used: 500_000, kind: 'clamped', says: /above the maximum/ },
    { search: '?diff=-5', key: 'diff', used: 1, kind: 'clamped', says: /-5|−5/ },
    { search: '?kwh=9', key: 'kwh', used: 0.5, kind: 'clamped', says: /\$9\.000 per kWh/ },
    { search: '?uptime=0', key: 'uptime', used: 1, kind: 'clamped', says: /below the minimum/ },
    { search: '?price=abc', key: 'price', used: 76_176, kind: 'invalid', says: /^BTC price: the link's value is not a number, so we used the default, \$76,176 per BTC\.$/ },
    { search: '?price=', key: 'price', used: 76_176, kind: 'invalid', says: /not a number/ },
    { search: '?price=76,176', key: 'price', used: 76_176, kind: 'invalid', says: /the link's value is not a number/ },
    { search: '?price=Infinity', key: 'price', used: 76_176, kind: 'invalid', says: /not a number/ },
    { search: '?price=1e400', key: 'price', used: 76_176, kind: 'invalid', says: /not a number/ },
    { search: '?price=0x10', key: 'price', used: 76_176, kind: 'invalid', says: /not a number/ },
    { search: '?subsidy=7', key: 'subsidy', used: null, kind: 'invalid', says: /not one of 6\.25, 3\.125, 1\.5625 BTC, so we let the subsidy follow the scenario date/ },
    { search: '?ths=abc&watts=3000', key: 'ths', used: null, kind: 'invalid', says: /left it unset/ },
  ])('parseLink("$search") uses $used for $key and says so', ({ search, key, used, kind, says }) => {
    const { scenario, notices } = parseLink(search);
    expect(scenario[key as keyof Scenario]).toBe(used);
    const notice = notices.find((n) => n.key === key && n.kind === kind);
    expect(notice, JSON.stringify(notices)).toBeDefined();
    expect(notice!.message).toMatch(says);
  });

  it.each([
    { search: '?machine=antminer-s19j-pro', key: 'machine', expected: 'antminer-s19j-pro' },
    { search: '?mode=run', key: 'mode', expected: 'run' },
    { search: '?date=2028-06-01', key: 'date', expected: '2028-06-01' },
    { search: '?life=48', key: 'life', expected: 48 },
    { search: '?growth=-1.5', key: 'growth', expected: -1.5 },
  ])('parseLink("$search") reads the $key parameter of the floor-value widgets', ({ search, key, expected }) => {
    const { scenario, notices } = parseLink(search);
    expect(scenario[key as keyof Scenario]).toBe(expected);
    expect(notices).toEqual([]);
  });

  it.each([
    { search: '?machine=antminer-s99', key: 'machine', used: 'antminer-s21-xp-hydro', says: /^Machine: the link's value is not one this page knows, so we used the default, antminer-s21-xp-hydro\.$/ },
    { search: '?machine=Antminer%20S19', key: 'machine', used: 'antminer-s21-xp-hydro', says: /is not a machine id/ },
    { search: '?mode=maybe', key: 'mode', used: 'curtail', says: /^Operating mode: the link's value is not one of the choices, so we used the default, switches off in losing months\.$/ },
    { search: '?date=2026-02-30', key: 'date', used: '2026-02-02', says: /is not a calendar date/ },
    { search: '?date=tomorrow', key: 'date', used: '2026-02-02', says: /is not a date written YYYY-MM-DD/ },
    { search: '?date=1999-01-01', key: 'date', used: '2026-02-02', says: /is outside 2009-01-03 to 2100-12-31/ },
    { search: '?life=36.6', key: 'life', used: 37, says: /^Remaining life takes whole months; rounded to 37 months\.$/ },
    { search: '?machine=custom', key: 'machine', used: 'antminer-s21-xp-hydro', says: /does not give both its hashrate and power/ },
  ])('parseLink("$search") falls back for $key and says why', ({ search, key, used, says }) => {
    const { scenario, notices } = parseLink(search, { choices: { machine: catalogueIds } });
    expect(scenario[key as keyof Scenario]).toBe(used);
    expect(notices.find((n) => n.key === key)?.message).toMatch(says);
  });

  it('parseLink uses the first of repeated keys and says a later value was ignored, without quoting it', () => {
    const { scenario, notices } = parseLink('?pool=1&pool=2');
    expect(scenario.pool).toBe(1);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ key: 'pool', kind: 'repeated', given: '2' });
    expect(notices[0]!.message).toBe('Pool fee appears twice; we used the first value and ignored the later one.');
  });

  it('parseLink gives one notice per repeated key, counting the copies', () => {
    const { scenario, notices } = parseLink('?pool=1&kwh=0.05&pool=2&pool=3&kwh=0.07');
    expect(scenario).toMatchObject({ pool: 1, kwh: 0.05 });
    expect(notices.map((n) => [n.key, n.kind])).toEqual([['pool', 'repeated'], ['kwh', 'repeated']]);
    expect(notices[0]!.message).toBe('Pool fee appears 3 times; we used the first value and ignored the other 2.');
    expect(notices[1]!.message).toMatch(/appears twice; we used the first value and ignored the later one\.$/);
  });

  it.each([
    { key: 'prcie', says: '“prcie” is not a setting this page knows, so we ignored it.', why: 'a mistyped setting name is named' },
    { key: 'constructor', says: '“constructor” is not a setting this page knows, so we ignored it.', why: 'it looks like a setting name, and naming it is harmless' },
    { key: '__proto__', says: 'The link has a setting this page does not know (ignored).', why: 'not a setting name' },
    { key: 'Price', says: 'The link has a setting this page does not know (ignored).', why: 'setting names are lower case' },
    { key: '<script>alert(1)</script>', says: 'The link has a setting this page does not know (ignored).', why: 'markup is never repeated' },
    { key: 'abcdefghijklm', says: 'The link has a setting this page does not know (ignored).', why: 'longer than any setting name' },
  ])('parseLink("?$key=1") says "$says": $why', ({ key, says }) => {
    const { notices, passthrough } = parseLink(`?${encodeURIComponent(key)}=1`);
    expect(notices).toEqual([{ key, kind: 'unknown', given: '1', message: says }]);
    expect(passthrough).toEqual([[key, '1']]);
  });

  it('parseLink ignores unknown keys, keeps them for writing back, and leaves __proto__ inert', () => {
    const { scenario, notices, passthrough } = parseLink('?__proto__=1&constructor=x&toString=3&utm_source=mail&prcie=9&price=80000');
    expect(scenario.price).toBe(80_000);
    expect(Object.getPrototypeOf(scenario)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof scenario.toString).toBe('function');
    expect(passthrough).toEqual([['__proto__', '1'], ['constructor', 'x'], ['toString', '3'], ['utm_source', 'mail'], ['prcie', '9']]);
    // A typo gets a notice; a sharing tool's tracking tag is kept but not reported.
    expect(notices.map((n) => [n.key, n.kind])).toEqual([['__proto__', 'unknown'], ['constructor', 'unknown'], ['toString', 'unknown'], ['prcie', 'unknown']]);
  });

  it("parseLink keeps an embed's theme parameter without a notice", () => {
    const { scenario, notices, passthrough } = parseLink('?price=80000&theme=dark&v=1');
    expect(scenario.price).toBe(80_000);
    expect(notices).toEqual([]);
    expect(passthrough).toEqual([['theme', 'dark']]);
  });

  it('parseLink names the fallback machine by its model when the page supplies labels', () => {
    const { notices } = parseLink('?machine=nope', { choices: { machine: catalogueIds }, labels: { machine: { 'antminer-s21-xp-hydro': 'Antminer S21 XP Hydro' } } });
    expect(notices[0]!.message).toMatch(/so we used the default, Antminer S21 XP Hydro\./);
  });

  it('parseLink accepts v=1 and v=2 silently and explains any other version', () => {
    expect(parseLink('?v=1&price=80000').notices).toEqual([]);
    expect(parseLink('?v=2&price=80000').notices).toEqual([]);
    const { notices, scenario } = parseLink('?v=9&price=80000');
    expect(scenario.price).toBe(80_000);
    expect(notices).toEqual([{ key: 'v', kind: 'version', given: '9', message: "The link's format version is not one this page knows; we read the link as version 2." }]);
  });

  it('parseLink keeps a lone custom hashrate and says the machine needs power too', () => {
    const { scenario, notices } = parseLink('?ths=200');
    expect(scenario.ths).toBe(200);
    expect(scenario.watts).toBeNull();
    expect(notices).toEqual([{ key: 'watts', kind: 'incomplete', given: '', message: 'The custom machine needs both hashrate and power; the link has no power (watts), so the custom machine is not shown.' }]);
  });

  it('parseLink keeps a lone custom power draw and says the machine needs a hashrate too', () => {
    const { scenario, notices } = parseLink('?watts=3500');
    expect([scenario.ths, scenario.watts]).toEqual([null, 3_500]);
    expect(notices).toEqual([{ key: 'ths', kind: 'incomplete', given: '', message: 'The custom machine needs both hashrate and power; the link has no hashrate (ths), so the custom machine is not shown.' }]);
  });

  it('parseLink names the fallback for an incomplete custom machine by its model when the page supplies labels', () => {
    const { notices } = parseLink('?machine=custom', { choices: { machine: catalogueIds }, labels: { machine: { 'antminer-s21-xp-hydro': 'Antminer S21 XP Hydro' } } });
    expect(notices.find((n) => n.key === 'machine')?.message).toBe('Machine: the link picks your own machine but does not give both its hashrate and power, so we used the default, Antminer S21 XP Hydro.');
  });

  it('parseLink never quotes a very long value in its notice (the notice keeps it as given)', () => {
    const { notices } = parseLink(`?price=${'x'.repeat(500)}`);
    expect(notices[0]!.message).toBe("BTC price: the link's value is not a number, so we used the default, $76,176 per BTC.");
    expect(notices[0]!.given).toBe('x'.repeat(500));
  });
});

describe('parseLink migrates older link formats', () => {
  it.each([
    { search: '?price=80000&v=1', hashrate: 'trend', why: 'a format-1 link keeps the fixed trend it was shared with' },
    { search: '?price=80000', hashrate: 'trend', why: 'a link that sets values but no v was written before v existed or cut short: format 1' },
    { search: '?v=1', hashrate: 'trend', why: 'format 1, all defaults' },
    { search: '?price=80000&v=2', hashrate: 'respond', why: 'format 2 takes the new default' },
    { search: '', hashrate: 'respond', why: 'the bare address shows the current defaults' },
    { search: '?utm_source=mail', hashrate: 'respond', why: 'only tags: nothing set, so the current defaults' },
    { search: '?price=80000&hashrate=respond', hashrate: 'respond', why: 'a hashrate the link sets itself is never overwritten' },
    { search: '?hashrate=trend&v=2', hashrate: 'trend', why: 'format 2 can ask for the trend' },
  ])('parseLink("$search") reads hashrate=$hashrate: $why', ({ search, hashrate }) => {
    const { scenario, notices } = parseLink(search);
    expect(scenario.hashrate).toBe(hashrate);
    expect(notices).toEqual([]);
  });

  it('migrate leaves every other value as the link gave it', () => {
    const old = parseLink('?price=80000&kwh=0.025&growth=3&v=1').scenario;
    expect(old).toEqual({ ...defaultScenario(), price: 80_000, kwh: 0.025, growth: 3, hashrate: 'trend' });
  });

  it('a migrated link is written back in the current format and reads the same', () => {
    const { scenario, passthrough } = parseLink('?price=80000&v=1&utm_source=mail');
    const written = serializeLink(scenario, passthrough);
    expect(written).toBe('price=80000&hashrate=trend&v=2&utm_source=mail');
    expect(parseLink(`?${written}`).scenario).toEqual(scenario);
  });
});

describe('parseLink reads the fleet mix', () => {
  it('parseLink reads a fleet and tiers mix and a leave time without a notice', () => {
    const { scenario, notices } = parseLink('?fleet=15-60_30-40&tiers=0.05-100&leave=6&v=2');
    expect([scenario.fleet, scenario.tiers, scenario.leave]).toEqual(['15-60_30-40', '0.05-100', 6]);
    expect(notices).toEqual([]);
  });

  it.each([
    { search: '?fleet=abc&v=2', key: 'fleet', says: /^Fleet mix \(machine classes\): the link's value has entry 1 not written “J\/TH-share”, so we used the default, 12 J\/TH 25 %/ },
    { search: '?fleet=12-25_500-10&v=2', key: 'fleet', says: /the link's value has entry 2 outside 1–200 J\/TH, so/ },
    { search: '?fleet=12-0&v=2', key: 'fleet', says: /has entry 1 with a share that is not above 0 and at most 1,000/ },
    { search: '?tiers=0.9-100&v=2', key: 'tiers', says: /has entry 1 outside 0–0\.5 USD per kWh/ },
    { search: `?tiers=${Array(9).fill('0.05-1').join('_')}&v=2`, key: 'tiers', says: /needs 1 to 8 entries/ },
    { search: '?hashrate=sometimes&v=2', key: 'hashrate', says: /the link's value is not one of the choices, so we used the default, responds to hashprice/ },
  ])('parseLink("$search") keeps the default $key and says why', ({ search, key, says }) => {
    const { scenario, notices } = parseLink(search);
    expect(scenario[key as keyof Scenario]).toBe(defaultScenario()[key as keyof Scenario]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(says);
  });
});

describe('parseLink reads notebook cells', () => {
  it('parseLink reads cells joined by ~ without a notice, and serializeLink writes them back', () => {
    const { scenario, notices } = parseLink('?cells=fleet%20%3D%20300~fleet%20*%20473%20TH%2Fs%20*%20hashprice&v=2');
    expect(scenario.cells).toBe('fleet = 300~fleet * 473 TH/s * hashprice');
    expect(splitCells(scenario.cells)).toEqual(['fleet = 300', 'fleet * 473 TH/s * hashprice']);
    expect(notices).toEqual([]);
    expect(parseLink(`?${serializeLink(scenario)}`).scenario.cells).toBe(scenario.cells);
  });

  it('parseLink reads 20 cells of 100 characters (the limits) without a notice', () => {
    const cells = joinCells(Array.from({ length: 20 }, () => '1'.repeat(99)));
    expect(cells.length).toBe(1_999);
    const { scenario, notices } = parseLink(`?cells=${encodeURIComponent(cells)}&v=2`);
    expect(scenario.cells).toBe(cells);
    expect(notices).toEqual([]);
  });

  it('cellsProblem names the schema’s own limits', () => {
    expect(cellsProblem('1~'.repeat(maxCells) + '1')).toContain(`at most ${maxCells} cells of ${maxCellLength} characters, ${maxCellsLength.toLocaleString('en-US')} in all`);
  });

  it.each([
    { name: '21 cells', cells: Array(21).fill('1').join('~'), says: /has 21 cells, the longest 1 characters, 41 in all; a notebook link holds at most 20 cells of 500 characters, 2,000 in all, so we used the default, no cells/ },
    { name: 'a cell of 501 characters', cells: `1~${'2'.repeat(501)}`, says: /has 2 cells, the longest 501 characters, 503 in all; a notebook link holds at most 20 cells of 500 characters/ },
    { name: '2,001 characters in all', cells: Array(5).fill('3'.repeat(400)).join('~'), says: /has 5 cells, the longest 400 characters, 2004 in all; a notebook link holds at most .* 2,000 in all/ },
  ])('parseLink refuses $name, keeps no cells and says which limit', ({ cells, says }) => {
    const { scenario, notices } = parseLink(`?cells=${encodeURIComponent(cells)}&v=2`);
    expect(scenario.cells).toBe('');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.key).toBe('cells');
    expect(notices[0]!.message).toMatch(says);
  });
});

describe('serializeLink', () => {
  it('serializeLink(defaults) is empty: a bare link means the dated defaults', () => {
    expect(serializeLink(defaultScenario())).toBe('');
  });

  it('serializeLink writes only changed keys, in schema order, then v=2', () => {
    expect(serializeLink({ ...defaultScenario(), kwh: 0.025, price: 80_000 })).toBe('price=80000&kwh=0.025&v=2');
  });

  it('serializeLink writes both custom-machine keys when set', () => {
    expect(serializeLink({ ...defaultScenario(), ths: 200, watts: 3500 })).toBe('ths=200&watts=3500&v=2');
  });

  it('serializeLink appends passthrough parameters unchanged', () => {
    expect(serializeLink({ ...defaultScenario(), price: 80_000 }, [['utm_source', 'mail']])).toBe('price=80000&v=2&utm_source=mail');
  });

  it('serializeLink does not mutate its input', () => {
    const s = { ...defaultScenario(), price: 90_000 };
    const before = structuredClone(s);
    serializeLink(s);
    expect(s).toEqual(before);
  });
});

/** Any valid scenario date, YYYY-MM-DD, within the schema's range. */
const validDate = fc
  .integer({ min: Date.UTC(2009, 0, 3), max: Date.UTC(2100, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));

/** A valid fleet mix: 1–8 "value-share" pairs, values in range, shares above 0, written as a link writes them. */
const validMix = (min: number, max: number, decimals: number) =>
  fc
    .array(fc.record({ value: fc.integer({ min: min * 10 ** decimals, max: max * 10 ** decimals }).map((v) => v / 10 ** decimals), share: fc.integer({ min: 1, max: 1000 }) }), { minLength: 1, maxLength: 8 })
    .map(writeMix);

function arbitraryFor(s: ParamSpec): fc.Arbitrary<number | string | null> {
  if (s.key === 'fleet') return validMix(1, 200, 1);
  if (s.key === 'tiers') return validMix(0, 0.5, 3);
  if (s.key === 'cells') return fc.array(fc.constantFrom('fleet = 300', 'fleet * hashprice', '473 TH/s * hashprice to USD/day', '', 'price / 2'), { maxLength: 5 }).map(joinCells).filter((c) => c.trim() === c);
  if (s.kind === 'text') return s.choices ? fc.constantFrom(...s.choices) : s.key === 'machine' ? fc.constantFrom(...catalogueIds) : validDate;
  const value = s.choices
    ? fc.constantFrom(...s.choices)
    : s.integer
      ? fc.integer({ min: s.min, max: s.max })
      : fc.double({ min: s.min, max: s.max, noNaN: true, noDefaultInfinity: true });
  return s.defaultValue === null ? fc.option(value, { nil: null }) : value;
}

/** Any valid scenario: each parameter within its range (choices from the list; optional ones may be null). */
const validScenario: fc.Arbitrary<Scenario> = fc
  .record(Object.fromEntries(paramSpecs.map((s) => [s.key, arbitraryFor(s)])) as Record<keyof Scenario, fc.Arbitrary<number | string | null>>)
  .map((r) => r as unknown as Scenario)
  // "custom" is only a valid machine when the link also gives the custom machine's hashrate and power.
  .filter((s) => s.machine !== 'custom' || (s.ths !== null && s.watts !== null));

describe('link properties', () => {
  it('parseLink(serializeLink(s)) returns s exactly for any valid scenario', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const { scenario, notices } = parseLink(`?${serializeLink(s)}`, { choices: { machine: catalogueIds } });
        // -0 serializes as "0"; treat it as 0.
        const normalized = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Object.is(v, -0) ? 0 : v]));
        const incomplete = (s.ths === null) !== (s.watts === null);
        expect(scenario).toEqual(normalized);
        expect(notices.filter((n) => n.kind !== 'incomplete')).toEqual([]);
        expect(notices.length).toBe(incomplete ? 1 : 0);
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('parseLink never throws and always yields in-range, finite values for any query string', () => {
    const keys = fc.constantFrom(...paramSpecs.map((s) => s.key), 'v', '__proto__', 'constructor', 'x');
    const pair = fc.tuple(keys, fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String)));
    const search = fc.oneof(
      fc.string(),
      fc.array(pair, { maxLength: 12 }).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(search, (q) => {
        const { scenario } = parseLink(q);
        for (const s of paramSpecs) {
          const v = scenario[s.key];
          if (s.kind === 'text') {
            expect(typeof v).toBe('string');
            if (s.choices) expect(s.choices).toContain(v);
            else expect(s.problem?.(v as string)).toBeUndefined();
            continue;
          }
          if (v === null) {
            expect(s.defaultValue).toBeNull();
            continue;
          }
          if (typeof v !== 'number') throw new Error(`${s.key} is not a number: ${String(v)}`);
          expect(Number.isFinite(v)).toBe(true);
          if (s.choices) expect(s.choices).toContain(v);
          else {
            expect(v).toBeGreaterThanOrEqual(s.min);
            expect(v).toBeLessThanOrEqual(s.max);
          }
        }
      }),
      { seed: 11, numRuns: 600 },
    );
  });

  it('every notice is for a value that differs from what was typed or a key that was not used', () => {
    fc.assert(
      fc.property(validScenario, fc.double({ min: -1e9, max: 1e9, noNaN: true }), (s, price) => {
        const { scenario, notices } = parseLink(`?price=${price}`);
        const p = spec('price');
        const inRange = price >= p.min && price <= p.max;
        expect(scenario.price).toBe(inRange ? (Object.is(price, -0) ? 0 : price) : Math.min(p.max, Math.max(p.min, price)));
        expect(notices.length).toBe(inRange ? 0 : 1);
        void s;
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
