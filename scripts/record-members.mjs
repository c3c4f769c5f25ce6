// Writes src/cmdlets/dotnet-members.ts: the members Get-Member lists for the .NET types minipwsh's
// values have, read from pwsh 7.6.9 (the oracle) by running Get-Member on a sample of each type.
// Run it again after a pwsh upgrade: `node scripts/record-members.mjs`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SAMPLES = {
  'System.String': "'x'",
  'System.Char': "[char]'x'",
  'System.Int32': '1',
  'System.Int64': '1L',
  'System.Double': '1.5',
  'System.Decimal': '1d',
  'System.Boolean': '$true',
  'System.Byte': '[byte]1',
  'System.Collections.Hashtable': '@{}',
  'System.Collections.Specialized.OrderedDictionary': '[ordered]@{}',
  'System.Object[]': '@(1)',
  'System.DateTime': "[datetime]'2020-01-01'",
  'System.Guid': '[guid]::Empty',
  'System.Management.Automation.ScriptBlock': '{}',
};

// A list is given with -InputObject (piped, it would be enumerated); a script block is piped (given
// as -InputObject, it would be a delay-bind script block).
const script = Object.entries(SAMPLES).map(([type, sample]) => {
  const members = type === 'System.Object[]' ? `Get-Member -InputObject (${sample})` : `(${sample}) | Get-Member`;
  return `$m = $null; $m = ${members} | ForEach-Object { ,@($_.Name, [string]$_.MemberType, $_.Definition) }; @{ t = '${type}'; m = @($m) } | ConvertTo-Json -Compress -Depth 4`;
}).join('\n');
const pwsh = process.env.PWSH ?? path.join(os.homedir(), '.dotnet/tools/pwsh');
const file = path.join(os.tmpdir(), 'record-members.ps1');
fs.writeFileSync(file, script);
const r = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
const entries = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
if (entries.length !== Object.keys(SAMPLES).length || entries.some((e) => e.m.length === 0)) { console.error('record-members: pwsh did not list every type'); process.exit(1); }
const lines = [
  '/**',
  ' * The members Get-Member lists for the .NET types of minipwsh\'s values, in pwsh\'s order, as',
  ' * pwsh 7.6.9 lists them (written by scripts/record-members.mjs; do not edit by hand).',
  ' */',
  'export const DOTNET_MEMBERS: Readonly<Record<string, ReadonlyArray<readonly [name: string, memberType: string, definition: string]>>> = {',
];
for (const e of entries) {
  lines.push(`  ${JSON.stringify(e.t)}: [`);
  for (const [name, kind, def] of e.m) lines.push(`    [${JSON.stringify(name)}, ${JSON.stringify(kind)}, ${JSON.stringify(def)}],`);
  lines.push('  ],');
}
lines.push('};', '');
fs.writeFileSync(path.join(import.meta.dirname, '..', 'src', 'cmdlets', 'dotnet-members.ts'), lines.join('\n'));
console.log(`wrote src/cmdlets/dotnet-members.ts (${entries.length} types)`);
