/**
 * The binder used directly: its decisions and the record it keeps of them (which the explainer
 * and Trace-Command read). Behaviour against pwsh is covered by test/binding-cases.
 */
import { describe, expect, it } from 'vitest';
import { Binder, type BindingTraceEntry } from '../../src/commands/binder.js';
import { buildMetadata } from '../../src/commands/metadata.js';
import { PsObject, type TypedNumber } from '../../src/runtime/values.js';

const meta = buildMetadata({
  name: 'Remove-Thing',
  defaultParameterSet: 'ObjectSet',
  supportsShouldProcess: true,
  parameters: [
    { name: 'InputObject', type: 'System.Collections.Hashtable[]', sets: { ObjectSet: { mandatory: true, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'ComputerName', type: 'System.String[]', aliases: ['CN'], sets: { ComputerNameSet: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true } } },
    { name: 'Id', type: 'System.UInt32[]', sets: { IdSet: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true } } },
  ],
});
const host = { runValidateScript: () => true };
const newBinder = () => new Binder(meta, 'Remove-Thing', 'cmdlet', host);
const brief = (t: BindingTraceEntry[]) => t.map((e) => `${e.stage}:${e.parameter ?? ''}:${e.result}${e.coercion === undefined ? '' : e.coercion ? '+c' : '-c'}`);

describe('binder', () => {
  it('binds named arguments by prefix and alias and narrows the sets', () => {
    const b = newBinder();
    b.bindCommandLine([{ parameterName: 'CN', hasValue: false }, { value: 'srv', hasValue: true }], false);
    expect([...b.bound.keys()]).toEqual(['ComputerName']);
    expect([...(b.bound.get('ComputerName') as string[])]).toEqual(['srv']);
    expect(b.parameterSetName).toBe('ComputerNameSet');
    const bound = b.trace.find((e) => e.result === 'bound')!;
    expect(bound.setsBefore).toEqual(['ObjectSet', 'ComputerNameSet', 'IdSet']);
    expect(bound.setsAfter).toEqual(['ComputerNameSet']);
  });

  it('for a cmdlet, a positional argument that does not convert tries the next parameter at that position', () => {
    const b = newBinder();
    b.bindCommandLine([{ value: 5, hasValue: true }], false);
    expect(b.parameterSetName).toBe('ComputerNameSet');
    // pwsh's four tries: the default set without coercion, every set without, then both with.
    expect(brief(b.trace).slice(0, 7)).toEqual([
      'positional:InputObject:skipped-c', 'positional:InputObject:skipped-c', 'positional:ComputerName:skipped-c', 'positional:Id:skipped-c',
      'positional:InputObject:failed+c', 'positional:InputObject:failed+c', 'positional:ComputerName:bound+c',
    ]);
  });

  it('records every pipeline pass, and why a parameter was skipped', () => {
    const b = newBinder();
    b.bindCommandLine([], true);
    const failure = b.bindPipelineObject(PsObject.from([['Id', 2]]));
    expect(failure).toBeUndefined();
    expect(b.parameterSetName).toBe('IdSet');
    expect([...b.bound.keys()]).toEqual(['Id']);
    expect((b.bound.get('Id') as TypedNumber[]).map((n) => [n.type, n.value])).toEqual([['UInt32', 2]]);
    const steps = b.trace.filter((e) => e.stage === 'pipeline');
    expect(brief(steps)).toEqual([
      'pipeline:InputObject:skipped-c', // by value, no coercion: a PSCustomObject is not a Hashtable[]
      'pipeline:InputObject:skipped-c', // by property name: no property named InputObject
      'pipeline:Id:skipped-c', // by property name, no coercion: an Int32 is not a UInt32[]
      'pipeline:ComputerName:skipped-c', // no property named ComputerName or CN
      'pipeline:InputObject:skipped+c', // by value with coercion: no conversion to Hashtable[]
      'pipeline:InputObject:skipped+c',
      'pipeline:Id:bound+c', // by property name with coercion: 2 becomes [uint32[]]2
      'pipeline:ComputerName:skipped+c', // the pass goes on over the sets it began with, as pwsh's does
    ]);
    expect(steps[3]!.reason).toBe('the object has no property named ComputerName or CN');
    expect(steps[6]!.setsBefore).toEqual(['ObjectSet', 'ComputerNameSet', 'IdSet']);
    expect(steps[6]!.setsAfter).toEqual(['IdSet']);
  });

  it('reports InputObjectNotBound for an object nothing takes, and restores the state for the next', () => {
    const b = newBinder();
    b.bindCommandLine([], true);
    expect(b.bindPipelineObject('text')?.record.errorId).toBe('InputObjectNotBound');
    expect(b.bindPipelineObject(PsObject.from([['ComputerName', 'x']]))).toBeUndefined();
    expect(b.parameterSetName).toBe('ComputerNameSet');
    expect(b.trace.filter((e) => e.stage === 'restore')).toHaveLength(2);
  });

  it('names the missing mandatory parameters', () => {
    const b = newBinder();
    expect(() => b.bindCommandLine([], false)).toThrow('Cannot process command because of one or more missing mandatory parameters: InputObject.');
    expect(b.trace.at(-1)).toMatchObject({ stage: 'mandatory', result: 'failed' });
  });
});

describe('binding record over a long pipeline', () => {
  it('keeps the command line and only the most recent objects, so it does not grow with the pipeline', () => {
    const b = newBinder();
    b.bindCommandLine([], true);
    for (let i = 0; i < 200; i++) b.bindPipelineObject(PsObject.from([['ComputerName', `c${i}`]]));
    const restores = b.trace.filter((e) => e.stage === 'restore');
    expect(restores.length).toBe(16);
    expect(b.trace.filter((e) => e.result === 'bound').at(-1)?.argument).toBe('c199');
    expect(b.trace.some((e) => e.argument === 'c0')).toBe(false);
  });
});
