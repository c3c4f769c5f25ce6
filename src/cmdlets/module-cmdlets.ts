/**
 * Get-Module, Import-Module, Remove-Module and Export-ModuleMember, for the built-in modules
 * (Microsoft.PowerShell.Utility, Microsoft.PowerShell.Management, CimCmdlets, minipwsh) and for
 * script modules given by path. A script module's file runs in the importing scope, so what it
 * defines is visible afterwards; unlike pwsh it has no private module scope, and
 * Export-ModuleMember hides nothing.
 */
import type { CmdletContext } from '../commands/cmdlet-context.js';
import type { CommandEntry } from '../commands/command-info.js';
import { builtinModule, CORE_SNAPIN, loadedModules, type LoadedModule } from '../commands/modules.js';
import { toStr } from '../runtime/conversion.js';
import { versionObject } from '../runtime/host-objects.js';
import { PsEnum, PsHashtable, PsObject } from '../runtime/values.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import { commandInfoObject } from './get-command.js';
import { defineCmdlet, STRING_ARRAY, SWITCH } from './define.js';

const MODULE_INFO = 'System.Management.Automation.PSModuleInfo';
const IMPORTING = 'modules.importing';
const MODULE_TYPES = { Script: 0, Binary: 1, Manifest: 2 } as const;

/** Built-in modules, from the modules the cmdlets declare. */
function availableModules(ctx: CmdletContext): string[] {
  const names = new Set<string>();
  for (const c of ctx.visibleCommands()) if (c.commandType === 'Cmdlet' && c.source && c.source !== CORE_SNAPIN) names.add(c.source);
  return [...names].sort((a, b) => a.localeCompare(b));
}

function moduleCommands(ctx: CmdletContext, m: LoadedModule): CommandEntry[] {
  const all = ctx.visibleCommands();
  const mine = m.moduleType === 'Script'
    ? all.filter((c) => c.commandType === 'Function' && m.functions.some((f) => f.toLowerCase() === c.name.toLowerCase()))
    : all.filter((c) => c.commandType === 'Cmdlet' && c.source === m.name);
  return mine.sort((a, b) => a.name.localeCompare(b.name));
}

function dictionary(entries: CommandEntry[]): PsHashtable {
  const h = new PsHashtable(true);
  for (const e of entries) h.set(e.name, commandInfoObject(e));
  return h;
}

export function moduleInfoObject(ctx: CmdletContext, m: LoadedModule): PsObject {
  const commands = moduleCommands(ctx, m);
  const o = new PsObject([MODULE_INFO, 'System.Object']);
  o.set('Name', m.name);
  o.set('Path', m.path);
  o.set('Description', '');
  o.set('ModuleType', new PsEnum('System.Management.Automation.ModuleType', m.moduleType, MODULE_TYPES[m.moduleType]));
  o.set('Version', versionObject(m.version));
  o.set('PreRelease', null);
  o.set('NestedModules', []);
  o.set('ExportedFunctions', dictionary(commands.filter((c) => c.commandType === 'Function')));
  o.set('ExportedCmdlets', dictionary(commands.filter((c) => c.commandType === 'Cmdlet')));
  o.set('ExportedVariables', new PsHashtable(true));
  o.set('ExportedAliases', new PsHashtable(true));
  o.set('ExportedCommands', dictionary(commands));
  o.display = m.name;
  return o;
}

export const getModule = defineCmdlet({
  name: 'Get-Module',
  module: CORE_SNAPIN,
  defaultParameterSet: 'Loaded',
  parameters: [
    { name: 'Name', type: STRING_ARRAY, position: 0, valueFromPipeline: true, supportsWildcards: true },
    { name: 'ListAvailable', type: SWITCH, sets: { Available: { mandatory: true } } },
    { name: 'All', type: SWITCH },
  ],
  help: { synopsis: 'List the modules imported in the current session or that can be imported from the PSModulePath.' },
}, () => ({
  process(ctx, input, hasInput) {
    const patterns = hasInput ? [toStr(input)] : ctx.get<string[]>('Name') ?? ['*'];
    const modules = ctx.switch('ListAvailable')
      ? [...availableModules(ctx).map(builtinModule), ...[...loadedModules(ctx.session).values()].filter((m) => m.moduleType === 'Script')]
      : [...loadedModules(ctx.session).values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const m of modules) if (patterns.some((p) => wildcardMatch(m.name, p))) ctx.write(moduleInfoObject(ctx, m), false);
  },
}));

