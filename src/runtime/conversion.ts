/**
 * # Conversions (PowerShell's LanguagePrimitives)
 *
 * Truthiness, string conversion, numeric parsing and `[type]` casts, with PowerShell's rules:
 * `[bool]'False'` is True (any non-empty string), `[int]2.5` is 2 (banker's rounding), `[int]'0x10'`
 * is 16, `[string]$null` is '', doubles print with 15 significant digits.
 */
import { ConversionError, RuntimeError } from './errors.js';
import { ENUMS, FLAG_ENUMS, isInstanceOf, resolveTypeName, typeNameOf } from './types.js';
import { scanNumber } from '../../grammar/lexer.js';
import { PsTimeSpan, parseTimeSpan } from './timespan.js';
import { listTypeOf, newList } from './lists.js';
import { dictionaryTypeOf, newDictionary, PsDictionary } from './generic-dictionary.js';
import { PsReference } from './reference.js';
import { isVersion, versionObject } from './version.js';
import { WIDE_RANGES, decimalParts, divideHalfEven, exactInteger, formatDecimal, wideLiteral } from './exact-numbers.js';
import {
  ELEMENT_TYPE, LIST_TYPE, PsArgumentName, PsChar, PsDateTime, PsEnum, PsErrorRecord, PsException, PsGuid, PsHashtable, PsObject, PsRegex, PsSwitch,
  PsTypeValue, ScriptBlockValue, TypedNumber, isInt32, type NumericType, type PsArray,
} from './values.js';

// ## Numbers

export function isNumeric(v: unknown): v is number | TypedNumber {
  return typeof v === 'number' || v instanceof TypedNumber;
}

/** The numeric type of a value (Int32 or Double for plain numbers). */
export function numericType(v: number | TypedNumber): NumericType {
  if (v instanceof TypedNumber) return v.type;
  return isInt32(v) ? 'Int32' : 'Double';
}

export function numberValue(v: number | TypedNumber): number {
  return typeof v === 'number' ? v : v.value;
}

/** Builds a value of a numeric type, using the plain representation where it is exact. */
export function makeNumber(type: NumericType, value: number): number | TypedNumber {
  if (type === 'Int32') return value;
  if (type === 'Double' && !isInt32(value)) return value;
  return new TypedNumber(type, value);
}

