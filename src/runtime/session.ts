/**
 * # A session (PowerShell's runspace)
 *
 * Everything one interpreter instance owns: the global scope, the command table (cmdlets,
 * aliases; functions live in scopes), `$Error`, `$?`, the host, and state that cmdlets share
 * (such as CIM sessions). Two sessions in one process share nothing.
 */
import type { BindingListener } from '../commands/binding-listener.js';
import type { BindingTracer } from '../commands/binding-tracer.js';
import type * as A from '../syntax/ast.js';
import { ScriptCache } from './script-cache.js';
import { RuntimeError } from './errors.js';
import { Evaluator } from './evaluator.js';
import { Scope } from './scope.js';
import type { Frame, Streams } from './frame.js';
import type { HostIO } from './host-io.js';
import { isInstanceOf } from './types.js';
import { newGuid, toBool, toStr } from './conversion.js';
import { hostObject, psVersionTable } from './host-objects.js';
import { secureString } from './secure-string.js';
import { paintConsoleColors, paintStreamLine } from '../formatting/colour.js';
import { resolveTypeName } from './types.js';
import { PsErrorRecord, PsException, PsHashtable, PsObject, ScriptBlockValue } from './values.js';
import { ARRAY_LIST, makeList } from './lists.js';
import type { AliasInfo, CmdletHelp, CmdletInfo, CommandEntry, CommandInfo, FunctionInfo } from '../commands/command-info.js';
import { functionMetadata, paramBlockOf } from './function-metadata.js';
import { parseCommentHelp, parseHelpBefore } from '../commands/comment-help.js';
import { invokeScriptBlockValue, type InvokeOptions } from './invocation.js';
import { scriptBlockText } from './expressions.js';

export interface SessionOptions {
  host: HostIO;
  cmdlets: CmdletInfo[];
  aliases: Record<string, string>;
  /** Names among `aliases` that are ReadOnly, as pwsh marks them. */
  readOnlyAliases?: ReadonlySet<string>;
  /** Formats objects for the host (Out-Default) and for files (`> file`). */
  formatter: {
    toHost(value: unknown): void;
    /**
     * Before text goes to the host: pending formatted output is written first, except a table's
     * first rows, which pwsh holds back (not before a prompt: the user sees the table first).
     */
    flushHost(beforePrompt?: boolean): void;
    toText(values: unknown[]): string;
  };
}

export interface ShouldProcessOptions {
  bound?: ReadonlyMap<string, unknown>;
  confirmImpact: string;
  /** "Yes to All" / "No to All", remembered for one command invocation. */
  state?: { all?: boolean };
}

export class Session {
  readonly global = new Scope(undefined, 'global');
  readonly evaluator: Evaluator;
  readonly host: HostIO;
  readonly cmdlets = new Map<string, CmdletInfo>();
  readonly aliases = new Map<string, AliasInfo>();
  /** `$?`: whether the last statement succeeded. */
  lastStatus = true;
  /** Errors written so far: a statement succeeded when it wrote none. */
  errorCount = 0;
  /** State cmdlets share within this session (CIM sessions, history...). */
  readonly shared = new Map<string, unknown>();
  /** `$Error`: newest first, an ArrayList as in pwsh (`$Error.Clear()`, `$Error.RemoveAt(0)`). */
  readonly errors: unknown[] = makeList(ARRAY_LIST, undefined, []);
  /** Set while Trace-Command traces ParameterBinding: the binder and the pipeline write to it. */
  tracer?: BindingTracer;
  /** Set by the explainer's -NoExecute: pipelines bind their commands and run nothing. */
  bindOnly = false;
  /** Set while the explainer follows the commands run at call depth `depth`. */
  explaining?: { depth: number; listener: BindingListener };

  /** The explainer, if it follows commands started at the current call depth. */
  listenerHere(): BindingListener | undefined {
    const e = this.explaining;
    return e && e.depth === this.evaluator.callDepth ? e.listener : undefined;
  }

  readonly formatter: SessionOptions['formatter'];
  /** Scripts parsed in this session, by path and text (script-cache.ts). */
  readonly scripts = new ScriptCache();

