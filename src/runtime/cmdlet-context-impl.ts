/**
 * The context a cmdlet's begin/process/end receive (commands/cmdlet-context.ts): its bound
 * parameters, its output and error streams with the common parameters applied, and the ways it
 * runs script blocks, prepared once for a block it runs for every input object.
 */
import type * as A from '../syntax/ast.js';
import type { Binder } from '../commands/binder.js';
import type { CmdletInfo } from '../commands/command-info.js';
import type { CmdletContext, VariableScope } from '../commands/cmdlet-context.js';
import type { BindingListener } from '../commands/binding-listener.js';
import { BindingTracer } from '../commands/binding-tracer.js';
import { RuntimeError } from './errors.js';
import { toBool, toStr } from './conversion.js';
import { enumerateValue } from './expressions.js';
import { outputIsTrue, StopUpstreamSignal, type Emit, type Frame } from './frame.js';
import { EmitStage, type Stage } from './stage.js';
import type { Evaluator } from './evaluator.js';
import type { Processor } from './processors.js';
import { invokeScriptBlockValue } from './invocation.js';
import { USING_PREFIX, usingVariableNames } from './using-variables.js';
import { isPlainScriptBlock, PlainScriptBlockCall } from './script-block-call.js';
import { invokeMember } from './members.js';
import { PsErrorRecord, PsException, PsSwitch, ScriptBlockValue, type ErrorCategory } from './values.js';
import { Scope, type PsVariable } from './scope.js';

/** The CmdletContext a cmdlet receives. */
export class CmdletContextImpl implements CmdletContext {
  private errorAction?: string;
  private outVariable?: unknown[];
  private outVariableName?: string;

  constructor(
    private ev: Evaluator,
    private info: CmdletInfo,
    private binder: Binder,
    private frame: Frame,
    private out: Emit,
    /** `out` as a stage (stage.ts). */
    private outStage: Stage,
    private node: A.CommandInvocation,
    private owner: Processor,
  ) {}


  get commandName() { return this.info.name; }
  get parameterSetName() { return this.binder.parameterSetName; }
  get bound() { return this.binder.bound; }
  get session() { return this.ev.session.shared; }
  get hostWidth() { return this.ev.session.host.width; }
  get host() { return this.ev.session.host; }
  visibleCommands() { return this.ev.session.listCommands(this.frame.scope); }
  has(name: string) { return this.binder.bound.has(name); }
  get<T>(name: string): T | undefined { return this.binder.bound.get(name) as T | undefined; }
  switch(name: string) {
    const v = this.binder.bound.get(name);
    return v instanceof PsSwitch ? v.isPresent : toBool(v);
  }

  applyCommonParameters() {
    const pv = this.binder.bound.get('PipelineVariable');
    if (pv !== undefined) {
      const out = this.out;
      const scope = this.frame.scope;
      const name = toStr(pv);
      this.out = (v) => { scope.setLocal(name, v); out(v); };
      this.outStage = new EmitStage(this.out);
    }
    const ea = this.binder.bound.get('ErrorAction');
    if (ea !== undefined) this.errorAction = toStr(ea).toLowerCase();
    const ov = this.binder.bound.get('OutVariable');
    if (ov !== undefined) { this.outVariableName = toStr(ov); this.outVariable = []; this.setVariable(this.outVariableName, this.outVariable); }
    const ev = this.binder.bound.get('ErrorVariable');
    if (ev !== undefined) this.setVariable(toStr(ev), []);
  }

  write(value: unknown, enumerate = true) {
    if (this.outVariable) {
      if (enumerate && Array.isArray(value)) this.outVariable.push(...value); else this.outVariable.push(value);
    }
    if (enumerate) enumerateValue(value, this.out);
    else if (value !== undefined) this.out(value);
  }

  private preference(): string {
    return this.errorAction ?? this.ev.errorActionPreference(this.frame);
  }

  /** Gives a record the position of this command, as PowerShell's InvocationInfo does. */
  located(record: PsErrorRecord): PsErrorRecord {
    if (!record.invocationInfo) record.invocationInfo = this.ev.invocationInfo(this.frame.file, this.node.start, this.node.end, this.info.name, 'Cmdlet');
    if (!record.activity) record.activity = this.info.name;
    return record;
  }

