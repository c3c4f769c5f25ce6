/**
 * Get-Command: the commands this interpreter knows (cmdlets, functions, aliases), filtered by
 * name (wildcards), verb, noun, module and type; -Syntax prints each command's syntax lines,
 * generated from the same metadata the binder uses.
 */
import { convertTo, toStr } from '../runtime/conversion.js';
import { PsHashtable, PsObject, PsTypeValue } from '../runtime/values.js';
import { ALL_SETS, type CommandMetadata } from '../commands/metadata.js';
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import type { CommandEntry } from '../commands/command-info.js';
import { entrySyntax } from '../commands/syntax.js';
import { defineCmdlet, STRING_ARRAY, SWITCH } from './define.js';
import { moduleVersion } from '../commands/modules.js';

export const getCommand = defineCmdlet({
  name: 'Get-Command',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'CmdletSet',
  parameters: [
    { name: 'Name', type: STRING_ARRAY, sets: { AllCommandSet: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, supportsWildcards: true },
    { name: 'Verb', type: STRING_ARRAY, sets: { CmdletSet: { valueFromPipelineByPropertyName: true } } },
    { name: 'Noun', type: STRING_ARRAY, sets: { CmdletSet: { valueFromPipelineByPropertyName: true } } },
    { name: 'Module', type: STRING_ARRAY, aliases: ['PSSnapin'], valueFromPipelineByPropertyName: true },
    { name: 'CommandType', type: 'System.String[]', aliases: ['Type'], sets: { AllCommandSet: { valueFromPipelineByPropertyName: true } } },
    { name: 'Syntax', type: SWITCH },
    { name: 'All', type: SWITCH },
  ],
  help: { synopsis: 'Gets all commands.' },
}, () => {
  const matched: CommandEntry[] = [];
  return {
    process(ctx, input, hasInput) {
      const all = ctx.visibleCommands();
      const names = hasInput ? [toStr(input)] : ctx.get<string[]>('Name');
      const filter = (e: CommandEntry) => {
        const dash = e.name.indexOf('-');
        const [verb, noun] = dash < 0 ? ['', ''] : [e.name.slice(0, dash), e.name.slice(dash + 1)];
        if (ctx.has('Verb') && !ctx.get<string[]>('Verb')!.some((v) => wildcardMatch(verb, v))) return false;
        if (ctx.has('Noun') && !ctx.get<string[]>('Noun')!.some((n) => wildcardMatch(noun, n))) return false;
        if (ctx.has('Module') && !ctx.get<string[]>('Module')!.some((m) => wildcardMatch(e.source, m))) return false;
        if (ctx.has('CommandType') && !ctx.get<string[]>('CommandType')!.some((t) => t.toLowerCase() === 'all' || t.toLowerCase() === e.commandType.toLowerCase())) return false;
        return true;
      };
      if (!names) {
        for (const e of all) if (filter(e) && (e.commandType !== 'Alias' || ctx.has('CommandType'))) matched.push(e);
        return;
      }
      for (const n of names) {
        const hits = all.filter((e) => wildcardMatch(e.name, n) && filter(e));
        if (hits.length === 0 && !hasWildcard(n)) {
          ctx.error(`The term '${n}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
            'CommandNotFoundException', 'ObjectNotFound', n, 'System.Management.Automation.CommandNotFoundException');
        }
        for (const h of hits) if (!matched.includes(h)) matched.push(h);
      }
    },
    end(ctx) {
      const sorted = ctx.has('Name') ? matched : [...matched].sort((a, b) => a.name.localeCompare(b.name));
      for (const e of sorted) {
        if (ctx.switch('Syntax')) {
          // pwsh prints an alias's target syntax under the alias's own name.
          const lines = entrySyntax(e, 'command').join('\n\n');
          ctx.write(e.commandType === 'Alias' ? `${e.name} (alias) -> ${e.definition}\n\n${lines}\n` : `\n${lines}\n`, false);
          continue;
        }
        ctx.write(commandInfoObject(e), false);
      }
    },
  };
});

/** The CommandInfo object Get-Command and Get-Alias write for one command. */
export function commandInfoObject(e: CommandEntry): PsObject {
  const o = new PsObject([`System.Management.Automation.${e.commandType === 'Filter' ? 'Filter' : e.commandType}Info`, 'System.Management.Automation.CommandInfo', 'System.Object']);
  o.set('CommandType', convertTo(e.commandType, 'System.Management.Automation.CommandTypes'));
  o.set('Name', e.name);
  o.set('Version', moduleVersion(e.source));
  o.set('Source', e.source);
  o.set('Definition', e.commandType === 'Alias' ? e.definition : entrySyntax(e, 'command').join('\n'));
  if (e.commandType === 'Alias') o.set('ResolvedCommandName', e.definition);
  if (e.metadata) {
    const metadata = e.metadata;
    o.properties.set('parameters', { name: 'Parameters', value: undefined, getter: () => parameterDictionary(metadata) });
    o.properties.set('parametersets', { name: 'ParameterSets', value: undefined, getter: () => parameterSets(metadata) });
  }
  return o;
}

/**
 * CommandInfo.Parameters: each parameter's name to its ParameterMetadata (Name, ParameterType,
 * ParameterSets, IsDynamic, Aliases, SwitchParameter), common parameters included, as in pwsh.
 */
function parameterDictionary(metadata: CommandMetadata): PsHashtable {
  const table = new PsHashtable(true);
  for (const p of metadata.parameters) {
    const sets = new PsHashtable(true);
    for (const [name, m] of p.sets) sets.set(name, PsObject.from([['Position', m.position ?? -2147483648], ['IsMandatory', m.mandatory], ['ValueFromPipeline', m.valueFromPipeline], ['ValueFromPipelineByPropertyName', m.valueFromPipelineByPropertyName], ['ValueFromRemainingArguments', m.valueFromRemainingArguments]]));
    const info = new PsObject(['System.Management.Automation.ParameterMetadata', 'System.Object']);
    info.set('Name', p.name);
    info.set('ParameterType', new PsTypeValue(p.type));
    info.set('ParameterSets', sets);
    info.set('IsDynamic', false);
    info.set('Aliases', [...p.aliases]);
    info.set('SwitchParameter', p.isSwitch);
    table.set(p.name, info);
  }
  return table;
}

/** CommandInfo.ParameterSets: each set's Name and IsDefault, in declaration order. */
function parameterSets(metadata: CommandMetadata): PsObject[] {
  const names = metadata.setNames.length ? metadata.setNames : [ALL_SETS];
  return names.map((name) => {
    const set = new PsObject(['System.Management.Automation.CommandParameterSetInfo', 'System.Object']);
    set.set('Name', name);
    set.set('IsDefault', name === (metadata.defaultParameterSet ?? names[0]));
    set.display = name;
    return set;
  });
}
