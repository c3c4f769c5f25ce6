/**
 * # The interpreter's thread
 *
 * Scripts run here, never on the page's thread, so a runaway loop cannot freeze the page: the
 * page stops it by terminating this worker. Output is forwarded as it is written (a script may
 * print once and then loop forever; the page batches what it receives before drawing it).
 */
import { runPlaygroundScript } from '../../src/playground/run-script.js';
import type { FromWorker, ToWorker } from './protocol.js';

/** A script that prints without end must not exhaust the page's memory. */
const MAX_FORWARDED = 2_000_000;

const post = (message: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  if (event.data.type !== 'run') return;
  let forwarded = 0;
  const send = (stream: 'out' | 'err', text: string) => {
    if (forwarded > MAX_FORWARDED) return;
    forwarded += text.length;
    if (forwarded > MAX_FORWARDED) text += '\n[output cut: over 2,000,000 characters]\n';
    post({ type: stream, text });
  };
  const started = performance.now();
  try {
    const result = runPlaygroundScript(event.data.script, {
      onOutput: (t) => send('out', t),
      onError: (t) => send('err', t),
    });
    post({ type: 'done', exitCode: result.exitCode, explanation: result.explanation, milliseconds: performance.now() - started });
  } catch (e) {
    post({ type: 'crash', message: e instanceof Error ? e.message : String(e) });
  }
};
