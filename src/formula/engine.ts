// The reader's formulas: a mathjs instance built with only what a formula cell may use, units for
// mining defined once at start-up, the risky functions disabled, and every parsed tree checked
// against an allow-list before it is evaluated. A formula from a link is untrusted input; this
// module is the only place that touches mathjs, and pages load it with import() when a formula
// cell is on screen (never on first load).
//
// Allowed: numbers, units (TH/s, PH/s, EH/s, W, kW, kWh, J, h, day, USD, BTC, sat …), the scenario's
// and the figures' variables by name, the operators + − * / ^ and unary ±, parentheses, the unit
// conversion `to`/`in`, the functions in `allowedFunctions`, and one top-level assignment to a new
// plain name (`fleet = 300`). Refused: property access, indexing, strings, objects, arrays and
// matrices, ranges, function definitions, conditionals, any other function, names that are not
// defined, reassigning a known name, and anything over the length or size limits.
import {
  absDependencies,
  addDependencies,
  ceilDependencies,
  create,
  createUnitDependencies,
  divideDependencies,
  expDependencies,
  floorDependencies,
  logDependencies,
  log10Dependencies,
  maxDependencies,
  minDependencies,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  roundDependencies,
  sqrtDependencies,
  subtractDependencies,
  toDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unitDependencies,
  type FactoryFunctionMap,
  type MathNode,
} from 'mathjs';

/** Longest formula a cell accepts, in characters. */
export const maxFormulaLength = 500;

/** Functions a formula may call, beyond the operators. */
export const allowedFunctions = ['abs', 'min', 'max', 'round', 'floor', 'ceil', 'sqrt', 'exp', 'log', 'log10'] as const;

/** Operators by mathjs's function name; `to` is unit conversion (`x to kWh`, `x in kWh`). */
const allowedOperators = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus', 'to']);

/** A formula's value: a plain number, or a number with a unit (`unit` as mathjs writes it). */
export interface FormulaValue {
  value: number;
  /** '' for a plain number. */
  unit: string;
}

/** A variable a formula may read: a value and its unit ('' for none), as mathjs writes units. */
export interface FormulaVariable {
  value: number;
  unit: string;
  /** What it is, for the reader ("BTC price", "Hashprice (gross)"). */
  label: string;
}

export type FormulaOutcome =
  | { ok: true; value: FormulaValue; assigned?: string; text: string }
  | { ok: false; error: string; /** 0-based character index the error points at, when known. */ position?: number };

/** Raised for a formula we refuse or cannot evaluate; the message is written for the reader. */
export class FormulaError extends Error {
  readonly position: number | undefined;
  constructor(message: string, position?: number) {
    super(message);
    this.name = 'FormulaError';
    this.position = position;
  }
}

// The dependency objects' declared types allow undefined; every one here is defined.
const math = create(
  ({
    absDependencies,
    addDependencies,
    ceilDependencies,
    createUnitDependencies,
    divideDependencies,
    expDependencies,
    floorDependencies,
    logDependencies,
    log10Dependencies,
    maxDependencies,
    minDependencies,
    multiplyDependencies,
    parseDependencies,
    powDependencies,
    roundDependencies,
    sqrtDependencies,
    subtractDependencies,
    toDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    unitDependencies,
  } as unknown as FactoryFunctionMap),
  // predictable: sqrt(−1) and log(−1) give NaN (refused as "not a number"), never a complex number.
  { number: 'number', precision: 64, predictable: true },
);

// Mining's units, defined once. A hash as a base unit and TH, PH, EH as exact names ("TH/s" is
// TH ÷ s; mathjs would otherwise read TH as tera-henry, so they override), money as its own
// dimension (USD), bitcoin as another (BTC, sat). mathjs already knows W, kW, J, kWh, h, day.
math.createUnit('hash', { aliases: ['hashes'] });
math.createUnit({ GH: '1e9 hash', TH: '1e12 hash', PH: '1e15 hash', EH: '1e18 hash', ZH: '1e21 hash' }, { override: true });
math.createUnit('USD', { aliases: ['usd'] });
math.createUnit('BTC', { aliases: ['btc'] });
math.createUnit('sat', { definition: '1e-8 BTC', aliases: ['sats'] });

