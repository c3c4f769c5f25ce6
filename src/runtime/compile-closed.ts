/**
 * # Closed code, compiled to JavaScript source
 *
 * A loop whose body runs no command, calls no member and so runs no script but its own (a
 * "closed" loop: `foreach ($i in 1..1e6) { $s += $i }`) is turned into one JavaScript function;
 * so is a closed script block that a cmdlet runs for each object (`ForEach-Object { $_ * 2 }`,
 * generatedItemBlock).
 * The closures of compile-statements.ts pay an indirect call per node, through call sites that V8
 * cannot inline because every node of a kind shares them; generated source has its own call sites,
 * and V8 inlines across them.
 *
 * The other gain is the variables. In a closed loop nothing but the loop itself can create, remove,
 * hide or re-type a variable of its scope, so the generated code looks each of its variables up
 * once, when the loop starts, and then reads and writes the variable's value directly. Where
 * something else could have run (output went downstream, an error went to a trap) it looks them
 * up again. A variable that is not a plain one of the loop's own scope (not there yet, typed,
 * read-only, in a calling scope, special) takes the slot path of variable-slot.ts, so strict mode,
 * type constraints and errors stay theirs.
 *
 * Everything computes what the closures compute: statements keep their `$?` and their error
 * reporting (each statement of a block is reported on its own), conditions and loops their order
 * of evaluation; node kinds the generator does not write out inline are the closures themselves.
 */
import type * as A from '../syntax/ast.js';
import type { Evaluator } from './evaluator.js';
import { BreakSignal, ContinueSignal, outputIsTrue, type Frame } from './frame.js';
import { makeNumber, toBool } from './conversion.js';
import { arithmeticOf, splitCase } from './operators.js';
import { binaryOperation, enumerateInto, enumerateValue, isPlainVariableRead, isPlainVariableWrite, rangeBounds } from './expressions.js';
import { compiledExpression, type CompiledExpression } from './compile-expressions.js';
import { PsChar } from './values.js';
import { plainLocal, type PsVariable, type Scope } from './scope.js';
import { VariableSlot } from './variable-slot.js';
import type { Stage } from './stage.js';
// compile-statements.ts imports this module too; only functions cross between them, used after both load.
import { isStepExpression, loneExpression } from './compile-statements.js';

let generating = true;

/**
 * Turns code generation off (or on again) for code compiled from now on: the closures of
 * compile-statements.ts then run everything. The tests compare the two on generated scripts.
 */
export function setCodeGeneration(enabled: boolean): void {
  generating = enabled;
}

type Loop = A.WhileStatement | A.DoStatement | A.ForStatement | A.ForeachStatement;
type Generated = (ev: Evaluator, frame: Frame) => void;
/**
 * Generated code for a node: one function per code text, shared by every node with that text,
 * and this node's values (slots, closures, nodes) to call it with. Callers that run it per object
 * close over both once, instead of a wrapper per node.
 */
export interface GeneratedCode<F> {
  readonly run: F;
  readonly values: unknown[];
}

/** A cmdlet's script block run for one input object, `item`, writing to `out`. */
export type GeneratedItemBlock = GeneratedCode<(ev: Evaluator, frame: Frame, scope: Scope, item: unknown, values: unknown[], out: Stage) => void>;

/**
 * The loop as one generated function, or undefined when it is not closed (or the host forbids
 * generating code, as a strict Content-Security-Policy does): compile-statements.ts then uses closures.
 */
export function generatedLoop(s: Loop, collect: (s: A.Statement) => CompiledExpression): Generated | undefined {
  if (!generating || !closedStatement(s, 'all')) return undefined;
  try {
    return new LoopGenerator(collect).generate(s);
  } catch {
    return undefined;
  }
}

