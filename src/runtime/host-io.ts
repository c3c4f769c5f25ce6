/**
 * # What the interpreter needs from its host
 *
 * The console (or a test, or a browser page) supplies text output, the environment and the
 * terminal width. Nothing in `src/runtime` touches `process` directly.
 */
export interface HostIO {
  /** Text for standard output, already formatted. */
  writeOut(text: string): void;
  /** Text for standard error, already formatted. */
  writeErr(text: string): void;
  getEnv(name: string): string | undefined;
  setEnv(name: string, value: string | undefined): void;
  /** Columns available for formatting (80 when the output is not a terminal). */
  readonly width: number;
  /** Rows of the terminal ($Host.UI.RawUI.WindowSize.Height); 24 when unknown. */
  readonly height?: number;
  /** `$PSVersionTable.OS`: the operating system's name and version. */
  osDescription?(): string;
  /** True when colour may be used. */
  readonly color: boolean;
  /** False under -NonInteractive (and in tests): prompts fail instead of reading input. */
  readonly interactive?: boolean;
  /** Reads a line for Read-Host and prompts; undefined when there is no input. */
  readLine?(prompt: string): string | undefined;
  /** Reads a line without echoing it (`*` per character on a terminal). */
  readMaskedLine?(prompt: string): string | undefined;
  /** Told while a read waits for the user (the prompt's Ctrl+C watcher must not take the keys). */
  onInputWait?: (waiting: boolean) => void;
  /** The current directory, for `PS <dir>>` prompts, Get-Location and relative paths. */
  cwd(): string;
  /** Reads a script file for `-File` and dot-sourcing. */
  readFile?(path: string): string;
  /** Writes or appends a text file, for `> file` redirection. */
  writeFile?(path: string, text: string, append: boolean): void;
  /** A file's bytes (its first `maxLength` only, when given), for the content cmdlets' encodings; hosts without them store text. */
  readBytes?(path: string, maxLength?: number): Uint8Array;
  writeBytes?(path: string, bytes: Uint8Array, append: boolean): void;
  deleteFile?(path: string): void;
  fileExists?(path: string): boolean;
  /** True for an existing directory (Test-Path -PathType Container, Set-Location). */
  isDirectory?(path: string): boolean;
  /** Changes the current directory (Set-Location). */
  setCwd?(path: string): void;
  tempDir?(): string;
  /**
   * Draws the progress lines of Write-Progress in place of the previous ones (none: erase them).
   * Hosts whose output is not a terminal leave it out, and progress shows nowhere, as in pwsh.
   */
  showProgress?(lines: string[]): void;
  /** Writes out what the host buffered (before a pause, a prompt or a progress update). */
  flush?(): void;
}

/** A host that collects output in memory: tests and `Out-String` use it. */
export class MemoryHost implements HostIO {
  out = '';
  err = '';
  readonly env = new Map<string, string>();
  constructor(readonly width = 80, readonly color = false, private dir = '/') {}
  setCwd(path: string): void { this.dir = path; }
  writeOut(text: string): void { this.out += text; }
  writeErr(text: string): void { this.err += text; }
  getEnv(name: string): string | undefined { return this.env.get(name.toUpperCase()) ?? this.env.get(name); }
  setEnv(name: string, value: string | undefined): void { if (value === undefined) this.env.delete(name); else this.env.set(name, value); }
  cwd(): string { return this.dir; }
}
