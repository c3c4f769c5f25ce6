/**
 * The session keeps parsed scripts by path and text, as pwsh does: the same text run again reuses
 * its tree (and the code compiled for it). A run again must behave as a first run would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/host/engine.js';
import { TestHost } from '../helpers/run.js';

function engine() {
  const host = new TestHost();
  return { host, engine: new Engine(host) };
}

describe('the script cache', () => {
  it('gives the same tree for the same path and text, and another for another path', () => {
    const { engine: e } = engine();
    const a = e.session.scripts.parse('1..3 | ForEach-Object { $_ }', '');
    expect(e.session.scripts.parse('1..3 | ForEach-Object { $_ }', '').ast).toBe(a.ast);
    expect(e.session.scripts.parse('1..3 | ForEach-Object { $_ }', '/x.ps1').ast).not.toBe(a.ast);
    expect(new Engine(new TestHost()).session.scripts.parse('1..3 | ForEach-Object { $_ }', '').ast).not.toBe(a.ast);
  });

  it('runs a line again as it ran the first time, with what changed in between', () => {
    const { host, engine: e } = engine();
    const line = 'f; $n = $n + 1; "n=$n"; 1..4 | Where-Object { $_ % 2 } | ForEach-Object { $_ * $n }';
    e.run('function f { "first f" }', { mode: 'repl' });
    e.run(line, { mode: 'repl' });
    e.run('function f { "second f" }; $n = 10', { mode: 'repl' });
    e.run(line, { mode: 'repl' });
    expect(host.out.split('\n').filter(Boolean)).toEqual(['first f', 'n=1', '1', '3', 'second f', 'n=11', '11', '33']);
  });

  it('does not keep a script that does not parse: its error comes every time', () => {
    const { host, engine: e } = engine();
    expect(e.run('1 +', { mode: 'command', reportIncomplete: true }).exitCode).toBe(1);
    expect(e.run('1 +', { mode: 'command', reportIncomplete: true }).exitCode).toBe(1);
    expect(host.err.match(/You must provide a value expression following the '\+' operator\./g)).toHaveLength(2);
  });

  it('runs a script file again after it changed: its new text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minipwsh-cache-'));
    const script = path.join(dir, 'step.ps1');
    try {
      const { host, engine: e } = engine();
      fs.writeFileSync(script, '"one"');
      e.run(`& '${script}'; & '${script}'`, { mode: 'command' });
      fs.writeFileSync(script, '"two"');
      e.run(`& '${script}'`, { mode: 'command' });
      expect(host.out.split('\n').filter(Boolean)).toEqual(['one', 'one', 'two']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
