/**
 * Files and the current location, through the host: Get-Content (gc, type), Set-Content,
 * Add-Content, Out-File, Test-Path, Get-Location (pwd, gl) and Set-Location (cd, sl, chdir).
 * Paths are relative to the current location; text is UTF-8, lines end with `\n`.
 */
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { toStr } from '../runtime/conversion.js';
import { formatToString } from '../formatting/out-default.js';
import { PsObject } from '../runtime/values.js';
import { ENCODING_PARAMETER, readFileBytes, readTextFile, writeTextFile } from './file-text.js';
import { byteArray } from '../runtime/text-encoding.js';
import { defineCmdlet, INT, OBJECT_ARRAY, PSOBJECT, STRING, STRING_ARRAY, SWITCH } from './define.js';

/** `path` made absolute against the current location, with `.` and `..` resolved. */
export function resolvePath(ctx: CmdletContext, path: string): string {
  const home = ctx.host.getEnv('HOME') ?? '/';
  const raw = path.startsWith('~') ? home + path.slice(1) : path;
  const full = raw.startsWith('/') ? raw : `${ctx.host.cwd()}/${raw}`;
  const parts: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop(); else parts.push(part);
  }
  return '/' + parts.join('/');
}

function pathNotFound(ctx: CmdletContext, full: string) {
  ctx.error(`Cannot find path '${full}' because it does not exist.`, 'PathNotFound', 'ObjectNotFound', full, 'System.Management.Automation.ItemNotFoundException');
}

const PATH = { name: 'Path', type: STRING_ARRAY, position: 0, mandatory: true, valueFromPipelineByPropertyName: true, aliases: ['FullName'] };

export const getContent = defineCmdlet({
  name: 'Get-Content',
  module: 'Microsoft.PowerShell.Management',
  parameters: [
    PATH,
    { name: 'TotalCount', type: 'System.Int64', aliases: ['First', 'Head'] },
    { name: 'Tail', type: INT, aliases: ['Last'] },
    { name: 'Raw', type: SWITCH },
    { name: 'AsByteStream', type: SWITCH },
    ENCODING_PARAMETER,
  ],
  help: { synopsis: 'Gets the content of the item at the specified location.' },
}, () => ({
  process(ctx) {
    for (const p of ctx.get<unknown[]>('Path') ?? []) {
      const full = resolvePath(ctx, toStr(p));
      if (ctx.switch('AsByteStream')) {
        const bytes = readFileBytes(ctx, full);
        if (bytes === undefined) { pathNotFound(ctx, full); continue; }
        ctx.write(byteArray(bytes), !ctx.switch('Raw'));
        continue;
      }
      const text = readTextFile(ctx, full);
      if (text === undefined) { pathNotFound(ctx, full); continue; }
      if (ctx.switch('Raw')) { ctx.write(text); continue; }
      let lines = text.split(/\r?\n/);
      if (lines.at(-1) === '') lines.pop();
      if (ctx.has('TotalCount') && Number(toStr(ctx.get('TotalCount'))) >= 0) lines = lines.slice(0, Number(toStr(ctx.get('TotalCount'))));
      if (ctx.has('Tail')) lines = lines.slice(Math.max(0, lines.length - Number(ctx.get('Tail'))));
      for (const line of lines) ctx.write(line);
    }
  },
}));

function contentCmdlet(name: 'Set-Content' | 'Add-Content', synopsis: string) {
  return defineCmdlet({
    name,
    module: 'Microsoft.PowerShell.Management',
    supportsShouldProcess: true,
    parameters: [
      PATH,
      { name: 'Value', type: OBJECT_ARRAY, position: 1, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, allowNull: true, allowEmptyCollection: true },
      { name: 'NoNewline', type: SWITCH },
      ENCODING_PARAMETER,
    ],
    help: { synopsis },
  }, () => {
    const values: unknown[] = [];
    return {
      process(ctx, input, hasInput) {
        const v = hasInput ? input : ctx.get('Value');
        if (Array.isArray(v)) values.push(...v); else if (v !== undefined) values.push(v);
      },
      end(ctx) {
        // Each value on its own line (none between with -NoNewline), as pwsh writes them.
        const text = ctx.switch('NoNewline') ? values.map((v) => toStr(v)).join('') : values.map((v) => toStr(v) + '\n').join('');
        for (const p of ctx.get<unknown[]>('Path') ?? []) {
          const full = resolvePath(ctx, toStr(p));
          if (ctx.shouldProcess(`Path: ${full}`, name === 'Set-Content' ? 'Set Content' : 'Add Content')) {
            writeTextFile(ctx, full, text, { append: name === 'Add-Content', keepFileEncoding: true });
          }
        }
      },
    };
  });
}

