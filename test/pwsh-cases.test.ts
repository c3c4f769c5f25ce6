/**
 * The tables recorded from pwsh 7.6.9: `test/pwsh-cases` (operators, conversions, error texts)
 * and `test/binding-cases` (parameter binding, run after its prelude). Each snippet's output
 * (value and type, non-terminating errors, or a terminating error's id and message) must equal
 * what pwsh printed when the table was recorded.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NOT_RUN, readCases, readExpectedCases, readPrelude } from './helpers/pwsh-cases.js';
import { runCasesInMinipwsh } from './helpers/pwsh-cases-local.js';

const here = path.dirname(fileURLToPath(import.meta.url));

for (const table of ['pwsh-cases', 'binding-cases']) {
  const dir = path.join(here, table);
  const cases = readCases(dir);
  const expected = readExpectedCases(dir);
  const actual = runCasesInMinipwsh(cases, readPrelude(dir));

  describe(`${table} (recorded from pwsh 7.6.9)`, () => {
    it('every case has a recorded answer, and ran in minipwsh', () => {
      expect(cases.filter((c) => !expected.has(c))).toEqual([]);
      expect([...expected.values()].filter((v) => v === NOT_RUN)).toEqual([]);
      expect(cases.filter((_, i) => actual[i] === NOT_RUN)).toEqual([]);
    });
    cases.forEach((c, i) => {
      it(c, () => { expect(actual[i]).toBe(expected.get(c)); });
    });
  });
}
