/**
 * New-CimSession, Get-CimSession, Remove-CimSession and New-CimSessionOption (module CimCmdlets),
 * declared as the seed help page and ../shared/spec/cimsession.md describe them.
 */
import { getCimSessionHelp, newCimSessionHelp, removeCimSessionHelp } from './cim-help.js';
import type { CmdletContext } from '../../commands/cmdlet-context.js';
import type { ParameterDeclaration } from '../../commands/metadata.js';
import { newGuid, numberValue, toStr } from '../../runtime/conversion.js';
import { PsGuid, PsObject, type TypedNumber } from '../../runtime/values.js';
import { hasWildcard, wildcardMatch } from '../../runtime/wildcard.js';
import { defineCmdlet, STRING, STRING_ARRAY, SWITCH } from '../define.js';
import { CIM_SESSION_TYPE, CimSessionValue, storeOf } from './cim-session.js';

const MODULE = 'CimCmdlets';
const TYPE_PREFIX = 'Microsoft.Management.Infrastructure.CimCmdlets.';
const UINT32_ARRAY = 'System.UInt32[]';
const GUID_ARRAY = 'System.Guid[]';
const SESSION_ARRAY = CIM_SESSION_TYPE + '[]';
const OPTIONS_TYPE = 'Microsoft.Management.Infrastructure.Options.CimSessionOptions';

/** pwsh's not-found error: `Could not find CimSession with the given Id = 5` (no error id). */
function notFound(ctx: CmdletContext, property: string, value: unknown) {
  ctx.error(`Could not find CimSession with the given ${property} = ${toStr(value)}`, '', 'ObjectNotFound', null, 'Microsoft.Management.Infrastructure.CimException');
}

interface Selection { sessions: CimSessionValue[]; misses: [string, unknown][] }

/** The sessions a set of Get/Remove-CimSession arguments selects, and what matched nothing. */
function select(ctx: CmdletContext, forRemove: boolean): Selection {
  const store = storeOf(ctx.session);
  const all = store.all();
  const found = new Set<CimSessionValue>();
  const misses: [string, unknown][] = [];
  const set = ctx.parameterSetName;
  if (set === 'SessionIdSet') {
    for (const id of ctx.get<TypedNumber[]>('Id') ?? []) {
      const hit = all.filter((s) => s.id === numberValue(id));
      hit.forEach((s) => found.add(s));
      if (!hit.length) misses.push(['Id', numberValue(id)]);
    }
  } else if (set === 'InstanceIdSet') {
    for (const g of ctx.get<PsGuid[]>('InstanceId') ?? []) {
      const hit = all.filter((s) => s.instanceId.value === g.value);
      hit.forEach((s) => found.add(s));
      if (!hit.length) misses.push(['InstanceId', g.value]);
    }
  } else if (set === 'NameSet') {
    for (const n of ctx.get<string[]>('Name') ?? []) {
      const hit = all.filter((s) => wildcardMatch(s.name, n));
      hit.forEach((s) => found.add(s));
      if (!hit.length && !hasWildcard(n)) misses.push(['Name', n]);
    }
  } else if (set === 'ComputerNameSet') {
    const names = ctx.get<string[]>('ComputerName');
    if (!names) return { sessions: all, misses };
    for (const n of names) {
      const hit = all.filter((s) => wildcardMatch(s.computerName, n));
      hit.forEach((s) => found.add(s));
      if (!hit.length && !hasWildcard(n)) misses.push(['ComputerName', n]);
    }
  } else if (set === 'CimSessionSet' && forRemove) {
    for (const s of ctx.get<unknown[]>('CimSession') ?? []) {
      if (s instanceof CimSessionValue && store.has(s)) found.add(s);
      else misses.push(['CimSession', '{CimSession Object}']);
    }
  }
  return { sessions: [...found].sort((a, b) => a.id - b.id), misses };
}

/** Not-found errors come after the sessions that were found, as in pwsh. */
function reportMisses(ctx: CmdletContext, selection: Selection) {
  for (const [p, v] of selection.misses) notFound(ctx, p, v);
}

