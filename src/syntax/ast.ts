/**
 * # The abstract syntax tree
 *
 * Node kinds follow PowerShell's own AST (`ScriptBlockAst`, `PipelineAst`, `CommandAst`, ...),
 * without the `Ast` suffix. Every node carries `start`/`end` offsets into its `SourceFile`.
 */
import type { NumberValue } from '../../grammar/lexer.js';

export interface SourceFile {
  /** The script path, or '' for `-Command` text and the REPL. */
  path: string;
  text: string;
  lineStarts: number[];
}

interface NodeBase { start: number; end: number }

// ## Script blocks and statements

export interface ParamBlock extends NodeBase {
  kind: 'ParamBlock';
  attributes: Attribute[];
  parameters: ParameterDecl[];
}

export interface ParameterDecl extends NodeBase {
  kind: 'Parameter';
  name: string;
  /** Type constraints and attributes in source order: `[Parameter(Mandatory)][int]$x`. */
  attributes: (Attribute | TypeConstraint)[];
  defaultValue?: Expression;
}

export interface Attribute extends NodeBase {
  kind: 'Attribute';
  typeName: string;
  positional: Expression[];
  named: { name: string; value?: Expression; start: number; end: number }[];
}

export interface TypeConstraint extends NodeBase { kind: 'TypeConstraint'; typeName: string }

export interface NamedBlock extends NodeBase {
  kind: 'NamedBlock';
  blockName: 'begin' | 'process' | 'end';
  statements: Statement[];
  /** True when the block was written without `begin`/`process`/`end` around it. */
  unnamed: boolean;
}

export interface ScriptBlock extends NodeBase {
  kind: 'ScriptBlock';
  file: SourceFile;
  paramBlock?: ParamBlock;
  beginBlock?: NamedBlock;
  processBlock?: NamedBlock;
  endBlock?: NamedBlock;
}

export type Statement =
  | TrapStatement
  | PipelineChain
  | Pipeline
  | Assignment
  | IfStatement
  | WhileStatement
  | DoStatement
  | ForStatement
  | ForeachStatement
  | SwitchStatement
  | FunctionDefinition
  | ReturnStatement
  | BreakStatement
  | ContinueStatement
  | ThrowStatement
  | ExitStatement
  | TryStatement
  | BlockStatement;

export interface PipelineChain extends NodeBase {
  kind: 'PipelineChain';
  left: Statement;
  operator: '&&' | '||';
  right: Pipeline | Assignment;
}

export interface Pipeline extends NodeBase {
  kind: 'Pipeline';
  elements: PipelineElement[];
}

export type PipelineElement = CommandInvocation | CommandExpression;

export interface Redirection extends NodeBase {
  kind: 'Redirection';
  from: string;
  /** `&1` merges into output; a file otherwise. */
  toOutput: boolean;
  append: boolean;
  target?: CommandArgumentValue;
}

export interface CommandExpression extends NodeBase {
  kind: 'CommandExpression';
  expression: Expression;
  redirections: Redirection[];
}

export type CommandArgumentValue = Expression;

export interface CommandParameter extends NodeBase {
  kind: 'CommandParameter';
  name: string;
  /** The text as written, `-Name` or `-Name:`. */
  text: string;
  /** Set for `-Name:value`. */
  argument?: Expression;
}

export interface CommandInvocation extends NodeBase {
  kind: 'Command';
  /** `&` or `.` or undefined. */
  invocationOperator?: '&' | '.';
  /** The command name: a bare word (as a StringConstant) or any expression after `&`. */
  name: Expression;
  elements: (Expression | CommandParameter)[];
  redirections: Redirection[];
}

export interface Assignment extends NodeBase {
  kind: 'Assignment';
  target: Expression;
  operator: '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '??=';
  value: Statement;
}

export interface IfStatement extends NodeBase {
  kind: 'If';
  clauses: { condition: Statement; body: StatementBlock }[];
  elseBody?: StatementBlock;
}

export interface StatementBlock extends NodeBase { kind: 'StatementBlock'; statements: Statement[] }

export interface BlockStatement extends NodeBase { kind: 'BlockStatement'; body: StatementBlock }

export interface WhileStatement extends NodeBase {
  kind: 'While';
  label?: string;
  condition: Statement;
  body: StatementBlock;
}

export interface DoStatement extends NodeBase {
  kind: 'Do';
  label?: string;
  body: StatementBlock;
  /** `do {} while (c)` loops while true; `do {} until (c)` while false. */
  until: boolean;
  condition: Statement;
}

export interface ForStatement extends NodeBase {
  kind: 'For';
  label?: string;
  init?: Statement;
  condition?: Statement;
  iterator?: Statement;
  body: StatementBlock;
}

export interface ForeachStatement extends NodeBase {
  kind: 'Foreach';
  label?: string;
  variable: VariableExpression;
  collection: Statement;
  body: StatementBlock;
}

export interface SwitchClause {
  pattern: Expression;
  body: StatementBlock;
  isDefault: boolean;
}

export interface SwitchStatement extends NodeBase {
  kind: 'Switch';
  label?: string;
  flags: { regex: boolean; wildcard: boolean; exact: boolean; caseSensitive: boolean; file: boolean };
  subject: Statement;
  clauses: SwitchClause[];
}

