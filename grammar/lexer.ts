/**
 * # The PowerShell scanner
 *
 * PowerShell tokenizes the same characters differently depending on where they stand (about_Parsing):
 * at the start of a statement a bare word is a command name; after a command name the scanner is in
 * *argument mode*, where `2+2` is one string and `-Name` is a parameter; in *expression mode* `-eq`
 * is an operator and `2+2` is three tokens. PowerShell's own tokenizer is told the mode by its
 * parser. Here the scanner tracks the mode itself from the tokens it has produced, with a stack of
 * open brackets (each remembers the mode to resume), so that Chevrotain's parser receives a token
 * vector whose kinds already say which reading applies. See `README.md` beside this file.
 *
 * The Scanner is one class, longer than our usual files, because every token rule reads and
 * updates the same mode and bracket stack; what does not depend on the mode is in scan-helpers.ts.
 */
import type { IToken, TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { escapeChar, isDigit, isIdentChar, isLetter, isVarChar, readVariable, scanNumber } from './scan-helpers.js';

export { computeLineStarts, positionAt, scanNumber, type NumberValue } from './scan-helpers.js';

export interface LexError {
  offset: number;
  length: number;
  id: string;
  message: string;
  /** True when more input could complete the text (the REPL asks for another line). */
  incomplete: boolean;
}


/** One piece of an expandable string: text, a `$variable`, or a `$( )` sub-expression. */
export type StringPart =
  | { kind: 'text'; value: string }
  | { kind: 'variable'; name: string; start: number; end: number }
  | { kind: 'subexpression'; start: number; end: number };

export interface VariablePayload { name: string }
export interface ParameterPayload { name: string; colon: boolean }
export interface RedirectionPayload { from: string; to: 'file' | 'output'; append: boolean }

export interface LexResult {
  tokens: IToken[];
  errors: LexError[];
}

type Mode = 'start' | 'operand' | 'after' | 'arg' | 'hashkey' | 'fname';
type ContextKind = 'paren' | 'block' | 'hash' | 'index' | 'method' | 'attribute' | 'statements';
/** `statementBody`: the block of `if`, `foreach`, `function`, ...: what follows its `}` may be a new statement. */
interface Context { kind: ContextKind; resume: Mode; statementBody?: boolean }

const DASHES = '-\u2013\u2014\u2015';
const isDash = (c: string) => c !== '' && DASHES.includes(c);
const SINGLE_QUOTES = '\'\u2018\u2019\u201a\u201b';
const DOUBLE_QUOTES = '"\u201c\u201d\u201e';
const isSingleQuote = (c: string) => c !== '' && SINGLE_QUOTES.includes(c);
const isDoubleQuote = (c: string) => c !== '' && DOUBLE_QUOTES.includes(c);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff';
const isNewline = (c: string) => c === '\n' || c === '\r';
/** The index of the bracket closing the one at `open` (naively: quotes are not considered), or -1. */
function matchingBracket(text: string, open: number, end: number): number {
  const opener = text[open]!;
  const closer = opener === '{' ? '}' : ')';
  let depth = 0;
  for (let i = open; i < end; i++) {
    if (text[i] === opener) depth++;
    else if (text[i] === closer && --depth === 0) return i;
  }
  return -1;
}

/** Characters that end a bare word in argument mode. */
const ARG_TERMINATORS = new Set([' ', '\t', '\n', '\r', ';', ',', '|', '&', '(', ')', '{', '}', '\f', '\v', '\u00a0']);

const COMPARISON_NAMES = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch',
  'contains', 'notcontains', 'in', 'notin', 'replace'];
const operatorTable = new Map<string, TokenType>();
for (const name of COMPARISON_NAMES) {
  for (const prefix of ['', 'i', 'c']) operatorTable.set(prefix + name, T.ComparisonOp);
}
for (const prefix of ['', 'i', 'c']) operatorTable.set(prefix + 'split', T.SplitJoinOp);
operatorTable.set('join', T.SplitJoinOp);
for (const name of ['is', 'isnot', 'as', 'shl', 'shr']) operatorTable.set(name, T.ComparisonOp);
for (const name of ['and', 'or', 'xor']) operatorTable.set(name, T.LogicalOp);
for (const name of ['band', 'bor', 'bxor']) operatorTable.set(name, T.BitwiseOp);
operatorTable.set('not', T.NotOp);
operatorTable.set('bnot', T.NotOp);
operatorTable.set('f', T.FormatOp);

/**
 * The scanner. One instance per call of `tokenize`; `tokenize` may recurse for the inside of
 * `$( )` in strings, so positions always refer to the whole source.
 */
class Scanner {
  readonly tokens: IToken[] = [];
  readonly errors: LexError[] = [];
  private pos: number;
  private mode: Mode = 'start';
  private readonly stack: Context[] = [];
  /** True when the previous token ended exactly here: `.`, `[` and `(` then bind to it. */
  private adjacentValueEnd = -1;
  constructor(private readonly text: string, start: number, private readonly end: number) {
    this.pos = start;
  }

