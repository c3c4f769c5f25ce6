/**
 * # .NET type names as PowerShell scripts see them
 *
 * Type accelerators (`[int]` is System.Int32), the type of each runtime value (`GetType()`), and the
 * small part of the .NET type hierarchy that `-is` and typed `catch` need.
 */
import {
  PsArgumentName, PsChar, PsDateTime, PsEnum, PsErrorRecord, PsException, PsGuid, PsHashtable, PsObject, PsRegex, PsSwitch,
  PsTypeValue, ScriptBlockValue, TypedNumber, ELEMENT_TYPE, LIST_TYPE, isInt32,
} from './values.js';

const ACCELERATORS: Record<string, string> = {
  int: 'System.Int32', int32: 'System.Int32', long: 'System.Int64', int64: 'System.Int64', double: 'System.Double',
  decimal: 'System.Decimal', string: 'System.String', char: 'System.Char', bool: 'System.Boolean',
  boolean: 'System.Boolean', byte: 'System.Byte', sbyte: 'System.SByte', int16: 'System.Int16', short: 'System.Int16',
  uint16: 'System.UInt16', ushort: 'System.UInt16', uint32: 'System.UInt32', uint: 'System.UInt32',
  uint64: 'System.UInt64', ulong: 'System.UInt64', single: 'System.Single', float: 'System.Single',
  bigint: 'System.Numerics.BigInteger', object: 'System.Object', array: 'System.Array',
  hashtable: 'System.Collections.Hashtable', scriptblock: 'System.Management.Automation.ScriptBlock',
  datetime: 'System.DateTime', regex: 'System.Text.RegularExpressions.Regex',
  pscustomobject: 'System.Management.Automation.PSObject', psobject: 'System.Management.Automation.PSObject',
  ordered: 'System.Collections.Specialized.OrderedDictionary', guid: 'System.Guid', void: 'System.Void', ref: 'System.Management.Automation.PSReference',
  switch: 'System.Management.Automation.SwitchParameter', math: 'System.Math', type: 'System.Type',
  errorrecord: 'System.Management.Automation.ErrorRecord', exception: 'System.Exception',
  timespan: 'System.TimeSpan', version: 'System.Version', valuetype: 'System.ValueType', enum: 'System.Enum',
  'collections.hashtable': 'System.Collections.Hashtable', arraylist: 'System.Collections.ArrayList',
  ipaddress: 'System.Net.IPAddress', securestring: 'System.Security.SecureString', cimsession: 'Microsoft.Management.Infrastructure.CimSession',
  pscredential: 'System.Management.Automation.PSCredential', runtimeexception: 'System.Management.Automation.RuntimeException',
};

/** Every full type name we model, by its lower-case form. */
const KNOWN_TYPES = new Map<string, string>();
const learn = (name: string) => KNOWN_TYPES.set(name.toLowerCase(), name);
Object.values(ACCELERATORS).forEach(learn);
[
  'System.Text.Encoding', 'System.Collections.Queue', 'System.Collections.Stack', 'System.ArgumentException', 'System.ArgumentNullException', 'System.ArgumentOutOfRangeException', 'System.InvalidOperationException',
  'System.DivideByZeroException', 'System.ArithmeticException', 'System.SystemException', 'System.FormatException',
  'System.InvalidCastException', 'System.NotSupportedException', 'System.NullReferenceException', 'System.IO.IOException',
  'System.IO.FileNotFoundException', 'System.IO.DirectoryNotFoundException', 'System.OutOfMemoryException',
  'System.Management.Automation.ItemNotFoundException', 'System.Management.Automation.CommandNotFoundException',
  'System.Management.Automation.ParameterBindingException', 'System.Management.Automation.PSInvalidCastException',
  'System.Management.Automation.ActionPreferenceStopException', 'System.Management.Automation.MethodInvocationException',
  'System.Management.Automation.MethodException', 'System.Management.Automation.PSArgumentException',
  'System.Management.Automation.ValidationMetadataException', 'System.Management.Automation.ScriptCallDepthException',
  'System.Management.Automation.PSCustomObject', 'System.Management.Automation.WildcardPatternException',
  'System.Management.Automation.ParseException', 'System.Collections.IDictionary', 'System.Collections.IList',
  'System.Collections.IEnumerable', 'System.RuntimeType', 'System.Management.Automation.PSInvalidOperationException',
  'System.Management.Automation.PSNotSupportedException', 'System.Management.Automation.PSArgumentOutOfRangeException',
  'System.Management.Automation.PipelineStoppedException', 'System.Text.RegularExpressions.RegexParseException',
  'System.Management.Automation.SetValueInvocationException', 'System.Management.Automation.GetValueInvocationException',
  'System.Management.Automation.PropertyNotFoundException', 'System.Management.Automation.IncompleteParseException',
  'System.Management.Automation.RuntimeException', 'System.Management.Automation.ExtendedTypeSystemException',
  'System.Management.Automation.SessionStateException', 'System.Management.Automation.MetadataException',
  'System.Management.Automation.ErrorRecord', 'System.IComparable', 'System.IO.File', 'System.IO.Path', 'System.Environment', 'System.Convert',
  'System.Text.StringBuilder', 'System.Diagnostics.Stopwatch',
].forEach(learn);

