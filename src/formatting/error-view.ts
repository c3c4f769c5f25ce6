/**
 * # pwsh 7's ConciseView of errors
 *
 * `Reason: message` on one line, or — when the error comes from a script file or a line after the
 * first — the position form:
 *
 *     RuntimeException: /path/script.ps1:4
 *     Line |
 *        4 |  1/0
 *          |  ~~~
 *          | Attempted to divide by zero.
 *
 * The reason is "Exception" for `throw`, else the command that failed, else the error category,
 * else the exception's type name. Long messages wrap at the console width on word boundaries.
 */
import { shortTypeName } from '../runtime/types.js';
import type { InvocationInfo, PsErrorRecord } from '../runtime/values.js';

export interface PositionedMessage {
  reason: string;
  message: string;
  position?: InvocationInfo;
}

export function errorReason(record: PsErrorRecord): string {
  if (record.exception.wasThrownFromThrowStatement) return 'Exception';
  if (record.activity) return record.activity;
  if (record.category !== 'NotSpecified') return record.category;
  return shortTypeName(record.exception.typeName);
}

export function renderErrorRecord(record: PsErrorRecord, width: number): string {
  const inv = record.invocationInfo;
  const showPosition = inv !== undefined && (inv.scriptName !== '' || inv.line > 1);
  return renderConcise({ reason: errorReason(record), message: record.details ?? record.exception.message, position: showPosition ? inv : undefined }, width);
}

/** Renders a reason, message and optional position in the concise layout. */
export function renderConcise(m: PositionedMessage, width: number): string {
  if (!m.position) return `${m.reason}: ${m.message}\n`;
  const p = m.position;
  const lineNo = String(p.line);
  const headerPad = lineNo.length > 4 ? ' '.repeat(lineNo.length - 4) : '';
  const linePad = lineNo.length < 4 ? ' '.repeat(4 - lineNo.length) : '';
  const prefix = `${headerPad}     | `;
  const shown = positionLine(p);
  let out = `${m.reason}: ${p.scriptName ? `${p.scriptName}:${p.line}` : ''}\n`;
  out += `${headerPad}Line |\n`;
  out += `${linePad}${lineNo} |  ${shown.line}\n`;
  out += `${prefix} ${shown.highlight}\n`;
  out += wrapMessage(prefix, m.message.replace(/\r?\n/g, ' ').replace(/\t/g, ' '), width);
  return out;
}

const MAX_LINE = 69;

/**
 * The source line and the `~~~` under the error, as PowerShell's position message shows them:
 * tabs expanded, and a line longer than 69 characters cut around the error with `…` marks.
 */
export function positionLine(p: InvocationInfo): { line: string; highlight: string } {
  let line = p.lineText.replace(/\s+$/, '');
  let before = Math.max(0, p.column - 1);
  let length = Math.min(p.extentLength, Math.max(0, line.length - before));
  if (line.includes('\t')) {
    const head = line.slice(0, before).replace(/\t/g, '    ');
    const mid = line.slice(before, before + length).replace(/\t/g, '    ');
    line = head + mid + line.slice(before + length).replace(/\t/g, '    ');
    before = head.length;
    length = mid.length;
  }
  let prefixDots = false;
  let suffixDots = false;
  if (line.length > MAX_LINE) {
    const totalPrefix = before;
    let prefix = Math.min(totalPrefix, 12);
    const totalSuffix = line.length - length - before;
    let suffix = Math.min(totalSuffix, 8);
    let candidate = prefix + length + suffix;
    if (candidate >= MAX_LINE) {
      if (prefix + length >= MAX_LINE) length = MAX_LINE - prefix;
      suffixDots = true;
    } else {
      const prefixAvailable = totalPrefix - prefix;
      if (prefixAvailable > 0) {
        prefix += Math.min(prefixAvailable, MAX_LINE - candidate);
        candidate = prefix + length + suffix;
      }
      if (candidate < MAX_LINE && totalSuffix > 0) suffix += Math.min(totalSuffix, MAX_LINE - candidate);
      suffixDots = suffix < totalSuffix;
    }
    prefixDots = prefix < totalPrefix;
    const startIndex = Math.max(before - prefix, 0);
    line = line.substr(startIndex, MAX_LINE);
    before = Math.min(before, prefix);
    length = Math.min(length, MAX_LINE - before);
  }
  const shownLine = `${prefixDots ? '\u2026 ' : ''}${line}${suffixDots ? ' \u2026' : ''}`;
  const highlight = ' '.repeat(before + (prefixDots ? 2 : 0)) + '~'.repeat(Math.max(1, length));
  return { line: shownLine, highlight };
}

/** Cuts `s` to at most `length` characters, at the last white space (pwsh's Get-TruncatedString). */
function truncateAtSpace(s: string, length: number): string {
  if (s.length <= length) return s;
  const cut = s.slice(0, length);
  const i = cut.search(/\s(?=\S*$)/);
  return i < 0 ? cut : cut.slice(0, i);
}

function wrapMessage(prefix: string, message: string, width: number): string {
  let text = prefix + message;
  if (width <= 0 || text.length <= width) return text + '\n';
  const lines: string[] = [];
  let piece = truncateAtSpace(text, width);
  lines.push(piece);
  let rest = text.slice(piece.length).trim();
  while (rest.length + prefix.length > width) {
    const sub = truncateAtSpace(prefix + rest, width);
    if (sub.length - prefix.length <= 0) break;
    lines.push(sub);
    rest = rest.slice(sub.length - prefix.length).trim();
  }
  lines.push(prefix + rest.trim());
  text = lines.join('\n');
  return text + '\n';
}
