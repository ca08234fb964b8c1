import { defaultScenario, fitToSpec, linkFormatVersion, paramSpecs, specByKey, type ParamSpec, type Scenario, type ScenarioKey } from './schema.ts';

/** One thing the parser changed or ignored, with a sentence a reader can act on. */
export interface LinkNotice {
  key: string;
  kind: 'clamped' | 'invalid' | 'unknown' | 'repeated' | 'version' | 'incomplete';
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

/** A display-safe copy of what the reader typed: trimmed to 40 characters. */
function shown(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

/** Reads one raw value against its spec; returns the value used and, if it differs, a notice. */
function readValue(s: ParamSpec, raw: string): { value: number | null; notice?: LinkNotice } {
  const fallback = s.defaultValue;
  const fallbackText = fallback === null ? 'left it unset' : `used the default, ${s.describe(fallback)}`;
  const trimmed = raw.trim();
  if (!numberPattern.test(trimmed) || !Number.isFinite(Number(trimmed))) {
    return { value: fallback, notice: { key: s.key, kind: 'invalid', given: raw, message: `${s.label}: “${shown(raw)}” is not a number, so we ${fallbackText}.` } };
  }
  const n = Number(trimmed);
  if (s.choices) {
    if (s.choices.includes(n)) return { value: n };
    return { value: fallback, notice: { key: s.key, kind: 'invalid', given: raw, message: `${s.label}: ${shown(raw)} is not one of ${s.choices.join(', ')} BTC, so we ${fallbackText}.` } };
  }
  const fitted = fitToSpec(s, n);
  if (fitted.message) return { value: fitted.value, notice: { key: s.key, kind: 'clamped', given: raw, message: `${s.label}: ${fitted.message}` } };
  return { value: n };
}

/**
 * Parses a query string into a scenario. Never throws: values out of range are clamped, values
 * that are not numbers fall back to the default, repeated keys use the first value, unknown keys
 * are ignored (and kept for writing back), and every change comes back as a notice.
 *
 * @example
 * parseLink('?price=80000&diff=abc').scenario.price // 80000
 * parseLink('?price=80000&diff=abc').notices[0].message // "Network difficulty: “abc” is not a number, so we used the default, 141 T."
 */
export function parseLink(search: string): ParsedLink {
  const params = new URLSearchParams(search);
  const scenario = defaultScenario();
  const values = scenario as unknown as Record<ScenarioKey, number | null>;
  const notices: LinkNotice[] = [];
  const passthrough: [string, string][] = [];
  const seen = new Map<string, number>();

  for (const [key, raw] of params) {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (key === 'v') {
      if (count === 1 && raw.trim() !== String(linkFormatVersion)) {
        notices.push({ key, kind: 'version', given: raw, message: `Link format version “${shown(raw)}” is not one this page knows; we read the link as version ${linkFormatVersion}.` });
      }
      continue;
    }
    const s = specByKey.get(key);
    if (!s) {
      passthrough.push([key, raw]);
      notices.push({ key, kind: 'unknown', given: raw, message: `“${shown(key)}” is not a setting this page knows, so we ignored it.` });
      continue;
    }
    if (count > 1) {
      notices.push({ key, kind: 'repeated', given: raw, message: `${s.label} appears more than once; we used the first value and ignored “${shown(raw)}”.` });
      continue;
    }
    const { value, notice } = readValue(s, raw);
    values[s.key] = value;
    if (notice) notices.push(notice);
  }

  if ((scenario.ths === null) !== (scenario.watts === null)) {
    const missing = scenario.ths === null ? 'power (watts)' : 'hashrate (ths)';
    notices.push({ key: scenario.ths === null ? 'ths' : 'watts', kind: 'incomplete', given: '', message: `The custom machine needs both hashrate and power; the link has no ${missing}, so the custom machine is not shown.` });
  }
  return { scenario, notices, passthrough };
}

/**
 * Writes a scenario as a query string (without “?”): only values that differ from the defaults,
 * in schema order, then `v`, then any passthrough parameters. All defaults give "".
 *
 * @example
 * serializeLink({ ...defaultScenario(), price: 80_000 }) // "price=80000&v=1"
 */
export function serializeLink(scenario: Scenario, passthrough: readonly [string, string][] = []): string {
  const params = new URLSearchParams();
  const values = scenario as unknown as Record<ScenarioKey, number | null>;
  for (const s of paramSpecs) {
    const value = values[s.key];
    if (value === null || value === undefined || value === s.defaultValue) continue;
    params.append(s.key, String(value));
  }
  if ([...params.keys()].length > 0) params.append('v', String(linkFormatVersion));
  for (const [k, v] of passthrough) params.append(k, v);
  return params.toString();
}
