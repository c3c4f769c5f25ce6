/**
 * Trace-Command -Name ParameterBinding, line by line against pwsh 7.6.9: each case's trace lines
 * (prefix and time stamp removed) must equal those recorded in test/trace-cases/expected.txt.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NOT_RUN, readCases, readExpectedCases } from './helpers/pwsh-cases.js';
import { runTraceCasesInMinipwsh } from './helpers/trace-cases.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'trace-cases');
const cases = readCases(dir);
const expected = readExpectedCases(dir);
const actual = runTraceCasesInMinipwsh(dir);

describe('trace-cases (Trace-Command ParameterBinding, recorded from pwsh 7.6.9)', () => {
  it('every case has a recorded trace, and ran in minipwsh', () => {
    expect(cases.filter((c) => !expected.has(c))).toEqual([]);
    expect(cases.filter((_, i) => actual[i] === NOT_RUN)).toEqual([]);
  });
  cases.forEach((c, i) => {
    it(c, () => { expect(actual[i]).toBe(expected.get(c)); });
  });
});
