/**
 * Everyday utilities: Tee-Object -Variable, Get-Unique, New-Object (PSObject with -Property),
 * Add-Member (note, script and alias properties, script methods), Invoke-Expression (iex), Join-Path, Split-Path, Start-Sleep.
 */
import { psEquals } from '../runtime/operators.js';
import { convertTo, newGuid, toStr } from '../runtime/conversion.js';
import { RuntimeError } from '../runtime/errors.js';
import { resolveTypeName } from '../runtime/types.js';
import { listTypeOf, newList } from '../runtime/lists.js';
import { dictionaryTypeOf, newDictionary } from '../runtime/generic-dictionary.js';
import { PsStringBuilder } from '../runtime/string-builder.js';
import { PsStopwatch } from '../runtime/stopwatch.js';
import { isCustomObject, PsHashtable, PsObject, ScriptBlockValue } from '../runtime/values.js';
import { typeNameOf } from '../runtime/types.js';
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { defineCmdlet, INT, OBJECT, OBJECT_ARRAY, PSOBJECT, STRING, STRING_ARRAY, SWITCH } from './define.js';

export const teeObject = defineCmdlet({
  name: 'Tee-Object',
  defaultParameterSet: 'Variable',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Variable', type: STRING, sets: { Variable: { mandatory: true } } },
  ],
  help: { synopsis: 'Saves command output in a variable and also sends it down the pipeline.' },
}, () => {
  const kept: unknown[] = [];
  return {
    process(ctx, input, hasInput) {
      const item = hasInput ? input : ctx.get('InputObject');
      if (item === undefined) return;
      kept.push(item);
      ctx.write(item, false);
    },
    end(ctx) {
      // One object is stored as itself, several as an array, as pwsh does.
      ctx.setVariable(toStr(ctx.get('Variable')), kept.length === 1 ? kept[0] : kept);
    },
  };
});

export const getUnique = defineCmdlet({
  name: 'Get-Unique',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'AsString', type: SWITCH },
  ],
  help: { synopsis: 'Returns unique items from a sorted list.' },
}, () => {
  let last: { value: unknown } | undefined;
  return {
    process(ctx, input, hasInput) {
      const item = hasInput ? input : ctx.get('InputObject');
      if (item === undefined) return;
      // Adjacent duplicates only (the list is expected sorted); strings compare case-sensitively.
      const same = last !== undefined && (ctx.switch('AsString') || typeof item === 'string'
        ? toStr(last.value) === toStr(item)
        : psEquals(last.value, item, true));
      last = { value: item };
      if (!same) ctx.write(item, false);
    },
  };
});

/** New-Guid: a random GUID, the empty one (-Empty), or one read from text (-InputObject, by pipeline too). */
export const newGuidCmdlet = defineCmdlet({
  name: 'New-Guid',
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'Empty', type: SWITCH, sets: { Empty: {} } },
    { name: 'InputObject', type: STRING, valueFromPipeline: true, sets: { InputObject: { position: 0 } } },
  ],
  help: { synopsis: 'Creates a GUID.' },
}, () => ({
  process(ctx, input, hasInput) {
    if (ctx.parameterSetName === 'Empty') { ctx.write(convertTo('00000000-0000-0000-0000-000000000000', 'guid'), false); return; }
    if (ctx.parameterSetName !== 'InputObject') { ctx.write(newGuid(), false); return; }
    const text = hasInput ? input : ctx.get('InputObject');
    try {
      ctx.write(convertTo(toStr(text), 'guid'), false);
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      ctx.error('Unrecognized Guid format.', 'StringNotRecognizedAsGuid', 'InvalidArgument', null, 'System.FormatException');
      // pwsh then writes its (null) result all the same.
      ctx.write(null, false);
    }
  },
}));