  constructor(options: SessionOptions) {
    this.host = options.host;
    this.formatter = options.formatter;
    this.evaluator = new Evaluator(this);
    for (const c of options.cmdlets) this.cmdlets.set(c.name.toLowerCase(), c);
    for (const [name, definition] of Object.entries(options.aliases)) {
      this.aliases.set(name.toLowerCase(), { kind: 'Alias', name, definition, readOnly: options.readOnlyAliases?.has(name) });
    }
    this.initVariables();
  }

  /** Every command visible from `scope`, for Get-Command; inner functions hide outer ones. */
  listCommands(scope: Scope): CommandEntry[] {
    const out: CommandEntry[] = [];
    for (const c of this.cmdlets.values()) {
      out.push({ name: c.name, commandType: 'Cmdlet', source: c.module, metadata: c.metadata, help: () => c.help });
    }
    for (const f of scope.allVisibleFunctions()) {
      const meta = f.metadata;
      out.push({ name: f.name, commandType: f.kind, source: '', metadata: meta, help: () => withDefaults(parseCommentHelp(scriptBlockText(f.body)) ?? helpBefore(f), f) });
    }
    for (const a of this.aliases.values()) {
      const target = this.resolveCommand(a.definition, scope);
      const meta = target && target.kind !== 'Alias' ? target.metadata : undefined;
      out.push({ name: a.name, commandType: 'Alias', source: '', definition: a.definition, metadata: meta, help: () => undefined });
    }
    return out;
  }

  /** `$Host`, the object Get-Host returns: one per session, as in pwsh. */
  get hostObject(): PsObject {
    return (this.hostValue ??= hostObject(this.host, newGuid(), {
      write: (text, foreground, background) => this.writeHost(this.host.color ? paintConsoleColors(text, foreground, background) : text, false),
      writeStreamLine: (kind, text) => this.writeHost(this.host.color ? paintStreamLine(`${kind}: ${text}`) : `${kind}: ${text}`, true),
      writeErrorLine: (text) => {
        this.formatter.flushHost();
        this.host.writeErr(text + '\n');
      },
      readLine: (masked) => {
        this.formatter.flushHost(true);
        const read = masked && this.host.readMaskedLine ? this.host.readMaskedLine('') : this.host.readLine?.('');
        return read ?? '';
      },
    }, secureString));
  }
  private hostValue?: PsObject;

  private initVariables() {
    const g = this.global;
    const set = (name: string, value: unknown) => g.setLocal(name, value);
    set('ErrorActionPreference', 'Continue');
    set('WarningPreference', 'Continue');
    set('VerbosePreference', 'SilentlyContinue');
    set('DebugPreference', 'SilentlyContinue');
    set('InformationPreference', 'SilentlyContinue');
    set('ProgressPreference', 'Continue');
    set('ConfirmPreference', 'High');
    set('WhatIfPreference', false);
    set('Error', this.errors);
    set('PID', typeof process !== 'undefined' ? process.pid : 0);
    set('HOME', this.host.getEnv('HOME') ?? '');
    set('PSHOME', '');
    set('IsLinux', true);
    set('IsWindows', false);
    set('IsMacOS', false);
    set('IsCoreCLR', true);
    set('MaximumHistoryCount', 4096);
    set('FormatEnumerationLimit', 4);
    // Built when first read: start-up pays nothing for them (the OS name is read from a file).
    g.setLazy('PSVersionTable', () => psVersionTable(this.host));
    g.setLazy('Host', () => this.hostObject);
  }

  // ## Commands

  /** Finds a command the way PowerShell does: alias, then function, then cmdlet. */
  resolveCommand(name: string, scope: Scope): CommandInfo | undefined {
    const lower = name.toLowerCase();
    const alias = this.aliases.get(lower);
    if (alias) return this.resolveCommand(alias.definition, scope) ?? alias;
    const fn = scope.lookupFunction(name);
    if (fn) return fn;
    const cmdlet = this.cmdlets.get(lower);
    if (cmdlet) return cmdlet;
    // Module-qualified names: CimCmdlets\Get-CimSession.
    const slash = name.indexOf('\\');
    if (slash > 0) return this.cmdlets.get(name.slice(slash + 1).toLowerCase());
    return undefined;
  }

