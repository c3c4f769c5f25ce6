/**
 * # Compiling statements to closures
 *
 * As compile-expressions.ts does for expressions: a statement node becomes a closure on its first
 * run. Assignments, conditions and loops are compiled here and have no other implementation;
 * the statements that unwind or define things (`switch`, `try`, `throw`, `return`, functions,
 * `a && b`) stay with the evaluator's interpretStatement. A `foreach` over a range walks the
 * numbers in a plain loop and keeps its loop variable, instead of looking it up per item.
 */
import type * as A from '../syntax/ast.js';
import type { Evaluator } from './evaluator.js';
import { loopSignal, outputValue, type Frame } from './frame.js';
import { toBool } from './conversion.js';
import { arithmeticOf } from './operators.js';
import { assign, enumerateValue, rangeBounds } from './expressions.js';
import { compiledExpression, type CompiledExpression } from './compile-expressions.js';
import { PsChar } from './values.js';
import type { PsVariable } from './scope.js';
import { VariableSlot } from './variable-slot.js';
import { generatedLoop } from './compile-closed.js';

export type CompiledStatement = (ev: Evaluator, frame: Frame) => void;

type Compilable = { compiled?: CompiledStatement; collected?: CompiledExpression };

/** The closure that runs a statement, compiled on first use. */
export function compiledStatement(s: A.Statement): CompiledStatement {
  const node = s as A.Statement & Compilable;
  return node.compiled ??= compileStatement(s);
}

/**
 * The closure that runs a statement for its value (nothing, one object, or an array): a lone
 * expression is just evaluated, anything else runs with its output collected.
 */
export function compiledCollect(s: A.Statement): CompiledExpression {
  const node = s as A.Statement & Compilable;
  return node.collected ??= compileCollect(s);
}

type CompiledBlock = (ev: Evaluator, frame: Frame) => void;

/**
 * The closure that runs a statement list as executeStatements does: each statement's
 * terminating error is reported (or trapped) and the next one runs. Kept on the list itself.
 */
export function compiledBlock(statements: A.Statement[]): CompiledBlock {
  const list = statements as A.Statement[] & { compiledBlock?: CompiledBlock };
  return list.compiledBlock ??= compileBlock(statements);
}

function compileBlock(statements: A.Statement[]): CompiledBlock {
  const run = compileStatementList(statements);
  const traps = statements.filter((s): s is A.TrapStatement => s.kind === 'Trap');
  return traps.length ? (ev, frame) => ev.executeTrapped(traps, statements, frame, run) : run;
}

function compileStatementList(statements: A.Statement[]): CompiledBlock {
  const runs = statements.map(compiledStatement);
  if (runs.length === 1) {
    const [run] = runs as [CompiledStatement];
    const only = statements[0]!;
    return (ev, frame) => {
      try {
        run(ev, frame);
      } catch (caught) {
        ev.statementFailed(caught, only, frame);
      }
    };
  }
  return (ev, frame) => {
    for (let i = 0; i < runs.length; i++) {
      try {
        runs[i]!(ev, frame);
      } catch (caught) {
        ev.statementFailed(caught, statements[i]!, frame);
      }
    }
  };
}

/** The expression of a statement that is one expression alone (no command, no redirection). */
export function loneExpression(s: A.Statement): A.Expression | undefined {
  if (s.kind !== 'Pipeline' || s.elements.length !== 1) return undefined;
  const only = s.elements[0]!;
  return only.kind === 'CommandExpression' && only.redirections.length === 0 ? only.expression : undefined;
}

/** `$i++` and the like: as a statement, it writes nothing. */
export function isStepExpression(e: A.Expression): boolean {
  return e.kind === 'Unary' && (e.operator === '++' || e.operator === '--' || e.operator === 'post++' || e.operator === 'post--');
}

function compileCollect(s: A.Statement): CompiledExpression {
  const expression = loneExpression(s);
  if (expression) return compiledExpression(expression);
  return (ev, frame) => {
    const out: unknown[] = [];
    ev.executeStatement(s, { ...frame, out: (v) => out.push(v) });
    return outputValue(out);
  };
}