/** .NET's "G15"-style formatting PowerShell uses when it converts a double to a string. */
export function formatDouble(v: number, significant = 15): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(v.toPrecision(significant)))));
  if (exp >= significant || exp < -4) {
    const [mantissa, e] = v.toExponential(significant - 1).split('e');
    const m = mantissa!.includes('.') ? mantissa!.replace(/\.?0+$/, '') : mantissa!;
    const n = Number(e);
    return `${m}E${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  const fixed = v.toPrecision(significant);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** .NET's shortest round-trip formatting, used by `.ToString()` and `-f`. */
export function formatDoubleRoundTrip(v: number): string {
  if (!Number.isFinite(v) || v === 0) return formatDouble(v);
  const s = String(v);
  const m = /^(-?[\d.]+)e([+-])(\d+)$/.exec(s);
  const exp = Math.floor(Math.log10(Math.abs(v)));
  if (m || exp >= 15 || exp < -4) {
    const [mant, e] = v.toExponential().split('e');
    const n = Number(e);
    return `${mant}E${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return s;
}

function formatNumber(v: number | TypedNumber): string {
  const type = numericType(v);
  const n = numberValue(v);
  if (type === 'Double' || type === 'Single') return formatDouble(n, type === 'Single' ? 7 : 15);
  if (type === 'Decimal') return formatDecimal(decimalParts(v));
  if (v instanceof TypedNumber && v.big !== undefined) return v.big.toString();
  if (Number.isSafeInteger(n)) return String(n);
  // Int64 is held as a double: the ends of its range print as .NET prints them.
  if (type === 'Int64' && n >= 9223372036854775807) return '9223372036854775807';
  return BigInt(Math.round(n)).toString();
}

/**
 * Parses a string as PowerShell does for arithmetic and casts: decimal, hex, real, with the
 * literal suffixes (`l`, `d`, `y`, `uy`, `s`, `us`, `u`, `ul`, `n`) and multipliers (`kb`..`pb`).
 * A suffixed value outside its type's range does not parse (`'200y'`).
 */
export function parseNumber(s: string): number | TypedNumber | undefined {
  const t = s.trim();
  if (t === '') return 0;
  const sign = t[0] === '-' ? -1 : 1;
  const body = t[0] === '-' || t[0] === '+' ? t.slice(1) : t;
  const scanned = scanNumber(body);
  if (!scanned || scanned.length !== body.length) {
    // .NET also accepts forms the tokenizer does not, such as '1.' and '1.e3'.
    if (/^\d+\.(e[+-]?\d+)?$/i.test(body)) return makeNumber('Double', sign * Number(body.replace(/\.(?=e|$)/i, '')));
    return undefined;
  }
  const { kind, value, exact, scale, suffixed } = scanned.value;
  const v = sign * value;
  if (exact !== undefined) {
    const signed = sign < 0 ? -exact : exact;
    // The sign belongs to the digits: '-2147483648' is an Int32, '-9223372036854775808' an Int64.
    if (!suffixed && !scale && (kind === 'Int64' || kind === 'Decimal')) {
      if (isInt32(v)) return v;
      if (kind === 'Decimal' && signed >= -(1n << 63n)) return wideLiteral('Int64', signed, 0);
    }
    const wideRange = WIDE_RANGES[kind];
    if (wideRange && (signed < wideRange[0] || signed > wideRange[1])) return undefined;
    return wideLiteral(kind, signed, scale);
  }
  const range = INTEGER_RANGES[kind];
  if (range && (v < range[0] || v > range[1])) return undefined;
  if (kind === 'Int32' && !isInt32(v)) return makeNumber('Int64', v);
  return makeNumber(kind, v);
}

/** Banker's rounding, as .NET's Convert.ToInt32(double). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x % 1) === 0.5) return 2 * Math.round(x / 2);
  return r;
}

// ## Truthiness

export function toBool(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean': return v;
    case 'string': return v.length > 0;
    case 'number': return v !== 0 && !Number.isNaN(v);
  }
  if (v instanceof TypedNumber) return v.value !== 0;
  if (v instanceof PsSwitch) return v.isPresent;
  if (v instanceof PsChar) return v.code !== 0;
  if (Array.isArray(v)) {
    if (v.length === 0) return false;
    if (v.length === 1) return Array.isArray(v[0]) ? v[0].length > 0 : toBool(v[0]);
    return true;
  }
  return true;
}

// ## Strings

export interface StringOptions {
  /** `$OFS`, the separator for arrays. */
  separator?: string;
}