/**
 * A script block's statements as a function of the input object, when they are closed and read
 * `$_` and `$PSItem` only in code generated inline, and never assign them.
 *
 * Such a block reads the object from the function's argument: the caller's scope gets no `$_`,
 * `$PSItem`, `$args` or `$input` for the run, and so nothing to restore afterwards (the cost of a
 * pipeline's script block, script-block-call.ts). Only the block's own code could read them while it
 * runs: it calls no command, and the commands its output reaches downstream set their own. (A
 * command that reads the caller's variables by name, like Get-Variable, downstream of such a block
 * would not see them: a deliberate difference, in the README.)
 */
export function generatedItemBlock(statements: A.Statement[], collect: (s: A.Statement) => CompiledExpression): GeneratedItemBlock | undefined {
  if (!generating || !closedStatements(statements, 'none')) return undefined;
  try {
    return new LoopGenerator(collect, true).generateItemBlock(statements);
  } catch {
    return undefined;
  }
}

/** A cmdlet's test of an input object: whether the block's output is true (Where-Object). */
export type GeneratedItemTest = GeneratedCode<(ev: Evaluator, frame: Frame, scope: Scope, item: unknown, values: unknown[]) => boolean>;

/**
 * An item block of one expression statement, as the truth of its output, without writing it:
 * what ctx.test decides from the output it counts (processors.ts).
 */
export function generatedItemTest(statements: A.Statement[], collect: (s: A.Statement) => CompiledExpression): GeneratedItemTest | undefined {
  const only = statements.length === 1 ? statements[0]! : undefined;
  const e = only && loneExpression(only);
  if (!generating || !only || !e || isStepExpression(e) || !closedStatement(only, 'none')) return undefined;
  try {
    return new LoopGenerator(collect, true).generateItemTest(only, e);
  } catch {
    return undefined;
  }
}

// ## Which code is closed

/** Operators that can run a script block given as an operand (`-replace` with a block, `-split` with a predicate). */
const SCRIPT_OPERATORS = new Set(['replace', 'split']);

/**
 * Where `break` and `continue` may stand. In generated code ('all') each one becomes a jump to its
 * loop, or an unwinding throw to a loop outside. Code that runs by its closure instead (a
 * sub-expression, a non-lone value) would unwind through the generated loop, which catches no
 * signals: there ('none') only a jump to a loop inside that code is closed ('inner').
 */
type Jumps = 'all' | 'inner' | 'none';

function closedStatements(list: A.Statement[], jumps: Jumps): boolean {
  return list.every((s) => closedStatement(s, jumps));
}

/** A value or condition: a lone expression is generated inline; any other statement runs by its closure. */
function closedValue(s: A.Statement, jumps: Jumps): boolean {
  return closedStatement(s, loneExpression(s) ? jumps : 'none');
}

function closedStatement(s: A.Statement, jumps: Jumps): boolean {
  const inLoop: Jumps = jumps === 'none' ? 'inner' : jumps;
  switch (s.kind) {
    case 'Pipeline': {
      const e = loneExpression(s);
      return e !== undefined && closedExpression(e);
    }
    case 'Assignment':
      return s.operator !== '??=' && s.target.kind === 'Variable' && !s.target.splatted && s.target.scope === undefined
        && isPlainVariableWrite(s.target) && closedValue(s.value, jumps);
    case 'If':
      return s.clauses.every((c) => closedValue(c.condition, jumps) && closedStatements(c.body.statements, jumps))
        && (!s.elseBody || closedStatements(s.elseBody.statements, jumps));
    case 'While': case 'Do':
      return closedValue(s.condition, jumps) && closedStatements(s.body.statements, inLoop);
    case 'For':
      return (!s.init || closedStatement(s.init, jumps)) && (!s.condition || closedValue(s.condition, jumps))
        && (!s.iterator || closedStatement(s.iterator, jumps)) && closedStatements(s.body.statements, inLoop);
    case 'Foreach':
      return !s.variable.splatted && s.variable.scope === undefined && closedValue(s.collection, jumps)
        && closedStatements(s.body.statements, inLoop);
    case 'Break': case 'Continue':
      if (jumps === 'all') return !s.label || s.label.kind === 'StringConstant';
      return jumps === 'inner' && !s.label;
    default:
      return false;
  }
}

