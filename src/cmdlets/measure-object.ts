/**
 * Measure-Object: count, sum, average, minimum, maximum and standard deviation of the input (or of
 * a property of it), or lines, words and characters of text. Writes one GenericMeasureInfo.
 */
import { isNumeric, numberValue, toNumeric, toStr } from '../runtime/conversion.js';
import { makeNumber } from '../runtime/conversion.js';
import { compareOrAsText } from '../runtime/operators.js';
import { RuntimeError } from '../runtime/errors.js';
import { PsObject, type TypedNumber } from '../runtime/values.js';
import { defineCmdlet, PSOBJECT, SWITCH } from './define.js';
import { propertyNames, propertyValue } from './property-selection.js';
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import type { CmdletContext } from '../commands/cmdlet-context.js';
import type { Stage } from '../runtime/stage.js';
import { keepShape } from '../runtime/keep-shape.js';

export const measureObject = defineCmdlet({
  name: 'Measure-Object',
  defaultParameterSet: 'GenericMeasure',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Property', type: 'System.Management.Automation.PSObject[]', position: 0 },
    { name: 'StandardDeviation', type: SWITCH, sets: { GenericMeasure: {} } },
    { name: 'Sum', type: SWITCH, sets: { GenericMeasure: {} } },
    { name: 'AllStats', type: SWITCH, sets: { GenericMeasure: {} } },
    { name: 'Average', type: SWITCH, sets: { GenericMeasure: {} } },
    { name: 'Maximum', type: SWITCH, sets: { GenericMeasure: {} } },
    { name: 'Minimum', type: SWITCH, sets: { GenericMeasure: {} } },
    { name: 'Line', type: SWITCH, sets: { TextMeasure: {} } },
    { name: 'Word', type: SWITCH, sets: { TextMeasure: {} } },
    { name: 'Character', type: SWITCH, sets: { TextMeasure: {} } },
    { name: 'IgnoreWhiteSpace', type: SWITCH, sets: { TextMeasure: {} } },
  ],
  help: { synopsis: 'Calculates the numeric properties of objects, and the characters, words, and lines in string objects.' },
}, () => {
  // Measure-Object streams: each object updates running totals and is not kept, so
  // `1..10000000 | Measure-Object` runs in constant memory, as in pwsh.
  const totals = new Map<string, Totals>();
  const order: (string | null)[] = [];
  const totalsFor = (name: string | null): Totals => {
    const key = name === null ? '' : name.toLowerCase();
    let t = totals.get(key);
    if (!t) { totals.set(key, t = new Totals()); order.push(name); }
    return t;
  };
  // What to measure is the command line's: read once, not per object.
  let measures: Measures | undefined;
  let whole: Totals | undefined;
  let properties: string[] | undefined;
  return {
    takesInputDirectly: true,
    sink(ctx) {
      if (ctx.has('Property')) return undefined;
      const m = measures ??= measuresOf(ctx);
      const t = whole ??= totalsFor(null);
      return m.sum && !m.deviation && !m.maximum && !m.minimum && !m.text ? new SumStage(t, m, ctx) : new MeasureStage(t, m, ctx);
    },
    process(ctx, input, hasInput) {
      const item = hasInput ? input : ctx.get('InputObject');
      if (item === undefined || item === null) return;
      if (measures === undefined) {
        measures = measuresOf(ctx);
        properties = ctx.get<unknown[]>('Property')?.map((x) => toStr(x));
      }
      if (!properties || properties.length === 0) { (whole ??= totalsFor(null)).add(measures, item, ctx); return; }
      // Each property (wildcards expand over each input's properties) gets its own result.
      for (const p of properties) {
        const names = hasWildcard(p) ? propertyNames(item).filter((n) => wildcardMatch(n, p)) : [p];
        for (const name of names) {
          const t = totalsFor(name);
          const v = propertyValue(item, name);
          if (v !== null) t.add(measures, v, ctx);
        }
      }
    },
    end(ctx) {
      const props = ctx.get<unknown[]>('Property');
      if (!props || props.length === 0) { writeMeasure(ctx, totalsFor(null), null); return; }
      // A property no object had still gets its (empty) result.
      for (const p of props.map((x) => toStr(x))) if (!hasWildcard(p)) totalsFor(p);
      for (const name of order) writeMeasure(ctx, totals.get(name === null ? '' : name.toLowerCase())!, name);
    },
  };
});

/** The measures the command line asked for (`sum` covers everything that needs the running sum). */
interface Measures {
  text: boolean;
  lines: boolean;
  words: boolean;
  characters: boolean;
  ignoreWhiteSpace: boolean;
  sum: boolean;
  /** The running mean and squared deviations (Welford): only the standard deviation needs them. */
  deviation: boolean;
  maximum: boolean;
  minimum: boolean;
}

function measuresOf(ctx: CmdletContext): Measures {
  const all = ctx.switch('AllStats');
  return {
    text: ctx.parameterSetName === 'TextMeasure',
    lines: ctx.switch('Line'),
    words: ctx.switch('Word'),
    characters: ctx.switch('Character'),
    ignoreWhiteSpace: ctx.switch('IgnoreWhiteSpace'),
    sum: all || ctx.switch('Sum') || ctx.switch('Average') || ctx.switch('StandardDeviation'),
    deviation: all || ctx.switch('StandardDeviation'),
    maximum: all || ctx.switch('Maximum'),
    minimum: all || ctx.switch('Minimum'),
  };
}

