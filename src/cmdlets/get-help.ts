/**
 * Get-Help: a command's help page in pwsh's default (brief) layout — NAME, SYNOPSIS, SYNTAX,
 * DESCRIPTION, RELATED LINKS, REMARKS (laid out by help-page.ts).
 *
 * A function's comment-based help also has pwsh's -Detailed and -Full layouts (PARAMETERS, INPUTS,
 * OUTPUTS, NOTES, EXAMPLES), -Examples (NAME, SYNOPSIS, the examples) and -Parameter; so do the
 * CIM cmdlets, whose help is written here as their help file would hold it. Other commands get
 * the brief layout for every view, as pwsh 7.6.9 does on a machine without help files, except
 * -Parameter, which pwsh builds from the parameter metadata (verified against the oracle); for
 * -Examples pwsh lists the help object's properties instead.
 */
import type { CommandEntry } from '../commands/command-info.js';
import { documentedParameters, HelpPage } from '../commands/help-page.js';
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import { defineCmdlet, STRING, STRING_ARRAY, SWITCH } from './define.js';

export const getHelp = defineCmdlet({
  name: 'Get-Help',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'AllUsersView',
  parameters: [
    { name: 'Name', type: STRING, position: 0, valueFromPipelineByPropertyName: true },
    { name: 'Full', type: SWITCH, sets: { AllUsersView: {} } },
    { name: 'Detailed', type: SWITCH, sets: { DetailedView: { mandatory: true } } },
    { name: 'Examples', type: SWITCH, sets: { Examples: { mandatory: true } } },
    { name: 'Parameter', type: STRING_ARRAY, sets: { Parameters: { mandatory: true } } },
  ],
  help: {
    synopsis: 'Displays information about PowerShell commands.',
    description: 'Shows the help page of a cmdlet or function: its synopsis, the syntax of each parameter set (generated from the same parameter metadata the binder uses), and its description. Script functions are documented with comment-based help.',
  },
}, () => ({
  process(ctx) {
    const name = ctx.get<string>('Name') ?? 'Get-Help';
    const all = ctx.visibleCommands();
    let entry = all.find((e) => e.name.toLowerCase() === name.toLowerCase())
      ?? (hasWildcard(name) ? singleMatch(all.filter((e) => e.commandType !== 'Alias' && wildcardMatch(e.name, name))) : undefined);
    if (entry?.commandType === 'Alias') entry = all.find((e) => e.commandType !== 'Alias' && e.name.toLowerCase() === entry!.definition!.toLowerCase());
    if (!entry) {
      ctx.error(`Get-Help could not find ${name} in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.`,
        'HelpNotFound', 'ResourceUnavailable', name, 'System.Management.Automation.HelpNotFoundException');
      return;
    }
    const patterns = ctx.get<string[]>('Parameter');
    if (patterns) {
      const documented = documentedParameters(entry);
      // Written help lists parameters as declared; the page built from metadata sorts them by name.
      const ordered = HelpPage.hasFullHelp(entry, entry.help()) ? documented : [...documented].sort((a, b) => a.name.localeCompare(b.name));
      const chosen = ordered.filter((p) => patterns.some((x) => wildcardMatch(p.name, x)));
      if (chosen.length === 0) {
        ctx.error(`No parameter matches criteria ${patterns.join(', ')}.`, 'NoParmsFound', 'InvalidArgument', entry.name, 'System.Management.Automation.PSArgumentException');
        return;
      }
      ctx.write(new HelpPage(entry, 'parameter', chosen), false);
      return;
    }
    const view = ctx.switch('Full') ? 'full' : ctx.switch('Detailed') ? 'detailed' : ctx.switch('Examples') ? 'examples' : 'brief';
    ctx.write(new HelpPage(entry, view), false);
  },
}));

function singleMatch(hits: CommandEntry[]): CommandEntry | undefined {
  return hits.length === 1 ? hits[0] : undefined;
}
