/**
 * How the explainer writes a value: as a PowerShell user would type it (`'srv1'`, `2`, `@(1, 3)`,
 * `@{Id=2}`), optionally followed by its short type name.
 */
import { toStr } from '../runtime/conversion.js';
import { shortTypeName, typeNameOf } from '../runtime/types.js';
import { isCustomObject, PsHashtable, PsSwitch, ScriptBlockValue, TypedNumber } from '../runtime/values.js';

const MAX_PREVIEW = 60;

export function describeValue(v: unknown, withType = false): string {
  const text = literal(v);
  const shown = text.length > MAX_PREVIEW ? text.slice(0, MAX_PREVIEW - 3) + '...' : text;
  return withType && v !== null && v !== undefined ? `${shown} (${friendlyType(v)})` : shown;
}

/** The short .NET type name of a value: `Int32`, `String[]`, `PSCustomObject`. */
export function friendlyType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  return shortTypeName(typeNameOf(v));
}

function literal(v: unknown): string {
  if (v === null || v === undefined) return '$null';
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  if (typeof v === 'boolean') return v ? '$true' : '$false';
  if (typeof v === 'number' || v instanceof TypedNumber) return toStr(v);
  if (v instanceof PsSwitch) return v.isPresent ? '$true' : '$false';
  if (v instanceof ScriptBlockValue) return `{${v.text}}`;
  if (Array.isArray(v)) return `@(${v.map((e) => literal(e)).join(', ')})`;
  if (v instanceof PsHashtable) return `@{${[...v.entries()].map((e) => `${toStr(e.key)}=${literal(e.value)}`).join('; ')}}`;
  if (isCustomObject(v)) return toStr(v);
  return toStr(v);
}
