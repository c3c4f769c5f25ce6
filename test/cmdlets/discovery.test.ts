/**
 * Get-Command and Get-Help: syntax is generated from the metadata the binder reads, so the seed page's SYNTAX
 * section is a check on both. pwsh writes type accelerators in lower case (`<string[]>`,
 * `<uint[]>`) where the help page writes .NET names (`<String[]>`, `<UInt32[]>`); the comparison
 * maps one onto the other and is otherwise exact.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run.js';

const SEED = new URL('../../../shared/seed/Remove-CimSession.md', import.meta.url);

function seedSyntaxLines(): string[] {
  const page = readFileSync(SEED, 'utf8');
  const section = page.slice(page.indexOf('## SYNTAX'), page.indexOf('## DESCRIPTION'));
  return [...section.matchAll(/```\n(.*?)\n```/g)].map((m) => m[1]!);
}

const pwshTypeNames = (line: string) => line.replace('<String[]>', '<string[]>').replace('<UInt32[]>', '<uint[]>').replace('<Guid[]>', '<guid[]>');

describe('Get-Command and Get-Help', () => {
  it.skipIf(!existsSync(SEED))("-Syntax prints the seed page's five Remove-CimSession parameter sets, default first", () => {
    const expected = seedSyntaxLines().map(pwshTypeNames);
    expect(expected).toHaveLength(5);
    expect(runScript('Get-Command Remove-CimSession -Syntax').stdout).toBe(`\n${expected.join('\n\n')}\n\n`);
  });
  it.skipIf(!existsSync(SEED))("Get-Help's SYNTAX section is the seed page's, character for character", () => {
    const page = runScript('Get-Help Remove-CimSession').stdout;
    const syntax = page.slice(page.indexOf('SYNTAX\n') + 7, page.indexOf('DESCRIPTION\n'));
    // 80 columns cut the long lines; the pieces join back into the seed's lines.
    const lines = syntax.split('\n    \n').map((l) => l.replace(/\n    /g, '').replace(/^    /, '').trimEnd()).filter(Boolean);
    expect(lines).toEqual(seedSyntaxLines());
    expect(page).toMatch(/^\nNAME\n    Remove-CimSession\n    \nSYNOPSIS\n    Removes one or more CIM sessions\.\n/);
  });
  it.skipIf(!existsSync(SEED))("Get-Help -Parameter shows each parameter's facts as the seed page states them", () => {
    const page = readFileSync(SEED, 'utf8');
    const section = page.slice(page.indexOf('## PARAMETERS'), page.indexOf('### CommonParameters'));
    const facts = [...section.matchAll(/### -(\w+)[\s\S]*?```yaml\n([\s\S]*?)```/g)].map((m) => ({
      name: m[1]!,
      yaml: Object.fromEntries(m[2]!.trim().split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()])),
    }));
    expect(facts.map((f) => f.name)).toEqual(['CimSession', 'ComputerName', 'Id', 'InstanceId', 'Name', 'Confirm', 'WhatIf']);
    for (const { name, yaml } of facts) {
      const out = runScript(`Get-Help Remove-CimSession -Parameter ${name}`).stdout;
      const row = (label: string) => new RegExp(`^    ${label.replace('?', '\\?')} +(.*)$`, 'm').exec(out)?.[1] ?? '';
      expect(out.split('\n')[1], name).toBe(yaml['Type']!.endsWith('SwitchParameter') ? `-${name} [<SwitchParameter>]` : `-${name} <${yaml['Type']!.split('.').pop()}>`);
      expect(row('Required?'), name).toBe(yaml['Required']);
      expect(row('Position?'), name).toBe(yaml['Position']);
      expect(row('Default value'), name).toBe(yaml['Default value']);
      expect(row('Accept pipeline input?'), name).toBe(yaml['Accept pipeline input']);
      expect(row('Aliases'), name).toBe(yaml['Aliases'] ?? '');
      expect(row('Accept wildcard characters?'), name).toBe(yaml['Accept wildcard characters']);
    }
  });
  it("Get-Help Remove-CimSession -Examples shows the seed page's three examples", () => {
    const out = runScript('Get-Help Remove-CimSession -Examples').stdout;
    expect([...out.matchAll(/^    PS > (.*)$/gm)].map((m) => m[1])).toEqual(['Get-CimSession | Remove-CimSession', 'Remove-CimSession -Id 5', 'Remove-CimSession -Name a* -WhatIf']);
    expect(out).toContain('Example 3: Show the list of CIM sessions to remove by using the WhatIf parameter');
  });
  it('Get-Help reads comment-based help; an alias shows its command; an unknown name is HelpNotFound', () => {
    const r = runScript("function f {\n<#\n.SYNOPSIS\n  Does f.\n#>\nparam($a)\n}\nGet-Help f\nGet-Help gcm | Select-Object -First 0\nGet-Help nosuch\n$Error[0].FullyQualifiedErrorId");
    expect(r.stdout).toContain('\nNAME\n    f\n    \nSYNOPSIS\n    Does f.\n    \n    \nSYNTAX\n    f [[-a] <Object>] [<CommonParameters>]\n');
    expect(r.stdout).toContain('HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand');
    expect(r.stderr).toContain('| Get-Help could not find nosuch in a help file in this session. To');
    expect(runScript('Get-Help gcms').stdout).toContain('NAME\n    Get-CimSession\n');
  });
  it('finds functions defined in the calling scope, and an inner definition hides an outer one', () => {
    const r = runScript("function f($a) {}; & { function f([int]$b) {}; Get-Command f -Syntax }; Get-Command f -Syntax");
    expect(r.stdout).toBe('\nf [[-b] <int>]\n\n\nf [[-a] <Object>]\n\n');
  });
  it('lists by noun and resolves aliases', () => {
    expect(runScript("(Get-Command -Noun CimSession | ForEach-Object Name) -join ','").stdout).toBe('Get-CimSession,New-CimSession,Remove-CimSession\n');
    expect(runScript('Get-Command echo -Syntax').stdout).toBe('echo (alias) -> Write-Output\n\necho [-InputObject] <psobject> [-NoEnumerate] [<CommonParameters>]\n\n');
  });
  it('an unknown name is a CommandNotFoundException error', () => {
    const r = runScript('Get-Command nosuch; $Error[0].FullyQualifiedErrorId');
    expect(r.stdout).toBe('CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand\n');
    expect(r.stderr).toContain("Get-Command: The term 'nosuch' is not recognized");
  });
  it('Get-Member says plainly when it does not know a type\'s members, once per type, and goes on', () => {
    const r = runScript("[int], [string], 1 | Get-Member -Name GetType | ForEach-Object TypeName; $?; 'next'");
    expect(r.stdout).toBe('System.Int32\nFalse\nnext\n');
    expect(r.stderr.match(/Get-Member: minipwsh does not list the members of type/g)).toHaveLength(1);
    expect(r.stderr).toContain("'System.RuntimeType'");
  });
});
