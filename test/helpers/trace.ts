/**
 * `Trace-Command -Name ParameterBinding` output recorded from pwsh for the examples in
 * `examples/binding/`, kept as `x.trace` so that minipwsh's own Trace-Command (issue 6) can be
 * compared with it line by line. Only the `DEBUG:` lines are kept; timestamps become `<TIMESTAMP>`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export function normalizeTrace(text: string): string {
  return text.replace(/\r\n/g, '\n').split('\n')
    .filter((l) => l.startsWith('DEBUG: '))
    .map((l) => l.replace(/^DEBUG: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ /, 'DEBUG: <TIMESTAMP> ').replace(/\s+$/, ''))
    .join('\n') + '\n';
}

export function recordTrace(pwsh: string, script: string): void {
  const wrapper = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'minipwsh-trace-')), 'trace.ps1');
  fs.writeFileSync(wrapper, `Trace-Command -Name ParameterBinding -PSHost -Expression { . '${script.replace(/'/g, "''")}' }\n`);
  const r = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', wrapper], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  fs.rmSync(path.dirname(wrapper), { recursive: true, force: true });
  fs.writeFileSync(script.replace(/\.ps1$/, '.trace'), normalizeTrace(r.stdout ?? ''));
}

/**
 * pwsh displays an error by running Out-Default and its formatting scripts, whose own binding
 * appears in a trace; minipwsh's host renders errors without commands. This removes those blocks
 * (from `BIND PIPELINE object to parameters: [Out-Default]` to the end of its ProcessRecord).
 */
export function withoutErrorDisplay(trace: string): string {
  const prefix = 'DEBUG: <TIMESTAMP> ParameterBinding Information: 0 : ';
  const lines = trace.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.startsWith(prefix) ? lines[i]!.slice(prefix.length) : lines[i]!;
    if (text !== 'BIND PIPELINE object to parameters: [Out-Default]') { out.push(lines[i]!); continue; }
    // Skip the block, the mandatory check and the ProcessRecord scope with everything nested in it.
    i++;
    while (i < lines.length && lines[i]!.slice(prefix.length).startsWith(' ')) i++;
    if (lines[i]?.endsWith('MANDATORY PARAMETER CHECK on cmdlet [Out-Default]')) i++;
    if (lines[i]?.endsWith(': CALLING ProcessRecord')) {
      i++;
      while (i < lines.length && lines[i]!.slice(prefix.length).startsWith(' ')) i++;
    }
    i--;
  }
  return out.join('\n');
}