/** Expressions other than the generator's inline kinds run by their closures: their statements jump nowhere outside. */
function closedExpression(e: A.Expression): boolean {
  switch (e.kind) {
    case 'Constant': case 'StringConstant': case 'Type': case 'ScriptBlockExpression': return true;
    case 'Variable': return !e.splatted && e.scope !== 'using';
    case 'ExpandableString': return e.parts.every((p) => p.kind === 'text' || closedExpression(p.expression));
    case 'ArrayLiteral': return e.elements.every(closedExpression);
    case 'ArrayExpression': case 'SubExpression': return closedStatements(e.statements, 'none');
    case 'Paren': return closedStatement(e.pipeline, 'none');
    case 'Hashtable': return e.entries.every((entry) => closedExpression(entry.key) && closedStatement(entry.value, 'none'));
    case 'Convert': case 'Attributed': return closedExpression(e.operand);
    case 'Unary': return closedExpression(e.operand);
    case 'Binary': return !SCRIPT_OPERATORS.has(splitCase(e.operator).base) && closedExpression(e.left) && closedExpression(e.right);
    case 'Ternary': return closedExpression(e.condition) && closedExpression(e.ifTrue) && closedExpression(e.ifFalse);
    // Members can be script properties and methods; their code could change the loop's variables.
    default: return false;
  }
}

// ## What generated code calls

/** Whether output `v` (enumerated, as a statement writes it) is true: nothing is false, one object decides, several are true. */
function truth(v: unknown): boolean {
  if (v === undefined) return false;
  return Array.isArray(v) ? outputIsTrue(v.length, v[0]) : bool(v);
}

/** `v` as a condition. */
function bool(v: unknown): boolean {
  return typeof v === 'boolean' ? v : toBool(v);
}

/** A condition's value: it decides, and `$?` becomes true (compile-statements.ts, compiledCondition). */
function condition(ev: Evaluator, v: unknown): boolean {
  const result = bool(v);
  const session = ev.session;
  if (!session.lastStatus) session.lastStatus = true;
  return result;
}

/** The variable a generated loop keeps while it is still a plain variable of the loop's scope. */
function keep(cell: PsVariable | undefined, scope: Scope, key: string): PsVariable | undefined {
  if (cell !== undefined && !cell.hidden && cell.typeConstraint === undefined && !cell.readOnly) return cell;
  return plainLocal(scope, key);
}

/** What `foreach` walks for a collection value: nothing for null, the items of an array, else the value. */
function items(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

const RUNTIME = {
  bool, truth, condition, keep, items, rangeBounds, local: plainLocal, emit: enumerateValue, emitInto: enumerateInto,
  char: (code: number) => new PsChar(code),
  failed: (ev: Evaluator, e: unknown, s: A.Statement, frame: Frame) => ev.statementFailed(e, s, frame),
  binary: binaryOperation,
  Break: BreakSignal, Continue: ContinueSignal,
  add: arithmeticOf('+'), subtract: arithmeticOf('-'), multiply: arithmeticOf('*'), divide: arithmeticOf('/'), remainder: arithmeticOf('%'),
};

const ARITHMETIC: Record<string, keyof typeof RUNTIME> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '%': 'remainder' };
/** The operators with a plain-number case (operators.ts, PLAIN_ARITHMETIC), written out by LoopGenerator.arithmetic. */
const PLAIN_OPERATORS = new Set(['+', '-', '*', '%']);
/** JavaScript's answer for two plain numbers (compile-expressions.ts: NaN equals nothing and orders with nothing). */
const NUMBER_COMPARISONS: Record<string, string> = { eq: '===', ne: '!==', gt: '>', ge: '>=', lt: '<', le: '<=' };

// ## The generator

interface LoopLabel {
  label?: string;
  breakCode: string;
  continueCode: string;
}

