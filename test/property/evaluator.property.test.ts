/**
 * The interpreter never fails with a JavaScript error, whatever the script: generated scripts
 * (valid or not) either run or report PowerShell errors, and nothing reaches the host as an
 * internal error or a stack trace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run.js';

const atom = fc.constantFrom(
  '1', '0', '-1', '2.5', "'a'", "'12'", '"x$(1)"', '$null', '$true', '$x', '$h', '$a', '@()', '@(1,2)', '@{k=1}',
  '[int]', "[pscustomobject]@{N=1}", '(1..3)', "'a','b'", '{ $_ }', '[char]65', '1d', '5L', '0x10', '$h.k', '$a[0]',
  "'abc'.Length", "'x'.ToUpper()", '$args', '[math]::PI', '(Get-Nothing)', '$a.Count',
);
const op = fc.constantFrom('+', '-', '*', '/', '%', '-eq', '-lt', '-like', '-match', '-replace', '-split', '-join', '-and', '-or', '-band', '-shl', '..', '-f', '-is', '-as', '-contains', '-in', '??', ',');
const expr = fc.oneof(atom, fc.tuple(atom, op, atom).map(([a, o, b]) => `${a} ${o} ${b}`), fc.tuple(fc.constantFrom('-not ', '!', '-', '[int]', '[string]', '[bool]', '[char]', '[double]', ',', '-split ', '-join '), atom).map(([u, a]) => u + a));
const statement = fc.oneof(
  expr,
  expr.map((e) => `$x = ${e}`),
  expr.map((e) => `$a += ${e}`),
  expr.map((e) => `$h[${e}] = 1`),
  expr.map((e) => `${e} | ForEach-Object { $_ } | Where-Object { $_ }`),
  expr.map((e) => `Write-Output ${e}`),
  expr.map((e) => `if (${e}) { 'y' } else { 'n' }`),
  expr.map((e) => `foreach ($i in ${e}) { $i }`),
  expr.map((e) => `switch (${e}) { 1 { 'one' } default { 'other' } }`),
  expr.map((e) => `try { ${e} } catch { $_.Exception.Message }`),
  expr.map((e) => `function f($p) { $p; ${e} }; f ${e}`),
  expr.map((e) => `"${'$'}(${e})"`),
  expr.map((e) => `throw ${e}`),
  expr.map((e) => `& { param($q) $q } ${e}`),
  fc.constantFrom('$a = @(1,2,3)', '$h = @{}', 'break', 'continue', 'return 5', 'exit', '$x++', 'Write-Error oops', '1..3 | % { $_ } | ? { $_ }'),
);
const script = fc.array(statement, { minLength: 1, maxLength: 6 }).map((s) => s.join('\n'));

describe('evaluator robustness', () => {
  it('generated scripts never produce an internal error or a JavaScript stack trace', () => {
    fc.assert(fc.property(script, (text) => {
      const r = runScript(text);
      expect(r.stderr, text).not.toContain('internal error');
      expect(r.stderr, text).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }), { numRuns: 500 });
  });
});
