/**
 * Text files as the content cmdlets read and write them: `-Encoding` (pwsh's names, .NET's names,
 * code pages, Encoding objects), UTF-8 without a byte order mark by default, a byte order mark only
 * at a file's start, and the file's own encoding kept when Add-Content appends to it. Hosts
 * without byte access (the playground) store text as it is.
 */
import type { CmdletContext } from '../commands/cmdlet-context.js';
import type { ParameterDeclaration } from '../commands/metadata.js';
import { DEFAULT_ENCODING, decodeText, encodeText, encodingOfBom, isUtf7, resolveEncoding } from '../runtime/text-encoding.js';
import type { PsObject } from '../runtime/values.js';

/** The `-Encoding` parameter: names become Encoding objects before binding, as pwsh's attribute does. */
export const ENCODING_PARAMETER: ParameterDeclaration = { name: 'Encoding', type: 'System.Text.Encoding', transform: resolveEncoding };

function requestedEncoding(ctx: CmdletContext): PsObject | undefined {
  if (!ctx.has('Encoding')) return undefined;
  const encoding = ctx.get<PsObject>('Encoding')!;
  if (isUtf7(encoding)) ctx.writeWarning("Encoding 'UTF-7' is obsolete, please use UTF-8.");
  return encoding;
}

/** A file's text, or undefined when it is missing or a directory. */
export function readTextFile(ctx: CmdletContext, full: string): string | undefined {
  const host = ctx.host;
  if (!host.fileExists?.(full) || host.isDirectory?.(full)) return undefined;
  if (host.readBytes) return decodeText(host.readBytes(full), requestedEncoding(ctx));
  return host.readFile?.(full);
}

/** A file's bytes (Get-Content -AsByteStream); a text-only host gives its text as UTF-8. */
export function readFileBytes(ctx: CmdletContext, full: string): Uint8Array | undefined {
  const host = ctx.host;
  if (!host.fileExists?.(full) || host.isDirectory?.(full)) return undefined;
  if (host.readBytes) return host.readBytes(full);
  const text = host.readFile?.(full);
  return text === undefined ? undefined : new TextEncoder().encode(text);
}

export interface WriteOptions {
  append: boolean;
  /** Add-Content: with no -Encoding, appended text takes the encoding the file's byte order mark names. */
  keepFileEncoding?: boolean;
}

export function writeTextFile(ctx: CmdletContext, full: string, text: string, options: WriteOptions): void {
  const host = ctx.host;
  if (!host.writeFile && !host.writeBytes) {
    throw ctx.terminatingError('This host has no file system.', 'NoFileSystem', 'NotImplemented', full, 'System.NotSupportedException');
  }
  let encoding = requestedEncoding(ctx);
  if (!host.writeBytes) { host.writeFile!(full, text, options.append); return; }
  // Only the file's start matters: whether it is empty, and the byte order mark (at most 4 bytes).
  const existing = options.append && host.fileExists?.(full) && host.readBytes ? host.readBytes(full, 4) : undefined;
  if (!encoding && options.keepFileEncoding && existing) encoding = encodingOfBom(existing);
  // A byte order mark belongs only at the start of a file.
  const atStart = !existing || existing.length === 0;
  host.writeBytes(full, encodeText(encoding ?? DEFAULT_ENCODING(), text, atStart), options.append);
}
