/** The prompt, driven through streams: continuation, errors that do not end it, exit. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/host/engine.js';
import { MemoryHost } from '../src/runtime/host-io.js';
import { runRepl } from '../src/cli/repl.js';

async function session(lines: string[]) {
  const host = new MemoryHost(80, false, '/home/user');
  const engine = new Engine(host);
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (d) => { screen += d.toString(); });
  const done = runRepl(engine, { input, output });
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
