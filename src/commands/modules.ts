/**
 * # Modules: which built-in ones exist, and which a session has loaded
 *
 * Every cmdlet names its module in its declaration. As in pwsh, a module is loaded the first
 * time one of its commands runs (or by Import-Module) and Get-Module lists the loaded ones;
 * Microsoft.PowerShell.Core is a snap-in in pwsh, never listed. Script modules (`Import-Module
 * ./x.psm1`) are recorded here with the functions they defined.
 */

/** The version Get-Command and Get-Module show for a built-in module. */
const MODULE_VERSIONS: Record<string, string> = {
  'Microsoft.PowerShell.Utility': '7.0.0.0',
  'Microsoft.PowerShell.Management': '7.0.0.0',
  'Microsoft.PowerShell.Core': '7.6.0.500',
  'Microsoft.PowerShell.Security': '7.0.0.0',
  CimCmdlets: '7.0.0.0',
  minipwsh: '0.1.0',
};

export const moduleVersion = (module: string): string => MODULE_VERSIONS[module] ?? '';

/** The snap-in that holds the engine's own cmdlets: never a module in Get-Module's sense. */
export const CORE_SNAPIN = 'Microsoft.PowerShell.Core';

export interface LoadedModule {
  name: string;
  moduleType: 'Manifest' | 'Script' | 'Binary';
  version: string;
  path: string;
  /** For script modules: the functions its file defined. */
  functions: string[];
}

/** The session's loaded modules, in load order (kept in the session's shared state). */
export function loadedModules(shared: Map<string, unknown>): Map<string, LoadedModule> {
  let m = shared.get('modules') as Map<string, LoadedModule> | undefined;
  if (!m) shared.set('modules', (m = new Map()));
  return m;
}

/** Records that a command of `module` ran: pwsh's module auto-loading. */
export function noteModuleUse(shared: Map<string, unknown>, module: string): void {
  if (module === CORE_SNAPIN || module === '') return;
  const loaded = loadedModules(shared);
  if (!loaded.has(module.toLowerCase())) loaded.set(module.toLowerCase(), builtinModule(module));
}

export function builtinModule(name: string): LoadedModule {
  return { name, moduleType: name === 'minipwsh' ? 'Binary' : 'Manifest', version: moduleVersion(name), path: '', functions: [] };
}
