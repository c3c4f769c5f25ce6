/**
 * # Declaring a cmdlet
 *
 * A cmdlet is its declaration (parameters as data, read by the binder, Get-Command and help)
 * plus a factory that makes a fresh begin/process/end implementation for each invocation.
 */
import type { CmdletHelp, CmdletImplementation, CmdletInfo } from '../commands/command-info.js';
import { buildMetadata, type CommandDeclaration, type CommandMetadata } from '../commands/metadata.js';

export function defineCmdlet(
  decl: CommandDeclaration & { module?: string; help?: CmdletHelp; implementingType?: string },
  create: () => CmdletImplementation,
): CmdletInfo {
  // Built when the cmdlet is first looked at (bound, listed, completed), not at start-up for all of them.
  let metadata: CommandMetadata | undefined;
  return {
    kind: 'Cmdlet', name: decl.name, module: decl.module ?? 'Microsoft.PowerShell.Utility',
    implementingType: decl.implementingType ?? `Microsoft.PowerShell.Commands.${decl.name.replace('-', '')}Command`,
    get metadata() { return metadata ??= buildMetadata(decl); },
    help: decl.help, create,
  };
}

/**
 * The process block of a cmdlet that must see all its input before writing (Sort, Group, Out-String,
 * Measure): collects each -InputObject or pipeline object into `items`.
 */
export function collectInput(items: unknown[], keepNull: boolean): NonNullable<CmdletImplementation['process']> {
  return (ctx, input, hasInput) => {
    const item = hasInput ? input : ctx.get('InputObject');
    if (item !== undefined && (keepNull || item !== null)) items.push(item);
  };
}

export const STRING = 'System.String';
export const STRING_ARRAY = 'System.String[]';
export const OBJECT = 'System.Object';
export const OBJECT_ARRAY = 'System.Object[]';
export const SWITCH = 'System.Management.Automation.SwitchParameter';
export const SCRIPTBLOCK = 'System.Management.Automation.ScriptBlock';
export const PSOBJECT = 'System.Management.Automation.PSObject';
export const INT = 'System.Int32';
