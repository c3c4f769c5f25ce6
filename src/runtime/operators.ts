/**
 * # Operators (about_Arithmetic_Operators, about_Comparison_Operators)
 *
 * The left operand decides: a string left makes `+` concatenate and comparisons compare strings;
 * a number left converts the right to a number; an array left makes comparisons filter the array
 * (`1,2,3 -gt 1` is `2,3`). Comparisons are case-insensitive unless the `c` form is used.
 */
import { RuntimeError, runtimeException } from './errors.js';
import {
  convertTo, elementToStr, formatDoubleRoundTrip, isNumeric, makeNumber, numberValue, numericType, toBool, toNumeric, toStr,
} from './conversion.js';
import { ENUMS, isInstanceOf, resolveTypeName, typeNameOf } from './types.js';
import { PsTimeSpan, TICKS_PER_MS } from './timespan.js';
import { compareVersions, isVersion } from './version.js';
import { isInt32, PsChar, PsDateTime, PsEnum, PsErrorRecord, PsException, PsGuid, PsHashtable, PsRegex, PsSwitch, PsTypeValue, ScriptBlockValue, TypedNumber, type NumericType } from './values.js';
import { wildcardMatch } from './wildcard.js';
import { matchObject } from './regex-objects.js';
import { compareExact, decimalArithmetic, exactInteger, isWide, makeWideInteger, wideIntegerArithmetic } from './exact-numbers.js';
import { splitOperator, type PredicateInvoker } from './split-operator.js';
import { formatValue } from './format-operator.js';

type Num = number | TypedNumber;

// ## Arithmetic

const RANK: Record<NumericType, number> = {
  Byte: 1, SByte: 1, Int16: 1, UInt16: 1, Int32: 2, UInt32: 3, Int64: 4, UInt64: 5, BigInteger: 6, Decimal: 7, Single: 8, Double: 9,
};

/** The type PowerShell computes in: small integers widen to Int32; UInt32 with Int32 widens to Int64. */
function resultType(a: NumericType, b: NumericType): NumericType {
  // Decimal wins over Double and Single: `1d + 1.5` is a Decimal.
  if (a === 'Decimal' || b === 'Decimal') return 'Decimal';
  const t = RANK[a] >= RANK[b] ? a : b;
  if (RANK[t] <= 2) return 'Int32';
  if (t === 'Single') return 'Double';
  return t;
}

function asNumber(v: unknown, like: NumericType): Num {
  if (isNumeric(v)) return v;
  if (typeof v === 'string') return toNumeric(v, like === 'Double' || like === 'Decimal' ? like : /[.eE]/.test(v) ? 'Double' : like);
  if (v instanceof PsChar) return v.code;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null || v === undefined) return 0;
  if (v instanceof PsSwitch) return v.isPresent ? 1 : 0;
  return toNumeric(v, like);
}

/** Result of integer arithmetic: overflow widens to Double, as PowerShell does. */
function integerResult(type: NumericType, value: number): Num {
  // Integers have no negative zero: `0 * -5` and `-3 % 3` are 0.
  value += 0;
  if (type === 'Int32') return Number.isInteger(value) && value >= -2147483648 && value <= 2147483647 ? value : makeNumber('Double', value);
  if (type === 'UInt32') return Number.isInteger(value) && value >= 0 && value <= 4294967295 ? makeNumber(type, value) : makeNumber('Double', value);
  if (type === 'Int64' || type === 'UInt64') {
    // Int64 values are held as doubles: 2^63 itself is already out of range.
    return Number.isInteger(value) && value < 9223372036854775808 && value >= -9223372036854775808 ? makeNumber(type, value) : makeNumber('Double', value);
  }
  return makeNumber(type, value);
}

function numericOp(op: string, l: Num, r: Num): Num {
  const type = resultType(numericType(l), numericType(r));
  if (type === 'Decimal') return decimalArithmetic(op, l, r);
  if (type === 'Int64' || type === 'UInt64' || type === 'BigInteger') {
    const x = exactInteger(l);
    const y = exactInteger(r);
    if (x !== undefined && y !== undefined) return wideIntegerArithmetic(op, type, x, y);
  }
  const a = numberValue(l);
  const b = numberValue(r);
  const integral = type !== 'Double';
  switch (op) {
    case '+': return integral ? integerResult(type, a + b) : makeNumber(type, a + b);
    case '-': return integral ? integerResult(type, a - b) : makeNumber(type, a - b);
    case '*': return integral ? integerResult(type, a * b) : makeNumber(type, a * b);
    case '/':
      if (b === 0 && type !== 'Double') throw divideByZero();
      if (integral) { const q = a / b; return Number.isInteger(q) ? integerResult(type, q) : makeNumber('Double', q); }
      return makeNumber(type, a / b);
    case '%':
      if (b === 0 && type !== 'Double') throw divideByZero();
      return integral ? integerResult(type, a % b) : makeNumber(type, a % b);
  }
  throw new Error(`unknown numeric operator ${op}`);
}

