/**
 * # Out-Default: how objects become console text
 *
 * pwsh's rules for the objects we model: scalars print one per line; a PSCustomObject with up
 * to four properties starts a table, with five or more a list; a hashtable prints as a Name/Value
 * table of its entries. The first object of a run decides the table's columns, and later objects
 * join that table without a new header. Column widths come from the rows buffered before the
 * table is first printed; numbers are right-aligned. (Full Format-Table/-List come in issue 9.)
 */
import { isNumeric, toStr } from '../runtime/conversion.js';
import { renderErrorRecord } from './error-view.js';
import { CimSessionValue } from '../cmdlets/cim/cim-session.js';
import { HelpPage, type HelpView } from '../commands/help-page.js';
import { FormatDirective } from './format-directive.js';
import { keyValuePairs, PsDictionary } from '../runtime/generic-dictionary.js';
import { isVersion } from '../runtime/version.js';
import { PsDateTime, PsEnum, PsErrorRecord, PsGuid, PsHashtable, PsObject, ScriptBlockValue, TypedNumber } from '../runtime/values.js';
import { HISTORY_TYPE, historyDuration } from '../runtime/history.js';
import { dateTimeText, DICTIONARY_ENTRY } from '../runtime/members.js';
import { typeNameOf } from '../runtime/types.js';

/** $PSStyle.Formatting.TableHeader and FormatAccent: bold green. */
const HEADER = '\x1b[32;1m';
const RESET = '\x1b[0m';

/** The table shape an object would start: PSCustomObjects take any object into their table;
 * a named view (hashtable entries, Guid, GroupInfo) takes only its own kind. */
type Shape = 'custom' | 'dictionary' | 'guid' | 'group' | 'command' | 'member' | 'history' | 'variable' | 'path' | 'module' | 'version' | 'semver';

/** Named table views with the fixed column widths and alignment pwsh's format data gives. */
const FIXED_COLUMNS: Partial<Record<Shape, { width?: number; right?: boolean; rest?: boolean }[]>> = {
  dictionary: [{ width: 30 }, {}],
  variable: [{ width: 30 }, {}],
  group: [{ width: 5, right: true }, { width: 25 }, {}],
  // The last column takes what is left of the line, however little (pwsh wraps its header).
  command: [{ width: 15 }, { width: 50 }, { width: 10 }, { rest: true }],
  module: [{ width: 10 }, { width: 10 }, { width: 10 }, { width: 35 }, { rest: true }],
  history: [{ width: 4, right: true }, { width: 12, right: true }, { rest: true }],
  version: [{ width: 6 }, { width: 6 }, { width: 6 }, { width: 8 }],
  semver: [{ width: 6 }, { width: 6 }, { width: 6 }, { width: 15 }, { width: 10 }],
};

type View =
  | { kind: 'none' }
  | { kind: 'table'; columns: string[]; shape: Shape; widths?: number[]; rightAlign?: boolean[]; pending: Row[]; hideHeaders?: boolean; groupLabel?: string; wrap?: boolean; dropsColumns?: boolean; autoSize?: boolean; since?: number }
  | { kind: 'list' }
  | { kind: 'help' }
  /** DateTime's own view: a run of dates opens with a blank line; an object after it is a list. */
  | { kind: 'date' };

/** A table row, or (`raw`) a line of other output that came while the table's first rows waited. */
interface Row { cells: string[]; numeric: boolean[]; raw?: string }

/** An object as the formatter sees it: named values in display order. */
interface Item {
  shape: Shape; names: string[]; get(name: string): unknown; listNames: string[];
  /** Where a list shows a property differently from a table column (history's Duration). */
  listGet?(name: string): unknown;
  /** Views grouped by a property (Get-Member's TypeName) start a new table when it changes. */
  groupLabel?: string;
}


/** A regex Match or Group: in a cell's list pwsh names it rather than showing its value. */
function isRegexGroup(x: unknown): x is PsObject {
  return x instanceof PsObject && x.typeNames.includes('System.Text.RegularExpressions.Group');
}

/** Types pwsh's format data shows as their string, not as a table of their properties. */
const SHOWN_AS_STRING = new Set(['System.Security.SecureString']);