/** PowerShell's conversion of any value to a string (LanguagePrimitives.ConvertTo<string>). */
export function toStr(v: unknown, options?: StringOptions): string {
  if (v === null || v === undefined) return '';
  switch (typeof v) {
    case 'string': return v;
    case 'boolean': return v ? 'True' : 'False';
    case 'number': return isInt32(v) ? String(v) : formatDouble(v);
  }
  if (v instanceof TypedNumber) return formatNumber(v);
  if (Array.isArray(v)) return v.map((e) => elementToStr(e, options)).join(options?.separator ?? ' ');
  if (v instanceof PsHashtable) return v.dotnetText ?? (v.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable');
  if (v instanceof PsObject) return psObjectToString(v);
  if (v instanceof PsDateTime) return formatDateTime(v.date);
  if (v instanceof PsErrorRecord) return v.exception.message;
  if (v instanceof PsException) return v.message;
  if (v instanceof PsArgumentName || v instanceof PsEnum || v instanceof ScriptBlockValue || v instanceof PsChar || v instanceof PsTypeValue || v instanceof PsGuid || v instanceof PsSwitch || v instanceof PsRegex) return v.toString();
  return String(v);
}

/**
 * An element of an array joined into a string: a PSCustomObject there is its base object, whose
 * ToString() is empty (`"$(@($obj, 2))"` is ' 2'), though on its own it shows as `@{...}`.
 */
export function elementToStr(e: unknown, options?: StringOptions): string {
  if (e instanceof PsObject && e.display === undefined && e.typeNames.includes('System.Management.Automation.PSCustomObject')) return '';
  return toStr(e, options);
}

/** `@{Name=x; Value=2}`: how a PSCustomObject converts to a string. */
function psObjectToString(o: PsObject): string {
  if (o.display !== undefined) return o.display;
  if (!o.typeNames.includes('System.Management.Automation.PSCustomObject')) {
    return o.typeNames[0] ?? '';
  }
  // An object without properties converts to '' (pwsh prints `@{}` only in Get-Member's view).
  if (o.properties.size === 0) return '';
  const parts: string[] = [];
  // Each value as .NET's ToString() gives it: a list shows its type name.
  for (const p of o.properties.values()) {
    const v = o.value(p);
    parts.push(`${p.name}=${Array.isArray(v) ? typeNameOf(v) : toStr(v)}`);
  }
  return `@{${parts.join('; ')}}`;
}

/** The invariant-culture default DateTime format: `01/02/2020 00:00:00`. */
export function formatDateTime(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getMonth() + 1)}/${p(d.getDate())}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

// ## Casts

/** How a value appears in conversion messages: .NET's ToString, so arrays show their type. */
function display(v: unknown): string {
  if (Array.isArray(v) || v instanceof PsHashtable) return typeNameOf(v);
  // The message holds the value's ToString(), which for a double is the round-trip form.
  if (typeof v === 'number' && !isInt32(v)) return formatDoubleRoundTrip(v);
  return toStr(v);
}

function castError(v: unknown, target: string, inner: string, id = 'InvalidCastParseTargetInvocation'): ConversionError {
  const msg = `Cannot convert value "${display(v)}" to type "${target}". Error: "${inner}"`;
  return new ConversionError(v, target, inner, msg, id);
}

function invalidCast(v: unknown, target: string): ConversionError {
  const tn = typeNameOf(v);
  const msg = `Cannot convert the "${display(v)}" value of type "${tn}" to type "${target}".`;
  return new ConversionError(v, target, msg, msg, 'ConvertToFinalInvalidCastException');
}

/** How .NET names each integer type in "Value was either too large or too small for ..." */
const RANGE_NAMES: Partial<Record<NumericType, string>> = {
  Int32: 'an Int32', Int64: 'an Int64', Int16: 'an Int16', UInt16: 'a UInt16', UInt32: 'a UInt32', UInt64: 'a UInt64',
  Byte: 'an unsigned byte', SByte: 'a signed byte',
};

const INTEGER_RANGES: Partial<Record<NumericType, [number, number]>> = {
  Int32: [-2147483648, 2147483647], Int64: [-9223372036854775808, 9223372036854775807], Byte: [0, 255], SByte: [-128, 127],
  Int16: [-32768, 32767], UInt16: [0, 65535], UInt32: [0, 4294967295], UInt64: [0, 18446744073709551615],
};

