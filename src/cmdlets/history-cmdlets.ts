/**
 * The session history: Get-History (h, history, ghy), Invoke-History (r, ihy), Add-History (ahy)
 * and Clear-History (clhy), over the entries the prompt records (src/runtime/history.ts).
 */
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { toStr } from '../runtime/conversion.js';
import { getProperty, NOT_FOUND } from '../runtime/members.js';
import { historyInfo, historyOf, type HistoryEntry } from '../runtime/history.js';
import { PsDateTime } from '../runtime/values.js';
import { defineCmdlet, INT, STRING, STRING_ARRAY, SWITCH } from './define.js';

const LONG_ARRAY = 'System.Int64[]';

export const getHistory = defineCmdlet({
  name: 'Get-History',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Id', type: LONG_ARRAY, position: 0, valueFromPipeline: true },
    { name: 'Count', type: INT, position: 1, validations: [{ kind: 'ValidateRange', min: 0, max: 32767 }] },
  ],
  help: { synopsis: 'Gets a list of the commands entered during the current session.' },
}, () => ({
  process(ctx, input, hasInput) {
    const history = historyOf(ctx.session);
    const ids = hasInput ? [input] : ctx.get<unknown[]>('Id');
    if (ids) {
      if (ids.length > 1 && ctx.has('Count')) {
        ctx.error('The count cannot be combined with multiple Ids.', 'GetHistoryNoCountWithMultipleIds', 'InvalidArgument', ctx.get('Count'), 'System.ArgumentException');
        return;
      }
      for (const raw of ids) {
        const id = Number(toStr(raw));
        const index = history.entries.findIndex((e) => e.id === id);
        if (index < 0) {
          ctx.error(`Cannot locate the history for Id ${id}.`, 'GetHistoryNoHistoryForId', 'ObjectNotFound', id, 'System.ArgumentException');
          continue;
        }
        // With -Count, the entries that end at this Id.
        const count = ctx.has('Count') ? Number(ctx.get('Count')) : 1;
        for (const e of history.entries.slice(Math.max(0, index - count + 1), index + 1)) ctx.write(historyInfo(e), false);
      }
      return;
    }
    const count = ctx.has('Count') ? Number(ctx.get('Count')) : history.entries.length;
    for (const e of history.entries.slice(Math.max(0, history.entries.length - count))) ctx.write(historyInfo(e), false);
  },
}));

export const invokeHistory = defineCmdlet({
  name: 'Invoke-History',
  module: 'Microsoft.PowerShell.Core',
  supportsShouldProcess: true,
  parameters: [{ name: 'Id', type: STRING, position: 0, valueFromPipelineByPropertyName: true }],
  help: { synopsis: 'Runs commands from the session history.' },
}, () => ({
  process(ctx) {
    const history = historyOf(ctx.session);
    const entry = findEntry(ctx, history.entries);
    if (!entry) return;
    if (!ctx.shouldProcess(entry.commandLine, 'Invoke-History')) return;
    // The entry the prompt adds for `r` records the command that ran, as pwsh's does.
    history.replacement = entry.commandLine;
    ctx.writeHost(entry.commandLine, true);
    ctx.invokeToPipeline(ctx.createScriptBlock(entry.commandLine), undefined);
  },
}));

/** The entry -Id names: a number, else the most recent command line that starts with the text. */
function findEntry(ctx: CmdletContext, entries: HistoryEntry[]): HistoryEntry | undefined {
  const id = ctx.get<string>('Id');
  if (id === undefined || id === null) {
    const last = entries.at(-1);
    if (!last) ctx.error('Cannot locate most recent history.', 'InvokeHistoryNoLastHistoryEntryFound', 'InvalidOperation', null, 'System.InvalidOperationException');
    return last;
  }
  const text = toStr(id);
  if (/^-?\d+$/.test(text)) {
    const n = Number(text);
    if (n <= 0) {
      ctx.error(`The identifier ${n} is not a valid value for a History identifier. Specify a positive number, and then try again.`, 'InvokeHistoryInvalidIdGetHistory', 'InvalidArgument', n, 'System.ArgumentOutOfRangeException');
      return undefined;
    }
    const e = entries.find((x) => x.id === n);
    if (!e) ctx.error(`Cannot locate the history for Id ${n}.`, 'InvokeHistoryNoHistoryForId', 'ObjectNotFound', n, 'System.ArgumentException');
    return e;
  }
  const e = [...entries].reverse().find((x) => x.commandLine.toLowerCase().startsWith(text.toLowerCase()));
  if (!e) ctx.error(`Cannot locate the history for command line ${text}.`, 'InvokeHistoryNoHistoryForCommandline', 'ObjectNotFound', text, 'System.ArgumentException');
  return e;
}

export const addHistory = defineCmdlet({
  name: 'Add-History',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject[]', position: 0, valueFromPipeline: true },
    { name: 'Passthru', type: SWITCH },
  ],
  help: { synopsis: 'Adds entries to the session history.' },
}, () => ({
  process(ctx, input, hasInput) {
    const history = historyOf(ctx.session);
    for (const item of hasInput ? [input] : ctx.get<unknown[]>('InputObject') ?? []) {
      const field = (name: string) => { const v = getProperty(item, name); return v === NOT_FOUND ? undefined : v; };
      const commandLine = field('CommandLine');
      const start = field('StartExecutionTime');
      const end = field('EndExecutionTime');
      if (commandLine === undefined || !(start instanceof PsDateTime) || !(end instanceof PsDateTime)) {
        ctx.error('Cannot add history because the input object has a format that is not valid.', 'AddHistoryInvalidInput', 'InvalidData', item, 'System.InvalidOperationException');
        continue;
      }
      const status = toStr(field('ExecutionStatus') ?? 'Completed');
      const e = history.add(toStr(commandLine), status === 'Failed' || status === 'Stopped' ? status : 'Completed', start.date, end.date);
      if (ctx.switch('Passthru')) ctx.write(historyInfo(e), false);
    }
  },
}));

export const clearHistory = defineCmdlet({
  name: 'Clear-History',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'IDParameter',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Id', type: 'System.Int32[]', sets: { IDParameter: { position: 0 } } },
    { name: 'Count', type: INT, sets: { IDParameter: { position: 1 }, CommandLineParameter: { position: 0 } } },
    { name: 'CommandLine', type: STRING_ARRAY, sets: { CommandLineParameter: {} } },
    { name: 'Newest', type: SWITCH },
  ],
  help: { synopsis: 'Deletes entries from the session history.' },
}, () => ({
  process(ctx) {
    const history = historyOf(ctx.session);
    let targets: HistoryEntry[];
    const ids = ctx.get<unknown[]>('Id');
    const lines = ctx.get<string[]>('CommandLine');
    if (ids) targets = ids.map((i) => history.byId(Number(toStr(i)))).filter((e): e is HistoryEntry => e !== undefined);
    else if (lines) targets = history.entries.filter((e) => lines.some((l) => e.commandLine === toStr(l)));
    else targets = [...history.entries];
    if (ctx.has('Count') && !ids) {
      const n = Number(ctx.get('Count'));
      targets = ctx.switch('Newest') ? targets.slice(-n) : targets.slice(0, n);
    }
    if (!ctx.shouldProcess('This command will clear all the entries from the session history.', 'Clear-History')) return;
    history.remove(targets);
  },
}));

export const historyAliases: Record<string, string> = {
  h: 'Get-History', history: 'Get-History', ghy: 'Get-History', r: 'Invoke-History', ihy: 'Invoke-History', clhy: 'Clear-History',
};

