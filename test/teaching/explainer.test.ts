/**
 * The binding explainer reads the binder's record: these check the record's shape and verdicts
 * (the full text views are golden files in examples/teaching).
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run.js';
import type { Explanation } from '../../src/teaching/binding-explainer.js';

/** The explanation of `script` (its errors, on stderr, are left out). */
const json = (script: string): Explanation => JSON.parse(runScript(`Show-ParameterBinding -Format Json { ${script} }`).stdout);

describe('Show-ParameterBinding -Format Json', () => {
  it('records the four passes in order, with the pass that bound', () => {
    const e = json('[pscustomobject]@{ Id = 2 } | Remove-CimSession');
    expect(e.version).toBe(1);
    const cmd = e.pipelines[0]!.commands[0]!;
    expect([cmd.name, cmd.position, cmd.pipelineLength]).toEqual(['Remove-CimSession', 2, 2]);
    expect(cmd.commandLine.waitingForPipeline).toEqual(['CimSession', 'ComputerName', 'Id', 'InstanceId', 'Name']);
    const input = cmd.inputs[0]!;
    expect(input.passes.map((p) => `${p.pass}/${p.coercion}`)).toEqual([
      'ValueFromPipeline/false', 'ValueFromPipelineByPropertyName/false', 'ValueFromPipeline/true', 'ValueFromPipelineByPropertyName/true']);
    const bound = input.passes.flatMap((p, i) => p.attempts.filter((a) => a.result === 'bound').map((a) => `${i + 1}:${a.parameter}`));
    expect(bound).toEqual(['4:Id']);
    expect(input.passes[1]!.attempts.find((a) => a.parameter === 'Id')!.reason).toBe('Int32 is not UInt32[]: needs conversion, so not in this pass');
    expect(input.bound).toEqual({ Id: '@(2)' });
    expect(input.parameterSet).toBe('SessionIdSet');
    expect(input.setsAfter).toEqual(['SessionIdSet']);
  });

  it('gives InputObjectNotBound a hint naming the properties that would bind', () => {
    const input = json("'srv1' | Remove-CimSession 2>$null").pipelines[0]!.commands[0]!.inputs[0]!;
    expect(input.error?.id).toBe('InputObjectNotBound');
    expect(input.error?.hint).toContain('Remove-CimSession -ComputerName srv1');
  });

  it('explains a command-line failure and which sets the parameters belong to', () => {
    const cl = json('Remove-CimSession -Id 1 -Name x').pipelines[0]!.commands[0]!.commandLine;
    expect(cl.error?.id).toBe('AmbiguousParameterSet');
    expect(cl.error?.hint).toBe('-Id is in SessionIdSet; -Name is in NameSet: no parameter set has all of them, so use them in separate commands.');
  });

  it('marks positional attempts with the try they belong to', () => {
    const cl = json('Remove-CimSession srv1').pipelines[0]!.commands[0]!.commandLine;
    expect(cl.attempts.map((a) => `${a.among}/${a.coercion}/${a.parameter}/${a.result}`)).toEqual([
      'default set/false/CimSession/skipped', 'all sets/false/CimSession/skipped', 'all sets/false/ComputerName/bound', 'all sets/false/Id/skipped']);
  });

  it('follows only the commands the script block runs, not those inside the functions it calls', () => {
    const e = json('function Inner { Write-Output 1 | Out-Null }; Inner');
    expect(e.pipelines.flatMap((p) => p.commands.map((c) => c.name))).toEqual(['Inner']);
  });
});

describe('Show-ParameterBinding -NoExecute', () => {
  it('binds and runs nothing: no session is removed', () => {
    const r = runScript("New-CimSession -ComputerName srv1 | Out-Null; Show-ParameterBinding -NoExecute { [pscustomobject]@{ ComputerName = 'srv1' } | Remove-CimSession } | Out-Null; @(Get-CimSession).Count");
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1');
    expect(r.stdout).toContain('Bound:  ComputerName = @(\'srv1\')   Parameter set: ComputerNameSet');
    expect(r.stdout).toContain('(Nothing was run: only the binding was worked out.)');
  });
});