/** Converts to a numeric type; throws PowerShell's conversion error on failure. */
export function toNumeric(v: unknown, type: NumericType): number | TypedNumber {
  // An enum value converts as its number: `[int][ConsoleColor]::Red` is 12.
  if (v instanceof PsEnum) v = v.value;
  const target = 'System.' + (type === 'BigInteger' ? 'Numerics.BigInteger' : type);
  if (type === 'Int64' || type === 'UInt64' || type === 'BigInteger' || type === 'Decimal') return toWideNumeric(v, type, target);
  let n: number;
  if (v === null || v === undefined) n = 0;
  else if (typeof v === 'number') n = v;
  else if (v instanceof TypedNumber) n = v.value;
  else if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (v instanceof PsChar) n = v.code;
  else if (v instanceof PsSwitch) n = v.isPresent ? 1 : 0;
  else if (typeof v === 'string') {
    // Floating-point parsing accepts thousands separators: [double]'1,5' is 15.
    const parsed = parseNumber(type === 'Double' || type === 'Single' ? v.replace(/(\d),(?=\d)/g, '$1') : v);
    if (parsed === undefined) {
      throw castError(v, target, `The input string '${v}' was not in a correct format.`, type === 'Double' || type === 'Single' ? 'InvalidCastFromStringToDoubleOrSingle' : 'InvalidCastFromStringToInteger');
    }
    n = numberValue(parsed);
  } else if (Array.isArray(v) && v.length === 1) {
    return toNumeric(v[0], type);
  } else {
    throw invalidCast(v, target);
  }
  const range = INTEGER_RANGES[type];
  if (range) {
    if (!Number.isFinite(n)) throw castError(v, target, `Value was either too large or too small for an ${type}.`, typeof v === 'string' ? 'InvalidCastFromStringToInteger' : 'InvalidCastIConvertible');
    n = roundHalfEven(n);
    if (n < range[0] || n > range[1]) {
      const which = RANGE_NAMES[type] ?? `a ${type}`;
      throw castError(v, target, `Value was either too large or too small for ${which}.`, typeof v === 'string' ? 'InvalidCastFromStringToInteger' : 'InvalidCastIConvertible');
    }
  }
  return makeNumber(type, n);
}

/**
 * Conversion to the types held exactly: an exact source stays exact, a double rounds half to
 * even (to an integer type) or keeps 15 significant digits (to Decimal), as .NET converts.
 */
function toWideNumeric(v: unknown, type: 'Int64' | 'UInt64' | 'BigInteger' | 'Decimal', target: string): number | TypedNumber {
  let n: number | TypedNumber;
  if (typeof v === 'string') {
    const parsed = parseNumber(type === 'Decimal' ? v.replace(/(\d),(?=\d)/g, '$1') : v);
    if (parsed === undefined) {
      throw castError(v, target, `The input string '${v}' was not in a correct format.`, type === 'Decimal' ? 'InvalidCastFromStringToDoubleOrSingle' : 'InvalidCastFromStringToInteger');
    }
    n = parsed;
  } else if (isNumeric(v)) n = v;
  else if (Array.isArray(v) && v.length === 1) return toWideNumeric(v[0], type, target);
  else if (v === null || v === undefined || typeof v === 'boolean' || v instanceof PsChar || v instanceof PsSwitch) {
    n = numberValue(toNumeric(v, 'Int32'));
  } else throw invalidCast(v, target);
  const tooLarge = (error = `Value was either too large or too small for ${RANGE_NAMES[type] ?? `a ${type}`}.`) =>
    castError(v, target, error, typeof v === 'string' ? 'InvalidCastFromStringToInteger' : 'InvalidCastIConvertible');
  if (type === 'Decimal') {
    try {
      const { mantissa, scale } = decimalParts(n);
      return wideLiteral('Decimal', mantissa, scale);
    } catch {
      throw castError(v, target, 'Value was either too large or too small for a Decimal.', 'InvalidCastIConvertible');
    }
  }
  let whole = exactInteger(n);
  if (whole === undefined) {
    const x = numberValue(n);
    if (numericType(n) === 'Decimal') {
      const { mantissa, scale } = decimalParts(n);
      whole = divideHalfEven(mantissa, 10n ** BigInt(scale));
    } else {
      if (!Number.isFinite(x)) throw tooLarge();
      // .NET checks a double against the range before rounding: 2^63 itself overflows.
      if (type !== 'BigInteger' && (x >= (type === 'Int64' ? 9223372036854775808 : 18446744073709551616) || x < (type === 'Int64' ? -9223372036854775808 : -0.5))) {
        throw tooLarge('Arithmetic operation resulted in an overflow.');
      }
      whole = BigInt(roundHalfEven(x));
    }
  }
  const range = WIDE_RANGES[type];
  if (range && (whole < range[0] || whole > range[1])) throw tooLarge();
  return wideLiteral(type, whole, 0);
}

