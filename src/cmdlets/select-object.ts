/**
 * Select-Object: picks properties (names with wildcards, calculated properties), expands one, or
 * selects objects by position (-First, -Last, -Skip, -SkipLast, -Index) and uniqueness.
 * -First stops the commands before it once it has enough, as pwsh does.
 */
import { numberValue, toNumeric, toStr } from '../runtime/conversion.js';
import { psEquals } from '../runtime/operators.js';
import { PsObject, type TypedNumber } from '../runtime/values.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import { defineCmdlet, INT, OBJECT, PSOBJECT, STRING, STRING_ARRAY, SWITCH } from './define.js';
import { propertyValue, selectorsFor } from './property-selection.js';
import { typeNameOf } from '../runtime/types.js';
import type { CmdletContext } from '../commands/cmdlet-context.js';
import type { Stage } from '../runtime/stage.js';
import { keepShape } from '../runtime/keep-shape.js';

const int = (v: unknown) => numberValue(toNumeric(v, 'Int32') as number | TypedNumber);

export const selectObject = defineCmdlet({
  name: 'Select-Object',
  defaultParameterSet: 'DefaultParameter',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Property', type: OBJECT + '[]', sets: { DefaultParameter: { position: 0 }, SkipLastParameter: { position: 0 } } },
    { name: 'ExcludeProperty', type: STRING_ARRAY, sets: { DefaultParameter: {}, SkipLastParameter: {} } },
    { name: 'ExpandProperty', type: STRING, sets: { DefaultParameter: {}, SkipLastParameter: {} } },
    { name: 'Unique', type: SWITCH },
    { name: 'CaseInsensitive', type: SWITCH },
    { name: 'Last', type: INT, sets: { DefaultParameter: {} } },
    { name: 'First', type: INT, sets: { DefaultParameter: {} } },
    { name: 'Skip', type: INT, sets: { DefaultParameter: {}, SkipLastParameter: {} } },
    { name: 'SkipLast', type: INT, sets: { SkipLastParameter: {} } },
    { name: 'Wait', type: SWITCH, sets: { DefaultParameter: {}, IndexParameter: {} } },
    { name: 'Index', type: 'System.Int32[]', sets: { IndexParameter: {} } },
    { name: 'SkipIndex', type: 'System.Int32[]', sets: { SkipIndexParameter: {} } },
  ],
  help: { synopsis: 'Selects objects or object properties.' },
}, () => {
  const seen: unknown[] = [];
  const lastObjects = new LastObjects();
  let index = 0;
  let emitted = 0;
  let skipped = 0;
  // The command line's choices, read once rather than per object.
  let options: SelectOptions | undefined;
  return {
    takesInputDirectly: true,
    sink(ctx) {
      const o = options ??= selectOptions(ctx);
      const plain = !ctx.has('Property') && !ctx.has('ExcludeProperty') && !o.expand && !o.unique && !o.indexes && !o.skipIndexes;
      const last = o.last;
      if (!plain || last === undefined || o.first !== undefined || o.skip !== undefined || o.skipLast !== undefined) return undefined;
      // -Last alone: the buffer of process(), without the choices that do not apply.
      lastObjects.bound = last;
      return lastObjects;
    },
    process(ctx, input, hasInput) {
      const item = hasInput ? input : ctx.get('InputObject');
      if (item === undefined || item === null) return;
      const o = options ??= selectOptions(ctx);
      const position = index++;
      if (o.indexes && !o.indexes.includes(position)) return;
      if (o.skipIndexes && o.skipIndexes.includes(position)) return;
      // With -Last, -Skip counts from the end (pwsh skips the last objects, then takes -Last).
      if (o.skip !== undefined && o.last === undefined && skipped < o.skip) { skipped++; return; }
      const shaped = shape(ctx, item);
      if (shaped === undefined) return;
      if (o.unique) {
        if (seen.some((s) => sameObject(s, shaped, o.caseSensitive))) return;
        seen.push(shaped);
      }
      const { first, last, skipLast } = o;
      if (first === undefined && last === undefined && skipLast === undefined) { ctx.write(shaped, o.expand); return; }
      if (first !== undefined && emitted < first) {
        emitted++;
        ctx.write(shaped, o.expand);
        if (emitted === first && last === undefined) ctx.stopUpstream();
        return;
      }
      if (last !== undefined || skipLast !== undefined) {
        // -Last needs its last objects and -Skip's before them; -SkipLast needs them all.
        lastObjects.bound = skipLast === undefined ? last! + (o.skip ?? 0) : ALL;
        lastObjects.remember(shaped);
      } else if (first !== undefined && emitted >= first) ctx.stopUpstream();
    },
    end(ctx) {
      const o = options ??= selectOptions(ctx);
      const { last, skipLast } = o;
      let rest = lastObjects.inOrder();
      if (skipLast !== undefined) rest = rest.slice(0, Math.max(0, rest.length - skipLast));
      if (last !== undefined && o.skip !== undefined) rest = rest.slice(0, Math.max(0, rest.length - o.skip));
      if (last !== undefined) rest = last === 0 ? [] : rest.slice(-last);
      for (const r of rest) ctx.write(r, o.expand);
    },
  };
});

