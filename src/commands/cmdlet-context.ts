/**
 * # What a cmdlet sees while it runs
 *
 * The only door from a cmdlet back into the interpreter: bound parameters, the output and other
 * streams, script block invocation, ShouldProcess and variables. Cmdlets never import the evaluator.
 */
import type { PsErrorRecord, ScriptBlockValue, ErrorCategory } from '../runtime/values.js';
import type { BindingListener } from './binding-listener.js';
import type { PsVariable } from '../runtime/scope.js';
import type { HostIO } from '../runtime/host-io.js';
import type { Stage } from '../runtime/stage.js';

export interface VariableScope {
  /** Visible variables, nearest scope first, each name once. */
  list(): PsVariable[];
  get(name: string): PsVariable | undefined;
  /** Creates or sets the variable in this scope. */
  set(name: string, value: unknown): PsVariable;
  remove(name: string): boolean;
}
import type { AliasInfo, CommandEntry } from './command-info.js';

export interface CmdletContext {
  readonly commandName: string;
  readonly parameterSetName: string;
  /** Bound parameter values by parameter name (as declared). */
  readonly bound: ReadonlyMap<string, unknown>;
  has(name: string): boolean;
  get<T = unknown>(name: string): T | undefined;
  /** True when a switch parameter is present. */
  switch(name: string): boolean;

  /** Writes to the success stream; arrays are enumerated unless `enumerate` is false. */
  write(value: unknown, enumerate?: boolean): void;
  writeError(record: PsErrorRecord): void;
  /** Writes an error positioned at the calling function, as Write-Error does. */
  writeScriptError(record: PsErrorRecord): void;
  /**
   * Writes a non-terminating error of this command for an error that script it ran raised: the
   * same exception (so $Error keeps only the first), with this command's id and position.
   */
  errorFrom(inner: PsErrorRecord, errorId: string, category: ErrorCategory, targetObject?: unknown): void;
  /** Builds and writes a non-terminating error for this command. */
  error(message: string, errorId: string, category: ErrorCategory, targetObject?: unknown, exceptionType?: string): void;
  /** Builds a terminating error for this command, for `throw`. */
  terminatingError(message: string, errorId: string, category: ErrorCategory, targetObject?: unknown, exceptionType?: string): Error;
  writeWarning(message: string): void;
  writeVerbose(message: string): void;
  writeDebug(message: string): void;
  writeInformation(data: unknown, tags?: string[]): void;
  /** Sends an object to the host's formatter (Out-Default). */
  writeHostObject(value: unknown): void;
  /** Host output (Write-Host): straight to the console. */
  writeHost(text: string, newline: boolean): void;

  /** Runs a script block in the caller's scope with `$_` set, returning its output. */
  invoke(script: ScriptBlockValue, dollarUnder: unknown, args?: unknown[], useLocalScope?: boolean): unknown[];
  /**
   * Runs a script block for an input object in a scope of its own under the global scope, as in
   * a new runspace: it sees the caller's variables only as `$using:` values (ForEach-Object -Parallel).
   */
  invokeIsolated(script: ScriptBlockValue, dollarUnder: unknown): void;
  /** Runs a script block in a scope of its own with `$this` set (script properties and methods). */
  invokeWithThis(script: ScriptBlockValue, thisValue: unknown, args?: unknown[]): unknown[];
  /** Runs a script block with its output going straight to the pipeline. */
  invokeToPipeline(script: ScriptBlockValue, dollarUnder: unknown, args?: unknown[]): void;
  /** invokeToPipeline without arguments, prepared once for a script block run for every input object. */
  itemRunner(script: ScriptBlockValue): Stage;
  /**
   * Where-Object's work for each input object as a stage, when the script block is one generated
   * test (compile-closed.ts): the object is written (as write(value, false)) when the block is
   * true for it. Undefined otherwise: process() does that work then, with itemTester.
   */
  itemFilter(script: ScriptBlockValue): Stage | undefined;
  /** Whether a script block, run in the caller's scope with `$_` set, gives true output (Where-Object): prepared once for every input object. */
  itemTester(script: ScriptBlockValue): (item: unknown) => boolean;
  /** Parses script text into a script block (Invoke-History's command lines). */
  createScriptBlock(text: string): ScriptBlockValue;
  /** Runs a command by name with arguments (as `& name @args`), its output going to the pipeline. */
  invokeCommand(name: string, args: unknown[]): void;
  shouldProcess(target: string, action: string): boolean;
  /**
   * Runs `body` (which invokes a script block) with `listener` following the binders of the
   * commands the script block runs itself; with `bindOnly`, pipelines bind and run nothing.
   */
  followBinding<T>(listener: BindingListener, bindOnly: boolean, body: () => T): T;
  /** Runs `body` with the ParameterBinding trace on, each trace line going to `write`. */
  traceParameterBinding<T>(write: (line: string) => void, body: () => T): T;

  getVariable(name: string): unknown;
  /** Calls a method as a script would (`$x.Name(args)`); errors are those of the call. */
  invokeMethod(target: unknown, name: string, args: unknown[]): unknown;
  /** Set-StrictMode's version in the caller's scope (0: off). */
  readonly strictMode: number;
  /** Set-StrictMode: the version for the caller's scope and what it calls. */
  setStrictMode(version: number): void;
  /** The session's aliases (Set-Alias, New-Alias): the definition of `name`, or undefined. */
  getAlias(name: string): AliasInfo | undefined;
  setAlias(name: string, definition: string): void;
  /**
   * The variables of a scope (`Global`, `Script`, `Local`; none: every variable the caller sees,
   * nearest first), for the *-Variable cmdlets.
   */
  variableScope(scope?: string): VariableScope;
  setVariable(name: string, value: unknown): void;
  /** The session's state shared by cmdlets of one interpreter (e.g. CIM sessions). */
  readonly session: Map<string, unknown>;
  /** Commands visible from the caller's scope (Get-Command). */
  visibleCommands(): CommandEntry[];
  /** The host's files and current directory (the file cmdlets). */
  readonly host: HostIO;
  /** Text of the current host's output width. */
  readonly hostWidth: number;
  /** Stops the commands upstream (Select-Object -First). */
  stopUpstream(): never;
  /**
   * Runs `fn` as inside a try block: a terminating error from script it runs goes to $Error and
   * `otherwise(its record)` is the result, instead of the error being reported (the calculated
   * properties of Select-Object and Sort-Object).
   */
  quietly<T>(fn: () => T, otherwise: (error: PsErrorRecord) => T): T;
  /** An error that leaves this command, placed at it: for a sink's stage that places its own errors (Stage.placesItsErrors). */
  placeError(caught: unknown): unknown;
}
