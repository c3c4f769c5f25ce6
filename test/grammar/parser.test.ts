/** The grammar: each rule builds the AST node PowerShell's parser would build. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/syntax/parse.js';
import type * as A from '../../src/syntax/ast.js';

function statements(text: string): A.Statement[] {
  const r = parse(text);
  if (r.errors.length) throw new Error(`${r.errors[0]!.id}: ${r.errors[0]!.message}`);
  return r.ast!.endBlock!.statements;
}
function first(text: string): A.Statement { return statements(text)[0]!; }
function expr(text: string): A.Expression {
  const s = first(text) as A.Pipeline;
  return (s.elements[0] as A.CommandExpression).expression;
}
/** A compact rendering of an expression's shape, for precedence tests. */
function shape(e: A.Expression): string {
  switch (e.kind) {
    case 'Binary': return `(${shape(e.left)} ${e.operator} ${shape(e.right)})`;
    case 'Unary': return `(${e.operator} ${shape(e.operand)})`;
    case 'Constant': return String(e.value.value);
    case 'Variable': return `$${e.name}`;
    case 'StringConstant': return `'${e.value}'`;
    case 'ArrayLiteral': return `[${e.elements.map(shape).join(', ')}]`;
    case 'Convert': return `[${e.typeName}]${shape(e.operand)}`;
    case 'Ternary': return `(${shape(e.condition)} ? ${shape(e.ifTrue)} : ${shape(e.ifFalse)})`;
    case 'Member': return `${shape(e.target)}.${typeof e.member === 'string' ? e.member : shape(e.member)}`;
    case 'InvokeMember': return `${shape(e.target)}${e.isStatic ? '::' : '.'}${e.member}(${e.arguments.map(shape).join(', ')})`;
    case 'Index': return `${shape(e.target)}[${shape(e.index)}]`;
    case 'Type': return `[${e.typeName}]`;
    case 'Paren': return `(${e.pipeline.kind})`;
    default: return e.kind;
  }
}

describe('operator precedence (checked against pwsh)', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 - 2 - 3', '((1 - 2) - 3)'],
    ["'{0}' -f 2 * 3", "(('{0}' f 2) * 3)"],
    ['1..3 + 1', '((1 .. 3) + 1)'],
    ['1,2 + 3', '([1, 2] + 3)'],
    ['1 -band 1 -eq 1', '(1 band (1 eq 1))'],
    ['$a -and $b -or $c', '(($a and $b) or $c)'],
    ['$a -eq 1 -and $b -eq 2', '(($a eq 1) and ($b eq 2))'],
    ['$null ?? 1 -eq 1', '(($null ?? 1) eq 1)'],
    ['2 + $null ?? 3', '((2 + $null) ?? 3)'],
    ['$true -and $null ?? $true', '($true and ($null ?? $true))'],
    ['-not $a -eq $b', '((-not $a) eq $b)'],
    ['-not 1, 2', '[(-not 1), 2]'],
    ['$x ? 1 : 2', '($x ? 1 : 2)'],
    ['[int]$a + 1', '([int]$a + 1)'],
    ['-5', '-5'],
    ['- 5', '(- 5)'],
    ['!$x', '(! $x)'],
    ['$a.b.c', '$a.b.c'],
    ['$a[0].b', '$a[0].b'],
    ["'x'.ToUpper()", "'x'.ToUpper()"],
    ['[math]::Max(1, 2)', '[math]::Max(1, 2)'],
    ['$i++', '(post++ $i)'],
    ['++$i', '(++ $i)'],
    [',1', '(, 1)'],
  ])('%s', (text, expected) => {
    expect(shape(expr(text))).toBe(expected);
  });
});

