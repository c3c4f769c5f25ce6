/**
 * # The interactive prompt
 *
 * `PS <location>> ` and, while the parser reports incomplete input (an open brace, quote,
 * here-string or trailing pipe), the continuation prompt `>> `. Each complete input runs in the
 * global scope; errors are shown and the prompt returns. Ctrl+C cancels the current input;
 * Ctrl+D or `exit` leaves. (History, completion and colour come with issue 6.)
 */
import readline from 'node:readline';
import type { Engine } from '../host/engine.js';
import type { NodeHost } from '../host/node-host.js';

export function runRepl(engine: Engine, host: NodeHost, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<number> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input, output, terminal: true, historySize: 1000 });
    let pending = '';
    let lastExit = 0;
    const prompt = () => {
      rl.setPrompt(pending ? '>> ' : `PS ${host.cwd()}> `);
      rl.prompt();
    };
    rl.on('line', (line) => {
      const text = pending ? `${pending}\n${line}` : line;
      if (text.trim() === '') { pending = ''; prompt(); return; }
      const result = engine.run(text, { mode: 'repl' });
      if (result.incomplete && line.trim() !== '') {
        pending = text;
        prompt();
        return;
      }
      pending = '';
      host.flush();
      if (/^\s*exit(\s+\d+)?\s*$/i.test(text)) {
        lastExit = result.exitCode;
        rl.close();
        return;
      }
      lastExit = result.exitCode;
      prompt();
    });
    rl.on('SIGINT', () => {
      pending = '';
      output.write('\n');
      prompt();
    });
    rl.on('close', () => resolve(lastExit));
    prompt();
  });
}
