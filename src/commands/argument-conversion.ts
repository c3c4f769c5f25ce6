/**
 * # Converting an argument to a parameter's type
 *
 * What the binder does to a value before it binds it: the type check of a pass without coercion,
 * the conversion of a pass with coercion (a compiled cmdlet's CoerceTypeAsNeeded, a script
 * parameter's ArgumentTypeConverterAttribute), and the special cases both have ([bool], switches,
 * $null, collections bound element by element).
 */
import { RuntimeError } from '../runtime/errors.js';
import { convertToResolved } from '../runtime/conversion.js';
import { getProperty, NOT_FOUND } from '../runtime/members.js';
import { isInstanceOf, typeNameOf } from '../runtime/types.js';
import { PsHashtable, PsObject, PsSwitch, TypedNumber } from '../runtime/values.js';
import type { ParameterMetadata } from './metadata.js';

/** A conversion that failed, with the inner message pwsh puts after its own prefix. */
export class ArgumentConversionFailure extends Error {
  constructor(readonly inner: string, readonly castFailure: boolean) {
    super(inner);
  }
}

/** True when the value already has the parameter's type, so a pass without coercion may bind it. */
export function matchesWithoutCoercion(p: ParameterMetadata, value: unknown): boolean {
  const t = p.type.toLowerCase();
  if (t === 'system.object' || t === 'system.management.automation.psobject') return true;
  if (value === null || value === undefined) return false;
  if (t.endsWith('[]')) {
    const element = t.slice(0, -2);
    if (element === 'system.object') return true;
    if (Array.isArray(value)) return value.every((v) => isInstanceOf(v, element));
    return isInstanceOf(value, element);
  }
  return isInstanceOf(value, p.type);
}

/**
 * Converts `value` to `p.type`. `compiled` is true for a cmdlet's (or a common) parameter, which
 * refuses $null for value types; `simple` is true for a function without [CmdletBinding()], which
 * converts strings to [bool]. Throws ArgumentConversionFailure.
 */
export function convertArgument(p: ParameterMetadata, value: unknown, compiled: boolean, simple: boolean): unknown {
  const t = p.type.toLowerCase();
  if (t === 'system.object') return value === undefined ? null : value;
  if (p.isSwitch) {
    if (value instanceof PsSwitch) return value;
    return new PsSwitch(value !== null && value !== undefined && value !== false && value !== 0);
  }
  try {
    if (!simple && (t === 'system.boolean' || t === 'system.boolean[]')) checkBooleanArgument(value);
    if ((value === null || value === undefined) && !t.endsWith('[]') && t !== 'system.string' && t !== 'system.boolean') {
      if (p.allowNull || !compiled) return value === undefined ? null : convertNullForScript(p.type);
      if (/^system\.(int|uint|double|decimal|byte|sbyte|single|int16|uint16|int64|uint64|guid|datetime|char)/.test(t)) {
        throw new Error(`Cannot convert null to type "${p.type}".`);
      }
      return null;
    }
    // A cmdlet binds a collection parameter element by element, so errors name the element type.
    if (compiled && t.endsWith('[]') && !Array.isArray(value)) {
      const element = convertToResolved(value, p.type.slice(0, -2));
      return convertToResolved([element], p.type);
    }
    return convertToResolved(value, p.type);
  } catch (e) {
    const inner = e instanceof RuntimeError || e instanceof Error ? e.message : String(e);
    // "No conversion exists" is a cast failure; a value that failed to parse is a real error.
    throw new ArgumentConversionFailure(inner, e instanceof RuntimeError && e.record.errorId === 'ConvertToFinalInvalidCastException');
  }
}

/** What a script parameter's type makes of $null: 0 for numbers, '' for strings, $null otherwise. */
function convertNullForScript(type: string): unknown {
  try {
    return /^system\.(int|uint|double|decimal|byte|sbyte|single|int16|uint16|int64|uint64|char|boolean)/i.test(type) ? convertToResolved(null, type) : null;
  } catch {
    return null;
  }
}

/** A [bool] parameter takes only booleans and numbers: `-Flag 'false'` is an error, not True. */
function checkBooleanArgument(value: unknown) {
  for (const v of Array.isArray(value) ? value : [value]) {
    if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'number' || v instanceof PsSwitch || v instanceof TypedNumber) continue;
    throw new Error(`Cannot convert value "${typeNameOf(v)}" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`);
  }
}

/** True when the object itself has a member `name` (a string's Length, a custom object's note property). */
function hasOwnMember(input: unknown, name: string): boolean {
  if (typeof input === 'string' || Array.isArray(input)) return true;
  if (input instanceof PsObject) return input.properties.has(name.toLowerCase());
  return typeof input === 'object' && input !== null && 'getProperty' in input;
}

/** The value of a property named like the parameter (or one of its aliases). */
export function propertyOf(input: unknown, p: ParameterMetadata): { found: boolean; value?: unknown } {
  // Numbers and booleans have no properties to bind (their intrinsic Count/Length do not count).
  if (input instanceof PsHashtable || input === null || input === undefined || typeof input === 'number' || typeof input === 'boolean') return { found: false };
  for (const n of [p.name, ...p.aliases]) {
    // The intrinsic Count and Length every object answers are not properties to bind from.
    const lower = n.toLowerCase();
    if ((lower === 'length' || lower === 'count') && !hasOwnMember(input, n)) continue;
    const v = getProperty(input, n);
    if (v !== NOT_FOUND) return { found: true, value: v };
  }
  return { found: false };
}
