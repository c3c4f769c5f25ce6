/**
 * # Exact Int64, UInt64, BigInteger and Decimal values
 *
 * A JS double holds every Int32 exactly, but not every Int64 (`[long]::MaxValue - 1`) and not
 * .NET's Decimal, a 96-bit integer mantissa with a power-of-ten scale of 0 to 28 whose scale is
 * part of the value's text (`1.50d + 1` is `2.50`). Such values carry a `bigint` in their
 * `TypedNumber` (the mantissa, with `scale` for Decimal) next to the double approximation the rest
 * of the runtime reads, and arithmetic on them is done here on the exact form, rounding half to
 * even where .NET's Decimal rounds.
 */
import { RuntimeError } from './errors.js';
import { PsErrorRecord, PsException, TypedNumber, type NumericType } from './values.js';

/** System.Decimal's largest mantissa: 2^96 - 1. */
const DECIMAL_MAX = (1n << 96n) - 1n;
const DECIMAL_MAX_SCALE = 28;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

export interface DecimalParts { mantissa: bigint; scale: number }

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1]! * 10n);
  return POW10[n]!;
}

const abs = (n: bigint) => (n < 0n ? -n : n);

/** n / d rounded half to even (d > 0). */
export function divideHalfEven(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = abs(n % d) * 2n;
  if (r > d || (r === d && (q & 1n) !== 0n)) return n < 0n ? q - 1n : q + 1n;
  return q;
}

export function decimalOverflow(): RuntimeError {
  const inner = new PsException('System.OverflowException', 'Value was either too large or too small for a Decimal.');
  return new RuntimeError(new PsErrorRecord(new PsException('System.Management.Automation.RuntimeException', inner.message, inner), 'RuntimeException', 'NotSpecified', null, undefined));
}

/** Text of a decimal: the mantissa's digits with `scale` of them after the point. */
export function formatDecimal({ mantissa, scale }: DecimalParts): string {
  const digits = abs(mantissa).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return mantissa < 0n ? '-' + text : text;
}

/** A Decimal value, its mantissa and scale brought into range as .NET does (or overflow). */
export function makeDecimal(mantissa: bigint, scale: number): TypedNumber {
  if (scale < 0) { mantissa *= pow10(-scale); scale = 0; }
  while (scale > 0 && (scale > DECIMAL_MAX_SCALE || abs(mantissa) > DECIMAL_MAX)) {
    mantissa = divideHalfEven(mantissa, 10n);
    scale--;
  }
  if (abs(mantissa) > DECIMAL_MAX) throw decimalOverflow();
  const parts = { mantissa, scale };
  return new TypedNumber('Decimal', Number(formatDecimal(parts)), undefined, mantissa, scale);
}

/** An Int64, UInt64 or BigInteger held exactly. */
export function makeWideInteger(type: 'Int64' | 'UInt64' | 'BigInteger', value: bigint): TypedNumber {
  return new TypedNumber(type, Number(value), undefined, value);
}

/** .NET's double-to-decimal conversion: 15 significant digits, tiny values become 0. */
export function decimalFromDouble(x: number): TypedNumber {
  if (!Number.isFinite(x) || Math.abs(x) >= 7.9228162514264337593543950335e28) throw decimalOverflow();
  if (x === 0) return makeDecimal(0n, 0);
  const [digits, exponent] = x.toExponential(14).split('e') as [string, string];
  const trimmed = digits.replace('.', '').replace(/0+$/, '');
  const mantissa = BigInt(trimmed);
  const scale = trimmed.replace('-', '').length - 1 - Number(exponent);
  const result = makeDecimal(mantissa, scale);
  return result.big === 0n ? makeDecimal(0n, 0) : result;
}

/**
 * A decimal written in a script (`1.50d`, `1e3d`) or a whole number too large for Int64: digits,
 * an optional fraction and exponent. Undefined when the text is not such a number.
 */
export function parseDecimalText(text: string): DecimalParts | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && !m[3])) return undefined;
  const fraction = m[3] ?? '';
  const mantissa = BigInt((m[2] || '0') + fraction) * (m[1] === '-' ? -1n : 1n);
  return { mantissa, scale: fraction.length - Number(m[4] ?? 0) };
}

function isIntegralType(type: NumericType): boolean {
  return type !== 'Double' && type !== 'Single' && type !== 'Decimal';
}

/** The exact integer of an integral value; undefined for Double, Single and Decimal. */
export function exactInteger(v: number | TypedNumber): bigint | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 2147483648 ? BigInt(v) : undefined;
  if (!isIntegralType(v.type)) return undefined;
  if (v.big !== undefined) return v.big;
  return Number.isFinite(v.value) ? BigInt(Math.round(v.value)) : undefined;
}

/** A value as a Decimal's parts: integral values exactly, doubles as .NET converts them. */
export function decimalParts(v: number | TypedNumber): DecimalParts {
  if (v instanceof TypedNumber && v.type === 'Decimal') {
    if (v.big !== undefined) return { mantissa: v.big, scale: v.scale ?? 0 };
    const d = decimalFromDouble(v.value);
    return { mantissa: d.big!, scale: d.scale! };
  }
  const whole = exactInteger(v);
  if (whole !== undefined) return { mantissa: whole, scale: 0 };
  const d = decimalFromDouble(typeof v === 'number' ? v : v.value);
  return { mantissa: d.big!, scale: d.scale! };
}

function align(a: DecimalParts, b: DecimalParts): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.mantissa * pow10(scale - a.scale), b.mantissa * pow10(scale - b.scale), scale];
}