export const newObject = defineCmdlet({
  name: 'New-Object',
  defaultParameterSet: 'Net',
  parameters: [
    { name: 'TypeName', type: STRING, sets: { Net: { position: 0, mandatory: true } } },
    { name: 'ArgumentList', type: OBJECT_ARRAY, aliases: ['Args'], sets: { Net: { position: 1 } } },
    { name: 'Property', type: 'System.Collections.IDictionary' },
  ],
  help: { synopsis: 'Creates an instance of a .NET object.' },
}, () => ({
  process(ctx) {
    const name = toStr(ctx.get('TypeName'));
    const full = resolveTypeName(name);
    if (full && /^System\.Collections\.Hashtable$/i.test(full)) { ctx.write(new PsHashtable(), false); return; }
    const listType = full ? listTypeOf(full) : undefined;
    if (listType) { ctx.write(newList(listType, ctx.get<unknown[]>('ArgumentList') ?? []), false); return; }
    const dictionaryType = full ? dictionaryTypeOf(full) : undefined;
    if (dictionaryType) { ctx.write(newDictionary(dictionaryType, ctx.get<unknown[]>('ArgumentList') ?? []), false); return; }
    if (full && /^System\.(Text\.StringBuilder|Diagnostics\.Stopwatch)$/i.test(full)) {
      ctx.write(/StringBuilder$/i.test(full) ? new PsStringBuilder(ctx.get<unknown[]>('ArgumentList') ?? []) : new PsStopwatch(false), false);
      return;
    }
    if (!full || !/^System\.(Management\.Automation\.(PSObject|PSCustomObject)|Object)$/i.test(full)) {
      throw ctx.terminatingError(full
        ? `minipwsh cannot create objects of type [${full}] with New-Object; only PSObject, PSCustomObject, Hashtable, ArrayList, List[T], Dictionary[K,V], StringBuilder and Stopwatch are modelled.`
        : `Cannot find type [${name}]: verify that the assembly containing this type is loaded.`,
      full ? 'NewObjectNotModelled' : 'TypeNotFound', 'InvalidType', name, 'System.Management.Automation.PSArgumentException');
    }
    const o = new PsObject();
    const props = ctx.get<unknown>('Property');
    if (props instanceof PsHashtable) for (const e of props.entries()) o.set(toStr(e.key), e.value);
    ctx.write(o, false);
  },
}));

export const addMember = defineCmdlet({
  name: 'Add-Member',
  defaultParameterSet: 'TypeNameSet',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, mandatory: true, valueFromPipeline: true },
    { name: 'MemberType', type: 'System.Management.Automation.PSMemberTypes', aliases: ['Type'], sets: { MemberSet: { mandatory: true, position: 0 } } },
    { name: 'Name', type: STRING, sets: { MemberSet: { mandatory: true, position: 1 } } },
    { name: 'Value', type: OBJECT, sets: { MemberSet: { position: 2 } } },
    { name: 'SecondValue', type: OBJECT, sets: { MemberSet: { position: 3 } } },
    { name: 'NotePropertyName', type: STRING, sets: { NotePropertySingleMemberSet: { mandatory: true, position: 0 } } },
    { name: 'NotePropertyValue', type: OBJECT, allowNull: true, sets: { NotePropertySingleMemberSet: { mandatory: true, position: 1 } } },
    { name: 'NotePropertyMembers', type: 'System.Collections.IDictionary', sets: { NotePropertyMultiMemberSet: { mandatory: true, position: 0 } } },
    { name: 'TypeName', type: STRING, sets: { TypeNameSet: { mandatory: true } } },
    { name: 'Force', type: SWITCH },
    { name: 'PassThru', type: SWITCH },
  ],
  help: { synopsis: 'Adds custom properties and methods to an instance of a PowerShell object.' },
}, () => ({
  process(ctx, input, hasInput) {
    const target = hasInput ? input : ctx.get('InputObject');
    if (!(target instanceof PsObject) || !isCustomObject(target)) {
      throw ctx.terminatingError('minipwsh adds members only to PSCustomObjects.', 'AddMemberNotModelled', 'NotImplemented', target, 'System.NotSupportedException');
    }
    const members: [string, unknown][] = [];
    switch (ctx.parameterSetName) {
      case 'MemberSet': {
        const kind = toStr(ctx.get('MemberType'));
        if (kind.toLowerCase() !== 'noteproperty') {
          if (!addScriptMember(ctx, target, kind)) return;
          break;
        }
        members.push([toStr(ctx.get('Name')), ctx.get('Value') ?? null]);
        break;
      }
      case 'NotePropertySingleMemberSet': members.push([toStr(ctx.get('NotePropertyName')), ctx.get('NotePropertyValue') ?? null]); break;
      case 'NotePropertyMultiMemberSet': {
        const h = ctx.get<unknown>('NotePropertyMembers');
        if (h instanceof PsHashtable) for (const e of h.entries()) members.push([toStr(e.key), e.value]);
        break;
      }
      case 'TypeNameSet': target.typeNames.unshift(toStr(ctx.get('TypeName'))); break;
    }
    for (const [name, value] of members) {
      if (target.get(name) && !ctx.switch('Force')) {
        ctx.error(memberExists(name),
          'MemberAlreadyExists', 'InvalidOperation', target, 'System.InvalidOperationException');
        return;
      }
      target.set(name, value);
    }
    if (ctx.switch('PassThru')) ctx.write(target, false);
  },
}));