/** PowerShell wraps .NET's DivideByZeroException in a RuntimeException. */
function divideByZero(): RuntimeError {
  const inner = new PsException('System.DivideByZeroException', 'Attempted to divide by zero.');
  return new RuntimeError(new PsErrorRecord(new PsException('System.Management.Automation.RuntimeException', 'Attempted to divide by zero.', inner), 'RuntimeException', 'NotSpecified', null, undefined));
}

function opMethodName(op: string): string {
  return { '+': 'op_Addition', '-': 'op_Subtraction', '*': 'op_Multiply', '/': 'op_Division', '%': 'op_Modulus' }[op] ?? op;
}

function noOperator(left: unknown, op: string): RuntimeError {
  return runtimeException(`Method invocation failed because [${typeNameOf(left)}] does not contain a method named '${opMethodName(op)}'.`, 'MethodNotFound', 'InvalidOperation');
}

/**
 * The result for two plain numbers (an Int32, or a Double that is not an Int32 value), when it is
 * a plain number as the general path would make it: Int32 with Int32 stays Int32 unless it
 * overflows into a Double; anything with a Double is a Double. Undefined sends the operands to
 * the general path: a Double result with an Int32 value (kept as a typed Double there), division
 * by zero, and -0 operands. Integers have no negative zero, so `0 * -5` is 0.
 */
const PLAIN_ARITHMETIC: Record<string, (l: number, r: number) => number | undefined> = {
  '+': (l, r) => plainResult(l, r, l + r),
  '-': (l, r) => plainResult(l, r, l - r),
  '*': (l, r) => plainResult(l, r, l * r),
  '%': (l, r) => (r === 0 || l === -2147483648 ? undefined : plainResult(l, r, l % r)),
};

function plainResult(l: number, r: number, x: number): number | undefined {
  if ((x | 0) !== x) return x;
  return isInt32(l) && isInt32(r) ? x + 0 : undefined;
}

type ArithmeticOperator = (left: unknown, right: unknown) => unknown;

/** An operator with its plain-number case first: two plain numbers whose result is a plain number. */
function withPlainCase(op: string, plain: (l: number, r: number) => number | undefined): ArithmeticOperator {
  return (left, right) => {
    if (typeof left === 'number' && typeof right === 'number') {
      const x = plain(left, right);
      if (x !== undefined) return x;
    }
    return anyArithmetic(op, left, right);
  };
}

const WITH_PLAIN_CASE: Record<string, ArithmeticOperator> = Object.fromEntries(Object.entries(PLAIN_ARITHMETIC).map(([op, plain]) => [op, withPlainCase(op, plain)]));

/**
 * One arithmetic operator as a function, for code that applies the same operator many times (a
 * compiled `+` or `+=`): each has its own plain-number case, which a loop's types keep fast.
 */
export function arithmeticOf(op: string): ArithmeticOperator {
  return WITH_PLAIN_CASE[op] ?? ((left, right) => anyArithmetic(op, left, right));
}

export function arithmetic(op: string, left: unknown, right: unknown): unknown {
  const apply = WITH_PLAIN_CASE[op];
  return apply ? apply(left, right) : anyArithmetic(op, left, right);
}

