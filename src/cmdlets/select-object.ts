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
  const lastBuffer: unknown[] = [];
  let index = 0;
  let emitted = 0;
  let skipped = 0;
  return {
    process(ctx, input, hasInput) {
      const item = hasInput ? input : ctx.get('InputObject');
      if (item === undefined || item === null) return;
      const position = index++;
      const indexes = ctx.get<number[]>('Index');
      if (indexes && !indexes.map(int).includes(position)) return;
      const skipIndexes = ctx.get<number[]>('SkipIndex');
      if (skipIndexes && skipIndexes.map(int).includes(position)) return;
      // With -Last, -Skip counts from the end (pwsh skips the last objects, then takes -Last).
      if (ctx.has('Skip') && !ctx.has('Last') && skipped < int(ctx.get('Skip'))) { skipped++; return; }
      const shaped = shape(ctx, item);
      if (shaped === undefined) return;
      if (ctx.switch('Unique')) {
        const cs = !ctx.switch('CaseInsensitive');
        if (seen.some((s) => sameObject(s, shaped, cs))) return;
        seen.push(shaped);
      }
      const first = ctx.has('First') ? int(ctx.get('First')) : undefined;
      const last = ctx.has('Last') ? int(ctx.get('Last')) : undefined;
      const skipLast = ctx.has('SkipLast') ? int(ctx.get('SkipLast')) : undefined;
      if (first === undefined && last === undefined && skipLast === undefined) { ctx.write(shaped, ctx.has('ExpandProperty')); return; }
      if (first !== undefined && emitted < first) {
        emitted++;
        ctx.write(shaped, ctx.has('ExpandProperty'));
        if (emitted === first && last === undefined) ctx.stopUpstream();
        return;
      }
      if (last !== undefined || skipLast !== undefined) lastBuffer.push(shaped);
      else if (first !== undefined && emitted >= first) ctx.stopUpstream();
    },
    end(ctx) {
      const last = ctx.has('Last') ? int(ctx.get('Last')) : undefined;
      const skipLast = ctx.has('SkipLast') ? int(ctx.get('SkipLast')) : undefined;
      let rest = lastBuffer;
      if (skipLast !== undefined) rest = rest.slice(0, Math.max(0, rest.length - skipLast));
      if (last !== undefined && ctx.has('Skip')) rest = rest.slice(0, Math.max(0, rest.length - int(ctx.get('Skip'))));
      if (last !== undefined) rest = last === 0 ? [] : rest.slice(-last);
      for (const r of rest) ctx.write(r, ctx.has('ExpandProperty'));
    },
  };
});

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
    o.set(sel.name, sel.value(ctx, item));
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
