/**
 * # The interactive prompt
 *
 * `PS <location>> ` and, while the parser reports incomplete input (an open brace, quote,
 * here-string or trailing pipe), the continuation prompt `>> `: the parser decides, not a count
 * of brackets. Each complete input runs in the global scope and becomes a Get-History entry;
 * errors are shown and the prompt returns. Up/down walk the lines typed, kept across runs in a
 * history file; Tab completes (src/cli/completion.ts). Ctrl+C cancels the current input, or the
 * running command (src/cli/interrupt.ts); Ctrl+D or `exit` leaves. The prompt takes its streams
 * as arguments so tests can drive it.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Engine } from '../host/engine.js';
import { complete } from './completion.js';
import { watchInterrupts, type InterruptWatcher } from './interrupt.js';

export interface ReplIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Called after each input so buffered host output reaches the screen before the prompt. */
  flush?(): void;
  /** Where typed lines are kept across runs; none when undefined. */
  historyFile?: string;
  /** Watch the terminal for Ctrl+C while a command runs (a real terminal only). */
  interruptible?: boolean;
}

const HISTORY_SIZE = 1000;

/**
 * The history file: `$env:MINIPWSH_HISTORY` when set (no file when it is empty), else
 * `$XDG_DATA_HOME/minipwsh/history.txt` (`~/.local/share/...`).
 */
export function historyFilePath(env: NodeJS.ProcessEnv): string | undefined {
  const override = env['MINIPWSH_HISTORY'];
  if (override !== undefined) return override === '' ? undefined : override;
  const home = env['HOME'];
  const data = env['XDG_DATA_HOME'] || (home ? path.join(home, '.local', 'share') : undefined);
  return data ? path.join(data, 'minipwsh', 'history.txt') : undefined;
}

function loadHistory(file: string | undefined): string[] {
  if (!file) return [];
  try {
    return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

function saveLine(file: string | undefined, line: string): void {
  if (!file || line.trim() === '') return;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, line.replace(/\r?\n/g, ' ') + '\n');
  } catch {
    // A history file that cannot be written (read-only home) costs the history, not the session.
  }
}

export function runRepl(engine: Engine, io: ReplIO): Promise<number> {
  return new Promise((resolve) => {
    const terminal = Boolean((io.output as NodeJS.WriteStream).isTTY);
    const rl = readline.createInterface({
      input: io.input,
      output: io.output,
      terminal,
      history: loadHistory(io.historyFile),
      historySize: HISTORY_SIZE,
      removeHistoryDuplicates: true,
      completer: (line: string) => {
        const { candidates, word } = complete(engine.session, line, engine.host.cwd());
        // A word already complete has nothing left to offer.
        return [candidates.length === 1 && candidates[0] === word ? [] : candidates, word];
      },
    });
    const interrupt: InterruptWatcher | undefined = io.interruptible ? watchInterrupts() : undefined;
    if (interrupt) {
      engine.session.evaluator.interrupt = interrupt.flag;
      // While Read-Host waits, the keys are the user's answer, not the watcher's.
      engine.host.onInputWait = (waiting) => interrupt.running(!waiting);
    }
    let pending = '';
    let lastExit = 0;
    let closed = false;
    const prompt = () => {
      if (closed) return;
      rl.setPrompt(pending ? '>> ' : `PS ${engine.host.cwd()}> `);
      rl.prompt();
    };
    const run = (text: string, options: Parameters<Engine['run']>[1]) => {
      interrupt?.running(true);
      try {
        return engine.run(text, options);
      } finally {
        interrupt?.running(false);
        io.flush?.();
      }
    };
    rl.on('line', (line) => {
      saveLine(io.historyFile, line);
      const text = pending ? `${pending}\n${line}` : line;
      if (text.trim() === '') { pending = ''; prompt(); return; }
      const result = run(text, { mode: 'repl' });
      if (result.incomplete) {
        // An empty line ends a continuation, as in pwsh; the incomplete input is then reported.
        if (line.trim() === '') {
          run(text, { mode: 'command', reportIncomplete: true });
          pending = '';
        } else {
          pending = text;
        }
        prompt();
        return;
      }
      pending = '';
      lastExit = result.exitCode;
      if (result.exited) {
        closed = true;
        rl.close();
        return;
      }
      prompt();
    });
    rl.on('SIGINT', () => {
      pending = '';
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      io.output.write('\n');
      prompt();
    });
    rl.on('close', () => {
      closed = true;
      interrupt?.stop();
      resolve(lastExit);
    });
    prompt();
  });
}
