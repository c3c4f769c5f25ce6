/**
 * # Token vocabulary
 *
 * Every token kind the PowerShell scanner can produce. The patterns are `Lexer.NA` because the
 * scanner in `lexer.ts` is mode-sensitive (expression mode versus argument mode, as PowerShell's
 * own tokenizer is) and decides kinds itself; Chevrotain still owns the vocabulary, the token
 * categories the parser consumes, and the parser that reads these tokens.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

const token = (name: string, categories?: TokenType[]): TokenType =>
  // A `categories: undefined` key would add an undefined category: pass the key only when set.
  createToken(categories ? { name, pattern: Lexer.NA, categories } : { name, pattern: Lexer.NA });

// ## Categories: the parser consumes a category where any member will do.
/** Anything that ends a statement: newline or `;`. */
export const StatementEnd = token('StatementEnd');
/** Every binary operator; the parser folds them by precedence (see parser.ts). */
export const BinaryOperator = token('BinaryOperator');
/** Binary operators, grouped by PowerShell precedence level (lowest first). */
export const LogicalOperator = token('LogicalOperator', [BinaryOperator]); // -and -or -xor
export const BitwiseOperator = token('BitwiseOperator', [BinaryOperator]); // -band -bor -bxor
export const ComparisonOperator = token('ComparisonOperator', [BinaryOperator]); // -eq ... -is -as -replace -split -join -shl -shr
export const AdditiveOperator = token('AdditiveOperator', [BinaryOperator]); // + -
export const MultiplicativeOperator = token('MultiplicativeOperator', [BinaryOperator]); // * / %
export const FormatOperator = token('FormatOperator', [BinaryOperator]); // -f
export const RangeOperator = token('RangeOperator', [BinaryOperator]); // ..
export const AssignmentOperator = token('AssignmentOperator'); // = += -= *= /= %= ??=
export const UnaryOperator = token('UnaryOperator'); // ! -not -bnot -split -join (prefix forms)

// ## Layout
export const NewLine = token('NewLine', [StatementEnd]);
export const Semicolon = token('Semicolon', [StatementEnd]);
export const Pipe = token('Pipe');
export const AndAnd = token('AndAnd');
export const OrOr = token('OrOr');
export const LParen = token('LParen');
export const RParen = token('RParen');
export const LCurly = token('LCurly');
export const RCurly = token('RCurly');
export const LBracket = token('LBracket'); // index: `$a[0]`
export const RBracket = token('RBracket');
export const AtParen = token('AtParen'); // @(
export const DollarParen = token('DollarParen'); // $(
export const AtCurly = token('AtCurly'); // @{
export const Comma = token('Comma');
export const Dot = token('Dot'); // member access `.`
export const NullConditionalDot = token('NullConditionalDot'); // `?.`
export const DoubleColon = token('DoubleColon'); // static member `::`
export const Ampersand = token('Ampersand'); // call operator `&`
export const DotSource = token('DotSource'); // `. ./script.ps1`
export const QuestionMark = token('QuestionMark'); // ternary `?`
export const Colon = token('Colon'); // ternary `:`
export const NullCoalesce = token('NullCoalesce', [BinaryOperator]); // ??
export const Increment = token('Increment'); // ++
export const Decrement = token('Decrement'); // --
export const Minus = token('Minus', [AdditiveOperator]);
export const Plus = token('Plus', [AdditiveOperator]);
export const Equals = token('Equals', [AssignmentOperator]);
export const CompoundAssign = token('CompoundAssign', [AssignmentOperator]);
export const Exclaim = token('Exclaim', [UnaryOperator]);

// ## Operators named with a dash (expression mode)
export const LogicalOp = token('LogicalOp', [LogicalOperator]);
export const BitwiseOp = token('BitwiseOp', [BitwiseOperator]);
export const ComparisonOp = token('ComparisonOp', [ComparisonOperator]);
/** `-split` and `-join` are binary and unary. */
export const SplitJoinOp = token('SplitJoinOp', [ComparisonOperator, UnaryOperator]);
export const NotOp = token('NotOp', [UnaryOperator]); // -not -bnot
export const MultiplyOp = token('MultiplyOp', [MultiplicativeOperator]);
export const FormatOp = token('FormatOp', [FormatOperator]);
export const DotDot = token('DotDot', [RangeOperator]);

