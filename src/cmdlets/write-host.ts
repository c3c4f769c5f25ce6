/** Write-Host: writes text straight to the host, joined by -Separator. */
import { toStr } from '../runtime/conversion.js';
import { defineCmdlet, OBJECT, SWITCH } from './define.js';

const COLORS = 'System.ConsoleColor';

function flatten(v: unknown, separator: string): string {
  if (Array.isArray(v)) return v.map((x) => flatten(x, separator)).join(separator);
  return toStr(v);
}

export const writeHost = defineCmdlet({
  name: 'Write-Host',
  parameters: [
    { name: 'Object', type: OBJECT, position: 0, valueFromPipeline: true, valueFromRemainingArguments: true },
    { name: 'NoNewline', type: SWITCH },
    { name: 'Separator', type: OBJECT },
    { name: 'ForegroundColor', type: COLORS },
    { name: 'BackgroundColor', type: COLORS },
  ],
  help: { synopsis: 'Writes customized output to a host.' },
}, () => ({
  process(ctx, input, hasInput) {
    const separator = ctx.has('Separator') ? toStr(ctx.get('Separator')) : ' ';
    let value = hasInput ? input : ctx.get('Object');
    if (!hasInput && Array.isArray(value) && value.length === 1) value = value[0];
    ctx.writeHost(value === undefined ? '' : flatten(value, separator), !ctx.switch('NoNewline'));
  },
}));
