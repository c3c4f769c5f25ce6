/**
 * Get-Alias: the aliases visible from the caller, by name (wildcards) or by the command they
 * stand for (-Definition), shown in the same CommandInfo table as Get-Command.
 */
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import { commandInfoObject } from './get-command.js';
import { defineCmdlet, STRING_ARRAY } from './define.js';

export const getAlias = defineCmdlet({
  name: 'Get-Alias',
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'Name', type: STRING_ARRAY, sets: { Default: { position: 0, valueFromPipelineByPropertyName: true } }, supportsWildcards: true },
    { name: 'Definition', type: STRING_ARRAY, sets: { Definition: {} }, supportsWildcards: true },
    { name: 'Exclude', type: STRING_ARRAY, supportsWildcards: true },
  ],
  help: { synopsis: 'Gets the aliases for the current session.' },
}, () => ({
  process(ctx) {
    const aliases = ctx.visibleCommands().filter((e) => e.commandType === 'Alias').sort((a, b) => a.name.localeCompare(b.name));
    const exclude = ctx.get<string[]>('Exclude') ?? [];
    const kept = aliases.filter((a) => !exclude.some((x) => wildcardMatch(a.name, x)));
    const definitions = ctx.get<string[]>('Definition');
    if (definitions) {
      for (const a of kept) if (definitions.some((d) => wildcardMatch(a.definition ?? '', d))) ctx.write(commandInfoObject(a), false);
      return;
    }
    for (const name of ctx.get<string[]>('Name') ?? ['*']) {
      const hits = kept.filter((a) => wildcardMatch(a.name, name));
      if (hits.length === 0 && !hasWildcard(name)) {
        ctx.error(`This command cannot find a matching alias because an alias with the name '${name}' does not exist.`,
          'ItemNotFoundException', 'ObjectNotFound', name, 'System.Management.Automation.ItemNotFoundException');
      }
      for (const a of hits) ctx.write(commandInfoObject(a), false);
    }
  },
}));
