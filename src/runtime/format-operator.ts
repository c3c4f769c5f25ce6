/**
 * # The `-f` operator: .NET composite formatting
 *
 * `{index[,alignment][:format]}` items with `{{`/`}}` escapes. Standard numeric formats
 * (C, D, E, F, G, N, P, X, R) and simple custom formats (`0.00`, `#,##0`, `000`) are supported,
 * culture-invariant.
 */
import { formatDouble, isNumeric, numberValue, numericType, toStr } from './conversion.js';
import { runtimeException } from './errors.js';
import { PsDateTime, PsHashtable, TypedNumber } from './values.js';
import { typeNameOf } from './types.js';

export function formatValue(format: string, args: unknown[]): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const c = format[i]!;
    if (c === '{') {
      if (format[i + 1] === '{') { out += '{'; i += 2; continue; }
      const close = format.indexOf('}', i);
      if (close < 0) throw formatError();
      const item = format.slice(i + 1, close);
      const m = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::(.*))?$/s.exec(item);
      if (!m) throw formatError();
      const index = Number(m[1]);
      if (index >= args.length) throw runtimeException('Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..', 'FormatError', 'InvalidOperation', 'System.FormatException');
      let text = formatOne(args[index], m[3]);
      const align = m[2] ? Number(m[2]) : 0;
      if (align > 0) text = text.padStart(align);
      else if (align < 0) text = text.padEnd(-align);
      out += text;
      i = close + 1;
      continue;
    }
    if (c === '}') {
      if (format[i + 1] === '}') { out += '}'; i += 2; continue; }
      throw formatError();
    }
    out += c;
    i++;
  }
  return out;
}

function formatError() {
  return runtimeException(`Error formatting a string: Input string was not in a correct format..`, 'FormatError', 'InvalidOperation', 'System.FormatException');
}

/** Formats one value with a .NET format string (or none). */
export function formatOne(v: unknown, spec: string | undefined): string {
  if (v instanceof PsDateTime && spec) return formatDate(v.date, spec);
  if (!isNumeric(v)) {
    // .NET's ToString: collections show their type name.
    if (Array.isArray(v) || v instanceof PsHashtable) return typeNameOf(v);
    return toStr(v);
  }
  const n = numberValue(v);
  const type = numericType(v);
  const integral = type !== 'Double' && type !== 'Single' && type !== 'Decimal';
  if (!spec) {
    if (v instanceof TypedNumber && v.text !== undefined) return v.text;
    if (type === 'Double' || type === 'Single') return roundTrip(n);
    return toStr(v);
  }
  const std = /^([CDEFGNPRX])(\d{0,2})$/i.exec(spec);
  if (std) {
    const letter = std[1]!;
    const digits = std[2] === '' ? undefined : Number(std[2]);
    switch (letter.toUpperCase()) {
      case 'D': {
        if (!integral) throw runtimeException('Format specifier was invalid.', 'FormatError', 'InvalidOperation', 'System.FormatException');
        const s = Math.abs(n).toString().padStart(digits ?? 0, '0');
        return n < 0 ? '-' + s : s;
      }
      case 'X': {
        if (!integral) throw runtimeException('Format specifier was invalid.', 'FormatError', 'InvalidOperation', 'System.FormatException');
        const bits = type === 'Int64' || type === 'UInt64' ? 64n : 32n;
        let s = BigInt.asUintN(Number(bits), BigInt(n)).toString(16);
        if (letter === 'X') s = s.toUpperCase();
        return s.padStart(digits ?? 0, '0');
      }
      case 'F': return fixed(n, digits ?? 2);
      case 'N': return grouped(fixed(n, digits ?? 2));
      case 'P': return grouped(fixed(n * 100, digits ?? 2)) + ' %';
      case 'C': return (n < 0 ? '-¤' : '¤') + grouped(fixed(Math.abs(n), digits ?? 2));
      case 'E': {
        const [m, e] = n.toExponential(digits ?? 6).split('e');
        const exp = Number(e);
        return `${m}${letter === 'e' ? 'e' : 'E'}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(3, '0')}`;
      }
      case 'G': return digits ? formatDouble(n, digits) : integral ? String(n) : roundTrip(n);
      case 'R': return roundTrip(n);
    }
  }
  return customNumber(n, spec);
}

