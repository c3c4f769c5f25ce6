/**
 * # Scanner helpers: numbers, escapes, variable names and positions
 *
 * The parts of PowerShell's tokenizer that do not depend on the scanner's mode, shared by the
 * scanner and by the runtime (which parses numbers in strings the same way).
 */

/** Character classes of PowerShell names. */
export const isDigit = (c: string) => c >= '0' && c <= '9';
export const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\x7f' && /\p{L}/u.test(c));
export const isVarChar = (c: string) => isLetter(c) || isDigit(c) || c === '_' || c === '?';
export const isIdentChar = (c: string) => isLetter(c) || isDigit(c) || c === '_';

/** A number literal as the scanner read it. */
export interface NumberValue {
  kind: 'Int32' | 'Int64' | 'Double' | 'Decimal' | 'Byte' | 'SByte' | 'Int16' | 'UInt16' | 'UInt32' | 'UInt64' | 'BigInteger';
  value: number;
  /** True when a type suffix (`l`, `d`, `u`...) chose the type. */
  suffixed?: boolean;
  /** The exact value of an Int64, UInt64, BigInteger or Decimal (its mantissa, with `scale`). */
  exact?: bigint;
  scale?: number;
}

const MULTIPLIERS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };
const NUMBER_RE = /^(?:0[xX]([0-9a-fA-F]+)|0[bB]([01]+)|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))(ul|uy|us|u|y|s|l|d|n)?(kb|mb|gb|tb|pb)?/i;

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * Reads a PowerShell number literal at the start of `text`. Returns the value and how many
 * characters it used, or undefined. Follows the tokenizer's rules: an integer that does not fit
 * Int32 widens to Int64, then Decimal, then Double; hex literals that fit 32 bits are Int32
 * (two's complement), `l` makes Int64, `d` Decimal, and kb..pb multiply.
 */
export function scanNumber(text: string, start = 0): { value: NumberValue; length: number } | undefined {
  const m = NUMBER_RE.exec(start === 0 ? text : text.slice(start));
  if (!m) return undefined;
  const [whole, hex, bin, dec, suffixRaw, multRaw] = m;
  const suffix = suffixRaw?.toLowerCase();
  const mult = multRaw ? MULTIPLIERS[multRaw.toLowerCase()]! : 1;
  function finish(kind: NumberValue['kind'], v: number, exact?: bigint, scale?: number) {
    const value: NumberValue = { kind, value: v, suffixed: suffix !== undefined };
    if (exact !== undefined) { value.exact = exact; if (scale) value.scale = scale; }
    return { value, length: whole.length };
  }
  const wide = (kind: 'Int64' | 'UInt64' | 'BigInteger', big: bigint) => finish(kind, Number(big), big);
  if (hex !== undefined || bin !== undefined) {
    const big = BigInt(hex !== undefined ? '0x' + hex : '0b' + bin);
    if (suffix === 'l' || big > 0xffffffffn) {
      if (suffix !== 'l' && suffix !== undefined) return undefined;
      return wide('Int64', BigInt.asIntN(64, big) * BigInt(mult));
    }
    const value = (suffix === undefined ? Number(BigInt.asIntN(32, big)) : Number(big)) * mult;
    return suffixedInteger(value, BigInt(value));
  }
  const isReal = /[.eE]/.test(dec!);
  const value = Number(dec) * mult;
  if (suffix === 'd') {
    const { mantissa, scale } = decimalDigits(dec!);
    const exact = mantissa * BigInt(mult);
    if (scale < 0 && exact * 10n ** BigInt(-scale) > DECIMAL_MAX) return undefined;
    return finish('Decimal', value, exact, scale);
  }
  const integral = !isReal ? BigInt(dec!) * BigInt(mult) : Number.isInteger(value) ? BigInt(value) : undefined;
  if (suffix !== undefined) return integral === undefined ? undefined : suffixedInteger(value, integral);
  if (isReal || integral === undefined) return finish('Double', value);
  if (value >= INT32_MIN && value <= INT32_MAX) return finish('Int32', value);
  if (integral <= INT64_MAX) return wide('Int64', integral);
  if (integral <= DECIMAL_MAX) return finish('Decimal', value, integral);
  return finish('Double', value);

  function suffixedInteger(v: number, big: bigint) {
    switch (suffix) {
      case 'l': return wide('Int64', big);
      case 'u': return big <= 0xffffffffn ? finish('UInt32', v) : wide('UInt64', big);
      case 'ul': return wide('UInt64', big);
      case 'y': return finish('SByte', v);
      case 'uy': return finish('Byte', v);
      case 's': return finish('Int16', v);
      case 'us': return finish('UInt16', v);
      case 'n': return wide('BigInteger', big);
    }
    return v >= INT32_MIN && v <= INT32_MAX ? finish('Int32', v) : wide('Int64', big);
  }
}

const INT64_MAX = (1n << 63n) - 1n;
const DECIMAL_MAX = (1n << 96n) - 1n;

/** The mantissa and scale of a decimal literal's digits: `1.50` is 150 with scale 2. */
function decimalDigits(dec: string): { mantissa: bigint; scale: number } {
  const [number, exponent] = dec.split(/[eE]/) as [string, string | undefined];
  const [whole, fraction = ''] = number.split('.') as [string, string | undefined];
  return { mantissa: BigInt((whole || '0') + fraction), scale: fraction.length - Number(exponent ?? 0) };
}

/** Resolves a backtick escape in a double-quoted string (about_Special_Characters). */
export function escapeChar(c: string): string {
  switch (c) {
    case '0': return '\0';
    case 'a': return '\x07';
    case 'b': return '\b';
    case 'e': return '\x1b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return c;
  }
}

/** Reads `$name` at `start` (which holds the `$`). */
export function readVariable(text: string, start: number, end: number): { name: string; end: number; error?: { id: string; message: string; incomplete: boolean } } | undefined {
  let i = start + 1;
  const c = text[i] ?? '';
  if (i >= end) return undefined;
  if (c === '{') {
    let name = '';
    i++;
    while (i < end && text[i] !== '}') {
      if (text[i] === '`' && i + 1 < end) { name += text[i + 1]; i += 2; continue; }
      name += text[i]; i++;
    }
    if (i >= end) return { name, end, error: { id: 'IncompleteDollarVariableReference', message: "Missing '}' after variable name.", incomplete: true } };
    return { name, end: i + 1 };
  }
  if (c === '$' || c === '^' || c === '?') return { name: c, end: i + 1 };
  if (!isIdentChar(c)) return undefined;
  while (i < end && isVarChar(text[i]!)) i++;
  // `$env:PATH`, `$script:x`: a scope or drive prefix, unless `::` follows (static member).
  if (text[i] === ':' && text[i + 1] !== ':' && i + 1 < end && isVarChar(text[i + 1]!)) {
    i++;
    while (i < end && isVarChar(text[i]!)) i++;
  } else if (text[i] === ':' && (i + 1 >= end || text[i + 1] !== ':')) {
    // `"$name: text"`: pwsh reads `name:` as a drive and finds no variable name after it.
    return {
      name: text.slice(start + 1, i), end: i + 1,
      error: { id: 'InvalidVariableReferenceWithDrive', message: "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", incomplete: false },
    };
  }
  return { name: text.slice(start + 1, i), end: i };
}

/** 1-based line and column of an offset. */
export function positionAt(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
