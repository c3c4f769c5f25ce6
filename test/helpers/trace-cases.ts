/**
 * # The trace-cases table
 *
 * `test/trace-cases/cases.txt` holds one pipeline per line; each runs as the `-Expression` of
 * `Trace-Command -Name ParameterBinding -PSHost` after `prelude.ps1`, with its output and errors
 * discarded. `expected.txt` keeps pwsh's trace lines for each, without the `DEBUG: <time>
 * ParameterBinding Information: 0 : ` prefix. `npm run record -- test/trace-cases` rewrites it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { NOT_RUN, readCases, readPrelude, splitResults } from './pwsh-cases.js';
import { runScript } from './run.js';

const MARK = '@@case';
const PREFIX = /^DEBUG: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ ParameterBinding Information: 0 : /;

export function traceHarnessScript(cases: string[], prelude: string): string {
  const lines = [prelude];
  cases.forEach((c, i) => {
    lines.push(`'${MARK} ${i}'`);
    lines.push(`try { $null = Trace-Command -Name ParameterBinding -PSHost -Expression { ${c} } 2>$null } catch { }`);
  });
  return lines.join('\n') + '\n';
}

/** Keeps the trace lines of each case, without their prefix (so without the time stamps). */
function traceOnly(output: string, count: number): string[] {
  const kept = output.replace(/\r\n/g, '\n').replace(/\x1b\[[0-9;]*m/g, '').split('\n')
    .filter((l) => l.startsWith(MARK) || PREFIX.test(l))
    .map((l) => l.replace(PREFIX, ''));
  return splitResults(kept.join('\n'), count);
}

export function runTraceCasesInPwsh(pwsh: string, dir: string): string[] {
  const cases = readCases(dir);
  const file = path.join(os.tmpdir(), `minipwsh-trace-cases-${process.pid}.ps1`);
  fs.writeFileSync(file, traceHarnessScript(cases, readPrelude(dir)));
  const r = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 300_000 });
  fs.unlinkSync(file);
  return traceOnly(r.stdout ?? '', cases.length);
}

export function runTraceCasesInMinipwsh(dir: string): string[] {
  const cases = readCases(dir);
  const r = runScript(traceHarnessScript(cases, readPrelude(dir)), { mode: 'command' });
  return traceOnly(r.stdout, cases.length);
}

export function recordTraceCases(pwsh: string, dir: string): number {
  const cases = readCases(dir);
  const results = runTraceCasesInPwsh(pwsh, dir);
  if (results.includes(NOT_RUN)) throw new Error(`pwsh did not run every trace case in ${dir}; nothing was written`);
  fs.writeFileSync(path.join(dir, 'expected.txt'), cases.map((c, i) => `>>> ${c}\n${results[i]}\n`).join(''));
  return cases.length;
}
