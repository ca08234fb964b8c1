// Issue 14, "hostile links": a link is anyone's text. Whatever a query string holds — markup,
// NaN, Infinity, 1e400, 10 KB, broken percent-encoding, __proto__ — parseLink must not throw,
// must give a scenario of finite, in-range values on a plain object, and must say what it changed
// in short sentences that never repeat the link's text. Written back and read again, the scenario
// is the same. Fixed seeds: the same cases run everywhere.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import catalogue from '../../content/machines.json';
import { linkContextFor } from '../../src/figures/context.ts';
import { parseLink, serializeLink, type LinkContext, type LinkNotice, type ParsedLink } from '../../src/scenario/link.ts';
import { cellsProblem, paramSpecs, specByKey, type ParamSpec, type Scenario } from '../../src/scenario/schema.ts';

/** The catalogue as the page hands it to the parser (ids for choices, models for names). */
const pageContext: LinkContext = linkContextFor(catalogue);
const contexts: readonly LinkContext[] = [pageContext, {}];
const machineIds = new Set(pageContext.choices!.machine!);

// ——— What counts as echoing the link

/** An unknown key a notice may name: it looks like a setting name (a mistyped `prcie`). */
const settingNameLike = /^[a-z][a-z0-9]{0,11}$/;
/** Raw text this long or longer must not reach a notice unless the page would say it anyway. */
const minToken = 4;
/** Long raw text is also checked in aligned pieces this long, so a truncated or partial echo is caught too. */
const chunk = 8;
/** Text no notice may contain (checked against the legitimate notices first, below). */
const forbidden = ['NaN', 'Infinity', 'undefined', 'null', '<', '>'] as const;
const longestMessage = 300;

/**
 * The legitimate vocabulary of each key's notices: every notice the parser gives for benign probes
 * (short nonsense, huge and fractional numbers, bad dates and mixes, repeats, …), in both contexts.
 * A notice for a hostile link may contain a piece of the link only if that piece is in here: then
 * it is the page's own wording (a label, a default, a bound), which it would print whatever the
 * link said. A probe's own value is cut out of its notices, so a parser that echoes cannot
 * whitelist what it echoes; unknown keys' notices share one vocabulary, and their probe keys are
 * shorter than minToken.
 */
const vocabulary = (() => {
  const byKey = new Map<string, string[]>();
  const add = (n: LinkNotice, probe: string) => {
    const k = n.kind === 'unknown' ? '?unknown' : n.key;
    const message = probe.trim().length >= minToken ? n.message.split(probe.trim()).join('\u0000') : n.message;
    byKey.set(k, [...(byKey.get(k) ?? []), message]);
  };
  const mixProbes = Array.from({ length: 8 }, (_, i) => '12-25_'.repeat(i)).flatMap((head) => [`${head}zz`, `${head}999-1`, `${head}12-0`]);
  const probes = ['zz', '', ' ', '-1e300', '1e300', '-1', '0.5', '1.5', '7', '2026-02-30', '1999-01-01', 'custom', Array(21).fill('1').join('~')];
  const probesFor = (s: ParamSpec) => (s.key === 'fleet' || s.key === 'tiers' ? [...probes, ...mixProbes, '1_1_1_1_1_1_1_1_1'] : probes);
  const queries = [
    ...paramSpecs.flatMap((s) => [...probesFor(s).map((p) => `${s.key}=${encodeURIComponent(p)}`), `${s.key}=zz&${s.key}=zz`, ...(s.kind === 'number' ? [`${s.key}=${s.min - 1}`, `${s.key}=${s.max + 1}`] : [])]),
    'ths=1', 'watts=1', 'machine=custom', 'v=zz', 'zz=1', '_=1', 'Zz=1',
  ];
  // Only the machine's notices depend on the context (the default's name).
  for (const context of contexts) for (const q of context === pageContext ? queries : queries.filter((q) => q.startsWith('machine='))) for (const n of parseLink(q, context).notices) add(n, new URLSearchParams(q).get(n.key) ?? '');
  return new Map([...byKey].map(([k, messages]) => [k, messages.join('\u0000')]));
})();

