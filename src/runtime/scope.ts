import type * as A from '../syntax/ast.js';
/**
 * # Scopes (about_Scopes)
 *
 * PowerShell scoping is dynamic: a script block reads the variables of every scope that called
 * it, and an assignment creates a variable in the current scope unless a scope qualifier
 * (`$script:`, `$global:`) says otherwise. Functions are looked up the same way.
 */
import type { FunctionInfo } from '../commands/command-info.js';
import { keepShape } from './keep-shape.js';

export interface PsVariable {
  name: string;
  value: unknown;
  /** Constants such as `$true` cannot be assigned. */
  readOnly?: boolean;
  /** A type constraint from `[int]$x = ...`: later assignments convert to it. */
  typeConstraint?: string;
  description?: string;
  /**
   * A `$_` or `$PSItem` whose script block call has ended, where none was before: it stays in the
   * map but is not there for scripts (deleting and re-adding it for every pipeline object would
   * churn the map, a third of a pipeline's time).
   */
  hidden?: boolean;
  /** Removed from its scope, or replaced there by another variable: whoever kept it must look again. */
  detached?: boolean;
}

export type ScopeKind = 'global' | 'script' | 'function';

/**
 * Counts the times a variable came into view in some scope (created, re-created, shown again):
 * a compiled variable read that found its variable in a calling scope may keep using it only while
 * this has not moved, since a new variable nearer would hide it. A variable that leaves a map
 * (removed, replaced) is marked hidden, so that whoever kept it sees it is gone.
 */
export let shadowVersion = 0;

export class Scope {
  readonly variables = new Map<string, PsVariable>();
  private functionTable?: Map<string, FunctionInfo>;

  /** The functions defined in this scope, made on first use: a function call's scope rarely defines any. */
  get functions(): Map<string, FunctionInfo> {
    return this.functionTable ??= new Map();
  }

  /** The `trap` statements of the statement list running in this scope, that list, and the try depth they were set at. */
  traps?: { handlers: A.TrapStatement[]; statements: A.Statement[]; tryDepth: number };

  /** Set-StrictMode's version for this scope and the scopes it calls (0: off). */
  strictVersion?: number;

  constructor(readonly parent: Scope | undefined, readonly kind: ScopeKind) {}

  /** The strict mode in force here: the nearest scope's Set-StrictMode, else off. */
  strictMode(): number {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.strictVersion !== undefined) return s.strictVersion;
    return 0;
  }

  /** Finds a variable here or in a calling scope. */
  lookup(name: string): PsVariable | undefined {
    return this.lookupKey(name.toLowerCase());
  }

  /** lookup for a name already in lower case. */
  lookupKey(key: string): PsVariable | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.variables.get(key);
      if (v && !v.hidden) return v;
    }
    return undefined;
  }

  getLocal(name: string): PsVariable | undefined {
    return this.getLocalKey(name.toLowerCase());
  }

  /** getLocal for a name already in lower case. */
  getLocalKey(key: string): PsVariable | undefined {
    const v = this.variables.get(key);
    return v && !v.hidden ? v : undefined;
  }

  /** Sets a variable in this scope, creating it here if it does not exist here. */
  setLocal(name: string, value: unknown): PsVariable {
    return this.setLocalKey(name.toLowerCase(), name, value);
  }

  /**
   * setLocal for a name whose lower-case key is known: the variable nodes of scripts, and the
   * runtime's own variables, which a script block call sets for every pipeline object.
   */
  setLocalKey(key: string, name: string, value: unknown): PsVariable {
    let v = this.variables.get(key);
    if (!v) {
      v = new StoredVariable(name, value);
      this.variables.set(key, v);
      shadowVersion++;
    } else {
      v.value = value;
      if (v.hidden) reveal(v);
    }
    return v;
  }

  /** setLazy with a known key; a lazy variable left by the previous call is reused. */
  setLazyKnown(key: string, name: string, compute: () => unknown): LazyVariable {
    const v = this.variables.get(key);
    if (v instanceof LazyVariable) {
      v.reset(compute);
      if (v.hidden) reveal(v);
      return v;
    }
    if (v) detach(v);
    const lazy = new LazyVariable(name, compute);
    this.variables.set(key, lazy);
    shadowVersion++;
    return lazy;
  }

  /** Takes away a variable set with setLocalKey, keeping its map entry (see PsVariable.hidden). */
  hideKnown(key: string): void {
    const v = this.variables.get(key);
    if (v) { v.hidden = true; v.value = undefined; }
  }

  /** The variables scripts can see in this scope. */
  *visibleVariables(): IterableIterator<[string, PsVariable]> {
    for (const entry of this.variables) if (!entry[1].hidden) yield entry;
  }

  /**
   * Sets a variable whose value is computed when first read (`$MyInvocation`, `$PSBoundParameters`):
   * most script blocks never read them, and building them for every call is the cost of a pipeline.
   */
  setLazy(name: string, compute: () => unknown): void {
    this.setLazyKnown(name.toLowerCase(), name, compute);
  }

  remove(name: string): boolean {
    const key = name.toLowerCase();
    const v = this.variables.get(key);
    if (v) detach(v);
    return this.variables.delete(key);
  }

  /** The scope a qualifier names: `script` is the nearest script scope, `global` the root. */
  resolveQualifier(qualifier: string | undefined): Scope {
    if (qualifier === 'global') {
      let s: Scope = this;
      while (s.parent) s = s.parent;
      return s;
    }
    if (qualifier === 'script') {
      for (let s: Scope | undefined = this; s; s = s.parent) if (s.kind === 'script' || !s.parent) return s;
    }
    return this;
  }

  lookupFunction(name: string): FunctionInfo | undefined {
    const key = name.toLowerCase();
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const f = s.functionTable?.get(key);
      if (f) return f;
    }
    return undefined;
  }

  allVisibleVariables(): PsVariable[] {
    return visible(this, (s) => s.variables);
  }

  /** The functions callable from here; a definition in an inner scope hides an outer one. */
  allVisibleFunctions(): FunctionInfo[] {
    return visible(this, (s) => s.functionTable ?? NO_FUNCTIONS);
  }
}

