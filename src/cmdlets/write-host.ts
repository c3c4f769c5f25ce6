/** Write-Host: writes text straight to the host, joined by -Separator, in colour on a terminal. */
import { toStr } from '../runtime/conversion.js';
import { paintConsoleColors } from '../formatting/colour.js';
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
    const text = value === undefined ? '' : flatten(value, separator);
    const colored = ctx.host.color && (ctx.has('ForegroundColor') || ctx.has('BackgroundColor'))
      ? paintConsoleColors(text, ctx.has('ForegroundColor') ? toStr(ctx.get('ForegroundColor')) : undefined, ctx.has('BackgroundColor') ? toStr(ctx.get('BackgroundColor')) : undefined)
      : text;
    ctx.writeHost(colored, !ctx.switch('NoNewline'));
  },
}));