  defineFunction(s: A.FunctionDefinition, frame: Frame): void {
    const info: FunctionInfo = { kind: s.isFilter ? 'Filter' : 'Function', name: s.name, body: s.body, definitionStart: s.start };
    if (s.parameters) info.inlineParameters = { kind: 'ParamBlock', attributes: [], parameters: s.parameters, start: s.start, end: s.end };
    info.metadata = functionMetadata(info, this, frame);
    const colon = s.name.indexOf(':');
    if (colon > 0) {
      const scope = frame.scope.resolveQualifier(s.name.slice(0, colon).toLowerCase());
      scope.functions.set(s.name.slice(colon + 1).toLowerCase(), { ...info, name: s.name.slice(colon + 1) });
      return;
    }
    frame.scope.functions.set(s.name.toLowerCase(), info);
  }

  // ## Script blocks

  invokeScriptBlock(sb: ScriptBlockValue, frame: Frame, options: InvokeOptions): unknown[] {
    const out: unknown[] = [];
    invokeScriptBlockValue(this, sb, { ...frame, out: (v) => out.push(v) }, options);
    return out;
  }

  createScriptBlock(text: string, frame: Frame): ScriptBlockValue {
    const result = this.scripts.parse(text, '');
    if (!result.ast) {
      const e = result.errors[0]!;
      throw RuntimeError.of('System.Management.Automation.ParseException', e.message, 'ParseException', 'ParserError');
    }
    void frame;
    return new ScriptBlockValue(result.ast, scriptBlockText(result.ast));
  }

  invokeScriptBlockTo(sb: ScriptBlockValue, frame: Frame, options: InvokeOptions): void {
    invokeScriptBlockValue(this, sb, frame, options);
  }

  // ## Host output, files

  /** Write-Host text: formatted output already on screen is flushed first so the order holds. */
  writeHost(text: string, newline: boolean): void {
    this.formatter.flushHost();
    this.host.writeOut(newline ? text + '\n' : text);
  }

  writeHostObject(value: unknown): void {
    this.formatter.toHost(value);
  }

  formatForFile(value: unknown): string {
    return this.formatter.toText([value]);
  }

  writeFile(path: string, text: string, append: boolean): void {
    if (!this.host.writeFile) throw RuntimeError.of('System.NotSupportedException', 'This host cannot write files.', 'NotSupported', 'NotImplemented');
    this.host.writeFile(path, text, append);
  }

  /** Parses a script file for `./script.ps1` and `. ./lib.ps1`; undefined when it does not exist. */
  loadScriptFile(path: string, frame: Frame): A.ScriptBlock | undefined {
    if (!this.host.readFile) return undefined;
    let text: string;
    try {
      text = this.host.readFile(path);
    } catch {
      return undefined;
    }
    const result = this.scripts.parse(text, path);
    if (!result.ast) {
      const e = result.errors[0]!;
      const err = RuntimeError.of('System.Management.Automation.ParseException', e.message, e.id, 'ParserError');
      err.record.invocationInfo = this.evaluator.invocationInfo(result.file, e.offset, e.offset + e.length);
      throw err;
    }
    void frame;
    return result.ast;
  }

