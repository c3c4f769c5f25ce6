/**
 * Get-Variable, Set-Variable, New-Variable, Remove-Variable and Clear-Variable (gv, set, sv, nv,
 * rv, clv): the caller's variables by name (wildcards), in a scope (`-Scope Global|Script|Local`),
 * as pwsh's PSVariable objects (shown in its Name/Value table).
 */
import type { CmdletContext, VariableScope } from '../commands/cmdlet-context.js';
import { toStr } from '../runtime/conversion.js';
import type { PsVariable } from '../runtime/scope.js';
import { PsObject } from '../runtime/values.js';
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import { defineCmdlet, OBJECT, STRING, STRING_ARRAY, SWITCH } from './define.js';
import type { ParameterDeclaration } from '../commands/metadata.js';

export const PS_VARIABLE_TYPE = 'System.Management.Automation.PSVariable';

/** A variable as the *-Variable cmdlets write it. */
function variableObject(v: PsVariable): PsObject {
  const o = new PsObject([PS_VARIABLE_TYPE, 'System.Object']);
  o.set('Name', v.name);
  o.set('Value', v.value);
  o.set('Description', v.description ?? '');
  o.set('Options', v.readOnly ? 'ReadOnly' : 'None');
  return o;
}

const scopeParameter = { name: 'Scope', type: STRING };

function names(ctx: CmdletContext): string[] {
  return (ctx.get<unknown[]>('Name') ?? ['*']).map((n) => toStr(n));
}

function notFound(ctx: CmdletContext, name: string) {
  ctx.error(`Cannot find a variable with the name '${name}'.`, 'VariableNotFound', 'ObjectNotFound', name, 'System.Management.Automation.ItemNotFoundException');
}

export const getVariable = defineCmdlet({
  name: 'Get-Variable',
  parameters: [
    { name: 'Name', type: STRING_ARRAY, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, supportsWildcards: true },
    { name: 'ValueOnly', type: SWITCH },
    { name: 'Include', type: STRING_ARRAY, supportsWildcards: true },
    { name: 'Exclude', type: STRING_ARRAY, supportsWildcards: true },
    scopeParameter,
  ],
  help: { synopsis: 'Gets the variables in the current console.' },
}, () => ({
  process(ctx) {
    const scope = ctx.variableScope(ctx.get('Scope') === undefined ? undefined : toStr(ctx.get('Scope')));
    const all = scope.list().sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    const include = ctx.get<unknown[]>('Include')?.map((x) => toStr(x));
    const exclude = ctx.get<unknown[]>('Exclude')?.map((x) => toStr(x)) ?? [];
    for (const name of names(ctx)) {
      const hits = all.filter((v) => wildcardMatch(v.name, name)
        && (!include || include.some((i) => wildcardMatch(v.name, i))) && !exclude.some((x) => wildcardMatch(v.name, x)));
      if (hits.length === 0 && !hasWildcard(name)) notFound(ctx, name);
      for (const v of hits) ctx.write(ctx.switch('ValueOnly') ? v.value : variableObject(v), ctx.switch('ValueOnly'));
    }
  },
}));

/** The parameters Set-Variable and New-Variable share after -Name. */
const valueParameters: ParameterDeclaration[] = [
  { name: 'Value', type: OBJECT, position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true, allowNull: true },
  { name: 'Description', type: STRING },
  { name: 'Option', type: STRING },
  { name: 'PassThru', type: SWITCH },
  { name: 'Force', type: SWITCH },
  scopeParameter,
];

export const setVariable = defineCmdlet({
  name: 'Set-Variable',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: STRING_ARRAY, position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
    ...valueParameters,
  ],
  help: { synopsis: 'Sets the value of a variable. Creates the variable if one with the requested name does not exist.' },
}, () => ({
  process(ctx, input, hasInput) {
    const scope = ctx.variableScope(ctx.get('Scope') === undefined ? 'local' : toStr(ctx.get('Scope')));
    const value = hasInput ? input : ctx.has('Value') ? ctx.get('Value') : null;
    for (const name of names(ctx)) {
      const existing = scope.get(name);
      if (existing?.readOnly && !ctx.switch('Force')) {
        ctx.error(`Cannot overwrite variable ${name} because it is read-only or constant.`, 'VariableNotWritable', 'WriteError', name, 'System.Management.Automation.SessionStateUnauthorizedAccessException');
        continue;
      }
      if (!ctx.shouldProcess(`Name: ${name} Value: ${toStr(value)}`, 'Set variable')) continue;
      const v = scope.set(name, value === undefined ? null : value);
      applyOptions(ctx, v);
      if (ctx.switch('PassThru')) ctx.write(variableObject(v), false);
    }
  },
}));