function divideByZero(): RuntimeError {
  const inner = new PsException('System.DivideByZeroException', 'Attempted to divide by zero.');
  return new RuntimeError(new PsErrorRecord(new PsException('System.Management.Automation.RuntimeException', inner.message, inner), 'RuntimeException', 'NotSpecified', null, undefined));
}

/**
 * .NET's decimal division: the smallest scale at which the quotient is exact, else as many
 * digits as the 96-bit mantissa and scale 28 allow, rounded half to even (`1.00d/1` is `1.00`,
 * `2d/3` is `0.6666666666666666666666666667`).
 */
function divideDecimals(a: DecimalParts, b: DecimalParts): TypedNumber {
  if (b.mantissa === 0n) throw divideByZero();
  const shift = a.scale - b.scale;
  const divisor = abs(b.mantissa);
  const sign = b.mantissa < 0n ? -1n : 1n;
  let scale = Math.max(shift, 0);
  for (;;) {
    const numerator = a.mantissa * sign * pow10(scale - shift);
    const q = numerator / divisor;
    if (numerator % divisor === 0n) return makeDecimal(q, scale);
    const next = (numerator * 10n) / divisor;
    if (scale >= DECIMAL_MAX_SCALE || abs(next) > DECIMAL_MAX) return makeDecimal(divideHalfEven(numerator, divisor), scale);
    scale++;
  }
}

export function decimalArithmetic(op: string, l: number | TypedNumber, r: number | TypedNumber): TypedNumber {
  const a = decimalParts(l);
  const b = decimalParts(r);
  switch (op) {
    case '+': { const [x, y, s] = align(a, b); return makeDecimal(x + y, s); }
    case '-': { const [x, y, s] = align(a, b); return makeDecimal(x - y, s); }
    case '*': return makeDecimal(a.mantissa * b.mantissa, a.scale + b.scale);
    case '/': return divideDecimals(a, b);
    case '%': {
      const [x, y, s] = align(a, b);
      if (y === 0n) throw divideByZero();
      return makeDecimal(x % y, s);
    }
  }
  throw new Error(`unknown numeric operator ${op}`);
}

/**
 * Int64, UInt64 and BigInteger arithmetic on exact integers. An Int64 or UInt64 result out of
 * range widens to Double, as PowerShell does; division that leaves a remainder gives a Double.
 */
export function wideIntegerArithmetic(op: string, type: 'Int64' | 'UInt64' | 'BigInteger', a: bigint, b: bigint): number | TypedNumber {
  let r: bigint;
  switch (op) {
    case '+': r = a + b; break;
    case '-': r = a - b; break;
    case '*': r = a * b; break;
    case '/':
      if (b === 0n) throw divideByZero();
      if (a % b !== 0n) return type === 'BigInteger' ? makeWideInteger(type, a / b) : Number(a) / Number(b);
      r = a / b;
      break;
    case '%':
      if (b === 0n) throw divideByZero();
      r = a % b;
      break;
    default: throw new Error(`unknown numeric operator ${op}`);
  }
  if (type === 'BigInteger') return makeWideInteger(type, r);
  const [min, max] = type === 'Int64' ? [INT64_MIN, INT64_MAX] : [0n, UINT64_MAX];
  if (r < min || r > max) {
    const d = Number(r);
    return (d | 0) === d ? new TypedNumber('Double', d) : d;
  }
  return makeWideInteger(type, r);
}

/** Integer range of a conversion target, for the exact check. */
export const WIDE_RANGES: Partial<Record<NumericType, [bigint, bigint]>> = { Int64: [INT64_MIN, INT64_MAX], UInt64: [0n, UINT64_MAX] };

/**
 * Exact ordering of two values when neither is a Double (or Single); undefined otherwise, so
 * the caller compares the doubles.
 */
export function compareExact(l: number | TypedNumber, r: number | TypedNumber): number | undefined {
  const exactOnly = (v: number | TypedNumber) => (typeof v === 'number' ? Number.isInteger(v) : v.type !== 'Double' && v.type !== 'Single');
  if (!exactOnly(l) || !exactOnly(r)) return undefined;
  const [x, y] = align(decimalParts(l), decimalParts(r));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when a value needs the exact path: a wide integer or a Decimal. */
export function isWide(v: number | TypedNumber): boolean {
  return v instanceof TypedNumber && (v.type === 'Int64' || v.type === 'UInt64' || v.type === 'BigInteger' || v.type === 'Decimal');
}

/** The runtime value of a number the scanner read, exact where the scanner kept it exact. */
export function wideLiteral(kind: NumericType, exact: bigint, scale: number | undefined): TypedNumber {
  if (kind === 'Decimal') return makeDecimal(exact, scale ?? 0);
  return makeWideInteger(kind as 'Int64' | 'UInt64' | 'BigInteger', exact);
}

/**
 * System.Math's Decimal overloads: Round (half to even, to `digits` places, keeping a shorter
 * scale as it is), Abs, Floor, Ceiling and Truncate.
 */
export function decimalMath(name: string, v: number | TypedNumber, digits: number): TypedNumber {
  const { mantissa, scale } = decimalParts(v);
  const toScale = (target: number, round: (q: bigint, r: bigint, d: bigint) => bigint) => {
    if (scale <= target) return makeDecimal(mantissa, scale);
    const d = pow10(scale - target);
    return makeDecimal(round(mantissa / d, mantissa % d, d), target);
  };
  switch (name) {
    case 'abs': return makeDecimal(abs(mantissa), scale);
    case 'round': return toScale(digits, (_q, _r, d) => divideHalfEven(mantissa, d));
    case 'floor': return toScale(0, (q, r) => (r < 0n ? q - 1n : q));
    case 'ceiling': return toScale(0, (q, r) => (r > 0n ? q + 1n : q));
    default: return toScale(0, (q) => q);
  }
}