  private peek(k = 0): string { const i = this.pos + k; return i < this.end ? this.text[i]! : ''; }

  private push(type: TokenType, start: number, end: number, payload?: unknown): IToken {
    // Offsets only, as Chevrotain's own lexer makes tokens with positionTracking 'onlyOffset':
    // lines and columns are worked out from offsets where they are shown (an error's position).
    // Every token has a payload field, set or not, so that all share one shape.
    const tok: IToken = { image: this.text.slice(start, end), startOffset: start, endOffset: end - 1, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type, payload };
    this.tokens.push(tok);
    return tok;
  }

  private error(offset: number, length: number, id: string, message: string, incomplete = false) {
    this.errors.push({ offset, length, id, message, incomplete });
  }

  private get context(): Context | undefined { return this.stack[this.stack.length - 1]; }

  /** The mode after a statement separator inside the current bracket. */
  private statementMode(): Mode { return this.context?.kind === 'hash' ? 'hashkey' : 'start'; }

  private open(kind: ContextKind, inner: Mode) {
    const resume: Mode = this.mode === 'arg' ? 'arg' : 'after';
    const statementBody = kind === 'block' && this.bodyDepth === this.stack.length;
    if (statementBody) this.bodyDepth = -1;
    this.stack.push({ kind, resume, statementBody });
    this.mode = inner;
  }

  private close(): void {
    const ctx = this.stack.pop();
    // After the body of `if`, `foreach`, `function`, ... a statement may start without a separator (as in pwsh).
    this.mode = ctx ? (ctx.statementBody ? 'start' : ctx.resume) : 'after';
  }

  /**
   * The bracket depth of a keyword whose statement has a body still to open (`if (...) {`), or -1:
   * the next block opened at that depth is the statement's body. A statement separator clears it.
   */
  private bodyDepth = -1;

  private keyword(type: TokenType): void {
    if (BODY_KEYWORDS.has(type)) this.bodyDepth = this.stack.length;
  }

  run(): LexResult {
    const text = this.text;
    while (this.pos < this.end) {
      const c = text[this.pos]!;
      // ## White space, line continuation and comments
      if (isSpace(c)) { this.pos++; continue; }
      if (c === '`' && isNewline(this.peek(1))) {
        this.pos += this.peek(1) === '\r' && this.peek(2) === '\n' ? 3 : 2;
        continue;
      }
      if (c === '#') { this.skipLineComment(); continue; }
      if (c === '<' && this.peek(1) === '#') { this.skipBlockComment(); continue; }
      if (isNewline(c)) { this.newline(); continue; }
      this.scanToken(c);
    }
    return { tokens: this.tokens, errors: this.errors };
  }

  private skipLineComment() {
    while (this.pos < this.end && !isNewline(this.text[this.pos]!)) this.pos++;
  }

  private skipBlockComment() {
    const close = this.text.indexOf('#>', this.pos + 2);
    if (close < 0 || close + 2 > this.end) {
      this.error(this.pos, 2, 'MissingEndOfComment', 'Missing the end of the comment block, #>.', true);
      this.pos = this.end;
      return;
    }
    this.pos = close + 2;
  }

  private newline() {
    const start = this.pos;
    this.pos += this.peek() === '\r' && this.peek(1) === '\n' ? 2 : 1;
    const kind = this.context?.kind;
    // Inside index brackets, method arguments and attributes a newline is only white space.
    if (kind === 'index' || kind === 'method' || kind === 'attribute') return;
    this.push(T.NewLine, start, this.pos);
    this.mode = this.statementMode();
    this.bodyDepth = -1;
  }

