/**
 * ConvertTo-Json and ConvertFrom-Json, as pwsh 7 writes and reads JSON: two-space indentation
 * (or `-Compress`), objects nested deeper than `-Depth` (2) written as their string with one
 * warning, numbers as .NET prints them; JSON objects read as PSCustomObjects (or ordered
 * hashtables with `-AsHashtable`), integers as Int64 (BigInteger beyond), ISO dates as DateTime,
 * arrays enumerated unless `-NoEnumerate`.
 */
import { makeWideInteger } from '../runtime/exact-numbers.js';
import { elementToStr, makeNumber, toStr } from '../runtime/conversion.js';
import { dotnetToString } from '../runtime/members.js';
import { PsDateTime, PsEnum, PsHashtable, PsObject, PsSwitch, TypedNumber, isCustomObject } from '../runtime/values.js';
import { defineCmdlet, INT, OBJECT, STRING, SWITCH } from './define.js';
import { propertyNames, propertyValue } from './property-selection.js';

export const convertToJson = defineCmdlet({
  name: 'ConvertTo-Json',
  parameters: [
    { name: 'InputObject', type: OBJECT, position: 0, mandatory: true, valueFromPipeline: true, allowNull: true, allowEmptyCollection: true, allowEmptyString: true },
    { name: 'Depth', type: INT, validations: [{ kind: 'ValidateRange', min: 0, max: 100 }] },
    { name: 'Compress', type: SWITCH },
    { name: 'EnumsAsStrings', type: SWITCH },
    { name: 'AsArray', type: SWITCH },
  ],
  help: { synopsis: 'Converts an object to a JSON-formatted string.' },
}, () => {
  const items: unknown[] = [];
  return {
    process(ctx, input, hasInput) {
      items.push(hasInput ? input : ctx.get('InputObject') ?? null);
    },
    end(ctx) {
      if (items.length === 0) return;
      const writer = new JsonWriter(ctx.has('Depth') ? Number(ctx.get('Depth')) : 2, ctx.switch('Compress'), ctx.switch('EnumsAsStrings'));
      const value = items.length > 1 || ctx.switch('AsArray') ? items : items[0];
      const text = writer.write(value, 0);
      if (writer.truncated) ctx.writeWarning(`Resulting JSON is truncated as serialization has exceeded the set depth of ${writer.depth}.`);
      ctx.write(text);
    },
  };
});

class JsonWriter {
  truncated = false;

  constructor(readonly depth: number, private readonly compress: boolean, private readonly enumsAsStrings: boolean) {}

  write(v: unknown, level: number): string {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (v instanceof PsSwitch) return v.isPresent ? 'true' : 'false';
    if (typeof v === 'string') return quote(v);
    if (v instanceof TypedNumber || typeof v === 'number') return numberText(v);
    if (v instanceof PsEnum) return this.enumsAsStrings ? quote(v.name) : String(v.value);
    if (v instanceof PsDateTime) return quote(isoDate(v.date));
    const container = Array.isArray(v) || v instanceof PsHashtable || isCustomObject(v) || (typeof v === 'object' && 'propertyNames' in v);
    if (!container) return quote(toStr(v));
    // Past -Depth a container is written as its string, as pwsh does.
    if (level > this.depth) { this.truncated = true; return quote(Array.isArray(v) ? v.map((x) => elementToStr(x)).join(' ') : toStr(v)); }
    if (Array.isArray(v)) return this.block('[', ']', v.map((x) => this.write(x, level + 1)), level);
    const entries: [string, unknown][] = v instanceof PsHashtable
      ? v.entries().map((e) => [toStr(e.key), e.value])
      : propertyNames(v).map((n) => [n, propertyValue(v, n)]);
    return this.block('{', '}', entries.map(([k, x]) => `${quote(k)}:${this.compress ? '' : ' '}${this.write(x, level + 1)}`), level);
  }

  private block(open: string, close: string, parts: string[], level: number): string {
    if (parts.length === 0) return open + close;
    if (this.compress) return open + parts.join(',') + close;
    const inner = '  '.repeat(level + 1);
    return `${open}\n${parts.map((p) => inner + p).join(',\n')}\n${'  '.repeat(level)}${close}`;
  }
}

function numberText(v: number | TypedNumber): string {
  const text = dotnetToString(v);
  return /^-?(Infinity|NaN)$|^(∞|-∞)$/.test(text) ? quote(text) : text;
}

