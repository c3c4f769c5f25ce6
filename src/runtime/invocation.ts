/**
 * # Running script functions and script blocks
 *
 * A call gets a new scope (child of the caller's: PowerShell scoping is dynamic), its parameters
 * bound by the binder, `$args`, `$PSBoundParameters`, `$PSCmdlet` for advanced functions, and
 * then its named blocks: `begin` once, `process` once per pipeline object (with `$_`), `end` once
 * (with `$input` holding what an end-only function received). `return` ends the current block.
 */
import type * as A from '../syntax/ast.js';
import { Binder, ParameterBindingError, type CommandArgument } from '../commands/binder.js';
import { ALL_SETS, inSet, type CommandMetadata, type ParameterMetadata } from '../commands/metadata.js';
import type { FunctionInfo } from '../commands/command-info.js';
import { RuntimeError } from './errors.js';
import { convertTo, convertToResolved, toBool, toStr } from './conversion.js';
import { evaluate } from './expressions.js';
import { outputIsTrue, ReturnSignal, type Emit, type Frame } from './frame.js';
import { Scope } from './scope.js';
import type { Session } from './session.js';
import { functionMetadata, paramBlockOf } from './function-metadata.js';
import { PsHashtable, PsObject, PsSwitch, ScriptBlockValue } from './values.js';
import type { Evaluator } from './evaluator.js';
import type { BinderHost } from '../commands/binding-record.js';
import type { BindingListener } from '../commands/binding-listener.js';
import type { BindingTracer } from '../commands/binding-tracer.js';
import { isPlainScriptBlock, PlainScriptBlockCall } from './script-block-call.js';

export interface InvokeOptions {
  args: unknown[];
  dollarUnder?: unknown;
  /** Run in the caller's scope (`. $sb`, ForEach-Object blocks). */
  dotSource: boolean;
  /** `$this`: the object whose script property or script method runs. */
  thisValue?: unknown;
}

/** Metadata of a script block, computed once per block. */
const blockMetadata = new WeakMap<A.ScriptBlock, CommandMetadata>();

export function metadataOf(session: Session, fn: Pick<FunctionInfo, 'name' | 'body' | 'inlineParameters' | 'metadata'>, frame: Frame): CommandMetadata {
  if (fn.metadata) return fn.metadata;
  let m = blockMetadata.get(fn.body);
  if (!m) {
    m = functionMetadata(fn, session, frame);
    blockMetadata.set(fn.body, m);
  }
  return m;
}

/** A backstop: Node's stack usually runs out first, and that is reported the same way. */
const MAX_CALL_DEPTH = 10000;

/** One running call of a function or script block. */
export class ScriptInvocation implements BinderHost {
  readonly scope: Scope;
  readonly frame: Frame;
  readonly binder: Binder;
  private readonly pipelineInput: unknown[] = [];
  private readonly meta: CommandMetadata;
  /** An advanced function ([CmdletBinding()] or [Parameter()]): bound and run like a cmdlet. */
  readonly advanced: boolean;
  private readonly processBlock?: A.NamedBlock;
  private readonly endBlock?: A.NamedBlock;
  private entered = false;
  private readonly callSite?: { file: A.SourceFile; start: number; end: number };
  private readonly callerScope?: Scope;