function itemsOf(value: unknown): Item[] | undefined {
  if (value instanceof PsObject && SHOWN_AS_STRING.has(value.typeNames[0]!)) return undefined;
  // A generic dictionary has no view: its KeyValuePairs are shown as objects.
  if (value instanceof PsDictionary) return keyValuePairs(value).flatMap((pair) => itemsOf(pair) ?? []);
  if (value instanceof PsHashtable) {
    return value.entries().map((e) => ({
      shape: 'dictionary' as const, names: ['Name', 'Value'], listNames: ['Key', 'Value', 'Name'],
      get: (n: string) => { const l = n.toLowerCase(); return l === 'name' || l === 'key' ? e.key : l === 'value' ? e.value : undefined; },
    }));
  }
  if (value instanceof PsGuid) return [{ shape: 'guid', names: ['Guid'], listNames: ['Guid'], get: (n) => n.toLowerCase() === 'guid' ? value.value : undefined }];
  if (value instanceof CimSessionValue) {
    const names = CimSessionValue.viewProperties;
    return [{ shape: 'custom', names, listNames: names, get: (n) => value.getProperty(n).value }];
  }
  if (value instanceof PsObject && value.typeNames.includes('System.Management.Automation.CommandInfo')) {
    // An alias is listed as `name -> definition`, as pwsh's DisplayName.
    const get = (n: string) => (n.toLowerCase() === 'name' && toStr(valueOf(value, 'CommandType')) === 'Alias' ? `${toStr(valueOf(value, 'Name'))} -> ${toStr(valueOf(value, 'Definition'))}` : valueOf(value, n));
    return [{ shape: 'command', names: ['CommandType', 'Name', 'Version', 'Source'], listNames: ['CommandType', 'Name', 'Version', 'Source'], get }];
  }
  if (value instanceof PsObject && value.typeNames[0] === 'Microsoft.PowerShell.Commands.MemberDefinition') {
    return [{ shape: 'member', names: ['Name', 'MemberType', 'Definition'], listNames: ['TypeName', 'Name', 'MemberType', 'Definition'],
      get: (n) => valueOf(value, n), groupLabel: `TypeName: ${toStr(valueOf(value, 'TypeName'))}` }];
  }
  if (value instanceof PsObject && value.typeNames[0] === 'System.Management.Automation.PSModuleInfo') {
    // The table shows the names of the exported commands; the list, pwsh's module properties.
    const get = (n: string) => {
      const v = valueOf(value, n);
      return n.toLowerCase() === 'exportedcommands' && v instanceof PsHashtable ? v.keys() : v;
    };
    return [{ shape: 'module', names: ['ModuleType', 'Version', 'PreRelease', 'Name', 'ExportedCommands'],
      listNames: ['Name', 'Path', 'Description', 'ModuleType', 'Version', 'PreRelease', 'NestedModules', 'ExportedFunctions', 'ExportedCmdlets', 'ExportedVariables', 'ExportedAliases'],
      get, listGet: (n) => {
        const v = valueOf(value, n);
        return v instanceof PsHashtable ? v.keys() : v;
      } }];
  }
  if (value instanceof PsObject && value.typeNames[0] === 'System.Management.Automation.PathInfo') {
    return [{ shape: 'path', names: ['Path'], listNames: ['Path'], get: (n) => valueOf(value, n) }];
  }
  if (value instanceof PsObject && value.typeNames[0] === 'System.Management.Automation.PSVariable') {
    return [{ shape: 'variable', names: ['Name', 'Value'], listNames: ['Name', 'Description', 'Value', 'Options'], get: (n) => valueOf(value, n) }];
  }
  if (value instanceof PsObject && value.typeNames[0] === HISTORY_TYPE) {
    const get = (n: string) => {
      if (n.toLowerCase() !== 'duration') return valueOf(value, n);
      const start = valueOf(value, 'StartExecutionTime');
      const end = valueOf(value, 'EndExecutionTime');
      return start instanceof PsDateTime && end instanceof PsDateTime ? historyDuration(end.date.getTime() - start.date.getTime()) : '';
    };
    return [{ shape: 'history', names: ['Id', 'Duration', 'CommandLine'], listNames: ['Id', 'CommandLine', 'ExecutionStatus', 'StartExecutionTime', 'EndExecutionTime', 'Duration'], get, listGet: (n) => valueOf(value, n) }];
  }
  if (value instanceof PsObject && value.typeNames[0] === DICTIONARY_ENTRY) {
    return [{ shape: 'dictionary', names: ['Name', 'Value'], listNames: ['Name', 'Key', 'Value'], get: (n) => valueOf(value, n) }];
  }
  if (isVersion(value)) {
    return [{ shape: 'version', names: ['Major', 'Minor', 'Build', 'Revision'], listNames: [...value.properties.values()].map((p) => p.name), get: (n) => valueOf(value, n) }];
  }
  if (value instanceof PsObject && value.typeNames[0] === 'System.Management.Automation.SemanticVersion') {
    const names = ['Major', 'Minor', 'Patch', 'PreReleaseLabel', 'BuildLabel'];
    return [{ shape: 'semver', names, listNames: names, get: (n) => valueOf(value, n) }];
  }
  if (value instanceof PsObject && value.typeNames[0] === 'Microsoft.PowerShell.Commands.GroupInfo') {
    return [{ shape: 'group', names: ['Count', 'Name', 'Group'], listNames: ['Count', 'Name', 'Group', 'Values'], get: (n) => valueOf(value, n) }];
  }
  if (value instanceof PsObject) {
    const names = [...value.properties.values()].map((p) => p.name);
    return [{ shape: 'custom', names, listNames: names, get: (n) => valueOf(value, n) }];
  }
  return undefined;
}