function anyArithmetic(op: string, left: unknown, right: unknown): unknown {
  if (left === undefined) left = null;
  if (right === undefined) right = null;
  if (left instanceof PsEnum && (op === '+' || op === '-') && !(right instanceof PsEnum)) {
    // `[ConsoleColor]::Red + 1` is the enum value one further on (a number when there is none).
    const n = numberValue(toNumeric(arithmetic(op, left.value, right), 'Int32'));
    const names = ENUMS[left.typeName];
    return names?.[n] !== undefined ? new PsEnum(left.typeName, names[n]!, n) : n;
  }
  if (typeof left === 'string') {
    if (op === '+') return left + toStr(right);
    if (op === '*') {
      const n = numberValue(toNumeric(right, 'Int32'));
      return n <= 0 ? '' : left.repeat(n);
    }
    return numericOp(op, asNumber(left, 'Int32'), asNumber(right, 'Int32'));
  }
  if (Array.isArray(left)) {
    if (op === '+') return Array.isArray(right) ? [...left, ...right] : [...left, right];
    if (op === '*') {
      const n = numberValue(toNumeric(right, 'Int32'));
      const out: unknown[] = [];
      for (let i = 0; i < n; i++) out.push(...left);
      return out;
    }
    throw noOperator(left, op);
  }
  if (left instanceof PsHashtable) {
    if (op !== '+') throw noOperator(left, op);
    if (!(right instanceof PsHashtable)) throw runtimeException('A hash table can only be added to another hash table.', 'AddHashTableToNonHashTable', 'InvalidOperation');
    const result = left.clone();
    for (const e of right.entries()) {
      if (result.has(e.key)) {
        throw RuntimeError.of('System.ArgumentException', `Item has already been added. Key in dictionary: '${toStr(e.key)}'  Key being added: '${toStr(e.key)}'`, 'System.ArgumentException', 'NotSpecified');
      }
      result.set(e.key, e.value);
    }
    return result;
  }
  if (left === null) {
    if (right === null) return null;
    if (op === '+') return right;
    if (op === '-' || op === '*') return arithmetic(op, 0, right);
    return arithmetic(op, 0, right);
  }
  if (isNumeric(left) || typeof left === 'boolean' || left instanceof PsChar || left instanceof PsSwitch) {
    const l = asNumber(left, 'Int32');
    return numericOp(op, l, asNumber(right, numericType(l)));
  }
  if (left instanceof PsDateTime || left instanceof PsTimeSpan) {
    const result = timeArithmetic(op, left, right);
    if (result !== undefined) return result;
  }
  throw noOperator(left, op);
}

/**
 * DateTime and TimeSpan operators: date - date is a TimeSpan, date ± span a date, span ± span a
 * span, span * or / a number a span, span / span a Double. Undefined for any other pair.
 */
function timeArithmetic(op: string, left: PsDateTime | PsTimeSpan, right: unknown): unknown {
  if (left instanceof PsDateTime) {
    if (op === '-' && right instanceof PsDateTime) return new PsTimeSpan((left.date.getTime() - right.date.getTime()) * TICKS_PER_MS);
    const span = right instanceof PsTimeSpan ? right : undefined;
    if (span && (op === '+' || op === '-')) return new PsDateTime(new Date(left.date.getTime() + (op === '+' ? 1 : -1) * span.ticks / TICKS_PER_MS));
    return undefined;
  }
  if (right instanceof PsTimeSpan) {
    if (op === '+') return new PsTimeSpan(left.ticks + right.ticks);
    if (op === '-') return new PsTimeSpan(left.ticks - right.ticks);
    if (op === '/') return left.ticks / right.ticks;
    return undefined;
  }
  if (op === '*' || op === '/') {
    const factor = numberValue(toNumeric(right, 'Double'));
    return new PsTimeSpan(Math.round(op === '*' ? left.ticks * factor : left.ticks / factor));
  }
  return undefined;
}

// ## Comparison

export interface CompareOptions { caseSensitive: boolean }

/** Parses an operator name such as `ceq` into the base operator and case sensitivity. */
export function splitCase(op: string): { base: string; caseSensitive: boolean } {
  if (op.length > 2 && (op[0] === 'c' || op[0] === 'i') && BASE_OPERATORS.has(op.slice(1))) {
    return { base: op.slice(1), caseSensitive: op[0] === 'c' };
  }
  return { base: op, caseSensitive: false };
}
const BASE_OPERATORS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin', 'replace', 'split']);

const ASCII = /^[\x00-\x7f]*$/;
/** Culture-aware comparers, made once: `localeCompare` with options makes one per call. */
const IGNORE_CASE = new Intl.Collator('en', { sensitivity: 'accent' });
const WITH_CASE = new Intl.Collator('en', { sensitivity: 'variant' });

