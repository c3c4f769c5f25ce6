/** The recorded tables run live against pwsh (the recorded answers are checked by pwsh-cases.test.ts). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPwsh } from '../helpers/pwsh.js';
import { NOT_RUN, readCases, readPrelude, runPwshCases } from '../helpers/pwsh-cases.js';
import { runCasesInMinipwsh } from '../helpers/pwsh-cases-local.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const pwsh = findPwsh();

describe.skipIf(!pwsh)('recorded tables against live pwsh', () => {
  for (const table of ['pwsh-cases', 'binding-cases']) {
    it(`${table}: every case prints what pwsh prints`, () => {
      const dir = path.join(here, '..', table);
      const cases = readCases(dir);
      const prelude = readPrelude(dir);
      const theirs = runPwshCases(pwsh!, cases, prelude);
      const ours = runCasesInMinipwsh(cases, prelude);
      expect(theirs.filter((t) => t === NOT_RUN).length, 'cases pwsh did not run').toBe(0);
      const mismatches = cases.flatMap((c, i) => (theirs[i] === ours[i] ? [] : [`${c}\n  pwsh:     ${JSON.stringify(theirs[i])}\n  minipwsh: ${JSON.stringify(ours[i])}`]));
      expect(mismatches, mismatches.join('\n')).toEqual([]);
    });
  }
});
