/**
 * Generated JavaScript (compile-closed.ts) computes what the closures compute. Random scripts of
 * closed loops and pipeline blocks, with the arithmetic, comparisons, jumps, errors and output
 * they allow, run twice: once with code generation, once with the closures alone; the console
 * output and the errors must be the same.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run.js';
import { setCodeGeneration } from '../../src/runtime/compile-closed.js';

const variable = fc.constantFrom('$a', '$b', '$i', '$n', '$_', '$PSItem', '$undefinedOne');
const atom = fc.oneof(
  variable,
  fc.constantFrom('0', '1', '2', '-1', '-3', '7', '2147483647', '-2147483648', '1.5', '0.5', '-0.0', "'x'", "'12'", '$null', '$true', '$false', '@(1,2)', '[int]2.5', '"v=$a"', '$(2)', '(1)', '$($b = 9; 1)', '($a = 3)'),
);
const operator = fc.constantFrom('+', '-', '*', '/', '%', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-ceq', '-and', '-or');
const expression = fc.oneof(
  { weight: 2, arbitrary: atom },
  { weight: 3, arbitrary: fc.tuple(atom, operator, atom).map(([l, o, r]) => `${l} ${o} ${r}`) },
  { weight: 1, arbitrary: fc.tuple(atom, operator, atom, operator, atom).map(([a, o, b, p, c]) => `(${a} ${o} ${b}) ${p} ${c}`) },
  { weight: 1, arbitrary: atom.map((a) => `-not ${a}`) },
);
// Never a loop's counter ($n, $w): the loops must end.
const target = fc.constantFrom('$a', '$b');
const simple = fc.oneof(
  expression,
  fc.tuple(target, expression).map(([t, e]) => `${t} = ${e}`),
  fc.tuple(target, fc.constantFrom('+=', '-=', '*=', '%='), expression).map(([t, o, e]) => `${t} ${o} ${e}`),
  target.map((t) => `${t}++`),
  target.map((t) => `--${t}`),
  fc.constantFrom('break', 'continue'),
);
const block = (inner: fc.Arbitrary<string>) => fc.array(inner, { minLength: 1, maxLength: 3 }).map((s) => s.join('; '));
const body = fc.oneof(
  block(simple),
  fc.tuple(expression, block(simple), block(simple)).map(([c, t, f]) => `if (${c}) { ${t} } else { ${f} }`),
);
const loop = fc.oneof(
  fc.tuple(fc.constantFrom('1..4', '3..1', "'a'..'c'", '@(1, $null, 2)', '$null', '5'), body).map(([c, b]) => `foreach ($i in ${c}) { ${b} }`),
  body.map((b) => `for ($n = 0; $n -lt 4; $n++) { ${b} }`),
  body.map((b) => `$w = 0; while ($w -lt 3) { $w++; ${b} }`),
  body.map((b) => `$w = 0; do { $w++; ${b} } until ($w -ge 3)`),
  fc.tuple(body, body).map(([b, c]) => `:outer foreach ($i in 1..3) { foreach ($j in 1..2) { ${b}; if ($j -eq 2) { continue outer } }; ${c} }`),
  block(simple.filter((s) => s !== 'break' && s !== 'continue')).map((b) => `1..4 | ForEach-Object { ${b} }`),
  expression.map((e) => `1..5 | Where-Object { ${e} }`),
);
const script = fc.tuple(fc.array(loop, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([loops, strict]) =>
  [strict ? 'Set-StrictMode -Version 2' : '', '$a = 1; $b = 2', ...loops, '"a=$a b=$b n=$n i=$i"'].join('\n'));

function run(text: string, generate: boolean) {
  setCodeGeneration(generate);
  try {
    return runScript(text);
  } finally {
    setCodeGeneration(true);
  }
}

describe('generated code against the closures', () => {
  afterEach(() => setCodeGeneration(true));

  it('random closed loops and pipeline blocks give the same output and errors', () => {
    fc.assert(fc.property(script, (text) => {
      const generated = run(text, true);
      const closures = run(text, false);
      expect(generated, text).toEqual(closures);
    }), { numRuns: 400 });
  });

  it('the scripts do take the generated path', () => {
    // A loop the generator accepts, and one it leaves to the closures, give the same answers.
    for (const text of ['$s = 0; foreach ($i in 1..100) { $s += $i * 2 - 1 }; $s', '$s = 0; foreach ($i in 1..3) { $s += $i; Write-Output $s }']) {
      expect(run(text, true)).toEqual(run(text, false));
    }
  });
});
