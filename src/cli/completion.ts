/**
 * # Tab completion at the prompt
 *
 * Completes the word before the cursor: command names and aliases at the start of a command,
 * `-Parameter` names (only those of the parameter sets the parameters already given leave
 * possible), `$variables`, members after `.`, and file paths. Reads the same command metadata
 * the binder uses; evaluates nothing but variable look-ups.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Session } from '../runtime/session.js';
import { ALL_SETS, type CommandMetadata, type ParameterMetadata } from '../commands/metadata.js';
import { PsHashtable, PsObject } from '../runtime/values.js';

/** Methods of strings that scripts call (those the runtime implements), completed with `(`. */
const STRING_MEMBERS = ['Length', 'Contains(', 'EndsWith(', 'IndexOf(', 'Insert(', 'LastIndexOf(', 'PadLeft(', 'PadRight(', 'Remove(', 'Replace(',
  'Split(', 'StartsWith(', 'Substring(', 'ToCharArray(', 'ToLower(', 'ToUpper(', 'Trim(', 'TrimEnd(', 'TrimStart('];
const ARRAY_MEMBERS = ['Count', 'Length', 'Contains(', 'ForEach(', 'IndexOf(', 'Where('];
const HASHTABLE_MEMBERS = ['Count', 'Keys', 'Values', 'Add(', 'Clear(', 'ContainsKey(', 'ContainsValue(', 'Remove('];

export interface Completion {
  /** The candidates, each a full replacement for `word`. */
  candidates: string[];
  /** The text before the cursor that the candidates replace. */
  word: string;
}

export function complete(session: Session, line: string, cwd: string): Completion {
  const word = /[^\s|;({]*$/.exec(line)![0];
  const before = line.slice(0, line.length - word.length);
  const scope = session.global;
  const byPrefix = (names: Iterable<string>, prefix: string) => [...new Set(names)]
    .filter((n) => n.toLowerCase().startsWith(prefix.toLowerCase()))
    .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));

  // $var.Member
  const member = /^(\$[\w:]+)\.(\w*)$/.exec(word);
  if (member) {
    const value = scope.lookup(member[1]!.slice(1).replace(/^global:/i, ''))?.value;
    return { word, candidates: byPrefix(membersOf(value), member[2]!).map((m) => `${member[1]}.${m}`) };
  }
  // $variable
  if (word.startsWith('$')) {
    const names: string[] = [];
    for (let s: typeof scope | undefined = scope; s; s = s.parent) for (const [, v] of s.visibleVariables()) names.push(v.name);
    return { word, candidates: byPrefix(names, word.slice(1)).map((n) => '$' + n) };
  }
  const command = currentCommand(before);
  // -Parameter
  if (word.startsWith('-') && command) {
    const info = session.resolveCommand(command.name, scope);
    const meta = info && 'metadata' in info ? (info.metadata as CommandMetadata | undefined) : undefined;
    if (!meta) return { word, candidates: [] };
    return { word, candidates: byPrefix(parametersStillPossible(meta, command.args), word.slice(1)).map((n) => '-' + n) };
  }
  // A command name at the start of a command.
  if (!command) {
    const names = session.listCommands(scope).map((c) => c.name);
    return { word, candidates: byPrefix(names, word) };
  }
  return { word, candidates: completePath(word, cwd) };
}

/** The command the cursor is in (its name and the words after it), or undefined at a command's start. */
function currentCommand(before: string): { name: string; args: string[] } | undefined {
  const segment = before.split(/[|;({]/).pop() ?? '';
  const words = segment.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  if (/^[$'"\d[@(]/.test(words[0]!)) return undefined;
  return { name: words[0]!, args: words.slice(1) };
}

/** Parameters valid in the sets the `-Name` arguments already given leave, not yet used. */
function parametersStillPossible(meta: CommandMetadata, args: string[]): string[] {
  const used = new Set<ParameterMetadata>();
  let sets = new Set(meta.setNames.length ? meta.setNames : [ALL_SETS]);
  for (const a of args) {
    if (!a.startsWith('-')) continue;
    const p = resolve(meta, a.slice(1).replace(/:.*$/, ''));
    if (!p) continue;
    used.add(p);
    if (!p.sets.has(ALL_SETS)) sets = new Set([...sets].filter((s) => p.sets.has(s)));
  }
  return meta.parameters
    .filter((p) => !used.has(p) && (p.sets.has(ALL_SETS) || [...p.sets.keys()].some((s) => sets.has(s))))
    .map((p) => p.name);
}

function resolve(meta: CommandMetadata, name: string): ParameterMetadata | undefined {
  const lower = name.toLowerCase();
  const exact = meta.byName.get(lower);
  if (exact) return exact;
  const matches = new Set(meta.allNames.filter((n) => n.key.startsWith(lower)).map((n) => n.parameter));
  return matches.size === 1 ? [...matches][0] : undefined;
}

function membersOf(value: unknown): string[] {
  if (typeof value === 'string') return STRING_MEMBERS;
  if (Array.isArray(value)) return ARRAY_MEMBERS;
  if (value instanceof PsHashtable) return [...HASHTABLE_MEMBERS, ...value.entries().map((e) => String(e.key))];
  if (value instanceof PsObject) return [...value.properties.values()].map((p) => (typeof p.value === 'function' ? `${p.name}(` : p.name));
  if (value && typeof value === 'object' && 'propertyNames' in value) return (value as { propertyNames(): string[] }).propertyNames();
  return [];
}

/** Files and directories whose names start with the last segment of `word` (directories end in `/`). */
function completePath(word: string, cwd: string): string[] {
  const expanded = word.startsWith('~') ? (process.env['HOME'] ?? '') + word.slice(1) : word;
  const dirPart = expanded.includes('/') ? expanded.slice(0, expanded.lastIndexOf('/') + 1) : '';
  const prefix = expanded.slice(dirPart.length);
  const dir = path.resolve(cwd, dirPart || '.');
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const shownDir = word.slice(0, word.length - prefix.length);
  return entries
    .filter((e) => e.name.toLowerCase().startsWith(prefix.toLowerCase()) && (prefix.startsWith('.') || !e.name.startsWith('.')))
    .map((e) => {
      const candidate = shownDir + e.name + (e.isDirectory() ? '/' : '');
      // A name with spaces is quoted, as pwsh's completion does.
      return /\s/.test(candidate) ? `'${candidate.replace(/'/g, "''")}'` : candidate;
    })
    .sort();
}
