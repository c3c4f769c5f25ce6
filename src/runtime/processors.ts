/**
 * # Command processors: one per pipeline element
 *
 * Each element of a pipeline becomes a processor with begin/process/end. A cmdlet processor binds
 * its command line at begin and each pipeline object before process; a script processor runs a
 * function or script block; an expression processor (only first in a pipeline) evaluates and
 * writes its value. Redirections (`2>&1`, `> file`, `*>$null`) wrap the streams of one element.
 */
import type * as A from '../syntax/ast.js';
import { Binder, type CommandArgument } from '../commands/binder.js';
import type { AliasInfo, CmdletImplementation, CmdletInfo, CommandInfo } from '../commands/command-info.js';
import { noteModuleUse } from '../commands/modules.js';
import { ConversionError, RuntimeError } from './errors.js';
import { toStr } from './conversion.js';
import { enumerateInto, evaluate, evaluateRangeLazily } from './expressions.js';
import type { Emit, Frame, Streams } from './frame.js';
import { EmitStage, type Stage } from './stage.js';
import { settled } from './pipeline-link.js';
import type { Evaluator } from './evaluator.js';
import { ScriptInvocation, validateScriptPasses } from './invocation.js';
import { PsArgumentName, PsHashtable, ScriptBlockValue } from './values.js';
import { BindingTracer } from '../commands/binding-tracer.js';
import type { BinderHost } from '../commands/binding-record.js';
import type { BindingListener } from '../commands/binding-listener.js';
import { CmdletContextImpl } from './cmdlet-context-impl.js';

export interface Processor {
  /** Binds the command line; every command of a pipeline binds before any begins. */
  bind?(): void;
  /** Binds one pipeline object without running the command (the explainer's -NoExecute). */
  bindInput?(input: unknown): void;
  begin(): void;
  process(input: unknown): void;
  /** Set by begin when the command has a faster process for each object; its errors are placed with placeError. */
  sink?: Stage;
  placeError?(caught: unknown): unknown;
  /** Runs the first command of a pipeline, which has no input. */
  runFirst(): void;
  end(): void;
  dispose?(): void;
}

/** `outStage` is `out` as a stage (stage.ts): the link to the next command, for the ways objects travel most. */
export function createProcessor(ev: Evaluator, element: A.PipelineElement, frame: Frame, out: Emit, outStage: Stage, position: number, count: number): Processor {
  const redirected = applyRedirections(ev, element.redirections, frame, out);
  const stage = redirected.out === out ? outStage : new EmitStage(redirected.out);
  if (element.kind === 'CommandExpression') return new ExpressionProcessor(ev, element.expression, redirected.frame, stage, redirected.close);
  const proc = commandProcessor(ev, element, redirected.frame, redirected.out, stage, position > 0);
  if (redirected.close) {
    const close = redirected.close;
    return { ...bindAll(proc), dispose: () => { proc.dispose?.(); close(); } };
  }
  void count;
  return proc;
}

function bindAll(p: Processor): Processor {
  return { bind: () => p.bind?.(), begin: () => p.begin(), process: (v) => p.process(v), runFirst: () => p.runFirst(), end: () => p.end() };
}

/** Runs a cmdlet's (or advanced function's) step inside pwsh's `CALLING <Step>` trace scope. */
function calling(tracer: BindingTracer | undefined, step: 'BeginProcessing' | 'ProcessRecord' | 'EndProcessing', body: () => void): void {
  if (tracer) tracer.scope(`CALLING ${step}`, body); else body();
}

class ExpressionProcessor implements Processor {
  constructor(private ev: Evaluator, private expr: A.Expression, private frame: Frame, private out: Stage, private close?: () => void) {}
  begin() {}
  process() {}
  runFirst() {
    const out = settled(this.out);
    if (this.expr.kind === 'Binary' && this.expr.operator === '..') evaluateRangeLazily(this.ev, this.expr, this.frame, out);
    else enumerateInto(evaluate(this.ev, this.expr, this.frame), out, this.ev);
  }
  end() {}
  dispose() { this.close?.(); }
}

// ## Redirection (about_Redirection)