const NUMERIC_BY_FULLNAME: Record<string, NumericType> = {
  'system.int32': 'Int32', 'system.int64': 'Int64', 'system.double': 'Double', 'system.decimal': 'Decimal',
  'system.byte': 'Byte', 'system.sbyte': 'SByte', 'system.int16': 'Int16', 'system.uint16': 'UInt16',
  'system.uint32': 'UInt32', 'system.uint64': 'UInt64', 'system.single': 'Single', 'system.numerics.biginteger': 'BigInteger',
};

export function numericTypeOfName(fullName: string): NumericType | undefined {
  return NUMERIC_BY_FULLNAME[fullName.toLowerCase()];
}

/** Element conversion for arrays: `[int[]]('1','2')`. */
function toTypedArray(v: unknown, elementType: string): PsArray {
  // A string is a sequence of characters: [char[]]'hi' is 'h', 'i'.
  const chars = typeof v === 'string' && elementType.toLowerCase() === 'system.char';
  const items = v === null || v === undefined ? [] : Array.isArray(v) ? v : chars ? [...(v as string)] : [v];
  // Every value is already a PSObject: a PSObject[] parameter keeps an array as it is.
  if (elementType === 'System.Management.Automation.PSObject') return Array.isArray(v) ? v : items;
  let out: PsArray;
  try {
    out = items.map((e) => convertTo(e, elementType));
  } catch (e) {
    // A scalar converted to an array type: pwsh reports the array type with the element's error
    // inside. An array's element error is reported as it is.
    if (!(e instanceof ConversionError) || Array.isArray(v)) throw e;
    if (e.record.errorId === 'ConvertToFinalInvalidCastException') throw invalidCast(v, elementType + '[]');
    throw castError(v, elementType + '[]', e.message, e.record.errorId);
  }
  out[ELEMENT_TYPE] = elementType;
  return out;
}

/**
 * `[type]value`. `typeName` is as written in the script; unknown types raise PowerShell's
 * "Unable to find type" error.
 */
export function convertTo(v: unknown, typeName: string): unknown {
  const full = resolveTypeName(typeName);
  if (!full) throw RuntimeError.of('System.Management.Automation.RuntimeException', `Unable to find type [${typeName}].`, 'TypeNotFound', 'InvalidOperation', typeName);
  return convertToResolved(v, full);
}

