/**
 * # The evaluator: statements and pipelines
 *
 * Walks the AST. Statements write their output to `frame.out` one object at a time; a pipeline
 * connects command processors so that each object flows downstream as soon as it is produced
 * (begin for every command, then process per object, then end, as about_Pipelines describes).
 *
 * Errors follow PowerShell's three kinds: a non-terminating error is written to the error stream
 * and execution goes on; a statement-terminating error (a failed conversion, `1/0`, a command
 * that could not run) ends the statement, is reported, and the next statement runs; `throw` is
 * script-terminating. Inside `try` every terminating error goes to the nearest `catch`.
 */
import type * as A from '../syntax/ast.js';
import { RuntimeError, ExitSignal } from './errors.js';
import { convertTo, toBool } from './conversion.js';
import { psEquals } from './operators.js';
import { wildcardMatch } from './wildcard.js';
import { toRegExp } from './operators.js';
import { toStr } from './conversion.js';
import {
  BreakSignal, ContinueSignal, loopSignal, PipelineStoppedSignal, ReturnSignal, StopUpstreamSignal, withOutput, type Emit, type Frame,
} from './frame.js';
import { PsErrorRecord, PsException, ScriptBlockValue, type ErrorCategory, type InvocationInfo } from './values.js';
import { evaluate, enumerateValue } from './expressions.js';
import { compiledBlock, compiledCollect, compiledStatement } from './compile-statements.js';
import type { Session } from './session.js';
import { Scope } from './scope.js';
import { createProcessor, type Processor } from './processors.js';
import { PipelineLink } from './pipeline-link.js';
import { EmitStage, type Stage } from './stage.js';
import { positionAt } from '../../grammar/lexer.js';

export class Evaluator {
  /** Depth of enclosing `try` blocks: inside one, terminating errors go to `catch`. */
  tryDepth = 0;
  callDepth = 0;
  /**
   * The innermost statement an internal error (a JavaScript exception: a bug, not a PowerShell
   * error) came out of, for its report. Found as the error unwinds, so that running statements
   * costs nothing for it.
   */
  failedStatement?: { start: number; end: number };

  constructor(readonly session: Session) {}

  // ## Statement lists

  /** Runs statements; statement-terminating errors are reported here and execution goes on. */
  executeStatements(statements: A.Statement[], frame: Frame): void {
    compiledBlock(statements)(this, frame);
  }

  /**
   * Runs a compiled statement list under the trap statements among it: a trap covers every
   * statement of its scope, the ones before it too.
   */
  executeTrapped(traps: A.TrapStatement[], statements: A.Statement[], frame: Frame, run: (ev: Evaluator, frame: Frame) => void): void {
    const scope = frame.scope;
    const outerTraps = scope.traps;
    scope.traps = { handlers: traps, statements, tryDepth: this.tryDepth };
    try {
      run(this, frame);
    } finally {
      scope.traps = outerTraps;
    }
  }

  /**
   * What a statement threw: a statement-terminating error is reported (or trapped) and the next
   * statement runs; anything else goes on unwinding.
   */
  statementFailed(caught: unknown, s: A.Statement, frame: Frame): void {
    // No regular expression here: the stack is nearly exhausted when Node reports the overflow.
    const e = caught instanceof RangeError && caught.message.includes('call stack') ? callDepthOverflow() : caught;
    if (!(e instanceof RuntimeError)) {
      if (e instanceof Error) this.failedStatement ??= s;
      throw e;
    }
    // PowerShell reports an expression's error at the innermost statement that ran it.
    this.locate(e, s, frame);
    // A trap handles an error at its own statement list: a loop or `if` of that list ends there, as in pwsh.
    const traps = frame.scope.traps;
    if (traps !== undefined && traps.tryDepth === this.tryDepth && !traps.statements.includes(s)) throw e;
    if (this.trapped(e, frame)) return;
    if (this.mustPropagate(e, frame)) throw e;
    this.reportError(e.record, frame);
  }

