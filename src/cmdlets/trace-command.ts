/**
 * Trace-Command: runs an expression (or a command) with PowerShell trace sources on. The one
 * source modelled is ParameterBinding, whose lines the binder and the pipeline write as pwsh's do;
 * other source names are accepted and trace nothing. Lines go to the host (`-PSHost`, as
 * `DEBUG: <time> ...`) and/or appended to a file (`-FilePath`), with the `-ListenerOption` footers.
 */
import { toStr } from '../runtime/conversion.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import { ScriptBlockValue } from '../runtime/values.js';
import { defineCmdlet, OBJECT_ARRAY, PSOBJECT, SCRIPTBLOCK, STRING, STRING_ARRAY, SWITCH } from './define.js';

const SOURCE = 'ParameterBinding';
/** .NET's TraceListener footer order. */
const FOOTERS = ['ProcessId', 'LogicalOperationStack', 'ThreadId', 'DateTime', 'Timestamp', 'Callstack'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `yyyy-MM-dd HH:mm:ss.ffff` in local time, as pwsh's host listener stamps each line. */
function hostStamp(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}0`;
}

function footer(option: string): string {
  switch (option) {
    case 'ProcessId': return `ProcessId=${typeof process !== 'undefined' ? process.pid : 0}`;
    case 'ThreadId': return 'ThreadId=1';
    case 'DateTime': return `DateTime=${new Date().toISOString().replace('Z', '0000Z')}`;
    // .NET's Stopwatch ticks are 100 ns; a browser has only performance.now().
    case 'Timestamp': return `Timestamp=${typeof process !== 'undefined' ? process.hrtime.bigint() / 100n : BigInt(Math.round(performance.now() * 1e4))}`;
    default: return `${option}=`;
  }
}

export const traceCommand = defineCmdlet({
  name: 'Trace-Command',
  defaultParameterSet: 'expressionSet',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Name', type: STRING_ARRAY, position: 0, mandatory: true },
    { name: 'Option', type: 'System.Management.Automation.PSTraceSourceOptions', position: 2 },
    { name: 'Expression', type: SCRIPTBLOCK, sets: { expressionSet: { position: 1, mandatory: true } } },
    { name: 'Command', type: STRING, sets: { commandSet: { position: 1, mandatory: true } } },
    { name: 'ArgumentList', type: OBJECT_ARRAY, aliases: ['Args'], sets: { commandSet: { valueFromRemainingArguments: true } } },
    { name: 'ListenerOption', type: 'System.Diagnostics.TraceOptions' },
    { name: 'FilePath', type: STRING, aliases: ['PSPath', 'Path'] },
    { name: 'Force', type: SWITCH },
    { name: 'Debugger', type: SWITCH },
    { name: 'PSHost', type: SWITCH },
  ],
  module: 'Microsoft.PowerShell.Utility',
  help: { synopsis: 'Configures and starts a trace of the specified expression or command.' },
}, () => ({
  process(ctx, input, hasInput) {
    const names = ([] as unknown[]).concat(ctx.get('Name') ?? []).map((n) => toStr(n));
    const option = ctx.has('Option') ? toStr(ctx.get('Option')) : 'All';
    const traced = names.some((n) => wildcardMatch(SOURCE, n)) && option.split(/,\s*/).includes('All');
    const footers = ctx.has('ListenerOption') ? FOOTERS.filter((f) => toStr(ctx.get('ListenerOption')).split(/,\s*/).includes(f)) : [];
    const toHost = ctx.switch('PSHost');
    const file = ctx.has('FilePath') ? toStr(ctx.get('FilePath')) : undefined;
    const fileLines: string[] = [];
    const write = (line: string) => {
      const text = `${SOURCE} Information: 0 : ${line}`;
      const extra = footers.map(footer);
      if (toHost) {
        const stamp = hostStamp(new Date());
        ctx.writeHost(`DEBUG: ${stamp} ${text}`, true);
        for (const f of extra) ctx.writeHost(`DEBUG: ${stamp} ${f}`, true);
      }
      if (file !== undefined) fileLines.push(text, ...extra.map((f) => `    ${f}`));
    };
    const input_ = hasInput ? input : ctx.get('InputObject');
    const run = () => {
      if (ctx.parameterSetName === 'commandSet') {
        ctx.invokeCommand(toStr(ctx.get('Command')), ([] as unknown[]).concat(ctx.get('ArgumentList') ?? []));
        return [];
      }
      return ctx.invoke(ctx.get<ScriptBlockValue>('Expression')!, input_ ?? null);
    };
    let output: unknown[];
    try {
      output = traced && (toHost || file !== undefined) ? ctx.traceParameterBinding(write, run) : run();
    } finally {
      if (file !== undefined && fileLines.length) ctx.host.writeFile?.(file, fileLines.map((l) => l + '\n').join(''), true);
    }
    for (const v of output) ctx.write(v, false);
  },
}));
