/**
 * Join-String: joins input objects (or a property of them) into one string, with a separator
 * (`$OFS` when none is given), quoting or a format per item, and an output prefix and suffix.
 */
import { toStr } from '../runtime/conversion.js';
import { formatValue } from '../runtime/format-operator.js';
import { defineCmdlet, PSOBJECT, STRING, SWITCH } from './define.js';
import { selectorsFor } from './property-selection.js';

export const joinString = defineCmdlet({
  name: 'Join-String',
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'Property', type: 'Microsoft.PowerShell.Commands.PSPropertyExpression', position: 0 },
    { name: 'Separator', type: STRING, position: 1, aliases: ['Delimiter'], allowNull: true },
    { name: 'OutputPrefix', type: STRING, aliases: ['op'] },
    { name: 'OutputSuffix', type: STRING, aliases: ['os'] },
    { name: 'SingleQuote', type: SWITCH, sets: { SingleQuote: {} } },
    { name: 'DoubleQuote', type: SWITCH, sets: { DoubleQuote: {} } },
    { name: 'FormatString', type: STRING, aliases: ['Format'], sets: { Format: {} } },
    { name: 'UseCulture', type: SWITCH },
    { name: 'InputObject', type: PSOBJECT + '[]', valueFromPipeline: true },
  ],
  help: { synopsis: 'Combines objects from the pipeline into a single string.' },
}, () => {
  const parts: string[] = [];
  return {
    process(ctx, input, hasInput) {
      const items = hasInput ? [input] : ctx.get<unknown[]>('InputObject') ?? [];
      for (const item of items) {
        let value: unknown = item;
        if (ctx.has('Property')) value = selectorsFor([ctx.get('Property')], item)[0]?.value(ctx, item) ?? null;
        let text = toStr(value);
        if (ctx.switch('SingleQuote')) text = `'${text}'`;
        else if (ctx.switch('DoubleQuote')) text = `"${text}"`;
        else if (ctx.has('FormatString')) text = formatValue(toStr(ctx.get('FormatString')), [value]);
        parts.push(text);
      }
    },
    end(ctx) {
      const ofs = ctx.getVariable('OFS');
      const separator = ctx.has('Separator') ? toStr(ctx.get('Separator')) : ofs === undefined || ofs === null ? '' : toStr(ofs);
      ctx.write(`${ctx.has('OutputPrefix') ? toStr(ctx.get('OutputPrefix')) : ''}${parts.join(separator)}${ctx.has('OutputSuffix') ? toStr(ctx.get('OutputSuffix')) : ''}`, false);
    },
  };
});