function applyRedirections(ev: Evaluator, redirections: A.Redirection[], frame: Frame, out: Emit): { frame: Frame; out: Emit; close?: () => void } {
  if (redirections.length === 0) return { frame, out };
  let streams: Streams = { ...frame.streams };
  let output = out;
  let close: (() => void) | undefined;
  for (const r of redirections) {
    if (r.toOutput) {
      // `2>&1` merges the stream into the success output.
      const merge = (rec: unknown) => output(rec);
      if (r.from === '2' || r.from === '*') streams.error = merge;
      if (r.from === '3' || r.from === '*') streams.warning = (m) => output(m);
      if (r.from === '4' || r.from === '*') streams.verbose = (m) => output(m);
      continue;
    }
    const target = r.target ? evaluate(ev, r.target, frame) : null;
    const discard = target === null || (typeof target === 'string' && target.toLowerCase() === '$null');
    let sink: (v: unknown) => void;
    if (discard) sink = () => {};
    else {
      const path = toStr(target);
      const lines: string[] = [];
      sink = (v) => lines.push(ev.session.formatForFile(v));
      close = () => ev.session.writeFile(path, lines.join(''), r.append);
    }
    if (r.from === '1' || r.from === '*') output = sink;
    if (r.from === '2' || r.from === '*') streams = { ...streams, error: sink };
    if (r.from === '3' || r.from === '*') streams = { ...streams, warning: sink };
    if (r.from === '4' || r.from === '*') streams = { ...streams, verbose: sink };
    if (r.from === '5' || r.from === '*') streams = { ...streams, debug: sink };
    if (r.from === '6' || r.from === '*') streams = { ...streams, information: sink };
  }
  return { frame: { ...frame, streams, out: output }, out: output, close };
}

// ## Arguments

/** Evaluates a command's arguments; `@splat` expands a hashtable to named and an array to positional. */
export function evaluateArguments(ev: Evaluator, elements: A.CommandInvocation['elements'], frame: Frame): CommandArgument[] {
  const args: CommandArgument[] = [];
  for (const el of elements) {
    if (el.kind === 'CommandParameter') {
      const nameExtent = { start: el.start, end: el.start + el.text.length };
      if (el.argument) args.push({ parameterName: el.name, parameterText: el.text, value: evaluate(ev, el.argument, frame), hasValue: true, extent: { start: el.argument.start, end: el.argument.end }, nameExtent });
      else args.push({ parameterName: el.name, parameterText: el.text, hasValue: false, extent: nameExtent, nameExtent });
      continue;
    }
    if (el.kind === 'Variable' && el.splatted) {
      const v = frame.scope.lookup(el.name)?.value;
      if (v instanceof PsHashtable) {
        for (const e of v.entries()) {
          const name = toStr(e.key);
          args.push({ parameterName: name, parameterText: `-${name}:`, value: e.value, hasValue: true, extent: { start: el.start, end: el.end }, splatted: true });
        }
      } else if (Array.isArray(v)) {
        for (const item of v) {
          if (item instanceof PsArgumentName) {
            const name = item.text.replace(/^-/, '').replace(/:$/, '');
            args.push({ parameterName: name, parameterText: item.text, hasValue: false, extent: { start: el.start, end: el.end } });
          } else {
            args.push({ value: item, hasValue: true, extent: { start: el.start, end: el.end } });
          }
        }
      } else if (v !== null && v !== undefined) {
        args.push({ value: v, hasValue: true });
      }
      continue;
    }
    const value = evaluate(ev, el, frame);
    const text = el.kind === 'StringConstant' ? el.value : frame.file.text.slice(el.start, el.end);
    args.push({ value, hasValue: true, text, extent: { start: el.start, end: el.end } });
  }
  return args;
}

// ## Command resolution

function commandNotFound(ev: Evaluator, name: string, missing: string, node: A.CommandInvocation, frame: Frame): RuntimeError {
  const message = `The term '${missing}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`;
  const err = RuntimeError.of('System.Management.Automation.CommandNotFoundException', message, 'CommandNotFoundException', 'ObjectNotFound', name);
  err.record.activity = name;
  err.record.categoryActivity = '';
  err.extent = { start: node.name.start, end: node.name.end };
  ev.locate(err, node.name, frame);
  return err;
}

