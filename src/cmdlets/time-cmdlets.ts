/**
 * New-TimeSpan (the span between -Start and -End, or one of -Days ... -Milliseconds) and
 * Measure-Command (how long a script block takes, its output discarded).
 */
import { PsDateTime } from '../runtime/values.js';
import { timeSpanFromMs } from '../runtime/timespan.js';
import { defineCmdlet, INT, PSOBJECT, SCRIPTBLOCK } from './define.js';
import type { ScriptBlockValue } from '../runtime/values.js';

const DATETIME = 'System.DateTime';
const UNITS: [string, number][] = [['Days', 86_400_000], ['Hours', 3_600_000], ['Minutes', 60_000], ['Seconds', 1000], ['Milliseconds', 1]];

export const newTimeSpan = defineCmdlet({
  name: 'New-TimeSpan',
  defaultParameterSet: 'Date',
  parameters: [
    { name: 'Start', type: DATETIME, aliases: ['LastWriteTime'], sets: { Date: { position: 0, valueFromPipelineByPropertyName: true } } },
    { name: 'End', type: DATETIME, sets: { Date: { position: 1, valueFromPipelineByPropertyName: true } } },
    ...UNITS.map(([name]) => ({ name, type: INT, sets: { Time: {} } })),
  ],
  help: { synopsis: 'Creates a TimeSpan object.' },
}, () => ({
  process(ctx) {
    if (ctx.parameterSetName === 'Time') {
      const ms = UNITS.reduce((sum, [name, unit]) => sum + (ctx.has(name) ? Number(ctx.get(name)) * unit : 0), 0);
      ctx.write(timeSpanFromMs(ms), false);
      return;
    }
    // A missing end is now, and so is a missing start.
    const at = (name: string) => (ctx.has(name) ? (ctx.get(name) as PsDateTime).date.getTime() : Date.now());
    ctx.write(timeSpanFromMs(at('End') - at('Start')), false);
  },
}));

export const measureCommand = defineCmdlet({
  name: 'Measure-Command',
  parameters: [
    { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
    { name: 'Expression', type: SCRIPTBLOCK, position: 0, mandatory: true },
  ],
  help: { synopsis: 'Measures the time it takes to run script blocks and cmdlets.' },
}, () => {
  let elapsed = 0;
  return {
    process(ctx, input, hasInput) {
      const start = performance.now();
      // The block runs in the caller's scope, as pwsh runs it, once per input object as `$_`.
      ctx.invoke(ctx.get('Expression') as ScriptBlockValue, hasInput ? input : undefined, [], false);
      elapsed += performance.now() - start;
    },
    end(ctx) {
      ctx.write(timeSpanFromMs(elapsed), false);
    },
  };
});