// ## Values
export const NumberLiteral = token('NumberLiteral');
export const VerbatimString = token('VerbatimString'); // '...' and @'...'@
export const ExpandableString = token('ExpandableString'); // "..." and @"..."@
export const Variable = token('Variable'); // $x ${x} $env:x
export const SplattedVariable = token('SplattedVariable'); // @params
export const TypeLiteral = token('TypeLiteral'); // [int]
export const AttributeOpen = token('AttributeOpen'); // [Parameter(
/** A member name after `.` or `::`. */
export const MemberName = token('MemberName');
/** A bare word where an expression is expected: a hashtable key, an attribute argument name. */
export const BareWord = token('BareWord');

// ## Argument mode
/** The name at the start of a command: `Get-ChildItem`, `./script.ps1`. */
export const CommandName = token('CommandName');
/** A bare argument: `abc`, `2+2`, `1..3`, `*.txt`. */
export const GenericArgument = token('GenericArgument');
/** `-Name`, or `-Name:` when the value follows a colon. */
export const ParameterToken = token('ParameterToken');
export const StopParsing = token('StopParsing'); // --%
export const Redirection = token('Redirection'); // > >> 2> 2>&1 *> ...

// ## Keywords (recognised only where a statement starts, as in PowerShell)
export const Keyword = token('Keyword');
const keyword = (name: string) => token(name, [Keyword]);
export const If = keyword('If');
export const ElseIf = keyword('ElseIf');
export const Else = keyword('Else');
export const Switch = keyword('Switch');
export const Foreach = keyword('Foreach');
export const For = keyword('For');
export const While = keyword('While');
export const Do = keyword('Do');
export const Until = keyword('Until');
export const In = keyword('In');
export const Function = keyword('Function'); // function and filter
export const Param = keyword('Param');
export const Begin = keyword('Begin');
export const Process = keyword('Process');
export const End = keyword('End');
export const Return = keyword('Return');
export const Break = keyword('Break');
export const Continue = keyword('Continue');
export const Throw = keyword('Throw');
export const Exit = keyword('Exit');
export const Try = keyword('Try');
export const Catch = keyword('Catch');
export const Finally = keyword('Finally');
export const Trap = keyword('Trap');
/** Keywords PowerShell reserves that we do not implement (class, enum, data, ...). */
export const UnsupportedKeyword = keyword('UnsupportedKeyword');
/** A loop label `:outer`. */
export const Label = token('Label');

export const allTokens: TokenType[] = [
  StatementEnd, BinaryOperator, LogicalOperator, BitwiseOperator, ComparisonOperator, AdditiveOperator,
  MultiplicativeOperator, FormatOperator, RangeOperator, AssignmentOperator, UnaryOperator,
  NewLine, Semicolon, Pipe, AndAnd, OrOr, LParen, RParen, LCurly, RCurly, LBracket, RBracket,
  AtParen, DollarParen, AtCurly, Comma, Dot, NullConditionalDot, DoubleColon, Ampersand, DotSource,
  QuestionMark, Colon, NullCoalesce, Increment, Decrement, Minus, Plus, Equals, CompoundAssign,
  Exclaim, LogicalOp, BitwiseOp, ComparisonOp, SplitJoinOp, NotOp, MultiplyOp, FormatOp, DotDot,
  NumberLiteral, VerbatimString, ExpandableString, Variable, SplattedVariable, TypeLiteral,
  AttributeOpen, MemberName, BareWord, CommandName, GenericArgument, ParameterToken, StopParsing,
  Redirection, Keyword, If, ElseIf, Else, Switch, Foreach, For, While, Do, Until, In, Function,
  Param, Begin, Process, End, Return, Break, Continue, Throw, Exit, Try, Catch, Finally, Trap,
  UnsupportedKeyword, Label,
];

/** Statement keywords, lower-cased, mapped to their token type. */
export const statementKeywords: ReadonlyMap<string, TokenType> = new Map([
  ['if', If], ['switch', Switch], ['foreach', Foreach], ['for', For], ['while', While],
  ['do', Do], ['function', Function], ['filter', Function], ['workflow', UnsupportedKeyword],
  ['param', Param], ['begin', Begin], ['process', Process], ['end', End],
  ['dynamicparam', UnsupportedKeyword], ['clean', UnsupportedKeyword],
  ['return', Return], ['break', Break], ['continue', Continue], ['throw', Throw], ['exit', Exit],
  ['try', Try], ['trap', Trap], ['class', UnsupportedKeyword], ['enum', UnsupportedKeyword],
  ['data', UnsupportedKeyword], ['using', UnsupportedKeyword], ['configuration', UnsupportedKeyword],
]);