const memberExists = (name: string) => `Cannot add a member with the name "${name}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`;

/** The value a script property's get block returns: one object as itself, several as a list. */
function single(out: unknown[]): unknown {
  return out.length === 0 ? null : out.length === 1 ? out[0] : out;
}

/** -MemberType ScriptProperty, AliasProperty or ScriptMethod; false when nothing was added. */
function addScriptMember(ctx: CmdletContext, target: PsObject, kind: string): boolean {
  const name = toStr(ctx.get('Name'));
  const value = ctx.get('Value');
  const second = ctx.get('SecondValue');
  const lower = kind.toLowerCase();
  if ((target.get(name) || target.methods?.has(name.toLowerCase())) && !ctx.switch('Force')) {
    ctx.error(memberExists(name), 'MemberAlreadyExists', 'InvalidOperation', target, 'System.InvalidOperationException');
    return false;
  }
  const block = (v: unknown, what: string): ScriptBlockValue | undefined => {
    if (v === undefined || v === null) return undefined;
    if (v instanceof ScriptBlockValue) return v;
    throw ctx.terminatingError(`Cannot convert the "${toStr(v)}" value of type "${typeNameOf(v)}" to type "System.Management.Automation.ScriptBlock".`, 'ConvertToFinalInvalidCastException', 'InvalidArgument', v, `System.Management.Automation.PSInvalidCastException${what}`);
  };
  if (lower === 'scriptproperty') {
    const get = block(value, '');
    const set = block(second, '');
    const inner = (b: ScriptBlockValue) => b.text.replace(/^\{/, '').replace(/\}$/, '');
    target.properties.delete(name.toLowerCase());
    target.set(name, null);
    const p = target.get(name)!;
    p.memberType = 'ScriptProperty';
    p.getter = () => (get ? single(ctx.invokeWithThis(get, target)) : null);
    if (set) p.setter = (v) => { ctx.invokeWithThis(set, target, [v]); };
    p.definition = `System.Object ${name} {${get ? `get=${inner(get)};` : ''}${set ? `set=${inner(set)};` : ''}}`;
    return true;
  }
  if (lower === 'aliasproperty') {
    const referenced = toStr(value);
    target.properties.delete(name.toLowerCase());
    target.set(name, null);
    const p = target.get(name)!;
    p.memberType = 'AliasProperty';
    p.getter = () => { const r = target.get(referenced); return r ? target.value(r) : null; };
    p.setter = (v) => target.set(referenced, v);
    p.definition = `${name} = ${referenced}`;
    return true;
  }
  if (lower === 'scriptmethod') {
    const body = block(value, '');
    target.methods ??= new Map();
    target.methods.set(name.toLowerCase(), { name, invoke: (args) => (body ? single(ctx.invokeWithThis(body, target, args)) : null) });
    return true;
  }
  throw ctx.terminatingError(`minipwsh's Add-Member adds NoteProperty, ScriptProperty, AliasProperty and ScriptMethod members, not ${kind}.`, 'AddMemberNotModelled', 'NotImplemented', target, 'System.NotSupportedException');
}

export const invokeExpression = defineCmdlet({
  name: 'Invoke-Expression',
  parameters: [{ name: 'Command', type: STRING, position: 0, mandatory: true, valueFromPipeline: true }],
  help: { synopsis: 'Runs commands or expressions on the local computer.' },
}, () => ({
  process(ctx, input, hasInput) {
    // The text runs in the caller's scope, its output going down the pipeline.
    ctx.invokeToPipeline(ctx.createScriptBlock(toStr(hasInput ? input : ctx.get('Command'))), undefined);
  },
}));

