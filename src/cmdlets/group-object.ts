/**
 * Group-Object: groups input by the values of properties or script blocks, in order of first
 * appearance (case-insensitive unless -CaseSensitive); -NoElement, -AsHashTable and -AsString.
 * Each group is a GroupInfo with Count, Name, Values and Group.
 */
import { toStr } from '../runtime/conversion.js';
import { compareOrAsText, psEquals } from '../runtime/operators.js';
import { PsHashtable, PsObject } from '../runtime/values.js';
import { collectInput, defineCmdlet, OBJECT, PSOBJECT, SWITCH } from './define.js';
import { selectorsFor } from './property-selection.js';

export const groupObject = defineCmdlet({
  name: 'Group-Object',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Property', type: OBJECT + '[]', position: 0 },
    { name: 'NoElement', type: SWITCH },
    { name: 'AsHashTable', type: SWITCH, aliases: ['AHT'], sets: { HashTable: { mandatory: true } } },
    { name: 'AsString', type: SWITCH, sets: { HashTable: {} } },
    { name: 'CaseSensitive', type: SWITCH },
    { name: 'Culture', type: 'System.String' },
  ],
  help: { synopsis: 'Groups objects that contain the same value for specified properties.' },
}, () => {
  const items: unknown[] = [];
  return {
    process: collectInput(items, false),
    end(ctx) {
      const cs = ctx.switch('CaseSensitive');
      const spec = ctx.get<unknown[]>('Property');
      const groups: { values: unknown[]; name: string; members: unknown[] }[] = [];
      for (const item of items) {
        const selectors = spec ? selectorsFor(spec, item) : [];
        const values = selectors.length ? selectors.map((s) => s.value(ctx, item)) : [item];
        const name = values.map((v) => toStr(v)).join(', ');
        const group = groups.find((g) => g.values.length === values.length && g.values.every((v, i) => psEquals(toStr(v), toStr(values[i]), cs)));
        if (group) group.members.push(item);
        else groups.push({ values, name, members: [item] });
      }
      // pwsh lists the groups sorted by their key.
      groups.sort((a, b) => {
        for (let i = 0; i < Math.min(a.values.length, b.values.length); i++) {
          const c = compareOrAsText(a.values[i], b.values[i], cs);
          if (c !== 0) return c;
        }
        return 0;
      });
      if (ctx.switch('AsHashTable')) {
        const h = new PsHashtable();
        for (const g of groups) h.set(ctx.switch('AsString') || g.values.length !== 1 ? g.name : g.values[0], g.members);
        ctx.write(h, false);
        return;
      }
      for (const g of groups) {
        const o = new PsObject(['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']);
        o.set('Count', g.members.length);
        o.set('Name', g.name);
        o.set('Group', ctx.switch('NoElement') ? [] : g.members);
        o.set('Values', g.values);
        ctx.write(o, false);
      }
    },
  };
});
