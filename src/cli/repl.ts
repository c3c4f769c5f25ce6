/**
 * # The interactive prompt
 *
 * `PS <location>> ` and, while the parser reports incomplete input (an open brace, quote,
 * here-string or trailing pipe), the continuation prompt `>> `: the parser decides, not a count
 * of brackets. Each complete input runs in the global scope; errors are shown and the prompt
 * returns. Ctrl+C cancels the current input; Ctrl+D or `exit` leaves. The prompt takes its
 * streams as arguments so tests can drive it. (History, completion and colour: issue 6.)
 */
import readline from 'node:readline';
import type { Engine } from '../host/engine.js';

export interface ReplIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Called after each input so buffered host output reaches the screen before the prompt. */
  flush?(): void;
}

export function runRepl(engine: Engine, io: ReplIO): Promise<number> {
  return new Promise((resolve) => {
    const terminal = Boolean((io.output as NodeJS.WriteStream).isTTY);
    const rl = readline.createInterface({ input: io.input, output: io.output, terminal, historySize: 1000 });
    let pending = '';
    let lastExit = 0;
    let closed = false;
    const prompt = () => {
      if (closed) return;
      rl.setPrompt(pending ? '>> ' : `PS ${engine.host.cwd()}> `);
      rl.prompt();
    };
    rl.on('line', (line) => {
      const text = pending ? `${pending}\n${line}` : line;
      if (text.trim() === '') { pending = ''; prompt(); return; }
      const result = engine.run(text, { mode: 'repl' });
      io.flush?.();
      if (result.incomplete) {
        // An empty line ends a continuation, as in pwsh; the incomplete input is then reported.
        if (line.trim() === '' ) {
          engine.run(text, { mode: 'command', reportIncomplete: true });
          io.flush?.();
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
      io.output.write('\n');
      prompt();
    });
    rl.on('close', () => { closed = true; resolve(lastExit); });
    prompt();
  });
}
