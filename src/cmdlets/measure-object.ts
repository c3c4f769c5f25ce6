/**
 * Measure-Object: count, sum, average, minimum, maximum and standard deviation of the input (or of
 * a property of it), or lines, words and characters of text. Writes one GenericMeasureInfo.
 */
import { isNumeric, numberValue, toNumeric, toStr } from '../runtime/conversion.js';
import { makeNumber } from '../runtime/conversion.js';
import { compareStrings, psCompare } from '../runtime/operators.js';
import { PsObject, type TypedNumber } from '../runtime/values.js';
import { collectInput, defineCmdlet, PSOBJECT, SWITCH } from './define.js';
import { propertyNames, propertyValue } from './property-selection.js';
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import type { CmdletContext } from '../commands/cmdlet-context.js';

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
  const items: unknown[] = [];
  return {
    process: collectInput(items, false),
    end(ctx) {
      const props = ctx.get<unknown[]>('Property');
      if (!props || props.length === 0) { writeMeasure(ctx, items, null); return; }
      // Each property (wildcards expand over every input's properties) gets its own result.
      const names: string[] = [];
      for (const p of props.map((x) => toStr(x))) {
        if (!hasWildcard(p)) { if (!names.includes(p)) names.push(p); continue; }
        for (const item of items) for (const n of propertyNames(item)) if (wildcardMatch(n, p) && !names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
      }
      for (const name of names) {
        const values = items.map((i) => propertyValue(i, name)).filter((v) => v !== null);
        writeMeasure(ctx, values, name);
      }
    },
  };
});

function writeMeasure(ctx: CmdletContext, values: unknown[], property: string | null) {
  const count = values.length;
  if (ctx.parameterSetName === 'TextMeasure') {
    const o = new PsObject(['Microsoft.PowerShell.Commands.TextMeasureInfo', 'System.Object']);
    const text = values.map((v) => toStr(v));
    if (ctx.switch('Line')) o.set('Lines', text.reduce((n, t) => n + t.split('\n').length, 0));
    if (ctx.switch('Word')) o.set('Words', text.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0));
    if (ctx.switch('Character')) o.set('Characters', text.reduce((n, t) => n + (ctx.switch('IgnoreWhiteSpace') ? t.replace(/\s/g, '') : t).length, 0));
    o.set('Property', property);
    ctx.write(o, false);
    return;
  }
  const all = ctx.switch('AllStats');
  const want = (n: string) => all || ctx.switch(n);
  const numbers = (want('Sum') || want('Average') || want('StandardDeviation')) ? values.map((v) => numberValue((isNumeric(v) ? v : toNumeric(v, 'Double')) as number | TypedNumber)) : [];
  const sum = numbers.reduce((a, b) => a + b, 0);
  const o = new PsObject(['Microsoft.PowerShell.Commands.GenericMeasureInfo', 'System.Object']);
  o.set('Count', count);
  o.set('Average', want('Average') && count ? makeNumber('Double', sum / count) : null);
  o.set('Sum', want('Sum') ? makeNumber('Double', sum) : null);
  o.set('Maximum', want('Maximum') && count ? makeNumber('Double', extreme(values, 1)) : null);
  o.set('Minimum', want('Minimum') && count ? makeNumber('Double', extreme(values, -1)) : null);
  if (want('StandardDeviation') && count > 1) {
    const mean = sum / count;
    o.set('StandardDeviation', makeNumber('Double', Math.sqrt(numbers.reduce((a, b) => a + (b - mean) ** 2, 0) / (count - 1))));
  } else {
    o.set('StandardDeviation', null);
  }
  o.set('Property', property);
  ctx.write(o, false);
}

function extreme(values: unknown[], sign: 1 | -1): number {
  let best = values[0];
  for (const v of values.slice(1)) {
    let c: number;
    try { c = psCompare(v, best); } catch { c = compareStrings(toStr(v), toStr(best), false); }
    if (c * sign > 0) best = v;
  }
  return numberValue((isNumeric(best) ? best : toNumeric(best, 'Double')) as number | TypedNumber);
}

