/**
 * # The PowerShell grammar
 *
 * A Chevrotain `EmbeddedActionsParser` over the tokens of `lexer.ts`, building the typed AST of
 * `src/syntax/ast.ts` in one pass (Chevrotain's performance guide prefers embedded actions to a CST
 * and a second visitor pass). Rule names follow the language specification's chapter 15 grammar.
 * Semantic code sits inside `ACTION` so that Chevrotain's grammar-recording phase skips it.
 *
 * The file is one class because Chevrotain rules are class members; it is longer than our usual
 * files for that reason. Binary operators are parsed as a flat operand/operator list and then
 * folded by precedence climbing, as PowerShell's own parser does.
 *
 * Syntax errors are thrown as `ParseFailure` with PowerShell's error id and message; the first one
 * ends the parse.
 */
import { EmbeddedActionsParser, EOF, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { ParseFailure } from './parse-error.js';
import type { NumberValue, ParameterPayload, RedirectionPayload, StringPart, VariablePayload } from './lexer.js';
import type * as A from '../src/syntax/ast.js';

/** PowerShell's binary precedence, lowest first (about_Operator_Precedence, checked against pwsh). */
function precedenceOf(op: string): number {
  switch (op) {
    case 'and': case 'or': case 'xor': return 1;
    case 'band': case 'bor': case 'bxor': return 2;
    case '??': return 4; // between comparison and arithmetic: `2 + $null ?? 3` is 2, `$a -eq $null ?? 1` compares with 1
    case '+': case '-': return 5;
    case '*': case '/': case '%': return 6;
    case 'f': return 7;
    case '..': return 8;
    default: return 3; // comparison, -is/-as, -replace, -split, -join, -shl, -shr
  }
}

const SCOPES = new Set(['global', 'local', 'script', 'private', 'using', 'env', 'variable', 'function', 'alias']);

/** Splits `$script:x` into scope and name. */
export function variableParts(full: string): { scope?: string; name: string } {
  const colon = full.indexOf(':');
  if (colon > 0) {
    const scope = full.slice(0, colon).toLowerCase();
    if (SCOPES.has(scope)) return { scope, name: full.slice(colon + 1) };
  }
  return { name: full };
}

/** An expandable string whose `$( )` parts are parsed after the main parse. */
export interface PendingString { node: A.ExpandableStringExpression; parts: StringPart[] }

type Operand = A.Expression;

/** Tokens that can start a statement's pipeline: used for "missing expression" checks. */
const OPERAND_STARTS = new Set<TokenType>([
  T.NumberLiteral, T.VerbatimString, T.ExpandableString, T.Variable, T.LParen, T.DollarParen, T.AtParen,
  T.AtCurly, T.LCurly, T.TypeLiteral, T.Minus, T.Plus, T.Exclaim, T.NotOp, T.SplitJoinOp, T.Comma,
  T.Increment, T.Decrement, T.AttributeOpen,
]);
const PIPELINE_STARTS = new Set<TokenType>([...OPERAND_STARTS, T.CommandName, T.Ampersand, T.DotSource]);

export class PowerShellParser extends EmbeddedActionsParser {
  file!: A.SourceFile;
  pending: PendingString[] = [];

  /**
   * `validate` runs Chevrotain's grammar checks (ambiguities, left recursion); the grammar test
   * does, while the interpreter skips them to start faster. Every decision is LL(1) with gates.
   */
  constructor(validate = false) {
    super(T.allTokens, { maxLookahead: 1, recoveryEnabled: false, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  // ## Helpers (used inside ACTION and GATE only)

  private tokenEnd(t: IToken): number { return (t.endOffset ?? t.startOffset) + 1; }

  private fail(id: string, message: string, offset: number, length = 1, incomplete = false): never {
    throw new ParseFailure(id, message, offset, length, incomplete);
  }

  /** The end of the token before LA(1): PowerShell puts "missing ..." errors just after it. */
  /** The next token, for callers outside the grammar. */
  peekToken(): IToken { return this.LA(1); }

  private afterPrevious(): number {
    const prev = this.LA(0);
    return prev && prev.tokenType !== EOF ? this.tokenEnd(prev) : 0;
  }

  private isEof(t: IToken = this.LA(1)): boolean { return t.tokenType === EOF; }

  private unexpected(t: IToken = this.LA(1)): never {
    if (this.isEof(t)) this.fail('UnexpectedEndOfInput', 'Unexpected end of input.', this.afterPrevious(), 1, true);
    this.fail('UnexpectedToken', `Unexpected token '${t.image}' in expression or statement.`, t.startOffset, t.image.length);
  }

  /** Skips newline tokens to find the next meaningful token's type. */
  private peekPastNewlines(): TokenType {
    let k = 1;
    while (this.LA(k).tokenType === T.NewLine) k++;
    return this.LA(k).tokenType;
  }

  private requireOperand(opToken: IToken) {
    if (!OPERAND_STARTS.has(this.LA(1).tokenType)) {
      this.fail('ExpectedValueExpression', `You must provide a value expression following the '${opToken.image}' operator.`, this.tokenEnd(opToken), 1, this.isEof());
    }
  }

  private closeOrFail(expected: TokenType, id: string, message: string, offset: () => number, length = 1) {
    if (this.LA(1).tokenType !== expected) {
      const eof = this.isEof();
      if (!eof && this.LA(1).tokenType !== T.RCurly && this.LA(1).tokenType !== T.RParen && this.LA(1).tokenType !== T.RBracket && expected !== T.RCurly) this.unexpected();
      if (!eof && expected === T.RCurly) this.unexpected();
      this.fail(id, message, offset(), length, eof);
    }
  }

  // ## Script blocks

  public script = this.RULE('script', (): A.ScriptBlock => {
    const body = this.SUBRULE(this.scriptBlockBody);
    this.ACTION(() => { if (!this.isEof()) this.unexpected(); });
    return body;
  });

  /** The body of a script, a script block or a function: param block, then named blocks or statements. */
  public scriptBlockBody = this.RULE('scriptBlockBody', (): A.ScriptBlock => {
    const startTok = this.LA(1);
    let paramBlock: A.ParamBlock | undefined;
    const named: A.NamedBlock[] = [];
    let statements: A.Statement[] = [];
    this.MANY(() => this.CONSUME(T.StatementEnd));
    this.OPTION({
      GATE: () => this.isParamBlockAhead(),
      DEF: () => { paramBlock = this.SUBRULE(this.paramBlock); },
    });
    this.MANY2(() => this.CONSUME2(T.StatementEnd));
    this.OR([
      {
        GATE: () => { const t = this.LA(1).tokenType; return t === T.Begin || t === T.Process || t === T.End; },
        ALT: () => {
          this.AT_LEAST_ONE(() => {
            const block = this.SUBRULE(this.namedBlock);
            this.ACTION(() => named.push(block));
            this.MANY3(() => this.CONSUME3(T.StatementEnd));
          });
        },
      },
      { ALT: () => { statements = this.SUBRULE(this.statementList); } },
    ]);
    return this.ACTION(() => {
      const endTok = this.LA(0);
      const start = startTok.tokenType === EOF ? 0 : startTok.startOffset;
      const node: A.ScriptBlock = { kind: 'ScriptBlock', file: this.file, start, end: endTok && endTok.tokenType !== EOF ? this.tokenEnd(endTok) : start, paramBlock };
      if (named.length > 0) {
        for (const b of named) {
          const slot = `${b.blockName}Block` as const;
          if (node[slot]) this.fail('DuplicateNamedBlock', `Duplicate named block '${b.blockName}'.`, b.start);
          node[slot] = b;
        }
      } else {
        const first = statements[0];
        const last = statements[statements.length - 1];
        node.endBlock = { kind: 'NamedBlock', blockName: 'end', statements, unnamed: true, start: first?.start ?? start, end: last?.end ?? start };
      }
      return node;
    });
  });

  private isParamBlockAhead(): boolean {
    let k = 1;
    for (;;) {
      const t = this.LA(k).tokenType;
      if (t === T.Param) return true;
      if (t === T.NewLine) { k++; continue; }
      if (t !== T.AttributeOpen) return false;
      // Skip the attribute to its closing `)]`.
      let depth = 0;
      for (k++; ; k++) {
        const u = this.LA(k).tokenType;
        if (u === EOF) return false;
        if (u === T.AttributeOpen) depth++;
        if (u === T.RBracket && this.LA(k).payload === 'attribute') { if (depth === 0) break; depth--; }
      }
      k++;
    }
  }

  public namedBlock = this.RULE('namedBlock', (): A.NamedBlock => {
    const kw = this.OR([
      { ALT: () => this.CONSUME(T.Begin) },
      { ALT: () => this.CONSUME(T.Process) },
      { ALT: () => this.CONSUME(T.End) },
    ]);
    this.MANY(() => this.CONSUME(T.NewLine));
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.LCurly) this.fail('MissingNamedStatementBlock', `Missing statement block after '${kw.image.toLowerCase()}'.`, this.tokenEnd(kw), 1, this.isEof());
    });
    const block = this.SUBRULE(this.statementBlock);
    return this.ACTION(() => ({
      kind: 'NamedBlock', blockName: kw.image.toLowerCase() as A.NamedBlock['blockName'], statements: block.statements, unnamed: false, start: kw.startOffset, end: block.end,
    }));
  });

  public paramBlock = this.RULE('paramBlock', (): A.ParamBlock => {
    const attributes: A.Attribute[] = [];
    this.MANY(() => {
      const a = this.SUBRULE(this.attribute);
      this.ACTION(() => attributes.push(a));
      this.MANY2(() => this.CONSUME(T.NewLine));
    });
    const kw = this.CONSUME(T.Param);
    this.MANY3(() => this.CONSUME2(T.NewLine));
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.LParen) this.fail('MissingOpenParenthesisAfterKeyword', `Missing opening '(' after keyword '${kw.image}'.`, this.tokenEnd(kw), 1, this.isEof());
    });
    this.CONSUME(T.LParen);
    const parameters = this.SUBRULE(this.parameterList);
    this.ACTION(() => this.closeOrFail(T.RParen, 'MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", () => this.afterPrevious()));
    const close = this.CONSUME(T.RParen);
    return this.ACTION(() => ({ kind: 'ParamBlock', attributes, parameters, start: attributes[0]?.start ?? kw.startOffset, end: this.tokenEnd(close) }));
  });

  public parameterList = this.RULE('parameterList', (): A.ParameterDecl[] => {
    const list: A.ParameterDecl[] = [];
    this.MANY(() => this.CONSUME(T.NewLine));
    this.OPTION(() => {
      const first = this.SUBRULE(this.parameter);
      this.ACTION(() => list.push(first));
      this.MANY2(() => {
        this.CONSUME(T.Comma);
        this.MANY3(() => this.CONSUME2(T.NewLine));
        const next = this.SUBRULE2(this.parameter);
        this.ACTION(() => list.push(next));
      });
    });
    this.MANY4(() => this.CONSUME3(T.NewLine));
    return list;
  });

  public parameter = this.RULE('parameter', (): A.ParameterDecl => {
    const attributes: (A.Attribute | A.TypeConstraint)[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { const a = this.SUBRULE(this.attribute); this.ACTION(() => attributes.push(a)); } },
        {
          ALT: () => {
            const t = this.CONSUME(T.TypeLiteral);
            this.ACTION(() => attributes.push({ kind: 'TypeConstraint', typeName: t.payload as string, start: t.startOffset, end: this.tokenEnd(t) }));
          },
        },
      ]);
      this.MANY2(() => this.CONSUME(T.NewLine));
    });
    const v = this.CONSUME(T.Variable);
    let defaultValue: A.Expression | undefined;
    this.OPTION(() => {
      const eq = this.CONSUME(T.Equals);
      this.MANY3(() => this.CONSUME2(T.NewLine));
      this.ACTION(() => this.requireOperand(eq));
      defaultValue = this.SUBRULE(this.expression, { ARGS: [true] });
    });
    return this.ACTION(() => ({
      kind: 'Parameter', name: (v.payload as VariablePayload).name, attributes, defaultValue,
      start: attributes[0]?.start ?? v.startOffset, end: defaultValue?.end ?? this.tokenEnd(v),
    }));
  });

  /** `Mandatory`, `Position = 0` or a positional value inside `[Attribute( ... )]`. */
  public attributeArgument = this.RULE('attributeArgument', (): { name?: string; value?: A.Expression; start: number; end: number } => {
    return this.OR([
      {
        ALT: () => {
          const name = this.CONSUME(T.BareWord);
          let value: A.Expression | undefined;
          this.OPTION(() => {
            this.CONSUME(T.Equals);
            this.MANY(() => this.CONSUME(T.NewLine));
            value = this.SUBRULE(this.expression, { ARGS: [true] });
          });
          return this.ACTION(() => ({ name: name.payload as string, value, start: name.startOffset, end: value?.end ?? this.tokenEnd(name) }));
        },
      },
      {
        ALT: () => {
          const value = this.SUBRULE2(this.expression, { ARGS: [true] });
          return this.ACTION(() => ({ value, start: value.start, end: value.end }));
        },
      },
    ]);
  });

  public attribute = this.RULE('attribute', (): A.Attribute => {
    const open = this.CONSUME(T.AttributeOpen);
    const positional: A.Expression[] = [];
    const named: A.Attribute['named'] = [];
    this.OPTION(() => {
      const first = this.SUBRULE(this.attributeArgument);
      this.ACTION(() => (first.name === undefined ? positional.push(first.value!) : named.push(first as A.Attribute['named'][number])));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.MANY2(() => this.CONSUME(T.NewLine));
        const next = this.SUBRULE2(this.attributeArgument);
        this.ACTION(() => (next.name === undefined ? positional.push(next.value!) : named.push(next as A.Attribute['named'][number])));
      });
    });
    this.ACTION(() => this.closeOrFail(T.RBracket, 'EndSquareBracketExpectedAtEndOfAttribute', 'Missing ] at end of attribute or type literal.', () => this.afterPrevious()));
    const close = this.CONSUME(T.RBracket);
    return this.ACTION(() => ({ kind: 'Attribute', typeName: open.payload as string, positional, named, start: open.startOffset, end: this.tokenEnd(close) }));
  });

  // ## Statements

  public statementList = this.RULE('statementList', (): A.Statement[] => {
    const list: A.Statement[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.StatementEnd); } },
        {
          ALT: () => {
            const s = this.SUBRULE(this.statement);
            this.ACTION(() => {
              list.push(s);
              const next = this.LA(1).tokenType;
              // A statement that ends in its own block (`if (...) { }`) needs nothing before the next one.
              if (next !== T.NewLine && next !== T.Semicolon && next !== T.RCurly && next !== T.RParen && next !== EOF && !endsInBlock(s)) this.unexpected();
            });
          },
        },
      ]);
    });
    return list;
  });

  public statementBlock = this.RULE('statementBlock', (): A.StatementBlock => {
    const open = this.CONSUME(T.LCurly);
    const statements = this.SUBRULE(this.statementList);
    this.ACTION(() => this.closeOrFail(T.RCurly, 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", () => open.startOffset));
    const close = this.CONSUME(T.RCurly);
    return this.ACTION(() => ({ kind: 'StatementBlock', statements, start: open.startOffset, end: this.tokenEnd(close) }));
  });

  /** A block that a keyword requires, with PowerShell's message when it is missing. */
  private requireBlock(after: IToken, id: string, message: string) {
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.LCurly) this.fail(id, message, this.afterPrevious() || this.tokenEnd(after), 1, this.isEof());
    });
  }

  public statement = this.RULE('statement', (): A.Statement => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.ifStatement) },
      { ALT: () => this.SUBRULE(this.labeledStatement) },
      { ALT: () => this.SUBRULE(this.loopStatement, { ARGS: [undefined] }) },
      { ALT: () => this.SUBRULE(this.functionDefinition) },
      { ALT: () => this.SUBRULE(this.tryStatement) },
      { ALT: () => this.SUBRULE(this.trapStatement) },
      { ALT: () => this.SUBRULE(this.flowStatement) },
      {
        ALT: () => {
          const t = this.OR2([
            { ALT: () => this.CONSUME(T.UnsupportedKeyword) },
            { ALT: () => this.CONSUME(T.Param) },
            { ALT: () => this.CONSUME(T.Begin) },
            { ALT: () => this.CONSUME(T.Process) },
            { ALT: () => this.CONSUME(T.End) },
          ]);
          return this.ACTION(() => {
            const word = t.image.toLowerCase();
            if (t.tokenType === T.UnsupportedKeyword) this.fail('ReservedKeywordNotAllowed', `The '${word}' keyword is not supported by minipwsh.`, t.startOffset, t.image.length);
            return this.unexpected(t);
          });
        },
      },
      { ALT: () => this.SUBRULE(this.pipelineChain) },
    ]);
  });

  public labeledStatement = this.RULE('labeledStatement', (): A.Statement => {
    const label = this.CONSUME(T.Label);
    this.MANY(() => this.CONSUME(T.NewLine));
    return this.SUBRULE(this.loopStatement, { ARGS: [label.payload as string] });
  });

  public loopStatement = this.RULE('loopStatement', (label: string | undefined): A.Statement => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.foreachStatement, { ARGS: [label] }) },
      { ALT: () => this.SUBRULE(this.forStatement, { ARGS: [label] }) },
      { ALT: () => this.SUBRULE(this.whileStatement, { ARGS: [label] }) },
      { ALT: () => this.SUBRULE(this.doStatement, { ARGS: [label] }) },
      { ALT: () => this.SUBRULE(this.switchStatement, { ARGS: [label] }) },
    ]);
  });

  /** `( pipeline )` after if/while/switch/..., with PowerShell's messages. */
  public parenCondition = this.RULE('parenCondition', (kw: IToken, missingId: string, missingMessage: string, closeMessage: string): A.Statement => {
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.LParen) {
        const word = kw.image.toLowerCase();
        if (word === 'if' || word === 'elseif') this.fail('MissingOpenParenthesisInIfStatement', `Missing '(' after '${word}' in if statement.`, this.tokenEnd(kw), 1, this.isEof());
        this.fail('MissingOpenParenthesisAfterKeyword', `Missing opening '(' after keyword '${word}'.`, this.tokenEnd(kw), 1, this.isEof());
      }
    });
    this.CONSUME(T.LParen);
    this.MANY(() => this.CONSUME(T.NewLine));
    this.ACTION(() => {
      if (!PIPELINE_STARTS.has(this.LA(1).tokenType)) this.fail(missingId, missingMessage, this.afterPrevious(), 1, this.isEof());
    });
    const cond = this.SUBRULE(this.pipelineChain);
    this.MANY2(() => this.CONSUME2(T.NewLine));
    this.ACTION(() => this.closeOrFail(T.RParen, 'MissingEndParenthesisAfterStatement', closeMessage, () => this.afterPrevious()));
    this.CONSUME(T.RParen);
    return cond;
  });

  public ifStatement = this.RULE('ifStatement', (): A.IfStatement => {
    const kw = this.CONSUME(T.If);
    const clauses: A.IfStatement['clauses'] = [];
    let elseBody: A.StatementBlock | undefined;
    const cond = this.SUBRULE(this.parenCondition, { ARGS: [kw, 'IfStatementMissingCondition', "Missing condition in if statement after 'if ('.", "Missing closing ')' after expression in 'if' statement."] });
    this.MANY(() => this.CONSUME(T.NewLine));
    this.requireBlock(kw, 'MissingStatementBlock', "Missing statement block after if ( condition ).");
    const body = this.SUBRULE(this.statementBlock);
    this.ACTION(() => clauses.push({ condition: cond, body }));
    this.MANY2({
      GATE: () => this.peekPastNewlines() === T.ElseIf,
      DEF: () => {
        this.MANY3(() => this.CONSUME2(T.NewLine));
        const kw2 = this.CONSUME(T.ElseIf);
        const c2 = this.SUBRULE2(this.parenCondition, { ARGS: [kw2, 'IfStatementMissingCondition', "Missing condition in if statement after 'elseif ('.", "Missing closing ')' after expression in 'elseif' statement."] });
        this.MANY4(() => this.CONSUME3(T.NewLine));
        this.requireBlock(kw2, 'MissingStatementBlock', "Missing statement block after elseif ( condition ).");
        const b2 = this.SUBRULE2(this.statementBlock);
        this.ACTION(() => clauses.push({ condition: c2, body: b2 }));
      },
    });
    this.OPTION({
      GATE: () => this.peekPastNewlines() === T.Else,
      DEF: () => {
        this.MANY5(() => this.CONSUME4(T.NewLine));
        const e = this.CONSUME(T.Else);
        this.MANY6(() => this.CONSUME5(T.NewLine));
        this.requireBlock(e, 'MissingStatementBlockAfterElse', "Missing statement block after 'else' keyword.");
        elseBody = this.SUBRULE3(this.statementBlock);
      },
    });
    return this.ACTION(() => ({ kind: 'If', clauses, elseBody, start: kw.startOffset, end: (elseBody ?? clauses[clauses.length - 1]!.body).end }));
  });

  public whileStatement = this.RULE('whileStatement', (label: string | undefined): A.WhileStatement => {
    const kw = this.CONSUME(T.While);
    const condition = this.SUBRULE(this.parenCondition, { ARGS: [kw, 'MissingExpressionAfterKeyword', "Missing expression after 'while' in loop.", "Missing closing ')' after expression in 'while' statement."] });
    this.MANY(() => this.CONSUME(T.NewLine));
    this.requireBlock(kw, 'MissingLoopStatement', 'Missing statement body in while loop.');
    const body = this.SUBRULE(this.statementBlock);
    return this.ACTION(() => ({ kind: 'While', label, condition, body, start: kw.startOffset, end: body.end }));
  });

  public doStatement = this.RULE('doStatement', (label: string | undefined): A.DoStatement => {
    const kw = this.CONSUME(T.Do);
    this.MANY(() => this.CONSUME(T.NewLine));
    this.requireBlock(kw, 'MissingLoopStatement', 'Missing statement body in do loop.');
    const body = this.SUBRULE(this.statementBlock);
    this.MANY2(() => this.CONSUME2(T.NewLine));
    this.ACTION(() => {
      const t = this.LA(1).tokenType;
      if (t !== T.While && t !== T.Until) this.fail('MissingWhileOrUntilInDoWhile', 'Missing while or until keyword in do loop.', this.afterPrevious(), 1, this.isEof());
    });
    const which = this.OR([
      { ALT: () => this.CONSUME(T.While) },
      { ALT: () => this.CONSUME(T.Until) },
    ]);
    const condition = this.SUBRULE(this.parenCondition, { ARGS: [which, 'MissingExpressionAfterKeyword', `Missing expression after '${'while'}' in loop.`, "Missing closing ')' after expression in 'do' statement."] });
    return this.ACTION(() => ({ kind: 'Do', label, body, until: which.tokenType === T.Until, condition, start: kw.startOffset, end: this.afterPrevious() }));
  });

  public forStatement = this.RULE('forStatement', (label: string | undefined): A.ForStatement => {
    const kw = this.CONSUME(T.For);
    let init: A.Statement | undefined;
    let condition: A.Statement | undefined;
    let iterator: A.Statement | undefined;
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.LParen) this.fail('MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'for'.", this.tokenEnd(kw), 1, this.isEof());
    });
    this.CONSUME(T.LParen);
    // The three parts are separated by `;` or by newlines.
    this.MANY1(() => this.CONSUME(T.NewLine));
    this.OPTION(() => { init = this.SUBRULE(this.pipelineChain); });
    this.OPTION2(() => { this.CONSUME(T.StatementEnd); this.MANY2(() => this.CONSUME2(T.NewLine)); });
    this.OPTION3(() => { condition = this.SUBRULE2(this.pipelineChain); });
    this.OPTION4(() => { this.CONSUME2(T.StatementEnd); this.MANY3(() => this.CONSUME3(T.NewLine)); });
    this.OPTION5(() => { iterator = this.SUBRULE3(this.pipelineChain); });
    this.MANY(() => this.CONSUME3(T.StatementEnd));
    this.ACTION(() => this.closeOrFail(T.RParen, 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'for' statement.", () => this.afterPrevious()));
    this.CONSUME(T.RParen);
    this.MANY4(() => this.CONSUME4(T.NewLine));
    this.requireBlock(kw, 'MissingLoopStatement', 'Missing statement body in for loop.');
    const body = this.SUBRULE(this.statementBlock);
    return this.ACTION(() => ({ kind: 'For', label, init, condition, iterator, body, start: kw.startOffset, end: body.end }));
  });

  public foreachStatement = this.RULE('foreachStatement', (label: string | undefined): A.ForeachStatement => {
    const kw = this.CONSUME(T.Foreach);
    const form = 'The correct form is: foreach ($a in $b) {...}';
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.LParen) this.fail('MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword 'foreach'.", this.tokenEnd(kw), 1, this.isEof());
    });
    this.CONSUME(T.LParen);
    this.MANY(() => this.CONSUME(T.NewLine));
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.Variable) this.fail('MissingVariableNameAfterForeach', `Missing variable name after foreach.\n${form}`, this.afterPrevious(), 1, this.isEof());
    });
    const v = this.CONSUME(T.Variable);
    this.MANY2(() => this.CONSUME2(T.NewLine));
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.In) this.fail('MissingInInForeach', `Missing 'in' after variable in foreach loop.\n${form}`, this.afterPrevious(), 1, this.isEof());
    });
    this.CONSUME(T.In);
    this.MANY3(() => this.CONSUME3(T.NewLine));
    this.ACTION(() => {
      if (!PIPELINE_STARTS.has(this.LA(1).tokenType)) this.fail('MissingForeachExpression', `Missing expression in foreach loop.\n${form}`, this.afterPrevious(), 1, this.isEof());
    });
    const collection = this.SUBRULE(this.pipelineChain);
    this.MANY4(() => this.CONSUME4(T.NewLine));
    this.ACTION(() => this.closeOrFail(T.RParen, 'MissingEndParenthesisAfterForeach', `Missing closing ')' after expression part of foreach loop.\n${form}`, () => this.afterPrevious()));
    this.CONSUME(T.RParen);
    this.MANY5(() => this.CONSUME5(T.NewLine));
    this.requireBlock(kw, 'MissingForeachStatement', `Missing statement body in foreach loop. ${form}`);
    const body = this.SUBRULE(this.statementBlock);
    return this.ACTION(() => {
      const p = variableParts((v.payload as VariablePayload).name);
      return {
        kind: 'Foreach', label, collection, body, start: kw.startOffset, end: body.end,
        variable: { kind: 'Variable', name: p.name, scope: p.scope, splatted: false, start: v.startOffset, end: this.tokenEnd(v) },
      };
    });
  });

  public switchStatement = this.RULE('switchStatement', (label: string | undefined): A.SwitchStatement => {
    const kw = this.CONSUME(T.Switch);
    const flags = { regex: false, wildcard: false, exact: false, caseSensitive: false, file: false };
    this.MANY(() => {
      const p = this.CONSUME(T.ParameterToken);
      this.ACTION(() => {
        const name = (p.payload as ParameterPayload).name.toLowerCase();
        const match = (full: string) => full.startsWith(name);
        if (match('regex')) flags.regex = true;
        else if (match('wildcard')) flags.wildcard = true;
        else if (match('exact')) flags.exact = true;
        else if (match('casesensitive')) flags.caseSensitive = true;
        else if (match('file')) this.fail('SwitchFileNotSupported', "The switch statement's -File option is not supported by minipwsh.", p.startOffset, p.image.length);
        else this.fail('InvalidSwitchFlag', `The parameter ${p.image} is not valid for the switch statement.`, p.startOffset, p.image.length);
      });
    });
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.LParen) this.fail('PipelineValueRequired', "A switch statement must have one of the following:  '-file file_name' or '( expression )'.", this.afterPrevious(), 1, this.isEof());
    });
    this.CONSUME(T.LParen);
    this.MANY2(() => this.CONSUME(T.NewLine));
    const subject = this.SUBRULE(this.pipelineChain);
    this.MANY3(() => this.CONSUME2(T.NewLine));
    this.ACTION(() => this.closeOrFail(T.RParen, 'MissingEndParenthesisInSwitchStatement', "Missing ')' after expression in switch statement.", () => this.afterPrevious()));
    this.CONSUME(T.RParen);
    this.MANY4(() => this.CONSUME3(T.NewLine));
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.LCurly) this.fail('MissingCurlyBraceInSwitchStatement', "Missing '{' in switch statement.", this.afterPrevious(), 1, this.isEof());
    });
    const open = this.CONSUME(T.LCurly);
    const clauses: A.SwitchClause[] = [];
    this.MANY5(() => this.CONSUME(T.StatementEnd));
    this.MANY6(() => {
      const pattern = this.OR([
        {
          ALT: () => {
            const word = this.CONSUME(T.CommandName);
            return this.ACTION((): A.Expression => ({ kind: 'StringConstant', value: (word.payload as { value: string }).value, quote: 'bare', start: word.startOffset, end: this.tokenEnd(word) }));
          },
        },
        {
          // `default` after a clause on the same line is read where an operator could follow.
          ALT: () => {
            const word = this.CONSUME(T.BareWord);
            return this.ACTION((): A.Expression => ({ kind: 'StringConstant', value: word.payload as string, quote: 'bare', start: word.startOffset, end: this.tokenEnd(word) }));
          },
        },
        // A clause condition is a primary expression (a cast would swallow the clause's block).
        { ALT: () => this.SUBRULE(this.postfixExpression) },
      ]);
      this.MANY7(() => this.CONSUME4(T.NewLine));
      this.ACTION(() => {
        if (this.LA(1).tokenType !== T.LCurly) this.fail('MissingSwitchStatementClause', 'Missing statement block in switch statement clause.', this.afterPrevious(), 1, this.isEof());
      });
      const body = this.SUBRULE(this.statementBlock);
      this.ACTION(() => {
        const isDefault = pattern.kind === 'StringConstant' && pattern.quote === 'bare' && pattern.value.toLowerCase() === 'default';
        if (isDefault && clauses.some((c) => c.isDefault)) this.fail('MultipleSwitchDefaultClauses', 'A switch statement can have only one default clause.', pattern.start, 7);
        clauses.push({ pattern, body, isDefault });
      });
      this.MANY8(() => this.CONSUME2(T.StatementEnd));
    });
    this.ACTION(() => this.closeOrFail(T.RCurly, 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", () => open.startOffset));
    const close = this.CONSUME(T.RCurly);
    return this.ACTION(() => ({ kind: 'Switch', label, flags, subject, clauses, start: kw.startOffset, end: this.tokenEnd(close) }));
  });

  public functionDefinition = this.RULE('functionDefinition', (): A.FunctionDefinition => {
    const kw = this.CONSUME(T.Function);
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.CommandName) this.fail('MissingNameAfterKeyword', `Missing name after ${kw.image.toLowerCase()} keyword.`, this.tokenEnd(kw), 1, this.isEof());
    });
    const name = this.CONSUME(T.CommandName);
    let parameters: A.ParameterDecl[] | undefined;
    this.MANY(() => this.CONSUME(T.NewLine));
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      parameters = this.SUBRULE(this.parameterList);
      this.ACTION(() => this.closeOrFail(T.RParen, 'MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", () => this.afterPrevious()));
      this.CONSUME(T.RParen);
      this.MANY2(() => this.CONSUME2(T.NewLine));
    });
    this.ACTION(() => {
      if (this.LA(1).tokenType !== T.LCurly) this.fail('MissingFunctionBody', 'Missing function body in function declaration.', this.afterPrevious(), 1, this.isEof());
    });
    const open = this.CONSUME(T.LCurly);
    const body = this.SUBRULE(this.scriptBlockBody);
    this.ACTION(() => this.closeOrFail(T.RCurly, 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", () => open.startOffset));
    const close = this.CONSUME(T.RCurly);
    return this.ACTION(() => {
      if (parameters && body.paramBlock) this.fail('OnlyOneParameterListAllowed', 'The param statement cannot be used if arguments were specified in the function declaration.', body.paramBlock.start, 5);
      body.start = open.startOffset;
      body.end = this.tokenEnd(close);
      return {
        kind: 'FunctionDefinition', name: (name.payload as { value: string }).value, isFilter: kw.image.toLowerCase() === 'filter',
        parameters, body, start: kw.startOffset, end: this.tokenEnd(close),
      };
    });
  });

  public trapStatement = this.RULE('trapStatement', (): A.TrapStatement => {
    const kw = this.CONSUME(T.Trap);
    let typeName: string | undefined;
    let last = kw;
    this.OPTION(() => {
      const t = this.CONSUME(T.TypeLiteral);
      this.ACTION(() => { typeName = t.payload as string; last = t; });
    });
    this.MANY(() => this.CONSUME(T.NewLine));
    this.requireBlock(last, 'MissingTrapStatement', "The 'trap' statement was incomplete. A trap statement requires a body.");
    const body = this.SUBRULE(this.statementBlock);
    return this.ACTION((): A.TrapStatement => ({ kind: 'Trap', typeName, body, start: kw.startOffset, end: body.end }));
  });

  public tryStatement = this.RULE('tryStatement', (): A.TryStatement => {
    const kw = this.CONSUME(T.Try);
    this.MANY(() => this.CONSUME(T.NewLine));
    this.requireBlock(kw, 'MissingTryStatementBlock', 'The Try statement is missing its statement block.');
    const body = this.SUBRULE(this.statementBlock);
    const catches: A.CatchClause[] = [];
    let finallyBody: A.StatementBlock | undefined;
    this.MANY2({
      GATE: () => this.peekPastNewlines() === T.Catch,
      DEF: () => {
        this.MANY3(() => this.CONSUME2(T.NewLine));
        const c = this.CONSUME(T.Catch);
        const typeNames: string[] = [];
        this.OPTION(() => {
          const t = this.CONSUME(T.TypeLiteral);
          this.ACTION(() => typeNames.push(t.payload as string));
          this.MANY4(() => {
            this.CONSUME(T.Comma);
            this.MANY5(() => this.CONSUME3(T.NewLine));
            const t2 = this.CONSUME2(T.TypeLiteral);
            this.ACTION(() => typeNames.push(t2.payload as string));
          });
        });
        this.MANY6(() => this.CONSUME4(T.NewLine));
        this.requireBlock(c, 'MissingCatchHandlerBlock', 'The Catch block is missing its statement block.');
        const cb = this.SUBRULE2(this.statementBlock);
        this.ACTION(() => catches.push({ typeNames, body: cb, start: c.startOffset, end: cb.end }));
      },
    });
    this.OPTION2({
      GATE: () => this.peekPastNewlines() === T.Finally,
      DEF: () => {
        this.MANY7(() => this.CONSUME5(T.NewLine));
        const f = this.CONSUME(T.Finally);
        this.MANY8(() => this.CONSUME6(T.NewLine));
        this.requireBlock(f, 'MissingFinallyStatementBlock', 'The Finally block is missing its statement block.');
        finallyBody = this.SUBRULE3(this.statementBlock);
      },
    });
    return this.ACTION(() => {
      if (catches.length === 0 && !finallyBody) this.fail('MissingCatchOrFinally', 'The Try statement is missing its Catch or Finally block.', body.end, 1, this.isEof());
      return { kind: 'Try', body, catches, finallyBody, start: kw.startOffset, end: (finallyBody ?? catches[catches.length - 1]?.body ?? body).end };
    });
  });

  public flowStatement = this.RULE('flowStatement', (): A.Statement => {
    return this.OR([
      {
        ALT: () => {
          const kw = this.OR2([
            { ALT: () => this.CONSUME(T.Return) },
            { ALT: () => this.CONSUME(T.Throw) },
            { ALT: () => this.CONSUME(T.Exit) },
          ]);
          let value: A.Statement | undefined;
          this.OPTION(() => { value = this.SUBRULE(this.pipelineChain); });
          return this.ACTION((): A.Statement => {
            const kind = kw.tokenType === T.Return ? 'Return' : kw.tokenType === T.Throw ? 'Throw' : 'Exit';
            return { kind, value, start: kw.startOffset, end: value?.end ?? this.tokenEnd(kw) };
          });
        },
      },
      {
        ALT: () => {
          const kw = this.OR3([
            { ALT: () => this.CONSUME(T.Break) },
            { ALT: () => this.CONSUME(T.Continue) },
          ]);
          let label: A.Expression | undefined;
          this.OPTION2(() => { label = this.SUBRULE(this.commandArgumentPrimary); });
          return this.ACTION((): A.Statement => ({
            kind: kw.tokenType === T.Break ? 'Break' : 'Continue', label, start: kw.startOffset, end: label?.end ?? this.tokenEnd(kw),
          }));
        },
      },
    ]);
  });

  // ## Pipelines

  public pipelineChain = this.RULE('pipelineChain', (): A.Statement => {
    let left: A.Statement = this.SUBRULE(this.assignmentOrPipeline);
    this.MANY(() => {
      const op = this.OR([
        { ALT: () => this.CONSUME(T.AndAnd) },
        { ALT: () => this.CONSUME(T.OrOr) },
      ]);
      this.MANY2(() => this.CONSUME(T.NewLine));
      this.ACTION(() => {
        if (!PIPELINE_STARTS.has(this.LA(1).tokenType)) this.fail('EmptyPipelineChainElement', 'A pipeline chain operator must be followed by a pipeline.', this.tokenEnd(op), 1, this.isEof());
      });
      const right = this.SUBRULE2(this.assignmentOrPipeline);
      this.ACTION(() => {
        left = { kind: 'PipelineChain', left, operator: op.image as '&&' | '||', right: right as A.Pipeline, start: left.start, end: right.end };
      });
    });
    return left;
  });

  public assignmentOrPipeline = this.RULE('assignmentOrPipeline', (): A.Statement => {
    const pipeline = this.SUBRULE(this.pipeline);
    let result: A.Statement = pipeline;
    this.OPTION(() => {
      const op = this.CONSUME(T.AssignmentOperator);
      this.MANY(() => this.CONSUME(T.NewLine));
      this.ACTION(() => {
        if (!PIPELINE_STARTS.has(this.LA(1).tokenType) && !isStatementKeyword(this.LA(1).tokenType)) {
          this.fail('ExpectedValueExpression', `You must provide a value expression following the '${op.image}' operator.`, this.tokenEnd(op), 1, this.isEof());
        }
      });
      const value = this.SUBRULE(this.statement);
      this.ACTION(() => {
        const first = pipeline.elements[0]!;
        if (pipeline.elements.length !== 1 || first.kind !== 'CommandExpression' || first.redirections.length > 0 || !isAssignable(first.expression)) {
          this.fail('InvalidLeftHandSide', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', pipeline.start, pipeline.end - pipeline.start);
        }
        result = { kind: 'Assignment', target: first.expression, operator: (op.payload ?? '=') as A.Assignment['operator'], value, start: pipeline.start, end: value.end };
      });
    });
    return result;
  });

  public pipeline = this.RULE('pipeline', (): A.Pipeline => {
    const elements: A.PipelineElement[] = [];
    const first = this.SUBRULE(this.pipelineElement);
    this.ACTION(() => elements.push(first));
    this.MANY(() => {
      const pipe = this.CONSUME(T.Pipe);
      this.MANY2(() => this.CONSUME(T.NewLine));
      this.ACTION(() => {
        if (!PIPELINE_STARTS.has(this.LA(1).tokenType)) this.fail('EmptyPipeElement', 'An empty pipe element is not allowed.', this.tokenEnd(pipe), 1, this.isEof());
      });
      const next = this.SUBRULE2(this.pipelineElement);
      this.ACTION(() => {
        if (next.kind === 'CommandExpression') this.fail('ExpressionsMustBeFirstInPipeline', 'Expressions are only allowed as the first element of a pipeline.', next.start, next.end - next.start);
        elements.push(next);
      });
    });
    return this.ACTION(() => ({ kind: 'Pipeline', elements, start: elements[0]!.start, end: elements[elements.length - 1]!.end }));
  });

  public pipelineElement = this.RULE('pipelineElement', (): A.PipelineElement => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.command) },
      {
        ALT: () => {
          const expression = this.SUBRULE(this.expression, { ARGS: [false] });
          const redirections: A.Redirection[] = [];
          this.MANY(() => { const r = this.SUBRULE(this.redirection); this.ACTION(() => redirections.push(r)); });
          return this.ACTION((): A.CommandExpression => ({ kind: 'CommandExpression', expression, redirections, start: expression.start, end: redirections[redirections.length - 1]?.end ?? expression.end }));
        },
      },
      {
        ALT: () => {
          const p = this.CONSUME(T.ParameterToken);
          return this.ACTION(() => this.fail('UnexpectedToken', `Unexpected token '${p.image}' in expression or statement.`, p.startOffset, p.image.length));
        },
      },
    ]);
  });

  public redirection = this.RULE('redirection', (): A.Redirection => {
    const r = this.CONSUME(T.Redirection);
    let target: A.Expression | undefined;
    this.OPTION({
      GATE: () => (r.payload as RedirectionPayload).to === 'file',
      DEF: () => { target = this.SUBRULE(this.commandArgumentPrimary); },
    });
    return this.ACTION(() => {
      const p = r.payload as RedirectionPayload;
      if (p.to === 'file' && !target) this.fail('MissingFileSpecification', 'Missing file specification after redirection operator.', this.tokenEnd(r), 1, this.isEof());
      return { kind: 'Redirection', from: p.from, toOutput: p.to === 'output', append: p.append, target, start: r.startOffset, end: target?.end ?? this.tokenEnd(r) };
    });
  });

  public command = this.RULE('command', (): A.CommandInvocation => {
    let invocationOperator: '&' | '.' | undefined;
    let startOffset = 0;
    const name = this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.CommandName);
          return this.ACTION((): A.Expression => {
            startOffset = t.startOffset;
            return { kind: 'StringConstant', value: (t.payload as { value: string }).value, quote: 'bare', start: t.startOffset, end: this.tokenEnd(t) };
          });
        },
      },
      {
        ALT: () => {
          const op = this.OR2([
            { ALT: () => this.CONSUME(T.Ampersand) },
            { ALT: () => this.CONSUME(T.DotSource) },
          ]);
          this.ACTION(() => {
            invocationOperator = op.image as '&' | '.';
            startOffset = op.startOffset;
            const t = this.LA(1).tokenType;
            if (t === EOF || t === T.NewLine || t === T.Semicolon || t === T.Pipe || t === T.RParen || t === T.RCurly) {
              this.fail('MissingExpression', `Missing expression after '${op.image}' in pipeline element.`, this.tokenEnd(op), 1, this.isEof());
            }
          });
          return this.SUBRULE(this.commandArgumentPrimary);
        },
      },
    ]);
    const elements: (A.Expression | A.CommandParameter)[] = [];
    const redirections: A.Redirection[] = [];
    this.MANY(() => {
      this.OR3([
        {
          ALT: () => {
            const p = this.CONSUME(T.ParameterToken);
            let argument: A.Expression | undefined;
            this.OPTION({
              GATE: () => (p.payload as ParameterPayload).colon,
              DEF: () => { argument = this.SUBRULE(this.commandArgument); },
            });
            this.ACTION(() => {
              const payload = p.payload as ParameterPayload;
              if (payload.colon && !argument) this.fail('ParameterRequiresArgument', `Parameter -${payload.name} requires an argument.`, p.startOffset, p.image.length);
              elements.push({ kind: 'CommandParameter', name: payload.name, text: p.image, argument, start: p.startOffset, end: argument?.end ?? this.tokenEnd(p) });
            });
          },
        },
        { ALT: () => { const r = this.SUBRULE(this.redirection); this.ACTION(() => redirections.push(r)); } },
        {
          ALT: () => {
            const s = this.CONSUME(T.StopParsing);
            this.ACTION(() => this.fail('StopParsingNotSupported', "The stop-parsing token '--%' is not supported by minipwsh.", s.startOffset, 3));
          },
        },
        { ALT: () => { const a = this.SUBRULE2(this.commandArgument); this.ACTION(() => elements.push(a)); } },
      ]);
    });
    return this.ACTION(() => {
      const last = redirections.length ? redirections[redirections.length - 1]!.end : 0;
      const lastElement = elements.length ? elements[elements.length - 1]!.end : name.end;
      return { kind: 'Command', invocationOperator, name, elements, redirections, start: startOffset, end: Math.max(last, lastElement) };
    });
  });

  /** A command argument: one value, or `a,b,c` as an array. */
  public commandArgument = this.RULE('commandArgument', (): A.Expression => {
    const items: A.Expression[] = [];
    const first = this.SUBRULE(this.commandArgumentPrimary);
    this.ACTION(() => items.push(first));
    this.MANY(() => {
      const comma = this.CONSUME(T.Comma);
      this.ACTION(() => {
        const t = this.LA(1).tokenType;
        if (t === EOF || t === T.NewLine || t === T.Semicolon || t === T.Pipe || t === T.RParen || t === T.RCurly) this.fail('MissingArgument', 'Missing argument in parameter list.', this.tokenEnd(comma), 1, this.isEof());
      });
      const next = this.SUBRULE2(this.commandArgumentPrimary);
      this.ACTION(() => items.push(next));
    });
    return this.ACTION(() => items.length === 1 ? items[0]! : { kind: 'ArrayLiteral', elements: items, start: items[0]!.start, end: items[items.length - 1]!.end });
  });

  public commandArgumentPrimary = this.RULE('commandArgumentPrimary', (): A.Expression => {
    return this.OR([
      {
        ALT: () => {
          const t = this.OR2([
            { ALT: () => this.CONSUME(T.GenericArgument) },
            { ALT: () => this.CONSUME(T.CommandName) },
          ]);
          return this.ACTION((): A.Expression => {
            const payload = t.payload as { value: string; parts?: StringPart[] };
            if (payload.parts) return this.expandable(payload.parts, t.startOffset, this.tokenEnd(t), 'bare');
            return { kind: 'StringConstant', value: payload.value, quote: 'bare', start: t.startOffset, end: this.tokenEnd(t) };
          });
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.SplattedVariable);
          return this.ACTION((): A.Expression => ({ kind: 'Variable', name: (t.payload as VariablePayload).name, splatted: true, start: t.startOffset, end: this.tokenEnd(t) }));
        },
      },
      {
        ALT: () => {
          const expr = this.SUBRULE(this.postfixExpression);
          return this.ACTION(() => {
            if (expr.kind === 'Constant') expr.argumentText = this.file.text.slice(expr.start, expr.end);
            return expr;
          });
        },
      },
    ]);
  });

  // ## Expressions

  /** `noComma` is set where a comma separates arguments (method calls, attributes, parameters). */
  public expression = this.RULE('expression', (noComma: boolean): A.Expression => {
    const condition = this.SUBRULE(this.binaryExpression, { ARGS: [noComma] });
    let result = condition;
    this.OPTION(() => {
      const q = this.CONSUME(T.QuestionMark);
      this.MANY(() => this.CONSUME(T.NewLine));
      this.ACTION(() => this.requireOperand(q));
      const ifTrue = this.SUBRULE(this.expression, { ARGS: [noComma] });
      this.MANY2(() => this.CONSUME2(T.NewLine));
      this.ACTION(() => {
        if (this.LA(1).tokenType !== T.Colon) this.fail('MissingColonInTernaryExpression', "Missing ':' in the ternary expression.", this.afterPrevious(), 1, this.isEof());
      });
      const colon = this.CONSUME(T.Colon);
      this.MANY3(() => this.CONSUME3(T.NewLine));
      this.ACTION(() => this.requireOperand(colon));
      const ifFalse = this.SUBRULE2(this.expression, { ARGS: [noComma] });
      this.ACTION(() => { result = { kind: 'Ternary', condition, ifTrue, ifFalse, start: condition.start, end: ifFalse.end }; });
    });
    return result;
  });

  public binaryExpression = this.RULE('binaryExpression', (noComma: boolean): A.Expression => {
    const operands: Operand[] = [];
    const operators: IToken[] = [];
    const first = this.SUBRULE(this.arrayLiteral, { ARGS: [noComma] });
    this.ACTION(() => operands.push(first));
    this.MANY(() => {
      const op = this.CONSUME(T.BinaryOperator);
      this.MANY2(() => this.CONSUME(T.NewLine));
      this.ACTION(() => this.requireOperand(op));
      const next = this.SUBRULE2(this.arrayLiteral, { ARGS: [noComma] });
      this.ACTION(() => { operators.push(op); operands.push(next); });
    });
    return this.ACTION(() => operators.length === 0 ? operands[0]! : foldBinary(operands, operators));
  });

  public arrayLiteral = this.RULE('arrayLiteral', (noComma: boolean): A.Expression => {
    const items: A.Expression[] = [];
    const first = this.SUBRULE(this.unaryExpression);
    this.ACTION(() => items.push(first));
    this.MANY({
      GATE: () => !noComma,
      DEF: () => {
        const comma = this.CONSUME(T.Comma);
        this.MANY2(() => this.CONSUME(T.NewLine));
        this.ACTION(() => {
          if (!OPERAND_STARTS.has(this.LA(1).tokenType)) this.fail('MissingExpressionAfterToken', "Missing expression after ','.", this.tokenEnd(comma), 1, this.isEof());
        });
        const next = this.SUBRULE2(this.unaryExpression);
        this.ACTION(() => items.push(next));
      },
    });
    return this.ACTION(() => items.length === 1 ? items[0]! : { kind: 'ArrayLiteral', elements: items, start: items[0]!.start, end: items[items.length - 1]!.end });
  });

  public unaryExpression = this.RULE('unaryExpression', (): A.Expression => {
    return this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            const op = this.OR2([
              { ALT: () => this.CONSUME(T.UnaryOperator) },
              { ALT: () => this.CONSUME(T.Minus) },
              { ALT: () => this.CONSUME(T.Plus) },
              { ALT: () => this.CONSUME(T.Comma) },
              { ALT: () => this.CONSUME(T.Increment) },
              { ALT: () => this.CONSUME(T.Decrement) },
            ]);
            this.MANY(() => this.CONSUME(T.NewLine));
            this.ACTION(() => {
              if (!OPERAND_STARTS.has(this.LA(1).tokenType)) this.fail('MissingExpressionAfterOperator', `Missing expression after unary operator '${op.image}'.`, this.tokenEnd(op), 1, this.isEof());
            });
            const operand = this.SUBRULE(this.unaryExpression);
            return this.ACTION((): A.Expression => {
              // A negative number literal folds into the constant, as PowerShell's tokenizer reads `-5`.
              if (op.tokenType === T.Minus && operand.kind === 'Constant' && operand.start === this.tokenEnd(op)) {
                // `-2147483648` is an Int32 literal, as pwsh's tokenizer reads the sign with the digits.
                return { ...operand, value: negateLiteral(operand.value), start: op.startOffset };
              }
              const name = op.tokenType === T.Comma ? ',' : op.tokenType === T.Minus ? '-' : op.tokenType === T.Plus ? '+'
                : op.tokenType === T.Increment ? '++' : op.tokenType === T.Decrement ? '--' : op.tokenType === T.Exclaim ? '!' : '-' + (op.payload as string);
              return { kind: 'Unary', operator: name as A.UnaryOperatorName, operand, start: op.startOffset, end: operand.end };
            });
          },
        },
        {
          GATE: () => this.LA(1).tokenType === T.TypeLiteral && OPERAND_STARTS.has(this.LA(2).tokenType) && this.LA(2).tokenType !== T.Comma,
          ALT: () => {
            const t = this.CONSUME(T.TypeLiteral);
            const operand = this.SUBRULE2(this.unaryExpression);
            return this.ACTION((): A.Expression => ({ kind: 'Convert', typeName: t.payload as string, operand, start: t.startOffset, end: operand.end }));
          },
        },
        { ALT: () => this.SUBRULE(this.postfixExpression) },
      ],
    });
  });

  public postfixExpression = this.RULE('postfixExpression', (): A.Expression => {
    let expr = this.SUBRULE(this.primaryExpression);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            const dot = this.OR2([
              { ALT: () => this.CONSUME(T.Dot) },
              { ALT: () => this.CONSUME(T.NullConditionalDot) },
              { ALT: () => this.CONSUME(T.DoubleColon) },
            ]);
            this.ACTION(() => {
              const t = this.LA(1).tokenType;
              if (t !== T.MemberName && t !== T.Variable && t !== T.VerbatimString && t !== T.ExpandableString && t !== T.LParen) {
                this.fail('MissingPropertyName', 'Missing property name after reference operator.', this.tokenEnd(dot), 1, this.isEof());
              }
            });
            const member = this.OR3([
              { ALT: () => { const m = this.CONSUME(T.MemberName); return this.ACTION(() => ({ name: m.payload as string, end: this.tokenEnd(m), token: m })); } },
              { ALT: () => { const e = this.SUBRULE2(this.primaryExpression); return this.ACTION(() => ({ name: e as A.Expression, end: e.end, token: undefined })); } },
            ]);
            let args: A.Expression[] | undefined;
            let close = 0;
            this.OPTION({
              GATE: () => this.LA(1).tokenType === T.LParen && this.tokenEnd(this.LA(0)) === this.LA(1).startOffset && this.LA(0).tokenType === T.MemberName,
              DEF: () => {
                this.CONSUME(T.LParen);
                args = [];
                this.OPTION2(() => {
                  const a = this.SUBRULE(this.expression, { ARGS: [true] });
                  this.ACTION(() => args!.push(a));
                  this.MANY2(() => {
                    const comma = this.CONSUME(T.Comma);
                    this.ACTION(() => this.requireArgument(comma));
                    const b = this.SUBRULE2(this.expression, { ARGS: [true] });
                    this.ACTION(() => args!.push(b));
                  });
                });
                this.ACTION(() => this.closeOrFail(T.RParen, 'MissingEndParenthesisInMethodCall', "Missing ')' in method call.", () => this.afterPrevious()));
                const r = this.CONSUME(T.RParen);
                this.ACTION(() => { close = this.tokenEnd(r); });
              },
            });
            this.ACTION(() => {
              const isStatic = dot.tokenType === T.DoubleColon;
              const nullConditional = dot.tokenType === T.NullConditionalDot;
              if (args) {
                expr = { kind: 'InvokeMember', target: expr, member: member.name as string, arguments: args, isStatic, nullConditional, start: expr.start, end: close };
              } else {
                expr = { kind: 'Member', target: expr, member: member.name, isStatic, nullConditional, start: expr.start, end: member.end };
              }
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBracket);
            this.ACTION(() => {
              if (!OPERAND_STARTS.has(this.LA(1).tokenType)) this.fail('MissingArrayIndexExpression', 'Array index expression is missing or not valid.', this.afterPrevious(), 1, this.isEof());
            });
            const index = this.SUBRULE3(this.expression, { ARGS: [false] });
            this.ACTION(() => this.closeOrFail(T.RBracket, 'MissingEndSquareBracket', "Missing ']' after array index expression.", () => this.afterPrevious()));
            const close = this.CONSUME(T.RBracket);
            this.ACTION(() => { expr = { kind: 'Index', target: expr, index, start: expr.start, end: this.tokenEnd(close) }; });
          },
        },
        {
          ALT: () => {
            const op = this.OR4([
              { ALT: () => this.CONSUME(T.Increment) },
              { ALT: () => this.CONSUME(T.Decrement) },
            ]);
            this.ACTION(() => {
              expr = { kind: 'Unary', operator: op.tokenType === T.Increment ? 'post++' : 'post--', operand: expr, start: expr.start, end: this.tokenEnd(op) };
            });
          },
        },
      ]);
    });
    return expr;
  });

  private requireArgument(comma: IToken) {
    if (!OPERAND_STARTS.has(this.LA(1).tokenType)) this.fail('MissingExpressionAfterToken', "Missing expression after ','.", this.tokenEnd(comma), 1, this.isEof());
  }

  public primaryExpression = this.RULE('primaryExpression', (): A.Expression => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.NumberLiteral);
          return this.ACTION((): A.Expression => ({ kind: 'Constant', value: t.payload as NumberValue, start: t.startOffset, end: this.tokenEnd(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.VerbatimString);
          return this.ACTION((): A.Expression => ({ kind: 'StringConstant', value: t.payload as string, quote: 'single', start: t.startOffset, end: this.tokenEnd(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.ExpandableString);
          return this.ACTION(() => this.expandable(t.payload as StringPart[], t.startOffset, this.tokenEnd(t), 'double'));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Variable);
          return this.ACTION((): A.Expression => {
            const p = variableParts((t.payload as VariablePayload).name);
            return { kind: 'Variable', name: p.name, scope: p.scope, splatted: false, start: t.startOffset, end: this.tokenEnd(t) };
          });
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen);
          this.MANY(() => this.CONSUME(T.NewLine));
          this.ACTION(() => {
            const t = this.LA(1).tokenType;
            if (!PIPELINE_STARTS.has(t) && !isStatementKeyword(t)) {
              if (t === T.RParen) this.fail('ExpectedExpression', "An expression was expected after '('.", this.LA(1).startOffset, 1);
              if (t === EOF) this.fail('MissingEndParenthesisInExpression', "Missing closing ')' in expression.", this.afterPrevious(), 1, true);
            }
          });
          const inner = this.SUBRULE(this.pipelineChain);
          this.ACTION(() => {
            // `(1; 2)` and `(1<newline>+2)`: PowerShell reports the missing `)` where the statement ended.
            const t = this.LA(1);
            if ((t.tokenType === T.Semicolon || t.tokenType === T.NewLine) && this.peekPastNewlines() !== T.RParen) {
              this.fail('MissingEndParenthesisInExpression', "Missing closing ')' in expression.", t.startOffset, 1, this.peekPastNewlines() === EOF);
            }
          });
          this.MANY2(() => this.CONSUME2(T.NewLine));
          this.ACTION(() => this.closeOrFail(T.RParen, 'MissingEndParenthesisInExpression', "Missing closing ')' in expression.", () => this.afterPrevious()));
          const close = this.CONSUME(T.RParen);
          return this.ACTION((): A.Expression => ({ kind: 'Paren', pipeline: inner, start: open.startOffset, end: this.tokenEnd(close) }));
        },
      },
      {
        ALT: () => {
          const open = this.OR2([
            { ALT: () => this.CONSUME(T.DollarParen) },
            { ALT: () => this.CONSUME(T.AtParen) },
          ]);
          const statements = this.SUBRULE(this.statementList);
          this.ACTION(() => this.closeOrFail(T.RParen, 'MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.", () => this.afterPrevious()));
          const close = this.CONSUME2(T.RParen);
          return this.ACTION((): A.Expression => ({
            kind: open.tokenType === T.DollarParen ? 'SubExpression' : 'ArrayExpression', statements, start: open.startOffset, end: this.tokenEnd(close),
          }));
        },
      },
      { ALT: () => this.SUBRULE(this.hashtable) },
      {
        ALT: () => {
          const open = this.CONSUME(T.LCurly);
          const body = this.SUBRULE(this.scriptBlockBody);
          this.ACTION(() => this.closeOrFail(T.RCurly, 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", () => open.startOffset));
          const close = this.CONSUME(T.RCurly);
          return this.ACTION((): A.Expression => {
            body.start = open.startOffset;
            body.end = this.tokenEnd(close);
            return { kind: 'ScriptBlockExpression', scriptBlock: body, start: open.startOffset, end: this.tokenEnd(close) };
          });
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.TypeLiteral);
          return this.ACTION((): A.Expression => ({ kind: 'Type', typeName: t.payload as string, start: t.startOffset, end: this.tokenEnd(t) }));
        },
      },
    ]);
  });

  public hashtable = this.RULE('hashtable', (): A.Expression => {
    const open = this.CONSUME(T.AtCurly);
    const entries: A.HashtableExpression['entries'] = [];
    this.MANY(() => this.CONSUME(T.StatementEnd));
    this.MANY2(() => {
      const key = this.OR([
        {
          ALT: () => {
            const w = this.CONSUME(T.BareWord);
            return this.ACTION((): A.Expression => ({ kind: 'StringConstant', value: w.payload as string, quote: 'bare', start: w.startOffset, end: this.tokenEnd(w) }));
          },
        },
        { ALT: () => this.SUBRULE(this.unaryExpression) },
      ]);
      this.ACTION(() => {
        if (this.LA(1).tokenType !== T.Equals) this.fail('MissingEqualsInHashLiteral', "Missing '=' operator after key in hash literal.", this.afterPrevious(), 1, this.isEof());
      });
      const eq = this.CONSUME(T.Equals);
      this.MANY3(() => this.CONSUME(T.NewLine));
      this.ACTION(() => {
        if (!PIPELINE_STARTS.has(this.LA(1).tokenType) && !isStatementKeyword(this.LA(1).tokenType)) this.fail('MissingStatementInHashLiteral', "Missing statement after '=' in hash literal.", this.tokenEnd(eq), 1, this.isEof());
      });
      const value = this.SUBRULE(this.statement);
      this.ACTION(() => {
        entries.push({ key, value });
        const t = this.LA(1).tokenType;
        if (t !== T.NewLine && t !== T.Semicolon && t !== T.RCurly) {
          if (t === EOF) this.fail('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", open.startOffset, 2, true);
          this.unexpected();
        }
      });
      this.MANY4(() => this.CONSUME2(T.StatementEnd));
    });
    this.ACTION(() => this.closeOrFail(T.RCurly, 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", () => open.startOffset, 2));
    const close = this.CONSUME(T.RCurly);
    return this.ACTION((): A.Expression => ({ kind: 'Hashtable', entries, start: open.startOffset, end: this.tokenEnd(close) }));
  });

  /** Builds an expandable string; `$( )` parts are parsed after the main parse (the parser is not re-entrant). */
  private expandable(parts: StringPart[], start: number, end: number, quote: 'double' | 'bare'): A.Expression {
    if (parts.every((p) => p.kind === 'text')) {
      return { kind: 'StringConstant', value: parts.map((p) => (p as { value: string }).value).join(''), quote: quote === 'bare' ? 'bare' : 'double', start, end };
    }
    const node: A.ExpandableStringExpression = { kind: 'ExpandableString', parts: [], quote, start, end };
    this.pending.push({ node, parts });
    return node;
  }
}

function isStatementKeyword(t: TokenType): boolean {
  return t === T.If || t === T.Switch || t === T.Foreach || t === T.For || t === T.While || t === T.Do || t === T.Try
    || t === T.Function || t === T.Label || t === T.Return || t === T.Throw || t === T.Exit || t === T.Break || t === T.Continue;
}

function isAssignable(e: A.Expression): boolean {
  switch (e.kind) {
    case 'Variable': return !e.splatted;
    case 'Member': return true;
    case 'Index': return true;
    case 'Convert': return isAssignable(e.operand);
    case 'ArrayLiteral': return e.elements.every(isAssignable);
    case 'Paren': return false;
    default: return false;
  }
}

/** Precedence climbing over `a op b op c ...`; all PowerShell binary operators are left-associative. */
function foldBinary(operands: Operand[], operators: IToken[]): A.Expression {
  let index = 0;
  const names = operators.map((t) => (t.payload as string | undefined) ?? t.image);
  function climb(minPrecedence: number): A.Expression {
    let left = operands[index]!;
    while (index < operators.length && precedenceOf(names[index]!) >= minPrecedence) {
      const opIndex = index++;
      const right = climb(precedenceOf(names[opIndex]!) + 1);
      left = { kind: 'Binary', operator: names[opIndex]!, left, right, operatorStart: operators[opIndex]!.startOffset, start: left.start, end: right.end };
    }
    return left;
  }
  return climb(0);
}

/**
 * `-5` as pwsh's tokenizer reads it, the sign with the digits: `-2147483648` is an Int32 and
 * `-9223372036854775808` an Int64, though their digits alone are a wider type.
 */
function negateLiteral(n: NumberValue): NumberValue {
  const value = -n.value;
  const exact = n.exact === undefined ? undefined : -n.exact;
  if (!n.suffixed && exact !== undefined && !n.scale) {
    if ((n.kind === 'Int64' || n.kind === 'Decimal') && value >= -2147483648) return { kind: 'Int32', value };
    if (n.kind === 'Decimal' && exact >= -(1n << 63n)) return { kind: 'Int64', value, exact };
  }
  return exact === undefined ? { ...n, value } : { ...n, value, exact };
}

/** The statements pwsh lets another statement follow on the same line without `;`. */
const BLOCK_STATEMENTS = new Set(['If', 'While', 'Do', 'For', 'Foreach', 'Switch', 'Try', 'Trap', 'FunctionDefinition', 'BlockStatement']);

function endsInBlock(s: A.Statement): boolean {
  return BLOCK_STATEMENTS.has(s.kind) || (s.kind === 'Assignment' && endsInBlock(s.value));
}