/** The types we show whose list view comes from pwsh's format data rather than being generated. */
const DECLARED_LIST_VIEWS = new Set([
  'System.TimeSpan', 'Microsoft.PowerShell.Commands.GenericMeasureInfo', 'Microsoft.PowerShell.Commands.TextMeasureInfo',
  'Microsoft.Management.Infrastructure.CimSession',
]);

/** How long pwsh's formatter gathers a table's first rows before fixing its column widths. */
const GROUPING_MS = 300;

export class OutDefault {
  private view: View = { kind: 'none' };
  /** The view of the first help page shown, which pwsh keeps for every later page. */
  private helpView?: HelpView;
  /** The Format-* invocation whose view is being drawn, if any. */
  private directiveGroup?: object;

  /** `color`: table headers and list labels in pwsh's $PSStyle.Formatting colours (a terminal). */
  constructor(
    private readonly write: (text: string) => void,
    private readonly width = 80,
    private readonly color = false,
    /** $FormatEnumerationLimit: how many elements of a list a cell shows (-1: all). */
    private readonly enumerationLimit: () => number = () => 4,
    /**
     * The console keeps its last column free (rows of width - 1); Out-String and Out-File use the
     * whole width, and without -Width they do not wrap list values at all, as pwsh does.
     */
    layout: { toText?: boolean; wrapLists?: boolean } = {},
  ) {
    this.edge = layout.toText ? width : width - 1;
    this.listEdge = layout.wrapLists === false ? Infinity : this.edge;
  }

  /** The last column a table row may use. */
  private readonly edge: number;
  /** Where list values wrap. */
  private readonly listEdge: number;

  private cell(v: unknown): string { return toCell(v, this.enumerationLimit()); }

