/**
 * # System.Text.StringBuilder
 *
 * The text scripts build piece by piece: Append, AppendLine, AppendFormat, Insert, Remove,
 * Replace and Clear change it in place and return the builder itself, so calls chain
 * (`$sb.Append('a').Append(1)`), and `[void]`/`$null =` is the usual way to drop that result.
 * As a string it is its text; as output, pwsh's table of Capacity, MaxCapacity and Length, with
 * Capacity grown as .NET grows it (by a block as large as the text so far, at most 8,000).
 */
import { toStr } from './conversion.js';
import { RuntimeError } from './errors.js';
import { formatValue } from './format-operator.js';
import { PsChar, PsObject } from './values.js';

export const STRING_BUILDER = 'System.Text.StringBuilder';
const MAX_CAPACITY = 2147483647;
const MAX_CHUNK = 8000;

export class PsStringBuilder extends PsObject {
  private text = '';
  private capacity = 16;

  constructor(args: unknown[]) {
    super([STRING_BUILDER, 'System.Object']);
    const [first, second] = args;
    if (typeof first === 'number') this.capacity = Math.max(first, 0) || 16;
    else if (first !== undefined && first !== null) {
      this.text = toStr(first);
      this.capacity = Math.max(16, this.text.length, typeof second === 'number' ? second : 0);
    }
    const property = (name: string, get: () => unknown, set?: (v: unknown) => void) =>
      this.properties.set(name.toLowerCase(), { name, value: undefined, getter: get, setter: set });
    property('Capacity', () => this.capacity, (v) => { this.capacity = Math.max(Number(v), this.text.length); });
    property('MaxCapacity', () => MAX_CAPACITY);
    property('Length', () => this.text.length, (v) => this.setLength(Number(v)));
    // As a string (`"$sb"`, `-join`) a builder is its text, which changes.
    Object.defineProperty(this, 'display', { get: () => this.text, configurable: true });
    const self = () => this;
    this.methods = new Map(Object.entries({
      Append: (a: unknown[]) => { this.append(a.map(chars).join('')); return self(); },
      AppendLine: (a: unknown[]) => { this.append((a.length ? chars(a[0]) : '') + '\n'); return self(); },
      AppendFormat: (a: unknown[]) => { this.append(formatValue(toStr(a[0]), a.length === 2 && Array.isArray(a[1]) ? a[1] : a.slice(1))); return self(); },
      Insert: (a: unknown[]) => { const i = this.index(a[0], 'Insert'); this.grow(this.text.length + chars(a[1]).length); this.text = this.text.slice(0, i) + chars(a[1]) + this.text.slice(i); return self(); },
      Remove: (a: unknown[]) => { const i = this.index(a[0], 'Remove'); this.text = this.text.slice(0, i) + this.text.slice(i + Number(a[1])); return self(); },
      Replace: (a: unknown[]) => { const from = chars(a[0]); if (from) this.text = this.text.split(from).join(chars(a[1])); return self(); },
      Clear: () => { this.text = ''; return self(); },
      ToString: (a: unknown[]) => (a.length >= 2 ? this.text.substr(Number(a[0]), Number(a[1])) : this.text),
      EnsureCapacity: (a: unknown[]) => { this.capacity = Math.max(this.capacity, Number(a[0])); return this.capacity; },
      Chars: (a: unknown[]) => new PsChar(this.text.charCodeAt(this.index(a[0], 'Chars'))),
    }).map(([name, invoke]) => [name.toLowerCase(), { name, invoke }]));
  }

  private append(s: string): void {
    this.grow(this.text.length + s.length);
    this.text += s;
  }

  private grow(length: number): void {
    if (length > this.capacity) this.capacity += Math.max(length - this.capacity, Math.min(this.capacity, MAX_CHUNK));
  }

  private setLength(n: number): void {
    this.text = n <= this.text.length ? this.text.slice(0, n) : this.text.padEnd(n, '\0');
    this.grow(n);
  }

  private index(v: unknown, method: string): number {
    const i = Number(v);
    if (!Number.isInteger(i) || i < 0 || i > this.text.length) {
      throw RuntimeError.of('System.Management.Automation.MethodInvocationException', `Exception calling "${method}" with "2" argument(s): "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'index')"`, 'ArgumentOutOfRangeException', 'NotSpecified');
    }
    return i;
  }
}

/** What Append adds for a value: a char array's characters, anything else as a string. */
function chars(v: unknown): string {
  if (Array.isArray(v) && v.every((c) => c instanceof PsChar)) return v.map((c) => String.fromCharCode((c as PsChar).code)).join('');
  return toStr(v);
}
