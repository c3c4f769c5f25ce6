/** Runs PowerShell text in-process and returns what the console would show. */
import fs from 'node:fs';
import os from 'node:os';
import { Engine } from '../../src/host/engine.js';
import { MemoryHost } from '../../src/runtime/host-io.js';
import { readFileStart } from '../../src/host/node-host.js';

export interface RunOutput { stdout: string; stderr: string; exitCode: number }

/** A memory host that can read and write real files (dot-sourcing, redirection). */
export class TestHost extends MemoryHost {
  constructor(private readonly base = process.cwd()) { super(80, false, base); }
  readFile(path: string): string { return fs.readFileSync(path.startsWith('/') ? path : `${this.base}/${path}`, 'utf8'); }
  deleteFile(path: string): void { fs.rmSync(this.full(path), { force: true }); }
  fileExists(path: string): boolean { return fs.existsSync(this.full(path)); }
  isDirectory(path: string): boolean { try { return fs.statSync(this.full(path)).isDirectory(); } catch { return false; } }
  tempDir(): string { return os.tmpdir() + '/'; }
  private full(path: string): string { return path.startsWith('/') ? path : `${this.base}/${path}`; }
  writeFile(path: string, text: string, append: boolean): void {
    const full = path.startsWith('/') ? path : `${this.base}/${path}`;
    if (append) fs.appendFileSync(full, text); else fs.writeFileSync(full, text);
  }
  readBytes(path: string, maxLength?: number): Uint8Array { return readFileStart(this.full(path), maxLength); }
  writeBytes(path: string, bytes: Uint8Array, append: boolean): void {
    if (append) fs.appendFileSync(this.full(path), bytes); else fs.writeFileSync(this.full(path), bytes);
  }
}

export function runScript(text: string, options: { path?: string; mode?: 'file' | 'command'; args?: string[] } = {}): RunOutput {
  const dir = options.path ? options.path.slice(0, options.path.lastIndexOf('/')) : process.cwd();
  const host = new TestHost(dir);
  const engine = new Engine(host);
  const { exitCode } = engine.run(text, { mode: options.mode ?? (options.path ? 'file' : 'command'), path: options.path, args: options.args });
  return { stdout: host.out, stderr: host.err, exitCode };
}

/** Runs a snippet and returns its stdout with the trailing newline removed. */
export function ps(text: string): string {
  const r = runScript(text);
  return (r.stdout + (r.stderr ? r.stderr : '')).replace(/\n$/, '');
}
