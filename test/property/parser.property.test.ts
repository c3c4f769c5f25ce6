/**
 * Property tests for the grammar (fast-check):
 * - random generated scripts parse, and printing the tree gives text that parses to the same tree
 *   (print → parse → print is stable);
 * - random text and random bytes never crash the lexer or the parser: only ParseErrors come out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/syntax/parse.js';
import { printScript } from '../../src/syntax/print.js';

const ident = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/).filter((s) => !['if', 'in', 'do', 'for', 'end', 'try', 'filter', 'function', 'process', 'begin', 'else', 'elseif', 'while', 'until', 'switch', 'return', 'throw', 'exit', 'break', 'continue', 'param', 'trap', 'catch', 'finally', 'foreach', 'class', 'enum', 'data', 'using', 'workflow', 'clean', 'dynamicparam', 'configuration'].includes(s));
const variable = ident.map((n) => `$${n}`);
const number = fc.oneof(fc.integer({ min: 0, max: 100000 }).map(String), fc.double({ min: 0, max: 1000, noNaN: true }).map((d) => d.toFixed(2)), fc.constantFrom('0x1F', '1kb', '5L', '2d', '1e3'));
const single = fc.string({ maxLength: 8 }).map((s) => `'${s.replace(/'/g, "''").replace(/[\u2018\u2019\u201a\u201b]/g, '')}'`);
const double = fc.stringMatching(/^[a-z ]{0,6}$/).chain((s) => variable.map((v) => `"${s} ${v} $(1 + 2)"`));
const binaryOps = ['+', '-', '*', '/', '%', '-eq', '-ne', '-gt', '-lt', '-like', '-match', '-and', '-or', '-band', '-f', '-replace', '-join', '..', '-is', '-as', '??'];

const { expr, primary } = fc.letrec<{ expr: string; primary: string }>((tie) => ({
  primary: fc.oneof(
    { depthSize: 'small' },
    number, variable, single, double,
    tie('expr').map((e) => `(${e})`),
    fc.array(tie('expr'), { minLength: 1, maxLength: 3 }).map((a) => `@(${a.join('; ')})`),
    fc.array(fc.tuple(ident, tie('expr')), { maxLength: 3 }).map((kv) => `@{${kv.map(([k, v]) => `${k} = ${v}`).join('; ')}}`),
    variable.chain((v) => ident.map((m) => `${v}.${m}`)),
    variable.chain((v) => tie('expr').map((i) => `${v}[${i}]`)),
    ident.map((m) => `'x'.${m}()`),
    fc.constantFrom('[int]', '[string]', '[math]::PI', '$null', '$true'),
  ),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('primary'),
    fc.tuple(tie('primary'), fc.constantFrom(...binaryOps), tie('primary')).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(fc.constantFrom('-not ', '!', '-', '[int]', ','), tie('primary')).map(([op, a]) => `${op}${a}`),
    fc.tuple(tie('primary'), tie('primary'), tie('primary')).map(([a, b, c]) => `${a} ? ${b} : ${c}`),
  ),
}));

const command = fc.tuple(fc.constantFrom('Write-Output', 'ForEach-Object', 'Where-Object', 'Get-Thing'), fc.array(fc.oneof(ident, number, variable, single, ident.map((p) => `-${p}`), expr.map((e) => `(${e})`), expr.map((e) => `{ ${e} }`)), { maxLength: 4 }))
  .map(([name, args]) => [name, ...args].join(' '));
const pipeline = fc.tuple(fc.oneof(expr, command), fc.array(command, { maxLength: 3 })).map(([head, rest]) => [head, ...rest].join(' | '));

const { statement } = fc.letrec<{ statement: string; block: string }>((tie) => ({
  block: fc.array(tie('statement'), { maxLength: 3 }).map((ss) => `{ ${ss.join('; ')} }`),
  statement: fc.oneof(
    { depthSize: 'small' },
    pipeline,
    fc.tuple(variable, fc.constantFrom('=', '+=', '-=', '??='), pipeline).map(([v, op, p]) => `${v} ${op} ${p}`),
    fc.tuple(expr, tie('block'), tie('block')).map(([c, a, b]) => `if (${c}) ${a} else ${b}`),
    fc.tuple(variable, expr, tie('block')).map(([v, c, b]) => `foreach (${v} in ${c}) ${b}`),
    fc.tuple(expr, tie('block')).map(([c, b]) => `while (${c}) ${b}`),
    fc.tuple(tie('block'), expr).map(([b, c]) => `do ${b} until (${c})`),
    fc.tuple(variable, expr, tie('block')).map(([v, c, b]) => `for (${v} = 0; ${c}; ${v}++) ${b}`),
    // A clause condition is a primary expression or an argument (the language spec's switch-clause-condition).
    fc.tuple(expr, primary, tie('block')).map(([s, p, b]) => `switch (${s}) { ${p} ${b} default { 1 } }`),
    fc.tuple(ident, fc.array(variable, { maxLength: 3 }), tie('block')).map(([n, ps, b]) => `function ${n}-x(${[...new Set(ps)].join(', ')}) ${b}`),
    fc.tuple(tie('block'), tie('block')).map(([a, b]) => `try ${a} catch ${b} finally ${b}`),
    expr.map((e) => `return ${e}`),
    fc.constant('break'),
  ),
}));

const script = fc.array(statement, { minLength: 1, maxLength: 5 }).map((ss) => ss.join('\n'));

describe('parser properties', () => {
  it('generated scripts parse, and print → parse → print is stable', () => {
    fc.assert(fc.property(script, (text) => {
      const first = parse(text);
      expect(first.errors, text).toEqual([]);
      const printed = printScript(first.ast!);
      const second = parse(printed);
      expect(second.errors, printed).toEqual([]);
      expect(printScript(second.ast!)).toBe(printed);
    }), { numRuns: 400 });
  });

  it('random text never crashes the lexer or parser', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const r = parse(text);
      expect(r.ast !== undefined || r.errors.length > 0).toBe(true);
    }), { numRuns: 2000 });
  });

  it('random PowerShell-ish character soup never crashes the parser', () => {
    const soup = fc.array(fc.constantFrom('$', '(', ')', '{', '}', '[', ']', '@', '"', "'", '`', '|', ';', '\n', ' ', '-', '=', 'a', '1', '.', ',', '&', '#', '<', '>', '?', ':', 'if', 'foreach', 'function', 'param', '-eq', '@"\n', '"@', '$(', '@{', '::'), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(fc.property(soup, (text) => {
      const r = parse(text);
      expect(r.ast !== undefined || r.errors.length > 0).toBe(true);
    }), { numRuns: 3000 });
  });

  it('random bytes never crash the parser', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const r = parse(Buffer.from(bytes).toString('latin1'));
      expect(r.ast !== undefined || r.errors.length > 0).toBe(true);
    }), { numRuns: 1000 });
  });
});
