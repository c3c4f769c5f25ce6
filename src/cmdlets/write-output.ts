/** Write-Output: sends objects down the pipeline (arrays enumerated unless -NoEnumerate). */
import { defineCmdlet, PSOBJECT, SWITCH } from './define.js';

export const writeOutput = defineCmdlet({
  name: 'Write-Output',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, position: 0, mandatory: true, valueFromPipeline: true, valueFromRemainingArguments: true, allowNull: true, allowEmptyCollection: true },
    { name: 'NoEnumerate', type: SWITCH },
  ],
  help: { synopsis: 'Writes the specified objects to the pipeline.' },
}, () => ({
  process(ctx, input, hasInput) {
    const noEnumerate = ctx.switch('NoEnumerate');
    if (hasInput) { ctx.write(input, false); return; }
    const value = ctx.get<unknown[]>('InputObject');
    if (value === undefined) return;
    // Arguments arrive as an array (remaining arguments); one argument is written as itself.
    const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
    ctx.write(single, !noEnumerate);
  },
}));
