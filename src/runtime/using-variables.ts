/**
 * # `$using:` variables
 *
 * A block that runs apart from its caller (ForEach-Object -Parallel) gets the caller's values of
 * the variables it names as `$using:name`, read before it runs, as pwsh sends them to the block's
 * runspace. They are kept in the block's scope under a name scripts cannot write
 * (`using:name`); anywhere else `$using:` is pwsh's UsingWithoutInvokeCommand error.
 */
import type * as A from '../syntax/ast.js';

export const USING_PREFIX = 'using:';

const found = new WeakMap<A.ScriptBlock, string[]>();

/** The names a script block (and the blocks inside it) reads as `$using:name`, found once. */
export function usingVariableNames(block: A.ScriptBlock): string[] {
  let names = found.get(block);
  if (!names) {
    const seen = new Map<string, string>();
    collect(block, seen, new Set());
    names = [...seen.values()];
    found.set(block, names);
  }
  return names;
}

function collect(node: unknown, into: Map<string, string>, visited: Set<object>): void {
  if (node === null || typeof node !== 'object' || visited.has(node)) return;
  visited.add(node);
  if (Array.isArray(node)) {
    for (const child of node) collect(child, into, visited);
    return;
  }
  const n = node as { kind?: string; scope?: string; name?: string };
  if (n.kind === 'Variable' && n.scope === 'using' && n.name) into.set(n.name.toLowerCase(), n.name);
  // The source file is not part of the tree (compiled closures, being functions, are passed over).
  for (const [key, value] of Object.entries(node)) if (key !== 'file') collect(value, into, visited);
}
