/**
 * # Plain script block calls, prepared once and run per object
 *
 * A script block with no parameters, no named blocks and no arguments (ForEach-Object's and
 * Where-Object's, nearly always) runs its statements without a binder: the same variables a full
 * invocation would set (`$args` empty, `$input` empty or the cmdlet's input object, `$_` and
 * `$PSItem`, `$this`), with `$MyInvocation` and `$PSBoundParameters` made only if read. In the
 * caller's scope, the caller's own `$_`, `$args` and `$input` come back after each run.
 *
 * A cmdlet that runs the same block for every input object prepares the call once: the call's
 * frame, and, when the block runs in the caller's scope, the variables it sets there, which are
 * then updated in place rather than looked up again. That is the per-object cost of most
 * pipelines.
 */
import type * as A from '../syntax/ast.js';
import { ReturnSignal, type Emit, type Frame } from './frame.js';
import { LazyVariable, Scope, reveal, type PsVariable } from './scope.js';
import type { Session } from './session.js';
import type { Evaluator } from './evaluator.js';
import { PsHashtable, type ScriptBlockValue } from './values.js';
import { enterCall, leaveCall, myInvocationObject } from './invocation.js';
import { generatedItemBlock, generatedItemTest, type GeneratedCode, type GeneratedItemBlock, type GeneratedItemTest } from './compile-closed.js';
import { compiledCollect } from './compile-statements.js';
import { EmitStage, type Placer, type Stage } from './stage.js';
import { keepShape } from './keep-shape.js';
import { settled } from './pipeline-link.js';

export function isPlainScriptBlock(ast: A.ScriptBlock): boolean {
  return !ast.paramBlock && !ast.beginBlock && !ast.processBlock;
}

export class PlainScriptBlockCall {
  private readonly ast: A.ScriptBlock;
  /** The frame the statements run in, when the call reuses its caller's scope. */
  private readonly callFrame: Frame;
  private readonly args = new CallVariable('args', 'args');
  private readonly input = new CallVariable('input', 'input');
  private readonly under = new CallVariable('_', '_');
  private readonly psItem = new CallVariable('psitem', 'PSItem');
  private readonly thisVariable = new CallVariable('this', 'this');
  private readonly boundParametersVariable = new CallVariable('psboundparameters', 'PSBoundParameters');
  private readonly myInvocationVariable = new CallVariable('myinvocation', 'MyInvocation');
  private readonly setsInvocation: boolean;
  private readonly inputIsObject: boolean;
  private bound?: PsHashtable;
  private readonly boundParameters = () => (this.bound ??= new PsHashtable());
  private readonly myInvocation = () => myInvocationObject('', 'ScriptBlock', this.ast.file.path, this.bound ??= new PsHashtable());

  /**
   * `dotSource`: run in the caller's scope, otherwise in a new child scope per run. `forCmdlet`: a
   * cmdlet runs the block for an input object (ForEach-Object, Where-Object): `$input` holds that
   * object, and a block run in the caller's scope leaves the caller's `$MyInvocation` and
   * `$PSBoundParameters` as they are, as pwsh does.
   */
  constructor(
    private readonly session: Session, sb: ScriptBlockValue, private readonly frame: Frame, out: Emit, private readonly dotSource: boolean,
    forCmdlet = false, outStage?: Stage,
    /** The cmdlet that runs the block, which its errors are placed at (Stage.placesItsErrors). */
    private readonly placer: Placer = UNPLACED,
  ) {
    this.ast = sb.ast;
    this.outStage = outStage ?? new EmitStage(out);
    this.setsInvocation = !(forCmdlet && dotSource);
    this.inputIsObject = forCmdlet;
    this.callFrame = { ...frame, out, file: this.ast.file, invocation: { ...frame.invocation, errorAction: undefined } };
    if (forCmdlet && dotSource && this.ast.endBlock) this.itemBlock = itemBlockOf(this.ast.endBlock);
  }

  /** Where the generated item block writes: `out` as a stage (stage.ts). */
  private readonly outStage: Stage;
  /** The block as generated code of its input object, when it is closed (compile-closed.ts): no variables to set. */
  private readonly itemBlock?: GeneratedItemBlock | null;

  /** The generated item block as a stage, made when first needed. */
  private itemStage?: ItemBlockStage;