function roundTrip(n: number): string {
  if (!Number.isFinite(n) || n === 0) return formatDouble(n);
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp >= 15 || exp < -4) {
    const [mant, e] = n.toExponential().split('e');
    const x = Number(e);
    return `${mant}E${x < 0 ? '-' : '+'}${String(Math.abs(x)).padStart(2, '0')}`;
  }
  return String(n);
}

/** The exact decimal digits of a double: every double is a finite binary, so a finite decimal. */
function exactDecimal(x: number): { digits: string; point: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  if (exponent !== 0) mantissa |= 1n << 52n;
  const shift = (exponent === 0 ? 1 : exponent) - 1075;
  if (shift >= 0) return { digits: (mantissa << BigInt(shift)).toString(), point: 0 };
  // m / 2^k = m * 5^k / 10^k
  return { digits: (mantissa * 5n ** BigInt(-shift)).toString(), point: -shift };
}

/**
 * Standard formats (F, N, P, C): the exact value rounded to `digits` places, an exact tie to even,
 * as .NET Core formats doubles (2.675 is below the tie, so `F2` gives 2.67).
 */
function fixed(n: number, digits: number): string {
  const abs = Math.abs(n);
  // toFixed writes 1e21 and above with an exponent; such doubles are whole numbers.
  let s = abs >= 1e21 && Number.isFinite(abs) ? exactDecimal(abs).digits + (digits ? '.' + '0'.repeat(digits) : '') : abs.toFixed(digits);
  if (Number.isFinite(abs) && abs < 1e21 && digits < 20) {
    const { digits: all, point } = exactDecimal(abs);
    const fraction = point > 0 ? all.padStart(point + 1, '0').slice(-point) : '';
    const rest = fraction.slice(digits);
    // toFixed rounds a tie up; .NET Core rounds it to even.
    if (/^50*$/.test(rest)) s = roundDecimal(abs.toFixed(digits + 1), digits, 'even');
  }
  return n < 0 && /[1-9]/.test(s) ? '-' + s : s;
}

/**
 * A non-negative number written with `digits` fraction digits, rounded from the fraction digit
 * after them: a tie `'even'` or `'away'` from zero. `text` holds exactly digits + 1 fraction digits
 * (or as many as it has).
 */
function roundDecimal(text: string, digits: number, tie: 'even' | 'away'): string {
  const [whole, fraction = ''] = text.split('.');
  const kept = BigInt(whole! + fraction.slice(0, digits).padEnd(digits, '0'));
  const next = Number(fraction[digits] ?? '0');
  const beyond = /[1-9]/.test(fraction.slice(digits + 1));
  const up = next > 5 || (next === 5 && (beyond || tie === 'away' || (kept & 1n) === 1n));
  const value = (up ? kept + 1n : kept).toString().padStart(digits + 1, '0');
  return digits === 0 ? value : `${value.slice(0, -digits)}.${value.slice(-digits)}`;
}

/** Custom formats: .NET rounds the 15-significant-digit value, a tie away from zero (1.005 -> 1.01). */
function fixedCustom(n: number, digits: number): string {
  const abs = Math.abs(n);
  if (!Number.isFinite(abs) || abs >= 1e21) return fixed(n, digits);
  // Fifteen significant digits, written out in full (no exponent).
  const fifteen = Number(abs.toPrecision(15)).toFixed(Math.min(100, Math.max(0, 14 - Math.floor(Math.log10(abs || 1)))));
  const s = roundDecimal(fifteen, digits, 'away');
  return n < 0 && /[1-9]/.test(s) ? '-' + s : s;
}

function grouped(s: string): string {
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const [int, frac] = body.split('.');
  const g = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + g + (frac !== undefined ? '.' + frac : '');
}