  push(value: unknown): void {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) this.push(item);
      return;
    }
    if (value instanceof FormatDirective) {
      this.pushDirective(value);
      return;
    }
    if (this.directiveGroup) this.flush();
    if (value instanceof HelpPage) {
      this.flushPending();
      // A run of help pages is framed by one blank line before and one after, as pwsh does.
      if (this.view.kind !== 'help') { this.write('\n'); this.view = { kind: 'help' }; }
      // pwsh's formatter keeps the view of the first help page it shows for every later one.
      this.helpView ??= value.view;
      this.write(value.render(this.width, this.helpView));
      return;
    }
    if (value instanceof PsDateTime && (this.view.kind === 'none' || this.view.kind === 'date')) {
      if (this.view.kind === 'none') { this.write('\n'); this.view = { kind: 'date' }; }
      this.write(dateTimeText(value) + '\n');
      return;
    }
    const items = itemsOf(value);
    this.currentType = value === null || value === undefined ? '' : typeNameOf(value);
    if (!items) {
      const text = scalarText(value, this.width);
      // pwsh queues such output behind the rows it is still gathering.
      if (this.view.kind === 'table' && this.isGathering()) { this.view.pending.push({ cells: [], numeric: [], raw: text }); return; }
      this.flushPending();
      this.write(text + '\n');
      return;
    }
    // .NET objects without a view of their own (GenericMeasureInfo, ...) print as lists.
    const listOnly = value instanceof CimSessionValue;
    for (const item of items) this.pushItem(item, item.shape === 'custom' && listOnly);
  }

  private pushItem(item: Item, listOnly: boolean) {
    if (this.view.kind === 'table' && this.view.shape === item.shape && this.view.groupLabel !== item.groupLabel) {
      // The next group's heading opens with the blank line that would have closed this table.
      this.flushPending();
      this.view = { kind: 'none' };
    }
    const view = this.view;
    if (view.kind === 'table') {
      if (view.shape === 'custom' || view.shape === item.shape) {
        this.tableRow(view, view.columns.map((c) => this.cell(item.get(c))), view.columns.map((c) => view.shape === 'custom' && alignsRight(item.get(c))));
      } else {
        this.listEntry(item);
      }
      return;
    }
    if (view.kind === 'none' && !listOnly && (item.shape !== 'custom' || (item.names.length > 0 && item.names.length <= 4))) {
      if (item.groupLabel) this.write(`\n   ${item.groupLabel}\n`);
      // pwsh sizes every later table of the run to its contents once Format-Table has drawn one.
      const table: View = { kind: 'table', columns: item.names, shape: item.shape, pending: [], groupLabel: item.groupLabel, autoSize: this.formatTableDrawn };
      this.startTable(table);
      this.tableRow(table, item.names.map((c) => this.cell(item.get(c))), item.names.map((c) => item.shape === 'custom' && alignsRight(item.get(c))));
      return;
    }
    this.listEntry(item);
  }

  /** An object in the view a Format-* command chose, with the properties it named. */
  private pushDirective(d: FormatDirective) {
    if (this.directiveGroup !== d.group) {
      this.flush();
      this.directiveGroup = d.group;
    }
    if (d.view === 'wide') {
      this.wideCells.push({ text: this.cell(d.value).replace(/\r?\n/g, ' '), options: d.options });
      return;
    }
    const items = itemsOf(d.value);
    this.currentType = d.value === null || d.value === undefined ? '' : typeNameOf(d.value);
    if (!items) {
      this.write(scalarText(d.value, this.width) + '\n');
      return;
    }
    for (const item of items) {
      const own = d.view === 'list' && item.shape !== 'dictionary' ? item.listNames : item.names;
      const names = d.properties ?? own;
      // A view's own grouping (Get-Member's TypeName) holds when Format-Table names no properties.
      const label = d.options.groupLabel ?? (d.properties || d.view !== 'table' ? undefined : item.groupLabel);
      if (label !== undefined && label !== this.directiveLabel) {
        // A -GroupBy heading: the group before it closes, the new one opens under its label.
        this.flushPending();
        this.view = { kind: 'none' };
        this.directiveLabel = label;
        this.write(`\n   ${label}\n`);
      }
      if (d.view === 'list') {
        this.listEntry({ ...item, listNames: names });
        continue;
      }
      if (this.view.kind !== 'table') {
        this.startTable({ kind: 'table', columns: names, shape: d.properties ? 'custom' : item.shape, pending: [], hideHeaders: d.options.hideHeaders, wrap: d.options.wrap, autoSize: d.options.autoSize || this.formatTableDrawn });
      }
      const table = this.view as Extract<View, { kind: 'table' }>;
      this.tableRow(table, table.columns.map((c) => this.cell(item.get(c))), table.columns.map((c) => table.shape === 'custom' && alignsRight(item.get(c))));
      // A table sized to its contents (-AutoSize, -Property, or no declared view) makes pwsh size
      // every later table of the run to its contents too.
      if (table.autoSize || table.shape === 'custom' || !FIXED_COLUMNS[table.shape]) this.formatTableDrawn = true;
    }
  }

  /**
   * A terminating error ends the run: as in pwsh, Out-Default does not finish, and table rows still
   * waiting for their widths (and what came after them) are never written.
   */
  abandon(): void {
    this.view = { kind: 'none' };
  }

  /** Ends a run of output (a script, a line at the prompt): what it held goes. */
  endRun(): void {
    this.flush();
    this.formatTableDrawn = false;
  }

  /** Ends the output: prints buffered rows and the closing blank line. */
  flush(): void {
    this.directiveGroup = undefined;
    this.directiveLabel = undefined;
    this.flushWide();
    this.flushPending();
    if (this.view.kind === 'table' || this.view.kind === 'help' || this.view.kind === 'date') this.write('\n');
    this.view = { kind: 'none' };
  }

  /** The -GroupBy heading of the current Format-* group. */
  private directiveLabel?: string;

  /** Format-Wide's values, laid out when its output ends. */
  private wideCells: { text: string; options: FormatDirective['options'] }[] = [];

  /**
   * Format-Wide: -Column N columns of width/N; -AutoSize as many columns of the widest value plus
   * two as fit; otherwise two. Rows open and close with a blank line.
   */
  private flushWide() {
    const cells = this.wideCells;
    if (cells.length === 0) return;
    this.wideCells = [];
    const options = cells[0]!.options;
    const longest = Math.max(...cells.map((c) => c.text.length));
    let columns: number;
    let width: number;
    if (options.columns) { columns = options.columns; width = Math.floor(this.width / columns); }
    else if (options.autoSize) { width = longest + 2; columns = Math.max(1, Math.floor((this.width + 2) / width)); }
    else { columns = 2; width = Math.floor(this.width / 2); }
    const rows: string[] = [];
    for (let i = 0; i < cells.length; i += columns) {
      const row = cells.slice(i, i + columns).map((c) => (c.text.length > width - 1 ? c.text.slice(0, Math.max(1, width - 2)) + '…' : c.text));
      // A short last row is padded as if its missing cells were there, as pwsh does.
      const padded = row.map((t, k) => (k === columns - 1 ? t : t.padEnd(width)));
      rows.push(row.length < columns ? padded.join('').padEnd(width * (columns - 1)) : padded.join(''));
    }
    this.write('\n' + rows.join('\n') + '\n\n');
  }

  /**
   * A table's first rows wait for its column widths. As pwsh's formatter does, the blank line
   * before it is written at once, and the rows that came in its first 300 ms are written together
   * when the next object comes after that, when other output comes, or at the end.
   */
  private startTable(table: Extract<View, { kind: 'table' }>) {
    table.since = Date.now();
    this.view = table;
    this.write('\n');
  }
  /** Format-Table drew a table sized to its contents in this run (see pushDirective). */
  private formatTableDrawn = false;
  /** The type of the object being formatted, and of the last list entry written. */
  private currentType = '';
  private lastListType = '';

  private tableRow(view: Extract<View, { kind: 'table' }>, cells: string[], numeric: boolean[]) {
    view.pending.push({ cells, numeric });
    if (view.widths === undefined && !this.isGathering()) this.flushPending();
  }

  /**
   * Before host output (Write-Host, `$Host.UI`, warning and verbose lines): rows still waiting
   * for the widths stay waiting, so such text shows before the table, as in pwsh; later rows,
   * whose widths are known, are written first so the order holds.
   */
  flushForHost() {
    if (!this.isGathering()) this.flushPending();
  }

  /** True while a table's first rows wait for their widths, in their first 300 ms. */
  private isGathering(): boolean {
    const view = this.view;
    return view.kind === 'table' && view.widths === undefined && Date.now() - (view.since ?? 0) <= GROUPING_MS;
  }

  /** Prints buffered table rows (before other output, so the order on screen holds). */
  flushPending() {
    const view = this.view;
    if (view.kind !== 'table' || view.pending.length === 0) return;
    if (!view.widths) {
      const fixed = FIXED_COLUMNS[view.shape];
      const rows = view.pending.filter((r) => r.raw === undefined);
      view.rightAlign = view.columns.map((_, i) => fixed?.[i]?.right ?? rows[0]?.numeric[i] ?? false);
      view.widths = view.columns.map((c, i) => {
        // -AutoSize sizes a view's columns to their contents, whatever widths the view declares.
        const width = view.autoSize ? undefined : fixed?.[i]?.width;
        if (width !== undefined) return Math.max(width, c.length);
        return Math.max(c.length, ...rows.map((r) => (r.cells[i] ?? '').length));
      });
      const restIndex = view.autoSize ? -1 : fixed?.findIndex((f) => f.rest) ?? -1;
      if (restIndex >= 0) {
        const used = view.widths.reduce((sum, w, i) => (i === restIndex ? sum : sum + w + 1), 0);
        view.widths[restIndex] = Math.max(1, this.edge - used);
      }
      view.dropsColumns = fitColumns(view.widths, this.edge);
      const widths = view.widths;
      // A header wider than its column is written down the column in pieces.
      const shown = view.columns.slice(0, widths.length);
      const headerLines = Math.max(...shown.map((c, i) => Math.ceil(c.length / widths[i]!)));
      for (let k = 0; k < (view.hideHeaders ? 0 : headerLines); k++) {
        const piece = shown.map((c, i) => c.slice(k * widths[i]!, (k + 1) * widths[i]!));
        this.write(this.line(piece, widths, view.rightAlign, 'header') + '\n');
      }
      if (!view.hideHeaders) {
        // pwsh pads the last underline to its column when columns to its right did not fit.
        const underline = this.line(shown.map((c, i) => '-'.repeat(Math.min(c.length, widths[i]!))), widths, view.rightAlign, 'underline');
        this.write((view.dropsColumns ? underline.padEnd(widths.reduce((a, w) => a + w + 1, -1)) : underline) + '\n');
      }
    }
    for (const row of view.pending) {
      if (row.raw !== undefined) { this.write(row.raw + '\n'); continue; }
      if (!view.wrap) { this.write(this.line(row.cells, view.widths, view.rightAlign!) + '\n'); continue; }
      // -Wrap: a cell too long for its column continues on the next lines.
      const pieces = view.widths.map((w, i) => wrapText(row.cells[i] ?? '', w));
      const height = Math.max(...pieces.map((p) => p.length));
      for (let k = 0; k < height; k++) this.write(this.line(pieces.map((p) => p[k] ?? ''), view.widths, view.rightAlign!).trimEnd() + '\n');
    }
    view.pending = [];
  }

  private line(cells: string[], widths: number[], right: boolean[], heading?: 'header' | 'underline'): string {
    const parts = widths.map((w, i) => {
      const c = cells[i] ?? '';
      const last = i === widths.length - 1;
      let text = c;
      // A cell of several lines shows its first, marked as cut (its width still counts them all).
      const newline = text.search(/\r?\n/);
      if (newline >= 0) text = text.slice(0, newline) + '…';
      if (text.length > w) text = w > 1 ? text.slice(0, w - 1) + '…' : text.slice(0, w);
      if (right[i]) return text.padStart(w);
      return last ? text : text.padEnd(w);
    });
    let s = parts.join(' ');
    if (s.length > this.edge) s = s.slice(0, this.edge - 1) + '…';
    if (!this.color || !heading || s.length !== parts.join(' ').length) return s;
    // pwsh colours each header cell with the space before it, each underline cell alone.
    return heading === 'header'
      ? parts.map((p, i) => `${HEADER}${i ? ' ' : ''}${p}${RESET}`).join('')
      : parts.map((p) => `${HEADER}${p}${RESET}`).join(' ');
  }

  private listEntry(item: Item) {
    this.flushPending();
    // A run of list entries opens with one blank line; each entry ends with one.
    // After an entry shown by a view pwsh declares for its type, an entry of another type starts
    // a new group, with its blank line; entries in the generated list view share one group.
    const newGroup = this.lastListType !== this.currentType && DECLARED_LIST_VIEWS.has(this.lastListType);
    const opening = this.view.kind === 'list' && !newGroup ? '' : '\n';
    this.lastListType = this.currentType;
    if (this.view.kind === 'none') this.view = { kind: 'list' };
    const names = item.listNames;
    const w = Math.max(0, ...names.map((n) => n.length));
    const get = item.listGet ?? item.get;
    // A value longer than the line continues under the first, as do the lines of a multi-line value.
    const room = this.listEdge - (w + 3);
    const indent = ' '.repeat(w + 3);
    const lines = names.map((n) => (this.color ? `${HEADER}${n.padEnd(w)} : ${RESET}` : `${n.padEnd(w)} : `)
      + (room > 0 ? wrapText(this.cell(get(n)), room) : [this.cell(get(n))]).join('\n' + indent));
    this.write(opening + lines.join('\n') + '\n\n');
  }
}

