/**
 * # System.Collections.ArrayList and List[T]
 *
 * The growable lists scripts make with `[System.Collections.ArrayList]::new()`, `New-Object
 * System.Collections.Generic.List[string]` or a cast. They are JS arrays marked with their .NET
 * type (and List[T]'s element type), so everything arrays do (pipelines, indexing, `.Count`,
 * `-join`, `foreach`) they do too; their methods (Add, Remove, Insert, ...) change them in place.
 * A plain PowerShell array is fixed-size: those methods fail on it as in pwsh.
 */
import { convertTo } from './conversion.js';
import { resolveTypeName } from './types.js';
import { ELEMENT_TYPE, LIST_TYPE, type PsArray } from './values.js';

export const ARRAY_LIST = 'System.Collections.ArrayList';
export const GENERIC_LIST = 'System.Collections.Generic.List`1';

/** The list type a (resolved) type name names: its kind and, for List[T], T. */
export function listTypeOf(fullName: string): { kind: string; element?: string } | undefined {
  if (fullName.toLowerCase() === ARRAY_LIST.toLowerCase()) return { kind: ARRAY_LIST };
  const m = /^System\.Collections\.Generic\.List(?:`1)?\[(.+)\]$/i.exec(fullName);
  return m ? { kind: GENERIC_LIST, element: m[1]! } : undefined;
}

export function makeList(kind: string, element: string | undefined, items: unknown[]): PsArray {
  const list: PsArray = [...items];
  list[LIST_TYPE] = kind;
  if (element) list[ELEMENT_TYPE] = element;
  return list;
}

export function isList(v: unknown): v is PsArray {
  return Array.isArray(v) && (v as PsArray)[LIST_TYPE] !== undefined;
}

/** `::new()`, `::new(capacity)` or `::new(collection)`, and New-Object with -ArgumentList. */
export function newList(type: { kind: string; element?: string }, args: unknown[]): PsArray {
  const from = args.length === 1 && Array.isArray(args[0]) ? args[0] : [];
  return makeList(type.kind, type.element && (resolveTypeName(type.element) ?? type.element), from.map((v) => (type.element ? convertTo(v, type.element) : v)));
}