class LoopGenerator {
  /** Values and nodes the code refers to, as `V[n]`. */
  private readonly values: unknown[] = [];
  /** The lower-case names of the variables kept in `c0`/`v0`, `c1`/`v1`, ... */
  private readonly cells = new Map<string, number>();
  private temps = 0;
  private labels = 0;
  private readonly loops: LoopLabel[] = [];

  /** `itemBlock`: code of a cmdlet's script block, where `$_` and `$PSItem` are the argument `item`. */
  constructor(private readonly collect: (s: A.Statement) => CompiledExpression, private readonly itemBlock = false) {}

  /**
   * A kept variable is its cell `cN` (undefined when the slot path serves it) and its value `vN`,
   * which is the truth while the loop's own code runs. The cells get their values back before
   * anything else runs (a closure, output, an error's report, the loop's end), and the values are
   * read again afterwards, with the cells looked up again if that code removed or re-typed one.
   * `away` is true while the cells hold the truth: until then if that code throws.
   */
  generate(s: Loop): Generated {
    const run = this.compile('generatedLoop(ev, frame, scope, V)', this.loop(s)) as (ev: Evaluator, frame: Frame, scope: Scope, values: unknown[]) => void;
    const values = this.values;
    return (ev, frame) => run(ev, frame, frame.scope, values);
  }

  generateItemBlock(statements: A.Statement[]): GeneratedItemBlock {
    return { run: this.compile('generatedItemBlock(ev, frame, scope, item, V, O)', this.block(statements)) as GeneratedItemBlock['run'], values: this.values };
  }

  generateItemTest(s: A.Statement, e: A.Expression): GeneratedItemTest {
    // As the statement runs in a block (statement() and block()), its output tested instead of written.
    const test = `const errors = session.errorCount; const value = ${this.expression(e)}; const ok = session.errorCount === errors; if (session.lastStatus !== ok) session.lastStatus = ok; return typeof value === 'boolean' ? value : K.truth(value);`;
    const body = `try { ${test} } catch (e) { if (away) ${SYNC_IN}; ${SYNC_OUT}; K.failed(ev, e, ${this.value(s)}, frame); ${SYNC_IN}; return false; }`;
    return { run: this.compile('generatedItemTest(ev, frame, scope, item, V)', body) as GeneratedItemTest['run'], values: this.values };
  }

  private compile(signature: string, body: string): unknown {
    const cells = [...this.cells.keys()];
    const source = [
      '"use strict";',
      `return function ${signature} {`,
      // The frame's fields are read only where they are needed: optimized code checks an object's shape, and a frame's may not outlive its run.
      'const session = ev.session;',
      cells.length ? `let ${cells.map((key, i) => `c${i} = K.local(scope, ${JSON.stringify(key)}), ${loadValue(i)}`).join(', ')};` : '',
      this.temps ? `let ${Array.from({ length: this.temps }, (_, i) => `t${i}`).join(', ')};` : '',
      'let away = false;',
      // Without variables there is nothing to hand back at the end.
      cells.length ? `try {\n${body}\n} finally { if (!away) ${SYNC_OUT}; }` : body,
      '};',
    ].join('\n');
    const text = this.finish(source);
    let made = GENERATED.get(text);
    if (made === undefined) {
      if (GENERATED.size >= MAX_GENERATED) GENERATED.clear();
      GENERATED.set(text, made = (new Function('K', text) as (k: typeof RUNTIME) => unknown)(RUNTIME));
    }
    return made;
  }

  private finish(source: string): string {
    const keys = [...this.cells.keys()];
    const out = [...keys.map((_, i) => `c${i} !== undefined && (c${i}.value = v${i})`), 'away = true'].join(', ');
    const into = [...keys.map((key, i) => `c${i} = K.keep(c${i}, scope, ${JSON.stringify(key)}), ${loadValue(i)}`), 'away = false'].join(', ');
    return source.split(SYNC_OUT).join(`(${out})`).split(SYNC_IN).join(`(${into})`);
  }

  private value(v: unknown): string {
    this.values.push(v);
    return `V[${this.values.length - 1}]`;
  }

  private temp(): string {
    return `t${this.temps++}`;
  }

