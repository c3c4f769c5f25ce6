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
