/** Runs the pwsh-cases harness in minipwsh. */
import { harnessScript, splitResults } from './pwsh-cases.js';
import { runScript } from './run.js';

export function runCasesInMinipwsh(cases: string[], prelude = ''): string[] {
  const r = runScript(harnessScript(cases, prelude), { mode: 'command' });
  return splitResults(r.stdout, cases.length);
}
