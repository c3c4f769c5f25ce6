/**
 * # `$Host` and `$PSVersionTable`
 *
 * The objects scripts inspect to learn where they run, with the properties and the display pwsh
 * 7.6.9 gives them on Linux: `$Host.Name`, `$Host.UI.RawUI.WindowSize.Width`,
 * `$PSVersionTable.PSVersion.Major`. .NET types we do not model (Version, Size, CultureInfo) are
 * PSObjects carrying the type's name and the text its ToString() gives.
 */
import type { HostIO } from './host-io.js';
import { toStr } from './conversion.js';
import { PsHashtable, PsObject, type PsGuid } from './values.js';
import { versionObject } from './version.js';

export { versionObject };

export const PS_VERSION = { major: 7, minor: 6, patch: 9 };

function dotnetObject(typeName: string, display: string, properties: [string, unknown][] = []): PsObject {
  const o = new PsObject([typeName, 'System.Object']);
  for (const [k, v] of properties) o.set(k, v);
  o.display = display;
  return o;
}

function semanticVersion(): PsObject {
  const { major, minor, patch } = PS_VERSION;
  return dotnetObject('System.Management.Automation.SemanticVersion', `${major}.${minor}.${patch}`, [
    ['Major', major], ['Minor', minor], ['Patch', patch], ['PreReleaseLabel', null], ['BuildLabel', null],
  ]);
}

export function psVersionTable(host: HostIO): PsHashtable {
  const { major, minor, patch } = PS_VERSION;
  const t = new PsHashtable();
  t.set('PSVersion', semanticVersion());
  t.set('PSEdition', 'Core');
  t.set('GitCommitId', `${major}.${minor}.${patch}`);
  t.set('OS', host.osDescription?.() ?? 'Unknown');
  t.set('Platform', 'Unix');
  t.set('PSCompatibleVersions', ['1.0', '2.0', '3.0', '4.0', '5.0', '5.1', '6.0', '7.0'].map(versionObject));
  t.set('PSRemotingProtocolVersion', versionObject('2.4'));
  t.set('SerializationVersion', versionObject('1.1.0.1'));
  t.set('WSManStackVersion', versionObject('3.0'));
  return t;
}

function size(width: number, height: number): PsObject {
  return dotnetObject('System.Management.Automation.Host.Size', `${width},${height}`, [['Width', width], ['Height', height]]);
}

/** What `$Host.UI`'s methods do, supplied by the session so output keeps its order. */
export interface HostUserInterface {
  /** Text to the console (in colours when a terminal shows them), after pending formatted output. */
  write(text: string, foreground?: string, background?: string): void;
  /** `WARNING: `, `VERBOSE: ` or `DEBUG: ` lines, shown whatever the preference variables say. */
  writeStreamLine(kind: 'WARNING' | 'VERBOSE' | 'DEBUG', text: string): void;
  writeErrorLine(text: string): void;
  readLine(masked: boolean): string;
}

function method(name: string, invoke: (args: unknown[]) => unknown) {
  return [name.toLowerCase(), { name, invoke }] as const;
}

/**
 * PSHostUserInterface's methods: Write and WriteLine (with or without the two colours, which a
 * console without colour leaves out), the stream lines, ReadLine and ReadLineAsSecureString.
 */
function userInterfaceMethods(ui: HostUserInterface, secure: (text: string) => unknown) {
  // The (ConsoleColor, ConsoleColor, string) overloads: the text is the last argument.
  const text = (args: unknown[]) => (args.length === 0 ? '' : toStr(args[args.length - 1]));
  const write = (args: unknown[], end: string) => {
    if (args.length >= 3) ui.write(text(args), toStr(args[0]), toStr(args[1]));
    else ui.write(text(args));
    if (end) ui.write(end);
  };
  return new Map([
    method('Write', (args) => { write(args, ''); }),
    method('WriteLine', (args) => { write(args, '\n'); }),
    method('WriteErrorLine', (args) => { ui.writeErrorLine(text(args)); }),
    method('WriteWarningLine', (args) => { ui.writeStreamLine('WARNING', text(args)); }),
    method('WriteVerboseLine', (args) => { ui.writeStreamLine('VERBOSE', text(args)); }),
    method('WriteDebugLine', (args) => { ui.writeStreamLine('DEBUG', text(args)); }),
    method('ReadLine', () => ui.readLine(false)),
    method('ReadLineAsSecureString', () => secure(ui.readLine(true))),
  ]);
}

/** What Get-Host returns and `$Host` holds. */
export function hostObject(host: HostIO, instanceId: PsGuid, userInterface: HostUserInterface, secure: (text: string) => unknown): PsObject {
  const width = host.width;
  const height = host.height ?? 24;
  const rawUI = dotnetObject('System.Management.Automation.Internal.Host.InternalHostRawUserInterface', 'System.Management.Automation.Internal.Host.InternalHostRawUserInterface', [
    ['ForegroundColor', -1], ['BackgroundColor', -1],
    ['CursorPosition', dotnetObject('System.Management.Automation.Host.Coordinates', '0,0', [['X', 0], ['Y', 0]])],
    ['WindowPosition', dotnetObject('System.Management.Automation.Host.Coordinates', '0,0', [['X', 0], ['Y', 0]])],
    ['CursorSize', 100], ['BufferSize', size(width, height)], ['WindowSize', size(width, height)],
    ['MaxWindowSize', size(width, height)], ['MaxPhysicalWindowSize', size(width, height)],
    ['KeyAvailable', null], ['WindowTitle', ''],
  ]);
  const ui = dotnetObject('System.Management.Automation.Internal.Host.InternalHostUserInterface', 'System.Management.Automation.Internal.Host.InternalHostUserInterface', [
    ['RawUI', rawUI], ['SupportsVirtualTerminal', host.color],
  ]);
  ui.methods = userInterfaceMethods(userInterface, secure);
  const culture = dotnetObject('System.Globalization.CultureInfo', '', [['Name', ''], ['DisplayName', 'Invariant Language (Invariant Country)']]);
  return dotnetObject('System.Management.Automation.Internal.Host.InternalHost', 'System.Management.Automation.Internal.Host.InternalHost', [
    ['Name', 'ConsoleHost'],
    ['Version', versionObject(`${PS_VERSION.major}.${PS_VERSION.minor}.${PS_VERSION.patch}`)],
    ['InstanceId', instanceId],
    ['UI', ui],
    ['CurrentCulture', culture],
    ['CurrentUICulture', culture],
    ['PrivateData', dotnetObject('Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy', 'Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy')],
    ['DebuggerEnabled', true],
    ['IsRunspacePushed', false],
    ['Runspace', dotnetObject('System.Management.Automation.Runspaces.LocalRunspace', 'System.Management.Automation.Runspaces.LocalRunspace')],
  ]);
}
