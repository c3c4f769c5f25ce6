/**
 * Which code compile-closed.ts generates JavaScript for: loops and pipeline blocks that run no
 * command and touch no member, and nothing else. (The property test checks that what it
 * generates computes what the closures compute.)
 */
import { describe, expect, it } from 'vitest';
import type * as A from '../../src/syntax/ast.js';
import { parse } from '../../src/syntax/parse.js';
import { generatedItemBlock, generatedItemTest, generatedLoop } from '../../src/runtime/compile-closed.js';
import { compiledCollect } from '../../src/runtime/compile-statements.js';

function statements(text: string): A.Statement[] {
  const r = parse(text);
  if (!r.ast) throw new Error(r.errors[0]!.message);
  return r.ast.endBlock!.statements;
}

const loop = (text: string) => generatedLoop(statements(text)[0] as Parameters<typeof generatedLoop>[0], compiledCollect);
const itemBlock = (text: string) => generatedItemBlock(statements(text), compiledCollect);
const itemTest = (text: string) => generatedItemTest(statements(text), compiledCollect);

describe('closed loops', () => {
  it.each([
    'foreach ($i in 1..10) { $s += $i }',
    'for ($i = 0; $i -lt 10; $i++) { if ($i % 2 -eq 0) { continue }; $s = $s * 2 - $i }',
    'while ($n -lt 5) { $n++; "$n"; [int]$n; $(if ($n) { 1 }) }',
    ':outer do { foreach ($j in $list) { break outer } } until ($true)',
    'foreach ($i in 1..3) { $h = @{ k = $i }; $a = @(1, $i) }',
  ])('generates %s', (text) => {
    expect(loop(text)).toBeTypeOf('function');
  });

  it.each([
    ['a command', 'foreach ($i in 1..3) { Write-Output $i }'],
    ['a pipeline', 'foreach ($i in 1..3) { $i | Out-Null }'],
    ['a member', 'foreach ($i in 1..3) { $s += $i.Length }'],
    ['a method call', "foreach ($i in 1..3) { 'x'.ToUpper() }"],
    ['an index', 'foreach ($i in 1..3) { $a[0] }'],
    ['-replace, which can run a script block', "foreach ($i in 1..3) { $i -replace 'a', $sb }"],
    ['a jump out of a sub-expression', 'foreach ($i in 1..3) { $x = $(break) }'],
    ['a scope-qualified target', 'foreach ($i in 1..3) { $script:s = $i }'],
    ['try', 'foreach ($i in 1..3) { try { 1 } catch { } }'],
    ['return', 'foreach ($i in 1..3) { return }'],
  ])('leaves a loop with %s to the closures', (_, text) => {
    expect(loop(text)).toBeUndefined();
  });
});

describe('item blocks of ForEach-Object and Where-Object', () => {
  it('generates a block that reads $_ and $PSItem inline', () => {
    expect(itemBlock('$_ * 2')).toBeDefined();
    expect(itemBlock('$t += $PSItem; if ($_ -gt 2) { $_ }')).toBeDefined();
    expect(itemTest('$_ % 3 -eq 0')).toBeDefined();
  });

  it('leaves blocks that need the variables a run sets to the full call', () => {
    expect(itemBlock('"x $_"')).toBeUndefined(); // read by a closure, from the scope
    expect(itemBlock('$_ = 1')).toBeUndefined();
    expect(itemBlock('$args.Count')).toBeUndefined();
    expect(itemBlock('$input')).toBeUndefined();
    expect(itemBlock('break')).toBeUndefined();
    expect(itemTest('$a = 1; $_')).toBeUndefined(); // a test is one expression
    expect(itemTest('$_++')).toBeUndefined();
  });
});