describe('statements', () => {
  it('pipelines of any length, starting with an expression or a command', () => {
    const p = first('1..5 | ForEach-Object { $_ } | Where-Object { $_ } | Out-Null') as A.Pipeline;
    expect(p.elements.map((e) => e.kind)).toEqual(['CommandExpression', 'Command', 'Command', 'Command']);
  });
  it('commands: parameters, colon arguments, switches and positional arguments', () => {
    const c = (first('Get-X -Name value -Flag -Count:3 pos1 a,b') as A.Pipeline).elements[0] as A.CommandInvocation;
    expect(c.elements.map((e) => e.kind === 'CommandParameter' ? `-${e.name}${e.argument ? ':' + shape(e.argument) : ''}` : shape(e))).toEqual(["-Name", "'value'", '-Flag', '-Count:3', "'pos1'", "['a', 'b']"]);
  });
  it('assignment forms', () => {
    expect(first('$x = 1').kind).toBe('Assignment');
    expect((first('$x += 1') as A.Assignment).operator).toBe('+=');
    expect((first('$a, $b = 1, 2') as A.Assignment).target.kind).toBe('ArrayLiteral');
    expect((first('$h.k = 1') as A.Assignment).target.kind).toBe('Member');
    expect((first('$a[0] = 1') as A.Assignment).target.kind).toBe('Index');
    expect((first('[int]$x = 1') as A.Assignment).target.kind).toBe('Convert');
    expect((first('$x = if ($y) { 1 }') as A.Assignment).value.kind).toBe('If');
    expect((first('$x ??= 1') as A.Assignment).operator).toBe('??=');
  });
  it('if / elseif / else across lines', () => {
    const s = first('if ($a) { 1 }\nelseif ($b) { 2 }\nelse { 3 }') as A.IfStatement;
    expect(s.clauses).toHaveLength(2);
    expect(s.elseBody).toBeDefined();
  });
  it('loops', () => {
    expect(first('while ($true) { break }').kind).toBe('While');
    expect((first('do { } until ($x)') as A.DoStatement).until).toBe(true);
    expect((first('do { } while ($x)') as A.DoStatement).until).toBe(false);
    const f = first('for ($i = 0; $i -lt 3; $i++) { }') as A.ForStatement;
    expect([f.init?.kind, f.condition?.kind, f.iterator?.kind]).toEqual(['Assignment', 'Pipeline', 'Pipeline']);
    expect((first('for (;;) { break }') as A.ForStatement).init).toBeUndefined();
    expect((first('foreach ($x in 1..3) { }') as A.ForeachStatement).variable.name).toBe('x');
    expect((first(':outer foreach ($x in 1) { }') as A.ForeachStatement).label).toBe('outer');
  });
  it('switch with flags and clauses', () => {
    const s = first("switch -Regex -CaseSensitive ($x) { 'a' { 1 } { $_ } { 2 } default { 3 } }") as A.SwitchStatement;
    expect(s.flags.regex && s.flags.caseSensitive).toBe(true);
    expect(s.clauses.map((c) => c.isDefault)).toEqual([false, false, true]);
  });
  it('functions: inline parameters, param blocks, named blocks, filters', () => {
    const f = first('function f($a, [int]$b = 2) { }') as A.FunctionDefinition;
    expect(f.parameters?.map((p) => p.name)).toEqual(['a', 'b']);
    const g = first('function g { [CmdletBinding()] param([Parameter(Mandatory, Position=0)][string]$Name) begin {} process {} end {} }') as A.FunctionDefinition;
    expect(g.body.paramBlock?.attributes[0]?.typeName).toBe('CmdletBinding');
    const attr = g.body.paramBlock!.parameters[0]!.attributes[0] as A.Attribute;
    expect(attr.named.map((n) => n.name)).toEqual(['Mandatory', 'Position']);
    expect([g.body.beginBlock, g.body.processBlock, g.body.endBlock].every(Boolean)).toBe(true);
    expect((first('filter h { $_ }') as A.FunctionDefinition).isFilter).toBe(true);
  });
  it('try / catch with types / finally', () => {
    const t = first('try { } catch [System.IO.IOException], [System.ArgumentException] { } catch { } finally { }') as A.TryStatement;
    expect(t.catches.map((c) => c.typeNames.length)).toEqual([2, 0]);
    expect(t.finallyBody).toBeDefined();
  });
  it('flow statements', () => {
    expect(statements('return; return 1; throw "x"; exit 3; break; continue outer').map((s) => s.kind)).toEqual(['Return', 'Return', 'Throw', 'Exit', 'Break', 'Continue']);
  });
  it('pipeline chains and redirections', () => {
    expect(first('a && b || c').kind).toBe('PipelineChain');
    const c = (first('cmd 2>&1 > out.txt') as A.Pipeline).elements[0] as A.CommandInvocation;
    expect(c.redirections.map((r) => [r.from, r.toOutput])).toEqual([['2', true], ['1', false]]);
  });
  it('hashtables, arrays, sub-expressions, script blocks', () => {
    expect(expr("@{ a = 1; 'b c' = 2\n d = Get-X }").kind).toBe('Hashtable');
    expect(expr('@(1; 2)').kind).toBe('ArrayExpression');
    expect(expr('$(1; 2)').kind).toBe('SubExpression');
    expect(expr('{ param($x) $x }').kind).toBe('ScriptBlockExpression');
    expect(expr('[ordered]@{}').kind).toBe('Convert');
  });
  it('expandable strings parse their sub-expressions', () => {
    const e = expr('"a $($x + 1) b"') as A.ExpandableStringExpression;
    expect(e.parts.map((p) => p.kind)).toEqual(['text', 'expression', 'text']);
  });
});