/** The pieces of a query a notice must not repeat: every key and value as decoded and as typed, and the query itself. */
function rawPieces(query: string): string[] {
  const whole = new Set<string>();
  const add = (t: string) => {
    if (t.length >= minToken) whole.add(t);
    const trimmed = t.trim();
    if (trimmed.length >= minToken) whole.add(trimmed);
  };
  add(query);
  for (const [k, v] of new URLSearchParams(query)) {
    add(k);
    add(v);
  }
  for (const part of query.replace(/^\?/, '').split('&')) for (const piece of part.split('=')) add(piece);
  const out = new Set(whole);
  for (const t of whole) if (t.length > chunk) for (let i = 0; i + chunk <= t.length; i += chunk) out.add(t.slice(i, i + chunk));
  return [...out];
}

/** What one notice may say: its key's vocabulary, plus what it says of this very value (a described number, the cells' counts, a setting-like key). */
function allowedFor(n: LinkNotice): string {
  const s = specByKey.get(n.key);
  const parts = [vocabulary.get(n.kind === 'unknown' ? '?unknown' : n.key) ?? ''];
  if (n.kind === 'unknown' && settingNameLike.test(n.key)) parts.push(n.key);
  if (s?.kind === 'number') {
    const x = Number(n.given.trim());
    if (Number.isFinite(x)) parts.push(s.describe(x), s.describe(Math.round(x)));
  }
  // The notebook's cells are the reader's own formulas; their notice gives only counts.
  if (n.key === 'cells') parts.push(cellsProblem(n.given.trim()) ?? '');
  return parts.join('\u0000');
}

/** Why a parse's notices are not fit for the page: empty, long, NaN or markup, or quoting the query. */
function noticeProblems(notices: readonly LinkNotice[], query: string): string[] {
  const problems: string[] = [];
  const pieces = rawPieces(query);
  for (const n of notices) {
    const m = n.message;
    if (typeof m !== 'string' || m.length === 0) problems.push(`${n.key}: empty message`);
    else {
      if (m.length > longestMessage) problems.push(`${n.key}: ${m.length} characters`);
      if (!/^[“A-Z]/u.test(m) || !m.endsWith('.')) problems.push(`${n.key}: not a sentence: ${m}`);
      for (const f of forbidden) if (m.includes(f)) problems.push(`${n.key}: says ${f}: ${m}`);
      const allowed = allowedFor(n);
      for (const t of pieces) if (m.includes(t) && !allowed.includes(t)) problems.push(`${n.key}: repeats ${JSON.stringify(t.slice(0, 60))}: ${m.slice(0, 200)}`);
    }
    if (typeof n.given !== 'string' || typeof n.key !== 'string') problems.push('key or given is not a string');
  }
  // One notice per key and kind: three copies of a key are one problem, said once.
  const seen = new Set<string>();
  for (const n of notices) {
    const id = `${n.kind} ${n.key}`;
    if (seen.has(id)) problems.push(`${id}: said twice`);
    seen.add(id);
  }
  return problems;
}

// ——— What a scenario must be

const specKeys = paramSpecs.map((s) => s.key).sort();

