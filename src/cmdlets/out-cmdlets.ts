/** Out-Null, Out-String and Out-Default: the end of a pipeline. */
import { numberValue, toNumeric } from '../runtime/conversion.js';
import { formatToString } from '../formatting/out-default.js';
import { collectInput, defineCmdlet, INT, PSOBJECT, SWITCH } from './define.js';
import type { TypedNumber } from '../runtime/values.js';

export const outNull = defineCmdlet({
  name: 'Out-Null',
  module: 'Microsoft.PowerShell.Core',
  parameters: [{ name: 'InputObject', type: PSOBJECT, valueFromPipeline: true }],
  help: { synopsis: 'Hides the output instead of sending it down the pipeline or displaying it.' },
}, () => ({}));

export const outString = defineCmdlet({
  name: 'Out-String',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Width', type: INT },
    { name: 'Stream', type: SWITCH },
    { name: 'NoNewline', type: SWITCH },
  ],
  help: { synopsis: 'Outputs input objects as a string.' },
}, () => {
  const items: unknown[] = [];
  return {
    process: collectInput(items, true),
    end(ctx) {
      const width = ctx.has('Width') ? numberValue(toNumeric(ctx.get('Width'), 'Int32') as number | TypedNumber) : ctx.hostWidth;
      const text = formatToString(items, width, ctx.has('Width'));
      if (ctx.switch('Stream')) {
        for (const line of text.replace(/\n$/, '').split('\n')) ctx.write(line, false);
        return;
      }
      ctx.write(ctx.switch('NoNewline') ? text.replace(/\n/g, '') : text, false);
    },
  };
});

export const outDefault = defineCmdlet({
  name: 'Out-Default',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Transcript', type: SWITCH },
  ],
  help: { synopsis: 'Sends the output to the default formatter and to the default output cmdlet.' },
}, () => ({
  process(ctx, input, hasInput) { ctx.writeHostObject(hasInput ? input : ctx.get('InputObject')); },
}));
