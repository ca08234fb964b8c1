import { defaultScenario, fitToSpec, linkFormatVersion, paramSpecs, specByKey, type NumberSpec, type ParamSpec, type Scenario, type TextSpec } from './schema.ts';

/**
 * One thing the parser changed or ignored, with a sentence a reader can act on. The sentence goes
 * on the page, so it never quotes what the link holds (a link is anyone's text: markup, NaN, 10 KB):
 * it says what kind of problem it was and what the page used instead. Only an unknown key that
 * looks like a setting name (a mistyped `prcie`) is named, so the reader can see which one.
 */
export interface LinkNotice {
  key: string;
  kind: 'clamped' | 'invalid' | 'unknown' | 'repeated' | 'version' | 'incomplete';
  /** The raw value as the link gave it: data for code, never shown. */
  given: string;
  message: string;
}

export interface ParsedLink {
  scenario: Scenario;
  notices: LinkNotice[];
  /** Parameters this page does not know, kept verbatim so writing the link back loses nothing. */
  passthrough: [string, string][];
}

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** An unknown key a notice may name: it looks like one of the page's own setting names. */
const settingNameLike = /^[a-z][a-z0-9]{0,11}$/;

/** Reads one raw number against its spec; returns the value used and, if it differs, a notice. */
function readNumber(s: NumberSpec, raw: string): { value: number | null; notice?: LinkNotice } {
  const fallback = s.defaultValue;
  const fallbackText = fallback === null ? (s.unsetMeaning ?? 'left it unset') : `used the default, ${s.describe(fallback)}`;
  const trimmed = raw.trim();
  if (!numberPattern.test(trimmed) || !Number.isFinite(Number(trimmed))) {
    return { value: fallback, notice: { key: s.key, kind: 'invalid', given: raw, message: `${s.label}: the link's value is not a number, so we ${fallbackText}.` } };
  }
  const n = Number(trimmed);
  if (s.choices) {
    if (s.choices.includes(n)) return { value: n };
    return { value: fallback, notice: { key: s.key, kind: 'invalid', given: raw, message: `${s.label}: the link's value is not one of ${s.choices.join(', ')} ${s.unit}, so we ${fallbackText}.` } };
  }
  const fitted = fitToSpec(s, n);
  // fitToSpec's sentence either names the spec itself ("Remaining life takes whole months; …") or
  // starts with the value described ("$900 per BTC is below …"), which the label introduces.
  if (fitted.message) return { value: fitted.value, notice: { key: s.key, kind: 'clamped', given: raw, message: fitted.message.startsWith(s.label) ? fitted.message : `${s.label}: ${fitted.message}` } };
  return { value: n };
}

/** What the page knows beyond the schema: the values a text parameter may take (e.g. catalogue ids). */
export interface LinkContext {
  choices?: Partial<Record<string, readonly string[]>>;
  /** Reader-facing names for those values (e.g. machine id → model name), used in notices. */
  labels?: Partial<Record<string, Record<string, string>>>;
}

/**
 * Parameters that sharing tools add to links (campaign tags, click ids). They are kept in the
 * address bar but get no notice: the reader did not type them and nothing about them changed.
 */
export const trackingParameter = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref)$/i;

/**
 * Parameters a page reads for itself, outside the scenario: an embed's `theme` (light, dark or
 * auto; src/pages/embed/[figure].astro). Kept like tracking tags and, like them, not reported:
 * the embed dialog writes them, so they are never the reader's mistake.
 */
export const presentationParameter = /^theme$/;

/** Reads one raw text value (a machine id, a mode, a date) against its spec. */
function readText(s: TextSpec, raw: string, context: LinkContext): { value: string; notice?: LinkNotice } {
  const value = raw.trim();
  const choices = s.choices ?? context.choices?.[s.key];
  const reason = s.problem?.(value) ?? (choices && !choices.includes(value) ? (s.choices ? 'is not one of the choices' : 'is not one this page knows') : undefined);
  if (!reason) return { value };
  const name = context.labels?.[s.key]?.[s.defaultValue] ?? s.describe(s.defaultValue);
  return { value: s.defaultValue, notice: { key: s.key, kind: 'invalid', given: raw, message: `${s.label}: the link's value ${reason}, so we used the default, ${name}.` } };
}

function readValue(s: ParamSpec, raw: string, context: LinkContext): { value: number | string | null; notice?: LinkNotice } {
  return s.kind === 'number' ? readNumber(s, raw) : readText(s, raw, context);
}

/**
 * How to read a link of each older format as the current one, so that it keeps showing what it
 * showed when it was shared (README, "Link stability policy"). Each step takes a link of version
 * N to version N + 1; they run in order.
 */
const migrations: Record<number, (params: URLSearchParams) => void> = {
  // Version 1 had no hashrate response: difficulty followed the fixed trend. (A version-1 page never
  // wrote `hashrate`, so one that is there was typed by someone who meant it: it is kept.)
  1: (params) => {
    if (!params.has('hashrate')) params.set('hashrate', 'trend');
  },
};
const knownVersions = Array.from({ length: linkFormatVersion }, (_, i) => String(i + 1));

