/**
 * # Members: properties, methods, indexing
 *
 * The members scripts use on the values we model: string and array methods, hashtable keys as
 * properties, PSCustomObject properties, ErrorRecord and exception properties, a few static
 * classes (`[math]`, `[string]`, `[int]`, `[guid]`, `[datetime]`, `[char]`, `[regex]`).
 * Member enumeration applies to arrays: `$objects.Name` collects each element's Name.
 */
import { RuntimeError, runtimeException } from './errors.js';
import {
  convertTo, dateFromParts, formatDoubleRoundTrip, isNumeric, makeNumber, newGuid, numberValue, numericType, roundHalfEven, toBool, toNumeric, toStr,
} from './conversion.js';
import { formatOne, formatDate, formatValue } from './format-operator.js';
import { compareOrAsText, compareStrings, psCompare, psEquals, toRegExp, translateReplacement } from './operators.js';
import { ENUMS, FLAG_ENUMS, resolveTypeName, shortTypeName, typeNameOf } from './types.js';
import {
  isCustomObject, PsChar, PsDateTime, PsEnum, PsErrorRecord, PsException, PsGuid, PsHashtable, PsObject, PsRegex, PsSwitch, PsTypeValue,
  ScriptBlockValue, TypedNumber, ELEMENT_TYPE, LIST_TYPE, type InvocationInfo, type PsArray,
} from './values.js';
import type { Evaluator } from './evaluator.js';
import { outputIsTrue, outputValue, type Frame } from './frame.js';
import { escapeRegExp } from './wildcard.js';
import { byteArray, staticEncoding } from './text-encoding.js';
import { collectionMethod, elementByName, GENERIC_LIST, listTypeOf, newList } from './lists.js';
import { dictionaryMethod, dictionaryTypeOf, newDictionary, PsDictionary } from './generic-dictionary.js';
import { allMatches, matchObject } from './regex-objects.js';
import { PsStringBuilder } from './string-builder.js';
import { PsStopwatch } from './stopwatch.js';
import { PsReference } from './reference.js';
import { makeVersion, versionObject } from './version.js';
import { memberCollectionMethod, psObjectView } from './psobject-view.js';
import { PsTimeSpan, TICKS_PER_MS, TIMESPAN_UNITS } from './timespan.js';
import { decimalMath, exactInteger, makeDecimal, makeWideInteger, parseDecimalText } from './exact-numbers.js';

const NOT_FOUND = Symbol('not found');

// ## Properties

/**
 * What .NET's ToString() gives, which differs from PowerShell's string conversion for arrays
 * (their type name, not their joined elements) and PSCustomObject (empty, not `@{...}`).
 */
export function dotnetToString(value: unknown): string {
  if (Array.isArray(value)) return typeNameOf(value);
  if (isCustomObject(value)) return '';
  if (isNumeric(value) && numericType(value) === 'Double') return formatDoubleRoundTrip(numberValue(value));
  return toStr(value);
}

function propertyNotFoundStrict(name: string): RuntimeError {
  return runtimeException(`The property '${name}' cannot be found on this object. Verify that the property exists.`, 'PropertyNotFoundStrict', 'NotSpecified', 'System.Management.Automation.PropertyNotFoundException');
}