export interface FunctionDefinition extends NodeBase {
  kind: 'FunctionDefinition';
  name: string;
  isFilter: boolean;
  /** `function f($a, $b) {}` parameters. */
  parameters?: ParameterDecl[];
  body: ScriptBlock;
}

export interface ReturnStatement extends NodeBase { kind: 'Return'; value?: Statement }
export interface BreakStatement extends NodeBase { kind: 'Break'; label?: Expression }
export interface ContinueStatement extends NodeBase { kind: 'Continue'; label?: Expression }
export interface ThrowStatement extends NodeBase { kind: 'Throw'; value?: Statement }
export interface ExitStatement extends NodeBase { kind: 'Exit'; value?: Statement }

export interface CatchClause extends NodeBase {
  typeNames: string[];
  body: StatementBlock;
}

/** `trap [Type] { ... }`: handles the terminating errors of the statements of its scope. */
export interface TrapStatement extends NodeBase {
  kind: 'Trap';
  typeName?: string;
  body: StatementBlock;
}

export interface TryStatement extends NodeBase {
  kind: 'Try';
  body: StatementBlock;
  catches: CatchClause[];
  finallyBody?: StatementBlock;
}

// ## Expressions

export type Expression =
  | ConstantExpression
  | StringConstant
  | ExpandableStringExpression
  | VariableExpression
  | ArrayLiteral
  | ArrayExpression
  | SubExpression
  | ParenExpression
  | HashtableExpression
  | ScriptBlockExpression
  | TypeExpression
  | ConvertExpression
  | UnaryExpression
  | BinaryExpression
  | TernaryExpression
  | MemberExpression
  | InvokeMemberExpression
  | IndexExpression
  | AttributedExpression;

export interface ConstantExpression extends NodeBase {
  kind: 'Constant';
  value: NumberValue;
  /** The source text of a number written as a command argument. */
  argumentText?: string;
}

export interface StringConstant extends NodeBase {
  kind: 'StringConstant';
  value: string;
  /** 'bare' for command-mode words, which are strings but print as typed. */
  quote: 'single' | 'double' | 'bare';
}

export type ExpandablePart = { kind: 'text'; value: string } | { kind: 'expression'; expression: Expression };

export interface ExpandableStringExpression extends NodeBase {
  kind: 'ExpandableString';
  parts: ExpandablePart[];
  /** 'bare' for a command-mode word with `$` inside: `foo$bar`. */
  quote: 'double' | 'bare';
}

export interface VariableExpression extends NodeBase {
  kind: 'Variable';
  /** The name without the scope or drive: `x` for `$script:x`. */
  name: string;
  /** `script`, `global`, `local`, `private`, `env`, `variable`, ... or undefined. */
  scope?: string;
  splatted: boolean;
  /** The lower-case name, filled in by the evaluator on first use (variable look-ups use it). */
  key?: string;
}

export interface ArrayLiteral extends NodeBase { kind: 'ArrayLiteral'; elements: Expression[] }
export interface ArrayExpression extends NodeBase { kind: 'ArrayExpression'; statements: Statement[] }
export interface SubExpression extends NodeBase { kind: 'SubExpression'; statements: Statement[] }
export interface ParenExpression extends NodeBase { kind: 'Paren'; pipeline: Statement }

export interface HashtableExpression extends NodeBase {
  kind: 'Hashtable';
  entries: { key: Expression; value: Statement }[];
}

export interface ScriptBlockExpression extends NodeBase { kind: 'ScriptBlockExpression'; scriptBlock: ScriptBlock }

export interface TypeExpression extends NodeBase { kind: 'Type'; typeName: string }

export interface ConvertExpression extends NodeBase {
  kind: 'Convert';
  typeName: string;
  operand: Expression;
}

/** An attribute in front of an expression other than a cast, e.g. `[ValidateNotNull()]$x = 1`. */
export interface AttributedExpression extends NodeBase {
  kind: 'Attributed';
  attribute: Attribute;
  operand: Expression;
}

export type UnaryOperatorName = '-' | '+' | '!' | '-not' | '-bnot' | '-split' | '-join' | ',' | '++' | '--' | 'post++' | 'post--';

export interface UnaryExpression extends NodeBase {
  kind: 'Unary';
  operator: UnaryOperatorName;
  operand: Expression;
}

export interface BinaryExpression extends NodeBase {
  kind: 'Binary';
  /** Lower-case without the dash for named operators (`eq`, `ceq`, `and`), symbols otherwise. */
  operator: string;
  left: Expression;
  right: Expression;
  /** Offset of the operator token, for error positions. */
  operatorStart: number;
}

export interface TernaryExpression extends NodeBase {
  kind: 'Ternary';
  condition: Expression;
  ifTrue: Expression;
  ifFalse: Expression;
}

export interface MemberExpression extends NodeBase {
  kind: 'Member';
  target: Expression;
  /** A constant name, or an expression for `$x.$name`. */
  member: string | Expression;
  isStatic: boolean;
  nullConditional: boolean;
}

export interface InvokeMemberExpression extends NodeBase {
  kind: 'InvokeMember';
  target: Expression;
  member: string;
  arguments: Expression[];
  isStatic: boolean;
  nullConditional: boolean;
}

export interface IndexExpression extends NodeBase {
  kind: 'Index';
  target: Expression;
  index: Expression;
}
