/**
 * # A host without an operating system
 *
 * The browser playground (and anything else with no Node.js APIs) runs the interpreter against
 * this host: output goes to callbacks, files live in an in-memory file system with POSIX paths,
 * and there is no input, so prompts fail as they do under -NonInteractive.
 */
import type { HostIO } from '../runtime/host-io.js';

export interface InMemoryHostOptions {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
  /** The starting directory; created if missing. */
  home?: string;
  width?: number;
}

export class InMemoryHost implements HostIO {
  readonly width: number;
  readonly color = false;
  readonly interactive = false;
  private readonly files = new Map<string, string>();
  private readonly directories = new Set<string>(['/']);
  private readonly env = new Map<string, string>();
  private dir: string;

  constructor(private readonly options: InMemoryHostOptions) {
    this.width = options.width ?? 80;
    this.dir = normalize(options.home ?? '/home/learner', '/');
    this.makeDirectory(this.dir);
    this.env.set('HOME', this.dir);
    this.env.set('USER', 'learner');
  }

  writeOut(text: string): void { this.options.writeOut(text); }
  writeErr(text: string): void { this.options.writeErr(text); }
  getEnv(name: string): string | undefined { return this.env.get(name); }
  setEnv(name: string, value: string | undefined): void {
    if (value === undefined) this.env.delete(name); else this.env.set(name, value);
  }

  cwd(): string { return this.dir; }
  osDescription(): string {
    return typeof navigator !== 'undefined' ? `Browser (${navigator.userAgent})` : 'In-memory host';
  }
  setCwd(path: string): void {
    const full = normalize(path, this.dir);
    if (!this.directories.has(full)) throw new Error(`Cannot find path '${full}' because it does not exist.`);
    this.dir = full;
  }

  readFile(path: string): string {
    const text = this.files.get(normalize(path, this.dir));
    if (text === undefined) throw new Error(`Could not find file '${normalize(path, this.dir)}'.`);
    return text;
  }

  writeFile(path: string, text: string, append: boolean): void {
    const full = normalize(path, this.dir);
    const parent = full.slice(0, full.lastIndexOf('/')) || '/';
    if (!this.directories.has(parent)) throw new Error(`Could not find a part of the path '${full}'.`);
    this.files.set(full, append ? (this.files.get(full) ?? '') + text : text);
  }

  deleteFile(path: string): void { this.files.delete(normalize(path, this.dir)); }
  fileExists(path: string): boolean {
    const full = normalize(path, this.dir);
    return this.files.has(full) || this.directories.has(full);
  }

  isDirectory(path: string): boolean { return this.directories.has(normalize(path, this.dir)); }
  tempDir(): string { this.makeDirectory('/tmp'); return '/tmp/'; }

  /** Creates a directory and its parents (the playground's starting folders). */
  makeDirectory(path: string): void {
    const full = normalize(path, this.dir ?? '/');
    for (let at = full.indexOf('/', 1); ; at = full.indexOf('/', at + 1)) {
      this.directories.add(at < 0 ? full : full.slice(0, at));
      if (at < 0) break;
    }
  }
}

/** An absolute path with `.` and `..` resolved; `~` is not special here. */
export function normalize(path: string, base: string): string {
  const parts: string[] = [];
  const whole = path.replace(/\\/g, '/');
  for (const part of (whole.startsWith('/') ? whole : `${base}/${whole}`).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop(); else parts.push(part);
  }
  return '/' + parts.join('/');
}