export function getMember(ev: Evaluator, target: unknown, name: string, isStatic: boolean, frame: Frame): unknown {
  if (isStatic) return getStaticMember(target, name);
  const v = getProperty(target, name);
  if (v !== NOT_FOUND) {
    // Strict mode: a key a hashtable does not have is a missing property too.
    if (v === null && target instanceof PsHashtable && !target.has(name) && frame.scope.strictMode() >= 2) throw propertyNotFoundStrict(name);
    return v;
  }
  if (Array.isArray(target)) {
    // Member enumeration: the property of each element, flattened one level.
    const out: unknown[] = [];
    for (const item of target) {
      const pv = getProperty(item, name);
      if (pv === NOT_FOUND || pv === null || pv === undefined) continue;
      if (Array.isArray(pv)) out.push(...pv); else out.push(pv);
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  }
  if (frame.scope.strictMode() >= 2 && target !== null && target !== undefined) throw propertyNotFoundStrict(name);
  return null;
}

/** A property of a single value, or NOT_FOUND. */
export function getProperty(target: unknown, name: string): unknown {
  const lower = name.toLowerCase();
  if (target === null || target === undefined) return lower === 'count' || lower === 'length' ? 0 : NOT_FOUND;
  if (lower === 'psobject' && !(target instanceof PsObject && target.get(name))) return psObjectView(target);
  if (target instanceof PsObject) {
    const p = target.get(name);
    if (p) return target.value(p);
    return lower === 'count' || lower === 'length' ? 1 : NOT_FOUND;
  }
  if (target instanceof PsHashtable) {
    if (target.has(name)) return target.get(name);
    switch (lower) {
      case 'count': return target.size;
      case 'keys': return target.keys();
      case 'values': return target.values();
    }
    return null;
  }
  if (typeof target === 'string') {
    if (lower === 'length') return target.length;
    if (lower === 'count') return 1;
    return NOT_FOUND;
  }
  if (Array.isArray(target)) {
    const list = (target as PsArray)[LIST_TYPE] !== undefined;
    if (lower === 'count' || (lower === 'length' && !list)) return target.length;
    if (lower === 'rank' && !list) return 1;
    // .NET grows a list's storage by doubling from 4.
    if (lower === 'capacity' && list) return target.length === 0 ? 0 : Math.max(4, 2 ** Math.ceil(Math.log2(target.length)));
    return NOT_FOUND;
  }
  if (target instanceof PsErrorRecord) return errorRecordProperty(target, lower);
  if (target instanceof PsException) {
    switch (lower) {
      case 'message': return target.message;
      case 'innerexception': return target.innerException ?? null;
      case 'wasthrownfromthrowstatement': return target.wasThrownFromThrowStatement;
    }
    return NOT_FOUND;
  }
  if (target instanceof PsTypeValue) {
    switch (lower) {
      case 'name': return target.name;
      case 'fullname': return target.fullName;
      case 'namespace': return target.fullName.slice(0, target.fullName.lastIndexOf('.'));
    }
    return NOT_FOUND;
  }
  if (target instanceof PsDateTime) {
    if (lower === 'displayhint') return target.displayHint ? convertTo(target.displayHint, 'Microsoft.PowerShell.Commands.DisplayHintType') : NOT_FOUND;
    if (lower === 'datetime') return dateTimeText(target);
    return dateProperty(target.date, lower);
  }
  if (target instanceof PsSwitch) return lower === 'ispresent' ? target.isPresent : NOT_FOUND;
  if (target instanceof PsEnum) return lower === 'value__' ? target.value : NOT_FOUND;
  if (target instanceof ScriptBlockValue) return lower === 'ast' ? target.ast : NOT_FOUND;
  if (target instanceof PsGuid) return lower === 'guid' ? target.value : NOT_FOUND;
  if (typeof target === 'object' && 'getProperty' in target && typeof (target as { getProperty: unknown }).getProperty === 'function') {
    const r = (target as { getProperty(n: string): { found: boolean; value?: unknown } }).getProperty(name);
    return r.found ? r.value : NOT_FOUND;
  }
  if (lower === 'count' || lower === 'length') return 1;
  return NOT_FOUND;
}

function errorRecordProperty(r: PsErrorRecord, lower: string): unknown {
  switch (lower) {
    case 'exception': return r.exception;
    case 'fullyqualifiederrorid': return r.fullyQualifiedErrorId;
    case 'targetobject': return r.targetObject;
    case 'categoryinfo': return categoryInfo(r);
    case 'invocationinfo': return r.invocationInfo ? invocationInfoObject(r.invocationInfo) : null;
    case 'errordetails': return null;
    case 'scriptstacktrace': return r.invocationInfo ? `at <ScriptBlock>, ${r.invocationInfo.scriptName || '<No file>'}: line ${r.invocationInfo.line}` : '';
  }
  return NOT_FOUND;
}

function categoryInfo(r: PsErrorRecord): PsObject {
  const o = new PsObject(['System.Management.Automation.ErrorCategoryInfo', 'System.Object']);
  const reason = shortTypeName(r.exception.typeName);
  o.set('Category', r.category);
  o.set('Activity', r.categoryActivity ?? r.activity ?? r.fullyQualifiedCommand ?? '');
  o.set('Reason', reason);
  o.set('TargetName', r.targetObject === null || r.targetObject === undefined ? '' : toStr(r.targetObject));
  o.set('TargetType', r.targetObject === null || r.targetObject === undefined ? '' : shortTypeName(typeNameOf(r.targetObject)));
  // ErrorCategoryInfo.ToString(), the line the classic error view ends with.
  o.display = `${r.category}: (${toStr(o.get('TargetName')!.value)}:${toStr(o.get('TargetType')!.value)}) [${toStr(o.get('Activity')!.value)}], ${reason}`;
  return o;
}

function invocationInfoObject(i: InvocationInfo): PsObject {
  const o = new PsObject(['System.Management.Automation.InvocationInfo', 'System.Object']);
  o.set('ScriptName', i.scriptName);
  o.set('ScriptLineNumber', i.line);
  o.set('OffsetInLine', i.column);
  o.set('Line', i.lineText);
  o.set('MyCommand', i.commandName === undefined ? null : commandOf(i.commandName, i.commandType ?? 'Cmdlet'));
  o.set('InvocationName', i.commandName ?? '');
  o.set('PositionMessage', `At ${i.scriptName || 'line'}:${i.line} char:${i.column}\n+ ${i.lineText}\n+ ${' '.repeat(i.column - 1)}${'~'.repeat(i.extentLength)}`);
  return o;
}

/** InvocationInfo.MyCommand: a CommandInfo that shows as its name. */
function commandOf(name: string, type: string): PsObject {
  const o = new PsObject([`System.Management.Automation.${type === 'Cmdlet' ? 'Cmdlet' : type === 'ExternalScript' ? 'ExternalScript' : 'Function'}Info`, 'System.Management.Automation.CommandInfo', 'System.Object']);
  o.set('Name', name);
  o.set('CommandType', type);
  o.display = name;
  return o;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function timeSpanArgument(v: unknown, method: string): PsTimeSpan {
  if (v instanceof PsTimeSpan) return v;
  try {
    return convertTo(v, 'timespan') as PsTimeSpan;
  } catch {
    throw runtimeException(`Cannot convert argument "value", with value: "${toStr(v)}", for "${method}" to type "System.TimeSpan".`, 'MethodArgumentConversionInvalidCastArgument', 'NotSpecified');
  }
}

/**
 * DateTime.ParseExact with a custom format: yyyy, yy, MM, M, dd, d, HH, H, hh, h, mm, m, ss, s,
 * f to fffffff, tt, quoted literals and any other character as itself.
 */
function parseExactDate(text: string, format: string): Date | undefined {
  const fields: string[] = [];
  let pattern = '';
  const tokens = format.match(/yyyy|yy|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|f{1,7}|tt|'[^']*'|\\.|./g) ?? [];
  for (const t of tokens) {
    if (/^(yyyy|yy|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|f+|tt)$/.test(t)) {
      fields.push(t);
      pattern += t === 'tt' ? '(AM|PM)' : /^f+$/.test(t) ? `(\\d{${t.length}})` : t.length === 1 ? '(\\d{1,2})' : `(\\d{${t.length}})`;
    } else {
      pattern += escapeRegExp(t.startsWith("'") ? t.slice(1, -1) : t.startsWith('\\') ? t.slice(1) : t);
    }
  }
  const m = new RegExp(`^${pattern}$`, 'i').exec(text.trim());
  if (!m) return undefined;
  const part: Record<string, number> = { year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 };
  let pm: boolean | undefined;
  fields.forEach((f, i) => {
    const v = m[i + 1]!;
    if (f === 'tt') { pm = v.toUpperCase() === 'PM'; return; }
    const n = Number(v);
    if (f[0] === 'y') part.year = f === 'yy' ? 2000 + n - (n > 49 ? 100 : 0) : n;
    else if (f[0] === 'M') part.month = n;
    else if (f[0] === 'd') part.day = n;
    else if (f[0] === 'H' || f[0] === 'h') part.hour = n;
    else if (f[0] === 'm') part.minute = n;
    else if (f[0] === 's') part.second = n;
    else part.ms = Math.floor(Number(`0.${v}`) * 1000);
  });
  if (pm !== undefined) part.hour = (part.hour! % 12) + (pm ? 12 : 0);
  const d = dateFromParts(part.year!, part.month!, part.day!, part.hour!, part.minute!, part.second!, part.ms!);
  return d === 'invalid' ? undefined : d;
}

/** .NET's AddMonths: the day is kept, or the month's last day when it has fewer (Feb 29 + 1 year). */
function addMonths(d: Date, months: number): Date {
  const n = new Date(d);
  n.setDate(1);
  n.setMonth(n.getMonth() + months);
  const last = new Date(n.getFullYear(), n.getMonth() + 1, 0).getDate();
  n.setDate(Math.min(d.getDate(), last));
  return n;
}

/** The DateTime script property pwsh adds, which its default DateTime view shows. */
export function dateTimeText(v: PsDateTime): string {
  return formatDate(v.date, v.displayHint === 'Date' ? 'D' : v.displayHint === 'Time' ? 'T' : 'F');
}

function dateProperty(d: Date, lower: string): unknown {
  switch (lower) {
    case 'year': return d.getFullYear();
    case 'month': return d.getMonth() + 1;
    case 'day': return d.getDate();
    case 'hour': return d.getHours();
    case 'minute': return d.getMinutes();
    case 'second': return d.getSeconds();
    case 'millisecond': return d.getMilliseconds();
    case 'dayofweek': return new PsEnum('System.DayOfWeek', DAY_NAMES[d.getDay()]!, d.getDay());
    case 'dayofyear': return Math.floor((d.getTime() - new Date(d.getFullYear(), 0, 1).getTime()) / 86400000) + 1;
    case 'date': return new PsDateTime(new Date(d.getFullYear(), d.getMonth(), d.getDate()));
    case 'timeofday': return new PsTimeSpan((d.getTime() - new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()) * TICKS_PER_MS);
    case 'ticks': return makeNumber('Int64', d.getTime() * 10000 + 621355968000000000);
  }
  return NOT_FOUND;
}

export function setMember(target: unknown, name: string, value: unknown): void {
  if (target instanceof PsHashtable) { target.set(name, value); return; }
  if (target instanceof PsObject && target.get(name)) {
    const p = target.get(name)!;
    if (p.memberType) {
      // Script and alias properties assign through their set block or the property they name.
      if (!p.setter) throw RuntimeError.of('System.Management.Automation.SetValueException', `Set accessor for property "${p.name}" is unavailable.`, 'SetWithoutSetterFromScriptProperty', 'NotSpecified');
      p.setter(value);
      return;
    }
    // A .NET property with a setter of its own ([ref]'s Value, StringBuilder's Length).
    if (p.setter) { p.setter(value); return; }
    target.set(name, value);
    return;
  }
  if (Array.isArray(target)) {
    for (const item of target) setMember(item, name, value);
    return;
  }
  if (target === null || target === undefined) {
    throw runtimeException(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, 'PropertyNotFound', 'InvalidOperation');
  }
  throw RuntimeError.of('System.Management.Automation.SetValueInvocationException', `Exception setting "${name}": "The property '${name}' cannot be found on this object. Verify that the property exists and can be set."`, 'ExceptionWhenSetting', 'NotSpecified');
}

// ## Indexing

export function getIndex(target: unknown, index: unknown): unknown {
  if (target instanceof PsHashtable) {
    if (Array.isArray(index)) return index.map((k) => target.get(k) ?? null);
    return target.get(index) ?? null;
  }
  if (target instanceof PsObject) {
    const p = target.get(toStr(index));
    return p ? target.value(p) : null;
  }
  if (target === null || target === undefined) {
    throw runtimeException('Cannot index into a null array.', 'NullArray', 'InvalidOperation');
  }
  if (typeof index === 'string' && Array.isArray(target)) {
    const named = elementByName(target, index);
    if (named !== undefined) return named;
  }
  const items: ArrayLike<unknown> | undefined = Array.isArray(target) ? target : typeof target === 'string' ? target : undefined;
  if (Array.isArray(index)) {
    const out: unknown[] = [];
    for (const i of index) {
      const v = getIndex(target, i);
      if (v !== undefined && !(v === null && items !== undefined && outOfRange(items, i))) out.push(v);
    }
    return out;
  }
  if (items === undefined) {
    const n = numberValue(toNumeric(index, 'Int32') as number | TypedNumber);
    if (n === 0 || n === -1) return target;
    return null;
  }
  const n = numberValue(toNumeric(index, 'Int32') as number | TypedNumber);
  const i = n < 0 ? items.length + n : n;
  if (i < 0 || i >= items.length) return null;
  const v = items[i];
  return typeof items === 'string' ? new PsChar((v as string).charCodeAt(0)) : v;
}

function outOfRange(items: ArrayLike<unknown>, index: unknown): boolean {
  const n = numberValue(toNumeric(index, 'Int32') as number | TypedNumber);
  const i = n < 0 ? items.length + n : n;
  return i < 0 || i >= items.length;
}

export function setIndex(target: unknown, index: unknown, value: unknown): void {
  if (target instanceof PsHashtable) { target.set(index, value); return; }
  if (Array.isArray(target)) {
    const n = numberValue(toNumeric(index, 'Int32') as number | TypedNumber);
    const i = n < 0 ? target.length + n : n;
    if (i < 0 || i >= target.length) throw RuntimeError.of('System.IndexOutOfRangeException', 'Index was outside the bounds of the array.', 'System.IndexOutOfRangeException', 'NotSpecified');
    target[i] = value;
    return;
  }
  if (target instanceof PsObject) { setMember(target, toStr(index), value); return; }
  throw runtimeException(`Unable to index into an object of type ${typeNameOf(target)}.`, 'CannotIndex', 'InvalidOperation');
}

// ## Methods

function methodNotFound(target: unknown, name: string): RuntimeError {
  return runtimeException(`Method invocation failed because [${typeNameOf(target)}] does not contain a method named '${name}'.`, 'MethodNotFound', 'InvalidOperation');
}

/**
 * A static Parse: the conversion's answer, or its failure as the method's, as .NET reports it
 * (`Exception calling "Parse" with "1" argument(s): "..."`, FormatException or OverflowException).
 */
function parsed(name: string, args: unknown[], typeName: string): unknown {
  try {
    return convertTo(args[0] ?? '', typeName);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    const inner = /Error: "(.*)"$/s.exec(e.record.exception.message)?.[1] ?? e.record.exception.message;
    throw methodException(name, args, inner, inner.startsWith('Value was either too large or too small') ? 'OverflowException' : 'FormatException');
  }
}

/** Wraps a .NET-style failure inside a method as PowerShell's MethodInvocationException. */
function methodException(name: string, args: unknown[], inner: string, innerType: string, message?: string): RuntimeError {
  return RuntimeError.of('System.Management.Automation.MethodInvocationException', message ?? `Exception calling "${name}" with "${args.length}" argument(s): "${inner}"`, innerType, 'NotSpecified');
}

export function invokeMember(ev: Evaluator, target: unknown, name: string, args: unknown[], isStatic: boolean, frame: Frame): unknown {
  if (isStatic) return invokeStatic(ev, target, name, args, frame);
  const lower = name.toLowerCase();
  if (lower === 'gettype' && args.length === 0 && target !== null && target !== undefined) return new PsTypeValue(typeNameOf(target));
  if (target === null || target === undefined) {
    throw runtimeException('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull', 'InvalidOperation');
  }
  if (lower === 'tostring' && args.length === 0) return dotnetToString(target);
  if (lower === 'equals' && args.length === 1) return psEquals(target, args[0], true);
  if (typeof target === 'string') return stringMethod(target, lower, name, args);
  if (Array.isArray(target)) return arrayMethod(ev, target, lower, name, args, frame);
  if (target instanceof PsDictionary) {
    const done = dictionaryMethod(target, lower, name, args);
    if (done) return done.result;
  }
  if (target instanceof PsHashtable) return hashtableMethod(target, lower, name, args);
  if (target instanceof ScriptBlockValue && (lower === 'invoke' || lower === 'invokereturnasis')) {
    return outputValue(ev.session.invokeScriptBlock(target, frame, { args, dotSource: false }));
  }
  if (target instanceof ScriptBlockValue && lower === 'getnewclosure') return target;
  if (isNumeric(target)) {
    if (lower === 'tostring' && args.length === 1) return formatOne(target, toStr(args[0]));
    if (lower === 'compareto') return psCompare(target, args[0]);
  }
  if (target instanceof PsDateTime) return dateMethod(target.date, lower, name, args);
  if (target instanceof PsRegex) {
    const done = regexMethod(target, lower, args, true);
    if (done) return done.result;
  }
  if (target instanceof PsObject) {
    const method = target.methods?.get(lower);
    if (method) return method.invoke(args);
    const p = target.get(name);
    if (p && p.value instanceof ScriptBlockValue) return invokeMember(ev, p.value, 'Invoke', args, false, frame);
    // Methods the runtime provides on its own objects ($PSCmdlet.ShouldProcess).
    if (p && typeof p.value === 'function') return (p.value as (...a: unknown[]) => unknown)(...args);
  }
  if (target instanceof PsChar && lower === 'compareto') return psCompare(target.code, toNumeric(args[0], 'Int32'));
  throw methodNotFound(target, name);
}

function str(args: unknown[], i: number): string { return toStr(args[i]); }
function int(args: unknown[], i: number): number { return numberValue(toNumeric(args[i], 'Int32') as number | TypedNumber); }

function stringMethod(s: string, lower: string, name: string, args: unknown[]): unknown {
  switch (lower) {
    case 'toupper': case 'toupperinvariant': return s.toUpperCase();
    case 'tolower': case 'tolowerinvariant': return s.toLowerCase();
    case 'trim': return args.length ? trimChars(s, charsOf(args), true, true) : s.trim();
    case 'trimstart': return args.length ? trimChars(s, charsOf(args), true, false) : s.trimStart();
    case 'trimend': return args.length ? trimChars(s, charsOf(args), false, true) : s.trimEnd();
    case 'split': {
      if (args.length === 0) return s.split(/\s/);
      // A StringSplitOptions last: RemoveEmptyEntries (1) drops empty parts, TrimEntries (2) trims them.
      const last = args[args.length - 1];
      const options = args.length > 1 && last instanceof PsEnum && last.typeName === 'System.StringSplitOptions' ? last.value : 0;
      const parts = splitString(s, options ? args.slice(0, -1) : args);
      const trimmed = options & 2 ? parts.map((p) => p.trim()) : parts;
      return options & 1 ? trimmed.filter((p) => p !== '') : trimmed;
    }
    case 'replace': {
      const from = str(args, 0);
      if (from === '') throw methodException(name, args, "The value cannot be an empty string. (Parameter 'oldValue')", 'ArgumentException');
      return s.split(from).join(str(args, 1));
    }
    case 'substring': {
      const start = int(args, 0);
      if (start > s.length || start < 0) throw methodException(name, args, start < 0 ? "StartIndex cannot be less than zero. (Parameter 'startIndex')" : "startIndex cannot be larger than length of string. (Parameter 'startIndex')", 'ArgumentOutOfRangeException');
      if (args.length > 1) {
        const len = int(args, 1);
        if (len < 0 || start + len > s.length) throw methodException(name, args, "Index and length must refer to a location within the string. (Parameter 'length')", 'ArgumentOutOfRangeException');
        return s.substr(start, len);
      }
      return s.slice(start);
    }
    case 'indexof': return args.length > 1 ? s.indexOf(str(args, 0), int(args, 1)) : s.indexOf(str(args, 0));
    case 'lastindexof': return s.lastIndexOf(str(args, 0));
    case 'contains': return s.includes(str(args, 0));
    case 'startswith': return args.length > 1 && toStr(args[1]).toLowerCase().includes('ignorecase') ? s.toLowerCase().startsWith(str(args, 0).toLowerCase()) : s.startsWith(str(args, 0));
    case 'endswith': return args.length > 1 && toStr(args[1]).toLowerCase().includes('ignorecase') ? s.toLowerCase().endsWith(str(args, 0).toLowerCase()) : s.endsWith(str(args, 0));
    case 'padleft': return s.padStart(int(args, 0), args.length > 1 ? str(args, 1) : ' ');
    case 'padright': return s.padEnd(int(args, 0), args.length > 1 ? str(args, 1) : ' ');
    case 'insert': return s.slice(0, int(args, 0)) + str(args, 1) + s.slice(int(args, 0));
    case 'remove': return args.length > 1 ? s.slice(0, int(args, 0)) + s.slice(int(args, 0) + int(args, 1)) : s.slice(0, int(args, 0));
    case 'tochararray': return [...s].map((c) => new PsChar(c.charCodeAt(0)));
    case 'compareto': return compareStrings(s, str(args, 0), true);
    case 'normalize': return s.normalize();
    case 'chars': return new PsChar(s.charCodeAt(int(args, 0)));
    case 'getenumerator': return [...s].map((c) => new PsChar(c.charCodeAt(0)));
  }
  throw methodNotFound(s, name);
}

/** String.Split(separator[, count]): each separator a string (or a char), the last part keeping the rest. */
function splitString(s: string, args: unknown[]): string[] {
  const sep = args[0];
  const count = args.length > 1 && isNumeric(args[1]) ? int(args, 1) : 0;
  const separators = Array.isArray(sep) ? sep.map((x) => toStr(x)) : [sep instanceof PsChar ? String.fromCharCode(sep.code) : toStr(sep)];
  const re = new RegExp(separators.map(escapeRegExp).join('|'), 'g');
  let parts = separators.every((x) => x === '') ? [s] : s.split(re);
  if (count > 0 && parts.length > count) {
    const head = parts.slice(0, count - 1);
    let rest = s;
    for (const h of head) rest = rest.slice(h.length + (re.exec(rest.slice(h.length))?.[0].length ?? 0));
    parts = [...head, rest];
  }
  return parts;
}

function charsOf(args: unknown[]): string {
  return args.map((a) => (Array.isArray(a) ? a.map((x) => toStr(x)).join('') : toStr(a))).join('');
}

function trimChars(s: string, chars: string, start: boolean, end: boolean): string {
  let a = 0;
  let b = s.length;
  if (start) while (a < b && chars.includes(s[a]!)) a++;
  if (end) while (b > a && chars.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/**
 * A regex's Match, Matches, IsMatch, Replace and Split, for `[regex]'p'` instances and the static
 * forms (whose pattern is their second argument). Case-sensitive, as .NET's are.
 */
function regexMethod(pattern: unknown, lower: string, args: unknown[], instance: boolean): { result: unknown } | undefined {
  const re = toRegExp(pattern, true);
  const text = str(args, 0);
  switch (lower) {
    case 'match': return { result: matchObject(re.exec(text), re) };
    case 'matches': return { result: allMatches(text, re) };
    case 'ismatch': return { result: re.test(text) };
    case 'replace': return { result: text.replace(toRegExp(pattern, true, true), translateReplacement(str(args, 1))) };
    case 'split': return { result: text.split(toRegExp(pattern, true, true)) };
    case 'tostring': return instance ? { result: toStr(pattern) } : undefined;
  }
  return undefined;
}

/** The methods that change a collection: a list has them, a PowerShell array is fixed-size. */
const RESIZING_METHODS = new Set(['add', 'addrange', 'insert', 'remove', 'removeat', 'clear']);

/** ArrayList and List[T] methods (lists.ts); undefined when `lower` is not one of them. */
function listMethod(list: PsArray, lower: string, name: string, args: unknown[]): { result: unknown } | undefined {
  const element = list[ELEMENT_TYPE];
  const generic = list[LIST_TYPE] === GENERIC_LIST;
  // List[T] converts what it is given to T, as a method argument is converted.
  const item = (v: unknown, parameter = 'item') => {
    if (!element) return v;
    try {
      return convertTo(v, element);
    } catch (e) {
      const inner = e instanceof RuntimeError ? e.message : String(e);
      throw methodException(name, args, '', 'MethodArgumentConversionInvalidCastArgument', `Cannot convert argument "${parameter}", with value: "${toStr(v)}", for "${name}" to type "${resolveTypeName(element) ?? element}": "${inner}"`);
    }
  };
  const collection = collectionMethod(list, lower, args, item);
  if (collection) return collection;
  switch (lower) {
    case 'add': list.push(item(args[0])); return { result: generic ? undefined : list.length - 1 };
    case 'addrange': for (const v of Array.isArray(args[0]) ? args[0] : [args[0]]) list.push(item(v, 'collection')); return { result: undefined };
    case 'insert': list.splice(int(args, 0), 0, item(args[1])); return { result: undefined };
    case 'remove': {
      const i = list.findIndex((x) => psEquals(x, args[0], true));
      if (i >= 0) list.splice(i, 1);
      return { result: generic ? i >= 0 : undefined };
    }
    case 'removeat': list.splice(int(args, 0), 1); return { result: undefined };
    case 'clear': list.length = 0; return { result: undefined };
    case 'toarray': return { result: [...list] };
    case 'sort': list.sort((x, y) => psCompare(x, y)); return { result: undefined };
    case 'reverse': list.reverse(); return { result: undefined };
  }
  return undefined;
}

function arrayMethod(ev: Evaluator, a: unknown[], lower: string, name: string, args: unknown[], frame: Frame): unknown {
  const member = memberCollectionMethod(a, lower, args);
  if (member) return member.result;
  if ((a as PsArray)[LIST_TYPE]) {
    const done = listMethod(a as PsArray, lower, name, args);
    if (done) return done.result;
  } else if (RESIZING_METHODS.has(lower)) {
    throw methodException(name, args, 'Collection was of a fixed size.', 'NotSupportedException');
  }
  switch (lower) {
    case 'contains': return a.some((x) => psEquals(x, args[0], true));
    case 'indexof': return a.findIndex((x) => psEquals(x, args[0], true));
    case 'clone': return [...a];
    case 'foreach': {
      const sb = args[0];
      if (sb instanceof ScriptBlockValue) {
        const out: unknown[] = [];
        for (const item of a) out.push(...ev.session.invokeScriptBlock(sb, frame, { dollarUnder: item, args: [], dotSource: false }));
        return out;
      }
      return a.map((item) => getProperty(item, toStr(sb)));
    }
    case 'where': {
      const sb = args[0] as ScriptBlockValue;
      const test = (item: unknown) => {
        const r = ev.session.invokeScriptBlock(sb, frame, { dollarUnder: item, args: [], dotSource: false });
        return outputIsTrue(r.length, r[0]);
      };
      return whereMode(a, test, args.length > 1 ? toStr(args[1]) : 'Default', args.length > 2 ? int(args, 2) : 0);
    }
  }
  // Method enumeration: call the method on each element.
  if (a.length > 0) {
    const out: unknown[] = [];
    for (const item of a) {
      const r = invokeMember(ev, item, name, args, false, frame);
      if (r !== undefined) out.push(r);
    }
    return out;
  }
  throw methodNotFound(a, name);
}

/** What a hashtable enumerates: a DictionaryEntry, with pwsh's Name alias of its Key. */
function dictionaryEntry(key: unknown, value: unknown): PsObject {
  const entry = new PsObject([DICTIONARY_ENTRY, 'System.ValueType', 'System.Object']);
  entry.set('Name', key);
  entry.set('Key', key);
  entry.set('Value', value);
  return entry;
}

/** Text .NET's TryParse accepts: integers without a fraction or exponent, floats, `true`/`false`. */
const PARSEABLE: Record<string, RegExp> = {
  integer: /^\s*[+-]?\d+\s*$/,
  float: /^\s*([+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|[+-]?Infinity|NaN)\s*$/,
  boolean: /^\s*(true|false)\s*$/i,
};

/** `[int]::TryParse($text, [ref]$n)`: whether the text is a number of that type, the number (or 0) through the reference. */
function tryParse(typeName: string, args: unknown[]): boolean {
  const text = args[0] === null || args[0] === undefined ? '' : toStr(args[0]);
  const kind = /^(double|single|float|decimal)$/i.test(typeName) ? 'float' : /^bool/i.test(typeName) ? 'boolean' : 'integer';
  let value: unknown;
  let ok = PARSEABLE[kind]!.test(text);
  if (ok) {
    try {
      value = convertTo(kind === 'boolean' ? text.trim().toLowerCase() === 'true' : text.trim(), typeName);
    } catch {
      ok = false;
    }
  }
  if (!ok) value = convertTo(kind === 'boolean' ? false : 0, typeName);
  if (args[1] instanceof PsReference) args[1].target = value;
  return ok;
}

const WHERE_MODES = ['Default', 'First', 'Last', 'SkipUntil', 'Until', 'Split'];

/** `.Where({...}, mode, count)`: the selection modes of pwsh's WhereOperatorSelectionMode. */
function whereMode(a: unknown[], test: (item: unknown) => boolean, modeName: string, count: number): unknown[] {
  const mode = WHERE_MODES.find((m) => m.toLowerCase() === modeName.trim().toLowerCase());
  if (!mode) {
    throw RuntimeError.of('System.Management.Automation.PSInvalidCastException', `Cannot convert value "${modeName}" to type "System.Management.Automation.WhereOperatorSelectionMode". Error: "Unable to match the identifier name ${modeName} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${WHERE_MODES.join(', ')}"`, 'InvalidCastFromStringToEnum', 'InvalidArgument');
  }
  const limit = (items: unknown[]) => (count > 0 ? items.slice(0, count) : items);
  switch (mode) {
    case 'First': return a.filter(test).slice(0, Math.max(count, 1));
    case 'Last': return a.filter(test).slice(-Math.max(count, 1));
    case 'SkipUntil': { const i = a.findIndex(test); return i < 0 ? [] : limit(a.slice(i)); }
    case 'Until': { const i = a.findIndex(test); return limit(i < 0 ? a : a.slice(0, i)); }
    case 'Split': {
      const matched: unknown[] = [];
      const rest: unknown[] = [];
      for (const item of a) (count > 0 && matched.length >= count ? rest : test(item) ? matched : rest).push(item);
      return [matched, rest];
    }
  }
  return limit(a.filter(test));
}

function hashtableMethod(h: PsHashtable, lower: string, name: string, args: unknown[]): unknown {
  switch (lower) {
    case 'containskey': case 'contains': return h.has(args[0]);
    case 'containsvalue': return h.values().some((v) => psEquals(v, args[0], true));
    case 'add':
      if (h.has(args[0])) throw methodException(name, args, `Item has already been added. Key in dictionary: '${toStr(args[0])}'  Key being added: '${toStr(args[0])}'`, 'ArgumentException');
      h.set(args[0], args[1]);
      return undefined;
    case 'remove': h.delete(args[0]); return undefined;
    case 'clear': h.map.clear(); return undefined;
    case 'insert': {
      // OrderedDictionary.Insert(index, key, value): the entry goes in at that position.
      if (!h.ordered) break;
      const [index, key, value] = [int(args, 0), args[1], args[2]];
      if (h.has(key)) throw methodException(name, args, `Item has already been added. Key in dictionary: '${toStr(key)}'  Key being added: '${toStr(key)}'`, 'ArgumentException');
      const entries = h.entries();
      if (index < 0 || index > entries.length) throw methodException(name, args, `Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'index')`, 'ArgumentOutOfRangeException');
      h.map.clear();
      entries.splice(index, 0, { key, value });
      for (const e of entries) h.set(e.key, e.value);
      return undefined;
    }
    case 'clone': return h.clone();
    case 'getenumerator': return h.entries().map((e) => dictionaryEntry(e.key, e.value));
  }
  throw methodNotFound(h, name);
}

function dateMethod(d: Date, lower: string, name: string, args: unknown[]): unknown {
  const add = (ms: number) => new PsDateTime(new Date(d.getTime() + ms));
  switch (lower) {
    case 'tostring': return args.length ? formatDate(d, str(args, 0)) : toStr(new PsDateTime(d));
    case 'adddays': return add(numberValue(toNumeric(args[0], 'Double')) * 86400000);
    case 'addhours': return add(numberValue(toNumeric(args[0], 'Double')) * 3600000);
    case 'addminutes': return add(numberValue(toNumeric(args[0], 'Double')) * 60000);
    case 'addseconds': return add(numberValue(toNumeric(args[0], 'Double')) * 1000);
    case 'addmilliseconds': return add(numberValue(toNumeric(args[0], 'Double')));
    case 'addticks': return add(numberValue(toNumeric(args[0], 'Double')) / TICKS_PER_MS);
    case 'add': return add(timeSpanArgument(args[0], name).ticks / TICKS_PER_MS);
    case 'subtract':
      // A date minus a date is the span between them; minus a span, an earlier date.
      if (args[0] instanceof PsDateTime) return new PsTimeSpan((d.getTime() - args[0].date.getTime()) * TICKS_PER_MS);
      return add(-timeSpanArgument(args[0], name).ticks / TICKS_PER_MS);
    case 'compareto': return psCompare(new PsDateTime(d), args[0]);
    case 'addmonths': return new PsDateTime(addMonths(d, int(args, 0)));
    case 'addyears': return new PsDateTime(addMonths(d, 12 * int(args, 0)));
  }
  throw methodNotFound(new PsDateTime(d), name);
}

// ## Static members

function typeOf(target: unknown): string {
  if (target instanceof PsTypeValue) return target.fullName.toLowerCase();
  throw runtimeException(`Method invocation failed because [${typeNameOf(target)}] does not contain a method named 'op_Static'.`, 'MethodNotFound', 'InvalidOperation');
}

const INT_LIMITS: Record<string, [number, number]> = {
  'system.int32': [-2147483648, 2147483647],
  'system.byte': [0, 255], 'system.int16': [-32768, 32767], 'system.uint32': [0, 4294967295], 'system.uint16': [0, 65535],
  'system.sbyte': [-128, 127],
};

function getStaticMember(target: unknown, name: string): unknown {
  const type = typeOf(target);
  const lower = name.toLowerCase();
  // An enum's values are its static members: [ConsoleColor]::Red.
  const full = (target as PsTypeValue).fullName;
  const enumNames = ENUMS[full]?.map((n) => n.toLowerCase()) ?? FLAG_ENUMS[full]?.map(([n]) => n.toLowerCase());
  if (enumNames) return enumNames.includes(lower) ? convertTo(name, full) : null;
  const limits = INT_LIMITS[type];
  if (limits && (lower === 'maxvalue' || lower === 'minvalue')) {
    const v = lower === 'maxvalue' ? limits[1] : limits[0];
    return makeNumber(shortTypeName((target as PsTypeValue).fullName) as TypedNumber['type'], v);
  }
  switch (`${type}::${lower}`) {
    case 'system.int64::maxvalue': return makeWideInteger('Int64', (1n << 63n) - 1n);
    case 'system.int64::minvalue': return makeWideInteger('Int64', -(1n << 63n));
    case 'system.uint64::maxvalue': return makeWideInteger('UInt64', (1n << 64n) - 1n);
    case 'system.uint64::minvalue': return makeWideInteger('UInt64', 0n);
    case 'system.decimal::maxvalue': return makeDecimal((1n << 96n) - 1n, 0);
    case 'system.decimal::minvalue': return makeDecimal(1n - (1n << 96n), 0);
    case 'system.decimal::one': return makeDecimal(1n, 0);
    case 'system.decimal::zero': return makeDecimal(0n, 0);
    case 'system.decimal::minusone': return makeDecimal(-1n, 0);
    case 'system.text.encoding::utf8': case 'system.text.encoding::unicode': case 'system.text.encoding::bigendianunicode':
    case 'system.text.encoding::utf32': case 'system.text.encoding::ascii': case 'system.text.encoding::latin1':
    case 'system.text.encoding::default': case 'system.text.encoding::utf7':
      return staticEncoding(lower);
    case 'system.timespan::zero': return new PsTimeSpan(0);
    case 'system.timespan::maxvalue': return new PsTimeSpan(9223372036854775807);
    case 'system.timespan::minvalue': return new PsTimeSpan(-9223372036854775808);
    case 'system.math::pi': return Math.PI;
    case 'system.math::e': return Math.E;
    case 'system.double::maxvalue': return Number.MAX_VALUE;
    case 'system.double::minvalue': return -Number.MAX_VALUE;
    case 'system.double::nan': return NaN;
    case 'system.double::positiveinfinity': return Infinity;
    case 'system.double::negativeinfinity': return -Infinity;
    case 'system.string::empty': return '';
    case 'system.datetime::now': return new PsDateTime(new Date());
    case 'system.datetime::today': { const d = new Date(); return new PsDateTime(new Date(d.getFullYear(), d.getMonth(), d.getDate())); }
    case 'system.datetime::utcnow': return new PsDateTime(new Date());
    case 'system.guid::empty': return new PsGuid('00000000-0000-0000-0000-000000000000');
    case 'system.environment::newline': return '\n';
  }
  return null;
}

function num(args: unknown[], i: number): number { return numberValue(toNumeric(args[i], 'Double') as number | TypedNumber); }

/** A host file operation; a host without files raises .NET's NotSupportedException. */
function hostFile<K extends 'readFile' | 'writeFile' | 'readBytes'>(ev: Evaluator, op: K): NonNullable<Evaluator['session']['host'][K]> {
  const fn = ev.session.host[op];
  if (!fn) throw RuntimeError.of('System.NotSupportedException', 'This host has no file system.', 'NotSupportedException', 'NotSpecified');
  return fn.bind(ev.session.host) as NonNullable<Evaluator['session']['host'][K]>;
}

/** PowerShell picks the Int32 overload of Math methods when the first argument is an Int32. */
function int32Overload(args: unknown[]): boolean {
  return isNumeric(args[0]) && numericType(args[0]) === 'Int32';
}

function invokeStatic(ev: Evaluator, target: unknown, name: string, args: unknown[], frame: Frame): unknown {
  const type = typeOf(target);
  const lower = name.toLowerCase();
  switch (`${type}::${lower}`) {
    case 'system.math::round': case 'system.math::abs': case 'system.math::floor': case 'system.math::ceiling': case 'system.math::truncate':
      if (isNumeric(args[0]) && numericType(args[0]) === 'Decimal') return decimalMath(lower, args[0], args.length > 1 ? int(args, 1) : 0);
      break;
  }
  switch (`${type}::${lower}`) {
    case 'system.math::round': {
      const digits = args.length > 1 ? int(args, 1) : 0;
      const factor = 10 ** digits;
      return makeNumber(isNumeric(args[0]) && numericType(args[0]) === 'Decimal' ? 'Decimal' : 'Double', roundHalfEven(Number((num(args, 0) * factor).toPrecision(15))) / factor);
    }
    case 'system.math::abs': return int32Overload(args) ? Math.abs(int(args, 0)) : makeNumber('Double', Math.abs(num(args, 0)));
    case 'system.math::floor': return makeNumber('Double', Math.floor(num(args, 0)));
    case 'system.math::ceiling': return makeNumber('Double', Math.ceil(num(args, 0)));
    case 'system.math::truncate': return makeNumber('Double', Math.trunc(num(args, 0)));
    case 'system.math::max': return int32Overload(args) ? Math.max(int(args, 0), int(args, 1)) : makeNumber('Double', Math.max(num(args, 0), num(args, 1)));
    case 'system.math::min': return int32Overload(args) ? Math.min(int(args, 0), int(args, 1)) : makeNumber('Double', Math.min(num(args, 0), num(args, 1)));
    case 'system.math::pow': return makeNumber('Double', Math.pow(num(args, 0), num(args, 1)));
    case 'system.math::sqrt': return makeNumber('Double', Math.sqrt(num(args, 0)));
    case 'system.math::log': return makeNumber('Double', args.length > 1 ? Math.log(num(args, 0)) / Math.log(num(args, 1)) : Math.log(num(args, 0)));
    case 'system.math::log10': return makeNumber('Double', Math.log10(num(args, 0)));
    case 'system.math::exp': return makeNumber('Double', Math.exp(num(args, 0)));
    case 'system.math::sign': return Math.sign(num(args, 0));
    case 'system.string::join': {
      const sep = str(args, 0);
      const items = args.length === 2 && Array.isArray(args[1]) ? args[1] : args.slice(1);
      return items.map((x) => toStr(x)).join(sep);
    }
    case 'system.string::isnullorempty': return args[0] === null || args[0] === undefined || toStr(args[0]) === '';
    case 'system.string::isnullorwhitespace': return args[0] === null || args[0] === undefined || toStr(args[0]).trim() === '';
    case 'system.string::format': return formatValue(str(args, 0), args.length === 2 && Array.isArray(args[1]) ? args[1] : args.slice(1));
    case 'system.string::concat': return args.map((x) => toStr(x)).join('');
    case 'system.string::new': return args.length === 2 ? toStr(args[0]).repeat(int(args, 1)) : Array.isArray(args[0]) ? args[0].map((c) => toStr(c)).join('') : str(args, 0);
    case 'system.guid::newguid': return newGuid();
    case 'system.guid::parse': return parsed(name, args, 'guid');
    case 'system.timespan::parse': return parsed(name, args, 'timespan');
    case 'system.timespan::fromdays': case 'system.timespan::fromhours': case 'system.timespan::fromminutes':
    case 'system.timespan::fromseconds': case 'system.timespan::frommilliseconds': case 'system.timespan::fromticks':
      return new PsTimeSpan(Math.round(num(args, 0) * TIMESPAN_UNITS[lower]!));
    case 'system.datetime::parse': return parsed(name, args, 'datetime');
    case 'system.datetime::parseexact': {
      const d = parseExactDate(str(args, 0), str(args, 1));
      if (!d) throw methodException(name, args, `String '${str(args, 0)}' was not recognized as a valid DateTime.`, 'FormatException');
      return new PsDateTime(d);
    }
    case 'system.datetime::daysinmonth': return new Date(int(args, 0), int(args, 1), 0).getDate();
    case 'system.datetime::isleapyear': { const y = int(args, 0); return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
    case 'system.datetime::new': {
      const [y = 1, mo = 1, d = 1, h = 0, mi = 0, s = 0, ms = 0] = args.map((_, i) => int(args, i));
      const date = dateFromParts(y, mo, d, h, mi, s, ms);
      if (date === 'invalid') throw methodException('.ctor', args, 'Year, Month, and Day parameters describe an un-representable DateTime.', 'ArgumentOutOfRangeException');
      return new PsDateTime(date);
    }
    case 'system.char::isdigit': return /^\d$/.test(toStr(args[0]));
    case 'system.char::isletter': return /^\p{L}$/u.test(toStr(args[0]));
    case 'system.char::iswhitespace': return /^\s$/.test(toStr(args[0]));
    case 'system.char::isupper': return /^\p{Lu}$/u.test(toStr(args[0]));
    case 'system.char::islower': return /^\p{Ll}$/u.test(toStr(args[0]));
    case 'system.text.regularexpressions.regex::escape': return str(args, 0).replace(/[\\*+?|{[()^$.#\s]/g, (c) => (c === ' ' ? '\\ ' : '\\' + c));
    case 'system.text.regularexpressions.regex::unescape': return str(args, 0).replace(/\\(.)/g, '$1');
    case 'system.text.regularexpressions.regex::match': case 'system.text.regularexpressions.regex::matches':
    case 'system.text.regularexpressions.regex::ismatch': case 'system.text.regularexpressions.regex::replace':
    case 'system.text.regularexpressions.regex::split':
      return regexMethod(args[1], lower, [args[0], ...args.slice(2)], false)!.result;
    case 'system.management.automation.scriptblock::create': return ev.session.createScriptBlock(str(args, 0), frame);
    case 'system.array::indexof': return Array.isArray(args[0]) ? args[0].findIndex((x) => psEquals(x, args[1], true)) : -1;
    case 'system.array::reverse':
      if (Array.isArray(args[0])) args[0].reverse();
      return undefined;
    case 'system.array::sort':
      if (Array.isArray(args[0])) args[0].sort((x, y) => compareOrAsText(x, y, true));
      return undefined;
    case 'system.decimal::parse': {
      // Decimal.Parse keeps the digits as written: '1.2300' has scale 4.
      const parts = parseDecimalText(str(args, 0).trim().replace(/(\d),(?=\d)/g, '$1'));
      if (parts && !/e/i.test(str(args, 0))) return makeDecimal(parts.mantissa, parts.scale);
      return convertTo(args[0], 'decimal');
    }
    case 'system.numerics.biginteger::parse': {
      const text = str(args, 0).trim();
      if (/^[+-]?\d+$/.test(text)) return makeWideInteger('BigInteger', BigInt(text));
      return convertTo(args[0], 'bigint');
    }
    case 'system.numerics.biginteger::pow': {
      const base = exactInteger(toNumeric(args[0], 'BigInteger'))!;
      return makeWideInteger('BigInteger', base ** BigInt(int(args, 1)));
    }
    case 'system.int32::tryparse': case 'system.int64::tryparse': case 'system.double::tryparse': case 'system.decimal::tryparse':
    case 'system.byte::tryparse': case 'system.int16::tryparse': case 'system.uint32::tryparse': case 'system.uint64::tryparse':
    case 'system.single::tryparse': case 'system.boolean::tryparse':
      return tryParse(shortTypeName(type), args);
    case 'system.int32::parse': case 'system.int64::parse':
      // .NET's integer Parse takes digits only (with a sign and spaces around): '1.5' is not one.
      if (!/^\s*[+-]?\d+\s*$/.test(str(args, 0))) throw methodException(name, args, `The input string '${str(args, 0)}' was not in a correct format.`, 'FormatException');
      return parsed(name, args, shortTypeName(type));
    case 'system.double::parse': return parsed(name, args, 'double');
    case 'system.io.file::readalltext': return hostFile(ev, 'readFile')(str(args, 0));
    case 'system.io.file::readallbytes': return byteArray(hostFile(ev, 'readBytes')(str(args, 0)));
    case 'system.io.file::writealltext': hostFile(ev, 'writeFile')(str(args, 0), str(args, 1), false); return undefined;
    case 'system.io.file::appendalltext': hostFile(ev, 'writeFile')(str(args, 0), str(args, 1), true); return undefined;
    case 'system.io.file::exists': return ev.session.host.fileExists?.(str(args, 0)) ?? false;
    case 'system.io.file::delete': ev.session.host.deleteFile?.(str(args, 0)); return undefined;
    case 'system.io.path::gettemppath': return ev.session.host.tempDir?.() ?? '/tmp/';
    case 'system.io.path::combine': return args.map((a) => toStr(a)).reduce((a, b) => (b.startsWith('/') ? b : a.replace(/\/$/, '') + '/' + b));
    case 'system.io.path::getfilename': return str(args, 0).split('/').pop();
    case 'system.io.path::getextension': { const m = /\.[^./]*$/.exec(str(args, 0)); return m ? m[0] : ''; }
    case 'system.io.path::getfilenamewithoutextension': return str(args, 0).split('/').pop()!.replace(/\.[^.]*$/, '');
    case 'system.io.path::getdirectoryname': { const p = str(args, 0); const i = p.lastIndexOf('/'); return i < 0 ? '' : i === 0 ? '/' : p.slice(0, i); }
    case 'system.convert::toint32': return convertTo(args[0], 'int');
    case 'system.convert::tostring': return toStr(args[0]);
    case 'system.convert::tobase64string': {
      const bytes = (Array.isArray(args[0]) ? args[0] : [args[0]]).map((b) => int([b], 0));
      return btoa(String.fromCharCode(...bytes));
    }
    case 'system.convert::frombase64string': {
      let binary: string;
      try {
        binary = atob(str(args, 0).replace(/\s/g, ''));
      } catch {
        throw methodException(name, args, 'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.', 'FormatException');
      }
      return byteArray(Array.from(binary, (c) => c.charCodeAt(0)));
    }
    case 'system.enum::getnames': case 'system.enum::getvalues': case 'system.enum::parse': {
      const enumType = args[0] instanceof PsTypeValue ? args[0].fullName : resolveTypeName(str(args, 0)) ?? str(args, 0);
      const names = ENUMS[enumType];
      if (!names) throw methodException(name, args, `Type provided must be an Enum. (Parameter 'enumType')`, 'ArgumentException');
      if (lower === 'parse') {
        // Parse(type, text) is case-sensitive; Parse(type, text, $true) is not.
        const text = str(args, 1).trim();
        const ignoreCase = args.length > 2 && toBool(args[2]);
        if (!/^\d+$/.test(text) && !text.split(',').every((part) => names.some((n) => (ignoreCase ? n.toLowerCase() === part.trim().toLowerCase() : n === part.trim())))) {
          throw methodException(name, args, `Requested value '${text}' was not found.`, 'ArgumentException');
        }
        return convertTo(text, enumType);
      }
      return lower === 'getnames' ? [...names] : names.map((n) => convertTo(n, enumType));
    }
    case 'system.convert::toboolean': return toBool(args[0]);
  }
  if (lower === 'new' && /exception$/.test(type)) {
    return new PsException((target as PsTypeValue).fullName, args.length ? str(args, 0) : `Exception of type '${(target as PsTypeValue).fullName}' was thrown.`, args[1] instanceof PsException ? args[1] : undefined);
  }
  if (lower === 'new' && type === 'system.collections.hashtable') return new PsHashtable();
  if (lower === 'new' && type === 'system.text.stringbuilder') return new PsStringBuilder(args);
  if (lower === 'new' && type === 'system.version') return args.length === 1 ? versionObject(str(args, 0)) : makeVersion(int(args, 0), int(args, 1), args.length > 2 ? int(args, 2) : -1, args.length > 3 ? int(args, 3) : -1);
  if (lower === 'parse' && type === 'system.version') return versionObject(str(args, 0));
  if ((lower === 'new' || lower === 'startnew') && type === 'system.diagnostics.stopwatch') return new PsStopwatch(lower === 'startnew');
  const listType = lower === 'new' ? listTypeOf((target as PsTypeValue).fullName) : undefined;
  if (listType) return newList(listType, args);
  const dictionaryType = lower === 'new' ? dictionaryTypeOf((target as PsTypeValue).fullName) : undefined;
  if (dictionaryType) return newDictionary(dictionaryType, args);
  void PsRegex;
  throw runtimeException(`Method invocation failed because [${(target as PsTypeValue).fullName}] does not contain a method named '${name}'.`, 'MethodNotFound', 'InvalidOperation');
}

export { NOT_FOUND, PsException };

export const DICTIONARY_ENTRY = 'System.Collections.DictionaryEntry';