export const setContent = contentCmdlet('Set-Content', 'Writes new content or replaces existing content in a file.');
export const addContent = contentCmdlet('Add-Content', 'Adds content to the specified items, such as adding words to a file.');

export const outFile = defineCmdlet({
  name: 'Out-File',
  supportsShouldProcess: true,
  parameters: [
    { name: 'FilePath', type: STRING, position: 0, mandatory: true, aliases: ['Path'] },
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Append', type: SWITCH },
    { name: 'Width', type: INT },
    { name: 'NoNewline', type: SWITCH },
    ENCODING_PARAMETER,
  ],
  help: { synopsis: 'Sends output to a file.' },
}, () => {
  const items: unknown[] = [];
  return {
    process(ctx, input, hasInput) {
      const item = hasInput ? input : ctx.get('InputObject');
      if (item !== undefined) items.push(item);
    },
    end(ctx) {
      // The file gets what the console would show, formatted at -Width (80) columns.
      const text = formatToString(items, ctx.has('Width') ? Number(ctx.get('Width')) : 80, ctx.has('Width'));
      const full = resolvePath(ctx, toStr(ctx.get('FilePath')));
      if (ctx.shouldProcess(`Path: ${full}`, 'Output to File')) {
        writeTextFile(ctx, full, ctx.switch('NoNewline') ? text.replace(/\n$/, '') : text, { append: ctx.switch('Append') });
      }
    },
  };
});

export const testPath = defineCmdlet({
  name: 'Test-Path',
  module: 'Microsoft.PowerShell.Management',
  parameters: [
    PATH,
    { name: 'PathType', type: STRING, validations: [{ kind: 'ValidateSet', values: ['Any', 'Container', 'Leaf'], ignoreCase: true }] },
    { name: 'IsValid', type: SWITCH },
  ],
  help: { synopsis: 'Determines whether all elements of a path exist.' },
}, () => ({
  process(ctx) {
    const kind = toStr(ctx.get('PathType') ?? 'Any').toLowerCase();
    for (const p of ctx.get<unknown[]>('Path') ?? []) {
      if (ctx.switch('IsValid')) { ctx.write(!toStr(p).includes('\0')); continue; }
      const full = resolvePath(ctx, toStr(p));
      const exists = ctx.host.fileExists?.(full) ?? false;
      const dir = exists && (ctx.host.isDirectory?.(full) ?? false);
      ctx.write(exists && (kind === 'any' || (kind === 'container') === dir));
    }
  },
}));

/** pwsh's PathInfo: shown as a one-column table, its Path read by scripts. */
function pathInfo(path: string): PsObject {
  const o = new PsObject(['System.Management.Automation.PathInfo', 'System.Object']);
  o.set('Path', path);
  o.display = path;
  return o;
}

export const getLocation = defineCmdlet({
  name: 'Get-Location',
  module: 'Microsoft.PowerShell.Management',
  parameters: [],
  help: { synopsis: 'Gets information about the current working location.' },
}, () => ({
  process(ctx) { ctx.write(pathInfo(ctx.host.cwd()), false); },
}));

export const setLocation = defineCmdlet({
  name: 'Set-Location',
  module: 'Microsoft.PowerShell.Management',
  parameters: [
    { name: 'Path', type: STRING, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'PassThru', type: SWITCH },
  ],
  help: { synopsis: 'Sets the current working location to a specified location.' },
}, () => ({
  process(ctx, input, hasInput) {
    const target = hasInput ? input : ctx.get('Path');
    const full = resolvePath(ctx, target === undefined || target === null ? '~' : toStr(target));
    if (!(ctx.host.isDirectory?.(full) ?? false) || !ctx.host.setCwd) { pathNotFound(ctx, full); return; }
    ctx.host.setCwd(full);
    if (ctx.switch('PassThru')) ctx.write(pathInfo(full), false);
  },
}));

/** pwsh's aliases on Linux (cat, ac and sc are left to the system's commands there). */
export const fileAliases: Record<string, string> = {
  gc: 'Get-Content', type: 'Get-Content', pwd: 'Get-Location', gl: 'Get-Location', cd: 'Set-Location', sl: 'Set-Location', chdir: 'Set-Location',
};