/** Equality as `-eq` decides it for two scalars. */
export function psEquals(l: unknown, r: unknown, caseSensitive = false): boolean {
  if (l === undefined) l = null;
  if (r === undefined) r = null;
  if (l === null) return r === null;
  if (r === null) return false;
  if (typeof l === 'string') {
    const rs = toStr(r);
    if (caseSensitive || l === rs) return l === rs;
    if (l.toLowerCase() === rs.toLowerCase()) return true;
    // Two ASCII strings that differ in more than case differ for every culture too; the
    // culture-aware comparison (slow: a microsecond) is for the rest.
    if (ASCII.test(l) && ASCII.test(rs)) return false;
    return IGNORE_CASE.compare(l, rs) === 0 && l.toUpperCase() === rs.toUpperCase();
  }
  if (isNumeric(l)) {
    try {
      const rn = asNumber(r, numericType(l));
      if (isWide(l) || isWide(rn)) {
        const exact = compareExact(l, rn);
        if (exact !== undefined) return exact === 0;
      }
      return numberValue(l) === numberValue(rn);
    } catch {
      return false;
    }
  }
  if (typeof l === 'boolean') return l === toBool(r);
  if (l instanceof PsDateTime || l instanceof PsTimeSpan || isVersion(l)) {
    try { return psCompare(l, r) === 0; } catch { return false; }
  }
  if (l instanceof PsChar) {
    if (r instanceof PsChar) return caseSensitive ? l.code === r.code : String.fromCharCode(l.code).toLowerCase() === String.fromCharCode(r.code).toLowerCase();
    if (typeof r === 'string') return psEquals(String.fromCharCode(l.code), r, caseSensitive);
    if (isNumeric(r)) return l.code === numberValue(r);
    return false;
  }
  if (l instanceof PsGuid) return r instanceof PsGuid ? l.value === r.value : typeof r === 'string' && l.value === r.toLowerCase();
  if (l instanceof PsTypeValue) return r instanceof PsTypeValue && l.fullName === r.fullName;
  if (l instanceof PsSwitch) return l.isPresent === toBool(r);
  if (l instanceof PsEnum) return r instanceof PsEnum ? l.value === r.value : isNumeric(r) ? l.value === numberValue(r) : l.name.toLowerCase() === toStr(r).toLowerCase();
  return l === r;
}