function compileStatement(s: A.Statement): CompiledStatement {
  if (s.kind === 'While' || s.kind === 'Do' || s.kind === 'For' || s.kind === 'Foreach') {
    // A closed loop runs as generated JavaScript (compile-closed.ts); any other, by the closures below.
    const generated = generatedLoop(s, compiledCollect);
    if (generated) return generated;
  }
  switch (s.kind) {
    case 'Pipeline': {
      const expression = loneExpression(s);
      if (!expression) return (ev, frame) => { ev.runPipeline(s, frame, frame.out); };
      // A lone expression: evaluated and enumerated into the output. `$i++` as a statement writes nothing.
      const value = compiledExpression(expression);
      const writes = !isStepExpression(expression);
      return (ev, frame) => {
        const session = ev.session;
        const errorsBefore = session.errorCount;
        const v = value(ev, frame);
        if (writes) enumerateValue(v, frame.out);
        const ok = session.errorCount === errorsBefore;
        if (session.lastStatus !== ok) session.lastStatus = ok;
      };
    }
    case 'Assignment': return compileAssignment(s);
    case 'If': return compileIf(s);
    case 'While': {
      const condition = compiledCondition(s.condition);
      const body = compiledLoopBody(s.body, s.label);
      return (ev, frame) => {
        while (condition(ev, frame)) if (!body(ev, frame)) break;
      };
    }
    case 'Do': {
      const condition = compiledCondition(s.condition);
      const body = compiledLoopBody(s.body, s.label);
      const until = s.until;
      return (ev, frame) => {
        for (;;) {
          if (!body(ev, frame)) break;
          if (condition(ev, frame) === until) break;
        }
      };
    }
    case 'For': {
      const init = s.init && compiledStatement(s.init);
      const condition = s.condition && compiledCondition(s.condition);
      const iterator = s.iterator && compiledStatement(s.iterator);
      const body = compiledLoopBody(s.body, s.label);
      return (ev, frame) => {
        if (init) init(ev, frame);
        for (;;) {
          if (condition && !condition(ev, frame)) break;
          if (!body(ev, frame)) break;
          if (iterator) iterator(ev, frame);
        }
      };
    }
    case 'Foreach': return compileForeach(s);
    case 'BlockStatement': {
      const statements = s.body.statements;
      return (ev, frame) => { ev.executeStatements(statements, frame); };
    }
    default: return (ev, frame) => ev.interpretStatement(s, frame);
  }
}

/** A loop's body: false when the loop must stop (`break`). */
function compiledLoopBody(body: A.StatementBlock, label: string | undefined): (ev: Evaluator, frame: Frame) => boolean {
  const block = compiledBlock(body.statements);
  return (ev, frame) => {
    if (ev.interrupt) ev.checkInterrupt();
    try {
      block(ev, frame);
      return true;
    } catch (e) {
      const signal = loopSignal(e, label);
      if (signal === undefined) throw e;
      return signal === 'continue';
    }
  };
}

/** A condition's value decides; its pipeline's success does not become `$?` (as in pwsh). */
function compiledCondition(c: A.Statement): (ev: Evaluator, frame: Frame) => boolean {
  const value = compiledCollect(c);
  return (ev, frame) => {
    const result = toBool(value(ev, frame));
    succeeded(ev);
    return result;
  };
}

function compileAssignment(s: A.Assignment): CompiledStatement {
  const value = compiledCollect(s.value);
  const target = s.target;
  if (target.kind !== 'Variable' || target.splatted || s.operator === '??=') {
    return (ev, frame) => {
      assign(ev, s, value(ev, frame), frame);
      succeeded(ev);
    };
  }
  const slot = new VariableSlot(target);
  if (s.operator === '=') {
    return (ev, frame) => {
      slot.write(ev, frame, value(ev, frame));
      succeeded(ev);
    };
  }
  const apply = arithmeticOf(s.operator[0]!);
  return (ev, frame) => {
    const v = value(ev, frame);
    slot.write(ev, frame, apply(slot.readForUpdate(ev, frame), v));
    succeeded(ev);
  };
}

function compileIf(s: A.IfStatement): CompiledStatement {
  const clauses = s.clauses.map((c) => ({ condition: compiledCondition(c.condition), body: c.body.statements }));
  const elseBody = s.elseBody?.statements;
  return (ev, frame) => {
    for (const clause of clauses) {
      if (clause.condition(ev, frame)) {
        ev.executeStatements(clause.body, frame);
        return;
      }
    }
    if (elseBody) ev.executeStatements(elseBody, frame);
  };
}

function compileForeach(s: A.ForeachStatement): CompiledStatement {
  const variable = s.variable;
  const loopBody = compiledLoopBody(s.body, s.label);
  const key = variable.key ??= variable.name.toLowerCase();
  const name = variable.name;
  // A range is walked without building the array: `foreach ($i in 1..1000000)`.
  const expression = loneExpression(s.collection);
  const range = expression?.kind === 'Binary' && expression.operator === '..'
    ? { from: compiledExpression(expression.left), to: compiledExpression(expression.right) }
    : undefined;
  const collection = compiledCollect(s.collection);
  return (ev, frame) => {
    const scope = frame.scope.resolveQualifier(variable.scope);
    let cell: PsVariable | undefined;
    const step = (item: unknown): boolean => {
      // The loop variable stays the same variable unless the body removed it.
      if (cell === undefined || cell.hidden) cell = scope.setLocalKey(key, name, item);
      else cell.value = item;
      return loopBody(ev, frame);
    };
    if (range) {
      const { from, to, chars } = rangeBounds(range.from(ev, frame), range.to(ev, frame));
      if (from <= to) {
        for (let v = from; v <= to; v++) if (!step(chars ? new PsChar(v) : v)) return;
      } else {
        for (let v = from; v >= to; v--) if (!step(chars ? new PsChar(v) : v)) return;
      }
      return;
    }
    const value = collection(ev, frame);
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) { step(value); return; }
    for (const item of value) if (!step(item)) break;
  };
}

/**
 * `$?` becomes true. Written only when it was false: in a loop, writing the session's field
 * every iteration cost more than the rest of a `$s += $i`.
 */
function succeeded(ev: Evaluator): void {
  const session = ev.session;
  if (!session.lastStatus) session.lastStatus = true;
}
