/**
 * # Syntax highlighting from the interpreter's own scanner
 *
 * The editor colours exactly what the parser will see: the same mode-aware tokens (a bare word
 * after a command name is an argument, `-eq` in an expression is an operator). The scanner skips
 * comments, so a gap between tokens that holds `#` is coloured as a comment.
 */
import { tokenize } from '../../grammar/lexer.js';

export type TokenClass = 'keyword' | 'variable' | 'string' | 'number' | 'command' | 'parameter' | 'operator' | 'type' | 'member' | 'comment' | 'plain';

export interface Span { start: number; end: number; cls: TokenClass }

const BY_NAME: Record<string, TokenClass> = {
  Variable: 'variable', SplattedVariable: 'variable',
  VerbatimString: 'string', ExpandableString: 'string',
  NumberLiteral: 'number', CommandName: 'command', ParameterToken: 'parameter',
  TypeLiteral: 'type', AttributeOpen: 'type', MemberName: 'member', Label: 'keyword',
  Pipe: 'operator', Redirection: 'operator', AndAnd: 'operator', OrOr: 'operator', Ampersand: 'operator', DotSource: 'operator',
};

function classOf(tokenType: { name: string; CATEGORIES?: { name: string }[] }): TokenClass {
  const own = BY_NAME[tokenType.name];
  if (own) return own;
  const categories = tokenType.CATEGORIES?.map((c) => c.name) ?? [];
  if (categories.includes('Keyword')) return 'keyword';
  if (categories.some((c) => c.endsWith('Operator'))) return 'operator';
  return 'plain';
}

/** Coloured spans covering the whole text, in order. */
export function highlightSpans(text: string): Span[] {
  let tokens;
  try {
    tokens = tokenize(text).tokens;
  } catch {
    return [{ start: 0, end: text.length, cls: 'plain' }];
  }
  const spans: Span[] = [];
  let at = 0;
  const gap = (end: number) => {
    if (end <= at) return;
    const piece = text.slice(at, end);
    const hash = piece.search(/#|<#/);
    if (hash >= 0) {
      if (hash > 0) spans.push({ start: at, end: at + hash, cls: 'plain' });
      spans.push({ start: at + hash, end, cls: 'comment' });
    } else {
      spans.push({ start: at, end, cls: 'plain' });
    }
    at = end;
  };
  for (const t of tokens) {
    const start = t.startOffset;
    const end = (t.endOffset ?? start) + 1;
    if (start < at || end <= start) continue;
    gap(start);
    spans.push({ start, end, cls: classOf(t.tokenType as never) });
    at = end;
  }
  gap(text.length);
  return spans;
}

/** The spans as HTML for the layer under the editor's text area. */
export function highlightHtml(text: string): string {
  let html = '';
  for (const s of highlightSpans(text)) {
    const piece = escapeHtml(text.slice(s.start, s.end));
    html += s.cls === 'plain' ? piece : `<span class="tok-${s.cls}">${piece}</span>`;
  }
  // A trailing newline needs a character after it, or the layer is one line short of the text.
  return html + '\n';
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