export function convertToResolved(v: unknown, full: string): unknown {
  const lower = full.toLowerCase();
  if (lower.endsWith('[]')) return toTypedArray(v, full.slice(0, -2));
  const numeric = NUMERIC_BY_FULLNAME[lower];
  if (numeric) return toNumeric(v, numeric);
  const dictionaryType = dictionaryTypeOf(full);
  if (dictionaryType) {
    if (v instanceof PsDictionary && v.keyType === dictionaryType.key && v.valueType === dictionaryType.value) return v;
    if (v instanceof PsHashtable) return newDictionary(dictionaryType, [v]);
  }
  if (lower === 'system.management.automation.psreference') return v instanceof PsReference ? v : new PsReference({ value: v });
  if (lower === 'system.version') {
    if (isVersion(v)) return v;
    if (typeof v === 'string') return versionObject(v);
  }
  const listType = listTypeOf(full);
  if (listType) {
    if (Array.isArray(v) && (v as PsArray)[LIST_TYPE] === listType.kind && (v as PsArray)[ELEMENT_TYPE] === listType.element) return v;
    return newList(listType, [v === null || v === undefined ? [] : Array.isArray(v) ? v : [v]]);
  }
  switch (lower) {
    case 'system.string':
      if (v === null || v === undefined) return '';
      return toStr(v);
    case 'system.boolean': return toBool(v);
    case 'system.object': return v === undefined ? null : v;
    case 'system.void': return undefined;
    case 'system.management.automation.switchparameter': return new PsSwitch(toBool(v));
    case 'system.char': {
      if (v instanceof PsChar) return v;
      if (typeof v === 'string') {
        if (v.length === 1) return new PsChar(v.charCodeAt(0));
        throw castError(v, 'System.Char', 'String must be exactly one character long.', 'InvalidCastParseTargetInvocation');
      }
      const n = numberValue(toNumeric(v, 'UInt16') as number | TypedNumber);
      return new PsChar(n);
    }
    case 'system.array': return v === null || v === undefined ? null : Array.isArray(v) ? v : [v];
    // A property name, a script block or a calculated-property hashtable; read where it is used.
    case 'microsoft.powershell.commands.pspropertyexpression': return v;
    case 'system.collections.hashtable':
      if (v instanceof PsHashtable) return v.ordered ? copyHashtable(v, false) : v;
      // pwsh tries Hashtable's IDictionary constructor on a PSObject, and reports that attempt's failure.
      if (v instanceof PsObject) throw castError(v, 'System.Collections.Hashtable', invalidCast(v, 'System.Collections.Hashtable').message, 'InvalidCastConstructorException');
      throw invalidCast(v, 'System.Collections.Hashtable');
    case 'system.collections.specialized.ordereddictionary':
      if (v instanceof PsHashtable) return v.ordered ? v : copyHashtable(v, true);
      throw invalidCast(v, full);
    case 'system.management.automation.psobject':
      if (v instanceof PsHashtable) {
        const o = new PsObject();
        for (const e of v.entries()) o.set(toStr(e.key), e.value);
        return o;
      }
      return v;
    case 'system.management.automation.scriptblock':
      if (v instanceof ScriptBlockValue) return v;
      throw invalidCast(v, full);
    case 'system.guid':
      if (v instanceof PsGuid) return v;
      if (typeof v === 'string') {
        const m = /^\s*\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?\s*$/i.exec(v);
        if (m) return new PsGuid(`${m[1]}-${m[2]}-${m[3]}-${m[4]}-${m[5]}`.toLowerCase());
        throw castError(v, 'System.Guid', 'Unrecognized Guid format.', 'InvalidCastParseTargetInvocationWithFormatProvider');
      }
      throw invalidCast(v, full);
    case 'system.datetime': {
      if (v instanceof PsDateTime) return v;
      if (typeof v === 'string') {
        const d = parseDateTime(v);
        if (d === 'invalid') throw castError(v, 'System.DateTime', `String '${v}' was not recognized as a valid DateTime.`, 'InvalidCastParseTargetInvocationWithFormatProvider');
        if (d) return new PsDateTime(d);
        throw castError(v, 'System.DateTime', `The string '${v}' was not recognized as a valid DateTime. There is an unknown word starting at index '0'.`, 'InvalidCastParseTargetInvocationWithFormatProvider');
      }
      throw invalidCast(v, full);
    }
    case 'system.timespan': {
      if (v instanceof PsTimeSpan) return v;
      if (typeof v === 'string') {
        const t = parseTimeSpan(v);
        if (t) return t;
        throw castError(v, 'System.TimeSpan', `String '${v}' was not recognized as a valid TimeSpan.`, 'InvalidCastParseTargetInvocation');
      }
      // A number is a count of ticks (TimeSpan's Int64 constructor).
      if (isNumeric(v)) return new PsTimeSpan(numberValue(toNumeric(v, 'Int64') as number | TypedNumber));
      throw invalidCast(v, full);
    }
    case 'system.text.regularexpressions.regex':
      if (v instanceof PsRegex) return v;
      return new PsRegex(toStr(v), new RegExp(toStr(v), 'i'));
    case 'system.type':
      if (v instanceof PsTypeValue) return v;
      if (typeof v === 'string') {
        const t = resolveTypeName(v);
        if (t) return new PsTypeValue(t);
      }
      throw invalidCast(v, full);
  }
  if (v instanceof PsObject && v.typeNames.some((t) => t.toLowerCase() === lower)) return v;
  const enumNames = ENUMS[full];
  if (enumNames) return toEnum(v, full, enumNames);
  const flags = FLAG_ENUMS[full];
  if (flags) return toFlags(v, full, flags);
  if (v !== null && v !== undefined && typeNameOf(v).toLowerCase() === lower) return v;
  // An interface or base type the value already is (IDictionary for a hashtable).
  if (v !== null && v !== undefined && isInstanceOf(v, full)) return v;
  if (lower.endsWith('exception') && typeof v === 'string') return new PsException(full, v);
  throw invalidCast(v, full);
}

