/**
 * # Syntax lines generated from command metadata
 *
 * One line per parameter set (the default set first), parameters in PowerShell's display order:
 * positional parameters by position, then mandatory named ones, then optional named ones, then
 * `[-WhatIf] [-Confirm]` and `[<CommonParameters>]`. Mandatory parameters stand bare
 * (`-Name <string>`), optional ones in brackets, and a positional name is bracketed itself
 * (`[-Name] <string>`). `Get-Command -Syntax` spells types as pwsh 7 does (`<string[]>`); help
 * pages spell them as the help files do (`<String[]>`).
 */
import { ALL_SETS, inSet, type CommandMetadata, type ParameterMetadata } from './metadata.js';
import { shortTypeName } from '../runtime/types.js';
import type { CommandEntry } from './command-info.js';

export type SyntaxStyle = 'command' | 'help';

/** pwsh's short spellings of common types in `Get-Command -Syntax`. */
const COMMAND_TYPE_NAMES: Record<string, string> = {
  'system.string': 'string', 'system.int32': 'int', 'system.uint32': 'uint', 'system.int64': 'long',
  'system.double': 'double', 'system.decimal': 'decimal', 'system.boolean': 'bool', 'system.char': 'char',
  'system.byte': 'byte', 'system.guid': 'guid', 'system.collections.hashtable': 'hashtable',
  'system.management.automation.psobject': 'psobject', 'system.management.automation.scriptblock': 'scriptblock',
  'system.datetime': 'datetime', 'system.text.regularexpressions.regex': 'regex', 'system.management.automation.switchparameter': 'switch',
  'microsoft.powershell.commands.pspropertyexpression': 'pspropertyexpression',
};

export function typeDisplay(fullName: string, style: SyntaxStyle): string {
  if (fullName.endsWith('[]')) return typeDisplay(fullName.slice(0, -2), style) + '[]';
  if (style === 'command') {
    const short = COMMAND_TYPE_NAMES[fullName.toLowerCase()];
    if (short) return short;
  }
  return shortTypeName(fullName);
}

/** The sets to show: the default first, then the others in declaration order. */
function setsInOrder(meta: CommandMetadata): string[] {
  const named = meta.setNames.filter((s) => s !== ALL_SETS);
  if (named.length === 0) return [ALL_SETS];
  const def = meta.defaultParameterSet;
  const ordered = def && named.includes(def) ? [def, ...named.filter((s) => s !== def)] : named;
  return ordered;
}

function parameterText(p: ParameterMetadata, set: string, style: SyntaxStyle): string {
  const m = inSet(p, set)!;
  const name = `-${p.name}`;
  if (p.isSwitch) return m.mandatory ? name : `[${name}]`;
  const type = `<${typeDisplay(p.type, style)}>`;
  if (m.position !== undefined) {
    const inner = `[${name}] ${type}`;
    return m.mandatory ? inner : `[${inner}]`;
  }
  return m.mandatory ? `${name} ${type}` : `[${name} ${type}]`;
}

export function syntaxLines(meta: CommandMetadata, commandName: string, style: SyntaxStyle): string[] {
  const lines: string[] = [];
  for (const set of setsInOrder(meta)) {
    const members = meta.parameters.filter((p) => !p.isCommon && inSet(p, set));
    const positional = members.filter((p) => inSet(p, set)!.position !== undefined)
      .sort((a, b) => inSet(a, set)!.position! - inSet(b, set)!.position!);
    const named = members.filter((p) => inSet(p, set)!.position === undefined);
    const ordered = [...positional, ...named.filter((p) => inSet(p, set)!.mandatory), ...named.filter((p) => !inSet(p, set)!.mandatory)];
    const parts = [commandName, ...ordered.map((p) => parameterText(p, set, style))];
    if (meta.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
    if (meta.parameters.some((p) => p.isCommon && p.name === 'Verbose')) parts.push('[<CommonParameters>]');
    lines.push(parts.join(' '));
  }
  return lines;
}

/**
 * A listed command's syntax lines: from its metadata, under its own name (an alias shows its
 * target's parameters under the alias). A function without parameters is just its name; an alias
 * of one has no lines.
 */
export function entrySyntax(entry: Pick<CommandEntry, 'name' | 'commandType' | 'metadata'>, style: SyntaxStyle): string[] {
  if (entry.metadata) return syntaxLines(entry.metadata, entry.name, style);
  return entry.commandType === 'Alias' ? [] : [entry.name];
}
