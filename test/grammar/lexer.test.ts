/** The scanner: which kind each token gets in expression and argument mode. */
import { describe, expect, it } from 'vitest';
import { scanNumber, tokenize } from '../../grammar/lexer.js';

const kinds = (text: string) => tokenize(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);

describe('argument mode versus expression mode (about_Parsing)', () => {
  it.each([
    ['Write-Output 2', ['CommandName:Write-Output', 'NumberLiteral:2']],
    ['Write-Output 2+2', ['CommandName:Write-Output', 'GenericArgument:2+2']],
    ['Write-Output 1..3', ['CommandName:Write-Output', 'GenericArgument:1..3']],
    ['2+2', ['NumberLiteral:2', 'Plus:+', 'NumberLiteral:2']],
    ['1..3', ['NumberLiteral:1', 'DotDot:..', 'NumberLiteral:3']],
    ['Get-X -Name v', ['CommandName:Get-X', 'ParameterToken:-Name', 'GenericArgument:v']],
    ['Get-X -Name:$v', ['CommandName:Get-X', 'ParameterToken:-Name:', 'Variable:$v']],
    ['$a -eq $b', ['Variable:$a', 'ComparisonOp:-eq', 'Variable:$b']],
    ['Where-Object N -eq 1', ['CommandName:Where-Object', 'GenericArgument:N', 'ParameterToken:-eq', 'NumberLiteral:1']],
    ['Get-X a,b', ['CommandName:Get-X', 'GenericArgument:a', 'Comma:,', 'GenericArgument:b']],
    ['Get-X *.txt', ['CommandName:Get-X', 'GenericArgument:*.txt']],
    ['Get-X (1..3)', ['CommandName:Get-X', 'LParen:(', 'NumberLiteral:1', 'DotDot:..', 'NumberLiteral:3', 'RParen:)']],
    ['Get-X $o.Name', ['CommandName:Get-X', 'Variable:$o', 'Dot:.', 'MemberName:Name']],
    ['Get-X @p', ['CommandName:Get-X', 'SplattedVariable:@p']],
    ['& $sb 1', ['Ampersand:&', 'Variable:$sb', 'NumberLiteral:1']],
    ['. ./lib.ps1', ['DotSource:.', 'GenericArgument:./lib.ps1']],
    ['./run.ps1', ['CommandName:./run.ps1']],
    ['cmd 2>&1', ['CommandName:cmd', 'Redirection:2>&1']],
    ['cmd *> $null', ['CommandName:cmd', 'Redirection:*>', 'Variable:$null']],
    ['1..5 | % { $_ }', ['NumberLiteral:1', 'DotDot:..', 'NumberLiteral:5', 'Pipe:|', 'CommandName:%', 'LCurly:{', 'Variable:$_', 'RCurly:}']],
    ['@{a=1}', ['AtCurly:@{', 'BareWord:a', 'Equals:=', 'NumberLiteral:1', 'RCurly:}']],
    ['[int]$x', ['TypeLiteral:[int]', 'Variable:$x']],
    ['$a[0]', ['Variable:$a', 'LBracket:[', 'NumberLiteral:0', 'RBracket:]']],
    ['$s.Trim()', ['Variable:$s', 'Dot:.', 'MemberName:Trim', 'LParen:(', 'RParen:)']],
    ['[math]::Round(1)', ['TypeLiteral:[math]', 'DoubleColon:::', 'MemberName:Round', 'LParen:(', 'NumberLiteral:1', 'RParen:)']],
    ['if ($x) { }', ['If:if', 'LParen:(', 'Variable:$x', 'RParen:)', 'LCurly:{', 'RCurly:}']],
    ['Write-Output if', ['CommandName:Write-Output', 'GenericArgument:if']],
    ['$i++', ['Variable:$i', 'Increment:++']],
    ['$x ?? 1', ['Variable:$x', 'NullCoalesce:??', 'NumberLiteral:1']],
    ['a && b || c', ['CommandName:a', 'AndAnd:&&', 'CommandName:b', 'OrOr:||', 'CommandName:c']],
    [':outer foreach', ['Label::outer', 'Foreach:foreach']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('numbers', () => {
  it.each([
    ['42', 'Int32', 42], ['0x1F', 'Int32', 31], ['0xFFFFFFFF', 'Int32', -1], ['2147483648', 'Int64', 2147483648],
    ['1.5', 'Double', 1.5], ['1e3', 'Double', 1000], ['10kb', 'Int32', 10240], ['1.5mb', 'Double', 1572864],
    ['5L', 'Int64', 5], ['2d', 'Decimal', 2], ['.5', 'Double', 0.5], ['0b101', 'Int32', 5], ['7u', 'UInt32', 7],
  ])('%s is %s %d', (text, kind, value) => {
    const n = scanNumber(text);
    expect(n?.length).toBe(text.length);
    expect(n?.value.kind).toBe(kind);
    expect(n?.value.value).toBe(value);
  });
});

describe('strings', () => {
  it('expandable strings carry their parts', () => {
    const t = tokenize('"a $x b $(1+1) ${y} `$z"').tokens[0]!;
    expect(t.tokenType.name).toBe('ExpandableString');
    const parts = t.payload as { kind: string }[];
    expect(parts.map((p) => p.kind)).toEqual(['text', 'variable', 'text', 'subexpression', 'text', 'variable', 'text']);
  });
  it('verbatim strings double their quotes', () => {
    expect(tokenize("'it''s'").tokens[0]!.payload).toBe("it's");
  });
  it('here-strings drop the newlines after the opener and before the closer', () => {
    expect(tokenize("@'\nline1\nline2\n'@").tokens[0]!.payload).toBe('line1\nline2');
  });
  it('reports an unterminated string as incomplete', () => {
    const r = tokenize('"abc');
    expect(r.errors[0]).toMatchObject({ id: 'TerminatorExpectedAtEndOfString', incomplete: true, offset: 0 });
  });
});

describe('comments and continuation', () => {
  it('skips comments and joins backtick-continued lines', () => {
    expect(kinds('1 # c\n<# block\n #> 2 `\n + 3')).toEqual(['NumberLiteral:1', 'NewLine:\n', 'NumberLiteral:2', 'Plus:+', 'NumberLiteral:3']);
  });
});