/** Why a parsed scenario is not one the page can show: a value out of range, not finite, not one of the choices, or a polluted object. */
function scenarioProblems(scenario: Scenario, context: LinkContext): string[] {
  const problems: string[] = [];
  if (Object.getPrototypeOf(scenario) !== Object.prototype) problems.push('the scenario is not a plain object');
  if (Object.hasOwn(scenario, '__proto__')) problems.push('the scenario has an own __proto__');
  const keys = Object.keys(scenario).sort();
  if (keys.join() !== specKeys.join()) problems.push(`the scenario's keys are ${keys.join()}`);
  if (({} as Record<string, unknown>).polluted !== undefined || Object.keys(Object.prototype).length > 0) problems.push('Object.prototype is polluted');
  const values = scenario as unknown as Record<string, unknown>;
  for (const s of paramSpecs) {
    const v = values[s.key];
    if (s.kind === 'text') {
      if (typeof v !== 'string') problems.push(`${s.key} is ${typeof v}`);
      else if (s.choices ? !s.choices.includes(v) : s.problem?.(v) !== undefined) problems.push(`${s.key} = ${JSON.stringify(v.slice(0, 40))} is not valid`);
      else if (s.key === 'machine' && context.choices && !machineIds.has(v)) problems.push(`machine ${v} is not in the catalogue`);
      continue;
    }
    if (v === null) {
      if (s.defaultValue !== null) problems.push(`${s.key} is null`);
      continue;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${s.key} = ${String(v)}`);
    else if (s.choices ? !s.choices.includes(v) : v < s.min || v > s.max) problems.push(`${s.key} = ${v} is out of range`);
    else if (s.integer && !Number.isInteger(v)) problems.push(`${s.key} = ${v} is not whole`);
  }
  if (scenario.machine === 'custom' && (scenario.ths === null || scenario.watts === null)) problems.push('custom machine without both ths and watts');
  return problems;
}

function parseOrFail(query: string, context: LinkContext): ParsedLink {
  try {
    return parseLink(query, context);
  } catch (e) {
    throw new Error(`parseLink threw for ${JSON.stringify(query.slice(0, 200))}: ${String(e)}`);
  }
}

function failIf(problems: readonly string[], query: string): void {
  if (problems.length > 0) throw new Error(`${JSON.stringify(query.slice(0, 200))}: ${problems.slice(0, 5).join('; ')}`);
}

// ——— Hostile queries

const realKeys = paramSpecs.map((s) => s.key);
const awkwardKeys = ['v', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'polluted', '__proto__[polluted]', 'constructor[prototype][polluted]', 'utm_source', 'theme', 'ref', 'prcie', 'Price', ' price', 'price ', 'PRICE', 'x', ''];
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...realKeys) },
  { weight: 3, arbitrary: fc.constantFrom(...awkwardKeys) },
  { weight: 2, arbitrary: fc.string({ maxLength: 14 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,14}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
);

const tenKb = 10 * 1024;
const craftedValues = [
  '1e308', '1e400', '-1e308', '-1e400', '1.7976931348623157e308', '5e-324', '1e-400', '-1', '-5', '-0', '0', '-1000000', '99999999999999999999',
  '9'.repeat(400), `0.${'0'.repeat(400)}1`, 'NaN', '-NaN', 'Infinity', '-Infinity', '+Infinity', 'infinity', '∞', '0x10', '0b11', '0o7', '1_000', '1,000', '76,176', '1e5', '.5', '5.', '+5', '--5', '1e', 'e5',
  '', ' ', '   ', '\t', '\n', ' 80000 ', '\u00a0', '\u200b', '\ufeff1',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", 'javascript:alert(1)', 'data:text/html,<b>x</b>', '{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '&lt;b&gt;', '</li><li>',
  'x'.repeat(tenKb), 'A'.repeat(tenKb + 1), '€'.repeat(3_000), '1'.repeat(tenKb), `${'1~'.repeat(30)}1`, '😀', '👨‍👩‍👧', 'é', 'ｐｒｉｃｅ', '٣', '\u202etxt', 'null', 'undefined', 'true', '[object Object]', '__proto__', 'constructor',
  '%E0%A4%A', '%00', '%', '%%', '%ZZ', '%u0041', '%C0%AF', '%ED%A0%80', '%FF', '%2', '+', '&', '=', '==', '#frag',
  '12-25_banana', '12-25_500-10', '12-0', '0.9-100', '12-1e400', '1'.repeat(400) + '-1', '2026-02-30', '0050-06-01', '2026-02-02T00:00', 'custom', 'trend', 'run', 'on', 'sim', '6.25', '3.125', '7', '36.6', '1.5', '2', '9',
];
const bounds = paramSpecs.flatMap((s) => (s.kind === 'number' ? [s.min, s.max, s.min - 1, s.max + 1, s.min - 1e-9, s.max * 10].map(String) : [s.defaultValue]));
const value = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...craftedValues) },
  { weight: 2, arbitrary: fc.constantFrom(...bounds) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

/** Percent-encodes like a sharing tool would; a string with a lone surrogate (which encodeURIComponent refuses) goes in as typed. */
function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One key=value, encoded or as typed (so `&`, `=`, `%E0%A4%A` and `+` reach the parser raw). */
const pair = fc.tuple(key, value, fc.boolean(), fc.boolean()).map(([k, v, rawKey, rawValue]) => [`${rawKey ? k : encoded(k)}=${rawValue ? v : encoded(v)}`]);
/** One of the page's keys two to four times. */
const repeated = fc.tuple(fc.constantFrom(...realKeys, 'v'), fc.array(value, { minLength: 2, maxLength: 4 })).map(([k, vs]) => vs.map((v) => `${k}=${encoded(v)}`));
/** A bare key or a stray separator. */
const stray = fc.constantFrom(['price'], ['='], ['=5'], [''], ['v'], ['__proto__'], ['&']);
const hostileList = fc
  .tuple(
    fc.constantFrom('?', '', '??'),
    fc.array(fc.oneof({ weight: 6, arbitrary: pair }, { weight: 2, arbitrary: repeated }, { weight: 1, arbitrary: stray }), { maxLength: 10 }),
    fc.constantFrom('&', '&', '&', '&amp;'),
  )
  .map(([head, segments, sep]) => head + segments.flat().join(sep));
const arbitraryString = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: fc.constantFrom('%', '&', '=', '?', '+', 'E', '0', 'A', 'x', '1', '.', 'e', '-'), maxLength: 40 }));
const hostileQuery = fc.oneof({ weight: 1, arbitrary: arbitraryString }, { weight: 3, arbitrary: hostileList });
const context = fc.constantFrom(...contexts);

const runs = { arbitrary: 2_000, list: 3_000, notices: 3_000, roundTrip: 2_000, echo: 300 };

describe('hostile links', () => {
  it('the legitimate notices (the echo check’s vocabulary) contain no NaN, Infinity, undefined, null, < or >, and are at most 300 characters', () => {
    // So the properties below may forbid all six outright: no label, unit or default the page has contains one.
    const all = [...vocabulary.values()].flatMap((v) => v.split('\u0000'));
    expect(all.length).toBeGreaterThan(paramSpecs.length * 5);
    for (const m of all) {
      for (const f of forbidden) expect(m, m).not.toContain(f);
      expect(m.length, m).toBeLessThanOrEqual(longestMessage);
    }
  });

  it(`parseLink(arbitrary string) never throws and yields only finite, in-range values (${runs.arbitrary} cases)`, () => {
    fc.assert(
      fc.property(arbitraryString, context, (q, ctx) => {
        failIf(scenarioProblems(parseOrFail(q, ctx).scenario, ctx), q);
      }),
      { seed: 1401, numRuns: runs.arbitrary },
    );
  });

  it(`parseLink(hostile key=value list) never throws and yields only finite, in-range values on a plain, unpolluted object (${runs.list} cases)`, () => {
    fc.assert(
      fc.property(hostileList, context, (q, ctx) => {
        const { scenario, passthrough } = parseOrFail(q, ctx);
        failIf(scenarioProblems(scenario, ctx), q);
        // Unknown keys are kept as data, in an array: nothing of theirs lands on an object.
        if (!Array.isArray(passthrough) || passthrough.some((p) => p.length !== 2 || specByKey.has(p[0]) || p[0] === 'v')) failIf(['bad passthrough'], q);
      }),
      { seed: 1402, numRuns: runs.list },
    );
  });

  it(`parseLink(hostile query) notices are short sentences with no NaN, Infinity, undefined, null or markup that never repeat the link's text (${runs.notices} cases)`, () => {
    fc.assert(
      fc.property(hostileQuery, context, (q, ctx) => {
        failIf(noticeProblems(parseOrFail(q, ctx).notices, q), q);
      }),
      { seed: 1403, numRuns: runs.notices },
    );
  });

  it(`serializeLink(parseLink(hostile query)) reads back as the same scenario, with notices only for the unknown keys it passes through (${runs.roundTrip} cases)`, () => {
    const plain = (s: Scenario) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Object.is(v, -0) ? 0 : v]));
    fc.assert(
      fc.property(hostileQuery, context, (q, ctx) => {
        const first = parseOrFail(q, ctx);
        const written = serializeLink(first.scenario, first.passthrough);
        const again = parseOrFail(`?${written}`, ctx);
        expect(again.scenario).toEqual(plain(first.scenario));
        expect(again.passthrough).toEqual(first.passthrough);
        const passed = new Set(first.passthrough.map(([k]) => k));
        // A lone custom hashrate or power draw is kept (the reader may add the other), and so is its notice.
        const incomplete = (first.scenario.ths === null) !== (first.scenario.watts === null);
        const unexpected = again.notices.filter((n) => !(n.kind === 'unknown' && passed.has(n.key)) && !(n.kind === 'incomplete' && incomplete));
        failIf(unexpected.map((n) => `${n.kind} ${n.key}: ${n.message}`), written);
      }),
      { seed: 1404, numRuns: runs.roundTrip },
    );
  });
});

