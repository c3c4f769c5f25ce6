/**
 * Get-Random and Read-Host (which reads a line from the host, and fails under -NonInteractive).
 *
 * Get-Random: an Int32 below Int32.MaxValue, or between -Minimum and -Maximum (exclusive; Double
 * when either bound is), or -Count objects picked from -InputObject without repeats, or all of them
 * in random order with -Shuffle. -SetSeed makes the sequence repeatable, and the same as pwsh's
 * (random-generator.ts).
 */
import type { CmdletContext } from '../commands/cmdlet-context.js';
import { isNumeric, makeNumber, numberValue, numericType, parseNumber, toNumeric, toStr } from '../runtime/conversion.js';
import { exactInteger, makeWideInteger } from '../runtime/exact-numbers.js';
import { RandomNumbers } from './random-generator.js';
import { secureString, secureStringText } from '../runtime/secure-string.js';
import type { TypedNumber } from '../runtime/values.js';
import { defineCmdlet, INT, OBJECT, OBJECT_ARRAY, STRING, SWITCH } from './define.js';

/** The session's generator, kept across calls; -SetSeed replaces it with a seeded one, as pwsh's. */
function generator(ctx: CmdletContext): RandomNumbers {
  if (ctx.has('SetSeed')) ctx.session.set('random', new RandomNumbers(Number(ctx.get('SetSeed'))));
  let random = ctx.session.get('random') as RandomNumbers | undefined;
  if (!random) { random = new RandomNumbers(); ctx.session.set('random', random); }
  return random;
}

/** A bound as pwsh reads it: text is scanned as a number literal (Int32, Int64 or Double). */
function operand(v: unknown): number | TypedNumber | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return parseNumber(v) ?? toNumeric(v, 'Int32');
  return isNumeric(v) ? v : toNumeric(v, 'Double');
}

const isOfType = (v: number | TypedNumber | null, type: string) => v === null || numericType(v) === type;

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
  let random: RandomNumbers;
  // -Count items chosen by reservoir sampling (every item equally likely), or all with -Shuffle.
  const chosen: unknown[] = [];
  let seen = 0;
  return {
    begin(ctx) {
      random = generator(ctx);
    },
    process(ctx, input, hasInput) {
      if (ctx.parameterSetName === 'RandomNumberParameterSet') return;
      const items = hasInput ? [input] : ctx.get<unknown[] | null>('InputObject') ?? [null];
      const count = ctx.has('Count') ? Number(ctx.get('Count')) : 1;
      for (const item of items) {
        if (ctx.parameterSetName === 'ShuffleParameterSet' || seen < count) chosen.push(item);
        else if (random.nextInRange(0, seen + 1) < count) chosen[random.nextInRange(0, chosen.length)] = item;
        seen++;
      }
    },
    end(ctx) {
      // pwsh draws numbers in its begin block; here the set is only certain once input has come.
      if (ctx.parameterSetName === 'RandomNumberParameterSet') { writeNumbers(ctx, random); return; }
      for (let i = 0; i < chosen.length; i++) {
        const j = random.nextInRange(i, chosen.length);
        ctx.write(chosen[j], false);
        if (i !== j) chosen[j] = chosen[i];
      }
    },
  };
});

/** The number parameter set: Int32 when both bounds are, Int64 when both are integers, else Double. */
function writeNumbers(ctx: CmdletContext, random: RandomNumbers): void {
  const max = operand(ctx.has('Maximum') ? ctx.get('Maximum') : undefined);
  const min = operand(ctx.has('Minimum') ? ctx.get('Minimum') : undefined);
  const count = ctx.has('Count') ? Number(ctx.get('Count')) : 1;
  const boundsError = (lo: unknown, hi: unknown) => ctx.terminatingError(`The Minimum value (${toStr(lo)}) cannot be greater than or equal to the Maximum value (${toStr(hi)}).`,
    'MinGreaterThanOrEqualMax', 'InvalidArgument', null, 'System.ArgumentOutOfRangeException');
  if (isOfType(max, 'Int32') && isOfType(min, 'Int32')) {
    const lo = min === null ? 0 : numberValue(min);
    const hi = max === null ? 2147483647 : numberValue(max);
    if (lo >= hi) throw boundsError(lo, hi);
    for (let i = 0; i < count; i++) ctx.write(random.nextInRange(lo, hi));
  } else if ((isOfType(max, 'Int32') || isOfType(max, 'Int64')) && (isOfType(min, 'Int32') || isOfType(min, 'Int64'))) {
    const lo = min === null ? 0n : exactInteger(min)!;
    const hi = max === null ? (1n << 63n) - 1n : exactInteger(max)!;
    if (lo >= hi) throw boundsError(lo, hi);
    for (let i = 0; i < count; i++) ctx.write(makeWideInteger('Int64', random.nextInt64(lo, hi)));
  } else {
    const lo = min === null ? 0 : numberValue(toNumeric(min, 'Double'));
    const hi = max === null ? Number.MAX_VALUE : numberValue(toNumeric(max, 'Double'));
    if (lo >= hi) throw boundsError(makeNumber('Double', lo), makeNumber('Double', hi));
    for (let i = 0; i < count; i++) ctx.write(makeNumber('Double', random.nextDoubleInRange(lo, hi)));
  }
}

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
    const text = secureStringText(value);
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
