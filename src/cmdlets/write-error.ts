/**
 * Write-Error: writes a non-terminating error. Like pwsh, the error is reported at the function
 * that called Write-Error, and its id is `<ErrorId>,<function or script name>`.
 */
import { toStr } from '../runtime/conversion.js';
import { PsErrorRecord, PsException, type ErrorCategory } from '../runtime/values.js';
import { defineCmdlet, OBJECT, STRING } from './define.js';

const WRITE_ERROR_EXCEPTION = 'Microsoft.PowerShell.Commands.WriteErrorException';

export const writeError = defineCmdlet({
  name: 'Write-Error',
  defaultParameterSet: 'NoException',
  parameters: [
    { name: 'Message', type: STRING, aliases: ['Msg'], allowNull: true, allowEmptyString: true, sets: { NoException: { position: 0, mandatory: true, valueFromPipeline: true }, WithException: {} } },
    { name: 'Exception', type: 'System.Exception', sets: { WithException: { mandatory: true } } },
    { name: 'ErrorRecord', type: 'System.Management.Automation.ErrorRecord', sets: { ErrorRecord: { mandatory: true } } },
    { name: 'Category', type: 'System.Management.Automation.ErrorCategory', sets: { NoException: {}, WithException: {} } },
    { name: 'ErrorId', type: STRING, sets: { NoException: {}, WithException: {} } },
    { name: 'TargetObject', type: OBJECT, sets: { NoException: {}, WithException: {} } },
    { name: 'RecommendedAction', type: STRING },
    { name: 'CategoryActivity', type: STRING, aliases: ['Activity'] },
    { name: 'CategoryReason', type: STRING, aliases: ['Reason'] },
    { name: 'CategoryTargetName', type: STRING, aliases: ['TargetName'] },
    { name: 'CategoryTargetType', type: STRING, aliases: ['TargetType'] },
  ],
  help: { synopsis: 'Writes an object to the error stream.' },
}, () => ({
  process(ctx, input, hasInput) {
    const existing = ctx.get<unknown>('ErrorRecord');
    if (existing instanceof PsErrorRecord) { ctx.writeScriptError(existing); return; }
    const exception = ctx.get<unknown>('Exception');
    const message = hasInput ? toStr(input) : exception instanceof PsException ? exception.message : toStr(ctx.get('Message'));
    const errorId = ctx.has('ErrorId') ? toStr(ctx.get('ErrorId')) : WRITE_ERROR_EXCEPTION;
    const category = (ctx.has('Category') ? toStr(ctx.get('Category')) : 'NotSpecified') as ErrorCategory;
    const record = new PsErrorRecord(
      exception instanceof PsException ? exception : new PsException(WRITE_ERROR_EXCEPTION, message),
      errorId, category, ctx.get('TargetObject') ?? null, undefined, undefined,
    );
    ctx.writeScriptError(record);
  },
}));
