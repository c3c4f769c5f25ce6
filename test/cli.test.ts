/** The command line, run as a real process from the built bin/minipwsh.js. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'minipwsh.js');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: root });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

function tempScript(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'minipwsh-')), 'script.ps1');
  fs.writeFileSync(file, text);
  return file;
}

describe('minipwsh command line', () => {
  it('-Command runs text; the exit code is 0 when the last statement succeeded', () => {
    expect(cli(['-Command', '1 + 1'])).toEqual({ stdout: '2\n', stderr: '', code: 0 });
    expect(cli(['-c', "'a', 'b'"]).stdout).toBe('a\nb\n');
  });
  it('-Command joins the remaining arguments', () => {
    expect(cli(['-NoProfile', '-Command', 'Write-Output', 'x', 'y']).stdout).toBe('x\ny\n');
  });
  it('-Command exits 1 when the last statement failed, and errors go to stderr', () => {
    const r = cli(['-Command', '1/0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('RuntimeException: Attempted to divide by zero.\n');
  });
  it('-Explain runs the script under the binding explainer; -ExplainFormat Json and -NoExecute', () => {
    const text = cli(['-Explain', '-Command', "[pscustomobject]@{ Name = 'x' } | Select-Object -Property Name"]);
    expect(text.stdout).toContain('Select-Object  (command 2 of 2 in the pipeline, a cmdlet)');
    expect(text.stdout).toContain('Input 1: PSCustomObject @{Name=x}');
    const json = JSON.parse(cli(['-Explain', '-ExplainFormat', 'Json', '-NoExecute', '-Command', 'Remove-CimSession -Id 5']).stdout);
    expect(json).toMatchObject({ version: 1, executed: false });
    expect(json.pipelines[0].commands[0].commandLine.parameterSet).toBe('SessionIdSet');
    expect(cli(['-Explain', '-ExplainFormat', 'Yaml', '-Command', '1']).code).toBe(64);
  });
  it('Read-Host reads a line from standard input (echoing it, as pwsh does from a pipe); -NonInteractive makes it an error', () => {
    expect(cli(['-Command', '$n = Read-Host -Prompt Name; "got [$n]"'], 'abc\n').stdout).toBe('Name: abc\ngot [abc]\n');
    const r = cli(['-NonInteractive', '-Command', '$n = Read-Host; "got [$n]"'], 'abc\n');
    expect(r.stdout).toBe('got []\n');
    expect(r.stderr).toContain('Read-Host: PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
  });
  it('exit N gives N', () => {
    expect(cli(['-Command', "'before'; exit 7"]).code).toBe(7);
  });
  it('-Command - reads the script from stdin', () => {
    expect(cli(['-Command', '-'], '1+1\n"two"\n').stdout).toBe('2\ntwo\n');
  });
  it('a script piped into a bare minipwsh runs', () => {
    expect(cli([], '3*3\n').stdout).toBe('9\n');
  });
  it('-File passes arguments in $args, and binds param() by name', () => {
    const f = tempScript('"count: $($args.Count)"; $args -join "+"\n');
    expect(cli(['-File', f, 'a', 'b']).stdout).toBe('count: 2\na+b\n');
    const g = tempScript('param($Name, $Greeting = "Hello")\n"$Greeting, $Name"\n');
    expect(cli([g, '-Name', 'Ada']).stdout).toBe('Hello, Ada\n');
  });
  it('a parse error prints the ParserError view, runs nothing and exits 1', () => {
    const f = tempScript("'not run'\n$x = (1\n");
    const r = cli(['-File', f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ParserError: ');
    expect(r.stderr).toContain("Missing closing ')' in expression.");
  });
  it('-NoProfile, -NoLogo and -NonInteractive are accepted', () => {
    expect(cli(['-NoProfile', '-NoLogo', '-NonInteractive', '-c', '5']).stdout).toBe('5\n');
  });
  it('-Version and -Help print and exit 0', () => {
    expect(cli(['-Version']).stdout).toMatch(/^minipwsh \d+\.\d+\.\d+\n$/);
    const help = cli(['-Help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('-Command');
    expect(cli(['-?']).stdout).toContain('-File');
  });
  it('a missing script file is reported with exit code 64, as pwsh does', () => {
    const r = cli(['-File', '/no/such/file.ps1']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("The argument '/no/such/file.ps1' is not recognized as the name of a script file.");
  });
  it('-Confirm asks on the host; the answer decides, and no input means No', () => {
    const f = tempScript('function f { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess("tgt", "act")) { "yes" } else { "no" } }\nf -Confirm\n"after"\n');
    const prompt = '\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation "act" on target "tgt".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help \n(default is "Y"):';
    expect(cli(['-File', f], 'y\n').stdout).toBe(`${prompt}y\nyes\nafter\n`);
    expect(cli(['-File', f], 'n\n').stdout).toBe(`${prompt}n\nno\nafter\n`);
    expect(cli(['-File', f], '').stdout).toBe(`${prompt}\nno\nafter\n`);
    const r = cli(['-NonInteractive', '-File', f]);
    expect(r.stdout).toBe('after\n');
    expect(r.stderr).toContain('Read and Prompt functionality is not available.');
  });
  it('-WhatIf changes nothing and prints what would happen', () => {
    const f = tempScript('function g { [CmdletBinding(SupportsShouldProcess)] param($Path) if ($PSCmdlet.ShouldProcess($Path, "Remove")) { "removed $Path" } }\ng -Path a.txt -WhatIf\ng -Path b.txt\n');
    expect(cli(['-File', f]).stdout).toBe('What if: Performing the operation "Remove" on target "a.txt".\nremoved b.txt\n');
  });
  it('never prints a JavaScript stack trace for bad input', () => {
    for (const text of ['}}}', '$(', '@{a=', "'", '[int', '& {', 'function', 'a |', '1 +* 2', '-', '$x.', '@(1,', 'if', 'switch', 'try {}']) {
      const r = cli(['-Command', text]);
      expect(r.stderr, text).not.toMatch(/\n\s+at .*\.js:\d+/);
      expect([0, 1]).toContain(r.code);
    }
  });
});