function commandProcessor(ev: Evaluator, node: A.CommandInvocation, frame: Frame, out: Emit, outStage: Stage, expectsInput: boolean): Processor {
  const dotSource = node.invocationOperator === '.';
  const nameValue = node.invocationOperator ? evaluate(ev, node.name, frame) : (node.name as A.StringConstant).value;
  const args = evaluateArguments(ev, node.elements, frame);
  const site = { start: node.start, end: node.end };
  if (nameValue instanceof ScriptBlockValue) {
    return new ScriptProcessor(ev, new ScriptInvocation(ev.session, { name: '', body: nameValue.ast }, frame, out, args, expectsInput, dotSource, site), node, frame);
  }
  const name = toStr(nameValue);
  const info: CommandInfo | undefined = ev.session.resolveCommand(name, frame.scope);
  if (info?.kind === 'Cmdlet') return new CmdletProcessor(ev, info, args, frame, out, outStage, expectsInput, node);
  if (info?.kind === 'Function' || info?.kind === 'Filter') {
    return new ScriptProcessor(ev, new ScriptInvocation(ev.session, info, frame, out, args, expectsInput, dotSource, site), node, frame);
  }
  if (/[\\/]|\.ps1$/i.test(name)) {
    const body = ev.session.loadScriptFile(name, frame);
    if (body) {
      const scriptName = name.split(/[\\/]/).pop()!;
      const callFrame: Frame = dotSource ? frame : { ...frame, invocation: { scriptName } };
      return new ScriptProcessor(ev, new ScriptInvocation(ev.session, { name: '', body, kind: 'ExternalScript' }, callFrame, out, args, expectsInput, dotSource, site), node, frame);
    }
  }
  // An alias whose command is missing names the command it stands for.
  throw commandNotFound(ev, name, info?.kind === 'Alias' ? missingAliasTarget(ev, info) : name, node, frame);
}

function missingAliasTarget(ev: Evaluator, alias: AliasInfo): string {
  const seen = new Set<string>();
  let target = alias.definition;
  for (let next = ev.session.aliases.get(target.toLowerCase()); next && !seen.has(target); next = ev.session.aliases.get(target.toLowerCase())) {
    seen.add(target);
    target = next.definition;
  }
  return target;
}

class ScriptProcessor implements Processor {
  constructor(private ev: Evaluator, private call: ScriptInvocation, private node: A.CommandInvocation, private frame: Frame) {}
  /** Only an advanced function's steps appear in a ParameterBinding trace, as in pwsh. */
  private get tracer() { return this.call.advanced ? this.ev.session.tracer : undefined; }
  bind() {
    try {
      this.call.bind();
    } catch (e) {
      throw this.placed(e);
    }
  }
  bindInput(input: unknown) { this.call.bindInputOnly(input); }
  begin() {
    const t = this.tracer;
    if (t) calling(t, 'BeginProcessing', () => this.beginHere());
    else this.beginHere();
  }
  private beginHere() {
    try {
      this.call.begin();
    } catch (e) {
      throw this.placed(e);
    }
  }
  /** An error from the call, placed at the command. */
  private placed(e: unknown): unknown {
    if (e instanceof RuntimeError) this.ev.locate(e, this.node, this.frame);
    return e;
  }
  process(input: unknown) {
    const t = this.tracer;
    if (t) this.call.process(input, true, () => calling(t, 'ProcessRecord', () => this.call.runProcessBlock(input, true)));
    else this.call.process(input, true);
  }
  runFirst() {
    const t = this.tracer;
    if (t) calling(t, 'ProcessRecord', () => this.call.process(undefined, false));
    else this.call.process(undefined, false);
  }
  end() {
    const t = this.tracer;
    if (t) calling(t, 'EndProcessing', () => this.call.end());
    else this.call.end();
  }
}

// ## Cmdlets

class CmdletProcessor implements Processor, BinderHost {
  private readonly impl: CmdletImplementation;
  private readonly binder: Binder;
  private readonly ctx: CmdletContextImpl;

