/** Write-Warning, Write-Verbose, Write-Debug and Write-Information: the other output streams. */
import { toStr } from '../runtime/conversion.js';
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { defineCmdlet, OBJECT, STRING } from './define.js';

function messageCmdlet(name: string, synopsis: string, write: (ctx: CmdletContext, message: string) => void) {
  return defineCmdlet({
    name,
    parameters: [{ name: 'Message', type: STRING, position: 0, mandatory: true, valueFromPipeline: true, aliases: ['Msg'], allowEmptyString: true }],
    help: { synopsis },
  }, () => ({
    process(ctx, input, hasInput) { write(ctx, toStr(hasInput ? input : ctx.get('Message'))); },
  }));
}

export const writeWarning = messageCmdlet('Write-Warning', 'Writes a warning message.', (ctx, m) => ctx.writeWarning(m));
export const writeVerbose = messageCmdlet('Write-Verbose', 'Writes text to the verbose message stream.', (ctx, m) => ctx.writeVerbose(m));
export const writeDebug = messageCmdlet('Write-Debug', 'Writes a debug message to the console.', (ctx, m) => ctx.writeDebug(m));

export const writeInformation = defineCmdlet({
  name: 'Write-Information',
  parameters: [
    { name: 'MessageData', type: OBJECT, position: 0, mandatory: true, aliases: ['Msg', 'Message'] },
    { name: 'Tags', type: 'System.String[]', position: 1 },
  ],
  help: { synopsis: 'Specifies how PowerShell handles information stream data for a command.' },
}, () => ({
  process(ctx) { ctx.writeInformation(ctx.get('MessageData')); },
}));
