/**
 * Set-Alias (sal) and New-Alias (nal): name a command. New-Alias refuses a name already taken
 * unless -Force; neither checks that the command exists (pwsh resolves it when the alias is used).
 */
import { toStr } from '../runtime/conversion.js';
import { commandInfoObject } from './get-command.js';
import { defineCmdlet, STRING, SWITCH } from './define.js';

function aliasCmdlet(name: 'Set-Alias' | 'New-Alias', synopsis: string) {
  return defineCmdlet({
    name,
    supportsShouldProcess: true,
    parameters: [
      { name: 'Name', type: STRING, position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
      { name: 'Value', type: STRING, position: 1, mandatory: true, valueFromPipelineByPropertyName: true },
      { name: 'Description', type: STRING },
      { name: 'Option', type: STRING },
      { name: 'PassThru', type: SWITCH },
      { name: 'Scope', type: STRING },
      { name: 'Force', type: SWITCH },
    ],
    help: { synopsis },
  }, () => ({
    process(ctx) {
      const alias = toStr(ctx.get('Name'));
      const value = toStr(ctx.get('Value'));
      const existing = ctx.getAlias(alias);
      if (name === 'New-Alias' && existing && !ctx.switch('Force')) {
        ctx.error(`The alias is not allowed, because an alias with the name '${alias}' already exists.`, 'AliasAlreadyExists', 'ResourceExists', alias, 'System.Management.Automation.SessionStateException');
        return;
      }
      if (existing?.readOnly && !ctx.switch('Force')) {
        ctx.error(`Alias is not writeable because alias ${alias} is read-only or constant and cannot be written to.`, 'AliasNotWritable', 'WriteError', alias, 'System.Management.Automation.SessionStateUnauthorizedAccessException');
        return;
      }
      if (!ctx.shouldProcess(`Name: ${alias} Value: ${value}`, name === 'New-Alias' ? 'New alias' : 'Set Alias')) return;
      ctx.setAlias(alias, value);
      if (ctx.switch('PassThru')) ctx.write(commandInfoObject({ name: alias, commandType: 'Alias', source: '', definition: value, help: () => undefined }), false);
    },
  }));
}

export const setAlias = aliasCmdlet('Set-Alias', 'Creates or changes an alias for a cmdlet or other command in the current PowerShell session.');
export const newAlias = aliasCmdlet('New-Alias', 'Creates a new alias.');
