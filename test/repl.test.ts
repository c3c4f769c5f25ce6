/** The prompt, driven through streams: continuation, errors that do not end it, exit. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/host/engine.js';
import { MemoryHost } from '../src/runtime/host-io.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { historyFilePath, runRepl } from '../src/cli/repl.js';
import { complete } from '../src/cli/completion.js';

async function session(lines: string[], options: { historyFile?: string } = {}) {
  const host = new MemoryHost(80, false, '/home/user');
  const engine = new Engine(host);
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (d) => { screen += d.toString(); });
  const done = runRepl(engine, { input, output, historyFile: options.historyFile });
  for (const l of lines) input.write(l + '\n');
  input.end();
  const code = await done;
  return { code, prompts: screen, out: host.out, err: host.err };
}

describe('the prompt', () => {
  it('asks for more with >> while the parser says the input is incomplete', async () => {
    const r = await session(['if ($true) {', "  'inside'", '}', "'after'"]);
    expect(r.prompts).toBe('PS /home/user> >> >> PS /home/user> PS /home/user> ');
    expect(r.out).toBe('inside\nafter\n');
  });
  it('keeps state between inputs and survives errors', async () => {
    const r = await session(['$x = 41', '1/0', 'Get-Nope', '$x + 1', '$(']);
    expect(r.out).toBe('42\n');
    expect(r.err).toContain('RuntimeException: Attempted to divide by zero.');
    expect(r.err).toContain("Get-Nope: The term 'Get-Nope' is not recognized");
  });
  it('reports incomplete input after an empty line, and parse errors at once', async () => {
    const r = await session(['$h = @{', '', '1 2', "'still here'"]);
    expect(r.err).toContain("Missing closing '}' in statement block or type definition.");
    expect(r.err).toContain("Unexpected token '2' in expression or statement.");
    expect(r.out).toBe('still here\n');
  });
  it('exit leaves with its code', async () => {
    const r = await session(["'one'", 'exit 4', "'never'"]);
    expect(r.code).toBe(4);
    expect(r.out).toBe('one\n');
  });
});

describe('history', () => {
  it('Get-History lists the inputs run at the prompt; r runs one again and records what it ran', async () => {
    const r = await session(['1+1', '"abc".Length', 'r 1', 'Get-History | ForEach-Object { "$($_.Id) $($_.CommandLine) $($_.ExecutionStatus)" }', 'h 99']);
    expect(r.out).toBe('2\n3\n1+1\n2\n1 1+1 Completed\n2 "abc".Length Completed\n3 1+1 Completed\n');
    expect(r.err).toContain('Get-History: Cannot locate the history for Id 99.');
  });
  it('shows pwsh\'s history table', async () => {
    const r = await session(['$x = 1', 'Get-History']);
    expect(r.out).toMatch(/^\n  Id     Duration CommandLine\n  --     -------- -----------\n   1 +\d+\.\d{3} \$x = 1\n\n$/);
  });
  it('keeps typed lines in the history file, and none when there is no file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minipwsh-history-'));
    const file = path.join(dir, 'sub', 'history.txt');
    await session(['1+1', 'if ($true) {', "'x' }"], { historyFile: file });
    expect(fs.readFileSync(file, 'utf8')).toBe("1+1\nif ($true) {\n'x' }\n");
    expect(historyFilePath({ MINIPWSH_HISTORY: '' })).toBeUndefined();
    expect(historyFilePath({ MINIPWSH_HISTORY: '/x/h.txt', HOME: '/home/u' })).toBe('/x/h.txt');
    expect(historyFilePath({ HOME: '/home/u' })).toBe('/home/u/.local/share/minipwsh/history.txt');
  });
});

describe('tab completion', () => {
  const engine = new Engine(new MemoryHost(80, false, process.cwd()));
  engine.run('$text = "abc"; $point = [pscustomobject]@{ X = 1; Y = 2 }', { mode: 'repl' });
  const c = (line: string) => complete(engine.session, line, process.cwd()).candidates;
  it('completes command names and aliases', () => {
    expect(c('Get-CimS')).toEqual(['Get-CimSession']);
    expect(c('gcm')).toEqual(['gcm', 'gcms']);
  });
  it('offers only the parameters of the sets still possible', () => {
    expect(c('Remove-CimSession -I')).toEqual(['-Id', '-InformationAction', '-InformationVariable', '-InstanceId']);
    expect(c('Remove-CimSession -Id 5 -').filter((p) => !COMMON.includes(p))).toEqual([]);
    expect(c('Remove-CimSession -Name a* -')).toContain('-WhatIf');
  });
  it('completes variables, members after a dot, and paths', () => {
    expect(c('$tex')).toEqual(['$text']);
    expect(c('$point.')).toEqual(['$point.X', '$point.Y']);
    expect(c('$text.ToU')).toEqual(['$text.ToUpper(']);
    expect(c('Get-Content ./packa')).toEqual(['./package-lock.json', './package.json']);
    expect(c('Get-Content exam')).toEqual(['examples/']);
  });
});

const COMMON = ['-Confirm', '-Debug', '-ErrorAction', '-ErrorVariable', '-InformationAction', '-InformationVariable', '-OutBuffer', '-OutVariable',
  '-PipelineVariable', '-ProgressAction', '-Verbose', '-WarningAction', '-WarningVariable', '-WhatIf'];
