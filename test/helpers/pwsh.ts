/** Finds pwsh, the oracle, if this machine has it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';

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

/**
 * Runs a script file under pwsh without colour, from the script's directory. Asynchronous, so a
 * script that keeps pwsh busy for many seconds (examples/recursion.ps1 takes about 20) does not
 * starve vitest's messages to the test worker, which time out after a minute.
 */
export function runPwshAsync(pwsh: string, script: string, args: string[] = []): Promise<ProcessOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(pwsh, ['-NoProfile', '-NonInteractive', '-File', script, ...args], {
      cwd: path.dirname(script), env: { ...process.env, NO_COLOR: '1', TERM: 'dumb' }, timeout: 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, exitCode: code ?? 1 }));
  });
}