  constructor(private ev: Evaluator, private info: CmdletInfo, private args: CommandArgument[], private frame: Frame, out: Emit, outStage: Stage, private expectsInput: boolean, private node: A.CommandInvocation) {
    this.impl = info.create();
    noteModuleUse(ev.session.shared, info.module);
    // The binding record is kept only when the explainer follows this command.
    this.listener = ev.session.listenerHere();
    // The processor is its binder's host: no host object and closures made per command.
    this.binder = new Binder(info.metadata, info.name, 'cmdlet', this, false, info.implementingType, this.listener !== undefined);
    this.ctx = new CmdletContextImpl(ev, info, this.binder, frame, out, outStage, node, this);
  }

  /** The explainer, when it follows this command (BinderHost). */
  readonly listener?: BindingListener;
  /** Trace-Command's ParameterBinding tracer, while a trace is on (BinderHost). */
  get tracer(): BindingTracer | undefined { return this.ev.session.tracer; }

  runValidateScript(script: unknown, value: unknown): boolean {
    return validateScriptPasses(this.ev.session, script, this.frame, value);
  }

  private locate<T>(fn: () => T): T {
    try {
      return fn();
    } catch (caught) {
      throw this.located(caught);
    }
  }

  /** An error from this command, placed at it. */
  private located(caught: unknown): unknown {
    // A conversion that failed in the cmdlet's own code (not in a script block it ran, which
    // would have placed it already) is the cmdlet's error.
    const e = caught instanceof ConversionError && !caught.record.invocationInfo ? caught.fromCmdlet(this.info.implementingType) : caught;
    if (e instanceof RuntimeError) {
      const record = e.record;
      if (!record.activity) record.activity = this.info.name;
      // A script error that leaves a script block this command ran (in a try, or under Stop) becomes
      // this command's error, as in pwsh: `RuntimeException,Microsoft.PowerShell.Commands.ForEachObjectCommand`.
      // this command's error, as in pwsh: `RuntimeException,Microsoft.PowerShell.Commands.ForEachObjectCommand`,
      // placed at this command (its InvocationInfo is the command's).
      if (record.invocationInfo && !record.fullyQualifiedCommand && !record.exception.wasThrownFromThrowStatement) {
        record.fullyQualifiedCommand = this.info.implementingType;
        record.invocationInfo = this.ev.invocationInfo(this.frame.file, this.node.start, this.node.end, this.info.name, 'Cmdlet');
      }
      this.ev.locate(e, this.node, this.frame);
    }
    return e;
  }

  bind() {
    this.locate(() => {
      this.binder.bindCommandLine(this.args, this.expectsInput);
      this.ctx.applyCommonParameters();
    });
  }

  begin() {
    const tracer = this.ev.session.tracer;
    calling(tracer, 'BeginProcessing', () => this.locate(() => this.impl.begin?.(this.ctx)));
    this.direct = this.impl.takesInputDirectly === true && this.binder.bindsDirectly();
    if (this.direct && tracer === undefined && this.impl.sink) this.sink = this.impl.sink(this.ctx);
  }

  sink?: Stage;

  placeError(caught: unknown): unknown {
    return this.located(caught);
  }

  bindInput(input: unknown) {
    this.binder.bindPipelineObject(input);
  }

  /** Whether each pipeline object goes to process() unbound (CmdletImplementation.takesInputDirectly). */
  private direct?: boolean;

  process(input: unknown) {
    // Once per object: no closure for locate here.
    try {
      const t = this.ev.session.tracer;
      if (this.direct && t === undefined) { this.impl.process!(this.ctx, input, true); return; }
      // A command without pipeline parameters still gets InputObjectNotBound per object, as in PowerShell.
      const failure = this.binder.bindPipelineObject(input);
      if (failure) { this.ctx.writeError(this.ctx.located(failure.record)); return; }
      if (t) calling(t, 'ProcessRecord', () => this.impl.process?.(this.ctx, input, true));
      else this.impl.process?.(this.ctx, input, true);
    } catch (caught) {
      throw this.located(caught);
    }
  }

  runFirst() {
    calling(this.ev.session.tracer, 'ProcessRecord', () => this.locate(() => this.impl.process?.(this.ctx, undefined, false)));
  }

  end() {
    calling(this.ev.session.tracer, 'EndProcessing', () => this.locate(() => this.impl.end?.(this.ctx)));
  }
}
