/**
 * ForEach-Object: runs script blocks for each input object (in the caller's scope, with `$_`), or
 * gets a property / calls a method by name (`ForEach-Object Name`). `-Parallel` runs its block for
 * each object one after another, each time in a scope of its own that sees the caller's values
 * only through `$using:` (as pwsh's runspaces do); the objects are not processed concurrently.
 */
import { toStr } from '../runtime/conversion.js';
import { RuntimeError } from '../runtime/errors.js';
import { getProperty, NOT_FOUND } from '../runtime/members.js';
import { ScriptBlockValue } from '../runtime/values.js';
import { defineCmdlet, INT, OBJECT_ARRAY, PSOBJECT, SCRIPTBLOCK, STRING, SWITCH } from './define.js';
import type { CmdletContext } from '../commands/cmdlet-context.js';
import type { Stage } from '../runtime/stage.js';

export const foreachObject = defineCmdlet({
  name: 'ForEach-Object',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'ScriptBlockSet',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Begin', type: SCRIPTBLOCK, sets: { ScriptBlockSet: {} } },
    { name: 'Process', type: SCRIPTBLOCK + '[]', sets: { ScriptBlockSet: { mandatory: true, position: 0 } } },
    { name: 'End', type: SCRIPTBLOCK, sets: { ScriptBlockSet: {} } },
    { name: 'RemainingScripts', type: SCRIPTBLOCK + '[]', sets: { ScriptBlockSet: { valueFromRemainingArguments: true } } },
    { name: 'MemberName', type: STRING, sets: { PropertyAndMethodSet: { mandatory: true, position: 0 } } },
    { name: 'ArgumentList', type: OBJECT_ARRAY, aliases: ['Args'], sets: { PropertyAndMethodSet: { valueFromRemainingArguments: true } } },
    { name: 'Parallel', type: SCRIPTBLOCK, sets: { ParallelParameterSet: { mandatory: true } } },
    { name: 'ThrottleLimit', type: INT, validations: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }], sets: { ParallelParameterSet: {} } },
    { name: 'TimeoutSeconds', type: INT, validations: [{ kind: 'ValidateRange', min: 0, max: 2147483 }], sets: { ParallelParameterSet: {} } },
    { name: 'AsJob', type: SWITCH, sets: { ParallelParameterSet: {} } },
    { name: 'UseNewRunspace', type: SWITCH, sets: { ParallelParameterSet: {} } },
  ],
  supportsShouldProcess: true,
  confirmImpact: 'Low',
  help: { synopsis: 'Performs an operation against each item in a collection of input objects.' },
}, () => {
  let begin: ScriptBlockValue | undefined;
  let processBlocks: Stage[] = [];
  let end: ScriptBlockValue | undefined;
  const run = (ctx: CmdletContext, sb: ScriptBlockValue | undefined, input: unknown) => {
    if (sb) ctx.invokeToPipeline(sb, input);
  };
  return {
    takesInputDirectly: true,
    sink(ctx) {
      return ctx.parameterSetName === 'ScriptBlockSet' && processBlocks.length === 1 ? processBlocks[0] : undefined;
    },
    begin(ctx) {
      if (ctx.parameterSetName !== 'ScriptBlockSet') return;
      const blocks = [...(ctx.get<ScriptBlockValue[]>('Process') ?? []), ...(ctx.get<ScriptBlockValue[]>('RemainingScripts') ?? [])];
      begin = ctx.get<ScriptBlockValue>('Begin');
      end = ctx.get<ScriptBlockValue>('End');
      // With several positional blocks and no -Begin/-End: begin, process..., end (about_ForEach-Object).
      let process = blocks;
      if (blocks.length >= 2 && !ctx.has('Begin') && !ctx.has('End')) {
        begin = blocks[0];
        if (blocks.length >= 3) { end = blocks[blocks.length - 1]; process = blocks.slice(1, -1); }
        else process = blocks.slice(1);
      }
      // Each runs for every object: prepared once.
      processBlocks = process.map((sb) => ctx.itemRunner(sb));
      run(ctx, begin, undefined);
    },
    process(ctx, input, hasInput) {
      const item = hasInput ? input : ctx.get('InputObject');
      if (ctx.parameterSetName === 'ParallelParameterSet') {
        if (ctx.switch('AsJob')) throw ctx.terminatingError('minipwsh has no background jobs: ForEach-Object -Parallel -AsJob is not supported.', 'AsJobNotSupported', 'NotImplemented');
        ctx.invokeIsolated(ctx.get<ScriptBlockValue>('Parallel')!, item === undefined ? null : item);
        return;
      }
      if (ctx.parameterSetName === 'PropertyAndMethodSet') {
        invokeMemberName(ctx, item, toStr(ctx.get('MemberName')), ctx.get<unknown[]>('ArgumentList'));
        return;
      }
      for (const block of processBlocks) block.accept(item === undefined ? null : item);
    },
    end(ctx) { run(ctx, end, undefined); },
  };
});

/**
 * `ForEach-Object Name`: the property's value, else the method called without arguments; with
 * -ArgumentList, the method called with them. A missing member outputs nothing, except under
 * strict mode; a missing method called with arguments is an error.
 */
function invokeMemberName(ctx: CmdletContext, item: unknown, name: string, args: unknown[] | undefined): void {
  if (!args || args.length === 0) {
    const v = getProperty(item, name);
    if (v !== NOT_FOUND) { ctx.write(v); return; }
  }
  try {
    ctx.write(ctx.invokeMethod(item, name, args ?? []));
  } catch (e) {
    if (!(e instanceof RuntimeError) || e.record.errorId !== 'MethodNotFound') throw e;
    if (args && args.length > 0) {
      ctx.error(`Input name "${name}" cannot be resolved to a method.`, 'MethodNotFound,Microsoft.PowerShell.Commands.ForEachObjectCommand', 'InvalidArgument', item, 'System.Management.Automation.PSArgumentException');
    } else if (ctx.strictMode >= 2) {
      ctx.error(`The input name "${name}" cannot be resolved to a member.`, 'PropertyOrMethodNotFound,Microsoft.PowerShell.Commands.ForEachObjectCommand', 'InvalidArgument', item);
    }
  }
}