  private cell(key: string): number {
    let index = this.cells.get(key);
    if (index === undefined) this.cells.set(key, index = this.cells.size);
    return index;
  }

  /** `call` (an expression) run as code other than the loop's own: the variables are handed over and taken back. */
  private foreign(call: string): string {
    const t = this.temp();
    return `(${SYNC_OUT}, ${t} = ${call}, ${SYNC_IN}, ${t})`;
  }

  /** A closure of compile-expressions.ts or compile-statements.ts, run for its value. */
  private closure(node: A.Expression | A.Statement, run: CompiledExpression): string {
    // It would read `$_` from the scope, where an item block does not put it.
    if (this.itemBlock && mentionsItem(node)) throw new NotGenerated();
    return this.foreign(`${this.value(run)}(ev, frame)`);
  }

  // ### Statements

  /** A statement list as a block runs it: each statement's terminating error is reported on its own. */
  private block(list: A.Statement[]): string {
    // An error that came out of other code finds the values with the cells (`away`); one of the loop's own, in the locals.
    return list.map((s) => `try { ${this.statement(s)} } catch (e) { if (away) ${SYNC_IN}; ${SYNC_OUT}; K.failed(ev, e, ${this.value(s)}, frame); ${SYNC_IN}; }`).join('\n');
  }

  private statement(s: A.Statement): string {
    switch (s.kind) {
      case 'Pipeline': {
        const e = loneExpression(s)!;
        // enumerateValue written out: an array's items one by one, anything else as it is.
        // An item block writes to its stage, `O` (stage.ts); anything else to its frame's output.
        const emit = this.foreign(this.itemBlock ? 'Array.isArray(value) ? K.emitInto(value, O) : O.accept(value)' : 'Array.isArray(value) ? K.emit(value, frame.out) : frame.out(value)');
        const run = isStepExpression(e) ? `${this.expression(e)};` : `{ const value = ${this.expression(e)}; if (value !== undefined) ${emit}; }`;
        return `{ const errors = session.errorCount; ${run} const ok = session.errorCount === errors; if (session.lastStatus !== ok) session.lastStatus = ok; }`;
      }
      case 'Assignment': return this.assignment(s);
      case 'If': {
        const clauses = s.clauses.map((c) => `if (K.condition(ev, ${this.collected(c.condition)})) {\n${this.block(c.body.statements)}\n}`);
        return clauses.join(' else ') + (s.elseBody ? ` else {\n${this.block(s.elseBody.statements)}\n}` : '');
      }
      case 'Break': case 'Continue': return this.jump(s);
      case 'While': case 'Do': case 'For': case 'Foreach': return this.loop(s);
      default: throw new Error(`not a closed statement: ${s.kind}`);
    }
  }

  /** A statement's value, as compiledCollect gives it: a lone expression inline, anything else by its closure. */
  private collected(s: A.Statement): string {
    const e = loneExpression(s);
    return e ? this.expression(e) : this.closure(s, this.collect(s));
  }

  private assignment(s: A.Assignment): string {
    const target = s.target as A.VariableExpression;
    const value = this.collected(s.value);
    const succeeded = 'if (!session.lastStatus) session.lastStatus = true;';
    if (s.operator === '=') return `{ const v = ${value}; ${this.write(target, 'v')}; ${succeeded} }`;
    return `{ const v = ${value}; const r = ${this.arithmetic(s.operator[0]!, this.readForUpdate(target), 'v')}; ${this.write(target, 'r')}; ${succeeded} }`;
  }

  private jump(s: A.BreakStatement | A.ContinueStatement): string {
    const label = s.label ? (s.label as A.StringConstant).value.toLowerCase() : undefined;
    let target: LoopLabel | undefined;
    for (let i = this.loops.length - 1; i >= 0 && !target; i--) if (label === undefined || this.loops[i]!.label === label) target = this.loops[i];
    if (target) return s.kind === 'Break' ? target.breakCode : target.continueCode;
    // A loop (or switch) outside this code: unwind to it as the interpreter does.
    return `throw new K.${s.kind}(${label === undefined ? 'undefined' : JSON.stringify((s.label as A.StringConstant).value)});`;
  }