  /**
   * ShouldProcess (about_Preference_Variables, $ConfirmPreference): with -WhatIf or
   * `$WhatIfPreference` prints pwsh's "What if:" line and answers no. Confirmation is asked when
   * -Confirm is given or the command's ConfirmImpact reaches `$ConfirmPreference`; a host that
   * cannot prompt (-NonInteractive) fails as pwsh does, and the end of input answers no.
   * Returns the answer, with "Yes to All" / "No to All" remembered in `state` for the command.
   */
  shouldProcess(frame: Frame, target: string, action: string, options: ShouldProcessOptions): boolean {
    const { bound, confirmImpact, state } = options;
    const whatIf = bound?.has('WhatIf') ? toBool(bound.get('WhatIf')) : toBool(frame.scope.lookup('WhatIfPreference')?.value);
    if (whatIf) {
      this.writeHost(`What if: Performing the operation "${action}" on target "${target}".`, true);
      return false;
    }
    let mustConfirm: boolean;
    if (bound?.has('Confirm')) mustConfirm = toBool(bound.get('Confirm'));
    else {
      const preference = toStr(frame.scope.lookup('ConfirmPreference')?.value ?? 'High');
      const rank = (x: string) => ['none', 'low', 'medium', 'high'].indexOf(x.toLowerCase());
      mustConfirm = rank(preference) > 0 && rank(confirmImpact) >= rank(preference);
    }
    if (!mustConfirm) return true;
    if (state?.all !== undefined) return state.all;
    if (!this.host.interactive) {
      throw RuntimeError.of('System.Management.Automation.PSInvalidOperationException', 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', 'PSInvalidOperationException', 'InvalidOperation');
    }
    this.writeHost('\nConfirm\nAre you sure you want to perform this action?', true);
    this.writeHost(`Performing the operation "${action}" on target "${target}".`, true);
    const choices = '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help ';
    const prompt = choices.length + 17 > this.host.width ? `${choices}\n(default is "Y"):` : `${choices}(default is "Y"):`;
    for (;;) {
      this.formatter.flushHost(true);
      const answer = this.host.readLine?.(prompt);
      // No more input answers No (pwsh fails with a NullReferenceException here).
      if (answer === undefined) { this.host.writeOut('\n'); return false; }
      const a = answer.trim().toLowerCase();
      if (a === '' || a === 'y') return true;
      if (a === 'a') { if (state) state.all = true; return true; }
      if (a === 'n') return false;
      if (a === 'l') { if (state) state.all = false; return false; }
      if (a === '?') {
        this.writeHost('Y - Continue with only the next step of the operation.\nA - Continue with all the steps of the operation.\nN - Skip this operation and proceed with the next operation.\nL - Skip this operation and all subsequent operations.\nS - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.', true);
      }
    }
  }

  // ## Errors and `$Matches`

  recordError(record: PsErrorRecord): void {
    // As pwsh: not the same record or exception twice in a row (a cmdlet's error for a script error it caught).
    const last = this.errors[0];
    if (last === record || (last instanceof PsErrorRecord && last.exception === record.exception)) return;
    this.errors.unshift(record);
    if (this.errors.length > 256) this.errors.length = 256;
  }

  /** `catch [T]`: the exception, or the .NET exception a RuntimeException wraps, is a T. */
  exceptionMatches(exception: PsException, typeName: string): boolean {
    const full = resolveTypeName(typeName) ?? typeName;
    for (let e: PsException | undefined = exception; e; e = e.innerException) {
      if (isInstanceOf(e, full)) return true;
      if (e.typeName !== 'System.Management.Automation.RuntimeException') break;
    }
    return false;
  }

  setMatches(frame: Frame, m: RegExpExecArray): void {
    const h = new PsHashtable();
    if (m.groups) for (const [k, v] of Object.entries(m.groups)) if (v !== undefined) h.set(k, v);
    for (let i = m.length - 1; i >= 0; i--) if (m[i] !== undefined) h.set(i, m[i]);
    frame.scope.setLocal('Matches', h);
  }

  setMatchesTable(frame: Frame, h: PsHashtable | undefined): void {
    frame.scope.setLocal('Matches', h ?? null);
  }

  /** Streams that report errors to the host through `render`. */
  defaultStreams(renderError: (r: PsErrorRecord) => void, renderText: (kind: 'warning' | 'verbose' | 'debug', text: string) => void, information: (data: unknown) => void): Streams {
    return {
      error: (record) => {
        this.recordError(record);
        renderError(record);
      },
      warning: (m) => renderText('warning', m),
      verbose: (m) => renderText('verbose', m),
      debug: (m) => renderText('debug', m),
      information,
    };
  }
}

export { PsObject };

/** Comment-based help written just before the `function` keyword. */
function helpBefore(f: FunctionInfo) {
  return f.definitionStart === undefined ? undefined : parseHelpBefore(f.body.file.text, f.definitionStart);
}

/** Adds the parameters' default values, as written, which the full help view shows. */
function withDefaults(help: CmdletHelp | undefined, f: FunctionInfo): CmdletHelp | undefined {
  const block = paramBlockOf(f);
  if (!help || !block) return help;
  const defaults: Record<string, string> = {};
  for (const p of block.parameters) if (p.defaultValue) defaults[p.name.toLowerCase()] = f.body.file.text.slice(p.defaultValue.start, p.defaultValue.end);
  return { ...help, defaults };
}
