/**
 * # Regex match objects and [regex]'s methods
 *
 * What `[regex]::Match`, `[regex]::Matches`, `[regex]'pattern'` instances and `-replace` script
 * blocks give scripts: System.Text.RegularExpressions.Match objects with pwsh's properties, their
 * groups numbered as .NET numbers them (unnamed groups first, then named ones).
 */
import { ELEMENT_TYPE, LIST_TYPE, PsObject, type PsArray } from './values.js';

/** Each JS capture group's name (undefined for an unnamed one), in the order they open. */
function captureNames(source: string): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c !== '(') continue;
    if (source[i + 1] !== '?') { names.push(undefined); continue; }
    const named = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(source.slice(i));
    if (named) names.push(named[1]);
  }
  return names;
}

const GROUP_TYPES = ['System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object'];

/** `$m.Groups['nope']`: .NET's failed group, with no name and an empty value. */
export function missingGroup(): PsObject {
  return group('', undefined, 0);
}

function group(name: string, value: string | undefined, index: number): PsObject {
  const g = new PsObject(GROUP_TYPES);
  const text = value ?? '';
  g.set('Success', value !== undefined);
  g.set('Name', name);
  g.set('Captures', value === undefined ? [] : [name]);
  g.set('Index', value === undefined ? 0 : index);
  g.set('Length', text.length);
  g.set('Value', text);
  g.set('ValueSpan', null);
  g.display = text;
  return g;
}

/** A Match for a JS match of `regex` (null: the failed match .NET returns). */
export function matchObject(m: RegExpExecArray | null, regex: RegExp): PsObject {
  const o = new PsObject(['System.Text.RegularExpressions.Match', ...GROUP_TYPES]);
  const names = captureNames(regex.source);
  const groups: PsObject[] = [group('0', m?.[0], m?.index ?? 0)];
  if (m) {
    // .NET numbers the unnamed groups first, then gives the named ones their names.
    const unnamed: PsObject[] = [];
    const named: PsObject[] = [];
    names.forEach((name, i) => {
      const value = m[i + 1];
      const at = value === undefined ? 0 : m.index + m[0].indexOf(value);
      if (name === undefined) unnamed.push(group(String(unnamed.length + 1), value, at));
      else named.push(group(name, value, at));
    });
    groups.push(...unnamed, ...named);
  }
  const groupList: PsArray = groups;
  groupList[LIST_TYPE] = 'System.Text.RegularExpressions.GroupCollection';
  o.set('Groups', groupList);
  o.set('Success', m !== null);
  o.set('Name', '0');
  o.set('Captures', m ? ['0'] : []);
  o.set('Index', m?.index ?? 0);
  o.set('Length', m?.[0].length ?? 0);
  o.set('Value', m?.[0] ?? '');
  o.set('ValueSpan', null);
  o.display = m?.[0] ?? '';
  return o;
}

/** Every match, as a MatchCollection. */
export function allMatches(text: string, regex: RegExp): PsArray {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g');
  const out: PsArray = [];
  for (let m = global.exec(text); m; m = global.exec(text)) {
    out.push(matchObject(m, global));
    if (m[0] === '') global.lastIndex++;
  }
  out[LIST_TYPE] = 'System.Text.RegularExpressions.MatchCollection';
  out[ELEMENT_TYPE] = 'System.Text.RegularExpressions.Match';
  return out;
}
