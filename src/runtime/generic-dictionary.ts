/**
 * # System.Collections.Generic.Dictionary[TKey,TValue]
 *
 * A hashtable whose keys and values are converted to their declared types, whose string keys are
 * case-sensitive (.NET's default comparer; `[StringComparer]` is not modelled), and whose methods
 * are .NET's: Add fails on a key it has, Remove tells whether it removed,
 * TryGetValue hands the value back through a `[ref]`. Indexing, `.Keys`, `.Count`, formatting and
 * the pipeline treat it as they treat a hashtable, as pwsh does.
 */
import { convertTo, toStr } from './conversion.js';
import { RuntimeError } from './errors.js';
import { psEquals } from './operators.js';
import { PsReference } from './reference.js';
import { resolveTypeName } from './types.js';
import { PsHashtable, PsObject, TypedNumber } from './values.js';

const PREFIX = 'System.Collections.Generic.Dictionary';

export class PsDictionary extends PsHashtable {
  constructor(readonly keyType: string, readonly valueType: string) {
    super(true);
  }

  /** Keys are converted to TKey when stored and when looked up (`$d[1]` finds the key '1'). */
  protected override keyOf(key: unknown): unknown {
    let k = key;
    try {
      k = convertTo(key, this.keyType);
    } catch {
      // A key that cannot be a TKey is simply not there.
    }
    if (typeof k === 'string') return k;
    return k instanceof TypedNumber ? k.value : PsHashtable.normalize(k);
  }

  override set(key: unknown, value: unknown): void {
    super.set(convertTo(key, this.keyType), convertTo(value, this.valueType));
  }

  /** As lists are named: `GetType().Name` is `Dictionary`2`. */
  override get dotnetType(): string { return `${PREFIX}\`2`; }

  /** `"$d"`: `System.Collections.Generic.Dictionary`2[System.String,System.Int32]`. */
  override get dotnetText(): string { return `${PREFIX}\`2[${this.keyType},${this.valueType}]`; }
}

/** The key and value types a (resolved) type name gives a dictionary: `Dictionary[string,int]`. */
export function dictionaryTypeOf(fullName: string): { key: string; value: string } | undefined {
  const m = /^System\.Collections\.Generic\.Dictionary(?:`2)?\[(.+)\]$/i.exec(fullName);
  if (!m) return undefined;
  const parts = splitTypeArguments(m[1]!);
  if (parts.length !== 2) return undefined;
  const [key, value] = parts.map((p) => resolveTypeName(p.replace(/^\[|\]$/g, '').trim()) ?? p.trim()) as [string, string];
  return { key, value };
}

/** `a,b` of a generic type's arguments, where an argument may have brackets of its own. */
function splitTypeArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `::new()`, `::new(capacity)`, `::new($dictionary)` (a copy) and New-Object. */
export function newDictionary(type: { key: string; value: string }, args: unknown[]): PsDictionary {
  const d = new PsDictionary(type.key, type.value);
  const source = args[0];
  if (source instanceof PsHashtable) for (const e of source.entries()) d.set(e.key, e.value);
  return d;
}

function methodError(name: string, args: unknown[], message: string, type: string): RuntimeError {
  return RuntimeError.of('System.Management.Automation.MethodInvocationException', `Exception calling "${name}" with "${args.length}" argument(s): "${message}"`, type, 'NotSpecified');
}

/** Dictionary's own methods; undefined for those it shares with a hashtable. */
export function dictionaryMethod(d: PsDictionary, lower: string, name: string, args: unknown[]): { result: unknown } | undefined {
  switch (lower) {
    case 'add': {
      const key = convertTo(args[0], d.keyType);
      if (d.has(key)) throw methodError(name, args, `An item with the same key has already been added. Key: ${toStr(key)}`, 'ArgumentException');
      d.set(key, args[1]);
      return { result: undefined };
    }
    case 'tryadd': {
      if (d.has(args[0])) return { result: false };
      d.set(args[0], args[1]);
      return { result: true };
    }
    // Keys convert to TKey in has/get/delete (keyOf).
    case 'remove': return { result: d.delete(args[0]) };
    case 'containskey': return { result: d.has(args[0]) };
    case 'containsvalue': return { result: d.values().some((v) => psEquals(v, args[0], true)) };
    case 'trygetvalue': {
      const found = d.has(args[0]);
      // The out parameter gets the type's default when the key is missing, as in .NET.
      const value = found ? d.get(args[0]) : VALUE_TYPES.test(d.valueType) ? convertTo(null, d.valueType) : null;
      if (args[1] instanceof PsReference) args[1].target = value;
      return { result: found };
    }
    case 'getenumerator': return { result: keyValuePairs(d) };
  }
  return undefined;
}

/** Types whose default is not null: what TryGetValue hands back for a missing key. */
const VALUE_TYPES = /^System\.(U?Int(16|32|64)|S?Byte|Double|Single|Decimal|Boolean|Char|DateTime|TimeSpan|Guid)$/;

/** Its entries as .NET enumerates them: KeyValuePair objects, which the formatter shows too. */
export function keyValuePairs(d: PsDictionary): PsObject[] {
  return d.entries().map((e) => {
    const pair = new PsObject([`System.Collections.Generic.KeyValuePair\`2[${d.keyType},${d.valueType}]`, 'System.ValueType', 'System.Object']);
    pair.set('Key', e.key);
    pair.set('Value', e.value);
    return pair;
  });
}
