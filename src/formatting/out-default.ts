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
import { PsErrorRecord, PsHashtable, PsObject, ScriptBlockValue, TypedNumber } from '../runtime/values.js';

type View =
  | { kind: 'none' }
  | { kind: 'table'; columns: string[]; dictionary: boolean; widths?: number[]; rightAlign?: boolean[]; pending: Row[] }
  | { kind: 'list' };

interface Row { cells: string[]; numeric: boolean[] }

const DICTIONARY_NAME_WIDTH = 30;

export class OutDefault {
  private view: View = { kind: 'none' };

  constructor(private readonly write: (text: string) => void, private readonly width = 80) {}

  push(value: unknown): void {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) this.push(item);
      return;
    }
    if (value instanceof PsHashtable) {
      const view = this.view;
      for (const e of value.entries()) {
        if (view.kind === 'table' && !view.dictionary) {
          // Entries joining a table of objects fill the columns named Name, Key or Value.
          const cell = (c: string) => { const l = c.toLowerCase(); return l === 'name' || l === 'key' ? toCell(e.key) : l === 'value' ? toCell(e.value) : ''; };
          this.tableRow(view.columns, false, view.columns.map(cell), view.columns.map(() => false));
        } else {
          this.tableRow(['Name', 'Value'], true, [toCell(e.key), toCell(e.value)], [false, false]);
        }
      }
      return;
    }
    if (value instanceof PsObject && value.typeNames[0] === 'System.Management.Automation.PSCustomObject') {
      const names = [...value.properties.values()].map((p) => p.name);
      const view = this.view;
      if (view.kind === 'table' && !view.dictionary) {
        this.tableRow(view.columns, false, view.columns.map((c) => cellOf(value, c)), view.columns.map((c) => isNumeric(valueOf(value, c))));
        return;
      }
      if (view.kind === 'none' && names.length > 0 && names.length <= 4) {
        this.tableRow(names, false, names.map((c) => cellOf(value, c)), names.map((c) => isNumeric(valueOf(value, c))));
        return;
      }
      this.listEntry(value, names);
      return;
    }
    if (value instanceof PsObject) {
      this.listEntry(value, [...value.properties.values()].map((p) => p.name));
      return;
    }
    this.flushPending();
    this.write(scalarText(value) + '\n');
  }

  /** Ends the output: prints buffered rows and the closing blank line. */
  flush(): void {
    this.flushPending();
    if (this.view.kind === 'table') this.write('\n');
    this.view = { kind: 'none' };
  }

  private tableRow(columns: string[], dictionary: boolean, cells: string[], numeric: boolean[]) {
    let view = this.view;
    if (view.kind !== 'table' || view.dictionary !== dictionary) {
      if (view.kind === 'table' && view.dictionary && !dictionary) {
        // An object of another kind inside a Name/Value table is shown as a list, out of band.
        this.flushPending();
      } else {
        this.flush();
        view = { kind: 'table', columns, dictionary, pending: [] };
        this.view = view;
      }
    }
    if (view.kind !== 'table') return;
    view.pending.push({ cells, numeric });
  }

  /** Prints buffered table rows (before other output, so the order on screen holds). */
  flushPending() {
    const view = this.view;
    if (view.kind !== 'table' || view.pending.length === 0) return;
    if (!view.widths) {
      view.rightAlign = view.columns.map((_, i) => view.pending[0]!.numeric[i] ?? false);
      view.widths = view.columns.map((c, i) => {
        if (view.dictionary && i === 0) return Math.max(DICTIONARY_NAME_WIDTH, c.length);
        return Math.max(c.length, ...view.pending.map((r) => (r.cells[i] ?? '').length));
      });
      this.write('\n' + this.line(view.columns, view.widths, view.rightAlign) + '\n');
      this.write(this.line(view.columns.map((c) => '-'.repeat(c.length)), view.widths, view.rightAlign) + '\n');
    }
    for (const row of view.pending) this.write(this.line(row.cells, view.widths, view.rightAlign!) + '\n');
    view.pending = [];
  }

  private line(cells: string[], widths: number[], right: boolean[]): string {
    const parts = cells.map((c, i) => {
      const w = widths[i]!;
      const last = i === cells.length - 1;
      let text = c;
      if (text.length > w && !last) text = text.slice(0, Math.max(0, w - 1)) + '…';
      if (right[i]) return text.padStart(w);
      return last ? text : text.padEnd(w);
    });
    let s = parts.join(' ');
    if (s.length > this.width) s = s.slice(0, this.width - 1) + '…';
    return s;
  }

  private listEntry(o: PsObject, names: string[]) {
    this.flushPending();
    if (this.view.kind === 'table' && !this.view.dictionary) this.flush();
    if (this.view.kind === 'none') this.view = { kind: 'list' };
    const w = Math.max(0, ...names.map((n) => n.length));
    const lines = names.map((n) => `${n.padEnd(w)} : ${cellOf(o, n)}`);
    this.write('\n' + lines.join('\n') + '\n\n');
  }
}

function valueOf(o: PsObject, name: string): unknown {
  const p = o.get(name);
  return p ? o.value(p) : null;
}

function cellOf(o: PsObject, name: string): string {
  return toCell(valueOf(o, name));
}

/** A value inside a table cell or list entry. */
export function toCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return `{${v.map((x) => toCell(x)).join(', ')}}`;
  if (v instanceof ScriptBlockValue) return v.text;
  return toStr(v).replace(/\r?\n/g, ' ');
}

function scalarText(v: unknown): string {
  if (v instanceof PsErrorRecord) return v.exception.message;
  if (v instanceof TypedNumber && v.text !== undefined) return v.text;
  return toStr(v);
}

/** Formats objects as Out-String does. */
export function formatToString(values: unknown[], width = 80): string {
  let text = '';
  const f = new OutDefault((t) => { text += t; }, width);
  for (const v of values) f.push(v);
  f.flush();
  return text;
}
