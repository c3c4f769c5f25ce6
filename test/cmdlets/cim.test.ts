/**
 * The CIM session cmdlets against the seed help page (../shared/seed/Remove-CimSession.md) and
 * ../shared/spec/cimsession.md. pwsh cannot run CimCmdlets on Linux, so these are checked here.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run.js';

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/;
const setup = "New-CimSession -ComputerName srv1, srv2 | Out-Null; New-CimSession -Name app1 | Out-Null; New-CimSession -Name app2 -ComputerName web | Out-Null\n";
const run = (text: string) => runScript(setup + text);
const names = "\n(Get-CimSession | ForEach-Object Name) -join ','";

describe('CIM sessions', () => {
  it('numbers sessions from 1, names them CimSession<Id>, defaults to localhost and WSMAN', () => {
    const r = run("Get-CimSession | ForEach-Object { '{0} {1} {2} {3}' -f $_.Id, $_.Name, $_.ComputerName, $_.Protocol }");
    expect(r.stdout).toBe('1 CimSession1 srv1 WSMAN\n2 CimSession2 srv2 WSMAN\n3 app1 localhost WSMAN\n4 app2 web WSMAN\n');
  });
  it('a session is a CimSession with a [guid] InstanceId, and prints as a list', () => {
    const r = runScript('$s = New-CimSession -ComputerName x; $s -is [CimSession]; $s.InstanceId -is [guid]; $s.Id.GetType().Name; $s');
    expect(r.stdout).toMatch(new RegExp(`^True\\nTrue\\nUInt32\\n\\nId           : 1\\nName         : CimSession1\\nInstanceId   : ${GUID.source}\\nComputerName : x\\nProtocol     : WSMAN\\n\\n$`));
  });
  it("a session converts to a string as the CIM client library prints it: 'CimSession: <computer>', '.' for the local default", () => {
    expect(runScript('"$(New-CimSession)"; [string](New-CimSession -ComputerName srv1); (New-CimSession).ComputerName').stdout).toBe('CimSession: .\nCimSession: srv1\nlocalhost\n');
  });
  it("Get-Member lists CimSession's methods and the note properties CimCmdlets adds to a session", () => {
    const r = runScript("$s = New-CimSession -ComputerName srv1; $s | Get-Member | ForEach-Object { '{0} {1}' -f $_.MemberType, $_.Name }; ($s | Get-Member -Name Id).Definition");
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('Method ')).length).toBe(33);
    expect(lines).toContain('Method TestConnection');
    expect(lines.filter((l) => !l.startsWith('Method ')).slice(0, 5)).toEqual([
      'NoteProperty ComputerName', 'NoteProperty Id', 'NoteProperty InstanceId', 'NoteProperty Name', 'NoteProperty Protocol']);
    expect(lines.at(-1)).toBe('uint Id=1');
  });
  it('New-CimSessionOption -Protocol Dcom makes a DCOM session', () => {
    expect(runScript('(New-CimSession -SessionOption (New-CimSessionOption -Protocol Dcom)).Protocol').stdout).toBe('DCOM\n');
  });
  it('ids are never reused, and two interpreters do not share sessions', () => {
    expect(run('Remove-CimSession -Id 4; (New-CimSession).Id').stdout).toBe('5\n');
    expect(runScript('@(Get-CimSession).Count').stdout).toBe('0\n');
  });

  describe("the seed's examples", () => {
    it('Example 1: Get-CimSession | Remove-CimSession removes them all (ByValue)', () => {
      expect(run('Get-CimSession | Remove-CimSession; @(Get-CimSession).Count')).toMatchObject({ stdout: '0\n', stderr: '' });
    });
    it('Example 2: Remove-CimSession -Id 5 reports the missing session; -Id 1 removes one', () => {
      const r = runScript(setup.trim() + '; Remove-CimSession -Id 5');
      expect(r.stderr).toBe('Remove-CimSession: Could not find CimSession with the given Id = 5\n');
      expect(run('Remove-CimSession -Id 1' + names).stdout).toBe('CimSession2,app1,app2\n');
    });
    it('Example 3: Remove-CimSession -Name a* -WhatIf prints What if per session and removes nothing', () => {
      const r = run('Remove-CimSession -Name a* -WhatIf' + names);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toMatch(new RegExp(`^What if: Performing the operation "Remove CimSession" on target "CimSession id = 3, name = app1, ComputerName = localhost, instance id = ${GUID.source}"\\.$`));
      expect(lines[1]).toMatch(/^What if: .*CimSession id = 4, name = app2, ComputerName = web, /);
      expect(lines[2]).toBe('CimSession1,CimSession2,app1,app2');
    });
  });

  describe('every parameter set and alias of Remove-CimSession', () => {
    it.each([
      ['Remove-CimSession -CimSession (Get-CimSession -Id 1)', 'CimSession2,app1,app2'],
      ['Remove-CimSession (Get-CimSession -Id 2)', 'CimSession1,app1,app2'],
      ['Remove-CimSession -ComputerName srv1', 'CimSession2,app1,app2'],
      ['Remove-CimSession -CN srv*', 'app1,app2'],
      ['Remove-CimSession -ServerName web', 'CimSession1,CimSession2,app1'],
      ['Remove-CimSession srv2', 'CimSession1,app1,app2'],
      ['Remove-CimSession -Id 1, 3', 'CimSession2,app2'],
      ['Remove-CimSession -Id (2..4)', 'CimSession1'],
      ['Remove-CimSession -InstanceId (Get-CimSession -Id 4).InstanceId', 'CimSession1,CimSession2,app1'],
      ['Remove-CimSession -Name app*', 'CimSession1,CimSession2'],
      ['Remove-CimSession -Name CimSession1, app2', 'CimSession2,app1'],
      ["[pscustomobject]@{ ComputerName = 'srv1' } | Remove-CimSession", 'CimSession2,app1,app2'],
      ['[pscustomobject]@{ Id = 2 } | Remove-CimSession', 'CimSession1,app1,app2'],
      ["[pscustomobject]@{ Name = 'app1' } | Remove-CimSession", 'CimSession1,CimSession2,app2'],
      ['rcms -Id 1', 'CimSession2,app1,app2'],
    ])('%s', (command, left) => {
      const r = run(command + names);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(left + '\n');
    });
  });

  describe('errors, with pwsh texts and ids', () => {
    const fqid = (command: string) => run(`try { ${command} -ErrorAction Stop } catch { "$($_.FullyQualifiedErrorId) [$($_.CategoryInfo.Category)] $($_.Exception.Message)" }`).stdout;
    it('not found', () => {
      expect(fqid('Remove-CimSession -Id 9')).toBe(',Microsoft.Management.Infrastructure.CimCmdlets.RemoveCimSessionCommand [ObjectNotFound] Could not find CimSession with the given Id = 9\n');
      expect(fqid('Get-CimSession -Name nope')).toBe(',Microsoft.Management.Infrastructure.CimCmdlets.GetCimSessionCommand [ObjectNotFound] Could not find CimSession with the given Name = nope\n');
      expect(run('Get-CimSession -Name nope*').stderr).toBe('');
    });
    it('-Id 2..4 is the string "2..4" in argument mode', () => {
      expect(fqid('Remove-CimSession -Id 2..4')).toBe('CannotConvertArgumentNoMessage,Microsoft.Management.Infrastructure.CimCmdlets.RemoveCimSessionCommand [InvalidArgument] Cannot bind parameter \'Id\'. Cannot convert value "2..4" to type "System.UInt32". Error: "The input string \'2..4\' was not in a correct format."\n');
    });
    it('InputObjectNotBound per object, and the pipeline goes on', () => {
      const r = run("'abc', 'def' | Remove-CimSession" + names);
      expect(r.stderr.match(/The input object cannot be bound/g)).toHaveLength(2);
      expect(r.stdout).toBe('CimSession1,CimSession2,app1,app2\n');
    });
    it('positional, ambiguous and missing arguments', () => {
      expect(fqid('Remove-CimSession a b')).toContain("PositionalParameterNotFound,Microsoft.Management.Infrastructure.CimCmdlets.RemoveCimSessionCommand [InvalidArgument] A positional parameter cannot be found that accepts argument 'b'.");
      expect(fqid('Remove-CimSession -Id 1 -Name x')).toContain('AmbiguousParameterSet,');
      expect(fqid('Remove-CimSession -Id')).toContain("MissingArgument,Microsoft.Management.Infrastructure.CimCmdlets.RemoveCimSessionCommand [InvalidArgument] Missing an argument for parameter 'Id'. Specify a parameter of type 'System.UInt32[]' and try again.");
    });
  });
});
