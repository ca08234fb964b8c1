// The names a reader's formula can use: every numeric scenario input (named as in the links) and
// every metric of every figure the page has computed (named as its data-metric, with - → _), each
// with its unit as mathjs writes it — taken from the schema and the figures, never retyped. Pure:
// no mathjs here, so the page can list the names before the formula engine has loaded.
import { paramSpecs, type Scenario } from '../scenario/schema.ts';
import type { Figure } from '../figures/types.ts';

export interface NamedVariable {
  name: string;
  value: number;
  /** The unit as the formula engine reads it ('' for a plain number). */
  unit: string;
  /** What it is, for the reader. */
  label: string;
  /** Where it comes from: "link" (a scenario input) or the figure id. */
  source: string;
}

/**
 * Words of the schema's and the figures' unit strings as mathjs units. A unit string is read as
 * "A per B per C" → "A / (B) / (C)"; one with a word this table lacks (fractions, ratios, counts,
 * months from a date, block heights, percents …) is a plain number, and `unitFor` says so with null.
 */
const unitWords: Record<string, string> = {
  USD: 'USD',
  BTC: 'BTC',
  sats: 'sat',
  'PH/s': '(PH / s)',
  'TH/s': '(TH / s)',
  'EH/s': '(EH / s)',
  'J/TH': '(J / TH)',
  TH: 'TH',
  day: 'day',
  days: 'day',
  month: 'month',
  year: 'year',
  kWh: 'kWh',
  MWh: 'MWh',
  W: 'W',
  MW: 'MW',
  'MW-year': '(MW * year)',
  hours: 'h',
  years: 'year',
  s: 's',
  machine: '',
};

/**
 * A schema or metric unit string as a mathjs unit, '' for a plain number with no unit ("T", "%",
 * "ratio", "fraction of …", "months", counts), or null when it names a unit this table cannot write
 * (a test holds every unit on the site to one of the first two).
 *
 * @example
 * unitFor('USD per PH/s per day') // "USD / (PH / s) / day"
 * unitFor('USD per machine')      // "USD"
 * unitFor('fraction of network hashrate') // ""
 */
export function unitFor(unitString: string): string | null {
  const s = unitString.trim();
  if (s === '' || plainUnits.some((p) => (typeof p === 'string' ? p === s : p.test(s)))) return '';
  const parts = s.split(' per ');
  const mapped = parts.map((p) => unitWords[p]);
  if (mapped.some((m) => m === undefined)) return null;
  const [head = '', ...rest] = mapped as string[];
  const divisors = rest.filter((r) => r !== '');
  if (head === '') return divisors.length ? `1 / ${divisors.join(' / ')}` : '';
  return [head.replace(/^\((.*)\)$/, '$1'), ...divisors].join(' / ');
}

/** Unit strings that are plain numbers: counts, ratios, fractions, percents, dates as month counts, difficulty in T. */
const plainUnits: (string | RegExp)[] = ['T', '%', 'ratio', 'machines', 'paths', 'months', 'block height', 'months from the scenario date', 'yes (1) or no (0)', 'points per month', 'months of bills', 'million', /^fraction/, /^% /];

/** "hashprice-th" → "hashprice_th". */
export const variableName = (name: string) => name.replace(/-/g, '_');

/**
 * The variables at a scenario and the figures computed for it. Every metric is reachable as
 * `<figure>__<metric>` (e.g. `debt_service__payment_month`); where a metric name is used by one
 * figure only and is not also a link key, its bare name works too (`payment_month` is ambiguous,
 * `breakeven_hashprice_debt` is not). Scenario inputs keep their link names (`price`, `kwh`).
 *
 * @example
 * formulaVariables(defaultScenario(), [hashpriceFigure(s, c)]).find((v) => v.name === 'hashprice')
 * // { name: 'hashprice', value: 33.96…, unit: 'USD / (PH / s) / day', label: 'Hashprice', source: 'hashprice' }
 */
export function formulaVariables(s: Scenario, figures: readonly Pick<Figure, 'id' | 'metrics'>[]): NamedVariable[] {
  const out: NamedVariable[] = [];
  const taken = new Set<string>();
  for (const spec of paramSpecs) {
    if (spec.kind !== 'number') continue;
    const value = s[spec.key];
    if (value === null || !Number.isFinite(value)) continue;
    out.push({ name: spec.key, value, unit: unitFor(spec.unit) ?? '', label: `${spec.label}${spec.unit ? ` (${spec.unit})` : ''}`, source: 'link' });
    taken.add(spec.key);
  }
  const uses = new Map<string, number>();
  for (const f of figures) for (const m of f.metrics) uses.set(m.name, (uses.get(m.name) ?? 0) + 1);
  for (const f of figures) {
    for (const m of f.metrics) {
      if (!Number.isFinite(m.value)) continue;
      const unit = unitFor(m.unit) ?? '';
      const qualified = `${variableName(f.id)}__${variableName(m.name)}`;
      out.push({ name: qualified, value: m.value, unit, label: m.label, source: f.id });
      const bare = variableName(m.name);
      if (uses.get(m.name) === 1 && !taken.has(bare)) {
        out.push({ name: bare, value: m.value, unit, label: m.label, source: f.id });
        taken.add(bare);
      }
    }
  }
  return out;
}