/** Custom numeric formats: `0`, `#`, `.`, `,` grouping, `%`. */
function customNumber(n: number, spec: string): string {
  const percent = spec.includes('%');
  const value = percent ? n * 100 : n;
  const [intPart, fracPart = ''] = spec.replace(/%/g, '').split('.');
  const minFrac = (fracPart.match(/0/g) ?? []).length;
  const maxFrac = (fracPart.match(/[0#]/g) ?? []).length;
  const minInt = (intPart!.match(/0/g) ?? []).length;
  const group = intPart!.includes(',');
  let s = fixedCustom(value, maxFrac);
  let [i, f = ''] = s.replace('-', '').split('.');
  while (f.length > minFrac && f.endsWith('0')) f = f.slice(0, -1);
  i = i!.padStart(minInt, '0');
  if (minInt === 0 && i === '0') i = '';
  if (group) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  s = (value < 0 && /[1-9]/.test(i + f) ? '-' : '') + i + (f ? '.' + f : '');
  return (s === '' ? '0' : s) + (percent ? '%' : '');
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** .NET custom date formats (`yyyy-MM-dd HH:mm:ss`, `dddd`, `MMM`...). */
export function formatDate(d: Date, spec: string): string {
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  // .NET's standard formats, in the invariant culture pwsh uses here.
  const STANDARD: Record<string, string> = {
    d: 'MM/dd/yyyy', D: 'dddd, dd MMMM yyyy', f: 'dddd, dd MMMM yyyy HH:mm', F: 'dddd, dd MMMM yyyy HH:mm:ss',
    g: 'MM/dd/yyyy HH:mm', G: 'MM/dd/yyyy HH:mm:ss', m: 'MMMM dd', M: 'MMMM dd', o: "yyyy-MM-dd'T'HH:mm:ss.fffffff",
    O: "yyyy-MM-dd'T'HH:mm:ss.fffffff", s: "yyyy-MM-dd'T'HH:mm:ss", t: 'HH:mm', T: 'HH:mm:ss', u: "yyyy-MM-dd HH:mm:ss'Z'",
    y: 'yyyy MMMM', Y: 'yyyy MMMM',
  };
  if (STANDARD[spec]) spec = STANDARD[spec]!;
  return spec.replace(/'([^']*)'|"([^"]*)"|\\(.)|yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|f{1,7}|tt|t/g, (tok, lit?: string, dlit?: string, esc?: string) => {
    if (lit !== undefined) return lit;
    if (dlit !== undefined) return dlit;
    if (esc !== undefined) return esc;
    if (/^f+$/.test(tok)) return (p(d.getMilliseconds(), 3) + '0000').slice(0, tok.length);
    switch (tok) {
      case 'yyyy': return p(d.getFullYear(), 4);
      case 'yy': return p(d.getFullYear() % 100, 2);
      case 'MMMM': return MONTH_NAMES[d.getMonth()]!;
      case 'MMM': return MONTH_NAMES[d.getMonth()]!.slice(0, 3);
      case 'MM': return p(d.getMonth() + 1, 2);
      case 'M': return String(d.getMonth() + 1);
      case 'dddd': return DAY_NAMES[d.getDay()]!;
      case 'ddd': return DAY_NAMES[d.getDay()]!.slice(0, 3);
      case 'dd': return p(d.getDate(), 2);
      case 'd': return String(d.getDate());
      case 'HH': return p(d.getHours(), 2);
      case 'H': return String(d.getHours());
      case 'hh': return p(d.getHours() % 12 || 12, 2);
      case 'h': return String(d.getHours() % 12 || 12);
      case 'mm': return p(d.getMinutes(), 2);
      case 'm': return String(d.getMinutes());
      case 'ss': return p(d.getSeconds(), 2);
      case 's': return String(d.getSeconds());
      case 'tt': return d.getHours() < 12 ? 'AM' : 'PM';
      case 't': return d.getHours() < 12 ? 'A' : 'P';
    }
    return tok;
  });
}

