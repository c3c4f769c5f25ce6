/**
 * # The engine: one `run(source)` for the CLI, the REPL and the tests
 *
 * parse → (stop on syntax errors, shown as pwsh shows them) → evaluate in a script scope →
 * output objects through Out-Default to the host, errors through the concise error view.
 * Returns the exit code pwsh would: `exit N` gives N; a script ended by an error gives 1; with
 * `-Command`, 1 when the last statement failed.
 */
import { paintError, paintStreamLine } from '../formatting/colour.js';
import { historyOf } from '../runtime/history.js';
import type { ScriptBlock, SourceFile } from '../syntax/ast.js';
import { positionAt } from '../../grammar/lexer.js';
import { Session } from '../runtime/session.js';
import { Scope } from '../runtime/scope.js';
import { RuntimeError, ExitSignal } from '../runtime/errors.js';
import { BreakSignal, ContinueSignal, PipelineStoppedSignal, ReturnSignal, type Frame } from '../runtime/frame.js';
import { ScriptInvocation } from '../runtime/invocation.js';
import type { CommandArgument } from '../commands/binder.js';
import type { HostIO } from '../runtime/host-io.js';
import { OutDefault, formatToString } from '../formatting/out-default.js';
import { renderConcise, renderErrorRecord } from '../formatting/error-view.js';
import { builtinCmdlets, defaultAliases, readOnlyAliases } from '../cmdlets/index.js';
import { toStr } from '../runtime/conversion.js';
import type { CmdletInfo } from '../commands/command-info.js';
import type { BindingListener } from '../commands/binding-listener.js';

export interface RunOptions {
  /** The script path for `-File`; '' for `-Command` and the REPL. */
  path?: string;
  /** Arguments after the script path, as the shell gave them. */
  args?: string[];
  mode: 'file' | 'command' | 'repl';
  /** Report incomplete input even in command mode (the prompt, after an empty line). */
  reportIncomplete?: boolean;
  /** Follows the binding of every command the script runs itself (the playground's Binding pane). */
  explain?: BindingListener;
}

export interface RunResult {
  exitCode: number;
  /** True when the script ran `exit`. */
  exited?: boolean;
  /** True when parsing stopped at the end of incomplete input (the REPL asks for more). */
  incomplete?: boolean;
}

export class Engine {
  readonly session: Session;
  private readonly outDefault: OutDefault;
  /** The scope of the script running now. */
  private runScope?: Scope;

  constructor(readonly host: HostIO, extraCmdlets: CmdletInfo[] = []) {
    this.outDefault = new OutDefault((t) => host.writeOut(t), host.width, host.color, () => {
      // Read where the script sets it: its own scope, else the global one.
      const limit = (this.runScope ?? this.session.global).lookup('FormatEnumerationLimit')?.value;
      return typeof limit === 'number' ? limit : 4;
    });
    this.session = new Session({
      host,
      cmdlets: [...builtinCmdlets, ...extraCmdlets],
      aliases: defaultAliases,
      readOnlyAliases,
      formatter: {
        toHost: (v) => this.outDefault.push(v),
        flushHost: (beforePrompt) => (beforePrompt ? this.outDefault.flushPending() : this.outDefault.flushForHost()),
        toText: (values) => formatToString(values, 80, false),
      },
    });
  }

  /** Parses and runs a script; all output goes to the host. */
  run(text: string, options: RunOptions): RunResult {
    const path = options.path ?? '';
    const parsed = this.session.scripts.parse(text, path);
    if (!parsed.ast) {
      const e = parsed.errors[0]!;
      if (e.incomplete && options.mode === 'repl') return { exitCode: 1, incomplete: true };
      // pwsh -Command says nothing about input that merely ended too early; the prompt reports it.
      if (!(e.incomplete && options.mode === 'command' && !options.reportIncomplete)) this.writeError(this.renderParseError(parsed.file, e.offset, e.length, e.message));
      return { exitCode: 1 };
    }
    if (options.mode !== 'repl') return this.execute(parsed.ast, options);
    // Each input at the prompt becomes a history entry once it has run.
    const start = new Date();
    const result = this.execute(parsed.ast, options);
    historyOf(this.session.shared).add(text, this.session.lastStatus ? 'Completed' : 'Failed', start, new Date());
    return result;
  }

  /** An error view to stderr, in colour on a terminal. */
  private writeError(text: string): void {
    this.host.writeErr(this.host.color ? paintError(text) : text);
  }