  /**
   * The run for an input object as a stage: the generated item block itself when there is one.
   * (It calls nothing, so the call depth it would count cannot overflow; it is not counted.)
   */
  forItems(): Stage {
    const itemBlock = this.itemBlock;
    if (!itemBlock) return new EmitStage((item) => this.run(item));
    return this.itemStage ??= new ItemBlockStage(itemBlock, this.session.evaluator, this.callFrame, this.outStage, this.placer);
  }

  /**
   * Whether the block's output is true for an input object (as toBool of all of it), as one
   * generated function: for a block of one expression (compile-closed.ts, generatedItemTest).
   */
  itemTest(): ((item: unknown) => boolean) | undefined {
    const test = this.generatedTest();
    if (!test) return undefined;
    const { run, values } = test;
    const ev = this.session.evaluator;
    const frame = this.callFrame;
    const scope = frame.scope;
    return (item) => run(ev, frame, scope, item, values);
  }

  /**
   * Where-Object's work for an input object as a stage: the object goes on to `keep` when the
   * block is true for it. Only for a block itemTest generates.
   */
  itemFilter(keep: Stage): Stage | undefined {
    const test = this.generatedTest();
    return test && new ItemFilterStage(test, this.session.evaluator, this.callFrame, keep, this.placer);
  }

  private generatedTest(): GeneratedItemTest | undefined {
    const block = this.ast.endBlock;
    return this.itemBlock && block ? itemTestOf(block) ?? undefined : undefined;
  }

  run(dollarUnder: unknown, thisValue?: unknown): void {
    if (this.itemBlock && dollarUnder !== undefined && thisValue === undefined) {
      this.forItems().accept(dollarUnder);
      return;
    }
    const dotSource = this.dotSource;
    const scope = dotSource ? this.frame.scope : new Scope(this.frame.scope, 'function');
    const callFrame = dotSource ? this.callFrame : { ...this.callFrame, scope };
    const fixed = dotSource ? scope : undefined;
    // In the caller's scope, its own `$_`, `$args` and `$input` come back afterwards (pwsh backs them up when dotting).
    const restoreUnder = dotSource && dollarUnder !== undefined;
    const priorUnder = restoreUnder ? this.under.visible(scope) : undefined;
    const savedUnder = priorUnder?.value;
    const priorArgs = dotSource ? this.args.visible(scope) : undefined;
    const savedArgs = priorArgs?.value;
    const priorInput = dotSource ? this.input.visible(scope) : undefined;
    const savedInput = priorInput?.value;
    const ev = this.session.evaluator;
    this.args.set(scope, fixed, []);
    this.input.set(scope, fixed, this.inputIsObject && dollarUnder !== undefined ? [dollarUnder] : []);
    if (this.setsInvocation) {
      this.bound = undefined;
      this.boundParametersVariable.setLazy(scope, fixed, this.boundParameters);
      this.myInvocationVariable.setLazy(scope, fixed, this.myInvocation);
    }
    if (dollarUnder !== undefined) {
      this.under.set(scope, fixed, dollarUnder);
      this.psItem.set(scope, fixed, dollarUnder);
    }
    if (thisValue !== undefined) this.thisVariable.set(scope, fixed, thisValue);
    enterCall(ev);
    try {
      const statements = this.ast.endBlock?.statements;
      if (statements) ev.executeStatements(statements, callFrame);
    } catch (e) {
      if (!(e instanceof ReturnSignal)) throw e;
    } finally {
      leaveCall(ev);
      if (dotSource) {
        this.args.restore(scope, priorArgs, savedArgs);
        this.input.restore(scope, priorInput, savedInput);
      }
      if (restoreUnder) {
        this.under.restore(scope, priorUnder, savedUnder);
        this.psItem.hide(scope);
      }
    }
  }
}

/** An end block's item block, generated once for every call that runs it (null: it is not closed). */
function itemBlockOf(block: A.NamedBlock & { itemBlock?: GeneratedItemBlock | null }): GeneratedItemBlock | null {
  if (block.itemBlock === undefined) block.itemBlock = generatedItemBlock(block.statements, compiledCollect) ?? null;
  return block.itemBlock;
}

function itemTestOf(block: A.NamedBlock & { itemTest?: GeneratedItemTest | null }): GeneratedItemTest | null {
  if (block.itemTest === undefined) block.itemTest = generatedItemTest(block.statements, compiledCollect) ?? null;
  return block.itemTest;
}

