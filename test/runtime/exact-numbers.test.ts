import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareExact, decimalArithmetic, decimalFromDouble, formatDecimal, makeDecimal, parseDecimalText, wideIntegerArithmetic,
} from '../../src/runtime/exact-numbers.js';
import { TypedNumber } from '../../src/runtime/values.js';

const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
  .map(([m, s]) => makeDecimal(m, s));
const text = (d: TypedNumber) => formatDecimal({ mantissa: d.big!, scale: d.scale! });

describe('exact numbers', () => {
  it('decimal text parses back to the same mantissa and scale', () => {
    fc.assert(fc.property(decimal, (d) => {
      const parts = parseDecimalText(text(d))!;
      expect(parts.mantissa).toBe(d.big);
      expect(parts.scale).toBe(d.scale);
    }));
  });

  it('decimal addition and subtraction are exact and undo each other', () => {
    fc.assert(fc.property(decimal, decimal, (a, b) => {
      const sum = decimalArithmetic('+', a, b);
      expect(compareExact(decimalArithmetic('-', sum, b), a)).toBe(0);
      expect(sum.scale).toBe(Math.max(a.scale!, b.scale!));
    }));
  });

  it('decimal multiplication adds scales, division finds the shortest exact scale', () => {
    expect(text(decimalArithmetic('*', makeDecimal(10n, 1), makeDecimal(200n, 2)))).toBe('2.000');
    expect(text(decimalArithmetic('/', makeDecimal(100n, 2), 1))).toBe('1.00');
    expect(text(decimalArithmetic('/', makeDecimal(10n, 0), 4))).toBe('2.5');
    expect(text(decimalArithmetic('/', makeDecimal(2n, 0), 3))).toBe('0.6666666666666666666666666667');
    expect(text(decimalArithmetic('/', makeDecimal(100n, 0), 3))).toBe('33.333333333333333333333333333');
  });

  it('rounds half to even when a product has more than 28 decimals', () => {
    const tiny = makeDecimal(1n, 28);
    expect(text(decimalArithmetic('*', makeDecimal(5n, 1), tiny))).toBe('0.0000000000000000000000000000');
    expect(text(decimalArithmetic('*', makeDecimal(15n, 1), tiny))).toBe('0.0000000000000000000000000002');
    expect(text(decimalArithmetic('*', makeDecimal(25n, 1), tiny))).toBe('0.0000000000000000000000000002');
  });

  it('overflows past 2^96 with .NET\'s message', () => {
    expect(() => makeDecimal(1n << 96n, 0)).toThrow('Value was either too large or too small for a Decimal.');
  });

  it('converts doubles to 15 significant digits', () => {
    expect(text(decimalFromDouble(1 / 3))).toBe('0.333333333333333');
    expect(text(decimalFromDouble(0.1))).toBe('0.1');
    expect(text(decimalFromDouble(1e20))).toBe('100000000000000000000');
    expect(text(decimalFromDouble(1e-30))).toBe('0');
  });

  it('Int64 arithmetic is exact in range and widens to Double out of it', () => {
    const max = (1n << 63n) - 1n;
    expect((wideIntegerArithmetic('-', 'Int64', max, 1n) as TypedNumber).big).toBe(max - 1n);
    expect(typeof wideIntegerArithmetic('+', 'Int64', max, 1n)).toBe('number');
    expect(wideIntegerArithmetic('/', 'Int64', 10n, 4n)).toBe(2.5);
    expect((wideIntegerArithmetic('*', 'BigInteger', max, max) as TypedNumber).big).toBe(max * max);
  });
});