export const joinPath = defineCmdlet({
  name: 'Join-Path',
  module: 'Microsoft.PowerShell.Management',
  parameters: [
    { name: 'Path', type: STRING_ARRAY, position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, aliases: ['PSPath'] },
    { name: 'ChildPath', type: STRING, position: 1, allowEmptyString: true, allowNull: true, valueFromPipelineByPropertyName: true },
    { name: 'AdditionalChildPath', type: STRING_ARRAY, position: 2, valueFromRemainingArguments: true },
  ],
  help: { synopsis: 'Combines a path and a child path into a single path.' },
}, () => ({
  process(ctx) {
    const children = [toStr(ctx.get('ChildPath') ?? ''), ...(ctx.get<unknown[]>('AdditionalChildPath') ?? []).map((c) => toStr(c))];
    for (const path of ctx.get<unknown[]>('Path') ?? []) {
      let joined = toStr(path);
      for (const child of children) {
        if (child === '') continue;
        joined = joined.replace(/\/+$/, '') + '/' + child.replace(/^\/+/, '');
      }
      ctx.write(joined);
    }
  },
}));

export const splitPath = defineCmdlet({
  name: 'Split-Path',
  module: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'ParentSet',
  parameters: [
    { name: 'Path', type: STRING_ARRAY, position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Parent', type: SWITCH, sets: { ParentSet: {} } },
    { name: 'Leaf', type: SWITCH, sets: { LeafSet: { mandatory: true } } },
    { name: 'LeafBase', type: SWITCH, sets: { LeafBaseSet: { mandatory: true } } },
    { name: 'Extension', type: SWITCH, sets: { ExtensionSet: { mandatory: true } } },
    { name: 'Qualifier', type: SWITCH, sets: { QualifierSet: { mandatory: true } } },
    { name: 'IsAbsolute', type: SWITCH, sets: { IsAbsoluteSet: { mandatory: true } } },
  ],
  help: { synopsis: 'Returns the specified part of a path.' },
}, () => ({
  process(ctx) {
    for (const raw of ctx.get<unknown[]>('Path') ?? []) {
      const path = toStr(raw);
      const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
      const slash = trimmed.lastIndexOf('/');
      const leaf = trimmed.slice(slash + 1);
      const dot = leaf.lastIndexOf('.');
      switch (ctx.parameterSetName) {
        case 'LeafSet': ctx.write(leaf); break;
        case 'LeafBaseSet': ctx.write(dot > 0 ? leaf.slice(0, dot) : leaf); break;
        case 'ExtensionSet': ctx.write(dot > 0 ? leaf.slice(dot) : ''); break;
        case 'IsAbsoluteSet': ctx.write(path.startsWith('/') || path.startsWith('~')); break;
        case 'QualifierSet': ctx.write(''); break;
        default: ctx.write(slash < 0 ? '' : slash === 0 ? '/' : trimmed.slice(0, slash));
      }
    }
  },
}));

export const startSleep = defineCmdlet({
  name: 'Start-Sleep',
  defaultParameterSet: 'Seconds',
  parameters: [
    { name: 'Seconds', type: 'System.Double', sets: { Seconds: { position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Milliseconds', type: INT, aliases: ['ms'], sets: { Milliseconds: { mandatory: true, valueFromPipelineByPropertyName: true } } },
  ],
  help: { synopsis: 'Suspends the activity in a script or session for the specified period of time.' },
}, () => ({
  process(ctx) {
    const ms = ctx.parameterSetName === 'Milliseconds' ? Number(ctx.get('Milliseconds')) : Number(toStr(ctx.get('Seconds'))) * 1000;
    // The interpreter is synchronous: the thread waits (Atomics.wait is the one blocking sleep Node has).
    // What the script wrote so far shows before the pause.
    ctx.host.flush?.();
    if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  },
}));

/** pwsh's aliases on Linux (tee and sleep are left to the system's commands there). */
export const utilityAliases: Record<string, string> = { iex: 'Invoke-Expression', gu: 'Get-Unique' };
