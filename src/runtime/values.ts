/**
 * # Runtime values
 *
 * How PowerShell values are held in JavaScript, chosen so the common cases allocate nothing:
 * - `string`, `boolean` and `null` are themselves; `undefined` is AutomationNull (a command that
 *   wrote nothing), which PowerShell distinguishes from `$null` in pipelines.
 * - A JS `number` that is an integer in Int32 range is an Int32; any other JS number is a Double.
 *   Other numeric types (an integral Double, Int64, Decimal, Byte, UInt32, ...) are `TypedNumber`.
 * - Arrays are JS arrays (`object[]`); typed arrays carry their element type in `ELEMENT_TYPE`.
 * - Everything else is a class below.
 */
import type { ScriptBlock } from '../syntax/ast.js';

export type NumericType = 'Int32' | 'Int64' | 'Double' | 'Decimal' | 'Byte' | 'SByte' | 'Int16' | 'UInt16' | 'UInt32' | 'UInt64' | 'Single' | 'BigInteger';

/** A number whose .NET type a plain JS number cannot express. */
export class TypedNumber {
  /**
   * `text` is set for a number written as a command argument (`Write-Output 0x10`): pwsh keeps
   * the token's text and shows it when the object is formatted, though it computes with the value.
   * `big` is the exact integer of an Int64, UInt64 or BigInteger, or a Decimal's mantissa with
   * `scale` digits after the point (see exact-numbers.ts); `value` is then its nearest double.
   */
  constructor(
    readonly type: NumericType,
    readonly value: number,
    readonly text?: string,
    readonly big?: bigint,
    readonly scale?: number,
  ) {}
  valueOf(): number { return this.value; }
}

export class PsChar {
  constructor(readonly code: number) {}
  toString(): string { return String.fromCharCode(this.code); }
}

/** Element type of a typed array such as `[int[]]`. */
export const ELEMENT_TYPE = Symbol('elementType');
/** The .NET type of a growable list (ArrayList, List[T]) held as a JS array; see lists.ts. */
export const LIST_TYPE = Symbol('listType');
export type PsArray = unknown[] & { [ELEMENT_TYPE]?: string; [LIST_TYPE]?: string };

/** A hashtable: case-insensitive string keys, insertion order kept (see README on ordering). */
export class PsHashtable {
  readonly map = new Map<unknown, { key: unknown; value: unknown }>();
  constructor(readonly ordered = false) {}

  static normalize(key: unknown): unknown {
    if (typeof key === 'string') return key.toLowerCase();
    if (key instanceof TypedNumber) return key.value;
    if (key instanceof PsChar) return String.fromCharCode(key.code).toLowerCase();
    return key;
  }
  /** The .NET type of a hashtable-like collection that is not a Hashtable (generic-dictionary.ts). */
  get dotnetType(): string | undefined { return undefined; }
  /** What it converts to as a string, when it is not a Hashtable. */
  get dotnetText(): string | undefined { return undefined; }
  /** The map key a key is stored under: a hashtable's string keys are case-insensitive. */
  protected keyOf(key: unknown): unknown { return PsHashtable.normalize(key); }
  get(key: unknown): unknown { return this.map.get(this.keyOf(key))?.value; }
  has(key: unknown): boolean { return this.map.has(this.keyOf(key)); }
  set(key: unknown, value: unknown): void {
    const k = this.keyOf(key);
    const existing = this.map.get(k);
    if (existing) existing.value = value;
    else this.map.set(k, { key, value });
  }
  delete(key: unknown): boolean { return this.map.delete(this.keyOf(key)); }
  get size(): number { return this.map.size; }
  keys(): unknown[] { return [...this.map.values()].map((e) => e.key); }
  values(): unknown[] { return [...this.map.values()].map((e) => e.value); }
  entries(): { key: unknown; value: unknown }[] { return [...this.map.values()]; }
  clone(): PsHashtable {
    const h = new PsHashtable(this.ordered);
    for (const e of this.map.values()) h.set(e.key, e.value);
    return h;
  }
}

export interface PsProperty {
  name: string;
  value: unknown;
  /** Script properties and the like compute their value. */
  getter?: () => unknown;
  /** The value came wrapped in a PSObject (a calculated property): Get-Member names its full type. */
  wrapped?: boolean;
  /** Added by Add-Member as a script or alias property (a note property otherwise). */
  memberType?: 'ScriptProperty' | 'AliasProperty';
  /** Assignment: a script property's set block, an alias property's target. */
  setter?: (value: unknown) => void;
  /** Get-Member's definition for script and alias properties. */
  definition?: string;
}

/** A method added with Add-Member -MemberType ScriptMethod. */
export interface PsScriptMethod {
  name: string;
  invoke(args: unknown[]): unknown;
}

/** A PSObject / PSCustomObject: named properties in order, looked up case-insensitively. */
/** A PSCustomObject, including what Select-Object makes (`Selected.<type>` first in its type names). */
export function isCustomObject(v: unknown): v is PsObject {
  return v instanceof PsObject && v.typeNames.includes('System.Management.Automation.PSCustomObject');
}