describe('parse errors: id and offset, as PowerShell reports them', () => {
  it.each([
    ['if ($true) {', 'MissingEndCurlyBrace', 11],
    ['"abc', 'TerminatorExpectedAtEndOfString', 0],
    ['1 +', 'ExpectedValueExpression', 3],
    ['$x = (1', 'MissingEndParenthesisInExpression', 7],
    ['foo |', 'EmptyPipeElement', 5],
    ['1 2', 'UnexpectedToken', 2],
    ['$a.', 'MissingPropertyName', 3],
    ['foreach ($a in ) {}', 'MissingForeachExpression', 14],
    ['function f { param($a', 'MissingEndParenthesisInFunctionParameterList', 21],
    ['(1\n+2)', 'MissingEndParenthesisInExpression', 2],
    ['try { }', 'MissingCatchOrFinally', 7],
    ['$a[0', 'MissingEndSquareBracket', 4],
    ["'a'.Split(','", 'MissingEndParenthesisInMethodCall', 13],
    ['@{ a }', 'MissingEqualsInHashLiteral', 4],
    ['a && ', 'EmptyPipelineChainElement', 4],
    ['do { } foo', 'MissingWhileOrUntilInDoWhile', 6],
    ['1 | 2', 'ExpressionsMustBeFirstInPipeline', 4],
    ['trap', 'MissingTrapStatement', 4],
    ['trap [int] 5', 'MissingTrapStatement', 10],
    ['class C { }', 'ReservedKeywordNotAllowed', 0],
    ['Write-Output --% x', 'StopParsingNotSupported', 13],
    ['1 = 2', 'InvalidLeftHandSide', 0],
    ['"$name: x"', 'InvalidVariableReferenceWithDrive', 1],
    ['$a = 1; $a:', 'InvalidVariableReferenceWithDrive', 8],
  ])('%s', (text, id, offset) => {
    const r = parse(text);
    expect(r.errors[0]).toMatchObject({ id, offset });
  });
  it('marks input that more lines could complete', () => {
    expect(parse('if ($x) {').errors[0]!.incomplete).toBe(true);
    expect(parse('Get-X |').errors[0]!.incomplete).toBe(true);
    expect(parse('@"\nabc').errors[0]!.incomplete).toBe(true);
    expect(parse('1 2').errors[0]!.incomplete).toBe(false);
  });
});

describe('grammar definition', () => {
  it("passes Chevrotain's validations (no ambiguities, no left recursion) with one token of lookahead", async () => {
    const { PowerShellParser } = await import('../../grammar/parser.js');
    expect(() => new PowerShellParser(true)).not.toThrow();
  });
});
