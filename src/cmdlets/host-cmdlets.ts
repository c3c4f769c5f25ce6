/**
 * Get-Random and Read-Host (which reads a line from the host, and fails under -NonInteractive).
 *
 * Get-Random: an Int32 below Int32.MaxValue, or between -Minimum and -Maximum (exclusive; Double
 * when either bound is), or -Count objects picked from -InputObject without repeats, or all of them
 * in random order with -Shuffle. -SetSeed makes the sequence repeatable; the numbers differ from
 * .NET's, whose generator is not reproduced.
 */
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { isNumeric, makeNumber, numberValue, numericType, toNumeric, toStr } from '../runtime/conversion.js';
import type { TypedNumber } from '../runtime/values.js';
import { PsObject } from '../runtime/values.js';
import { defineCmdlet, INT, OBJECT, OBJECT_ARRAY, STRING, SWITCH } from './define.js';

/** The session's generator: Math.random, or a seeded mulberry32 after -SetSeed. */
function generator(ctx: CmdletContext): () => number {
  if (ctx.has('SetSeed')) {
    let state = Number(ctx.get('SetSeed')) >>> 0;
    ctx.session.set('random', () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    });
  }
  return (ctx.session.get('random') as (() => number) | undefined) ?? Math.random;
}

export const getRandom = defineCmdlet({
  name: 'Get-Random',
  defaultParameterSet: 'RandomNumberParameterSet',
  parameters: [
    { name: 'SetSeed', type: INT },
    { name: 'Maximum', type: OBJECT, sets: { RandomNumberParameterSet: { position: 0 } } },
    { name: 'Minimum', type: OBJECT, sets: { RandomNumberParameterSet: {} } },
    { name: 'InputObject', type: OBJECT_ARRAY, allowNull: true, sets: { RandomListItemParameterSet: { mandatory: true, position: 0, valueFromPipeline: true }, ShuffleParameterSet: { mandatory: true, position: 0, valueFromPipeline: true } } },
    { name: 'Count', type: INT, sets: { RandomNumberParameterSet: {}, RandomListItemParameterSet: {} } },
    { name: 'Shuffle', type: SWITCH, sets: { ShuffleParameterSet: { mandatory: true } } },
  ],
  help: { synopsis: 'Gets a random number, or selects objects randomly from a collection.' },
}, () => {
  const items: unknown[] = [];
  return {
    process(ctx, input, hasInput) {
      if (ctx.parameterSetName === 'RandomNumberParameterSet') return;
      if (hasInput) items.push(input); else items.push(...(ctx.get<unknown[]>('InputObject') ?? []));
    },
    end(ctx) {
      const random = generator(ctx);
      if (ctx.parameterSetName !== 'RandomNumberParameterSet') {
        // Fisher-Yates: -Count picks that many without repeats, -Shuffle returns all.
        const pool = [...items];
        for (let i = pool.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [pool[i], pool[j]] = [pool[j], pool[i]];
        }
        const count = ctx.parameterSetName === 'ShuffleParameterSet' ? pool.length : ctx.has('Count') ? Number(ctx.get('Count')) : 1;
        for (const v of pool.slice(0, count)) ctx.write(v, false);
        return;
      }
      const bound = (name: string) => (ctx.has(name) ? ctx.get(name) : undefined);
      const max = bound('Maximum');
      const min = bound('Minimum');
      const isDouble = [max, min].some((v) => v !== undefined && isNumeric(v) && ['Double', 'Single', 'Decimal'].includes(numericType(v as number | TypedNumber)));
      // A number keeps its width (Int64 bounds give Int64); text converts to Int32, as pwsh's does.
      const asNumber = (v: unknown) => numberValue(toNumeric(v, isDouble ? 'Double' : isNumeric(v) ? 'Int64' : 'Int32') as number | TypedNumber);
      const lo = min === undefined ? 0 : asNumber(min);
      const hi = max === undefined ? (isDouble ? Number.MAX_VALUE : 2147483647) : asNumber(max);
      if (lo >= hi) {
        throw ctx.terminatingError(`The Minimum value (${toStr(min ?? 0)}) cannot be greater than or equal to the Maximum value (${toStr(max)}).`,
          'MinGreaterThanOrEqualMax', 'InvalidArgument', null, 'System.ArgumentOutOfRangeException');
      }
      const count = ctx.has('Count') ? Number(ctx.get('Count')) : 1;
      for (let i = 0; i < count; i++) {
        const r = lo + random() * (hi - lo);
        ctx.write(isDouble ? makeNumber('Double', r) : Math.floor(r));
      }
    },
  };
});