export class PsObject {
  readonly properties = new Map<string, PsProperty>();
  typeNames: string[];
  /** What the object converts to as a string, for .NET objects modelled as PSObjects. */
  display?: string;
  /** Script methods, by lower-case name. */
  methods?: Map<string, PsScriptMethod>;
  constructor(typeNames: string[] = ['System.Management.Automation.PSCustomObject', 'System.Object']) {
    this.typeNames = typeNames;
  }
  static from(entries: Iterable<[string, unknown]>): PsObject {
    const o = new PsObject();
    for (const [k, v] of entries) o.set(k, v);
    return o;
  }
  get(name: string): PsProperty | undefined { return this.properties.get(name.toLowerCase()); }
  set(name: string, value: unknown): void {
    const existing = this.properties.get(name.toLowerCase());
    if (existing) { existing.value = value; existing.getter = undefined; }
    else this.properties.set(name.toLowerCase(), { name, value });
  }
  value(p: PsProperty): unknown { return p.getter ? p.getter() : p.value; }
}

export class ScriptBlockValue {
  constructor(readonly ast: ScriptBlock, readonly text: string) {}
  toString(): string { return this.text; }
}

/** A type as a value: `[int]`. */
export class PsTypeValue {
  constructor(readonly fullName: string) {}
  /** The name without namespace or generic arguments: `PSReference`1` for `...PSReference`1[System.Int32]`. */
  get name(): string {
    const open = this.fullName.search(/\[[^\]]/);
    const base = open < 0 ? this.fullName : this.fullName.slice(0, open);
    const i = base.lastIndexOf('.');
    return i < 0 ? base : base.slice(i + 1);
  }
  toString(): string { return this.fullName; }
}

/** A .NET enum value: `[ConsoleColor]'Red'`, `-ErrorAction Stop`. */
export class PsEnum {
  constructor(readonly typeName: string, readonly name: string, readonly value: number) {}
  toString(): string { return this.name; }
}

/**
 * A `-Name` that a simple function could not bind and left in `$args`: a string to the script,
 * but splatting `@args` passes it on as a parameter name again, as pwsh does.
 */
export class PsArgumentName {
  constructor(readonly text: string) {}
  toString(): string { return this.text; }
}

export class PsSwitch {
  constructor(readonly isPresent: boolean) {}
  toString(): string { return this.isPresent ? 'True' : 'False'; }
}

export class PsGuid {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

export type DisplayHint = 'Date' | 'Time' | 'DateTime';

export class PsDateTime {
  /** Get-Date's DisplayHint note property: which part the default view shows. */
  constructor(readonly date: Date, readonly displayHint?: DisplayHint) {}
}

export class PsRegex {
  constructor(readonly pattern: string, readonly regex: RegExp) {}
  toString(): string { return this.pattern; }
}

/** A .NET exception as scripts see it: `$_.Exception.Message`, `-is [System.ArgumentException]`. */
export class PsException {
  constructor(
    readonly typeName: string,
    readonly message: string,
    readonly innerException?: PsException,
    /** Set when `throw` raised it, which the error view shows as "Exception:". */
    readonly wasThrownFromThrowStatement = false,
  ) {}
  toString(): string { return this.message; }
}

export type ErrorCategory =
  | 'NotSpecified' | 'OpenError' | 'CloseError' | 'DeviceError' | 'DeadlockDetected' | 'InvalidArgument'
  | 'InvalidData' | 'InvalidOperation' | 'InvalidResult' | 'InvalidType' | 'MetadataError' | 'NotImplemented'
  | 'NotInstalled' | 'ObjectNotFound' | 'OperationStopped' | 'OperationTimeout' | 'SyntaxError' | 'ParserError'
  | 'PermissionDenied' | 'ResourceBusy' | 'ResourceExists' | 'ResourceUnavailable' | 'ReadError' | 'WriteError'
  | 'FromStdErr' | 'SecurityError' | 'ProtocolError' | 'ConnectionError' | 'AuthenticationError'
  | 'LimitsExceeded' | 'QuotaExceeded' | 'NotEnabled';

/** Where an error happened: the command and the script extent, as PowerShell's InvocationInfo. */
export interface InvocationInfo {
  commandName?: string;
  /** MyCommand.CommandType, with commandName. */
  commandType?: 'Cmdlet' | 'Function' | 'Filter' | 'ExternalScript';
  /** The script path, or '' for -Command text. */
  scriptName: string;
  line: number;
  /** 1-based column of the extent start. */
  column: number;
  /** The text of the whole source line. */
  lineText: string;
  /** Length of the highlighted extent on that line. */
  extentLength: number;
}

/** An ErrorRecord: what `$Error`, `$_` in catch and the error stream hold. */
export class PsErrorRecord {
  constructor(
    readonly exception: PsException,
    readonly errorId: string,
    readonly category: ErrorCategory,
    readonly targetObject: unknown,
    public invocationInfo: InvocationInfo | undefined,
    /** The command name used in `<ErrorId>,<Command>`; undefined for script errors. */
    public fullyQualifiedCommand?: string,
    /** The activity shown before the colon in the concise view ("Write-Error", "f"). */
    public activity?: string,
    /** ErrorDetails.Message: shown instead of the exception's message when set. */
    public details?: string,
  ) {}
  /** CategoryInfo.Activity when it differs from the displayed activity (a missing command has none). */
  categoryActivity?: string;
  get fullyQualifiedErrorId(): string {
    return this.fullyQualifiedCommand ? `${this.errorId},${this.fullyQualifiedCommand}` : this.errorId;
  }
  toString(): string { return this.exception.message; }
}

export const isArray = Array.isArray as (v: unknown) => v is PsArray;

/** Int32 test for the plain-number representation. */
export function isInt32(v: number): boolean {
  return (v | 0) === v && !Object.is(v, -0);
}