function applyOptions(ctx: CmdletContext, v: PsVariable) {
  if (ctx.has('Description')) v.description = toStr(ctx.get('Description'));
  if (ctx.has('Option')) v.readOnly = /readonly|constant/i.test(toStr(ctx.get('Option')));
}

export const newVariable = defineCmdlet({
  name: 'New-Variable',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: STRING, position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
    ...valueParameters,
  ],
  help: { synopsis: 'Creates a new variable.' },
}, () => ({
  process(ctx, input, hasInput) {
    const scope = ctx.variableScope(ctx.get('Scope') === undefined ? 'local' : toStr(ctx.get('Scope')));
    const name = toStr(ctx.get('Name'));
    if (scope.get(name) && !ctx.switch('Force')) {
      ctx.error(`A variable with name '${name}' already exists.`, 'VariableAlreadyExists', 'ResourceExists', name, 'System.Management.Automation.SessionStateException');
      return;
    }
    if (!ctx.shouldProcess(`Name: ${name} Value: ${toStr(ctx.get('Value'))}`, 'New variable')) return;
    const value = hasInput ? input : ctx.has('Value') ? ctx.get('Value') : null;
    const v = scope.set(name, value === undefined ? null : value);
    applyOptions(ctx, v);
    if (ctx.switch('PassThru')) ctx.write(variableObject(v), false);
  },
}));

/**
 * Remove-Variable and Clear-Variable: each variable of -Scope that a -Name matches; a name
 * without wildcards that matches none is reported as not found.
 */
function forEachNamedVariable(ctx: CmdletContext, act: (v: PsVariable, scope: VariableScope) => void): void {
  const scope = ctx.variableScope(ctx.get('Scope') === undefined ? undefined : toStr(ctx.get('Scope')));
  for (const name of names(ctx)) {
    const hits = scope.list().filter((v) => wildcardMatch(v.name, name));
    if (hits.length === 0 && !hasWildcard(name)) { notFound(ctx, name); continue; }
    for (const v of hits) act(v, scope);
  }
}

export const removeVariable = defineCmdlet({
  name: 'Remove-Variable',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: STRING_ARRAY, position: 0, mandatory: true, valueFromPipelineByPropertyName: true, supportsWildcards: true },
    { name: 'Force', type: SWITCH },
    scopeParameter,
  ],
  help: { synopsis: 'Deletes a variable and its value.' },
}, () => ({
  process(ctx) {
    forEachNamedVariable(ctx, (v, scope) => { if (ctx.shouldProcess(`Name: ${v.name}`, 'Remove Variable')) scope.remove(v.name); });
  },
}));

export const clearVariable = defineCmdlet({
  name: 'Clear-Variable',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: STRING_ARRAY, position: 0, mandatory: true, valueFromPipelineByPropertyName: true, supportsWildcards: true },
    { name: 'PassThru', type: SWITCH },
    { name: 'Force', type: SWITCH },
    scopeParameter,
  ],
  help: { synopsis: 'Deletes the value of a variable.' },
}, () => ({
  process(ctx) {
    forEachNamedVariable(ctx, (v) => {
      if (!ctx.shouldProcess(`Name: ${v.name}`, 'Clear variable')) return;
      v.value = null;
      if (ctx.switch('PassThru')) ctx.write(variableObject(v), false);
    });
  },
}));

export const variableAliases: Record<string, string> = {
  gv: 'Get-Variable', set: 'Set-Variable', sv: 'Set-Variable', nv: 'New-Variable', rv: 'Remove-Variable', clv: 'Clear-Variable',
};