  writeError(record: PsErrorRecord) {
    const ev = this.binder.bound.get('ErrorVariable');
    if (ev !== undefined) {
      const list = this.frame.scope.lookup(toStr(ev))?.value;
      if (Array.isArray(list)) list.push(record);
    }
    const pref = this.preference();
    if (pref === 'ignore') {
      this.ev.session.errorCount++;
      this.ev.session.lastStatus = false;
      return;
    }
    if (pref === 'stop') {
      const e = new RuntimeError(record);
      e.scriptTerminating = true;
      throw e;
    }
    if (pref === 'silentlycontinue') {
      this.ev.session.recordError(record);
      this.ev.session.errorCount++;
      this.ev.session.lastStatus = false;
      return;
    }
    this.ev.reportError(record, this.frame);
  }

  private record(message: string, errorId: string, category: ErrorCategory, targetObject: unknown, exceptionType: string): PsErrorRecord {
    return this.located(new PsErrorRecord(new PsException(exceptionType, message), errorId, category, targetObject ?? null, undefined, this.info.implementingType));
  }

  errorFrom(inner: PsErrorRecord, errorId: string, category: ErrorCategory, targetObject?: unknown) {
    this.writeError(this.located(new PsErrorRecord(inner.exception, errorId, category, targetObject ?? null, undefined, this.info.implementingType)));
  }

  error(message: string, errorId: string, category: ErrorCategory, targetObject?: unknown, exceptionType = 'System.Exception') {
    this.writeError(this.record(message, errorId, category, targetObject, exceptionType));
  }

  terminatingError(message: string, errorId: string, category: ErrorCategory, targetObject?: unknown, exceptionType = 'System.Exception'): Error {
    return new RuntimeError(this.record(message, errorId, category, targetObject, exceptionType));
  }

  /** Write-Error reports at the function that called it, not at itself. */
  writeScriptError(record: PsErrorRecord) {
    const inv = this.frame.invocation;
    if (inv.functionName && inv.callSite) {
      record.invocationInfo = this.ev.invocationInfo(inv.callSite.file, inv.callSite.start, inv.callSite.end, inv.functionName, 'Function');
      record.activity = inv.functionName;
    } else {
      record.activity = 'Write-Error';
    }
    record.fullyQualifiedCommand ??= (inv.functionName || inv.scriptName) || undefined;
    this.writeError(record);
  }

  get caller() { return this.frame.invocation; }

  writeWarning(message: string) {
    const pref = toStr(this.frame.scope.lookup('WarningPreference')?.value ?? 'Continue').toLowerCase();
    const wa = this.binder.bound.get('WarningAction');
    const effective = wa !== undefined ? toStr(wa).toLowerCase() : pref;
    if (effective === 'silentlycontinue' || effective === 'ignore') return;
    this.frame.streams.warning(message);
  }
  writeVerbose(message: string) {
    const v = this.binder.bound.get('Verbose');
    const on = v !== undefined ? toBool(v) : toStr(this.frame.scope.lookup('VerbosePreference')?.value).toLowerCase() === 'continue';
    if (on) this.frame.streams.verbose(message);
  }
  writeDebug(message: string) {
    const v = this.binder.bound.get('Debug');
    const on = v !== undefined ? toBool(v) : toStr(this.frame.scope.lookup('DebugPreference')?.value).toLowerCase() === 'continue';
    if (on) this.frame.streams.debug(message);
  }
  writeInformation(data: unknown) { this.frame.streams.information(data); }
  writeHost(text: string, newline: boolean) { this.ev.session.writeHost(text, newline); }
  writeHostObject(value: unknown) { this.ev.session.writeHostObject(value); }

  invoke(script: ScriptBlockValue, dollarUnder: unknown, args: unknown[] = [], useLocalScope = false): unknown[] {
    if (args.length > 0 || !isPlainScriptBlock(script.ast)) {
      return this.ev.session.invokeScriptBlock(script, this.frame, { args, dollarUnder, dotSource: !useLocalScope });
    }
    const outer = this.collected;
    const collected: unknown[] = this.collected = [];
    try {
      this.preparedCall(script, !useLocalScope, 'collect').run(dollarUnder);
    } finally {
      this.collected = outer;
    }
    return collected;
  }

