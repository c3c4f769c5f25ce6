/**
 * Property selectors shared by Select-Object, Sort-Object, Measure-Object and Group-Object: a name
 * (with wildcards), a script block, or a hashtable `@{ Name = ...; Expression = ... }` whose keys
 * may be shortened (`n`, `e`, `l` for Label, `asc`/`desc`).
 */
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { toBool, toStr } from '../runtime/conversion.js';
import { getProperty, NOT_FOUND } from '../runtime/members.js';
import { PsHashtable, PsObject, ScriptBlockValue } from '../runtime/values.js';
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';

export interface Selector {
  /** The column name the selector produces. */
  name: string;
  value(ctx: CmdletContext, item: unknown): unknown;
  descending?: boolean;
  /** Computed by a script block: pwsh keeps such a value wrapped in a PSObject. */
  computed?: boolean;
}

/** The value of a hashtable key written as any unique prefix of `names` (`e` for Expression). */
function keyOf(h: PsHashtable, names: string[]): unknown {
  for (const e of h.entries()) {
    const k = toStr(e.key).toLowerCase();
    if (names.some((n) => n.startsWith(k))) return e.value;
  }
  return undefined;
}

/** The names of an object's properties, for wildcard expansion. */
export function propertyNames(item: unknown): string[] {
  if (item instanceof PsObject) return [...item.properties.values()].map((p) => p.name);
  if (item instanceof PsHashtable) return ['Keys', 'Values', 'Count'];
  if (item !== null && typeof item === 'object' && 'propertyNames' in item && typeof (item as { propertyNames: unknown }).propertyNames === 'function') {
    return (item as { propertyNames(): string[] }).propertyNames();
  }
  if (typeof item === 'string') return ['Length'];
  return [];
}

export function propertyValue(item: unknown, name: string): unknown {
  const v = getProperty(item, name);
  return v === NOT_FOUND ? null : v;
}

/** Turns -Property arguments into selectors; wildcard names expand against `sample`. */
export function selectorsFor(spec: unknown[], sample: unknown, forSorting = false): Selector[] {
  const out: Selector[] = [];
  for (const s of spec) {
    if (s instanceof ScriptBlockValue) {
      out.push({ name: s.text, computed: true, value: (ctx, item) => { const r = ctx.invoke(s, item); return r.length === 1 ? r[0] : r.length === 0 ? null : r; } });
      continue;
    }
    if (s instanceof PsHashtable) {
      const expr = keyOf(s, forSorting ? ['expression'] : ['expression']);
      const label = keyOf(s, ['name', 'label']);
      const asc = keyOf(s, ['ascending']);
      const desc = keyOf(s, ['descending']);
      // Ascending decides when both keys are given (checked against pwsh).
      const descending = asc !== undefined ? !toBool(asc) : desc !== undefined ? toBool(desc) : undefined;
      if (expr instanceof ScriptBlockValue) {
        out.push({ name: label !== undefined ? toStr(label) : expr.text, descending, computed: true, value: (ctx, item) => { const r = ctx.invoke(expr, item); return r.length === 1 ? r[0] : r.length === 0 ? null : r; } });
      } else {
        const name = toStr(expr);
        out.push({ name: label !== undefined ? toStr(label) : name, descending, value: (_ctx, item) => propertyValue(item, name) });
      }
      continue;
    }
    const name = toStr(s);
    if (hasWildcard(name)) {
      for (const n of propertyNames(sample)) if (wildcardMatch(n, name)) out.push({ name: n, value: (_ctx, item) => propertyValue(item, n) });
      continue;
    }
    out.push({ name, value: (_ctx, item) => propertyValue(item, name) });
  }
  return out;
}