/** Ordering for `-lt` and friends; throws PowerShell's conversion error when incomparable. */
export function psCompare(l: unknown, r: unknown, caseSensitive = false): number {
  if (l === undefined) l = null;
  if (r === undefined) r = null;
  if (l === null) return r === null ? 0 : -1;
  if (r === null) return 1;
  if (typeof l === 'string') {
    const rs = toStr(r);
    return compareStrings(l, rs, caseSensitive);
  }
  if (isNumeric(l) || typeof l === 'boolean' || l instanceof PsChar) {
    const ln = asNumber(l, 'Int32');
    const rn = asNumber(r, numericType(ln));
    if (isWide(ln) || isWide(rn)) {
      const exact = compareExact(ln, rn);
      if (exact !== undefined) return exact;
    }
    const a = numberValue(ln);
    const b = numberValue(rn);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  // DateTime and TimeSpan compare in time; the right side converts to the left's type.
  if (l instanceof PsDateTime) {
    const other = convertTo(r, 'datetime') as PsDateTime;
    return Math.sign(l.date.getTime() - other.date.getTime());
  }
  if (l instanceof PsTimeSpan) {
    const other = convertTo(r, 'timespan') as PsTimeSpan;
    return Math.sign(l.ticks - other.ticks);
  }
  if (isVersion(l)) return compareVersions(l, convertTo(r, 'version') as typeof l);
  throw runtimeException(`Cannot compare "${toStr(l)}" because it is not IComparable.`, 'NotIcomparable', 'InvalidOperation');
}

/** psCompare, or for values it cannot order (of different kinds) their strings' order, as pwsh falls back to. */
export function compareOrAsText(a: unknown, b: unknown, caseSensitive: boolean): number {
  try {
    return psCompare(a, b, caseSensitive);
  } catch {
    return compareStrings(toStr(a), toStr(b), caseSensitive);
  }
}

export function compareStrings(a: string, b: string, caseSensitive: boolean): number {
  const c = (caseSensitive ? WITH_CASE : IGNORE_CASE).compare(a, b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

function scalarCompare(base: string, l: unknown, r: unknown, cs: boolean, ctx: RegexContext): boolean {
  switch (base) {
    case 'eq': return psEquals(l, r, cs);
    case 'ne': return !psEquals(l, r, cs);
    case 'gt': return !nanCompared(l, r) && psCompare(l, r, cs) > 0;
    case 'ge': return !nanCompared(l, r) && psCompare(l, r, cs) >= 0;
    case 'lt': return !nanCompared(l, r) && psCompare(l, r, cs) < 0;
    case 'le': return !nanCompared(l, r) && psCompare(l, r, cs) <= 0;
    case 'like': return wildcardMatch(toStr(l), toStr(r), cs);
    case 'notlike': return !wildcardMatch(toStr(l), toStr(r), cs);
    case 'match': return regexMatch(toStr(l), r, cs, ctx) !== null;
    case 'notmatch': return regexMatch(toStr(l), r, cs, ctx) === null;
  }
  throw new Error(`not a scalar comparison: ${base}`);
}

/**
 * A number compared with NaN: every ordering operator is false, as IEEE comparisons are (sorting,
 * with psCompare, still puts NaN first as .NET's CompareTo does).
 */
function nanCompared(l: unknown, r: unknown): boolean {
  return isNumeric(l) && (Number.isNaN(numberValue(l)) || (isNumeric(r) && Number.isNaN(numberValue(r))));
}

/** What operators need from the evaluator: where `-match` stores `$Matches`, and a way to run
 * the script blocks of `-split { }` and `-replace 'x', { }`. */
export interface RegexContext {
  setMatches(m: PsHashtable | undefined): void;
  invoke?: PredicateInvoker;
}

export function toRegExp(pattern: unknown, caseSensitive: boolean, global = false): RegExp {
  if (pattern instanceof PsRegex) return new RegExp(pattern.regex.source, (caseSensitive ? '' : 'i') + (global ? 'g' : ''));
  let source = translateRegex(toStr(pattern));
  // Options at the start of a .NET pattern (`(?i)`, `(?m)`, `(?s)`) become JavaScript flags.
  let flags = (caseSensitive ? '' : 'i') + (global ? 'g' : '');
  const inline = /^\(\?([imsn]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    for (const o of new Set(inline[1]!.replace('n', ''))) if (!flags.includes(o)) flags += o;
  }
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw RuntimeError.of('System.Management.Automation.RuntimeException',
      `The regular expression pattern ${toStr(pattern)} is not valid.`, 'InvalidRegularExpression', 'InvalidOperation', pattern);
  }
}

/** .NET regex syntax that JavaScript spells differently. */
function translateRegex(src: string): string {
  return src.replace(/\(\?<([A-Za-z_]\w*)>/g, '(?<$1>').replace(/\\A/g, '^').replace(/\\[zZ]/g, '$');
}

function regexMatch(text: string, pattern: unknown, cs: boolean, ctx: RegexContext): RegExpExecArray | null {
  const m = toRegExp(pattern, cs).exec(text);
  if (m) {
    const h = new PsHashtable();
    if (m.groups) for (const [k, v] of Object.entries(m.groups)) if (v !== undefined) h.set(k, v);
    for (let i = m.length - 1; i >= 0; i--) if (m[i] !== undefined) h.set(i, m[i]);
    // PowerShell lists numbered groups from the highest, as its hashtable enumerates them.
    ctx.setMatches(h);
  }
  return m;
}

/** `-eq`, `-like`, `-match`, ...: filters when the left side is a collection. */
export function comparison(op: string, left: unknown, right: unknown, ctx: RegexContext): unknown {
  const { base, caseSensitive } = splitCase(op);
  switch (base) {
    case 'contains':
    case 'notcontains': {
      const items = Array.isArray(left) ? left : [left];
      const found = items.some((e) => psEquals(e, right, caseSensitive));
      return base === 'contains' ? found : !found;
    }
    case 'in':
    case 'notin': {
      const items = Array.isArray(right) ? right : [right];
      const found = items.some((e) => psEquals(e, left, caseSensitive));
      return base === 'in' ? found : !found;
    }
    case 'replace': return replaceOp(left, right, caseSensitive, ctx);
    case 'split': return splitOperator(left, right, caseSensitive, ctx.invoke ?? noScripts);
  }
  if (Array.isArray(left)) {
    const out: unknown[] = [];
    for (const e of left) if (scalarCompare(base, e, right, caseSensitive, NO_MATCHES)) out.push(e);
    return out;
  }
  return scalarCompare(base, left, right, caseSensitive, ctx);
}

const NO_MATCHES: RegexContext = { setMatches() {} };
const noScripts: PredicateInvoker = () => { throw runtimeException('Script blocks cannot run here.', 'ScriptBlockNotSupported', 'InvalidOperation'); };

/** .NET replacement syntax (`$1`, `${name}`, `$0`, `$$`) in JavaScript's spelling. */
export function translateReplacement(s: string): string {
  return s.replace(/\$(\$|\d+|\{([^}]+)\}|&|_)/g, (all, what: string, name?: string) => {
    if (what === '$') return '$$';
    if (what === '_') return '$&';
    if (name !== undefined) return /^\d+$/.test(name) ? '$' + name : `$<${name}>`;
    if (what === '0') return '$&';
    return all;
  });
}

function replaceOp(left: unknown, right: unknown, cs: boolean, ctx: RegexContext): unknown {
  const args = Array.isArray(right) ? right : [right];
  if (args.length > 2) throw runtimeException(`The -replace operator allows only two elements to follow it, not ${args.length}.`, 'BadReplaceArgument', 'InvalidOperation');
  const re = toRegExp(args[0], cs, true);
  const replacement = args[1];
  let one: (v: unknown) => string;
  if (replacement instanceof ScriptBlockValue) {
    // The script block's output replaces each match; `$_` is the Match.
    const invoke = ctx.invoke ?? noScripts;
    one = (v) => {
      const s = toStr(v);
      let out = '';
      let last = 0;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) !== null) {
        const r = invoke(replacement, matchObject(m, re), []);
        out += s.slice(last, m.index) + toStr(r.length === 1 ? r[0] : r);
        last = m.index + m[0].length;
        if (m[0].length === 0) re.lastIndex++;
      }
      return out + s.slice(last);
    };
  } else {
    const text = translateReplacement(args.length > 1 ? toStr(replacement) : '');
    one = (v) => toStr(v).replace(re, text);
  }
  return Array.isArray(left) ? left.map(one) : one(left);
}

/** Unary `-split`: on runs of white space, ignoring leading and trailing space. */
export function unarySplit(v: unknown): unknown[] {
  const out: unknown[] = [];
  for (const item of Array.isArray(v) ? v : [v]) {
    const t = toStr(item).trim();
    if (t !== '') out.push(...t.split(/\s+/));
    else out.push('');
  }
  return out;
}

export function joinOp(left: unknown, right: unknown): string {
  const items = Array.isArray(left) ? left : left === null || left === undefined ? [] : [left];
  return items.map((e) => elementToStr(e)).join(toStr(right));
}

// ## Type operators

export function typeOperand(right: unknown): string {
  if (right instanceof PsTypeValue) return right.fullName;
  const name = toStr(right);
  const full = resolveTypeName(name);
  if (!full) throw RuntimeError.of('System.Management.Automation.RuntimeException', `Unable to find type [${name}].`, 'TypeNotFound', 'InvalidOperation', name);
  return full;
}

export function isOp(left: unknown, right: unknown): boolean {
  return isInstanceOf(left, typeOperand(right));
}

export function asOp(left: unknown, right: unknown): unknown {
  const full = typeOperand(right);
  try {
    return convertTo(left, full);
  } catch {
    return null;
  }
}

// ## Bitwise

function toInteger(v: unknown): { value: bigint; wide: boolean } {
  const n = isNumeric(v) ? v : toNumeric(v, 'Int64');
  const t = numericType(n);
  const wide = t === 'Int64' || t === 'UInt64' || t === 'UInt32';
  const integral = t === 'Double' || t === 'Decimal' ? toNumeric(n, 'Int64') : n;
  return { value: exactInteger(integral) ?? BigInt(Math.trunc(numberValue(integral))), wide };
}

export function bitwise(op: string, left: unknown, right: unknown): unknown {
  const a = toInteger(left);
  const b = toInteger(right);
  const wide = a.wide || b.wide;
  let r: bigint;
  switch (op) {
    case 'band': r = a.value & b.value; break;
    case 'bor': r = a.value | b.value; break;
    case 'bxor': r = a.value ^ b.value; break;
    case 'shl': r = a.value << (b.value & (a.wide ? 63n : 31n)); return a.wide ? makeWideInteger('Int64', BigInt.asIntN(64, r)) : Number(BigInt.asIntN(32, r));
    case 'shr': r = a.value >> (b.value & (a.wide ? 63n : 31n)); return a.wide ? makeWideInteger('Int64', r) : Number(r);
    default: throw new Error(op);
  }
  return wide ? makeWideInteger('Int64', BigInt.asIntN(64, r)) : Number(BigInt.asIntN(32, r));
}

export function bnot(v: unknown): unknown {
  const a = toInteger(v);
  return a.wide ? makeWideInteger('Int64', BigInt.asIntN(64, ~a.value)) : Number(BigInt.asIntN(32, ~a.value));
}

export function formatOp(left: unknown, right: unknown): string {
  const args = Array.isArray(right) ? right : [right];
  return formatValue(toStr(left), args);
}

export { formatDoubleRoundTrip };