// Keep what this module needs, then disable what a reader could misuse (mathjs's security advice).
const parse = math.parse;
const unitOf = math.unit;
for (const name of ['import', 'createUnit', 'reviver', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'compile']) {
  (math as unknown as Record<string, unknown>)[name] = () => {
    throw new FormulaError(`${name} is not available in formulas`);
  };
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** "hashprice-th" → "hashprice_th": a link key or data-metric name as a formula name. */
export function formulaName(name: string): string {
  return name.replace(/-/g, '_');
}

/** Whether a bare name is a unit mathjs knows (with a prefix: kWh, TH, EH). */
function isUnitName(name: string): boolean {
  return (math as unknown as { Unit: { isValuelessUnit(n: string): boolean } }).Unit.isValuelessUnit(name);
}

/**
 * Checks a parsed formula against the allow-list; throws a FormulaError naming what is refused.
 * `names` are the variables defined so far (the scenario's, the figures', earlier cells').
 */
function checkTree(root: MathNode, names: ReadonlySet<string>): { assigned?: string } {
  let assigned: string | undefined;
  const visit = (node: MathNode, top: boolean): void => {
    switch (node.type) {
      case 'ConstantNode': {
        const v = (node as unknown as { value: unknown }).value;
        if (typeof v !== 'number' || !Number.isFinite(v)) throw new FormulaError(typeof v === 'string' ? 'text in quotes is not allowed in a formula' : 'only finite numbers are allowed');
        return;
      }
      case 'SymbolNode': {
        const name = (node as unknown as { name: string }).name;
        if (names.has(name)) return;
        if (isUnitName(name)) return;
        throw new FormulaError(`unknown name "${name}": not a variable of this page or a unit`);
      }
      case 'ParenthesisNode':
        return visit((node as unknown as { content: MathNode }).content, top);
      case 'OperatorNode': {
        const op = node as unknown as { fn: string; op: string; args: MathNode[] };
        if (!allowedOperators.has(op.fn)) throw new FormulaError(`the operator "${op.op}" is not allowed in a formula`);
        for (const a of op.args) visit(a, false);
        return;
      }
      case 'FunctionNode': {
        const f = node as unknown as { fn: MathNode; args: MathNode[] };
        const name = f.fn.type === 'SymbolNode' ? (f.fn as unknown as { name: string }).name : null;
        if (!name || !(allowedFunctions as readonly string[]).includes(name)) throw new FormulaError(`${name ? `the function "${name}"` : 'this kind of call'} is not allowed; formulas may use ${allowedFunctions.join(', ')}`);
        if (f.args.length > 20) throw new FormulaError(`${name} takes at most 20 values here`);
        for (const a of f.args) visit(a, false);
        return;
      }
      case 'AssignmentNode': {
        const a = node as unknown as { object: MathNode; index: unknown; value: MathNode };
        if (!top) throw new FormulaError('an assignment may only stand at the start of a formula: name = …');
        if (a.object.type !== 'SymbolNode' || a.index) throw new FormulaError('only a plain name can be assigned: name = …');
        const name = (a.object as unknown as { name: string }).name;
        if (!identifier.test(name) || name.startsWith('_')) throw new FormulaError(`"${name}" cannot be a name: use letters, digits and _, starting with a letter`);
        if (name in Object.prototype) throw new FormulaError(`"${name}" cannot be a name; choose another`);
        if (names.has(name)) throw new FormulaError(`"${name}" is already defined; choose a new name`);
        if (isUnitName(name)) throw new FormulaError(`"${name}" is a unit; choose another name`);
        assigned = name;
        return visit(a.value, false);
      }
      default:
        throw new FormulaError(`${describeNode(node.type)} is not allowed in a formula`);
    }
  };
  visit(root, true);
  return assigned ? { assigned } : {};
}

function describeNode(type: string): string {
  switch (type) {
    case 'AccessorNode':
      return 'property access or indexing (a.b, a[1])';
    case 'ArrayNode':
      return 'a list or matrix ([…])';
    case 'ObjectNode':
      return 'an object ({…})';
    case 'FunctionAssignmentNode':
      return 'defining a function';
    case 'ConditionalNode':
      return 'a condition (a ? b : c)';
    case 'RangeNode':
      return 'a range (a:b)';
    case 'BlockNode':
      return 'several statements (; or new lines)';
    case 'IndexNode':
      return 'indexing';
    case 'RelationalNode':
      return 'a comparison';
    default:
      return `this construct (${type})`;
  }
}

/** Units a result is written in when its dimensions match (first match wins); else as mathjs leaves it. */
export const preferredUnits = ['USD / day', 'USD / month', 'USD', 'BTC / day', 'BTC', 'USD / BTC', 'USD / kWh', 'kWh / day', 'kWh', 'W', 'J', 'TH / s', 'J / TH', 'USD / (PH / s) / day', 'day'] as const;

type MathUnit = { equalBase(other: MathUnit): boolean; to(unit: string): MathUnit; dimensions: number[]; toNumeric(unit?: string): number; units: unknown[] };
const preferred = preferredUnits.map((p) => [p, unitOf(p) as unknown as MathUnit] as const);

function simplified(u: MathUnit): MathUnit | number {
  // A ratio whose units cancel (TH ÷ TH/s × s) is a plain number.
  if (u.dimensions.every((d) => d === 0)) return u.toNumeric('');
  // Already one of the preferred units (20000 USD/month): kept as written, not turned into another of the same kind.
  const written = (u as unknown as { formatUnits(): string }).formatUnits();
  if ((preferredUnits as readonly string[]).includes(written)) return u;
  for (const [name, p] of preferred) if (u.equalBase(p)) return u.to(name);
  return u;
}

/** Whether a formula ends in a conversion the reader asked for (`… to sat`, `n = … in kWh`): its unit is kept as written. */
function convertsAtTop(tree: MathNode): boolean {
  let node = tree;
  if (node.type === 'AssignmentNode') node = (node as unknown as { value: MathNode }).value;
  while (node.type === 'ParenthesisNode') node = (node as unknown as { content: MathNode }).content;
  return node.type === 'OperatorNode' && (node as unknown as { fn: string }).fn === 'to';
}

function toValue(result: unknown, keepUnit = false): FormulaValue {
  if (typeof result === 'number') {
    if (!Number.isFinite(result)) throw new FormulaError(result !== result ? 'the result is not a number' : 'the result is infinite (a division by zero?)');
    return { value: result, unit: '' };
  }
  const u = result as { type?: string; toNumber?: (unit: string) => number; formatUnits?: () => string; toJSON?: () => { value: number | null; unit: string } };
  if (u && (u as { isUnit?: boolean }).isUnit) {
    const simple = keepUnit && !(result as MathUnit).dimensions.every((d) => d === 0) ? (result as MathUnit) : simplified(result as MathUnit);
    if (typeof simple === 'number') return toValue(simple);
    const json = (simple as unknown as typeof u).toJSON!();
    const unit = json.unit;
    const value = json.value ?? 1;
    if (!Number.isFinite(value)) throw new FormulaError('the result is not a finite number');
    return { value, unit };
  }
  throw new FormulaError('the result is not a number or a quantity');
}

/**
 * Evaluates one formula against variables (and the names earlier cells defined). Never throws:
 * a refused or failing formula gives `{ ok: false, error, position }` in plain words.
 *
 * @example
 * evaluateFormula('473 TH/s * hashprice to USD/day', { hashprice: { value: 33.96, unit: 'USD / (PH / s) / day', label: 'Hashprice' } })
 * // { ok: true, value: { value: 16.06, unit: 'USD / day' }, text: '16.06 USD / day' }
 * evaluateFormula('price.constructor', vars) // { ok: false, error: 'property access or indexing (a.b, a[1]) is not allowed in a formula' }
 */
export function evaluateFormula(formula: string, variables: Readonly<Record<string, FormulaVariable>>, defined: Readonly<Record<string, FormulaValue>> = {}): FormulaOutcome {
  try {
    if (typeof formula !== 'string') throw new FormulaError('a formula is text');
    if (formula.length > maxFormulaLength) throw new FormulaError(`a formula may be at most ${maxFormulaLength} characters long (this one has ${formula.length})`, maxFormulaLength);
    if (formula.trim() === '') throw new FormulaError('the formula is empty');
    if (/[\n;]/.test(formula)) throw new FormulaError('one formula per cell: no ; or new lines', formula.search(/[\n;]/));
    let tree: MathNode;
    try {
      tree = parse(formula);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = /char (\d+)/.exec(message);
      throw new FormulaError(plainParseError(message), at ? Math.max(0, Number(at[1]) - 1) : undefined);
    }
    const names = new Set([...Object.keys(variables), ...Object.keys(defined)]);
    const { assigned } = checkTree(tree, names);
    const scope = new Map<string, unknown>();
    for (const [name, v] of Object.entries(variables)) scope.set(name, v.unit ? unitOf(v.value, v.unit) : v.value);
    for (const [name, v] of Object.entries(defined)) scope.set(name, v.unit ? unitOf(v.value, v.unit) : v.value);
    let result: unknown;
    try {
      result = tree.compile().evaluate(scope);
    } catch (error) {
      throw new FormulaError(plainEvaluationError(error instanceof Error ? error.message : String(error)));
    }
    const value = toValue(result, convertsAtTop(tree));
    return { ok: true, value, ...(assigned ? { assigned } : {}), text: formatValue(value) };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, error: error.message, ...(error.position === undefined ? {} : { position: error.position }) };
    return { ok: false, error: 'this formula cannot be evaluated' };
  }
}

