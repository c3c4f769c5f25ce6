/**
 * Set-StrictMode: -Version 1 makes reading an unset variable an error, 2 also reading a missing
 * property, 3 and Latest as 2 here; -Off ends it. It holds in the caller's scope and the scopes
 * it calls, as pwsh's does.
 */
import { toStr } from '../runtime/conversion.js';
import { versionObject } from '../runtime/host-objects.js';
import { PsObject } from '../runtime/values.js';
import { defineCmdlet, SWITCH } from './define.js';

/** pwsh's argument transformation: 'Latest' is the newest version, a number is a version. */
function toVersion(value: unknown): unknown {
  if (value instanceof PsObject) return value;
  const text = toStr(value).trim();
  if (text.toLowerCase() === 'latest') return versionObject('3.0');
  if (!/^\d+(\.\d+){0,3}$/.test(text)) throw new Error(`Cannot convert value "${text}" to type "System.Version". Error: "Version string portion was too short or too long."`);
  return versionObject(text.includes('.') ? text : `${text}.0`);
}

export const setStrictMode = defineCmdlet({
  name: 'Set-StrictMode',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'Version',
  parameters: [
    { name: 'Version', type: 'System.Version', aliases: ['v'], transform: toVersion, sets: { Version: { mandatory: true } } },
    { name: 'Off', type: SWITCH, sets: { Off: { mandatory: true } } },
  ],
  help: { synopsis: 'Establishes and enforces coding rules in expressions, scripts, and script blocks.' },
}, () => ({
  process(ctx) {
    if (ctx.parameterSetName === 'Off') { ctx.setStrictMode(0); return; }
    const version = ctx.get<PsObject>('Version')!;
    const major = Number(version.get('Major')?.value ?? 0);
    ctx.setStrictMode(Math.min(Math.max(major, 1), 3));
  },
}));