/**
 * The variable `key` of this scope when code may read and write its value directly: stored (not
 * computed when read), visible, without a type constraint to convert to, not read-only.
 */
export function plainLocal(scope: Scope, key: string): PsVariable | undefined {
  const v = scope.variables.get(key);
  return v instanceof StoredVariable && !v.hidden && v.typeConstraint === undefined && !v.readOnly ? v : undefined;
}

const NO_FUNCTIONS: ReadonlyMap<string, FunctionInfo> = new Map();

function detach(v: PsVariable): void {
  v.hidden = true;
  v.detached = true;
}

/** Shows again a variable that hideKnown hid and that is still in its scope. */
export function reveal(v: PsVariable): void {
  v.hidden = false;
  shadowVersion++;
}

function visible<T>(from: Scope, table: (s: Scope) => ReadonlyMap<string, T>): T[] {
  const seen = new Map<string, T>();
  for (let s: Scope | undefined = from; s; s = s.parent) {
    for (const [k, v] of table(s)) if (!seen.has(k)) seen.set(k, v);
  }
  return [...seen.values()];
}

/**
 * A variable with every field there from the start, in one order. The code that sets a pipeline's
 * `$_` or reads a loop's variables then sees few object shapes; with fields added as needed
 * (`hidden`, `typeConstraint`) it saw many, and each look-up went slow.
 */
class StoredVariable implements PsVariable {
  readOnly?: boolean = undefined;
  typeConstraint?: string = undefined;
  description?: string = undefined;
  hidden?: boolean = false;
  detached?: boolean = false;

  constructor(public name: string, public value: unknown) {}
}

{
  // A variable with a value of every kind already stored in it: V8 then has the shape every
  // variable comes to (any value) from the start (keep-shape.ts). Without it, a variable whose
  // value went from a small integer to a fraction moved to a new shape that died with the run's
  // variables, and took with it the optimized code of loops that read variables.
  const witness = new StoredVariable('', 0);
  witness.value = 0.5;
  witness.value = witness;
  keepShape(witness);
}

/** A variable computed when first read (one class, so that every instance shares a shape). */
export class LazyVariable implements PsVariable {
  readOnly?: boolean = undefined;
  typeConstraint?: string = undefined;
  description?: string = undefined;
  hidden?: boolean = false;
  detached?: boolean = false;
  private computed = false;
  private stored: unknown;

  constructor(readonly name: string, private compute: (() => unknown) | undefined) {}

  reset(compute: () => unknown): void {
    this.computed = false;
    this.stored = undefined;
    this.compute = compute;
  }

  get value(): unknown {
    if (!this.computed) {
      this.stored = this.compute!();
      this.computed = true;
      this.compute = undefined;
    }
    return this.stored;
  }

  set value(v: unknown) {
    this.stored = v;
    this.computed = true;
    this.compute = undefined;
  }
}
