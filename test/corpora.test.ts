/**
 * External suites from ../shared/corpora (skipped, with one line, when the folder is absent):
 * - tree-sitter-powershell's parser corpus: every snippet outside classes/enum parses; classes
 *   and enums give a clear "not supported" parse error.
 * - cases ported from PowerShell's Pester tests: each script's stdout equals pwsh's.
 * The Pester cases that need cmdlets or binding features not built yet are listed in
 * `pester-known-failures.txt`; the list is a ratchet: a listed case that starts passing fails the
 * test until it is removed from the list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/syntax/parse.js';
import { corporaPresent, pesterCases, treeSitterCases, trimOutput } from './helpers/corpora.js';
import { runScript } from './helpers/run.js';

if (!corporaPresent) console.log('corpora suites skipped: ../shared/corpora is not present');

const knownFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pester-known-failures.txt');
const known = new Set(fs.readFileSync(knownFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));

/**
 * Snippets of tree-sitter's corpus that pwsh 7.6.9 itself rejects, with its error: they must fail
 * here too, with the same error id.
 */
const REJECTED_BY_PWSH: Record<string, string> = {
  // `"$i:$i"`: pwsh reads `i:` as a drive with no variable name after it.
  'loops.txt For loop : Comma separated assignment expressions enclosed in parenthesis': 'InvalidVariableReferenceWithDrive',
};

describe.skipIf(!corporaPresent)('tree-sitter-powershell corpus', () => {
  const cases = corporaPresent ? treeSitterCases() : [];
  const supported = cases.filter((c) => c.file !== 'classes.txt' && c.file !== 'enum.txt');
  it(`all ${supported.length} snippets outside classes/enum parse, or fail where pwsh fails`, () => {
    const failures = supported.flatMap((c) => {
      const r = parse(c.code);
      const rejected = REJECTED_BY_PWSH[`${c.file} ${c.name}`];
      if (rejected) return r.errors[0]?.id === rejected ? [] : [`${c.file} "${c.name}": pwsh rejects it (${rejected}), we do not`];
      return r.errors.length ? [`${c.file} "${c.name}": ${r.errors[0]!.message}`] : [];
    });
    console.log(`tree-sitter corpus: ${supported.length - failures.length}/${supported.length} as pwsh (${Object.keys(REJECTED_BY_PWSH).length} rejected by pwsh too)`);
    expect(failures).toEqual([]);
  });
  it('classes and enums give a clear not-supported error', () => {
    for (const c of cases.filter((x) => x.file === 'classes.txt' || x.file === 'enum.txt')) {
      const r = parse(c.code);
      if (/^\s*(class|enum)\b/im.test(c.code)) {
        expect(r.errors.length, c.name).toBeGreaterThan(0);
      }
    }
  });
});

describe.skipIf(!corporaPresent)('Pester-ported cases', () => {
  const cases = corporaPresent ? pesterCases() : [];
  const results = new Map<string, { ok: boolean; actual: string }>();
  for (const c of cases) {
    let actual: string;
    try { actual = runScript(c.script).stdout; } catch (e) { actual = `internal error: ${(e as Error).message}`; }
    results.set(c.name, { ok: trimOutput(actual) === trimOutput(c.expected), actual });
  }
  it('pass count', () => {
    const passed = [...results.values()].filter((r) => r.ok).length;
    console.log(`Pester-ported cases: ${passed}/${cases.length} pass (${known.size} listed as known failures)`);
    expect(passed + known.size).toBeGreaterThanOrEqual(cases.length);
  });
  for (const c of cases) {
    it(c.name, () => {
      const r = results.get(c.name)!;
      if (known.has(c.name)) {
        expect(r.ok, `${c.name} now passes: remove it from pester-known-failures.txt`).toBe(false);
      } else {
        expect(trimOutput(r.actual)).toBe(trimOutput(c.expected));
      }
    });
  }
});