  renderParseError(file: SourceFile, offset: number, length: number, message: string): string {
    const { line, column } = positionAt(file.lineStarts, Math.min(offset, file.text.length));
    const start = file.lineStarts[line - 1]!;
    let end = file.text.indexOf('\n', start);
    if (end < 0) end = file.text.length;
    const lineText = file.text.slice(start, end).replace(/\r$/, '');
    return renderConcise({
      reason: 'ParserError',
      message,
      position: { scriptName: file.path, line, column, lineText, extentLength: Math.max(1, Math.min(length, lineText.length - column + 1)) },
    }, this.host.width);
  }

  private frame(scope: Scope, file: SourceFile): Frame {
    const scriptName = file.path ? file.path.split(/[\\/]/).pop()! : '';
    return {
      scope,
      file,
      out: (v) => this.outDefault.push(v),
      invocation: { scriptName },
      streams: this.session.defaultStreams(
        (record) => { this.outDefault.flushPending(); this.writeError(renderErrorRecord(record, this.host.width)); },
        (kind, text) => {
          this.outDefault.flushForHost();
          const line = `${kind.toUpperCase()}: ${text}`;
          this.host.writeOut((this.host.color ? paintStreamLine(line) : line) + '\n');
        },
        (data) => {
          const pref = toStr(scope.lookup('InformationPreference')?.value).toLowerCase();
          if (pref === 'continue') { this.outDefault.flushForHost(); this.host.writeOut(toStr(data) + '\n'); }
        },
      ),
    };
  }

  private execute(ast: ScriptBlock, options: RunOptions): RunResult {
    const session = this.session;
    const scope = options.mode === 'repl' ? session.global : new Scope(session.global, 'script');
    const frame = this.frame(scope, ast.file);
    this.runScope = scope;
    if (ast.file.path) {
      const dir = ast.file.path.includes('/') ? ast.file.path.slice(0, ast.file.path.lastIndexOf('/')) : this.host.cwd();
      scope.setLocal('PSScriptRoot', dir);
      scope.setLocal('PSCommandPath', ast.file.path);
    }
    const args: CommandArgument[] = (options.args ?? []).map((a) => {
      const m = /^-([A-Za-z_]\w*)(:?)$/.exec(a);
      return m ? { parameterName: m[1], parameterText: a, hasValue: false } : { value: a, hasValue: true, text: a };
    });
    let exitCode = 0;
    let exited = false;
    session.lastStatus = true;
    session.evaluator.failedStatement = undefined;
    const outerExplaining = session.explaining;
    // The script's own statements run one call level below this one.
    if (options.explain) session.explaining = { depth: session.evaluator.callDepth + 1, listener: options.explain };
    try {
      const call = new ScriptInvocation(session, { name: '', body: ast, kind: options.mode === 'file' ? 'ExternalScript' : undefined }, frame, frame.out, args, false, true);
      call.bind();
      call.begin();
      call.process(undefined, false);
      call.end();
      if (options.mode !== 'file' && !session.lastStatus) exitCode = 1;
    } catch (e) {
      exited = e instanceof ExitSignal;
      exitCode = this.handleEscape(e, frame);
    } finally {
      session.explaining = outerExplaining;
      this.outDefault.endRun();
      // Progress left by the script goes when it ends, as pwsh clears it after each command line.
      const progress = session.shared.get('progress') as { active: boolean; clear(): void } | undefined;
      if (progress?.active) { progress.clear(); this.host.showProgress?.([]); }
    }
    return { exitCode, exited };
  }

  /** What ends a script early: exit, an uncaught terminating error, or a stray break. */
  private handleEscape(e: unknown, frame: Frame): number {
    if (e instanceof ExitSignal) return e.code;
    if (e instanceof RuntimeError) {
      this.outDefault.abandon();
      this.session.recordError(e.record);
      this.writeError(renderErrorRecord(e.record, this.host.width));
      this.session.lastStatus = false;
      return 1;
    }
    if (e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal) return 0;
    if (e instanceof PipelineStoppedSignal) {
      this.outDefault.flushPending();
      this.session.lastStatus = false;
      return 1;
    }
    const where = this.session.evaluator.failedStatement;
    let position = '';
    if (where) {
      const { line, column } = positionAt(frame.file.lineStarts, where.start);
      position = ` at ${frame.file.path || 'line'}:${line}:${column}`;
    }
    if (e instanceof RangeError && e.message.includes('call stack')) {
      this.writeError('CallDepthOverflow: The script failed due to call depth overflow.\n');
      return 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    this.host.writeErr(`minipwsh: internal error${position}: ${message}\n`);
    return 1;
  }
}