/**
 * The link's format version: its `v`, or 1 for a link that sets anything without one (typed by
 * hand, or cut short). A bare address, or one with only tags, is the current version: it shows the
 * current defaults.
 */
function versionOf(params: URLSearchParams): number {
  const v = params.get('v')?.trim();
  if (v !== undefined) return knownVersions.includes(v) ? Number(v) : linkFormatVersion;
  return [...params.keys()].some((k) => specByKey.has(k)) ? 1 : linkFormatVersion;
}

/**
 * Rewrites an older link's parameters in the current format (`v` is left as it was).
 *
 * @example
 * migrate(new URLSearchParams('price=80000&v=1')).toString() // "price=80000&v=1&hashrate=trend"
 */
export function migrate(params: URLSearchParams): URLSearchParams {
  for (let v = versionOf(params); v < linkFormatVersion; v++) migrations[v]!(params);
  return params;
}

/**
 * Parses a query string into a scenario. Never throws: values out of range are clamped, values
 * that are not numbers fall back to the default, repeated keys use the first value, unknown keys
 * are ignored (and kept for writing back), and every change comes back as a notice. `context`
 * supplies what the schema cannot know, such as the catalogue's machine ids.
 *
 * @example
 * parseLink('?price=80000&diff=abc').scenario.price // 80000
 * parseLink('?price=80000&diff=abc').notices[0].message // "Network difficulty: the link's value is not a number, so we used the default, 141 T."
 * parseLink('?prcie=80000').notices[0].message // "“prcie” is not a setting this page knows, so we ignored it."
 * parseLink('?pool=1&pool=2').notices[0].message // "Pool fee appears twice; we used the first value and ignored the later one."
 */
export function parseLink(search: string, context: LinkContext = {}): ParsedLink {
  const params = migrate(new URLSearchParams(search));
  const scenario = defaultScenario();
  const values = scenario as unknown as Record<string, number | string | null>;
  const notices: LinkNotice[] = [];
  const passthrough: [string, string][] = [];
  const seen = new Map<string, number>();

  for (const [key, raw] of params) {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (key === 'v') {
      if (count === 1 && !knownVersions.includes(raw.trim())) {
        notices.push({ key, kind: 'version', given: raw, message: `The link's format version is not one this page knows; we read the link as version ${linkFormatVersion}.` });
      }
      continue;
    }
    const s = specByKey.get(key);
    if (!s) {
      passthrough.push([key, raw]);
      if (trackingParameter.test(key) || presentationParameter.test(key) || count > 1) continue;
      const message = settingNameLike.test(key) ? `“${key}” is not a setting this page knows, so we ignored it.` : 'The link has a setting this page does not know (ignored).';
      notices.push({ key, kind: 'unknown', given: raw, message });
      continue;
    }
    if (count > 1) {
      // One notice per key, however many copies the link has.
      const ignored = count - 1;
      const message = `${s.label} appears ${ignored === 1 ? 'twice' : `${count} times`}; we used the first value and ignored ${ignored === 1 ? 'the later one' : `the other ${ignored}`}.`;
      const earlier = notices.find((n) => n.key === key && n.kind === 'repeated');
      if (earlier) earlier.message = message;
      else notices.push({ key, kind: 'repeated', given: raw, message });
      continue;
    }
    const { value, notice } = readValue(s, raw, context);
    values[s.key] = value;
    if (notice) notices.push(notice);
  }

  if ((scenario.ths === null) !== (scenario.watts === null)) {
    const missing = scenario.ths === null ? 'hashrate (ths)' : 'power (watts)';
    notices.push({ key: scenario.ths === null ? 'ths' : 'watts', kind: 'incomplete', given: '', message: `The custom machine needs both hashrate and power; the link has no ${missing}, so the custom machine is not shown.` });
  }
  if (scenario.machine === 'custom' && (scenario.ths === null || scenario.watts === null)) {
    const fallback = defaultScenario().machine;
    scenario.machine = fallback;
    const name = context.labels?.machine?.[fallback] ?? specByKey.get('machine')!.describe(fallback as never);
    notices.push({ key: 'machine', kind: 'incomplete', given: 'custom', message: `Machine: the link picks your own machine but does not give both its hashrate and power, so we used the default, ${name}.` });
  }
  return { scenario, notices, passthrough };
}

/**
 * Writes a scenario as a query string (without “?”): only values that differ from the defaults,
 * in schema order, then `v`, then any passthrough parameters. All defaults give "".
 *
 * @example
 * serializeLink({ ...defaultScenario(), price: 80_000 }) // "price=80000&v=2"
 */
export function serializeLink(scenario: Scenario, passthrough: readonly [string, string][] = []): string {
  const params = new URLSearchParams();
  const values = scenario as unknown as Record<string, number | string | null>;
  for (const s of paramSpecs) {
    const value = values[s.key];
    if (value === null || value === undefined || value === s.defaultValue) continue;
    params.append(s.key, String(value));
  }
  if ([...params.keys()].length > 0) params.append('v', String(linkFormatVersion));
  for (const [k, v] of passthrough) params.append(k, v);
  return params.toString();
}
