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
import { RuntimeError } from './errors.js';
import { psEquals } from './operators.js';
import { resolveTypeName } from './types.js';
import { ELEMENT_TYPE, LIST_TYPE, PsObject, type PsArray } from './values.js';
import { missingGroup } from './regex-objects.js';

export const ARRAY_LIST = 'System.Collections.ArrayList';
export const GENERIC_LIST = 'System.Collections.Generic.List`1';
/** Queue, Stack and HashSet[T] are held the same way; a stack keeps its top first. */
export const QUEUE = 'System.Collections.Queue';
export const STACK = 'System.Collections.Stack';
export const HASH_SET = 'System.Collections.Generic.HashSet`1';
const GENERIC_QUEUE = 'System.Collections.Generic.Queue`1';
const GENERIC_STACK = 'System.Collections.Generic.Stack`1';

const NON_GENERIC: Record<string, string> = { 'system.collections.arraylist': ARRAY_LIST, 'system.collections.queue': QUEUE, 'system.collections.stack': STACK };
const GENERIC: Record<string, string> = { list: GENERIC_LIST, hashset: HASH_SET, queue: GENERIC_QUEUE, stack: GENERIC_STACK };

/** The collection type a (resolved) type name names: its kind and, for the generic ones, T. */
export function listTypeOf(fullName: string): { kind: string; element?: string } | undefined {
  const plain = NON_GENERIC[fullName.toLowerCase()];
  if (plain) return { kind: plain };
  const m = /^System\.Collections\.Generic\.(List|HashSet|Queue|Stack)(?:`1)?\[(.+)\]$/i.exec(fullName);
  return m ? { kind: GENERIC[m[1]!.toLowerCase()]!, element: m[2]! } : undefined;
}

export function makeList(kind: string, element: string | undefined, items: unknown[]): PsArray {
  const list: PsArray = [...items];
  list[LIST_TYPE] = kind;
  if (element) list[ELEMENT_TYPE] = element;
  return list;
}

/** `::new()`, `::new(capacity)` or `::new(collection)`, and New-Object with -ArgumentList. */
export function newList(type: { kind: string; element?: string }, args: unknown[]): PsArray {
  const from = args.length === 1 && Array.isArray(args[0]) ? args[0] : [];
  let items = from.map((v) => (type.element ? convertTo(v, type.element) : v));
  // A stack built from a collection pushes its items in order, so the last is on top.
  if (type.kind === STACK || type.kind === GENERIC_STACK) items = items.reverse();
  if (type.kind === HASH_SET) items = items.filter((v, i) => items.findIndex((w) => sameElement(v, w)) === i);
  return makeList(type.kind, type.element && (resolveTypeName(type.element) ?? type.element), items);
}

/** HashSet[T]'s equality: .NET's default comparer, so case-sensitive and of the same type. */
export function sameElement(a: unknown, b: unknown): boolean {
  return typeof a === typeof b && psEquals(a, b, true);
}

const emptyError = (what: string) => RuntimeError.of('System.Management.Automation.MethodInvocationException', `Exception calling "${what === 'Queue' ? 'Dequeue' : 'Pop'}" with "0" argument(s): "${what} empty."`, 'InvalidOperationException', 'NotSpecified');

/**
 * Queue (Enqueue, Dequeue, Peek), Stack (Push, Pop, Peek) and HashSet[T] (Add and Remove telling
 * whether they changed it, UnionWith, IntersectWith, ExceptWith); undefined for other methods,
 * which are the list's or the array's.
 */
export function collectionMethod(c: PsArray, lower: string, args: unknown[], item: (v: unknown) => unknown): { result: unknown } | undefined {
  const kind = c[LIST_TYPE];
  if (kind === QUEUE || kind === STACK || kind === GENERIC_QUEUE || kind === GENERIC_STACK) {
    const queue = kind === QUEUE || kind === GENERIC_QUEUE;
    switch (lower) {
      case 'enqueue': if (!queue) return undefined; c.push(item(args[0])); return { result: undefined };
      case 'push': if (queue) return undefined; c.unshift(item(args[0])); return { result: undefined };
      case 'dequeue': case 'pop':
        if ((lower === 'dequeue') !== queue) return undefined;
        if (c.length === 0) throw emptyError(queue ? 'Queue' : 'Stack');
        return { result: c.shift() };
      case 'peek':
        if (c.length === 0) throw emptyError(queue ? 'Queue' : 'Stack');
        return { result: c[0] };
    }
    return undefined;
  }
  if (kind !== HASH_SET) return undefined;
  const has = (v: unknown) => c.some((x) => sameElement(x, v));
  const others = () => (Array.isArray(args[0]) ? args[0] : [args[0]]).map(item);
  switch (lower) {
    case 'add': { const v = item(args[0]); if (has(v)) return { result: false }; c.push(v); return { result: true }; }
    case 'remove': { const i = c.findIndex((x) => sameElement(x, item(args[0]))); if (i >= 0) c.splice(i, 1); return { result: i >= 0 }; }
    case 'contains': return { result: has(item(args[0])) };
    case 'unionwith': for (const v of others()) if (!has(v)) c.push(v); return { result: undefined };
    case 'intersectwith': { const keep = others(); const kept = c.filter((x) => keep.some((k) => sameElement(x, k))); c.length = 0; c.push(...kept); return { result: undefined }; }
    case 'exceptwith': { const drop = others(); const kept = c.filter((x) => !drop.some((k) => sameElement(x, k))); c.length = 0; c.push(...kept); return { result: undefined }; }
  }
  return undefined;
}

/**
 * Collections whose elements are found by name as well as by position: a match's groups
 * (`$m.Groups['year']`) and an object's properties (`$o.psobject.Properties['n']`).
 */
const GROUP_COLLECTION = 'System.Text.RegularExpressions.GroupCollection';
const NAMED_COLLECTIONS = new Set([GROUP_COLLECTION, 'System.Management.Automation.PSMemberInfoIntegratingCollection`1']);

/** `c['name']` on such a collection: the element of that Name, or null; undefined for others. */
export function elementByName(c: unknown[], index: string): unknown {
  if (!NAMED_COLLECTIONS.has((c as PsArray)[LIST_TYPE] ?? '') || /^\s*-?\d+\s*$/.test(index)) return undefined;
  const key = index.toLowerCase();
  const found = c.find((e) => e instanceof PsObject && String(e.get('Name')?.value).toLowerCase() === key);
  if (found) return found;
  return (c as PsArray)[LIST_TYPE] === GROUP_COLLECTION ? missingGroup() : null;
}