/** The enums scripts meet: names in value order (values are the indexes unless listed). */
export const ENUMS: Record<string, string[]> = {
  'System.Management.Automation.ActionPreference': ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'],
  'System.Management.Automation.ErrorCategory': ['NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData', 'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled', 'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied', 'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr', 'SecurityError', 'ProtocolError', 'ConnectionError', 'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotEnabled'],
  'System.ConsoleColor': ['Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray', 'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White'],
  'System.Management.Automation.ConfirmImpact': ['None', 'Low', 'Medium', 'High'],
  'System.DayOfWeek': ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  'System.StringSplitOptions': ['None', 'RemoveEmptyEntries', 'TrimEntries'],
  'Microsoft.Management.Infrastructure.CimCmdlets.ProtocolType': ['Default', 'Dcom', 'Wsman'],
  'Microsoft.PowerShell.Commands.DisplayHintType': ['Date', 'Time', 'DateTime'],
};
for (const name of Object.keys(ENUMS)) learn(name);

/** [Flags] enums: each name with its bit value, composites after the single bits they combine. */
export const FLAG_ENUMS: Record<string, [string, number][]> = {
  'System.Management.Automation.PSTraceSourceOptions': [
    ['None', 0], ['Constructor', 1], ['Dispose', 2], ['Finalizer', 4], ['Method', 8], ['Property', 16], ['Delegates', 32],
    ['Events', 64], ['Exception', 128], ['Lock', 256], ['Error', 512], ['Warning', 1024], ['Verbose', 2048], ['WriteLine', 4096],
    ['Scope', 8192], ['Assert', 16384], ['Errors', 640], ['Data', 6160], ['ExecutionFlow', 8303], ['All', 32767],
  ],
  'System.Management.Automation.PSMemberTypes': [
    ['AliasProperty', 1], ['CodeProperty', 2], ['Property', 4], ['NoteProperty', 8], ['ScriptProperty', 16], ['PropertySet', 32],
    ['Method', 64], ['CodeMethod', 128], ['ScriptMethod', 256], ['ParameterizedProperty', 512], ['MemberSet', 1024], ['Event', 2048],
    ['Dynamic', 4096], ['InferredProperty', 8192], ['Properties', 8223], ['Methods', 448], ['All', 16383],
  ],
  'System.Management.Automation.CommandTypes': [
    ['Alias', 1], ['Function', 2], ['Filter', 4], ['Cmdlet', 8], ['ExternalScript', 16], ['Application', 32], ['Script', 64],
    ['Configuration', 256], ['All', 383],
  ],
  'System.Diagnostics.TraceOptions': [
    ['None', 0], ['LogicalOperationStack', 1], ['DateTime', 2], ['Timestamp', 4], ['ProcessId', 8], ['ThreadId', 16], ['Callstack', 32],
  ],
};
for (const name of Object.keys(FLAG_ENUMS)) learn(name);
KNOWN_TYPES.set('actionpreference', 'System.Management.Automation.ActionPreference');
KNOWN_TYPES.set('consolecolor', 'System.ConsoleColor');