  private loop(s: Loop): string {
    const n = this.labels++;
    const body = `L${n}`;
    const next = `N${n}`;
    // `continue` in a `for` still runs the iterator: it leaves the body's block instead of the loop.
    const info: LoopLabel = { label: s.label?.toLowerCase(), breakCode: `break ${body};`, continueCode: s.kind === 'For' ? `break ${next};` : `continue ${body};` };
    this.loops.push(info);
    const interrupt = 'if (ev.interrupt) ev.checkInterrupt();';
    try {
      switch (s.kind) {
        case 'While':
          return `${body}: for (;;) { if (!K.condition(ev, ${this.collected(s.condition)})) break; ${interrupt}\n${this.block(s.body.statements)}\n}`;
        case 'Do':
          return `${body}: do { ${interrupt}\n${this.block(s.body.statements)}\n} while (K.condition(ev, ${this.collected(s.condition)}) !== ${s.until});`;
        case 'For': {
          const init = s.init ? this.statement(s.init) : '';
          const test = s.condition ? `if (!K.condition(ev, ${this.collected(s.condition)})) break;` : '';
          const iterator = s.iterator ? this.statement(s.iterator) : '';
          return `${init}\n${body}: for (let first = true; ; first = false) { if (!first) { ${iterator} } ${test} ${interrupt}\n${next}: {\n${this.block(s.body.statements)}\n} }`;
        }
        case 'Foreach': return this.foreach(s, body, interrupt);
      }
    } finally {
      this.loops.pop();
    }
  }

  private foreach(s: A.ForeachStatement, label: string, interrupt: string): string {
    const variable = s.variable;
    const key = variable.key ??= variable.name.toLowerCase();
    const i = this.cell(key);
    // The loop variable is set in the loop's scope, unconverted (compile-statements.ts).
    const set = `if (c${i} !== undefined) v${i} = item; else { scope.setLocalKey(${JSON.stringify(key)}, ${JSON.stringify(variable.name)}, item); c${i} = K.local(scope, ${JSON.stringify(key)}); if (c${i} !== undefined) v${i} = item; }`;
    const body = `${set} ${interrupt}\n${this.block(s.body.statements)}`;
    const range = loneExpression(s.collection);
    if (range?.kind === 'Binary' && range.operator === '..') {
      // A range is walked without building its array.
      return `{ const b = K.rangeBounds(${this.expression(range.left)}, ${this.expression(range.right)});
const count = Math.abs(b.to - b.from), step = b.from <= b.to ? 1 : -1, chars = b.chars;
${label}: for (let k = 0, n = b.from; k <= count; k++, n += step) { const item = chars ? K.char(n) : n; ${body} } }`;
    }
    return `{ const list = K.items(${this.collected(s.collection)});
${label}: for (let k = 0; k < list.length; k++) { const item = list[k]; ${body} } }`;
  }

  // ### Variables

  private slot(e: A.VariableExpression): string {
    return this.value(new VariableSlot(e));
  }

  private read(e: A.VariableExpression): string {
    const key = e.key ??= e.name.toLowerCase();
    if (e.scope === undefined && (key === 'true' || key === 'false' || key === 'null')) return key;
    if (this.itemBlock && isItemVariable(e)) return 'item';
    if (this.itemBlock && isRunVariable(e)) throw new NotGenerated();
    if (!isPlainVariableRead(e)) return this.closure(e, compiledExpression(e));
    const i = this.cell(key);
    return `(c${i} !== undefined ? v${i} : ${this.slot(e)}.read(ev, frame))`;
  }

  /** The value a compound assignment starts from: the variable of this scope (expressions.ts, compoundStart). */
  private readForUpdate(e: A.VariableExpression): string {
    if (this.itemBlock && isRunVariable(e)) throw new NotGenerated();
    const i = this.cell(e.key ??= e.name.toLowerCase());
    return `(c${i} !== undefined ? v${i} : ${this.slot(e)}.readForUpdate(ev, frame))`;
  }

