/**
 * The pwsh-cases table: each one-line snippet's output (value and type, or error id and message)
 * must equal what pwsh printed when the table was recorded.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCases, readExpectedCases } from './helpers/pwsh-cases.js';
import { runCasesInMinipwsh } from './helpers/pwsh-cases-local.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'pwsh-cases');
const cases = readCases(dir);
const expected = readExpectedCases(dir);
const actual = runCasesInMinipwsh(cases);

describe('pwsh-cases (recorded from pwsh 7.6.9)', () => {
  it('every case has a recorded answer', () => {
    expect(cases.filter((c) => !expected.has(c))).toEqual([]);
  });
  cases.forEach((c, i) => {
    it(c, () => { expect(actual[i]).toBe(expected.get(c)); });
  });
});