/** A string as JSON writes it: quotes, backslashes and control characters escaped. */
function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function isoDate(d: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const ms = d.getMilliseconds();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${ms ? '.' + pad(ms, 3) : ''}`;
}

export const convertFromJson = defineCmdlet({
  name: 'ConvertFrom-Json',
  parameters: [
    { name: 'InputObject', type: STRING, position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true },
    { name: 'AsHashtable', type: SWITCH },
    { name: 'Depth', type: INT },
    { name: 'NoEnumerate', type: SWITCH },
    { name: 'DateKind', type: STRING },
  ],
  help: { synopsis: 'Converts a JSON-formatted string to a custom object or a hash table.' },
}, () => {
  // pwsh joins all the input strings and reads them as one document.
  const parts: string[] = [];
  return {
    process(ctx, input, hasInput) {
      parts.push(toStr(hasInput ? input : ctx.get('InputObject')));
    },
    end(ctx) {
      const text = parts.join('\n');
      if (text.trim() === '') return;
      let value: unknown;
      try {
        value = new JsonReader(text, ctx.switch('AsHashtable')).document();
      } catch (e) {
        if (!(e instanceof JsonSyntaxError)) throw e;
        throw ctx.terminatingError(`Conversion from JSON failed with error: ${e.message}`, 'System.ArgumentException', 'NotSpecified', text, 'System.ArgumentException');
      }
      ctx.write(value, !ctx.switch('NoEnumerate'));
    },
  };
});

class JsonSyntaxError extends Error {}

const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/;

class JsonReader {
  private i = 0;
  constructor(private readonly s: string, private readonly asHashtable: boolean) {}

  document(): unknown {
    const v = this.value();
    this.space();
    if (this.i < this.s.length) this.fail(`Additional text encountered after finished reading JSON content: ${this.s[this.i]}.`);
    return v;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(`${message} Position ${this.i}.`);
  }

  private space() {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }

  private value(): unknown {
    this.space();
    const ch = this.s[this.i];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') {
      const text = this.string();
      return ISO_DATE.test(text) ? new PsDateTime(new Date(/Z|[+-]\d\d:\d\d$/.test(text) ? text : text + 'Z')) : text;
    }
    const word = /^(true|false|null)/.exec(this.s.slice(this.i, this.i + 5));
    if (word) { this.i += word[1]!.length; return word[1] === 'null' ? null : word[1] === 'true'; }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i));
    if (num) {
      this.i += num[0].length;
      if (num[1] || num[2]) return makeNumber('Double', Number(num[0]));
      const big = BigInt(num[0]);
      return makeWideInteger(big >= -(2n ** 63n) && big < 2n ** 63n ? 'Int64' : 'BigInteger', big);
    }
    return this.fail(ch === undefined ? 'Unexpected end while parsing value.' : `Unexpected character encountered while parsing value: ${ch}.`);
  }

  private string(): string {
    let out = '';
    this.i++;
    for (;;) {
      const ch = this.s[this.i++];
      if (ch === undefined) this.fail('Unterminated string.');
      if (ch === '"') return out;
      if (ch !== '\\') { out += ch; continue; }
      const e = this.s[this.i++];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e === 'u') { out += String.fromCharCode(parseInt(this.s.slice(this.i, this.i + 4), 16)); this.i += 4; } else if (e !== undefined && simple[e] !== undefined) out += simple[e];
      else this.fail(`Bad JSON escape sequence: \\${e ?? ''}.`);
    }
  }

  private array(): unknown[] {
    this.i++;
    const out: unknown[] = [];
    this.space();
    if (this.s[this.i] === ']') { this.i++; return out; }
    for (;;) {
      out.push(this.value());
      this.space();
      const ch = this.s[this.i++];
      if (ch === ']') return out;
      if (ch !== ',') this.fail('Unexpected character while parsing an array.');
    }
  }

  private object(): PsObject | PsHashtable {
    this.i++;
    const h = new PsHashtable(true);
    const o = new PsObject();
    this.space();
    if (this.s[this.i] === '}') { this.i++; return this.asHashtable ? h : o; }
    for (;;) {
      this.space();
      if (this.s[this.i] !== '"') this.fail('Unexpected end while parsing unquoted property name.');
      const key = this.string();
      this.space();
      if (this.s[this.i++] !== ':') this.fail(`Invalid character after parsing property name. Expected ':'.`);
      const v = this.value();
      if (this.asHashtable) h.set(key, v); else o.set(key, v);
      this.space();
      const ch = this.s[this.i++];
      if (ch === '}') return this.asHashtable ? h : o;
      if (ch !== ',') this.fail('Unexpected character while parsing an object.');
    }
  }
}