  /** An expression, so that `$i++` can write inside one. */
  private write(e: A.VariableExpression, value: string): string {
    if (this.itemBlock && isRunVariable(e)) throw new NotGenerated();
    const key = e.key ??= e.name.toLowerCase();
    const i = this.cell(key);
    return `(c${i} !== undefined ? (v${i} = ${value} === undefined ? null : ${value}) : (${this.slot(e)}.write(ev, frame, ${value}), c${i} = K.local(scope, ${JSON.stringify(key)}), ${loadValue(i)}))`;
  }

  // ### Expressions

  private expression(e: A.Expression): string {
    switch (e.kind) {
      case 'Constant': {
        // As compile-expressions.ts: only an Int32 or a Double is a plain number.
        const v = plainNumber(e);
        if (v !== undefined) return `(${v})`;
        break;
      }
      case 'StringConstant': return JSON.stringify(e.value);
      case 'Variable': if (!e.splatted) return this.read(e); break;
      case 'Binary': return this.binary(e);
      case 'Unary': {
        if (e.operator === '!' || e.operator === '-not') return `!K.bool(${this.expression(e.operand)})`;
        const step = e.operator === '++' || e.operator === 'post++' ? '+' : e.operator === '--' || e.operator === 'post--' ? '-' : undefined;
        if (step && e.operand.kind === 'Variable' && !e.operand.splatted && e.operand.scope === undefined && isPlainVariableWrite(e.operand) && isPlainVariableRead(e.operand)) {
          const before = this.temp();
          const after = this.temp();
          const postfix = e.operator.startsWith('post');
          // compile-expressions.ts: the old value (or 0), then the new one, written back.
          return `(${before} = ${this.read(e.operand)}, ${after} = ${this.arithmetic(step, `${before} ?? 0`, '1')}, ${this.write(e.operand, after)}, ${postfix ? `${before} ?? 0` : after})`;
        }
        break;
      }
      default: break;
    }
    return this.closure(e, compiledExpression(e));
  }

  /**
   * `left op right` with the plain-number case of operators.ts (PLAIN_ARITHMETIC) written out:
   * a double result, or an Int32 result of two Int32 operands (-0 is a Double), is the answer;
   * anything else takes arithmeticOf's general path. Written without a sentinel value, the fast
   * case stays a machine double in optimized code: a loop's `$s += $i` allocates nothing.
   */
  private arithmetic(op: string, left: string, right: string, rightNumber?: number): string {
    if (!PLAIN_OPERATORS.has(op)) return `K.${ARITHMETIC[op]!}(${left}, ${right})`;
    const l = this.temp();
    const x = this.temp();
    const int32 = (v: string) => `(${v} | 0) === ${v} && (${v} !== 0 || 1 / ${v} > 0)`;
    if (rightNumber !== undefined) {
      // A number written in the code: what the checks would find about it is known now.
      if (op === '%' && rightNumber === 0) return `K.${ARITHMETIC[op]!}(${left}, ${right})`;
      const guard = op === '%' && rightNumber === -1 ? `${l} !== -2147483648 && ` : '';
      const both = isInt32(rightNumber) ? ` || (${int32(l)})` : '';
      return `(${l} = ${left}, typeof ${l} === 'number' && ${guard}(((${x} = ${l} ${op} ${right}) | 0) !== ${x}${both}) ? ${x} + 0 : K.${ARITHMETIC[op]!}(${l}, ${right}))`;
    }
    const r = this.temp();
    // `%` by zero, and Int32.MinValue % -1, are the general path's (as PLAIN_ARITHMETIC leaves them).
    const guard = op === '%' ? `${r} !== 0 && ${l} !== -2147483648 && ` : '';
    return `(${l} = ${left}, ${r} = ${right}, typeof ${l} === 'number' && typeof ${r} === 'number' && ${guard}(((${x} = ${l} ${op} ${r}) | 0) !== ${x} || (${int32(l)} && ${int32(r)})) ? ${x} + 0 : K.${ARITHMETIC[op]!}(${l}, ${r}))`;
  }

