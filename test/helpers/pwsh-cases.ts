/**
 * # The pwsh-cases table
 *
 * `test/pwsh-cases/cases.txt` holds one-line snippets (blank lines and `#` comments ignored);
 * `expected.txt` holds, per snippet, what pwsh printed for it: each output object as
 * `value [Type]`, `$null` for a null, or `ERR <FullyQualifiedErrorId>: <message>` for a
 * terminating error. `npm run record` regenerates `expected.txt` from pwsh.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const MARK = '@@case';
/** The harness runs as this file, in pwsh and in minipwsh alike. */
export const CASES_FILE = 'cases-harness.ps1';

export function readCases(dir: string): string[] {
  return fs.readFileSync(path.join(dir, 'cases.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The script that runs every case and prints each result in the table's format. */
export function harnessScript(cases: string[], prelude = ''): string {
  const lines: string[] = prelude ? [prelude] : [];
  cases.forEach((c, i) => {
    lines.push(`'${MARK} ${i}'`);
    lines.push(`try { foreach ($__v in @(${c} 2>&1)) { if ($null -eq $__v) { '$null' } elseif ($__v -is [System.Management.Automation.ErrorRecord]) { "NONTERMINATING $($__v.FullyQualifiedErrorId): $($__v.Exception.Message)" } else { "$__v [$($__v.GetType().Name)]" } } } catch { "ERR $($_.FullyQualifiedErrorId): $($_.Exception.Message)" }`);
  });
  return lines.join('\n') + '\n';
}

/**
 * Splits a harness run's output into one block of text per case. A case whose marker never
 * printed (the harness did not parse, or stopped early) gets NOT_RUN, so that it can never
 * match a recorded answer by accident.
 */
export const NOT_RUN = '<case did not run>';

export function splitResults(output: string, count: number): string[] {
  const results: string[] = new Array(count).fill(NOT_RUN);
  let current = -1;
  for (const line of output.replace(/\r\n/g, '\n').split('\n')) {
    const m = new RegExp(`^${MARK} (\\d+)$`).exec(line);
    if (m) { current = Number(m[1]); results[current] = ''; continue; }
    if (current >= 0) results[current] += (results[current] ? '\n' : '') + line.replace(/\s+$/, '');
  }
  return results.map((r) => r.replace(/\n+$/, ''));
}

export function readExpectedCases(dir: string): Map<string, string> {
  const file = path.join(dir, 'expected.txt');
  const map = new Map<string, string>();
  if (!fs.existsSync(file)) return map;
  const blocks = fs.readFileSync(file, 'utf8').split(/^>>> /m).slice(1);
  for (const b of blocks) {
    const nl = b.indexOf('\n');
    map.set(b.slice(0, nl), b.slice(nl + 1).replace(/\n$/, ''));
  }
  return map;
}

/** The prelude of a table (`prelude.ps1` beside `cases.txt`), or ''. */
export function readPrelude(dir: string): string {
  const file = path.join(dir, 'prelude.ps1');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

export function runPwshCases(pwsh: string, cases: string[], prelude = ''): string[] {
  // A fixed file name: errors written at the script's level name it in their ids.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minipwsh-cases-'));
  const file = path.join(dir, CASES_FILE);
  fs.writeFileSync(file, harnessScript(cases, prelude));
  const r = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 300_000 });
  fs.rmSync(dir, { recursive: true, force: true });
  return splitResults(r.stdout ?? '', cases.length);
}

export function recordCases(pwsh: string, dir: string): number {
  const cases = readCases(dir);
  const results = runPwshCases(pwsh, cases, readPrelude(dir));
  const missing = cases.filter((_, i) => results[i] === NOT_RUN);
  if (missing.length) throw new Error(`pwsh did not run ${missing.length} of ${cases.length} cases in ${dir} (first: ${missing[0]}); nothing was written`);
  const text = cases.map((c, i) => `>>> ${c}\n${results[i]}\n`).join('');
  fs.writeFileSync(path.join(dir, 'expected.txt'), text);
  return cases.length;
}