/** Base types of the exceptions and values we model, for `-is` and `catch [T]`. */
const BASE_TYPE: Record<string, string> = {
  'system.exception': 'System.Object',
  'system.systemexception': 'System.Exception',
  'system.argumentexception': 'System.SystemException',
  'system.argumentnullexception': 'System.ArgumentException',
  'system.argumentoutofrangeexception': 'System.ArgumentException',
  'system.invalidoperationexception': 'System.SystemException',
  'system.arithmeticexception': 'System.SystemException',
  'system.dividebyzeroexception': 'System.ArithmeticException',
  'system.formatexception': 'System.SystemException',
  'system.invalidcastexception': 'System.SystemException',
  'system.notsupportedexception': 'System.SystemException',
  'system.nullreferenceexception': 'System.SystemException',
  'system.outofmemoryexception': 'System.SystemException',
  'system.io.ioexception': 'System.SystemException',
  'system.io.filenotfoundexception': 'System.IO.IOException',
  'system.io.directorynotfoundexception': 'System.IO.IOException',
  'system.management.automation.runtimeexception': 'System.SystemException',
  'system.management.automation.itemnotfoundexception': 'System.Management.Automation.SessionStateException',
  'system.management.automation.sessionstateexception': 'System.Management.Automation.RuntimeException',
  'system.management.automation.commandnotfoundexception': 'System.Management.Automation.RuntimeException',
  'system.management.automation.parameterbindingexception': 'System.Management.Automation.RuntimeException',
  'system.management.automation.psinvalidcastexception': 'System.InvalidCastException',
  'system.management.automation.actionpreferencestopexception': 'System.Management.Automation.RuntimeException',
  'system.management.automation.methodexception': 'System.Management.Automation.ExtendedTypeSystemException',
  'system.management.automation.methodinvocationexception': 'System.Management.Automation.MethodException',
  'system.management.automation.extendedtypesystemexception': 'System.Management.Automation.RuntimeException',
  'system.management.automation.psargumentexception': 'System.ArgumentException',
  'system.management.automation.validationmetadataexception': 'System.Management.Automation.MetadataException',
  'system.management.automation.metadataexception': 'System.Management.Automation.RuntimeException',
  'system.management.automation.scriptcalldepthexception': 'System.SystemException',
  'system.management.automation.wildcardpatternexception': 'System.Management.Automation.RuntimeException',
  'system.management.automation.parseexception': 'System.Management.Automation.RuntimeException',
  'system.management.automation.psinvalidoperationexception': 'System.InvalidOperationException',
  'system.management.automation.psnotsupportedexception': 'System.NotSupportedException',
  'system.management.automation.psargumentoutofrangeexception': 'System.ArgumentOutOfRangeException',
  'system.management.automation.propertynotfoundexception': 'System.Management.Automation.ExtendedTypeSystemException',
  'system.management.automation.setvalueinvocationexception': 'System.Management.Automation.ExtendedTypeSystemException',
  'system.management.automation.getvalueinvocationexception': 'System.Management.Automation.ExtendedTypeSystemException',
  'system.text.regularexpressions.regexparseexception': 'System.ArgumentException',
  'system.int32': 'System.ValueType', 'system.int64': 'System.ValueType', 'system.double': 'System.ValueType',
  'system.decimal': 'System.ValueType', 'system.boolean': 'System.ValueType', 'system.char': 'System.ValueType',
  'system.byte': 'System.ValueType', 'system.sbyte': 'System.ValueType', 'system.int16': 'System.ValueType',
  'system.uint16': 'System.ValueType', 'system.uint32': 'System.ValueType', 'system.uint64': 'System.ValueType',
  'system.single': 'System.ValueType', 'system.datetime': 'System.ValueType', 'system.guid': 'System.ValueType',
  'system.valuetype': 'System.Object', 'system.string': 'System.Object', 'system.enum': 'System.ValueType',
  'microsoft.management.infrastructure.cimcmdlets.protocoltype': 'System.Enum',
  'system.management.automation.actionpreference': 'System.Enum', 'system.management.automation.errorcategory': 'System.Enum',
  'system.consolecolor': 'System.Enum', 'system.management.automation.confirmimpact': 'System.Enum', 'system.dayofweek': 'System.Enum',
  'system.collections.hashtable': 'System.Object', 'system.collections.specialized.ordereddictionary': 'System.Object',
};

/** Interfaces a few types implement, for `-is [System.Collections.IDictionary]` and friends. */
const INTERFACES: Record<string, string[]> = {
  'system.collections.hashtable': ['System.Collections.IDictionary', 'System.Collections.IEnumerable'],
  'system.collections.specialized.ordereddictionary': ['System.Collections.IDictionary', 'System.Collections.IEnumerable'],
  'system.collections.generic.dictionary`2': ['System.Collections.IDictionary', 'System.Collections.IEnumerable'],
  'system.object[]': ['System.Collections.IList', 'System.Collections.IEnumerable', 'System.Array'],
  'system.string': ['System.Collections.IEnumerable', 'System.IComparable'],
};

/**
 * Resolves a type name as written in a script (`int`, `System.Int32`, `string[]`) to its full name,
 * or undefined when the type is unknown here.
 */
