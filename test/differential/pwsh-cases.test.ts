/** The pwsh-cases table run live against pwsh (the recorded table is checked by pwsh-cases.test.ts). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPwsh } from '../helpers/pwsh.js';
import { readCases, runPwshCases } from '../helpers/pwsh-cases.js';
import { runCasesInMinipwsh } from '../helpers/pwsh-cases-local.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../pwsh-cases');
const pwsh = findPwsh();

describe.skipIf(!pwsh)('pwsh-cases against live pwsh', () => {
  it('every case prints what pwsh prints', () => {
    const cases = readCases(dir);
    const theirs = runPwshCases(pwsh!, cases);
    const ours = runCasesInMinipwsh(cases);
    const mismatches = cases.flatMap((c, i) => (theirs[i] === ours[i] ? [] : [`${c}\n  pwsh:     ${JSON.stringify(theirs[i])}\n  minipwsh: ${JSON.stringify(ours[i])}`]));
    expect(mismatches, mismatches.join('\n')).toEqual([]);
  });
});
