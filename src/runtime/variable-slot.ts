/**
 * # Variable slots: compiled reads and writes of one `$name`
 *
 * A variable node in a loop body or a pipeline's script block runs thousands of times in the same
 * scope, and each run would otherwise walk the scope chain's maps. A slot remembers the variable
 * it found and the scope it ran in, and uses it again while that is still right: the same scope,
 * the variable not hidden or removed since (scope.ts marks those), and, for a variable found in a
 * calling scope, no variable having come into view anywhere since (which could hide it).
 *
 * Only plain names take this path: no scope qualifier, no drive, none of the names the runtime
 * answers itself (`$true`, `$?`, `$PSScriptRoot`, ...). Everything else, and every first use,
 * goes through readVariable and writeVariable, so errors and strict mode are theirs.
 */
import type * as A from '../syntax/ast.js';
import type { Evaluator } from './evaluator.js';
import type { Frame } from './frame.js';
import { convertTo } from './conversion.js';
import { compoundStart, readVariable, writeVariable, isPlainVariableRead, isPlainVariableWrite } from './expressions.js';
import { shadowVersion, type PsVariable, type Scope } from './scope.js';

export class VariableSlot {
  private readonly key: string;
  private readonly plainRead: boolean;
  private readonly plainWrite: boolean;
  private readCell?: PsVariable;
  private readScope?: Scope;
  /** shadowVersion when readCell was found in a calling scope; -1 when found in readScope itself. */
  private readVersion = -1;
  private writeCell?: PsVariable;
  private writeScope?: Scope;

  constructor(readonly node: A.VariableExpression) {
    this.key = node.key ??= node.name.toLowerCase();
    this.plainRead = isPlainVariableRead(node);
    this.plainWrite = isPlainVariableWrite(node);
  }

  read(ev: Evaluator, frame: Frame): unknown {
    const cell = this.readCell;
    if (cell !== undefined && this.readScope === frame.scope && !cell.hidden && (this.readVersion < 0 || this.readVersion === shadowVersion)) {
      return cell.value;
    }
    if (!this.plainRead) return readVariable(ev, this.node, frame);
    const scope = frame.scope;
    const local = scope.variables.get(this.key);
    if (local !== undefined && !local.hidden) {
      this.remember(local, scope, -1);
      return local.value;
    }
    // Not here: the calling scopes (this one's own map was just read).
    const found = scope.parent?.lookupKey(this.key);
    if (found === undefined) return readVariable(ev, this.node, frame);
    this.remember(found, scope, shadowVersion);
    return found.value;
  }

  private remember(cell: PsVariable, scope: Scope, version: number): void {
    this.readCell = cell;
    this.readScope = scope;
    this.readVersion = version;
  }

  /** The value a compound assignment starts from (expressions.ts, compoundStart): the variable this slot last wrote, while it is still there. */
  readForUpdate(ev: Evaluator, frame: Frame): unknown {
    const cell = this.writeCell;
    if (cell !== undefined && this.writeScope === frame.scope && !cell.hidden) return cell.value;
    return compoundStart(ev, this.node, frame);
  }

  /** `$name = value`: converts to the variable's type constraint, as writeVariable does. */
  write(ev: Evaluator, frame: Frame, value: unknown): void {
    const cell = this.writeCell;
    if (cell !== undefined && this.writeScope === frame.scope && !cell.hidden && !cell.readOnly) {
      const stored = value === undefined ? null : value;
      cell.value = cell.typeConstraint ? convertTo(stored, cell.typeConstraint) : stored;
      return;
    }
    writeVariable(ev, this.node, value, frame);
    if (!this.plainWrite) return;
    const written = frame.scope.variables.get(this.key);
    if (written !== undefined && !written.hidden) {
      this.writeCell = written;
      this.writeScope = frame.scope;
    }
  }
}
