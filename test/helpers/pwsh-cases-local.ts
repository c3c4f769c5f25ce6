/** Runs the pwsh-cases harness in minipwsh. */
import os from 'node:os';
import path from 'node:path';
import { CASES_FILE, harnessScript, splitResults } from './pwsh-cases.js';
import { runScript } from './run.js';

export function runCasesInMinipwsh(cases: string[], prelude = ''): string[] {
  const r = runScript(harnessScript(cases, prelude), { mode: 'file', path: path.join(os.tmpdir(), CASES_FILE) });
  return splitResults(r.stdout, cases.length);
}