  constructor(
    private readonly session: Session,
    readonly fn: Pick<FunctionInfo, 'name' | 'body' | 'inlineParameters' | 'metadata'> & { kind?: string },
    callerFrame: Frame,
    out: Emit,
    private readonly args: CommandArgument[],
    private readonly expectsInput: boolean,
    dotSource: boolean,
    callSite?: { start: number; end: number },
    /** False for script blocks that cmdlets run, which the explainer does not follow. */
    keepBindingRecord = true,
  ) {
    this.meta = metadataOf(session, fn, callerFrame);
    this.callerScope = callerFrame.scope;
    if (callSite) this.callSite = { file: callerFrame.file, ...callSite };
    const block = paramBlockOf(fn);
    this.advanced = this.meta.parameters.some((p) => p.isCommon);
    this.scope = dotSource ? callerFrame.scope : new Scope(callerFrame.scope, 'function');
    this.frame = {
      ...callerFrame,
      scope: this.scope,
      out,
      file: fn.body.file,
      invocation: {
        ...callerFrame.invocation,
        functionName: fn.name || callerFrame.invocation.functionName,
        callSite: callSite && fn.name ? this.callSite : callerFrame.invocation.callSite,
        errorAction: undefined,
      },
    };
    // The record of binding is kept only for the explainer, which follows commands, not the
    // script blocks cmdlets run.
    this.listener = keepBindingRecord ? session.listenerHere() : undefined;
    // The call is its binder's host: no host object and closures made per call.
    this.binder = new Binder(this.meta, fn.name, 'function', this, !this.advanced, undefined, this.listener !== undefined);
    const isFilter = fn.kind === 'Filter';
    const body = fn.body;
    this.processBlock = body.processBlock ?? (isFilter ? body.endBlock : undefined);
    this.endBlock = isFilter ? undefined : body.endBlock;
    void block;
  }

  /** The explainer, when it follows this call (BinderHost). */
  readonly listener?: BindingListener;
  /** Trace-Command's ParameterBinding tracer, while a trace is on (BinderHost). */
  get tracer(): BindingTracer | undefined { return this.session.tracer; }

  runValidateScript(script: unknown, value: unknown): boolean {
    return validateScriptPasses(this.session, script, this.frame, value);
  }

  /** Binds the command line and sets up the scope: call before begin. */
  bind(): void {
    const { remaining } = this.binder.bindCommandLine(this.args, this.expectsInput);
    this.scope.setLocal('args', remaining);
    this.applyBoundParameters();
    this.applyPipelineVariable();
  }

  /** -PipelineVariable: each object the call writes is also stored, in the caller's scope. */
  private applyPipelineVariable() {
    const name = this.binder.bound.get('PipelineVariable');
    if (name === undefined || !this.callerScope) return;
    const scope = this.callerScope;
    const out = this.frame.out;
    const variable = toStr(name);
    this.frame.out = (v) => { scope.setLocal(variable, v); out(v); };
  }

  /** `$PSBoundParameters`: one dictionary per call, kept up to date as pipeline objects bind. */
  private boundParametersTable?: PsHashtable;
  private get boundParameters(): PsHashtable {
    return (this.boundParametersTable ??= new PsHashtable());
  }

  /** A parameter's default, evaluated when the binder binds the parameters the command line left unbound. */
  defaultValue(p: ParameterMetadata): { raw: unknown; value: unknown; coerced: boolean } {
    const decl = paramBlockOf(this.fn)?.parameters.find((d) => d.name.toLowerCase() === p.name.toLowerCase());
    let raw: unknown = null;
    if (decl?.defaultValue) raw = evaluate(this.session.evaluator, decl.defaultValue, this.frame);
    else if (p.isSwitch) raw = new PsSwitch(false);
    let value = raw;
    if (p.type !== 'System.Object' && !p.isSwitch && (value !== null || !/\[\]$/.test(p.type))) {
      try { value = convertToResolved(value, p.type); } catch { /* an unconvertible default stays as written */ }
    }
    // Without a default written, the type's own default (0, '') is what pwsh binds.
    const explicit = decl?.defaultValue !== undefined;
    return { raw: explicit ? raw : value, value, coerced: explicit || (value !== null && value !== undefined) };
  }

  private applyBoundParameters() {
    this.setParameterVariables();
    for (const [name, value] of this.binder.bound) {
      if (this.meta.byName.get(name.toLowerCase())?.isCommon) this.applyCommonParameter(name, value);
    }
    this.scope.setLazy('PSBoundParameters', () => this.boundParameters);
    if (this.advanced) this.scope.setLocal('PSCmdlet', this.cmdletObject());
    this.scope.setLazy('MyInvocation', () => this.myInvocation());
  }

  /**
   * Sets each parameter's variable to its bound value or its default. `$PSBoundParameters` gains
   * what binds and, as in pwsh, keeps entries bound by earlier pipeline objects.
   */
  private setParameterVariables() {
    if (this.binder.bound.size) for (const [name, value] of this.binder.bound) this.boundParameters.set(name, value);
    for (const p of this.meta.parameters) {
      if (p.isCommon) continue;
      const v = this.scope.setLocal(p.name, this.binder.bound.has(p.name) ? this.binder.bound.get(p.name) : this.binder.defaults.get(p.name));
      if (p.type !== 'System.Object') v.typeConstraint = p.type;
    }
  }

