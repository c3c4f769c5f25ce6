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
});
