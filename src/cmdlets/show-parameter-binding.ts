/**
 * Show-ParameterBinding (minipwsh's own; no PowerShell has it): runs a script block and explains,
 * from the binder's own record, how each of its commands bound its arguments and each pipeline
 * object: every attempt with its verdict and reason, the parameter sets as they narrow, the set
 * chosen, and for a failure the step that failed with a hint. `-Format Json` writes the same
 * record as JSON (schema version 1, docs/explainer.md). `-NoExecute` (or -WhatIf) binds and runs
 * nothing: only values of a leading expression reach the next command.
 */
import { RuntimeError } from '../runtime/errors.js';
import { ScriptBlockValue } from '../runtime/values.js';
import { BindingExplainer } from '../teaching/binding-explainer.js';
import { renderExplanation } from '../teaching/explain-text.js';
import { defineCmdlet, SCRIPTBLOCK, STRING, SWITCH } from './define.js';

export const showParameterBinding = defineCmdlet({
  name: 'Show-ParameterBinding',
  module: 'minipwsh',
  implementingType: 'Minipwsh.Commands.ShowParameterBindingCommand',
  supportsShouldProcess: true,
  parameters: [
    { name: 'ScriptBlock', type: SCRIPTBLOCK, position: 0, mandatory: true },
    { name: 'Format', type: STRING, validations: [{ kind: 'ValidateSet', values: ['Text', 'Json'], ignoreCase: true }] },
    { name: 'NoExecute', type: SWITCH },
  ],
  help: {
    synopsis: 'Runs a pipeline and explains, step by step, how PowerShell bound its parameters.',
    description: 'Reads the parameter binder\'s own record: the named and positional arguments, the parameter sets as they narrow, and for each pipeline object the four passes (by value, by property name, each without and then with conversion), with the reason each attempt bound or not. -Format Json writes the same record as JSON. -NoExecute or -WhatIf only binds.',
  },
}, () => ({
  process(ctx) {
    const bindOnly = ctx.switch('NoExecute') || ctx.switch('WhatIf');
    const json = String(ctx.get('Format') ?? 'Text').toLowerCase() === 'json';
    const explainer = new BindingExplainer(!bindOnly);
    let output: unknown[] = [];
    let failure: RuntimeError | undefined;
    try {
      output = ctx.followBinding(explainer, bindOnly, () => ctx.invoke(ctx.get<ScriptBlockValue>('ScriptBlock')!, null));
    } catch (e) {
      // The explanation says where binding failed; the error itself is reported after it.
      if (!(e instanceof RuntimeError)) throw e;
      failure = e;
    }
    const explanation = explainer.explanation();
    if (json) {
      ctx.write(JSON.stringify(explanation, null, 2));
    } else {
      for (const v of output) ctx.write(v, false);
      for (const line of renderExplanation(explanation)) ctx.writeHost(line, true);
    }
    if (failure) ctx.writeError(failure.record);
  },
}));