  /**
   * Runs the trap of this scope that matches a terminating error: `continue` in its body goes on
   * silently, `break` rethrows, otherwise the error is reported and the next statement runs.
   * False when no trap of this scope applies (a try block opened since takes precedence).
   */
  private trapped(e: RuntimeError, frame: Frame): boolean {
    const traps = frame.scope.traps;
    if (!traps || traps.tryDepth !== this.tryDepth) return false;
    const handler = traps.handlers.find((t) => t.typeName && this.session.exceptionMatches(e.record.exception, t.typeName))
      ?? traps.handlers.find((t) => !t.typeName);
    if (!handler) return false;
    const scope = new Scope(frame.scope, 'function');
    scope.setLocal('_', e.record);
    scope.setLocal('PSItem', e.record);
    let outcome: 'continue' | 'break' | 'report' = 'report';
    try {
      this.executeStatements(handler.body.statements, { ...frame, scope });
    } catch (signal) {
      if (signal instanceof ContinueSignal) outcome = 'continue';
      else if (signal instanceof BreakSignal) outcome = 'break';
      else throw signal;
    }
    this.session.lastStatus = false;
    if (outcome === 'report') { this.reportError(e.record, frame); return true; }
    this.session.recordError(e.record);
    if (outcome === 'break') { e.scriptTerminating = true; throw e; }
    return true;
  }

  /** A pipeline of a chain (`a && b`) whose terminating error a trap handles fails, and the chain goes on. */
  private runChainElement(s: A.Statement, frame: Frame): void {
    if (!frame.scope.traps) { this.executeStatement(s, frame); return; }
    try {
      this.executeStatement(s, frame);
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      this.locate(e, s, frame);
      if (!this.trapped(e, frame)) throw e;
    }
  }

  /** Whether a terminating error unwinds further instead of being reported here. */
  private mustPropagate(e: RuntimeError, frame: Frame): boolean {
    if (this.tryDepth > 0) return true;
    // A trap in a calling scope handles the errors of the scopes it called.
    for (let s = frame.scope.parent; s; s = s.parent) if (s.traps && s.traps.tryDepth === this.tryDepth) return true;
    if (e.record.exception.wasThrownFromThrowStatement || e.scriptTerminating) return true;
    return this.errorActionPreference(frame) === 'stop';
  }

  errorActionPreference(frame: Frame): string {
    if (frame.invocation.errorAction) return frame.invocation.errorAction.toLowerCase();
    return toStr(frame.scope.lookup('ErrorActionPreference')?.value ?? 'Continue').toLowerCase();
  }

  /** Fills in the script position of an error raised while running `node`. */
  locate(e: RuntimeError, node: { start: number; end: number }, frame: Frame): void {
    if (e.record.invocationInfo) return;
    const extent = e.extent ?? node;
    e.record.invocationInfo = this.invocationInfo(frame.file, extent.start, extent.end);
  }

  invocationInfo(file: A.SourceFile, start: number, end: number, commandName?: string, commandType?: InvocationInfo['commandType']): InvocationInfo {
    const { line, column } = positionAt(file.lineStarts, start);
    const lineStart = file.lineStarts[line - 1]!;
    let lineEnd = file.text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = file.text.length;
    const lineText = file.text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const extentLength = Math.max(1, Math.min(end, lineStart + lineText.length) - start);
    return { commandName, commandType, scriptName: file.path, line, column, lineText, extentLength };
  }

  /** Writes an error record to the error stream (and `$Error`). */
  reportError(record: PsErrorRecord, frame: Frame): void {
    this.session.errorCount++;
    this.session.lastStatus = false;
    frame.streams.error(record);
  }

  executeStatement(s: A.Statement, frame: Frame): void {
    compiledStatement(s)(this, frame);
  }

  /** The statements compile-statements.ts leaves to the evaluator: the ones that unwind or define. */
  interpretStatement(s: A.Statement, frame: Frame): void {
    switch (s.kind) {
      case 'PipelineChain': return this.runChain(s, frame);
      case 'Switch': return this.runSwitch(s, frame);
      case 'FunctionDefinition': return this.defineFunction(s, frame);
      case 'Return':
        if (s.value) this.executeStatement(s.value, frame);
        throw new ReturnSignal();
      case 'Break': throw new BreakSignal(s.label ? toStr(evaluate(this, s.label, frame)) : undefined);
      case 'Continue': throw new ContinueSignal(s.label ? toStr(evaluate(this, s.label, frame)) : undefined);
      case 'Throw': return this.runThrow(s, frame);
      case 'Exit': {
        const value = s.value ? this.collect(s.value, frame) : 0;
        const code = value === undefined || value === null ? 0 : Number(convertTo(value, 'int'));
        throw new ExitSignal(code);
      }
      case 'Try': return this.runTry(s, frame);
      // A trap runs only when an error reaches it (executeStatements).
      case 'Trap': return;
      default: throw new Error(`${s.kind} statements are compiled, not interpreted`);
    }
  }

