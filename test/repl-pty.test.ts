/**
 * The prompt end to end, in a real pseudo-terminal (tmux): multi-line input with the continuation
 * prompt, Tab completion, Ctrl+C stopping a running loop, and the history file. Skips when tmux
 * is not installed (.ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `minipwsh-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-t', 'repl', '-p');

async function waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = screen();
    if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${String(text)}; screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!hasTmux)('the prompt in a terminal', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minipwsh-pty-'));
  const history = path.join(dir, 'history.txt');
  afterAll(() => { try { tmux('kill-server'); } catch { /* already gone */ } });

  it('continues lines, completes with Tab, stops a running loop on Ctrl+C, keeps history', async () => {
    const command = `cd '${root}' && MINIPWSH_HISTORY='${history}' NO_COLOR=1 '${process.execPath}' bin/minipwsh.js`;
    tmux('new-session', '-d', '-s', 'repl', '-x', '100', '-y', '40', command);
    await waitFor(`PS ${root}>`);

    tmux('send-keys', '-t', 'repl', 'foreach ($n in 1..2) {', 'Enter');
    await waitFor(">>");
    tmux('send-keys', '-t', 'repl', '  "n=$n"', 'Enter', '}', 'Enter');
    await waitFor('n=2');

    tmux('send-keys', '-t', 'repl', '(Get-CimSess');
    tmux('send-keys', '-t', 'repl', 'Tab');
    await waitFor('(Get-CimSession');
    tmux('send-keys', '-t', 'repl', ' | Measure-Object).Count', 'Enter');
    await waitFor(/Count\r?\n0\r?\n|\n0\n/);

    tmux('send-keys', '-t', 'repl', 'Remove-CimSession -Ins');
    tmux('send-keys', '-t', 'repl', 'Tab');
    await waitFor('Remove-CimSession -InstanceId');
    tmux('send-keys', '-t', 'repl', 'C-c');

    tmux('send-keys', '-t', 'repl', 'while ($true) { $spins++ }', 'Enter');
    await new Promise((r) => setTimeout(r, 500));
    tmux('send-keys', '-t', 'repl', 'C-c');
    // Keys typed while a command runs are dropped with it, so wait for the prompt to return.
    await waitFor(/\{ \$spins\+\+ \}\s*\n.*PS .*>/);
    tmux('send-keys', '-t', 'repl', '"stopped after spinning: $($spins -gt 0)"', 'Enter');
    await waitFor('stopped after spinning: True');

    // A pipeline whose commands hand objects straight on (no link between them) stops as well.
    tmux('send-keys', '-t', 'repl', '1..2000000000 | ForEach-Object { $_ * 2 } | Where-Object { $_ % 3 -eq 0 } | Measure-Object', 'Enter');
    await new Promise((r) => setTimeout(r, 500));
    tmux('send-keys', '-t', 'repl', 'C-c');
    // The command line may wrap in the 100 columns: its end, then the prompt again.
    await waitFor(/bject\s*\n.*PS .*>/);
    tmux('send-keys', '-t', 'repl', '"pipeline stopped"', 'Enter');
    await waitFor(/\npipeline stopped/);

    // Read-Host at the prompt: the answer echoes; with -AsSecureString each key shows as *.
    tmux('send-keys', '-t', 'repl', '$who = Read-Host name; "hi $who"', 'Enter');
    await waitFor('name:');
    tmux('send-keys', '-t', 'repl', 'bob', 'Enter');
    await waitFor('hi bob');
    tmux('send-keys', '-t', 'repl', '$pw = Read-Host -AsSecureString -Prompt pw; "$($pw.Length) $pw"', 'Enter');
    await waitFor('pw:');
    tmux('send-keys', '-t', 'repl', 'abcd', 'BSpace', 'Enter');
    const masked = await waitFor('3 System.Security.SecureString');
    expect(masked).toContain('pw: ***\n');
    expect(masked).not.toContain('abc');

    tmux('send-keys', '-t', 'repl', 'exit', 'Enter');
    const lines = await (async () => {
      const end = Date.now() + 5000;
      while (Date.now() < end) {
        if (fs.existsSync(history) && fs.readFileSync(history, 'utf8').includes('exit')) return fs.readFileSync(history, 'utf8').split('\n');
        await new Promise((r) => setTimeout(r, 100));
      }
      return fs.existsSync(history) ? fs.readFileSync(history, 'utf8').split('\n') : [];
    })();
    expect(lines).toContain('foreach ($n in 1..2) {');
    expect(lines).toContain('while ($true) { $spins++ }');
    expect(lines).toContain('exit');
  }, 30_000);

  it('draws Write-Progress in place as pwsh 7 does, shows output as it comes, and erases progress at the end', async () => {
    const script = path.join(dir, 'progress.ps1');
    fs.writeFileSync(script, [
      '1..2 | ForEach-Object {',
      '  Write-Progress -Activity Copying -Status "file $_" -PercentComplete ($_ * 40) -SecondsRemaining 5',
      '  Write-Progress -Id 1 -ParentId 0 -Activity Inner -Status step',
      '  "line $_"',
      '  Start-Sleep -Milliseconds 600',
      '}',
      'Start-Sleep -Milliseconds 600',
      '"done"',
    ].join('\n'));
    tmux('new-session', '-d', '-s', 'progress', '-x', '80', '-y', '12', `'${process.execPath}' '${root}/bin/minipwsh.js' -File '${script}'; sleep 10`);
    const pane = () => tmux('capture-pane', '-t', 'progress', '-p', '-e');
    const end = Date.now() + 10_000;
    let seen = '';
    while (!/line 2/.test(seen) && Date.now() < end) { await new Promise((r) => setTimeout(r, 100)); seen = pane(); }
    const rows = seen.split('\n');
    // Output so far, then the activity and its child, indented, in bold yellow with the bar reversed.
    expect(rows[0]).toBe('line 1');
    expect(rows[1]).toBe('line 2');
    expect(rows[2]).toMatch(/^\x1b\[1m\x1b\[33mCopying \[\x1b\[7mfile 2 +.*5s\]/);
    expect(rows[3]).toMatch(/^(\x1b\[[0-9;]*m)*  \x1b\[1m\x1b\[33mInner \[\x1b\[7mstep /);
    while (!/done/.test(seen) && Date.now() < end) { await new Promise((r) => setTimeout(r, 100)); seen = pane(); }
    expect(seen.replace(/\x1b\[[0-9;]*m/g, '').trimEnd()).toBe('line 1\nline 2\ndone');
  }, 20_000);
});