function toEnum(v: unknown, full: string, names: string[]): PsEnum {
  if (v instanceof PsEnum && v.typeName === full) return v;
  if (isNumeric(v)) {
    const n = numberValue(v);
    if (names[n] !== undefined) return new PsEnum(full, names[n]!, n);
  }
  const text = toStr(v).trim();
  const i = names.findIndex((n) => n.toLowerCase() === text.toLowerCase());
  if (i >= 0) return new PsEnum(full, names[i]!, i);
  throw castError(v, full, `Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}`, 'InvalidCastParseTargetInvocation');
}

/** A [Flags] enum from a number, a name, `'A,B'` or an array of names; shown as `A, B`. */
function toFlags(v: unknown, full: string, names: [string, number][]): PsEnum {
  if (v instanceof PsEnum && v.typeName === full) return v;
  let value = 0;
  if (isNumeric(v)) value = numberValue(v);
  else {
    for (const part of (Array.isArray(v) ? v.map((x) => toStr(x)) : toStr(v).split(',')).map((x) => x.trim())) {
      const found = names.find(([n]) => n.toLowerCase() === part.toLowerCase());
      if (!found) throw castError(v, full, `Unable to match the identifier name ${part} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.map(([n]) => n).join(', ')}`, 'InvalidCastParseTargetInvocation');
      value |= found[1];
    }
  }
  const exact = [...names].reverse().find(([, n]) => n === value);
  const name = exact ? exact[0] : names.filter(([, n]) => n !== 0 && (n & (n - 1)) === 0 && (value & n) === n).map(([n]) => n).join(', ');
  return new PsEnum(full, name, value);
}

function copyHashtable(h: PsHashtable, ordered: boolean): PsHashtable {
  const c = new PsHashtable(ordered);
  for (const e of h.entries()) c.set(e.key, e.value);
  return c;
}

/** A date from its parts, or 'invalid' where one is out of range (February 30, hour 24). */
export function dateFromParts(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date | 'invalid' {
  const d = new Date(year, month - 1, day, hour, minute, second, ms);
  if (d.getMonth() !== month - 1 || d.getDate() !== day || d.getHours() !== hour || d.getMinutes() !== minute || d.getSeconds() !== second) return 'invalid';
  d.setFullYear(year);
  return d;
}

/** Invariant-culture date parsing for the formats scripts commonly write. */
function parseDateTime(s: string): Date | 'invalid' | undefined {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/.exec(t);
  if (m) return dateFromParts(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ? Math.floor(+`0.${m[7]}` * 1000) : 0);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) return dateFromParts(+m[3]!, +m[1]!, +m[2]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return undefined;
}

/**
 * A random (version 4) GUID, from the platform's Web Crypto (Node and browsers), which loads when
 * first used: the uuid package's Node build loads node:crypto as the interpreter starts. A page
 * served over plain HTTP has getRandomValues but no randomUUID: the GUID is made from 16 bytes.
 */
export function newGuid(): PsGuid {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return new PsGuid(crypto.randomUUID());
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return new PsGuid(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
}
