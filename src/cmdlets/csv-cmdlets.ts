/**
 * ConvertTo-Csv, ConvertFrom-Csv, Export-Csv and Import-Csv, as pwsh 7 writes and reads CSV: no
 * type line, every field quoted by default (`-UseQuotes AsNeeded|Never`), a null as an empty
 * unquoted field, the columns of the first object; read back, every value is a string.
 */
import { ENCODING_PARAMETER, readTextFile, writeTextFile } from './file-text.js';
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { toStr } from '../runtime/conversion.js';
import { PsObject } from '../runtime/values.js';
import { defineCmdlet, PSOBJECT, STRING, STRING_ARRAY, SWITCH } from './define.js';
import { resolvePath } from './file-cmdlets.js';
import { propertyNames, propertyValue } from './property-selection.js';

const CHAR = 'System.Char';
const QUOTES = { name: 'UseQuotes', type: STRING, validations: [{ kind: 'ValidateSet' as const, values: ['Never', 'Always', 'AsNeeded'], ignoreCase: true }] };

/** Turns objects into CSV lines; the first object decides the columns. */
class CsvWriter {
  columns?: string[];
  constructor(private readonly delimiter: string, private readonly quotes: string, private readonly header: boolean) {}

  lines(item: unknown): string[] {
    const out: string[] = [];
    if (!this.columns) {
      this.columns = propertyNames(item);
      if (this.header) out.push(this.columns.map((c) => this.field(c)).join(this.delimiter));
    }
    out.push(this.columns.map((c) => { const v = propertyValue(item, c); return v === null || v === undefined ? '' : this.field(toStr(v)); }).join(this.delimiter));
    return out;
  }

  private field(text: string): string {
    const mode = this.quotes.toLowerCase();
    const needs = text.includes(this.delimiter) || text.includes('"') || /[\r\n]/.test(text);
    if (mode === 'never' || (mode === 'asneeded' && !needs)) return text;
    return `"${text.replace(/"/g, '""')}"`;
  }
}

function writerFor(ctx: CmdletContext): CsvWriter {
  return new CsvWriter(toStr(ctx.get('Delimiter') ?? ','), toStr(ctx.get('UseQuotes') ?? 'Always'), !ctx.switch('NoHeader'));
}

export const convertToCsv = defineCmdlet({
  name: 'ConvertTo-Csv',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, position: 0, mandatory: true, valueFromPipeline: true },
    { name: 'Delimiter', type: CHAR, position: 1 },
    { name: 'NoTypeInformation', type: SWITCH, aliases: ['NTI'] },
    QUOTES,
    { name: 'NoHeader', type: SWITCH },
  ],
  help: { synopsis: 'Converts .NET objects into a series of character-separated value (CSV) strings.' },
}, () => {
  let writer: CsvWriter | undefined;
  return {
    process(ctx, input, hasInput) {
      writer ??= writerFor(ctx);
      for (const line of writer.lines(hasInput ? input : ctx.get('InputObject'))) ctx.write(line);
    },
  };
});

export const exportCsv = defineCmdlet({
  name: 'Export-Csv',
  supportsShouldProcess: true,
  parameters: [
    { name: 'InputObject', type: PSOBJECT, mandatory: true, valueFromPipeline: true },
    { name: 'Path', type: STRING, position: 0 },
    { name: 'Delimiter', type: CHAR, position: 1 },
    { name: 'Append', type: SWITCH },
    { name: 'NoTypeInformation', type: SWITCH, aliases: ['NTI'] },
    QUOTES,
    { name: 'NoHeader', type: SWITCH },
    { name: 'Force', type: SWITCH },
    ENCODING_PARAMETER,
  ],
  help: { synopsis: 'Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.' },
}, () => {
  let writer: CsvWriter | undefined;
  const lines: string[] = [];
  return {
    process(ctx, input, hasInput) {
      if (!writer) {
        writer = writerFor(ctx);
        // Appending to a file with a header keeps its columns and writes no second header.
        const full = resolvePath(ctx, toStr(ctx.get('Path')));
        if (ctx.switch('Append') && ctx.host.fileExists?.(full)) {
          const first = readTextFile(ctx, full)?.split(/\r?\n/)[0];
          if (first) writer.columns = parseCsvLine(first, toStr(ctx.get('Delimiter') ?? ','));
        }
      }
      lines.push(...writer.lines(hasInput ? input : ctx.get('InputObject')));
    },
    end(ctx) {
      const full = resolvePath(ctx, toStr(ctx.get('Path')));
      if (!ctx.shouldProcess(full, 'Export-Csv')) return;
      writeTextFile(ctx, full, lines.map((l) => l + '\n').join(''), { append: ctx.switch('Append') });
    },
  };
});

/** Splits one CSV line into fields: quotes group, a doubled quote is a quote. */
function parseCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) { fields.push(field); field = ''; } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Objects from CSV lines: the first line (or -Header) names the properties; values are strings. */
function readCsv(ctx: CmdletContext, lines: string[], write: (o: PsObject) => void, state: { header?: string[] }) {
  const delimiter = toStr(ctx.get('Delimiter') ?? ',');
  for (const line of lines) {
    if (line.trim() === '' || line.startsWith('#TYPE')) continue;
    const fields = parseCsvLine(line, delimiter);
    if (!state.header) { state.header = fields; continue; }
    const o = new PsObject();
    state.header.forEach((name, i) => o.set(name, fields[i] ?? null));
    write(o);
  }
}

export const convertFromCsv = defineCmdlet({
  name: 'ConvertFrom-Csv',
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject[]', position: 0, mandatory: true, valueFromPipeline: true },
    { name: 'Delimiter', type: CHAR, position: 1 },
    { name: 'Header', type: STRING_ARRAY },
  ],
  help: { synopsis: 'Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.' },
}, () => {
  const state: { header?: string[] } = {};
  return {
    process(ctx, input, hasInput) {
      state.header ??= ctx.get<unknown[]>('Header')?.map((h) => toStr(h));
      const values = hasInput ? [input] : ctx.get<unknown[]>('InputObject') ?? [];
      readCsv(ctx, values.flatMap((v) => toStr(v).split(/\r?\n/)), (o) => ctx.write(o, false), state);
    },
  };
});

export const importCsv = defineCmdlet({
  name: 'Import-Csv',
  parameters: [
    { name: 'Path', type: STRING_ARRAY, position: 0, valueFromPipeline: true },
    { name: 'Delimiter', type: CHAR, position: 1 },
    { name: 'Header', type: STRING_ARRAY },
    ENCODING_PARAMETER,
  ],
  help: { synopsis: 'Creates table-like custom objects from the items in a character-separated value (CSV) file.' },
}, () => ({
  process(ctx) {
    for (const p of ctx.get<unknown[]>('Path') ?? []) {
      const full = resolvePath(ctx, toStr(p));
      const text = readTextFile(ctx, full);
      if (text === undefined) {
        ctx.error(`Could not find file '${full}'.`, 'FileOpenFailure', 'OpenError', full, 'System.IO.FileNotFoundException');
        continue;
      }
      const state: { header?: string[] } = { header: ctx.get<unknown[]>('Header')?.map((h) => toStr(h)) };
      readCsv(ctx, text.split(/\r?\n/), (o) => ctx.write(o, false), state);
    }
  },
}));