/** Running totals for one measured value: Welford's method for the standard deviation. */
class Totals {
  count = 0;
  sum = 0;
  private mean = 0;
  private m2 = 0;
  max: unknown;
  min: unknown;
  lines = 0;
  words = 0;
  characters = 0;

  /** A value that is not a number came to a sum, average or standard deviation: they have no value. */
  nonNumeric = false;

  add(m: Measures, v: unknown, ctx: CmdletContext) {
    this.count++;
    if (m.text) {
      const t = toStr(v);
      if (m.lines) this.lines += t.split('\n').length;
      if (m.words) this.words += t.split(/\s+/).filter(Boolean).length;
      if (m.characters) this.characters += (m.ignoreWhiteSpace ? t.replace(/\s/g, '') : t).length;
      return;
    }
    if (m.sum) {
      const n = numericValue(v);
      if (n === undefined) {
        // As pwsh: an error for the object, and it takes no part in the maximum and minimum either.
        this.nonNumeric = true;
        ctx.error(`Input object "${toStr(v)}" is not numeric.`, 'NonNumericInputObject', 'InvalidType', v);
        return;
      }
      this.sum += n;
      if (m.deviation) {
        const delta = n - this.mean;
        this.mean += delta / this.count;
        this.m2 += delta * (n - this.mean);
      }
    }
    if (m.maximum) this.max = this.count === 1 ? v : extreme(this.max, v, 1);
    if (m.minimum) this.min = this.count === 1 ? v : extreme(this.min, v, -1);
  }

  /** An object of the shape real totals come to, once their sums have fractions and their extremes are set. */
  static witness(): Totals {
    const t = new Totals();
    t.sum = 0.5;
    t.mean = 0.5;
    t.m2 = 0.5;
    t.max = t.min = 1;
    t.max = t.min = 'x';
    return t;
  }

  get standardDeviation(): number {
    return Math.sqrt(this.m2 / (this.count - 1));
  }
}

/** Measure-Object's work for each object, when it measures the objects themselves. */
class MeasureStage implements Stage {
  readonly placesItsErrors = true;

  constructor(protected readonly totals: Totals, protected readonly measures: Measures, protected readonly ctx: CmdletContext) {}

  accept(input: unknown): void {
    if (input === undefined || input === null) return;
    try {
      this.totals.add(this.measures, input, this.ctx);
    } catch (caught) {
      throw this.ctx.placeError(caught);
    }
  }
}

/** MeasureStage for -Sum or -Average alone: a number only adds to the count and the sum. */
class SumStage extends MeasureStage {
  override accept(input: unknown): void {
    if (typeof input === 'number') {
      const t = this.totals;
      t.count++;
      t.sum += input;
    } else super.accept(input);
  }
}

{
  // Their shapes outlive every pipeline (keepShape), totals with fractions in their sums as real ones get.
  const totals = Totals.witness();
  const measures = measuresOf({ switch: () => false, parameterSetName: 'GenericMeasure' } as unknown as CmdletContext);
  keepShape(totals);
  keepShape(new MeasureStage(totals, measures, {} as CmdletContext));
  keepShape(new SumStage(totals, measures, {} as CmdletContext));
}

/** The value as a Double for a sum, or undefined when it does not convert. */
function numericValue(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (isNumeric(v)) return numberValue(v as number | TypedNumber);
  try {
    return numberValue(toNumeric(v, 'Double') as number | TypedNumber);
  } catch (e) {
    if (e instanceof RuntimeError) return undefined;
    throw e;
  }
}

function writeMeasure(ctx: CmdletContext, t: Totals, property: string | null) {
  const count = t.count;
  if (ctx.parameterSetName === 'TextMeasure') {
    const o = new PsObject(['Microsoft.PowerShell.Commands.TextMeasureInfo', 'System.Object']);
    if (ctx.switch('Line')) o.set('Lines', t.lines);
    if (ctx.switch('Word')) o.set('Words', t.words);
    if (ctx.switch('Character')) o.set('Characters', t.characters);
    o.set('Property', property);
    ctx.write(o, false);
    return;
  }
  const all = ctx.switch('AllStats');
  const want = (n: string) => all || ctx.switch(n);
  const o = new PsObject(['Microsoft.PowerShell.Commands.GenericMeasureInfo', 'System.Object']);
  o.set('Count', count);
  const numeric = !t.nonNumeric;
  o.set('Average', want('Average') && count && numeric ? makeNumber('Double', t.sum / count) : null);
  o.set('Sum', want('Sum') && numeric ? makeNumber('Double', t.sum) : null);
  o.set('Maximum', want('Maximum') && count ? extremeValue(t.max) : null);
  o.set('Minimum', want('Minimum') && count ? extremeValue(t.min) : null);
  o.set('StandardDeviation', want('StandardDeviation') && count > 1 && numeric ? makeNumber('Double', t.standardDeviation) : null);
  o.set('Property', property);
  ctx.write(o, false);
}

/** The larger (sign 1) or smaller (-1) of two values: as numbers when both are (`'10'` beats `'3'`), else as PowerShell compares them. */
function extreme(best: unknown, v: unknown, sign: 1 | -1): unknown {
  const a = numericValue(v);
  const b = numericValue(best);
  const order = a !== undefined && b !== undefined ? Math.sign(a - b) : compareOrAsText(v, best, false);
  return order * sign > 0 ? v : best;
}

/** A maximum or minimum as pwsh reports it: a Double when it converts to one, else the value itself (`'b', 'a'` gives 'b'). */
function extremeValue(v: unknown): unknown {
  const n = numericValue(v);
  return n === undefined ? v : makeNumber('Double', n);
}