function valueOf(o: PsObject, name: string): unknown {
  const p = o.get(name);
  return p ? o.value(p) : null;
}

/** Text cut into lines of exactly `width` characters (pwsh's -Wrap cuts inside words too). */
function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    for (let at = 0; at < paragraph.length; at += width) lines.push(paragraph.slice(at, at + width));
    if (paragraph.length === 0) lines.push('');
  }
  return lines;
}

/**
 * Fits columns into a line of `available` characters, as pwsh does: the column that crosses the
 * edge is narrowed to what is left and the columns after it are dropped. Says whether any were.
 */
function fitColumns(widths: number[], available: number): boolean {
  let start = 0;
  for (let i = 0; i < widths.length; i++) {
    if (start >= available) { widths.length = i; return true; }
    if (start + widths[i]! > available) {
      widths[i] = available - start;
      const dropped = i < widths.length - 1;
      widths.length = i + 1;
      return dropped;
    }
    start += widths[i]! + 1;
  }
  return false;
}

/** A value inside a table cell or list entry. */
export function toCell(v: unknown, enumerationLimit = 4): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) {
    // $FormatEnumerationLimit elements, then "…"; an element that is itself a collection prints as its string.
    const shown = enumerationLimit >= 0 && v.length > enumerationLimit ? v.slice(0, enumerationLimit) : v;
    const element = (x: unknown) => (x === null || x === undefined ? '$null' : Array.isArray(x) || x instanceof PsHashtable ? toStr(x) : isRegexGroup(x) ? toStr(valueOf(x, 'Name')) : toCell(x));
    return `{${shown.map(element).join(', ')}${shown.length < v.length ? '…' : ''}}`;
  }
  if (v instanceof ScriptBlockValue) return v.text;
  // A dictionary shows its entries as [key, value] pairs, limited as a list is.
  if (v instanceof PsHashtable) return toCell([...v.entries()].map((e) => `[${toStr(e.key)}, ${toStr(e.value)}]`), enumerationLimit);
  return toStr(v);
}

function scalarText(v: unknown, width: number): string {
  // Error records in the output (after `2>&1`) print in the same concise view as errors do.
  if (v instanceof PsErrorRecord) return renderErrorRecord(v, width).replace(/\n$/, '');
  if (v instanceof TypedNumber && v.text !== undefined) return v.text;
  // A DateTime on its own shows the long date and time (in table and list cells, its string).
  if (v instanceof PsDateTime) return dateTimeText(v);
  return toStr(v);
}

/** Numbers and enum values are right-aligned in tables. */
/** Numbers, enums and booleans are right-aligned in table columns, as pwsh aligns value types. */
function alignsRight(v: unknown): boolean {
  return isNumeric(v) || v instanceof PsEnum || typeof v === 'boolean';
}

/** Objects as Out-String and Out-File write them: `wrapLists` is false when no -Width was given. */
export function formatToString(values: unknown[], width = 80, wrapLists = true): string {
  let text = '';
  const f = new OutDefault((t) => { text += t; }, width, false, undefined, { toText: true, wrapLists });
  for (const v of values) f.push(v);
  f.flush();
  return text;
}
