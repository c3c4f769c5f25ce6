/** Colour on a terminal: pwsh's $PSStyle defaults for errors and stream lines, none without colour. */
import { describe, expect, it } from 'vitest';
import { paintError, paintStreamLine } from '../../src/formatting/colour.js';
import { Engine } from '../../src/host/engine.js';
import { MemoryHost } from '../../src/runtime/host-io.js';

describe('colour', () => {
  it('paints a one-line error red, as pwsh does', () => {
    expect(paintError('Write-Error: x\n')).toBe('\x1b[31;1mWrite-Error: \x1b[31;1mx\x1b[0m\n');
  });
  it('paints the position view: red heading, cyan gutter, red squiggle and message', () => {
    const text = 'f: /tmp/e.ps1:2\nLine |\n   2 |  f\n     |  ~\n     | bad thing\n';
    expect(paintError(text).split('\n')).toEqual([
      '\x1b[31;1mf: \x1b[0m/tmp/e.ps1:2\x1b[0m',
      '\x1b[36;1mLine |\x1b[0m',
      '\x1b[36;1m   2 | \x1b[0m\x1b[36;1m f\x1b[0m',
      '\x1b[36;1m     | \x1b[31;1m ~\x1b[0m',
      '\x1b[36;1m     | \x1b[31;1mbad thing\x1b[0m',
      '',
    ]);
  });
  it('paints warning, verbose and debug lines yellow', () => {
    expect(paintStreamLine('WARNING: hi')).toBe('\x1b[33;1mWARNING: hi\x1b[0m');
  });
  it('paints table headers and list labels as pwsh does', () => {
    const host = new MemoryHost(80, true);
    new Engine(host).run('[pscustomobject]@{a=1;bb=2} | Format-Table; [pscustomobject]@{a=1} | Format-List', { mode: 'command' });
    expect(host.out).toBe('\n\x1b[32;1ma\x1b[0m\x1b[32;1m bb\x1b[0m\n\x1b[32;1m-\x1b[0m \x1b[32;1m--\x1b[0m\n1  2\n\n\n\x1b[32;1ma : \x1b[0m1\n\n');
  });
  it('uses colour only when the host allows it', () => {
    for (const color of [true, false]) {
      const host = new MemoryHost(80, color);
      new Engine(host).run("Write-Warning 'w'; Write-Error 'e'", { mode: 'command' });
      expect(host.out.includes('\x1b['), `out, color=${color}`).toBe(color);
      expect(host.err.includes('\x1b['), `err, color=${color}`).toBe(color);
    }
  });
});