export const importModule = defineCmdlet({
  name: 'Import-Module',
  module: CORE_SNAPIN,
  parameters: [
    { name: 'Name', type: STRING_ARRAY, position: 0, mandatory: true, valueFromPipeline: true },
    { name: 'PassThru', type: SWITCH },
    { name: 'Force', type: SWITCH },
    { name: 'Global', type: SWITCH },
    { name: 'Prefix', type: 'System.String' },
    { name: 'DisableNameChecking', type: SWITCH },
  ],
  help: { synopsis: 'Adds modules to the current session.' },
}, () => ({
  process(ctx, input, hasInput) {
    for (const name of hasInput ? [toStr(input)] : ctx.get<string[]>('Name') ?? []) {
      const loaded = /[\\/]|\.psm?1$/i.test(name) ? importScriptModule(ctx, name) : importBuiltin(ctx, name);
      for (const m of loaded) if (ctx.switch('PassThru')) ctx.write(moduleInfoObject(ctx, m), false);
    }
  },
}));

function notFound(ctx: CmdletContext, name: string): void {
  ctx.error(`The specified module '${name}' was not loaded because no valid module file was found in any module directory.`,
    'Modules_ModuleNotFound', 'ResourceUnavailable', name, 'System.IO.FileNotFoundException');
}

function importBuiltin(ctx: CmdletContext, name: string): LoadedModule[] {
  const matches = availableModules(ctx).filter((m) => wildcardMatch(m, name));
  if (matches.length === 0) { notFound(ctx, name); return []; }
  const loaded = loadedModules(ctx.session);
  return matches.map((m) => {
    const existing = loaded.get(m.toLowerCase());
    if (existing) return existing;
    const module = builtinModule(m);
    loaded.set(m.toLowerCase(), module);
    return module;
  });
}

function importScriptModule(ctx: CmdletContext, path: string): LoadedModule[] {
  const host = ctx.host;
  const full = path.startsWith('/') ? path : `${host.cwd().replace(/\/$/, '')}/${path.replace(/^\.\//, '')}`;
  let text: string;
  try {
    if (!host.readFile || (host.fileExists && !host.fileExists(full))) throw new Error('missing');
    text = host.readFile(full);
  } catch {
    notFound(ctx, path);
    return [];
  }
  const name = full.slice(full.lastIndexOf('/') + 1).replace(/\.psm?1$/i, '');
  const before = new Set(ctx.visibleCommands().filter((c) => c.commandType === 'Function').map((c) => c.name.toLowerCase()));
  ctx.session.set(IMPORTING, true);
  try {
    ctx.invoke(ctx.createScriptBlock(text), null, [], false);
  } finally {
    ctx.session.delete(IMPORTING);
  }
  const functions = ctx.visibleCommands().filter((c) => c.commandType === 'Function' && !before.has(c.name.toLowerCase())).map((c) => c.name);
  const module: LoadedModule = { name, moduleType: 'Script', version: '0.0', path: full, functions };
  loadedModules(ctx.session).set(name.toLowerCase(), module);
  return [module];
}

export const removeModule = defineCmdlet({
  name: 'Remove-Module',
  module: CORE_SNAPIN,
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: STRING_ARRAY, position: 0, mandatory: true, valueFromPipeline: true, supportsWildcards: true },
    { name: 'Force', type: SWITCH },
  ],
  help: { synopsis: 'Removes modules from the current session.' },
}, () => ({
  process(ctx, input, hasInput) {
    const loaded = loadedModules(ctx.session);
    // A module object from Get-Module converts to its name.
    const patterns = hasInput ? [toStr(input)] : ctx.get<string[]>('Name') ?? [];
    const matches = [...loaded.values()].filter((m) => patterns.some((p) => wildcardMatch(m.name, p)));
    for (const m of matches) if (ctx.shouldProcess(m.name, 'Remove-Module')) loaded.delete(m.name.toLowerCase());
    if (matches.length === 0) {
      ctx.error('No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.',
        'Modules_NoModulesRemoved', 'ResourceUnavailable', null, 'System.InvalidOperationException');
    }
  },
}));

export const exportModuleMember = defineCmdlet({
  name: 'Export-ModuleMember',
  module: CORE_SNAPIN,
  parameters: [
    { name: 'Function', type: STRING_ARRAY, position: 0, valueFromPipelineByPropertyName: true },
    { name: 'Cmdlet', type: STRING_ARRAY },
    { name: 'Variable', type: STRING_ARRAY },
    { name: 'Alias', type: STRING_ARRAY },
  ],
  help: { synopsis: 'Specifies the module members that are exported.' },
}, () => ({
  process(ctx) {
    if (!ctx.session.get(IMPORTING)) {
      ctx.error('The Export-ModuleMember cmdlet can only be called from inside a module.',
        'Modules_CanOnlyExecuteExportModuleMemberInsideAModule', 'PermissionDenied', null, 'System.InvalidOperationException');
    }
  },
}));