  itemTester(script: ScriptBlockValue): (item: unknown) => boolean {
    if (!isPlainScriptBlock(script.ast)) {
      return (item) => {
        const r = this.invoke(script, item);
        return outputIsTrue(r.length, r[0]);
      };
    }
    const call = this.preparedCall(script, true, 'test');
    return call.itemTest() ?? ((item) => this.testWith(call, item));
  }

  itemFilter(script: ScriptBlockValue): Stage | undefined {
    return isPlainScriptBlock(script.ast) ? this.preparedCall(script, true, 'test').itemFilter(this.unrolledStage()) : undefined;
  }

  /** What write(v, false) does with an object that is there: without -OutVariable, pass it on. */
  private unrolledOut(): Emit {
    return this.outVariable ? this.writeUnrolled : this.out;
  }

  /** unrolledOut as a stage. */
  private unrolledStage(): Stage {
    return this.outVariable ? new EmitStage(this.writeUnrolled) : this.outStage;
  }

  itemRunner(script: ScriptBlockValue): Stage {
    if (!isPlainScriptBlock(script.ast)) return new EmitStage((item) => this.invokeToPipeline(script, item));
    return this.preparedCall(script, true, 'pipeline').forItems();
  }

  private testWith(call: PlainScriptBlockCall, dollarUnder: unknown): boolean {
    // The output is only looked at, not kept: counted, with its first object.
    const { tested, testedFirst } = this;
    this.tested = 0;
    this.testedFirst = undefined;
    try {
      call.run(dollarUnder);
      return outputIsTrue(this.tested, this.testedFirst);
    } finally {
      this.tested = tested;
      this.testedFirst = testedFirst;
    }
  }

  private tested = 0;
  private testedFirst: unknown;
  private readonly countOutput = (v: unknown) => { if (this.tested++ === 0) this.testedFirst = v; };
  /** What a prepared invoke writes goes here (a script block it runs may invoke again: saved and restored). */
  private collected: unknown[] = [];
  private readonly collect = (v: unknown) => { this.collected.push(v); };
  private readonly writeUnrolled = (v: unknown) => this.write(v, false);
  /** Plain script blocks this command runs for each input object, prepared once (script-block-call.ts). */
  private calls?: Map<ScriptBlockValue, PlainScriptBlockCall>[];

  private preparedCall(script: ScriptBlockValue, dotSource: boolean, output: 'collect' | 'pipeline' | 'test'): PlainScriptBlockCall {
    const kind = (dotSource ? 3 : 0) + (output === 'collect' ? 0 : output === 'pipeline' ? 1 : 2);
    // Nearly always the same block as for the previous object.
    const last = this.lastCall;
    if (last && last.script === script && last.kind === kind) return last.call;
    const out = output === 'collect' ? this.collect : output === 'pipeline' ? this.unrolledOut() : this.countOutput;
    const calls = (this.calls ??= [])[kind] ??= new Map();
    let call = calls.get(script);
    if (!call) {
      call = new PlainScriptBlockCall(this.ev.session, script, this.frame, out, dotSource, true, output === 'pipeline' ? this.unrolledStage() : undefined, this);
      calls.set(script, call);
    }
    this.lastCall = { script, kind, call };
    return call;
  }

  private lastCall?: { script: ScriptBlockValue; kind: number; call: PlainScriptBlockCall };

  invokeIsolated(script: ScriptBlockValue, dollarUnder: unknown): void {
    // As in a runspace of its own: the caller's variables are not there, `$using:` values are.
    const scope = new Scope(this.ev.session.global, 'function');
    for (const name of usingVariableNames(script.ast)) {
      const found = this.frame.scope.lookup(name);
      if (!found) throw this.terminatingError(`The value of the using variable '$using:${name}' cannot be retrieved because it has not been set in the local session.`, 'UsingVariableIsUndefined', 'InvalidOperation');
      scope.setLocal(USING_PREFIX + name, found.value);
    }
    invokeScriptBlockValue(this.ev.session, script, { ...this.frame, scope, out: this.writeUnrolled }, { args: [], dollarUnder, dotSource: true });
  }

  invokeWithThis(script: ScriptBlockValue, thisValue: unknown, args: unknown[] = []): unknown[] {
    return this.ev.session.invokeScriptBlock(script, this.frame, { args, thisValue, dotSource: false });
  }