  /** Runs a statement and returns its output as one value: nothing, one object, or an array. */
  collect(s: A.Statement, frame: Frame): unknown {
    return compiledCollect(s)(this, frame);
  }

  /** Runs statements collecting every output object. */
  collectStatements(statements: A.Statement[], frame: Frame): unknown[] {
    const out: unknown[] = [];
    this.executeStatements(statements, withOutput(frame, (v) => out.push(v)));
    return out;
  }

  // ## Pipelines

  /** Runs a pipeline of commands (a lone expression is compile-statements.ts's); `$?` tells whether it wrote errors. */
  runPipeline(p: A.Pipeline, frame: Frame, out: Emit): void {
    const errorsBefore = this.session.errorCount;
    this.runPipelineElements(p, frame, out);
    this.session.lastStatus = this.session.errorCount === errorsBefore;
  }

  private runPipelineElements(p: A.Pipeline, frame: Frame, out: Emit): void {
    const elements = p.elements;
    const listener = this.session.listenerHere();
    if (listener) {
      const text = (n: { start: number; end: number }) => frame.file.text.slice(n.start, n.end);
      listener.pipelineStart(text(p), elements.map((e) => ({ text: text(e), name: e.kind === 'Command' ? text(e.name) : undefined })));
    }
    const processors: Processor[] = new Array(elements.length);
    const links: (PipelineLink | undefined)[] = new Array(elements.length).fill(undefined);
    // Built from the last command back: each is made with the link to the command after it. The
    // first command has no upstream: no link, and nothing writes to it.
    let downstream = out;
    let downstreamStage: Stage = new EmitStage(out);
    for (let i = elements.length - 1; i >= 0; i--) {
      const proc = createProcessor(this, elements[i]!, frame, downstream, downstreamStage, i, elements.length);
      processors[i] = proc;
      if (i === 0) break;
      const link = links[i] = new PipelineLink(this, proc);
      downstream = (v) => link.accept(v);
      downstreamStage = link;
    }
    try {
      for (const proc of processors) proc.bind?.();
      if (this.session.bindOnly) {
        // Only an expression's values can reach the next command without running anything.
        if (elements[0]!.kind === 'CommandExpression' && processors.length > 1) {
          enumerateValue(evaluate(this, elements[0]!.expression, frame), (v) => processors[1]!.bindInput?.(v));
        }
        return;
      }
      for (let i = 0; i < processors.length; i++) {
        processors[i]!.begin();
        links[i]?.begun();
      }
      for (const link of links) link?.settle();
      processors[0]!.runFirst();
      for (const proc of processors) proc.end();
    } catch (e) {
      if (e instanceof StopUpstreamSignal) {
        // A downstream command asked its upstream to stop: finish the ones after it.
        const index = processors.indexOf(e.owner as Processor);
        for (let i = Math.max(index, 0); i < processors.length; i++) processors[i]!.end();
        return;
      }
      throw e;
    } finally {
      for (const proc of processors) proc.dispose?.();
    }
  }

  private runChain(s: A.PipelineChain, frame: Frame) {
    this.runChainElement(s.left, frame);
    const ok = this.session.lastStatus;
    if ((s.operator === '&&') === ok) {
      this.runChainElement(s.right, frame);
    }
  }

  // ## Flow control

  /**
   * Set by the prompt while a command runs: a flag another thread raises on Ctrl+C. Loops and
   * pipelines look at it between iterations and objects.
   */
  interrupt?: Int32Array;

  checkInterrupt(): void {
    const flag = this.interrupt;
    if (flag && Atomics.load(flag, 0) !== 0) {
      Atomics.store(flag, 0, 0);
      throw new PipelineStoppedSignal();
    }
  }

  private runSwitch(s: A.SwitchStatement, frame: Frame) {
    const subject = this.collect(s.subject, frame);
    const items = subject === undefined ? [] : Array.isArray(subject) ? subject : [subject];
    const scope = frame.scope;
    const savedUnder = scope.getLocal('_');
    outer: for (const item of items) {
      scope.setLocal('_', item);
      let matched = false;
      for (const clause of s.clauses) {
        if (clause.isDefault) continue;
        if (!this.switchClauseMatches(s, clause, item, frame)) continue;
        matched = true;
        try {
          this.executeStatements(clause.body.statements, frame);
        } catch (e) {
          const signal = loopSignal(e, s.label);
          if (signal === 'break') break outer;
          if (signal === 'continue') continue outer;
          throw e;
        }
      }
      if (!matched) {
        const def = s.clauses.find((c) => c.isDefault);
        if (def) {
          try {
            this.executeStatements(def.body.statements, frame);
          } catch (e) {
            const signal = loopSignal(e, s.label);
            if (signal === 'break') break;
            if (signal === 'continue') continue;
            throw e;
          }
        }
      }
    }
    if (savedUnder) scope.setLocal('_', savedUnder.value);
  }

