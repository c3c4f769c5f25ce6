/** Finds pwsh, the oracle, if this machine has it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export function findPwsh(): string | undefined {
  const candidates = [
    process.env['PWSH'],
    ...((process.env['PATH'] ?? '').split(':').map((d) => path.join(d, 'pwsh'))),
    path.join(os.homedir(), '.dotnet', 'tools', 'pwsh'),
  ];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  return undefined;
}

export interface ProcessOutput { stdout: string; stderr: string; exitCode: number }

/** Runs a script file under pwsh without colour, from the script's directory. */
export function runPwsh(pwsh: string, script: string, args: string[] = []): ProcessOutput {
  const r = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', script, ...args], {
    cwd: path.dirname(script), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TERM: 'dumb' }, timeout: 120_000,
  });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', exitCode: r.status ?? 1 };
}
