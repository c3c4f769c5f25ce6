/** Write-Warning, Write-Verbose, Write-Debug, Write-Information and Write-Progress: the other output streams. */
import { toStr } from '../runtime/conversion.js';
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { PendingProgress } from '../formatting/progress-view.js';
import { defineCmdlet, INT, OBJECT, STRING, SWITCH } from './define.js';

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

/** The session's pending activities, drawn by the host when its output is a terminal. */
export function pendingProgressOf(shared: Map<string, unknown>): PendingProgress {
  let p = shared.get('progress') as PendingProgress | undefined;
  if (!p) shared.set('progress', (p = new PendingProgress()));
  return p;
}

export const writeProgress = defineCmdlet({
  name: 'Write-Progress',
  parameters: [
    { name: 'Activity', type: STRING, position: 0 },
    { name: 'Status', type: STRING, position: 1, validations: [{ kind: 'ValidateNotNullOrEmpty' }] },
    { name: 'Id', type: INT, position: 2, validations: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }] },
    { name: 'PercentComplete', type: INT, validations: [{ kind: 'ValidateRange', min: -1, max: 100 }] },
    { name: 'SecondsRemaining', type: INT },
    { name: 'CurrentOperation', type: STRING },
    { name: 'ParentId', type: INT, validations: [{ kind: 'ValidateRange', min: -1, max: 2147483647 }] },
    { name: 'Completed', type: SWITCH },
    { name: 'SourceId', type: INT },
  ],
  help: { synopsis: 'Displays a progress bar within a PowerShell command window.' },
}, () => ({
  process(ctx) {
    const activity = ctx.get<string>('Activity') ?? '';
    const completed = ctx.switch('Completed');
    if (activity === '' && !completed) {
      throw ctx.terminatingError('Missing value for mandatory parameter. (Parameter \'Activity\')', 'MissingActivity', 'InvalidArgument', activity, 'System.ArgumentException');
    }
    const preference = toStr(ctx.getVariable('ProgressPreference')).toLowerCase();
    if (preference === 'silentlycontinue' || preference === 'ignore') return;
    const lines = pendingProgressOf(ctx.session).update({
      id: ctx.get<number>('Id') ?? 0,
      parentId: ctx.get<number>('ParentId') ?? -1,
      activity,
      status: ctx.get<string>('Status') ?? 'Processing',
      percentComplete: ctx.get<number>('PercentComplete') ?? -1,
      secondsRemaining: ctx.get<number>('SecondsRemaining') ?? -1,
      currentOperation: ctx.get<string>('CurrentOperation'),
      completed,
    }, ctx.hostWidth);
    ctx.host.showProgress?.(lines);
  },
}));
