/**
 * # The Node.js console host
 *
 * Output is buffered and flushed before anything is written to stderr or read from stdin, so the
 * order on a terminal is the order the script wrote it in, without a system call per line.
 */
import fs from 'node:fs';
import os from 'node:os';
import tty from 'node:tty';
import type { HostIO } from '../runtime/host-io.js';
import { PipelineStoppedSignal } from '../runtime/frame.js';

const FLUSH_AT = 1 << 16;
const TERMINAL_FLUSH_MS = 50;
const ERASE_BELOW = '\r\x1b[J';

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `read` with the terminal in the given stty mode, then puts back the mode it had (the
 * prompt's readline keeps it raw). stty, not Node's raw mode, which would make reads non-blocking.
 */
function withTerminalMode<T>(mode: string, read: () => T): T {
  // node:child_process loads here, not with the interpreter: only prompts need it.
  const { execSync } = process.getBuiltinModule('node:child_process');
  const stty = (args: string) => execSync(`stty ${args}`, { stdio: ['inherit', 'pipe', 'ignore'], encoding: 'utf8' }).trim();
  let saved: string | undefined;
  try { saved = stty('-g'); stty(mode); } catch { /* no stty: read as the terminal is */ }
  try {
    return read();
  } finally {
    if (saved) { try { stty(saved); } catch { /* terminal gone */ } }
  }
}

/** Progress lines written from the cursor, which then goes back to the first one's start. */
function progressText(lines: string[]): string {
  if (lines.length === 0) return '';
  return lines.join('\n') + (lines.length > 1 ? `\x1b[${lines.length - 1}A` : '') + '\r';
}

export class NodeHost implements HostIO {
  private buffer = '';
  private lastFlush = 0;
  private readonly terminal = Boolean(process.stdout.isTTY);
  readonly width: number;
  readonly color: boolean;

  constructor(readonly interactive = true) {
    this.width = process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
    this.color = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
  }

  writeOut(text: string): void {
    this.buffer += text;
    // On a terminal a slow script's output must appear as it comes, not when the script ends.
    if (this.buffer.length > FLUSH_AT || (this.terminal && Date.now() - this.lastFlush > TERMINAL_FLUSH_MS)) this.flush();
  }

  writeErr(text: string): void {
    this.flush();
    if (this.progress.length) writeAll(1, ERASE_BELOW);
    fs.writeSync(2, text);
    if (this.progress.length) writeAll(1, progressText(this.progress));
  }

  flush(): void {
    // Date.now, not performance.now: the global performance object loads perf_hooks, a millisecond of every start.
    this.lastFlush = Date.now();
    if (this.buffer) {
      const b = this.buffer;
      this.buffer = '';
      // Output takes the progress lines' place; they are drawn again below it.
      writeAll(1, this.progress.length ? ERASE_BELOW + b + progressText(this.progress) : b);
    }
  }

  /** The Write-Progress lines on screen; the cursor waits at the start of the first one. */
  private progress: string[] = [];

  showProgress(lines: string[]): void {
    if (!this.terminal || (lines.length === 0 && this.progress.length === 0)) return;
    this.flush();
    this.progress = lines;
    writeAll(1, ERASE_BELOW + progressText(lines));
  }

  getEnv(name: string): string | undefined { return process.env[name]; }
  setEnv(name: string, value: string | undefined): void {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  cwd(): string { return process.cwd(); }
  get height(): number { return process.stdout.isTTY && process.stdout.rows ? process.stdout.rows : 24; }

  /** pwsh reads PRETTY_NAME from /etc/os-release on Linux. */
  osDescription(): string {
    try {
      const name = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(fs.readFileSync('/etc/os-release', 'utf8'))?.[1];
      if (name) return name;
    } catch { /* not Linux */ }
    return `${os.type()} ${os.release()}`;
  }
  readFile(path: string): string { return fs.readFileSync(path, 'utf8'); }
  writeFile(path: string, text: string, append: boolean): void {
    if (append) fs.appendFileSync(path, text); else fs.writeFileSync(path, text);
  }
  readBytes(path: string, maxLength?: number): Uint8Array { return readFileStart(path, maxLength); }
  writeBytes(path: string, bytes: Uint8Array, append: boolean): void {
    if (append) fs.appendFileSync(path, bytes); else fs.writeFileSync(path, bytes);
  }

  deleteFile(path: string): void { fs.rmSync(path, { force: true }); }
  fileExists(path: string): boolean { return fs.existsSync(path); }
  isDirectory(path: string): boolean { try { return fs.statSync(path).isDirectory(); } catch { return false; } }
  setCwd(path: string): void { process.chdir(path); }
  tempDir(): string { return os.tmpdir() + '/'; }

  /** Reads one line from standard input synchronously; undefined at end of input. */
  /**
   * Reads a line without showing it (Read-Host -AsSecureString, -MaskInput): on a terminal each
   * character shows as `*`; from a pipe the line is read and nothing of it is echoed.
   */
  onInputWait?: (waiting: boolean) => void;

  /** Takes the keyboard back from the Ctrl+C watcher before the prompt shows (it polls every 40 ms). */
  private waitForInput(): void {
    if (!this.onInputWait) return;
    this.onInputWait(true);
    pause(60);
  }

  /** Shows the prompt and runs `read` with the keyboard taken back from the Ctrl+C watcher. */
  private prompted(prompt: string, read: () => string | undefined): string | undefined {
    this.waitForInput();
    this.writeOut(prompt);
    this.flush();
    try {
      return read();
    } finally {
      this.onInputWait?.(false);
    }
  }

  readMaskedLine(prompt: string): string | undefined {
    return this.prompted(prompt, () => this.readMaskedFrom());
  }

  private readMaskedFrom(): string | undefined {
    if (!tty.isatty(0)) {
      const line = this.readRawLine();
      writeAll(1, '\n');
      return line;
    }
    return withTerminalMode('-echo -icanon min 1', () => this.readMasked());
  }

  private readMasked(): string | undefined {
    let line = '';
    const buf = Buffer.alloc(64);
    try {
      for (;;) {
        let n: number;
        try {
          n = fs.readSync(0, buf, 0, buf.length, null);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EAGAIN') { pause(20); continue; }
          return line;
        }
        if (n === 0) return line === '' ? undefined : line;
        // Keys typed quickly arrive together: take them one by one.
        const text = buf.toString('utf8', 0, n).replace(/\x1b\[[0-9;]*[A-Za-z~]/g, '');
        for (const ch of text) {
          if (ch === '\r' || ch === '\n') return line;
          // Ctrl+C stops the command, as it stops any running pipeline.
          if (ch === '\x03') throw new PipelineStoppedSignal();
          if (ch === '\x7f' || ch === '\b') {
            if (line.length) { line = [...line].slice(0, -1).join(''); writeAll(1, '\b \b'); }
            continue;
          }
          if (ch < ' ') continue;
          line += ch;
          writeAll(1, '*');
        }
      }
    } finally {
      writeAll(1, '\n');
    }
  }

  readLine(prompt: string): string | undefined {
    return this.prompted(prompt, () => this.readLineFrom());
  }

  private readLineFrom(): string | undefined {
    // A terminal echoes what is typed (in its line mode, even while the prompt has it raw);
    // from a pipe pwsh echoes the answer itself.
    if (tty.isatty(0)) return withTerminalMode('echo icanon icrnl', () => this.readRawLine());
    const line = this.readRawLine();
    if (line !== undefined) this.writeOut(line + '\n');
    return line;
  }

  private readRawLine(): string | undefined {
    let line = '';
    const buf = Buffer.alloc(1);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(0, buf, 0, 1, null);
      } catch (e) {
        // The prompt's readline leaves standard input non-blocking: wait for the next key.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') { pause(20); continue; }
        return line === '' ? undefined : line;
      }
      if (n === 0) return line === '' ? undefined : line;
      const ch = buf.toString('utf8');
      if (ch === '\n') return line.replace(/\r$/, '');
      line += ch;
    }
  }
}

/** Writes everything even when the pipe accepts only part of it (EAGAIN on non-blocking pipes). */
function writeAll(fd: number, text: string): void {
  const data = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += fs.writeSync(fd, data, offset, data.length - offset);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

/** A file's bytes, or only its first `maxLength` (a byte order mark) without reading the rest. */
export function readFileStart(path: string, maxLength?: number): Uint8Array {
  if (maxLength === undefined) return fs.readFileSync(path);
  const fd = fs.openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(maxLength);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, maxLength, 0));
  } finally {
    fs.closeSync(fd);
  }
}
