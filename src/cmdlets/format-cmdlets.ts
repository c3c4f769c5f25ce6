/**
 * Format-Table and Format-List: choose the view (and optionally the properties, wildcards
 * allowed) for their input; Out-Default / Out-String draw it. Each invocation makes one table or
 * one run of list entries, as in pwsh.
 */
import { FormatDirective } from '../formatting/format-directive.js';
import { defineCmdlet, OBJECT_ARRAY, PSOBJECT } from './define.js';

function formatCmdlet(name: 'Format-Table' | 'Format-List', view: 'table' | 'list', synopsis: string) {
  return defineCmdlet({
    name,
    parameters: [
      { name: 'Property', type: OBJECT_ARRAY, position: 0 },
      { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    ],
    help: { synopsis },
  }, () => {
    const group = {};
    return {
      process(ctx, input, hasInput) {
        const value = hasInput ? input : ctx.get('InputObject');
        if (value === undefined) return;
        const props = ctx.get<unknown[]>('Property')?.map((p) => String(p));
        ctx.write(new FormatDirective(group, view, props, value), false);
      },
    };
  });
}

export const formatTable = formatCmdlet('Format-Table', 'table', 'Formats the output as a table.');
export const formatList = formatCmdlet('Format-List', 'list', 'Formats the output as a list of properties in which each property appears on a new line.');
