/**
 * Format-Table and Format-List: choose the view and the properties for their input; Out-Default
 * and Out-String draw it. Each invocation makes one table or one run of list entries, as in pwsh.
 * Properties may be names, wildcards, script blocks or calculated properties
 * (`@{Name=..; Expression={..}}`); they are evaluated here, where script blocks can run, and the
 * formatter receives plain rows.
 */
import { FormatDirective } from '../formatting/format-directive.js';
import { toStr } from '../runtime/conversion.js';
import { PsHashtable, PsObject, TypedNumber } from '../runtime/values.js';
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { defineCmdlet, OBJECT, OBJECT_ARRAY, PSOBJECT, SWITCH } from './define.js';
import { propertyNames, selectorsFor, type Selector } from './property-selection.js';

/** Values that have properties to pick from (not strings, numbers or booleans). */
const hasProperties = (v: unknown) => typeof v === 'object' && v !== null && !(v instanceof TypedNumber);

function formatCmdlet(name: 'Format-Table' | 'Format-List', view: 'table' | 'list', synopsis: string, extra: Array<{ name: string; type: string }>) {
  return defineCmdlet({
    name,
    parameters: [
      { name: 'Property', type: OBJECT_ARRAY, position: 0 },
      { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
      ...extra,
    ],
    help: { synopsis },
  }, () => {
    const group = {};
    // A table's columns come from its first object; a list resolves wildcards for each object.
    let tableSelectors: Selector[] | undefined;
    const formatOne = (ctx: CmdletContext, value: unknown) => {
      const spec = ctx.get<unknown[]>('Property');
      // -GroupBy: a new group (its own heading and table) where the value changes.
      const groupBy = ctx.get<unknown>('GroupBy');
      const groupSelector = groupBy !== undefined && hasProperties(value) ? selectorsFor([groupBy], value)[0] : undefined;
      const groupLabel = groupSelector ? `${groupSelector.name}: ${toStr(groupSelector.value(ctx, value))}` : undefined;
      const options = { hideHeaders: ctx.switch('HideTableHeaders'), wrap: ctx.switch('Wrap'), autoSize: ctx.switch('AutoSize'), groupLabel };
      if (!spec || !hasProperties(value)) {
        ctx.write(new FormatDirective(group, view, undefined, value, options), false);
        return;
      }
      const selectors = view === 'table' ? (tableSelectors ??= selectorsFor(spec, value)) : selectorsFor(spec, value);
      const row = new PsObject(['System.Management.Automation.PSCustomObject', 'System.Object']);
      for (const s of selectors) row.set(s.name, s.value(ctx, value));
      ctx.write(new FormatDirective(group, view, selectors.map((s) => s.name), row, options), false);
    };
    return {
      process(ctx, input, hasInput) {
        const value = hasInput ? input : ctx.get('InputObject');
        if (value === undefined) return;
        // Named properties of a hashtable are those of its entries (Name, Key, Value), as in pwsh.
        if (ctx.has('Property') && value instanceof PsHashtable) {
          for (const e of value.entries()) formatOne(ctx, dictionaryEntry(e.key, e.value));
          return;
        }
        formatOne(ctx, value);
      },
    };
  });
}

export const formatTable = formatCmdlet('Format-Table', 'table', 'Formats the output as a table.',
  [{ name: 'AutoSize', type: SWITCH }, { name: 'HideTableHeaders', type: SWITCH }, { name: 'Wrap', type: SWITCH }, { name: 'GroupBy', type: OBJECT }]);
export const formatList = formatCmdlet('Format-List', 'list', 'Formats the output as a list of properties in which each property appears on a new line.', [{ name: 'GroupBy', type: OBJECT }]);

export const formatWide = defineCmdlet({
  name: 'Format-Wide',
  parameters: [
    { name: 'Property', type: OBJECT, position: 0 },
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'AutoSize', type: SWITCH },
    { name: 'Column', type: 'System.Int32', validations: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
  ],
  help: { synopsis: 'Formats objects as a wide table that displays only one property of each object.' },
}, () => {
  const group = {};
  return {
    process(ctx, input, hasInput) {
      const value = hasInput ? input : ctx.get('InputObject');
      if (value === undefined) return;
      // Strings and numbers are not laid out: they print one per line, as in pwsh.
      if (!hasProperties(value)) { ctx.write(value, false); return; }
      const spec = ctx.get<unknown>('Property');
      const selector = spec !== undefined ? selectorsFor([spec], value)[0] : selectorsFor([propertyNames(value)[0] ?? ''], value)[0];
      const shown = selector ? selector.value(ctx, value) : value;
      ctx.write(new FormatDirective(group, 'wide', undefined, shown, { columns: ctx.has('Column') ? Number(ctx.get('Column')) : undefined, autoSize: ctx.switch('AutoSize') }), false);
    },
  };
});

function dictionaryEntry(key: unknown, value: unknown): PsObject {
  const o = new PsObject(['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object']);
  o.set('Name', key);
  o.set('Key', key);
  o.set('Value', value);
  return o;
}
