/**
 * # parse(): source text to AST
 *
 * The single entry point to the grammar: tokenizes, runs the one shared Chevrotain parser instance,
 * then parses the `$( )` parts of expandable strings. Syntax errors come back as data
 * (`ParseError`), never thrown, so every caller (CLI, REPL, tests) decides how to show them.
 */
import type { IToken } from 'chevrotain';
import { computeLineStarts, tokenize } from '../../grammar/lexer.js';
import { PowerShellParser, variableParts, type PendingString } from '../../grammar/parser.js';
import { ParseFailure } from '../../grammar/parse-error.js';
import type { ExpandablePart, ScriptBlock, SourceFile, Statement } from './ast.js';

export interface ParseError {
  id: string;
  message: string;
  offset: number;
  length: number;
  /** More input could complete the script: the REPL shows a continuation prompt. */
  incomplete: boolean;
}

export interface ParseResult {
  ast?: ScriptBlock;
  file: SourceFile;
  errors: ParseError[];
}

let sharedParser: PowerShellParser | undefined;
/** The parser is built once: Chevrotain's grammar analysis is the costly part. */
function parser(): PowerShellParser {
  sharedParser ??= new PowerShellParser();
  return sharedParser;
}

export function sourceFile(text: string, path = ''): SourceFile {
  return { path, text, lineStarts: computeLineStarts(text) };
}

export function parse(text: string, path = ''): ParseResult {
  const file = sourceFile(text, path);
  try {
    const ast = parseRange(file, 0, text.length, 'script') as ScriptBlock;
    return { ast, file, errors: [] };
  } catch (e) {
    if (e instanceof ParseFailure) {
      return { file, errors: [{ id: e.id, message: e.message, offset: e.offset, length: e.length, incomplete: e.incomplete }] };
    }
    throw e;
  }
}

function parseRange(file: SourceFile, start: number, end: number, rule: 'script' | 'statements'): ScriptBlock | Statement[] {
  const lex = tokenize(file.text, start, end);
  if (lex.errors.length > 0) {
    const e = lex.errors[0]!;
    throw new ParseFailure(e.id, e.message, e.offset, e.length, e.incomplete);
  }
  const p = parser();
  p.file = file;
  p.pending = [];
  p.input = lex.tokens;
  let pending: PendingString[];
  let result: ScriptBlock | Statement[];
  try {
    result = rule === 'script' ? p.script() : p.statementList();
    if (p.errors.length > 0) throw recognitionFailure(p.errors[0]!.token, file);
    if (rule === 'statements' && p.peekToken().tokenType.name !== 'EOF') throw recognitionFailure(p.peekToken(), file);
    pending = p.pending;
  } finally {
    // The one parser instance would otherwise keep the last script's tokens alive (a 1 MB
    // script's are over 100 MB) until the next parse.
    p.input = [];
    p.pending = [];
  }
  // Sub-expressions inside strings are parsed now that the parser is free again.
  for (const item of pending) fillExpandable(file, item);
  return result;
}

function fillExpandable(file: SourceFile, { node, parts }: PendingString) {
  const out: ExpandablePart[] = [];
  for (const part of parts) {
    if (part.kind === 'text') out.push(part);
    else if (part.kind === 'variable') {
      const v = variableParts(part.name);
      out.push({ kind: 'expression', expression: { kind: 'Variable', name: v.name, scope: v.scope, splatted: false, start: part.start, end: part.end } });
    } else {
      const statements = parseRange(file, part.start, part.end, 'statements') as Statement[];
      out.push({ kind: 'expression', expression: { kind: 'SubExpression', statements, start: part.start - 2, end: part.end + 1 } });
    }
  }
  node.parts = out;
}

function recognitionFailure(token: IToken, file: SourceFile): ParseFailure {
  if (token.tokenType.name === 'EOF' || Number.isNaN(token.startOffset)) {
    return new ParseFailure('IncompleteInput', 'Unexpected end of input.', file.text.length, 1, true);
  }
  return new ParseFailure('UnexpectedToken', `Unexpected token '${token.image}' in expression or statement.`, token.startOffset, token.image.length);
}
