/**
 * # The -split operator (about_Split)
 *
 * `<string> -split <delimiter>[, <max-substrings>[, "<options>"]]` or with a script block
 * predicate. A positive maximum keeps the rest of the string in the last substring; a negative
 * one counts from the right (.NET's RightToLeft). Captured groups in the delimiter are kept.
 * Options: SimpleMatch (with IgnoreCase only), or RegexMatch with IgnoreCase, CultureInvariant,
 * IgnorePatternWhitespace, Multiline, Singleline, ExplicitCapture.
 */
import { RuntimeError } from './errors.js';
import { numberValue, toBool, toNumeric, toStr } from './conversion.js';
import { escapeRegExp } from './wildcard.js';
import { PsEnum, ScriptBlockValue, type TypedNumber } from './values.js';

/** Runs the predicate of `-split { ... }` with `$_` set to one character. */
export type PredicateInvoker = (script: ScriptBlockValue, dollarUnder: unknown, args: unknown[]) => unknown[];

const OPTION_NAMES = ['simplematch', 'regexmatch', 'cultureinvariant', 'ignorepatternwhitespace', 'multiline', 'singleline', 'ignorecase', 'explicitcapture'];

function splitError(message: string, id: string): RuntimeError {
  return RuntimeError.of('System.Management.Automation.ParseException', message, id, 'InvalidOperation');
}

function parseOptions(v: unknown): Set<string> {
  const set = new Set<string>();
  if (v === undefined || v === null) return set;
  const text = v instanceof PsEnum ? v.name : toStr(v);
  for (const raw of text.split(',')) {
    const name = raw.trim().toLowerCase();
    if (name === '' || name === 'none') continue;
    if (!OPTION_NAMES.includes(name)) {
      throw RuntimeError.of('System.Management.Automation.PSInvalidCastException', `Cannot convert value "${text}" to type "System.Management.Automation.SplitOptions". Error: "Unable to match the identifier name ${raw.trim()} to a valid enumerator name. Specify one of the following enumerator names and try again:\nSimpleMatch, RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, ExplicitCapture"`, 'InvalidCastParseTargetInvocation', 'InvalidArgument');
    }
    set.add(name);
  }
  return set;
}

/** .NET regex options that JavaScript lacks, rewritten into the pattern. */
function patternFor(pattern: string, options: Set<string>): string {
  let p = options.has('simplematch') ? escapeRegExp(pattern) : pattern;
  if (options.has('ignorepatternwhitespace')) p = p.replace(/\\\s|\s+|#[^\n]*/g, (m) => (m.startsWith('\\') ? m : ''));
  if (options.has('explicitcapture')) p = p.replace(/(^|[^\\])\((?!\?)/g, '$1(?:');
  return p.replace(/\(\?<([A-Za-z_]\w*)>/g, '(?<$1>');
}

export function splitOperator(left: unknown, right: unknown, caseSensitive: boolean, invoke: PredicateInvoker): string[] {
  const args = Array.isArray(right) ? right : [right];
  if (args.length > 3) throw splitError(`The -split operator allows only three elements to follow it, not ${args.length}.`, 'BadSplitArgument');
  const limit = args.length > 1 ? numberValue(toNumeric(args[1], 'Int32') as number | TypedNumber) : 0;
  const items = (Array.isArray(left) ? left : [left]).map((x) => toStr(x));
  const options = parseOptions(args[2]);
  if (args[0] instanceof ScriptBlockValue) {
    if (options.size > 0) throw splitError('Options are not allowed on the -split operator with a predicate.', 'InvalidSplitOptionWithPredicate');
    return splitWithPredicate(items, args[0], limit, invoke);
  }
  if (options.has('simplematch') && [...options].some((o) => o !== 'simplematch' && o !== 'ignorecase')) {
    throw splitError('The combination of options with the -split operator is not valid.', 'InvalidSplitOptionCombination');
  }
  const ignoreCase = !caseSensitive || options.has('ignorecase');
  const flags = `g${ignoreCase ? 'i' : ''}${options.has('multiline') ? 'm' : ''}${options.has('singleline') ? 's' : ''}`;
  const re = new RegExp(patternFor(toStr(args[0]), options), flags);
  const out: string[] = [];
  for (const item of items) out.push(...(limit < 0 ? splitRightToLeft(item, re, -limit) : splitLeftToRight(item, re, limit)));
  return out;
}

/** .NET Regex.Split(input, count): at most `count` substrings (0: all), captures included. */
function splitLeftToRight(s: string, re: RegExp, count: number): string[] {
  const parts: string[] = [];
  let last = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (count > 0 && parts.length >= count - 1 && count !== 1) break;
    if (count === 1) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      if (m.index === 0 || m.index >= s.length) continue;
    }
    parts.push(s.slice(last, m.index));
    for (let i = 1; i < m.length; i++) if (m[i] !== undefined) parts.push(m[i]!);
    last = m.index + m[0].length;
  }
  parts.push(s.slice(last));
  return parts;
}

/** RightToLeft splitting: the `count - 1` last delimiters split; the left part stays whole. */
function splitRightToLeft(s: string, re: RegExp, count: number): string[] {
  if (count === 1) return [s];
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; if (m.index === 0 || m.index >= s.length) continue; }
    matches.push(m);
  }
  const used = matches.slice(Math.max(0, matches.length - (count - 1)));
  const parts: string[] = [];
  let last = 0;
  for (const u of used) {
    parts.push(s.slice(last, u.index));
    for (let i = 1; i < u.length; i++) if (u[i] !== undefined) parts.push(u[i]!);
    last = u.index + u[0].length;
  }
  parts.push(s.slice(last));
  return parts;
}

function splitWithPredicate(items: string[], predicate: ScriptBlockValue, limit: number, invoke: PredicateInvoker): string[] {
  if (limit === 1 || limit === -1) return items;
  const isDelimiter = (item: string, i: number) => {
    const r = invoke(predicate, item[i]!, [item, i]);
    return toBool(r.length === 1 ? r[0] : r);
  };
  const out: string[] = [];
  for (const item of items) {
    if (limit >= 0) {
      const split: string[] = [];
      let start = 0;
      let i = 0;
      for (; i < item.length; i++) {
        if (!isDelimiter(item, i)) continue;
        split.push(item.slice(start, i));
        start = i + 1;
        if (limit === split.length + 1) { i++; break; }
      }
      split.push(item.slice(start));
      out.push(...split);
    } else {
      const split: string[] = [];
      let end = item.length;
      let i = item.length - 1;
      for (; i >= 0; i--) {
        if (!isDelimiter(item, i)) continue;
        split.push(item.slice(i + 1, end));
        end = i;
        if (-limit === split.length + 1) { i--; break; }
      }
      split.push(item.slice(0, end));
      out.push(...split.reverse());
    }
  }
  return out;
}
