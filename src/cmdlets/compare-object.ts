/**
 * Compare-Object: which objects only the -ReferenceObject list has
 * (`<=`), only the -DifferenceObject list has (`=>`), and, with -IncludeEqual, both (`==`). Each
 * difference object is matched against the reference objects not yet matched; objects compare
 * as PowerShell's -eq does (case-insensitively unless -CaseSensitive), or by -Property.
 */
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { toStr } from '../runtime/conversion.js';
import { psEquals } from '../runtime/operators.js';
import { isCustomObject, PsObject } from '../runtime/values.js';
import { defineCmdlet, OBJECT_ARRAY, SWITCH } from './define.js';
import { selectorsFor, type Selector } from './property-selection.js';

export const compareObject = defineCmdlet({
  name: 'Compare-Object',
  parameters: [
    { name: 'ReferenceObject', type: 'System.Management.Automation.PSObject[]', position: 0, mandatory: true, allowEmptyCollection: true },
    { name: 'DifferenceObject', type: 'System.Management.Automation.PSObject[]', position: 1, mandatory: true, valueFromPipeline: true, allowEmptyCollection: true },
    { name: 'SyncWindow', type: 'System.Int32' },
    { name: 'Property', type: OBJECT_ARRAY },
    { name: 'ExcludeDifferent', type: SWITCH },
    { name: 'IncludeEqual', type: SWITCH },
    { name: 'PassThru', type: SWITCH },
    { name: 'Culture', type: 'System.String' },
    { name: 'CaseSensitive', type: SWITCH },
  ],
  help: { synopsis: 'Compares two sets of objects.' },
}, () => {
  const difference: unknown[] = [];
  return {
    process(ctx, input, hasInput) {
      if (hasInput) { difference.push(input); return; }
      difference.push(...(ctx.get<unknown[]>('DifferenceObject') ?? []));
    },
    end(ctx) {
      const reference = [...(ctx.get<unknown[]>('ReferenceObject') ?? [])];
      const selectors = ctx.has('Property') ? selectorsFor(ctx.get<unknown[]>('Property')!, reference[0] ?? difference[0]) : undefined;
      const caseSensitive = ctx.switch('CaseSensitive');
      const key = (o: unknown) => (selectors ? selectors.map((s) => s.value(ctx, o)) : [o]);
      const same = (a: unknown, b: unknown) => {
        const ka = key(a);
        const kb = key(b);
        return ka.every((x, i) => equal(x, kb[i], caseSensitive));
      };
      const matched = new Array<boolean>(reference.length).fill(false);
      const includeEqual = ctx.switch('IncludeEqual');
      const different = !ctx.switch('ExcludeDifferent');
      for (const d of difference) {
        const i = reference.findIndex((r, j) => !matched[j] && same(r, d));
        if (i >= 0) {
          matched[i] = true;
          if (includeEqual) emit(ctx, d, '==', selectors);
        } else if (different) {
          emit(ctx, d, '=>', selectors);
        }
      }
      if (different) reference.forEach((r, j) => { if (!matched[j]) emit(ctx, r, '<=', selectors); });
    },
  };
});

/** -eq, falling back to the objects' text (two PSCustomObjects are equal when they print alike). */
function equal(a: unknown, b: unknown, caseSensitive: boolean): boolean {
  if (isCustomObject(a) || isCustomObject(b)) return caseSensitive ? toStr(a) === toStr(b) : toStr(a).toLowerCase() === toStr(b).toLowerCase();
  return psEquals(a, b, caseSensitive);
}

function emit(ctx: CmdletContext, item: unknown, side: string, selectors: Selector[] | undefined) {
  if (ctx.switch('PassThru')) {
    if (item instanceof PsObject) item.set('SideIndicator', side);
    ctx.write(item, false);
    return;
  }
  const o = new PsObject();
  if (selectors) for (const s of selectors) o.set(s.name, s.value(ctx, item));
  else o.set('InputObject', item);
  o.set('SideIndicator', side);
  ctx.write(o, false);
}