export const readHost = defineCmdlet({
  name: 'Read-Host',
  parameters: [
    { name: 'Prompt', type: OBJECT, position: 0, valueFromRemainingArguments: true, allowNull: true },
    { name: 'AsSecureString', type: SWITCH },
    { name: 'MaskInput', type: SWITCH },
  ],
  help: { synopsis: 'Reads a line of input from the console.' },
}, () => ({
  process(ctx) {
    if (ctx.host.interactive === false || !ctx.host.readLine) {
      ctx.error('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', 'System.Management.Automation.PSInvalidOperationException', 'InvalidOperation', null, 'System.Management.Automation.PSInvalidOperationException');
      return;
    }
    const prompt = ctx.get<unknown>('Prompt');
    const text = prompt === undefined || prompt === null ? '' : `${toStr(Array.isArray(prompt) ? prompt.join(' ') : prompt)}: `;
    const masked = ctx.switch('AsSecureString') || ctx.switch('MaskInput');
    const line = masked && ctx.host.readMaskedLine ? ctx.host.readMaskedLine(text) : ctx.host.readLine(text);
    ctx.write(ctx.switch('AsSecureString') ? secureString(line ?? '') : line ?? '');
  },
}));

// ## SecureString

const secrets = new WeakMap<PsObject, string>();

/** A System.Security.SecureString: its text is kept out of every property and conversion. */
export function secureString(text: string): PsObject {
  const o = new PsObject(['System.Security.SecureString', 'System.Object']);
  o.set('Length', text.length);
  o.display = 'System.Security.SecureString';
  secrets.set(o, text);
  return o;
}

export const convertToSecureString = defineCmdlet({
  name: 'ConvertTo-SecureString',
  module: 'Microsoft.PowerShell.Security',
  defaultParameterSet: 'Secure',
  parameters: [
    { name: 'String', type: STRING, position: 0, mandatory: true, valueFromPipeline: true },
    { name: 'AsPlainText', type: SWITCH, sets: { PlainText: { mandatory: true, position: 1 } } },
    { name: 'Force', type: SWITCH, sets: { PlainText: { position: 2 } } },
  ],
  help: { synopsis: 'Converts plain text to a secure string.' },
}, () => ({
  process(ctx, input, hasInput) {
    const text = toStr(hasInput ? input : ctx.get('String'));
    if (!ctx.switch('AsPlainText')) {
      throw ctx.terminatingError('minipwsh converts only plain text (-AsPlainText) to a secure string; encrypted strings are not supported.', 'ImportSecureString', 'NotImplemented', text, 'System.NotSupportedException');
    }
    ctx.write(secureString(text), false);
  },
}));

export const convertFromSecureString = defineCmdlet({
  name: 'ConvertFrom-SecureString',
  module: 'Microsoft.PowerShell.Security',
  parameters: [
    { name: 'SecureString', type: 'System.Security.SecureString', position: 0, mandatory: true, valueFromPipeline: true },
    { name: 'AsPlainText', type: SWITCH },
  ],
  help: { synopsis: 'Converts a secure string to plain text (-AsPlainText).' },
}, () => ({
  process(ctx, input, hasInput) {
    const value = hasInput ? input : ctx.get('SecureString');
    const text = value instanceof PsObject ? secrets.get(value) : undefined;
    if (text === undefined || !ctx.switch('AsPlainText')) {
      throw ctx.terminatingError('minipwsh converts a secure string back only to plain text (-AsPlainText); encryption is not supported.', 'ExportSecureString', 'NotImplemented', value, 'System.NotSupportedException');
    }
    ctx.write(text);
  },
}));



export const getHost = defineCmdlet({
  name: 'Get-Host',
  parameters: [],
  help: { synopsis: 'Gets an object that represents the current host program.' },
}, () => ({
  process(ctx) { ctx.write(ctx.getVariable('Host'), false); },
}));
