/**
 * Where-Object: keeps the input objects for which a script block is true, or compares a property
 * (`Where-Object Name -like 'a*'`): one parameter set per comparison operator, as in pwsh.
 */
import { toBool, toStr } from '../runtime/conversion.js';
import { getProperty, NOT_FOUND } from '../runtime/members.js';
import { comparison, isOp } from '../runtime/operators.js';
import { ScriptBlockValue } from '../runtime/values.js';
import { defineCmdlet, OBJECT, PSOBJECT, SCRIPTBLOCK, STRING, SWITCH } from './define.js';
import type { ParameterDeclaration } from '../commands/metadata.js';

/** Operator switches and the set each one selects. */
const OPERATORS = ['EQ', 'CEQ', 'NE', 'CNE', 'GT', 'CGT', 'LT', 'CLT', 'GE', 'CGE', 'LE', 'CLE', 'Like', 'CLike', 'NotLike', 'CNotLike',
  'Match', 'CMatch', 'NotMatch', 'CNotMatch', 'Contains', 'CContains', 'NotContains', 'CNotContains', 'In', 'CIn', 'NotIn', 'CNotIn', 'Is', 'IsNot', 'Not'];
const setName = (op: string) => op === 'EQ' ? 'EqualSet' : op === 'Not' ? 'NotSet' : `${op === 'CEQ' ? 'CaseSensitiveEqual' : op.startsWith('C') && op !== 'Contains' ? 'CaseSensitive' + op.slice(1) : op}Set`;
const propertySets = ['EqualSet', ...OPERATORS.filter((o) => o !== 'EQ').map(setName)];

const parameters: ParameterDeclaration[] = [
  { name: 'InputObject', type: PSOBJECT, valueFromPipeline: true },
  { name: 'FilterScript', type: SCRIPTBLOCK, sets: { ScriptBlockSet: { mandatory: true, position: 0 } } },
  { name: 'Property', type: STRING, sets: Object.fromEntries(propertySets.map((s) => [s, { mandatory: true, position: 0 }])) },
  { name: 'Value', type: OBJECT, sets: Object.fromEntries(propertySets.filter((s) => s !== 'NotSet').map((s) => [s, { position: 1 }])) },
  ...OPERATORS.map((op): ParameterDeclaration => ({ name: op, type: SWITCH, sets: { [setName(op)]: { mandatory: op !== 'EQ' } }, aliases: op === 'EQ' ? ['IEQ'] : [] })),
];

export const whereObject = defineCmdlet({
  name: 'Where-Object',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'EqualSet',
  parameters,
  help: { synopsis: 'Selects objects from a collection based on their property values.' },
}, () => {
  let test: ((item: unknown) => boolean) | undefined;
  return {
  takesInputDirectly: true,
  sink(ctx) {
    if (ctx.parameterSetName !== 'ScriptBlockSet') return undefined;
    return ctx.itemFilter(ctx.get<ScriptBlockValue>('FilterScript')!);
  },
  process(ctx, input, hasInput) {
    const item = hasInput ? input : ctx.get('InputObject');
    if (ctx.parameterSetName === 'ScriptBlockSet') {
      test ??= ctx.itemTester(ctx.get<ScriptBlockValue>('FilterScript')!);
      if (test(item === undefined ? null : item)) ctx.write(item, false);
      return;
    }
    const name = toStr(ctx.get('Property'));
    const raw = getProperty(item, name);
    const value = raw === NOT_FOUND ? null : raw;
    const op = OPERATORS.find((o) => setName(o) === ctx.parameterSetName) ?? 'EQ';
    let keep: boolean;
    if (op === 'Not') keep = !toBool(value);
    else if (op === 'EQ' && !ctx.has('Value')) keep = toBool(value);
    else if (op === 'Is' || op === 'IsNot') keep = isOp(value, ctx.get('Value')) === (op === 'Is');
    else keep = toBool(comparison(op.toLowerCase(), value, ctx.get('Value'), { setMatches() {} }));
    if (keep) ctx.write(item, false);
  },
  };
});