  private binary(e: A.BinaryExpression): string {
    const op = e.operator;
    if (op === 'and' || op === 'or') {
      return `(K.bool(${this.expression(e.left)}) ${op === 'and' ? '&&' : '||'} K.bool(${this.expression(e.right)}))`;
    }
    const rightNumber = plainNumber(e.right);
    if (ARITHMETIC[op]) return this.arithmetic(op, this.expression(e.left), this.expression(e.right), rightNumber);
    const comparison = NUMBER_COMPARISONS[splitCase(op).base];
    if (comparison) {
      const l = this.temp();
      // binaryOperation reads and writes no variable: no hand-over needed.
      if (rightNumber !== undefined) {
        const r = this.expression(e.right);
        return `(${l} = ${this.expression(e.left)}, typeof ${l} === 'number' ? ${l} ${comparison} ${r} : K.binary(ev, ${this.value(e)}, ${l}, ${r}, frame))`;
      }
      const r = this.temp();
      return `(${l} = ${this.expression(e.left)}, ${r} = ${this.expression(e.right)}, typeof ${l} === 'number' && typeof ${r} === 'number' ? ${l} ${comparison} ${r} : K.binary(ev, ${this.value(e)}, ${l}, ${r}, frame))`;
    }
    return this.closure(e, compiledExpression(e));
  }
}

/** The value of a number written in the code that is a plain number (an Int32 or a Double), as expression() writes it. */
function plainNumber(e: A.Expression): number | undefined {
  if (e.kind !== 'Constant' || e.argumentText !== undefined || e.value.exact !== undefined) return undefined;
  const v = makeNumber(e.value.kind, e.value.value);
  return typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0) ? v : undefined;
}

function isInt32(v: number): boolean {
  return (v | 0) === v;
}

/** Kept variable `i`'s value, read from its cell (none when the slot path serves it). */
function loadValue(i: number): string {
  return `v${i} = c${i} === undefined ? undefined : c${i}.value`;
}

/** Code the generator does not write: the closures of compile-statements.ts run it. */
class NotGenerated extends Error {}

const ITEM_VARIABLES = new Set(['_', 'psitem']);
/** What a run sets besides the item: `$args` (empty) and `$input`. An item block that names them is not generated. */
const RUN_VARIABLES = new Set(['_', 'psitem', 'args', 'input']);

function isItemVariable(e: A.VariableExpression): boolean {
  return e.scope === undefined && ITEM_VARIABLES.has(e.key ??= e.name.toLowerCase());
}

function isRunVariable(e: A.VariableExpression): boolean {
  return e.scope === undefined && RUN_VARIABLES.has(e.key ??= e.name.toLowerCase());
}

/** Whether a variable a run sets is read in this code (script block literals aside: they run later, if at all). */
function mentionsItem(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(mentionsItem);
  if (typeof node !== 'object' || node === null) return false;
  const n = node as { kind?: string };
  if (n.kind === 'Variable') return isRunVariable(node as A.VariableExpression);
  if (n.kind === 'ScriptBlockExpression') return false;
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'file' && key !== 'compiled' && key !== 'collected' && typeof value === 'object' && mentionsItem(value)) return true;
  }
  return false;
}

/**
 * The functions made from generated text, by text. The values a function refers to (its nodes'
 * slots and closures) are its argument `V`, so one function serves every node with the same code:
 * a script run again (at the prompt, in a benchmark) gets the function V8 has already optimized,
 * and that optimized code holds nothing of one run that a collection could take away.
 */
const GENERATED = new Map<string, unknown>();
const MAX_GENERATED = 1000;

/** Placeholders for the hand-over code, written once the generator knows every kept variable. */
const SYNC_OUT = '/*out*/';
const SYNC_IN = '/*in*/';
