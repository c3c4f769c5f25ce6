/**
 * # System.Version
 *
 * `[version]'1.2.3'`, `[version]::new(1, 2)`, `[version]::Parse('2.0')`: two to four numbers,
 * Build and Revision -1 when not given, compared part by part (so `1.10` is after `1.2`), shown
 * as pwsh's table of Major, Minor, Build and Revision. `$PSVersionTable`'s versions are these too.
 */
import { RuntimeError } from './errors.js';
import { PsObject } from './values.js';

export const VERSION_TYPE = 'System.Version';
const PARTS = ['Major', 'Minor', 'Build', 'Revision'] as const;

/** A System.Version from its parts. */
export function makeVersion(major: number, minor: number, build = -1, revision = -1): PsObject {
  const o = new PsObject([VERSION_TYPE, 'System.Object']);
  o.set('Major', major);
  o.set('Minor', minor);
  o.set('Build', build);
  o.set('Revision', revision);
  o.set('MajorRevision', revision < 0 ? -1 : revision >> 16);
  o.set('MinorRevision', revision < 0 ? -1 : revision & 0xffff);
  o.display = [major, minor, build, revision].filter((n) => n >= 0).join('.');
  return o;
}

/** `[version]'text'`: as .NET's Version.Parse, with its message for text that is not a version. */
export function versionObject(text: string): PsObject {
  const parts = text.trim().split('.');
  if (parts.length < 2 || parts.length > 4) throw versionError(text, 'Version string portion was too short or too long. (Parameter \'input\')');
  const numbers = parts.map((p) => (/^\s*\+?\d+\s*$/.test(p) ? Number(p) : NaN));
  if (numbers.some((n) => Number.isNaN(n) || n > 2147483647)) throw versionError(text, `The input string '${parts.find((p, i) => Number.isNaN(numbers[i]!) || numbers[i]! > 2147483647)}' was not in a correct format.`);
  const [major, minor, build, revision] = numbers as [number, number, number?, number?];
  return makeVersion(major, minor, build, revision);
}

function versionError(text: string, inner: string): RuntimeError {
  return RuntimeError.of('System.Management.Automation.PSInvalidCastException', `Cannot convert value "${text}" to type "System.Version". Error: "${inner}"`, 'InvalidCastParseTargetInvocation', 'InvalidArgument', text);
}

export function isVersion(v: unknown): v is PsObject {
  return v instanceof PsObject && v.typeNames[0] === VERSION_TYPE;
}

/** Part by part; a part not given (-1) comes before any given one, as in .NET. */
export function compareVersions(a: PsObject, b: PsObject): number {
  for (const part of PARTS) {
    const x = a.get(part)!.value as number;
    const y = b.get(part)!.value as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