export function resolveTypeName(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed.endsWith('[]')) {
    const element = resolveTypeName(trimmed.slice(0, -2));
    return element ? element + '[]' : undefined;
  }
  const lower = trimmed.toLowerCase();
  const acc = ACCELERATORS[lower];
  if (acc) return acc;
  const known = KNOWN_TYPES.get(lower) ?? KNOWN_TYPES.get('system.' + lower);
  if (known) return known;
  if (/^system\.collections\.generic\.(list|dictionary|hashset|queue|stack)\[/i.test(trimmed)) return trimmed;
  return undefined;
}

/** The .NET full type name of a runtime value (what `.GetType().FullName` prints). */
export function typeNameOf(v: unknown): string {
  switch (typeof v) {
    case 'string': return 'System.String';
    case 'boolean': return 'System.Boolean';
    case 'number': return isInt32(v) ? 'System.Int32' : 'System.Double';
    case 'bigint': return 'System.Int64';
    case 'undefined': return 'System.Object';
  }
  if (v === null) return 'System.Object';
  if (Array.isArray(v)) {
    const list = (v as { [LIST_TYPE]?: string })[LIST_TYPE];
    if (list) return list;
    return ((v as { [ELEMENT_TYPE]?: string })[ELEMENT_TYPE] ?? 'System.Object') + '[]';
  }
  if (v instanceof TypedNumber) return v.type === 'BigInteger' ? 'System.Numerics.BigInteger' : 'System.' + v.type;
  if (v instanceof PsChar) return 'System.Char';
  if (v instanceof PsHashtable) return v.dotnetType ?? (v.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable');
  if (v instanceof PsObject) return v.typeNames.includes('System.Management.Automation.PSCustomObject') ? 'System.Management.Automation.PSCustomObject' : v.typeNames[0]!;
  if (v instanceof ScriptBlockValue) return 'System.Management.Automation.ScriptBlock';
  if (v instanceof PsTypeValue) return 'System.RuntimeType';
  if (v instanceof PsErrorRecord) return 'System.Management.Automation.ErrorRecord';
  if (v instanceof PsException) return v.typeName;
  if (v instanceof PsGuid) return 'System.Guid';
  if (v instanceof PsDateTime) return 'System.DateTime';
  if (v instanceof PsRegex) return 'System.Text.RegularExpressions.Regex';
  if (v instanceof PsSwitch) return 'System.Management.Automation.SwitchParameter';
  if (v instanceof PsEnum) return v.typeName;
  if (v instanceof PsArgumentName) return 'System.String';
  // Objects modelled outside the runtime (CIM sessions) name their own type.
  if (typeof v === 'object' && 'psTypeName' in v && typeof (v as { psTypeName: unknown }).psTypeName === 'string') return (v as { psTypeName: string }).psTypeName;
  return 'System.Object';
}

/** `value -is [type]`, over the modelled hierarchy. */
export function isInstanceOf(v: unknown, fullName: string): boolean {
  if (v === null || v === undefined) return false;
  const target = fullName.toLowerCase();
  if (target === 'system.object') return true;
  if (target === 'system.management.automation.psobject') return v instanceof PsObject;
  if (target === 'system.management.automation.pscustomobject') return v instanceof PsObject;
  if (target === 'system.array') return Array.isArray(v);
  if (target === 'system.type') return v instanceof PsTypeValue;
  if (target.endsWith('[]') && Array.isArray(v)) {
    const element = ((v as { [ELEMENT_TYPE]?: string })[ELEMENT_TYPE] ?? 'System.Object').toLowerCase();
    return element === target.slice(0, -2);
  }
  // A PSObject is also each type its type names list (a modelled .NET object's base types).
  if (v instanceof PsObject && v.typeNames.some((t) => t.toLowerCase() === target)) return true;
  let current: string | undefined = typeNameOf(v);
  while (current) {
    const lower = current.toLowerCase();
    if (lower === target) return true;
    if (INTERFACES[lower]?.some((i) => i.toLowerCase() === target)) return true;
    current = BASE_TYPE[lower];
  }
  return false;
}

/** The short name of a type: `Int32` for System.Int32. */
export function shortTypeName(fullName: string): string {
  const generic = fullName.indexOf('[');
  const head = generic > 0 ? fullName.slice(0, generic) : fullName;
  const dot = head.lastIndexOf('.');
  return (dot < 0 ? head : head.slice(dot + 1)) + (generic > 0 ? fullName.slice(generic) : '');
}