  private applyCommonParameter(name: string, value: unknown) {
    switch (name) {
      case 'ErrorAction':
        this.scope.setLocal('ErrorActionPreference', toStr(value));
        this.frame.invocation.errorAction = toStr(value);
        break;
      case 'WarningAction': this.scope.setLocal('WarningPreference', toStr(value)); break;
      case 'Verbose': this.scope.setLocal('VerbosePreference', toBool(value) ? 'Continue' : 'SilentlyContinue'); break;
      case 'Debug': this.scope.setLocal('DebugPreference', toBool(value) ? 'Continue' : 'SilentlyContinue'); break;
      case 'WhatIf': this.scope.setLocal('WhatIfPreference', toBool(value)); break;
      case 'Confirm': this.scope.setLocal('ConfirmPreference', toBool(value) ? 'Low' : 'None'); break;
    }
  }

  private cmdletObject(): PsObject {
    const o = new PsObject(['System.Management.Automation.PSScriptCmdlet', 'System.Object']);
    const binder = this.binder;
    o.properties.set('parametersetname', { name: 'ParameterSetName', value: null, getter: () => binder.parameterSetName === ALL_SETS ? '__AllParameterSets' : binder.parameterSetName });
    const confirmState: { all?: boolean } = {};
    o.set('ShouldProcess', (target: unknown, action?: unknown) => {
      try {
        // -WhatIf and -Confirm reach a script function as $WhatIfPreference and $ConfirmPreference.
        return this.session.shouldProcess(this.frame, toStr(target), action === undefined ? this.fn.name : toStr(action), { confirmImpact: this.meta.confirmImpact, state: confirmState });
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        const args = action === undefined ? 1 : 2;
        throw RuntimeError.of('System.Management.Automation.MethodInvocationException', `Exception calling "ShouldProcess" with "${args}" argument(s): "${e.message}"`, e.record.errorId, 'NotSpecified', null, this.fn.name);
      }
    });
    o.set('WriteVerbose', (m: unknown) => { this.frame.streams.verbose(toStr(m)); });
    o.set('WriteWarning', (m: unknown) => { this.frame.streams.warning(toStr(m)); });
    o.set('MyInvocation', this.myInvocation());
    return o;
  }

  private myInvocation(): PsObject {
    const path = this.fn.body.file.path;
    const name = this.fn.kind === 'ExternalScript' ? path.slice(path.lastIndexOf('/') + 1) : this.fn.name;
    return myInvocationObject(name, this.fn.kind ?? 'ScriptBlock', path, this.scope.getLocal('PSBoundParameters')?.value ?? null);
  }

  private runBlock(block: A.NamedBlock | undefined) {
    if (!block) return;
    try {
      this.session.evaluator.executeStatements(block.statements, this.frame);
    } catch (e) {
      if (!(e instanceof ReturnSignal)) throw e;
    }
  }

  begin(): void {
    this.enter();
    try {
      this.runBlock(this.fn.body.beginBlock);
    } finally {
      this.leave();
    }
  }

  /** One pipeline object (or, with `hasInput` false, the single run of a command with no input). */
  process(input: unknown, hasInput: boolean, run?: () => void): void {
    if (hasInput && this.advanced && this.binder.takesPipelineInput()) {
      const failure = this.binder.bindPipelineObject(input);
      if (failure) {
        const site = this.callSite;
        if (site && !failure.record.invocationInfo) failure.record.invocationInfo = this.session.evaluator.invocationInfo(site.file, site.start, site.end, this.fn.name, this.fn.kind === 'Filter' ? 'Filter' : 'Function');
        this.session.evaluator.reportError(failure.record, this.frame);
        return;
      }
      this.setParameterVariables();
    }
    if (run) run(); else this.runProcessBlock(input, hasInput);
  }

