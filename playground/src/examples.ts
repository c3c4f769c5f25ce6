/// <reference types="vite/client" />
/**
 * # The Examples menu
 *
 * The seed help page's three examples, each with the sessions it needs created first, then every
 * teaching case from examples/teaching/ (read at build time, so the menu never drifts from the
 * files the tests check). A teaching case's `Show-ParameterBinding { ... }` is unwrapped: the
 * Binding pane explains every command anyway, as a diagram.
 */
export interface Example { id: string; title: string; script: string }

const SEED: Example[] = [
  {
    id: 'seed-1',
    title: 'Seed example 1: Get-CimSession | Remove-CimSession',
    script: `# Example 1 of Remove-CimSession's help: remove all the CIM sessions.
# Two sessions are created first; each one Get-CimSession writes binds to -CimSession by value.
New-CimSession -ComputerName srv1, srv2 | Out-Null
Get-CimSession | Remove-CimSession
'sessions left: ' + @(Get-CimSession).Count
`,
  },
  {
    id: 'seed-2',
    title: 'Seed example 2: Remove-CimSession -Id 5',
    script: `# Example 2 of Remove-CimSession's help: remove the session whose Id is 5.
# Five sessions are created first; -Id is named, so it binds from the command line (Int32 -> UInt32[]).
1..5 | ForEach-Object { New-CimSession -ComputerName "srv$_" } | Out-Null
Remove-CimSession -Id 5
(Get-CimSession).Id -join ','
`,
  },
  {
    id: 'seed-3',
    title: 'Seed example 3: Remove-CimSession -Name a* -WhatIf',
    script: `# Example 3 of Remove-CimSession's help: show what would be removed, and remove nothing.
New-CimSession -ComputerName srv1 -Name apple | Out-Null
New-CimSession -ComputerName srv2 -Name avocado | Out-Null
New-CimSession -ComputerName srv3 -Name banana | Out-Null
Remove-CimSession -Name a* -WhatIf
(Get-CimSession).Name -join ','
`,
  },
];

/** A teaching file as the playground shows it. */
export function playgroundScript(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^#\s*pwsh:/.test(line))
    .map((line) => line.replace(/^(\s*)Show-ParameterBinding\s+\{\s*(.*?)\s*\}\s*$/, '$1$2'))
    .join('\n');
}

/** The title of a teaching case: its first comment line. */
export function exampleTitle(file: string, text: string): string {
  const first = /^#\s*(.+?)\.?\s*$/m.exec(text)?.[1];
  const number = /^(\d+)-/.exec(file.split('/').pop() ?? '')?.[1];
  return `Teaching ${number ?? ''}: ${first ?? file}`.replace(/\s+:/, ':');
}

const teachingFiles = import.meta.glob('../../examples/teaching/*.ps1', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const EXAMPLES: Example[] = [
  ...SEED,
  ...Object.keys(teachingFiles).sort().map((file) => ({
    id: file.split('/').pop()!.replace(/\.ps1$/, ''),
    title: exampleTitle(file, teachingFiles[file]!),
    script: playgroundScript(teachingFiles[file]!),
  })),
];