/**
 * What -Last or -SkipLast may write at the end. With -Last only the last objects can be written:
 * `1..1e7 | Select -Last 1` keeps one, not ten million, in a ring. As a stage: the work of -Last
 * alone for each object.
 */
class LastObjects implements Stage {
  /** It throws nothing: there is nothing to place. */
  readonly placesItsErrors = true;
  private readonly items: unknown[] = [];
  /** Where the next object goes once the ring is full (a count would need a division per object). */
  private next = 0;
  /** How many of the last objects to keep, or ALL. */
  bound = 0;

  accept(item: unknown): void {
    if (item !== undefined && item !== null) this.remember(item);
  }

  remember(item: unknown): void {
    const { items, bound } = this;
    // Filled by push, then written in place: a store past the end would cost V8's optimized code a deoptimization per run.
    if (bound === ALL || items.length < bound) {
      items.push(item);
    } else if (bound > 0) {
      items[this.next] = item;
      if (++this.next === bound) this.next = 0;
    }
  }

  /** The objects kept, oldest first: in a full ring, from `next` round. */
  inOrder(): unknown[] {
    const { items, next } = this;
    return next > 0 ? [...items.slice(next), ...items.slice(0, next)] : items;
  }
}

const ALL = -1;

keepShape(new LastObjects());

interface SelectOptions {
  indexes?: number[];
  skipIndexes?: number[];
  skip?: number;
  first?: number;
  last?: number;
  skipLast?: number;
  unique: boolean;
  caseSensitive: boolean;
  /** -ExpandProperty: the values written are enumerated. */
  expand: boolean;
}

function selectOptions(ctx: CmdletContext): SelectOptions {
  const optional = (name: string) => (ctx.has(name) ? int(ctx.get(name)) : undefined);
  return {
    indexes: ctx.get<number[]>('Index')?.map(int),
    skipIndexes: ctx.get<number[]>('SkipIndex')?.map(int),
    skip: optional('Skip'),
    first: optional('First'),
    last: optional('Last'),
    skipLast: optional('SkipLast'),
    unique: ctx.switch('Unique'),
    caseSensitive: !ctx.switch('CaseInsensitive'),
    expand: ctx.has('ExpandProperty'),
  };
}

/** Builds the object Select-Object writes for one input (or the expanded property). */
function shape(ctx: CmdletContext, item: unknown): unknown {
  const expand = ctx.get<string>('ExpandProperty');
  // -ExcludeProperty alone means every property but those.
  const props = ctx.get<unknown[]>('Property') ?? (ctx.has('ExcludeProperty') ? ['*'] : undefined);
  if (expand !== undefined && !props) {
    const v = propertyValue(item, toStr(expand));
    if (v === null) {
      ctx.error(`Property "${expand}" cannot be found.`, 'ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand', 'InvalidArgument', item, 'System.Management.Automation.PSArgumentException');
      return undefined;
    }
    return v;
  }
  if (!props) return item;
  const excluded = (ctx.get<string[]>('ExcludeProperty') ?? []).map((x) => toStr(x));
  const o = new PsObject([`Selected.${typeNameOf(item)}`, 'System.Management.Automation.PSCustomObject', 'System.Object']);
  for (const sel of selectorsFor(props, item)) {
    if (excluded.some((x) => wildcardMatch(sel.name, x))) continue;
    if (o.get(sel.name)) continue;
    // A calculated property that fails is null, with its error only in $Error (pwsh, even under -ErrorAction Stop).
    o.set(sel.name, sel.computed ? ctx.quietly(() => sel.value(ctx, item), () => null) : sel.value(ctx, item));
    if (sel.computed) o.get(sel.name)!.wrapped = true;
  }
  return o;
}

function sameObject(a: unknown, b: unknown, caseSensitive: boolean): boolean {
  if (a instanceof PsObject && b instanceof PsObject) {
    const pa = [...a.properties.values()];
    const pb = [...b.properties.values()];
    return pa.length === pb.length && pa.every((p, i) => p.name.toLowerCase() === pb[i]!.name.toLowerCase() && psEquals(a.value(p), b.value(pb[i]!), caseSensitive));
  }
  return psEquals(a, b, caseSensitive);
}