/** "16.06 USD / day", with up to 6 significant digits. */
export function formatValue(v: FormulaValue): string {
  const n = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 }).format(v.value).replace('-', '−');
  return v.unit ? `${n} ${v.unit}` : n;
}

function plainParseError(message: string): string {
  const at = /char (\d+)/.exec(message);
  const where = at ? ` at character ${at[1]}` : '';
  if (/Unexpected end of expression/i.test(message)) return `the formula ends too soon${where}: something is missing`;
  if (/Parenthesis \) expected/i.test(message)) return `a closing parenthesis is missing${where}`;
  if (/Value expected/i.test(message)) return `a number or a name is missing${where}`;
  if (/Unexpected operator/i.test(message)) return `an operator is out of place${where}`;
  if (/Syntax error/i.test(message)) return `the formula cannot be read${where}`;
  return `the formula cannot be read${where}`;
}

function plainEvaluationError(message: string): string {
  if (/Units do not match|do not match|cannot be converted/i.test(message)) return `the units do not match: ${message.replace(/^Error: /, '')}`;
  if (/Too few arguments in function (floor|ceil|round)/i.test(message)) return `${/function (\w+)/i.exec(message)![1]} of a quantity needs the unit to round in, as in ${/function (\w+)/i.exec(message)![1]}(x, USD), or divide it by its unit first`;
  if (/Unexpected type of argument/i.test(message)) return `a value has the wrong kind for this operation (for example adding a quantity with a unit to a plain number)`;
  return message.replace(/^Error: /, '');
}
