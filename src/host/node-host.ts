/**
 * # The Node.js console host
 *
 * Output is buffered and flushed before anything is written to stderr or read from stdin, so the
 * order on a terminal is the order the script wrote it in, without a system call per line.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { HostIO } from '../runtime/host-io.js';

const FLUSH_AT = 1 << 16;

export class NodeHost implements HostIO {
  private buffer = '';
  readonly width: number;
  readonly color: boolean;

  constructor(readonly interactive = true) {
    this.width = process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
    this.color = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
  }

  writeOut(text: string): void {
    this.buffer += text;
    if (this.buffer.length > FLUSH_AT) this.flush();
  }

  writeErr(text: string): void {
    this.flush();
    fs.writeSync(2, text);
  }

  flush(): void {
    if (this.buffer) {
      const b = this.buffer;
      this.buffer = '';
      writeAll(1, b);
    }
  }

  getEnv(name: string): string | undefined { return process.env[name]; }
  setEnv(name: string, value: string | undefined): void {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  cwd(): string { return process.cwd(); }
  readFile(path: string): string { return fs.readFileSync(path, 'utf8'); }
  writeFile(path: string, text: string, append: boolean): void {
    if (append) fs.appendFileSync(path, text); else fs.writeFileSync(path, text);
  }

  deleteFile(path: string): void { fs.rmSync(path, { force: true }); }
  fileExists(path: string): boolean { return fs.existsSync(path); }
  isDirectory(path: string): boolean { try { return fs.statSync(path).isDirectory(); } catch { return false; } }
  setCwd(path: string): void { process.chdir(path); }
  tempDir(): string { return os.tmpdir() + '/'; }

  /** Reads one line from standard input synchronously; undefined at end of input. */
  readLine(prompt: string): string | undefined {
    this.writeOut(prompt);
    this.flush();
    const line = this.readRawLine();
    // A terminal echoes what is typed; from a pipe pwsh echoes the answer itself.
    if (line !== undefined && !process.stdin.isTTY) this.writeOut(line + '\n');
    return line;
  }

  private readRawLine(): string | undefined {
    let line = '';
    const buf = Buffer.alloc(1);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(0, buf, 0, 1, null);
      } catch {
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