/**
 * A variable a call sets in a scope. In the caller's scope (`fixed`), which stays the same from
 * run to run, the variable found the first time is updated in place while it stays there.
 */
class CallVariable {
  private cell?: PsVariable;

  constructor(private readonly key: string, private readonly name: string) {}

  set(scope: Scope, fixed: Scope | undefined, value: unknown): void {
    const cell = this.cell;
    if (fixed !== undefined && cell !== undefined && !cell.detached) {
      if (cell.hidden) reveal(cell);
      cell.value = value;
      return;
    }
    const v = scope.setLocalKey(this.key, this.name, value);
    if (fixed !== undefined) this.cell = v;
  }

  /** A variable computed when first read (scope.ts, setLazy). */
  setLazy(scope: Scope, fixed: Scope | undefined, compute: () => unknown): void {
    const cell = this.cell;
    if (fixed !== undefined && cell instanceof LazyVariable && !cell.detached) {
      cell.reset(compute);
      if (cell.hidden) reveal(cell);
      return;
    }
    const v = scope.setLazyKnown(this.key, this.name, compute);
    if (fixed !== undefined) this.cell = v;
  }

  /** The variable as scripts see it in the fixed scope, if they do. */
  visible(scope: Scope): PsVariable | undefined {
    const cell = this.cell;
    if (cell !== undefined && !cell.detached) return cell.hidden ? undefined : cell;
    return scope.getLocalKey(this.key);
  }

  /** Back to what the fixed scope had before a run: `prior`, the variable then visible, with `saved`, its value then. */
  restore(scope: Scope, prior: PsVariable | undefined, saved: unknown): void {
    if (prior) this.set(scope, scope, saved);
    else this.hide(scope);
  }

  /** Takes the variable out of scripts' sight, keeping it in the scope (scope.ts, hideKnown). */
  hide(scope: Scope): void {
    const cell = this.cell;
    if (cell !== undefined && !cell.detached) { cell.hidden = true; cell.value = undefined; }
    else scope.hideKnown(this.key);
  }
}

/** Generated code a stage runs for each object it is handed, with what it runs with, and the stage after it. */
abstract class GeneratedStage<F> implements Stage {
  readonly placesItsErrors = true;
  protected readonly run: F;
  protected readonly values: unknown[];
  protected readonly scope: Scope;

  constructor(code: GeneratedCode<F>, protected readonly ev: Evaluator, protected readonly frame: Frame, protected next: Stage, private readonly placer: Placer) {
    this.run = code.run;
    this.values = code.values;
    this.scope = frame.scope;
  }

  abstract accept(value: unknown): void;

  /** An error leaving the generated code, placed at the cmdlet. */
  protected placed(caught: unknown): unknown {
    return this.placer.placeError(caught);
  }

  settle(): void {
    this.next = settled(this.next);
  }
}

/** A generated item block run for each object it is handed, writing to the next stage. */
class ItemBlockStage extends GeneratedStage<GeneratedItemBlock['run']> {
  accept(item: unknown): void {
    try {
      this.run(this.ev, this.frame, this.scope, item === undefined ? null : item, this.values, this.next);
    } catch (caught) {
      throw this.placed(caught);
    }
  }
}

/** Where-Object's generated test for each object it is handed: what passes goes on to the next stage. */
class ItemFilterStage extends GeneratedStage<GeneratedItemTest['run']> {
  accept(input: unknown): void {
    try {
      if (this.run(this.ev, this.frame, this.scope, input === undefined ? null : input, this.values) && input !== undefined) this.next.accept(input);
    } catch (caught) {
      throw this.placed(caught);
    }
  }
}

/** For a call with no cmdlet to place its errors at: they leave as they are. */
const UNPLACED: Placer = { placeError: (caught) => caught };

{
  // Their shapes outlive every pipeline (keepShape): objects of the same kinds in every field.
  const frame = { scope: {} } as unknown as Frame;
  const ev = {} as Evaluator;
  keepShape(new ItemBlockStage({ run: () => {}, values: [] }, ev, frame, new EmitStage(() => {}), UNPLACED));
  keepShape(new ItemFilterStage({ run: () => false, values: [] }, ev, frame, new EmitStage(() => {}), UNPLACED));
}
