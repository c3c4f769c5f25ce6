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
  let out = `${m.reason}: ${p.scriptName ? `${p.scriptName}:${p.line}` : ''}\n`;
  out += `${headerPad}Line |\n`;
  out += `${linePad}${lineNo} |  ${p.lineText}\n`;
  out += `${prefix} ${' '.repeat(Math.max(0, p.column - 1))}${'~'.repeat(Math.max(1, p.extentLength))}\n`;
  out += wrapMessage(prefix, m.message.replace(/\r?\n/g, ' ').replace(/\t/g, ' '), width);
  return out;
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
