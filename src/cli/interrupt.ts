/**
 * # Ctrl+C while a command runs
 *
 * The interpreter runs synchronously, so the prompt's own key handling cannot see Ctrl+C until
 * the command ends. While a command runs, a small worker thread reads the terminal (its own
 * non-blocking descriptor of /dev/tty) and raises a shared flag on Ctrl+C; loops and pipelines
 * check the flag and stop (src/runtime/evaluator.ts, checkInterrupt). Keys typed during the run
 * are consumed by the worker; pwsh, too, drops type-ahead when a pipeline is stopped.
 */
import { Worker } from 'node:worker_threads';

const WATCHER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const [flag, running] = [workerData.flag, workerData.running];
let fd;
try { fd = fs.openSync('/dev/tty', fs.constants.O_RDONLY | fs.constants.O_NONBLOCK); } catch { fd = undefined; }
const buf = Buffer.alloc(256);
const nap = new Int32Array(new SharedArrayBuffer(4));
while (fd !== undefined) {
  if (Atomics.load(running, 0) === 1) {
    let n = 0;
    try { n = fs.readSync(fd, buf, 0, buf.length, null); } catch (e) { if (e.code !== 'EAGAIN') break; }
    for (let i = 0; i < n; i++) if (buf[i] === 3) Atomics.store(flag, 0, 1);
  }
  Atomics.wait(nap, 0, 0, 40);
}
`;

export interface InterruptWatcher {
  /** Raised (1) by Ctrl+C during a run; the evaluator resets it when it stops. */
  readonly flag: Int32Array;
  running(on: boolean): void;
  stop(): void;
}

export function watchInterrupts(): InterruptWatcher {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const running = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WATCHER, { eval: true, workerData: { flag, running } });
  worker.unref();
  return {
    flag,
    running(on) {
      Atomics.store(flag, 0, 0);
      Atomics.store(running, 0, on ? 1 : 0);
    },
    stop() { void worker.terminate(); },
  };
}