  invokeToPipeline(script: ScriptBlockValue, dollarUnder: unknown, args: unknown[] = []) {
    if (args.length === 0 && isPlainScriptBlock(script.ast)) {
      this.preparedCall(script, true, 'pipeline').run(dollarUnder);
      return;
    }
    this.ev.session.invokeScriptBlockTo(script, { ...this.frame, out: this.writeUnrolled }, { args, dollarUnder, dotSource: true });
  }

  createScriptBlock(text: string): ScriptBlockValue {
    return this.ev.session.createScriptBlock(text, this.frame);
  }

  invokeCommand(name: string, args: unknown[]) {
    callBlock ??= this.ev.session.createScriptBlock('& $args[0] @($args[1])', this.frame);
    const frame = { ...this.frame, out: (v: unknown) => this.write(v, false) };
    this.ev.session.invokeScriptBlockTo(callBlock, frame, { args: [name, args], dollarUnder: undefined, dotSource: false });
  }

  followBinding<T>(listener: BindingListener, bindOnly: boolean, body: () => T): T {
    const session = this.ev.session;
    const outer = { explaining: session.explaining, bindOnly: session.bindOnly };
    // The script block's statements run one call level below this cmdlet.
    session.explaining = { depth: this.ev.callDepth + 1, listener };
    session.bindOnly = bindOnly;
    try {
      return body();
    } finally {
      session.explaining = outer.explaining;
      session.bindOnly = outer.bindOnly;
    }
  }

  traceParameterBinding<T>(write: (line: string) => void, body: () => T): T {
    const session = this.ev.session;
    const outer = session.tracer;
    session.tracer = new BindingTracer(write);
    try {
      return body();
    } finally {
      session.tracer = outer;
    }
  }

  private readonly confirmState: { all?: boolean } = {};

  shouldProcess(target: string, action: string): boolean {
    return this.ev.session.shouldProcess(this.frame, target, action, { bound: this.binder.bound, confirmImpact: this.info.metadata.confirmImpact, state: this.confirmState });
  }

  getVariable(name: string) { return this.frame.scope.lookup(name)?.value; }
  invokeMethod(target: unknown, name: string, args: unknown[]) { return invokeMember(this.ev, target, name, args, false, this.frame); }
  get strictMode() { return this.frame.scope.strictMode(); }
  setStrictMode(version: number) { this.frame.scope.strictVersion = version; }
  getAlias(name: string) { return this.ev.session.aliases.get(name.toLowerCase()); }
  setAlias(name: string, definition: string) { this.ev.session.aliases.set(name.toLowerCase(), { kind: 'Alias', name, definition }); }

  variableScope(scope?: string): VariableScope {
    const start = this.frame.scope;
    const local = scope === undefined ? undefined : start.resolveQualifier(scope.toLowerCase());
    return {
      list: () => {
        const seen = new Map<string, PsVariable>();
        for (let s: Scope | undefined = local ?? start; s; s = local ? undefined : s.parent) {
          for (const [key, v] of s.visibleVariables()) if (!seen.has(key)) seen.set(key, v);
        }
        return [...seen.values()];
      },
      get: (name) => (local ? local.getLocal(name) : start.lookup(name)),
      set: (name, value) => (local ?? start).setLocal(name, value),
      remove: (name) => {
        if (local) return local.remove(name);
        for (let s: Scope | undefined = start; s; s = s.parent) if (s.remove(name)) return true;
        return false;
      },
    };
  }
  setVariable(name: string, value: unknown) {
    const colon = name.indexOf(':');
    if (colon > 0) this.frame.scope.resolveQualifier(name.slice(0, colon).toLowerCase()).setLocal(name.slice(colon + 1), value);
    else this.frame.scope.setLocal(name, value);
  }

  stopUpstream(): never {
    throw new StopUpstreamSignal(this.owner);
  }

  quietly<T>(fn: () => T, otherwise: (error: PsErrorRecord) => T): T {
    const ev = this.ev;
    let failed: PsErrorRecord;
    ev.tryDepth++;
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      failed = e.record;
    } finally {
      ev.tryDepth--;
    }
    ev.session.recordError(failed);
    return otherwise(failed);
  }

  placeError(caught: unknown): unknown {
    return this.owner.placeError ? this.owner.placeError(caught) : caught;
  }
}

/** `& $args[0] @($args[1])`: calls a command named at run time, with no parameters of its own to bind. */
let callBlock: ScriptBlockValue | undefined;