export const newCimSession = defineCmdlet({
  name: 'New-CimSession',
  module: MODULE,
  implementingType: TYPE_PREFIX + 'NewCimSessionCommand',
  defaultParameterSet: 'CredentialParameterSet',
  parameters: [
    { name: 'Authentication', type: 'Microsoft.Management.Infrastructure.Options.PasswordAuthenticationMechanism', sets: { CredentialParameterSet: {} } },
    { name: 'Credential', type: 'System.Management.Automation.PSCredential', sets: { CredentialParameterSet: { position: 1 } } },
    { name: 'CertificateThumbprint', type: STRING, sets: { CertificateParameterSet: {} } },
    { name: 'ComputerName', type: STRING_ARRAY, aliases: ['CN', 'ServerName'], position: 0, valueFromPipelineByPropertyName: true },
    { name: 'Name', type: STRING },
    { name: 'OperationTimeoutSec', type: 'System.UInt32', aliases: ['OT'] },
    { name: 'SkipTestConnection', type: SWITCH },
    { name: 'Port', type: 'System.UInt32' },
    { name: 'SessionOption', type: OPTIONS_TYPE },
  ],
  help: newCimSessionHelp,
}, () => ({
  process(ctx) {
    const store = storeOf(ctx.session);
    const names = ctx.get<string[]>('ComputerName') ?? [''];
    const options = ctx.get<PsObject>('SessionOption');
    const protocol = options instanceof PsObject && toStr(options.get('Protocol')?.value).toLowerCase() === 'dcom' ? 'DCOM' : 'WSMAN';
    const port = ctx.has('Port') ? numberValue(ctx.get('Port') as TypedNumber) : undefined;
    for (const computer of names) {
      const session = store.add((id) => new CimSessionValue(id, ctx.has('Name') ? toStr(ctx.get('Name')) : `CimSession${id}`, newGuid(), computer || null, protocol, port));
      ctx.write(session, false);
    }
  },
}));

export const newCimSessionOption = defineCmdlet({
  name: 'New-CimSessionOption',
  module: MODULE,
  implementingType: TYPE_PREFIX + 'NewCimSessionOptionCommand',
  parameters: [{ name: 'Protocol', type: 'Microsoft.Management.Infrastructure.CimCmdlets.ProtocolType', position: 0, mandatory: true }],
  help: { synopsis: 'Specifies advanced options for the New-CimSession cmdlet.' },
}, () => ({
  process(ctx) {
    const dcom = /^dcom$/i.test(toStr(ctx.get('Protocol')));
    const o = new PsObject([dcom ? 'Microsoft.Management.Infrastructure.Options.DComSessionOptions' : 'Microsoft.Management.Infrastructure.Options.WSManSessionOptions', OPTIONS_TYPE, 'System.Object']);
    o.set('Protocol', dcom ? 'Dcom' : 'Wsman');
    ctx.write(o, false);
  },
}));

/** -Id, -InstanceId and -Name: declared alike by Get-CimSession and Remove-CimSession. */
const SESSION_SELECTORS: ParameterDeclaration[] = [
    { name: 'Id', type: UINT32_ARRAY, sets: { SessionIdSet: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true } } },
    { name: 'InstanceId', type: GUID_ARRAY, sets: { InstanceIdSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
    { name: 'Name', type: STRING_ARRAY, supportsWildcards: true, sets: { NameSet: { mandatory: true, valueFromPipelineByPropertyName: true } } },
];

export const getCimSession = defineCmdlet({
  name: 'Get-CimSession',
  module: MODULE,
  implementingType: TYPE_PREFIX + 'GetCimSessionCommand',
  defaultParameterSet: 'ComputerNameSet',
  parameters: [
    { name: 'ComputerName', type: STRING_ARRAY, aliases: ['CN', 'ServerName'], sets: { ComputerNameSet: { position: 0, valueFromPipelineByPropertyName: true } } },
    ...SESSION_SELECTORS,
  ],
  help: getCimSessionHelp,
}, () => ({
  process(ctx) {
    const selection = select(ctx, false);
    for (const s of selection.sessions) ctx.write(s, false);
    reportMisses(ctx, selection);
  },
}));

export const removeCimSession = defineCmdlet({
  name: 'Remove-CimSession',
  module: MODULE,
  implementingType: TYPE_PREFIX + 'RemoveCimSessionCommand',
  defaultParameterSet: 'CimSessionSet',
  supportsShouldProcess: true,
  parameters: [
    { name: 'CimSession', type: SESSION_ARRAY, sets: { CimSessionSet: { mandatory: true, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } } },
    { name: 'ComputerName', type: STRING_ARRAY, aliases: ['CN', 'ServerName'], supportsWildcards: true, sets: { ComputerNameSet: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true } } },
    ...SESSION_SELECTORS,
  ],
  help: removeCimSessionHelp,
}, () => ({
  process(ctx) {
    const store = storeOf(ctx.session);
    const selection = select(ctx, true);
    for (const s of selection.sessions) {
      const target = `CimSession id = ${s.id}, name = ${s.name}, ComputerName = ${s.computerName}, instance id = ${s.instanceId.value}`;
      if (ctx.shouldProcess(target, 'Remove CimSession')) store.remove(s);
    }
    reportMisses(ctx, selection);
  },
}));

export const cimCmdlets = [newCimSession, newCimSessionOption, getCimSession, removeCimSession];
export const cimAliases: Record<string, string> = { ncms: 'New-CimSession', gcms: 'Get-CimSession', rcms: 'Remove-CimSession' };