  private scanToken(c: string) {
    const start = this.pos;
    const mode = this.mode;
    const adjacent = this.adjacentValueEnd === start;
    this.adjacentValueEnd = -1;

    // ## Tokens whose reading does not depend on the mode
    switch (c) {
      case ';':
        this.pos++;
        this.push(T.Semicolon, start, this.pos);
        this.mode = this.statementMode();
        this.bodyDepth = -1;
        return;
      case '|':
        if (this.peek(1) === '|') { this.pos += 2; this.push(T.OrOr, start, this.pos); this.mode = 'start'; return; }
        this.pos++;
        this.push(T.Pipe, start, this.pos);
        this.mode = 'start';
        return;
      case '(':
        this.pos++;
        if (adjacent && (mode === 'after' || mode === 'arg') && this.lastType() === T.MemberName) {
          this.push(T.LParen, start, this.pos);
          this.open('method', 'operand');
          return;
        }
        const afterParam = this.lastType() === T.Param;
        this.push(T.LParen, start, this.pos);
        this.open('paren', 'start');
        // After `param( ... )` a statement may follow on the same line.
        if (afterParam) this.stack[this.stack.length - 1]!.resume = 'start';
        return;
      case ')':
        this.pos++;
        if (this.context?.kind === 'attribute' && this.peek() === ']') {
          // `)]` closes an attribute: one token for the pair keeps the grammar LL(1).
          this.pos++;
          this.push(T.RBracket, start, this.pos, 'attribute');
          this.close();
          return;
        }
        this.push(T.RParen, start, this.pos);
        this.close();
        this.adjacentValueEnd = this.pos;
        return;
      case '{':
        this.pos++;
        this.push(T.LCurly, start, this.pos);
        this.open('block', 'start');
        return;
      case '}':
      case ']':
        this.pos++;
        this.push(c === '}' ? T.RCurly : T.RBracket, start, this.pos);
        this.close();
        this.adjacentValueEnd = this.pos;
        return;
      case '&':
        if (this.peek(1) === '&') { this.pos += 2; this.push(T.AndAnd, start, this.pos); this.mode = 'start'; return; }
        this.pos++;
        this.push(T.Ampersand, start, this.pos);
        this.mode = 'arg';
        return;
    }
    if (c === '$') return this.scanDollar(start);
    if (c === '@') {
      const n = this.peek(1);
      if (n === '(') { this.pos += 2; this.push(T.AtParen, start, this.pos); this.open('statements', 'start'); return; }
      if (n === '{') { this.pos += 2; this.push(T.AtCurly, start, this.pos); this.open('hash', 'hashkey'); return; }
      if (isDoubleQuote(n) || isSingleQuote(n)) return this.scanHereString(start);
      if (isVarChar(n) && (mode === 'arg')) {
        this.pos++;
        while (isVarChar(this.peek())) this.pos++;
        this.push(T.SplattedVariable, start, this.pos, { name: this.text.slice(start + 1, this.pos) });
        return;
      }
    }
    if (isSingleQuote(c)) return this.scanVerbatimString(start);
    if (isDoubleQuote(c)) return this.scanExpandableString(start);

    if (mode === 'arg') return this.scanArgument(c, start, adjacent);
    return this.scanExpressionToken(c, start, adjacent, mode);
  }

  private lastType(): TokenType | undefined {
    return this.tokens[this.tokens.length - 1]?.tokenType;
  }

  // ## Variables: `$x`, `${any name}`, `$env:PATH`, `$_`, `$$`, `$?`, `$^`
  private scanDollar(start: number) {
    const n = this.peek(1);
    if (n === '(') {
      this.pos += 2;
      this.push(T.DollarParen, start, this.pos);
      this.open('statements', 'start');
      return;
    }
    const v = readVariable(this.text, start, this.end);
    if (!v) {
      if (this.mode === 'arg' || this.mode === 'start') return this.scanArgument('$', start, false);
      this.pos++;
      this.push(T.BareWord, start, this.pos, '$');
      return;
    }
    if (v.error) this.error(start, v.end - start, v.error.id, v.error.message, v.error.incomplete);
    // In argument mode `$dir/file.txt` is one argument, expanded as a string; `.` and `[` still
    // reach members and elements, and `=`, `>`, `<` end the variable.
    const next = this.text[v.end] ?? '';
    if (this.mode === 'arg' && !v.error && next !== '' && !ARG_TERMINATORS.has(next) && !'.[=<>:'.includes(next)) {
      return this.scanArgument('$', start, false);
    }
    this.pos = v.end;
    this.push(T.Variable, start, this.pos, { name: v.name } satisfies VariablePayload);
    this.afterValue();
  }

  /** A value just ended: operators may follow; in argument mode we stay there. */
  private afterValue() {
    if (this.mode !== 'arg') this.mode = 'after';
    this.adjacentValueEnd = this.pos;
  }

  // ## Strings
  private scanVerbatimString(start: number) {
    let i = start + 1;
    let value = '';
    for (;;) {
      if (i >= this.end) {
        this.error(start, this.end - start, 'TerminatorExpectedAtEndOfString', "The string is missing the terminator: '.", true);
        break;
      }
      const ch = this.text[i]!;
      if (isSingleQuote(ch)) {
        if (isSingleQuote(this.text[i + 1] ?? '')) { value += ch; i += 2; continue; }
        i++;
        break;
      }
      value += ch;
      i++;
    }
    this.pos = Math.min(i, this.end);
    this.push(T.VerbatimString, start, this.pos, value);
    this.afterValue();
  }

  private scanExpandableString(start: number) {
    const { parts, end, terminated } = this.readExpandable(start + 1, (i) => isDoubleQuote(this.text[i]!) ? (isDoubleQuote(this.text[i + 1] ?? '') ? 2 : 1) : 0);
    if (!terminated) {
      this.error(start, this.end - start, 'TerminatorExpectedAtEndOfString', 'The string is missing the terminator: ".', true);
    }
    this.pos = end;
    this.push(T.ExpandableString, start, this.pos, parts);
    this.afterValue();
  }