/**
 * The notices as link.ts wrote them before issue 14, quoting the link's value or key (trimmed to
 * 40 characters): a stand-in to prove the echo check above can fail.
 */
function quotingNotice(n: LinkNotice): LinkNotice {
  const shown = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
  const label = specByKey.get(n.key)?.label ?? n.key;
  if (n.kind === 'invalid') return { ...n, message: `${label}: “${shown(n.given)}” is not a number, so we used the default.` };
  if (n.kind === 'unknown') return { ...n, message: `“${shown(n.key)}” is not a setting this page knows, so we ignored it.` };
  if (n.kind === 'repeated') return { ...n, message: `${label} appears more than once; we used the first value and ignored “${shown(n.given)}”.` };
  if (n.kind === 'version') return { ...n, message: `Link format version “${shown(n.given)}” is not one this page knows; we read the link as version 2.` };
  return n;
}

describe('the echo check', () => {
  it.each([
    { query: '?diff=abcd', says: 'abcd' },
    { query: `?price=${'x'.repeat(tenKb)}`, says: 'xxxxxxxx' },
    { query: '?pool=1&pool=Zebra', says: 'Zebra' },
    { query: '?v=9999', says: '9999' },
    { query: `?${encodeURIComponent('Price<b>')}=1`, says: 'Price<b>' },
    { query: '?mode=maybe&v=2', says: 'maybe' },
  ])('flags the old, quoting notice for $query and passes the new one', ({ query, says }) => {
    const { notices } = parseLink(query, pageContext);
    expect(noticeProblems(notices, query)).toEqual([]);
    const quoting = notices.map(quotingNotice);
    expect(quoting.some((n) => n.message.includes(says))).toBe(true);
    expect(noticeProblems(quoting, query).length).toBeGreaterThan(0);
  });

  it(`flags every old, quoting notice for a word the page never says, as a value, a key, a repeat or a version (${runs.echo} cases)`, () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{3,12}$/).filter((w) => ![...vocabulary.values()].some((v) => v.includes(w)));
    const numberKey = fc.constantFrom(...paramSpecs.filter((s) => s.kind === 'number').map((s) => s.key));
    const query = fc.oneof(
      fc.tuple(numberKey, word).map(([k, w]) => `?${k}=${w}`),
      word.map((w) => `?${w}=1`),
      fc.tuple(numberKey, word).map(([k, w]) => `?${k}=1&${k}=${w}`),
      word.map((w) => `?v=${w}`),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { notices } = parseLink(q, pageContext);
        return noticeProblems(notices, q).length === 0 && noticeProblems(notices.map(quotingNotice), q).length > 0;
      }),
      { seed: 1405, numRuns: runs.echo },
    );
  });

  it(`runs ${Object.values(runs).reduce((a, b) => a + b, 0)} fast-check cases in all`, () => {
    expect(runs.arbitrary + runs.list + runs.notices + runs.roundTrip).toBeGreaterThanOrEqual(10_000);
  });
});