  private switchClauseMatches(s: A.SwitchStatement, clause: A.SwitchClause, item: unknown, frame: Frame): boolean {
    if (clause.pattern.kind === 'ScriptBlockExpression') {
      const sb = evaluate(this, clause.pattern, frame) as ScriptBlockValue;
      const result = this.session.invokeScriptBlock(sb, frame, { dollarUnder: item, args: [], dotSource: false });
      return toBool(result.length === 0 ? undefined : result.length === 1 ? result[0] : result);
    }
    const pattern = evaluate(this, clause.pattern, frame);
    const cs = s.flags.caseSensitive;
    if (s.flags.regex) {
      const re = toRegExp(pattern, cs);
      const m = re.exec(toStr(item));
      if (m) this.session.setMatches(frame, m);
      return m !== null;
    }
    if (s.flags.wildcard) return wildcardMatch(toStr(item), toStr(pattern), cs);
    if (typeof item === 'string' || typeof pattern === 'string') return psEquals(toStr(item), toStr(pattern), cs);
    return psEquals(item, pattern, cs);
  }

  private defineFunction(s: A.FunctionDefinition, frame: Frame) {
    this.session.defineFunction(s, frame);
  }

  private runThrow(s: A.ThrowStatement, frame: Frame) {
    const value = s.value ? this.collect(s.value, frame) : undefined;
    let record: PsErrorRecord;
    if (value instanceof PsErrorRecord) {
      record = new PsErrorRecord(new PsException(value.exception.typeName, value.exception.message, undefined, true), value.errorId, value.category, value.targetObject, undefined, value.fullyQualifiedCommand);
    } else if (value instanceof PsException) {
      record = new PsErrorRecord(new PsException(value.typeName, value.message, value.innerException, true), value.message, 'OperationStopped', null, undefined);
    } else {
      const message = value === undefined || value === null ? 'ScriptHalted' : toStr(value);
      record = new PsErrorRecord(new PsException('System.Management.Automation.RuntimeException', message, undefined, true), message, 'OperationStopped', value ?? null, undefined);
    }
    const err = new RuntimeError(record);
    err.extent = { start: s.start, end: s.end };
    this.locate(err, s, frame);
    throw err;
  }

  private runTry(s: A.TryStatement, frame: Frame) {
    try {
      this.tryDepth++;
      try {
        this.executeStatements(s.body.statements, frame);
      } finally {
        this.tryDepth--;
      }
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      this.locate(e, s.body, frame);
      const handler = s.catches.find((c) => c.typeNames.length === 0 || c.typeNames.some((t) => this.session.exceptionMatches(e.record.exception, t)));
      if (!handler) throw e;
      this.session.recordError(e.record);
      // `$_` (which `$PSItem` reads) is the error inside the catch block only: the scope's own comes
      // back after it, or null where the scope had none (pwsh's is then null, not its caller's).
      const scope = frame.scope;
      const saved = scope.getLocalKey('_')?.value ?? null;
      scope.setLocalKey('_', '_', e.record);
      try {
        this.executeStatements(handler.body.statements, frame);
      } finally {
        scope.setLocalKey('_', '_', saved);
      }
    } finally {
      if (s.finallyBody) this.executeStatements(s.finallyBody.statements, frame);
    }
  }

  /** Builds an error record for a script-level problem at `node`. */
  scriptError(message: string, errorId: string, category: ErrorCategory, node: { start: number; end: number }, frame: Frame, exceptionType = 'System.Management.Automation.RuntimeException', targetObject: unknown = null): RuntimeError {
    const err = RuntimeError.of(exceptionType, message, errorId, category, targetObject);
    err.extent = { start: node.start, end: node.end };
    this.locate(err, node, frame);
    return err;
  }
}

/** Node's stack ran out: PowerShell's own error for runaway recursion. */
function callDepthOverflow(): RuntimeError {
  const e = RuntimeError.of('System.Management.Automation.ScriptCallDepthException', 'The script failed due to call depth overflow.', 'CallDepthOverflow', 'InvalidOperation');
  e.scriptTerminating = true;
  return e;
}

