/**
 * # The orders pwsh tries things in
 *
 * Which parameters a pipeline pass tries, and in what order; which parameters share each
 * position; how leftover arguments become a remaining-arguments list. Computed once per command
 * where possible.
 */
import type { CommandArgument } from './binding-record.js';
import type { CommandMetadata, ParameterMetadata } from './metadata.js';

/**
 * The parameters that take pipeline input by value and by property name, in the order pwsh tries
 * them: its list of unbound parameters walked backwards, the default set's parameters first.
 */
export function pipelineCandidates(parameters: ParameterMetadata[], defaultSet: string | undefined) {
  const inDefault = (p: ParameterMetadata) => Number(defaultSet !== undefined && p.sets.has(defaultSet));
  const ordered = [...parameters].reverse().sort((a, b) => inDefault(b) - inDefault(a));
  const memberships = (p: ParameterMetadata) => [...p.sets.values()];
  return {
    byValue: ordered.filter((p) => memberships(p).some((m) => m.valueFromPipeline)),
    byPropertyName: ordered.filter((p) => memberships(p).some((m) => m.valueFromPipelineByPropertyName)),
  };
}

/** Remaining arguments as one list; a single array argument is that list (`f 1,2,3` = `f 1 2 3`). */
export function remainingValues(args: CommandArgument[]): unknown[] {
  if (args.length === 1 && Array.isArray(args[0]!.value)) return args[0]!.value as unknown[];
  return args.map((a) => a.value);
}

export interface PositionalEntry { p: ParameterMetadata; sets: string[] }

const positionalCache = new WeakMap<CommandMetadata, PositionalEntry[][]>();

/**
 * A command's positional parameters grouped by position, in ascending order; each entry lists the
 * sets in which the parameter has that position (remaining-arguments parameters take no position).
 * Computed once per command.
 */
export function positionalGroups(meta: CommandMetadata): PositionalEntry[][] {
  let groups = positionalCache.get(meta);
  if (groups) return groups;
  const byPosition = new Map<number, PositionalEntry[]>();
  for (const p of meta.parameters) {
    for (const [set, m] of p.sets) {
      if (m.position === undefined || m.valueFromRemainingArguments) continue;
      const list = byPosition.get(m.position) ?? [];
      const entry = list.find((e) => e.p === p);
      if (entry) entry.sets.push(set); else list.push({ p, sets: [set] });
      byPosition.set(m.position, list);
    }
  }
  groups = [...byPosition.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list);
  positionalCache.set(meta, groups);
  return groups;
}
