/**
 * Sort-Object: a stable sort by properties, script blocks or `@{ Expression; Descending }`
 * hashtables, case-insensitive unless -CaseSensitive; -Unique drops equal neighbours.
 */
import { isNumeric, toStr } from '../runtime/conversion.js';
import { compareOrAsText, psEquals } from '../runtime/operators.js';
import { collectInput, defineCmdlet, OBJECT, PSOBJECT, SWITCH } from './define.js';
import { selectorsFor, type Selector } from './property-selection.js';

function compareValues(a: unknown, b: unknown, caseSensitive: boolean): number {
  // $null sorts first, except beside numbers where it counts as 0; values of different kinds
  // compare as strings, as pwsh falls back to.
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : isNumeric(b) ? -compareValues(b, 0, caseSensitive) : -1;
  if (b === null || b === undefined) return isNumeric(a) ? compareValues(a, 0, caseSensitive) : 1;
  return compareOrAsText(a, b, caseSensitive);
}

export const sortObject = defineCmdlet({
  name: 'Sort-Object',
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Property', type: OBJECT + '[]', position: 0 },
    { name: 'Descending', type: SWITCH },
    { name: 'Unique', type: SWITCH },
    { name: 'CaseSensitive', type: SWITCH },
    { name: 'Stable', type: SWITCH },
    { name: 'Top', type: 'System.Int32', sets: { Top: { mandatory: true } } },
    { name: 'Bottom', type: 'System.Int32', sets: { Bottom: { mandatory: true } } },
  ],
  help: { synopsis: 'Sorts objects by property values.' },
}, () => {
  const items: unknown[] = [];
  return {
    process: collectInput(items, true),
    end(ctx) {
      const cs = ctx.switch('CaseSensitive');
      const descending = ctx.switch('Descending');
      const spec = ctx.get<unknown[]>('Property');
      const selectors: Selector[] = spec ? selectorsFor(spec, items[0], true) : [{ name: '', value: (_c, item) => item }];
      // A calculated key that fails is null, and the object gets Sort-Object's own error (pwsh).
      const key = (s: Selector, item: unknown) => (s.computed ? ctx.quietly(() => s.value(ctx, item), (inner) => {
        ctx.errorFrom(inner, 'ExpressionEvaluation', 'InvalidResult', item);
        return null;
      }) : s.value(ctx, item));
      const keyed = items.map((item, i) => ({ item, i, keys: selectors.map((s) => key(s, item)) }));
      keyed.sort((x, y) => {
        for (let k = 0; k < selectors.length; k++) {
          const c = compareValues(x.keys[k], y.keys[k], cs);
          if (c !== 0) return (selectors[k]!.descending ?? descending) ? -c : c;
        }
        return x.i - y.i;
      });
      let out = keyed;
      if (ctx.switch('Unique')) {
        out = keyed.filter((k, idx) => idx === 0 || !k.keys.every((v, j) => psEquals(v, keyed[idx - 1]!.keys[j], cs) && toStr(v) !== '' || (v === null && keyed[idx - 1]!.keys[j] === null)));
      }
      const top = ctx.has('Top') ? Number(ctx.get('Top')) : undefined;
      const bottom = ctx.has('Bottom') ? Number(ctx.get('Bottom')) : undefined;
      if (top !== undefined) out = out.slice(0, top);
      if (bottom !== undefined) out = out.slice(-bottom);
      for (const k of out) ctx.write(k.item, false);
    },
  };
});