  /**
   * Reads the inside of an expandable string from `i`. `closer(i)` returns 1 when the string ends
   * at `i`, 2 when `i` starts a doubled quote (an escaped quote), else 0.
   */
  private readExpandable(i: number, closer: ((i: number) => number) | null, stop = this.end): { parts: StringPart[]; end: number; terminated: boolean } {
    const parts: StringPart[] = [];
    let text = '';
    const flush = () => { if (text) { parts.push({ kind: 'text', value: text }); text = ''; } };
    while (i < stop) {
      const ch = this.text[i]!;
      if (closer) {
        const k = closer(i);
        if (k === 1) { flush(); return { parts, end: i + 1, terminated: true }; }
        if (k === 2) { text += '"'; i += 2; continue; }
      }
      if (ch === '`' && i + 1 < stop) {
        const e = this.text[i + 1]!;
        if (e === 'u' && this.text[i + 2] === '{') {
          const close = this.text.indexOf('}', i + 3);
          if (close > 0) {
            text += String.fromCodePoint(parseInt(this.text.slice(i + 3, close), 16));
            i = close + 1;
            continue;
          }
        }
        text += escapeChar(e);
        i += 2;
        continue;
      }
      if (ch === '$') {
        if (this.text[i + 1] === '(') {
          flush();
          const inner = new Scanner(this.text, i + 2, stop);
          inner.stack.push({ kind: 'statements', resume: 'after' });
          const closeAt = inner.runToClose();
          for (const e of inner.errors) this.errors.push(e);
          if (closeAt < 0) {
            this.error(i, stop - i, 'MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.", true);
            return { parts, end: stop, terminated: false };
          }
          parts.push({ kind: 'subexpression', start: i + 2, end: closeAt });
          i = closeAt + 1;
          continue;
        }
        const v = readVariable(this.text, i, stop);
        if (v && !v.error) {
          flush();
          parts.push({ kind: 'variable', name: v.name, start: i, end: v.end });
          i = v.end;
          continue;
        }
        if (v?.error?.id === 'InvalidVariableReferenceWithDrive') this.error(i, v.end - i, v.error.id, v.error.message, false);
      }
      text += ch;
      i++;
    }
    flush();
    return { parts, end: stop, terminated: closer === null };
  }

  /** Scans tokens until the bracket this scanner started inside closes; returns its offset. */
  runToClose(): number {
    while (this.pos < this.end) {
      const c = this.text[this.pos]!;
      if (isSpace(c)) { this.pos++; continue; }
      if (c === '`' && isNewline(this.peek(1))) { this.pos += 2; continue; }
      if (c === '#') { this.skipLineComment(); continue; }
      if (c === '<' && this.peek(1) === '#') { this.skipBlockComment(); continue; }
      if (isNewline(c)) { this.newline(); continue; }
      if (c === ')' && this.stack.length === 1) return this.pos;
      this.scanToken(c);
      if (this.stack.length === 0) return -1;
    }
    return -1;
  }

  private scanHereString(start: number) {
    const quote = this.text[start + 1]!;
    const expandable = isDoubleQuote(quote);
    let i = start + 2;
    while (i < this.end && isSpace(this.text[i]!)) i++;
    if (!isNewline(this.text[i] ?? '')) {
      this.error(start, 2, 'UnexpectedCharactersAfterHereStringHeader', 'No characters are allowed after a here-string header but before the end of the line.');
      this.pos = this.end;
      return;
    }
    i += this.text[i] === '\r' && this.text[i + 1] === '\n' ? 2 : 1;
    const bodyStart = i;
    // The closing `"@` must start a line.
    const closeRe = expandable ? /\r?\n["\u201c\u201d\u201e]@/g : /\r?\n['\u2018\u2019\u201a\u201b]@/g;
    closeRe.lastIndex = bodyStart - 1;
    let bodyEnd = -1;
    let closeEnd = -1;
    if (/^["'\u2018\u2019\u201a\u201b\u201c\u201d\u201e]@/.test(this.text.slice(bodyStart, bodyStart + 2)) && (expandable ? isDoubleQuote(this.text[bodyStart]!) : isSingleQuote(this.text[bodyStart]!))) {
      bodyEnd = bodyStart; closeEnd = bodyStart + 2;
    } else {
      const m = closeRe.exec(this.text);
      if (m && m.index + m[0].length <= this.end) { bodyEnd = m.index; closeEnd = m.index + m[0].length; }
    }
    if (bodyEnd < 0) {
      this.error(start, 2, 'TerminatorExpectedAtEndOfString', `The string is missing the terminator: ${expandable ? '"' : "'"}@.`, true);
      this.pos = this.end;
      this.push(expandable ? T.ExpandableString : T.VerbatimString, start, this.pos, expandable ? [] : '');
      return;
    }
    this.pos = closeEnd;
    if (expandable) {
      const { parts } = this.readExpandable(bodyStart, null, bodyEnd);
      this.push(T.ExpandableString, start, this.pos, parts);
    } else {
      this.push(T.VerbatimString, start, this.pos, this.text.slice(bodyStart, bodyEnd).replace(/\r\n/g, '\n'));
    }
    this.afterValue();
  }

  // ## Argument mode: parameters, bare words, numbers that are whole words
  private scanArgument(c: string, start: number, adjacent: boolean) {
    if (adjacent && (c === '.' || c === '[')) {
      const prev = this.lastType();
      if (prev === T.Variable || prev === T.RParen || prev === T.MemberName || prev === T.RBracket) {
        return this.scanExpressionToken(c, start, true, 'after');
      }
    }
    if (c === ',') { this.pos++; this.push(T.Comma, start, this.pos); return; }
    if (isDash(c) && this.pos === start) {
      const n = this.peek(1);
      if (isDash(n) && this.peek(2) === '%') {
        this.pos += 3;
        this.push(T.StopParsing, start, this.pos);
        return;
      }
      if (isLetter(n) || n === '_' || n === '?') {
        let i = start + 1;
        while (i < this.end && !ARG_TERMINATORS.has(this.text[i]!) && this.text[i] !== ':' && this.text[i] !== '.' && this.text[i] !== '[') i++;
        if (this.text[i] === ':' ) {
          this.pos = i + 1;
          this.push(T.ParameterToken, start, this.pos, { name: this.text.slice(start + 1, i), colon: true } satisfies ParameterPayload);
          return;
        }
        if (i >= this.end || ARG_TERMINATORS.has(this.text[i]!)) {
          this.pos = i;
          this.push(T.ParameterToken, start, this.pos, { name: this.text.slice(start + 1, i), colon: false } satisfies ParameterPayload);
          return;
        }
      }
    }
    if (this.scanRedirection(c, start)) return;
    // A bare word: up to white space or a character that ends an argument. Quoted sections inside
    // it belong to it (`x'y'"$z"` is one argument), as do variables (`$dir/file.txt`).
    let i = start;
    let value = '';
    let hasVariable = false;
    let quoted = false;
    const parts: StringPart[] = [];
    let run = start;
    /** The unquoted run before `to`: its text, and its variables when it has any. */
    const closeRun = (to: number) => {
      if (to <= run) return;
      const raw = this.text.slice(run, to);
      if (raw.includes('$')) parts.push(...this.readExpandable(run, null, to).parts);
      else parts.push({ kind: 'text', value: raw.replace(/`(.)/gs, '$1') });
    };
    while (i < this.end) {
      const ch = this.text[i]!;
      if (ARG_TERMINATORS.has(ch)) break;
      if (ch === '`' && i + 1 < this.end) {
        if (isNewline(this.text[i + 1]!)) break;
        value += this.text[i + 1];
        i += 2;
        continue;
      }
      if ((isSingleQuote(ch) || isDoubleQuote(ch)) && i > start) {
        closeRun(i);
        quoted = true;
        if (isSingleQuote(ch)) {
          let j = i + 1;
          let literal = '';
          while (j < this.end && !(isSingleQuote(this.text[j]!) && !isSingleQuote(this.text[j + 1] ?? ''))) {
            if (isSingleQuote(this.text[j]!)) j++;
            literal += this.text[j];
            j++;
          }
          if (j >= this.end) this.error(i, this.end - i, 'TerminatorExpectedAtEndOfString', "The string is missing the terminator: '.", true);
          parts.push({ kind: 'text', value: literal });
          value += literal;
          i = Math.min(j + 1, this.end);
        } else {
          const inner = this.readExpandable(i + 1, (k) => isDoubleQuote(this.text[k]!) ? (isDoubleQuote(this.text[k + 1] ?? '') ? 2 : 1) : 0);
          if (!inner.terminated) this.error(i, this.end - i, 'TerminatorExpectedAtEndOfString', 'The string is missing the terminator: ".', true);
          parts.push(...inner.parts);
          for (const part of inner.parts) if (part.kind === 'text') value += part.value; else hasVariable = true;
          i = inner.end;
        }
        run = i;
        continue;
      }
      if (ch === '$' && (i > start || c === '$')) {
        hasVariable = true;
        // `${name}` and `$( )` inside a word: their brackets do not end it.
        const open = this.text[i + 1];
        if (open === '{' || open === '(') {
          const close = matchingBracket(this.text, i + 1, this.end);
          if (close > 0) { value += this.text.slice(i, close + 1); i = close + 1; continue; }
        }
      }
      if (ch === '>' || (ch === '<' && i > start)) break;
      value += ch;
      i++;
    }
    if (i === start) {
      // A lone character nothing else claims (e.g. `<`): make it a one-character word.
      value = c;
      i = start + 1;
    }
    this.pos = i;
    const word = this.text.slice(start, i);
    const num = quoted ? undefined : scanNumber(word);
    if (num && num.length === word.length && !word.includes('`')) {
      this.push(T.NumberLiteral, start, i, num.value);
    } else if (quoted) {
      closeRun(i);
      this.push(T.GenericArgument, start, i, hasVariable || parts.some((p) => p.kind !== 'text') ? { value, parts } : { value: parts.map((p) => (p as { value: string }).value).join('') });
    } else if (hasVariable) {
      const { parts: expanded } = this.readExpandable(start, null, i);
      this.push(T.GenericArgument, start, i, { value, parts: expanded });
    } else {
      this.push(T.GenericArgument, start, i, { value });
    }
  }

  /** `>`, `>>`, `2>`, `2>>`, `2>&1`, `*>`, `*>&1`, ... (about_Redirection). */
  private scanRedirection(c: string, start: number): boolean {
    const m = /^([1-6*]?)(>>?)(&1|&2)?/.exec(this.text.slice(start, start + 5));
    if (!m || (m[1] === '' && c !== '>') || m[0].length === m[1]!.length) return false;
    this.pos = start + m[0].length;
    const payload: RedirectionPayload = { from: m[1] || '1', to: m[3] ? 'output' : 'file', append: m[2] === '>>' };
    this.push(T.Redirection, start, this.pos, payload);
    return true;
  }

  // ## Expression mode and statement starts
  private scanExpressionToken(c: string, start: number, adjacent: boolean, mode: Mode) {
    const n = this.peek(1);
    const operandExpected = mode !== 'after';

    // After a value, `>` and `2>&1` redirect (PowerShell has no `>` operator: `$a > 5` writes a
    // file named 5); a file target is read as an argument.
    const afterValue = mode === 'after' || this.lastType() === T.TypeLiteral;
    if (afterValue && (c === '>' || (n === '>' && /[1-6*]/.test(c))) && this.scanRedirection(c, start)) {
      if (this.text[this.pos - 1] === '>') this.mode = 'arg';
      return;
    }

    // Member access binds only to a value that ends right here.
    if (c === '.' && adjacent && !isDigit(n) && n !== '.') {
      this.pos++;
      this.push(T.Dot, start, this.pos);
      this.scanMemberName();
      return;
    }
    if (c === '?' && n === '.' && adjacent) {
      this.pos += 2;
      this.push(T.NullConditionalDot, start, this.pos);
      this.scanMemberName();
      return;
    }
    if (c === ':' && n === ':') {
      this.pos += 2;
      this.push(T.DoubleColon, start, this.pos);
      this.scanMemberName();
      return;
    }
    if (c === '[') {
      if (adjacent && !operandExpected || adjacent && this.mode === 'arg') {
        this.pos++;
        this.push(T.LBracket, start, this.pos);
        this.open('index', 'operand');
        return;
      }
      return this.scanTypeLiteral(start);
    }

    if (mode === 'start' || mode === 'fname') {
      if (this.scanStatementStart(c, start, mode)) return;
    }
    if (mode === 'hashkey' && (isLetter(c) || c === '_' || isDigit(c))) {
      let i = start;
      while (i < this.end && (isIdentChar(this.text[i]!) || this.text[i] === '-' || this.text[i] === '.')) i++;
      const word = this.text.slice(start, i);
      const num = scanNumber(word);
      this.pos = i;
      if (num && num.length === word.length) this.push(T.NumberLiteral, start, i, num.value);
      else this.push(T.BareWord, start, i, word);
      this.mode = 'after';
      return;
    }

    // Numbers: `.5` only where an operand may stand.
    if (isDigit(c) || (c === '.' && isDigit(n) && operandExpected)) {
      const num = scanNumber(this.text.slice(start, Math.min(this.end, start + 400)));
      if (num) {
        const after = this.text[start + num.length] ?? '';
        if (!isIdentChar(after)) {
          this.pos = start + num.length;
          this.push(T.NumberLiteral, start, this.pos, num.value);
          this.afterValue();
          return;
        }
      }
    }

    if (isDash(c)) {
      if (isLetter(n)) {
        let i = start + 1;
        while (i < this.end && isIdentChar(this.text[i]!)) i++;
        const name = this.text.slice(start + 1, i).toLowerCase();
        const op = operatorTable.get(name);
        if (op) {
          this.pos = i;
          this.push(op, start, this.pos, name);
          this.mode = 'operand';
          return;
        }
        if (mode === 'start') {
          // `-foo` where a statement starts: PowerShell reads a parameter; no command takes it.
          this.pos = i;
          this.push(T.ParameterToken, start, this.pos, { name: this.text.slice(start + 1, i), colon: false });
          return;
        }
      }
      if (isDash(n)) { this.pos += 2; this.push(T.Decrement, start, this.pos); if (!operandExpected) this.afterValue(); else this.mode = 'operand'; return; }
      if (n === '=') { this.pos += 2; this.push(T.CompoundAssign, start, this.pos, '-='); this.mode = 'start'; return; }
      this.pos++;
      this.push(T.Minus, start, this.pos);
      this.mode = 'operand';
      return;
    }

    switch (c) {
      case '+':
        if (n === '+') { this.pos += 2; this.push(T.Increment, start, this.pos); if (!operandExpected) this.afterValue(); else this.mode = 'operand'; return; }
        if (n === '=') { this.pos += 2; this.push(T.CompoundAssign, start, this.pos, '+='); this.mode = 'start'; return; }
        this.pos++; this.push(T.Plus, start, this.pos); this.mode = 'operand'; return;
      case '*': case '/': case '%':
        if (n === '=') { this.pos += 2; this.push(T.CompoundAssign, start, this.pos, c + '='); this.mode = 'start'; return; }
        this.pos++; this.push(T.MultiplyOp, start, this.pos, c); this.mode = 'operand'; return;
      case '=':
        this.pos++; this.push(T.Equals, start, this.pos); this.mode = 'start'; return;
      case '!':
        this.pos++; this.push(T.Exclaim, start, this.pos, '!'); this.mode = 'operand'; return;
      case ',':
        this.pos++; this.push(T.Comma, start, this.pos); this.mode = 'operand'; return;
      case '.':
        if (n === '.') { this.pos += 2; this.push(T.DotDot, start, this.pos, '..'); this.mode = 'operand'; return; }
        if (mode === 'start' || mode === 'operand') {
          this.pos++;
          this.push(T.DotSource, start, this.pos);
          this.mode = 'arg';
          return;
        }
        break;
      case '?':
        if (n === '?') {
          if (this.peek(2) === '=') { this.pos += 3; this.push(T.CompoundAssign, start, this.pos, '??='); this.mode = 'start'; return; }
          this.pos += 2; this.push(T.NullCoalesce, start, this.pos); this.mode = 'operand'; return;
        }
        this.pos++; this.push(T.QuestionMark, start, this.pos); this.mode = 'operand'; return;
      case ':':
        if (mode === 'start' && isIdentChar(n)) {
          let i = start + 1;
          while (i < this.end && isIdentChar(this.text[i]!)) i++;
          this.pos = i;
          this.push(T.Label, start, i, this.text.slice(start + 1, i));
          return;
        }
        this.pos++; this.push(T.Colon, start, this.pos); this.mode = 'operand'; return;
    }
    if (this.scanRedirection(c, start)) { this.mode = 'arg'; return; }
    if (c === '<') {
      this.pos++;
      this.error(start, 1, 'RedirectionNotSupported', "The '<' operator is reserved for future use.");
      this.push(T.BareWord, start, this.pos, '<');
      return;
    }

    // A bare word where an operator or operand is expected: `in`, `else`, ... are keywords here.
    let i = start;
    while (i < this.end && !ARG_TERMINATORS.has(this.text[i]!) && this.text[i] !== '.' && this.text[i] !== '[' && this.text[i] !== '=' && !isSingleQuote(this.text[i]!) && !isDoubleQuote(this.text[i]!)) i++;
    if (i === start) i = start + 1;
    const word = this.text.slice(start, i);
    this.pos = i;
    const lower = word.toLowerCase();
    const kw = mode === 'after' ? afterBlockKeywords.get(lower) : undefined;
    if (kw) {
      this.push(kw, start, i);
      this.keyword(kw);
      this.mode = kw === T.In ? 'start' : 'after';
      return;
    }
    this.push(T.BareWord, start, i, word);
    this.mode = 'after';
  }

  /** Where a statement starts: keywords, command names, `&`/`.` call operators. */
  private scanStatementStart(c: string, start: number, mode: Mode): boolean {
    const n = this.peek(1);
    if (mode === 'start' && (isDigit(c) || (c === '.' && isDigit(n)))) {
      // A number at a statement start is an expression unless letters follow (`7z` is a command).
      const num = scanNumber(this.text.slice(start, Math.min(this.end, start + 400)));
      if (num && !isIdentChar(this.text[start + num.length] ?? '')) return false;
    }
    if (c === '.' && (isSpace(n) || n === '' || n === '$' || n === '&' || n === '{' || n === '(' || isSingleQuote(n) || isDoubleQuote(n))) {
      this.pos++;
      this.push(T.DotSource, start, this.pos);
      this.mode = 'arg';
      return true;
    }
    if (mode === 'start') {
      if (isDash(c) || c === '+' || c === '!' || c === ',' || c === ':' || c === '[' || c === '(' || c === '@' || c === '$' || c === '<' || c === '>' || c === '=') return false;
      if (c === '*' || c === '/') return false;
      if (c === '.' && n === '.') return false;
    } else if (c === '(' || c === '{') {
      return false;
    }
    // A bare word.
    let i = start;
    let value = '';
    while (i < this.end) {
      const ch = this.text[i]!;
      if (ARG_TERMINATORS.has(ch) || isSingleQuote(ch) || isDoubleQuote(ch)) break;
      if (ch === '`' && i + 1 < this.end) {
        if (isNewline(this.text[i + 1]!)) break;
        value += this.text[i + 1];
        i += 2;
        continue;
      }
      if (ch === '=' && mode === 'fname') break;
      if (ch === '>' || ch === '<') break;
      value += ch;
      i++;
    }
    if (i === start) return false;
    const word = this.text.slice(start, i);
    if (mode === 'start') {
      const kw = statementKeywords.get(word.toLowerCase());
      if (kw) {
        this.pos = i;
        this.push(kw, start, i, word);
        this.keyword(kw);
        this.mode = kw === T.Function ? 'fname' : kw === T.Switch ? 'arg' : 'start';
        if (kw === T.Break || kw === T.Continue) this.mode = 'arg';
        return true;
      }
      const after = afterBlockKeywords.get(word.toLowerCase());
      if (after && after !== T.In) {
        this.pos = i;
        this.push(after, start, i, word);
        this.keyword(after);
        this.mode = 'start';
        return true;
      }
    }
    this.pos = i;
    this.push(T.CommandName, start, i, { value });
    this.mode = mode === 'fname' ? 'after' : 'arg';
    return true;
  }

  private scanMemberName() {
    const start = this.pos;
    const c = this.peek();
    if (c === '$' || isSingleQuote(c) || isDoubleQuote(c) || c === '(') {
      // A dynamic member name: `$x.$name`, `$x.'a b'`, `$x.($expr)` are values of their own.
      this.adjacentValueEnd = this.pos;
      if (this.mode !== 'arg') this.mode = 'operand';
      return;
    }
    let i = start;
    while (i < this.end && isIdentChar(this.text[i]!)) i++;
    if (i === start) {
      if (this.mode !== 'arg') this.mode = 'after';
      return;
    }
    this.pos = i;
    this.push(T.MemberName, start, i, this.text.slice(start, i));
    this.afterValue();
  }

  /** `[int]`, `[string[]]`, `[System.Collections.Generic.List[int]]`, or `[Parameter(` of an attribute. */
  private scanTypeLiteral(start: number) {
    let i = start + 1;
    while (i < this.end && isSpace(this.text[i]!)) i++;
    const nameStart = i;
    let depth = 0;
    while (i < this.end) {
      const ch = this.text[i]!;
      if (isIdentChar(ch) || ch === '.' || ch === '`' || ch === '+') { i++; continue; }
      if (ch === '[') { depth++; i++; continue; }
      if (ch === ',' || isSpace(ch)) { i++; continue; }
      if (ch === ']') {
        if (depth === 0) break;
        depth--; i++; continue;
      }
      break;
    }
    const name = this.text.slice(nameStart, i).trim();
    if (name === '' ) {
      this.pos = start + 1;
      this.push(T.LBracket, start, this.pos);
      this.open('index', 'operand');
      return;
    }
    if (this.text[i] === '(' && depth === 0) {
      this.pos = i + 1;
      this.push(T.AttributeOpen, start, this.pos, name);
      // After `[CmdletBinding()]` a statement may start (`param`); elsewhere an operand follows.
      const resume: Mode = this.mode === 'start' ? 'start' : 'operand';
      this.stack.push({ kind: 'attribute', resume });
      this.mode = 'operand';
      return;
    }
    if (this.text[i] !== ']') {
      this.error(i, 1, 'EndSquareBracketExpectedAtEndOfAttribute', 'Missing ] at end of attribute or type literal.', i >= this.end);
      this.pos = Math.max(i, start + 1);
      this.push(T.TypeLiteral, start, this.pos, name);
      return;
    }
    this.pos = i + 1;
    this.push(T.TypeLiteral, start, this.pos, name.replace(/\s+/g, ''));
    this.mode = 'operand';
    this.adjacentValueEnd = this.pos;
  }
}

/** Keywords that continue a statement after a closing brace or parenthesis. */
const afterBlockKeywords: ReadonlyMap<string, TokenType> = new Map([
  ['else', T.Else], ['elseif', T.ElseIf], ['catch', T.Catch], ['finally', T.Finally],
  ['until', T.Until], ['while', T.While], ['in', T.In],
  // Named blocks may follow `param(...)` or another block on the same line.
  ['begin', T.Begin], ['process', T.Process], ['end', T.End],
]);
const statementKeywords = T.statementKeywords;

/** Keywords whose statement ends with a block of its own (`do` and `while` after it end with a condition). */
const BODY_KEYWORDS: ReadonlySet<TokenType> = new Set([T.If, T.ElseIf, T.Else, T.Switch, T.Foreach, T.For, T.While, T.Do, T.Function, T.Try, T.Catch, T.Finally, T.Trap]);

/** Tokenizes `text[start, end)`; positions are offsets into the whole text. */
export function tokenize(text: string, start = 0, end = text.length): LexResult {
  return new Scanner(text, start, end).run();
}
