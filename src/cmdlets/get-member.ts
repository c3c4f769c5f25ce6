/**
 * Get-Member: the members of each distinct input type, in pwsh's order (by member type, then
 * name) and with its definitions (`int a=1`, `bool Equals(System.Object obj)`).
 *
 * Members are known for PSCustomObject (its note properties and System.Object's four methods),
 * for CIM sessions (CimSession's methods and the note properties CimCmdlets adds, which hide the
 * .NET ComputerName and InstanceId properties as pwsh's do), and for the .NET types of the values
 * minipwsh makes (String, Int32, Hashtable, DateTime, ...: dotnet-members.ts, read from pwsh). For
 * any other type Get-Member says so in a non-terminating error instead of printing a wrong list.
 */
import { typeDisplay } from '../commands/syntax.js';
import { dotnetToString } from '../runtime/members.js';
import { typeNameOf } from '../runtime/types.js';
import { isCustomObject, PsObject } from '../runtime/values.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import { defineCmdlet, PSOBJECT, STRING_ARRAY, SWITCH } from './define.js';
import { CimSessionValue } from './cim/cim-session.js';
import { CIM_SESSION_METHODS } from './cim/cim-session-members.js';
import { DOTNET_MEMBERS } from './dotnet-members.js';

const CUSTOM_OBJECT = 'System.Management.Automation.PSCustomObject';
const OBJECT_METHODS: Array<[string, string]> = [
  ['Equals', 'bool Equals(System.Object obj)'], ['GetHashCode', 'int GetHashCode()'],
  ['GetType', 'type GetType()'], ['ToString', 'string ToString()'],
];
/** Member types that -MemberType accepts besides the concrete ones. */
const PROPERTY_KINDS = ['AliasProperty', 'CodeProperty', 'Property', 'NoteProperty', 'ScriptProperty'];

interface Member { name: string; memberType: string; definition: string }

export const getMember = defineCmdlet({
  name: 'Get-Member',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Name', type: STRING_ARRAY, position: 0, supportsWildcards: true },
    { name: 'MemberType', type: STRING_ARRAY, aliases: ['Type'] },
    { name: 'Static', type: SWITCH },
    { name: 'Force', type: SWITCH },
  ],
  help: { synopsis: 'Gets the properties and methods of objects.' },
}, () => {
  const seen = new Set<string>();
  return {
    process(ctx, input, hasInput) {
      const value = hasInput ? input : ctx.get('InputObject');
      if (value === undefined || value === null) return;
      const isCustom = isCustomObject(value);
      // Select-Object's objects are listed under their first type name (Selected.<type>).
      const typeName = isCustom ? value.typeNames[0]! : typeNameOf(value);
      if (seen.has(typeName)) return;
      seen.add(typeName);
      const members = membersOf(value);
      if (!members) {
        ctx.error(`minipwsh does not list the members of type '${typeName}' yet.`,
          'MembersNotModelled', 'NotImplemented', value, 'System.NotSupportedException');
        return;
      }
      const names = ctx.get<string[]>('Name');
      const kinds = ctx.get<string[]>('MemberType')?.map((k) => k.toLowerCase());
      const wanted = (m: Member) => (!names || names.some((n) => wildcardMatch(m.name, n)))
        && (!kinds || kinds.some((k) => k === 'all' || k === m.memberType.toLowerCase() || (k === 'properties' && PROPERTY_KINDS.includes(m.memberType))));
      const key = (m: Member) => `${m.memberType}\u0000${m.name.toLowerCase()}`;
      // .NET members come in pwsh's own order; the others by member type, then name.
      let listed = members.filter(wanted);
      if (!DOTNET_MEMBERS[typeName]) listed.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      // With -Name, pwsh lists the members of each name pattern in the order the patterns came.
      if (names) {
        const rank = (m: Member) => names.findIndex((n) => wildcardMatch(m.name, n));
        listed = listed.map((m, i) => ({ m, i })).sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i).map((x) => x.m);
      }
      for (const m of listed) {
        const o = new PsObject(['Microsoft.PowerShell.Commands.MemberDefinition', 'System.Object']);
        o.set('TypeName', typeName);
        o.set('Name', m.name);
        o.set('MemberType', m.memberType);
        o.set('Definition', m.definition);
        ctx.write(o, false);
      }
    },
  };
});

/** The members of a value whose members are modelled, or undefined. */
function membersOf(value: unknown): Member[] | undefined {
  const note = (name: string, v: unknown, wrapped = false): Member => ({
    name, memberType: 'NoteProperty',
    // A value wrapped in a PSObject (a calculated property) is named by its full .NET type.
    definition: `${wrapped && v !== null && v !== undefined ? typeNameOf(v) : definitionType(v)} ${name}=${v === null || v === undefined ? 'null' : dotnetToString(v)}`,
  });
  if (isCustomObject(value)) {
    const members: Member[] = OBJECT_METHODS.map(([name, definition]) => ({ name, memberType: 'Method', definition }));
    for (const p of value.properties.values()) {
      members.push(p.memberType ? { name: p.name, memberType: p.memberType, definition: p.definition ?? '' } : note(p.name, value.value(p), p.wrapped));
    }
    for (const m of value.methods?.values() ?? []) members.push({ name: m.name, memberType: 'ScriptMethod', definition: `System.Object ${m.name}();` });
    return members;
  }
  const known = DOTNET_MEMBERS[typeNameOf(value)];
  if (known) return known.map(([name, memberType, definition]) => ({ name, memberType, definition }));
  if (value instanceof CimSessionValue) {
    const members: Member[] = CIM_SESSION_METHODS.map(([name, definition]) => ({ name, memberType: 'Method', definition }));
    for (const name of CimSessionValue.viewProperties) members.push(note(name, value.getProperty(name).value));
    return members;
  }
  return undefined;
}

/** How a note property's type reads in its definition: pwsh's short names, `object` for null. */
function definitionType(v: unknown): string {
  if (v === null || v === undefined) return 'object';
  if (isCustomObject(v)) return CUSTOM_OBJECT;
  const full = typeNameOf(v);
  if (full === 'System.Collections.Specialized.OrderedDictionary') return 'ordered';
  return typeDisplay(full, 'command');
}