  /** Binds one pipeline object and runs nothing (the explainer's -NoExecute). */
  bindInputOnly(input: unknown): void {
    if (this.advanced && this.binder.takesPipelineInput()) this.binder.bindPipelineObject(input);
  }

  /** The process block for one object (or the single run of a command without input). */
  runProcessBlock(input: unknown, hasInput: boolean): void {
    if (!this.processBlock) {
      if (hasInput) this.pipelineInput.push(input);
      return;
    }
    this.enter();
    try {
      if (hasInput) {
        this.scope.setLocal('_', input);
        this.scope.setLocal('PSItem', input);
      }
      this.runBlock(this.processBlock);
    } finally {
      this.leave();
    }
  }

  end(): void {
    this.scope.setLocal('input', this.pipelineInput);
    this.enter();
    try {
      this.runBlock(this.endBlock);
    } finally {
      this.leave();
    }
  }

  private enter() {
    enterCall(this.session.evaluator);
    this.entered = true;
  }

  private leave() {
    if (this.entered) leaveCall(this.session.evaluator);
  }
}

/** `& $sb a b`, `$sb.Invoke()`, ForEach-Object blocks: runs a script block to completion. */
export function invokeScriptBlockValue(session: Session, sb: ScriptBlockValue, frame: Frame, options: InvokeOptions): void {
  const ast = sb.ast;
  if (isPlainScriptBlock(ast) && options.args.length === 0) {
    new PlainScriptBlockCall(session, sb, frame, frame.out, options.dotSource).run(options.dollarUnder, options.thisValue);
    return;
  }
  const call = new ScriptInvocation(session, { name: '', body: sb.ast }, frame, frame.out, options.args.map((value) => ({ value, hasValue: true })), false, options.dotSource, undefined, false);
  const saved = options.dotSource ? frame.scope.getLocal('_') : undefined;
  try {
    call.bind();
    if (options.thisValue !== undefined) call.scope.setLocal('this', options.thisValue);
    if (options.dollarUnder !== undefined) {
      // `$_` is visible in every block of the script block, not only in `process`.
      call.scope.setLocal('_', options.dollarUnder);
      call.scope.setLocal('PSItem', options.dollarUnder);
    }
    call.begin();
    call.process(undefined, false);
    call.end();
  } finally {
    if (options.dotSource && options.dollarUnder !== undefined) {
      if (saved) frame.scope.setLocal('_', saved.value);
      else frame.scope.remove('_');
      frame.scope.remove('PSItem');
    }
  }
}

export { ParameterBindingError, inSet };

/** A [ValidateScript()] block run for a value, in a scope of its own with `$_`: whether its output is true. */
export function validateScriptPasses(session: Session, script: unknown, frame: Frame, value: unknown): boolean {
  if (!(script instanceof ScriptBlockValue)) return true;
  const out = session.invokeScriptBlock(script, frame, { args: [], dollarUnder: value, dotSource: false });
  return outputIsTrue(out.length, out[0]);
}

/** One call level deeper; past pwsh's limit, its script-terminating error for runaway recursion. */
export function enterCall(ev: Evaluator): void {
  if (++ev.callDepth > MAX_CALL_DEPTH) {
    ev.callDepth = 0;
    const e = RuntimeError.of('System.Management.Automation.ScriptCallDepthException', 'The script failed due to call depth overflow.', 'CallDepthOverflow', 'InvalidOperation');
    e.scriptTerminating = true;
    throw e;
  }
}

export function leaveCall(ev: Evaluator): void {
  ev.callDepth = Math.max(0, ev.callDepth - 1);
}

/** `$MyInvocation` for a call: its command, name, script and bound parameters. */
export function myInvocationObject(name: string, kind: string, scriptName: string, boundParameters: unknown): PsObject {
  // A script block's command is a Script; the script a file holds, an ExternalScript.
  const commandType = convertTo(kind === 'ScriptBlock' ? 'Script' : kind, 'System.Management.Automation.CommandTypes');
  const command = PsObject.from([['Name', name], ['CommandType', commandType]]);
  return PsObject.from([['MyCommand', command], ['InvocationName', name], ['ScriptName', scriptName], ['BoundParameters', boundParameters]]);
}
