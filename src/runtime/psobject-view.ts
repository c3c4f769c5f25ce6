/**
 * # `$x.psobject`
 *
 * The view of any value PowerShell gives through its PSObject wrapper: `.Properties` (each a
 * PSNoteProperty-like object with Name, Value, MemberType, ...; found by name with `['n']`,
 * `.Match('n*')`, removed with `.Remove('n')`), `.TypeNames`, `.BaseObject`. Modelled for the
 * objects scripts take apart this way: custom objects, and strings' Length.
 */
import { toStr } from './conversion.js';
import { typeNameOf } from './types.js';
import { LIST_TYPE, PsObject, type PsArray, type PsProperty } from './values.js';
import { wildcardMatch } from './wildcard.js';

const CSHARP_NAMES: Record<string, string> = {
  'System.String': 'string', 'System.Int32': 'int', 'System.Int64': 'long', 'System.Double': 'double', 'System.Boolean': 'bool',
  'System.Decimal': 'decimal', 'System.Char': 'char', 'System.Byte': 'byte', 'System.Object': 'System.Object',
};

function propertyInfo(owner: PsObject | undefined, p: PsProperty | { name: string; value: unknown }): PsObject {
  const value = owner && 'getter' in p ? owner.value(p as PsProperty) : p.value;
  const info = new PsObject([`System.Management.Automation.PS${(p as PsProperty).memberType ?? 'NoteProperty'}`, 'System.Management.Automation.PSPropertyInfo', 'System.Object']);
  const typeName = value === null || value === undefined ? 'System.Object' : typeNameOf(value);
  info.set('MemberType', (p as PsProperty).memberType ?? (owner ? 'NoteProperty' : 'Property'));
  info.set('IsSettable', true);
  info.set('IsGettable', true);
  info.set('Value', value);
  info.set('TypeNameOfValue', typeName);
  info.set('Name', p.name);
  info.set('IsInstance', true);
  // PSPropertyInfo.ToString(): the C# name of the type, then name=value (`string name=x`).
  info.display = `${CSHARP_NAMES[typeName] ?? typeName} ${p.name}=${toStr(value)}`;
  return info;
}

function properties(target: unknown): PsArray {
  const owner = target instanceof PsObject ? target : undefined;
  const list: PsArray = owner
    ? [...owner.properties.values()].map((p) => propertyInfo(owner, p))
    : typeof target === 'string' ? [propertyInfo(undefined, { name: 'Length', value: target.length })] : [];
  list[LIST_TYPE] = 'System.Management.Automation.PSMemberInfoIntegratingCollection`1';
  return list;
}

/** The `psobject` of a value. */
export function psObjectView(target: unknown): PsObject {
  const view = new PsObject(['System.Management.Automation.PSObject', 'System.Object']);
  const props = properties(target);
  view.set('Properties', props);
  view.set('TypeNames', target instanceof PsObject ? [...target.typeNames] : [typeNameOf(target), 'System.Object']);
  view.set('BaseObject', target);
  view.set('ImmediateBaseObject', target);
  view.display = toStr(target);
  view.methods = new Map([
    ['copy', { name: 'Copy', invoke: () => (target instanceof PsObject ? PsObject.from([...target.properties.values()].map((p) => [p.name, target.value(p)])) : target) }],
  ]);
  memberCollections.set(props, target);
  return view;
}

/** Properties collections and the object they belong to, for Remove and Match. */
const memberCollections = new WeakMap<object, unknown>();

/** `.Properties.Remove('n')` and `.Properties.Match('n*')`; undefined otherwise. */
export function memberCollectionMethod(collection: unknown[], lower: string, args: unknown[]): { result: unknown } | undefined {
  if (!memberCollections.has(collection)) return undefined;
  const owner = memberCollections.get(collection);
  const name = toStr(args[0]);
  switch (lower) {
    case 'remove':
      if (owner instanceof PsObject) owner.properties.delete(name.toLowerCase());
      return { result: undefined };
    case 'match': return { result: collection.filter((p) => p instanceof PsObject && wildcardMatch(toStr(p.get('Name')?.value), name, false)) };
  }
  return undefined;
}
