/**
 * # The command line: `minipwsh [-File] script.ps1 [args] | -Command text | -Command -`
 *
 * pwsh's flags are single-dash, case-insensitive and may be shortened to any unique prefix
 * (`-c`, `-f`, `-nop`), which node:util.parseArgs cannot express; this small parser follows
 * pwsh's rules instead. This module is the only place that reads argv or picks exit codes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Engine } from '../host/engine.js';
import { NodeHost } from '../host/node-host.js';

export const VERSION = '0.1.0';

const FLAGS = ['command', 'file', 'noprofile', 'nologo', 'noninteractive', 'version', 'help', 'executionpolicy', 'inputformat', 'outputformat', 'noexit', 'encodedcommand', 'explain', 'explainformat', 'noexecute'] as const;
type Flag = (typeof FLAGS)[number];

/** Resolves `-c`, `-Com`, `-f` the way pwsh does (prefix of a known flag; `-c` is Command). */
function flagOf(arg: string): Flag | 'helpShort' | undefined {
  if (!/^[-/]/.test(arg) || arg === '-') return undefined;
  const name = arg.replace(/^--?|^\//, '').toLowerCase();
  if (name === '?' || name === 'h') return 'helpShort';
  if (name === '') return undefined;
  if (name === 'c') return 'command';
  if (name === 'f') return 'file';
  if (name === 'v') return 'version';
  const exact = FLAGS.find((f) => f === name);
  if (exact) return exact;
  const matches = FLAGS.filter((f) => f.startsWith(name));
  return matches.length === 1 ? matches[0] : undefined;
}

export const HELP = `Usage: minipwsh [-NoProfile] [-NoLogo] [-NonInteractive]
                [-Command { - | <script-text> }] [-File <path.ps1> [args]]
                [-Explain [-ExplainFormat Text|Json] [-NoExecute]]
                [-Version] [-Help]

  -Command, -c   Runs the text as PowerShell; '-' reads the script from standard input.
  -File, -f      Runs a script file; the remaining arguments go to the script.
  -NoProfile, -NoLogo, -NonInteractive   Accepted for compatibility with pwsh.
  -Explain       Runs the script (-Command or -File) under Show-ParameterBinding: explains how
                 each command of its pipelines bound its parameters.
  -ExplainFormat Text (default) or Json (the explainer's record, schema version 1).
  -NoExecute     With -Explain: bind only, run nothing.
  -Version       Prints the version.
  -Help, -?      Prints this text.

With no script, minipwsh starts an interactive prompt. Its line history is kept in
$MINIPWSH_HISTORY (empty: none), else ~/.local/share/minipwsh/history.txt.
`;

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): string;
}

const nodeIO: CliIO = {
  stdout: (t) => { process.stdout.write(t); },
  stderr: (t) => { process.stderr.write(t); },
  readStdin: () => fs.readFileSync(0, 'utf8'),
};

export async function runCli(argv: string[], io: CliIO = nodeIO): Promise<number> {
  let command: string | undefined;
  let interactive = true;
  let file: string | undefined;
  let scriptArgs: string[] = [];
  const explain = { on: false, format: 'Text', noExecute: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const flag = flagOf(arg);
    if (flag === 'help' || flag === 'helpShort') { io.stdout(HELP); return 0; }
    if (flag === 'version') { io.stdout(`minipwsh ${VERSION}\n`); return 0; }
    if (flag === 'noninteractive') { interactive = false; continue; }
    if (flag === 'noprofile' || flag === 'nologo' || flag === 'noexit') continue;
    if (flag === 'explain') { explain.on = true; continue; }
    if (flag === 'noexecute') { explain.noExecute = true; continue; }
    if (flag === 'explainformat') {
      const format = argv[++i] ?? '';
      if (!/^(text|json)$/i.test(format)) {
        io.stderr(`Cannot process the -ExplainFormat argument '${format}': use Text or Json.\n`);
        return 64;
      }
      explain.format = format.toLowerCase() === 'json' ? 'Json' : 'Text';
      continue;
    }
    if (flag === 'executionpolicy' || flag === 'inputformat' || flag === 'outputformat') { i++; continue; }
    if (flag === 'command' || flag === 'encodedcommand') {
      const rest = argv.slice(i + 1);
      if (rest.length === 0) {
        io.stderr(`Missing the argument for the -Command parameter.\n${HELP}`);
        return 64;
      }
      command = rest[0] === '-' && rest.length === 1 ? io.readStdin() : flag === 'encodedcommand' ? Buffer.from(rest[0]!, 'base64').toString('utf16le') : rest.join(' ');
      break;
    }
    if (flag === 'file' || flag === undefined) {
      if (flag === undefined && /^-/.test(arg) && arg !== '-') {
        io.stderr(`The argument '${arg}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n\n${HELP}`);
        return 64;
      }
      file = flag === 'file' ? argv[i + 1] : arg;
      if (file === undefined) {
        io.stderr(`Missing the argument for the -File parameter.\n${HELP}`);
        return 64;
      }
      scriptArgs = argv.slice(flag === 'file' ? i + 2 : i + 1);
      break;
    }
  }
  const host = new NodeHost(interactive);
  const engine = new Engine(host);
  /** With -Explain, the script runs inside Show-ParameterBinding. */
  const explained = (text: string) => (explain.on
    ? `Show-ParameterBinding -Format ${explain.format}${explain.noExecute ? ' -NoExecute' : ''} -ScriptBlock {\n${text}\n}`
    : text);
  try {
    if (command !== undefined) {
      return engine.run(explained(command), { mode: 'command' }).exitCode;
    }
    if (file !== undefined) {
      let text: string;
      const full = path.resolve(file);
      try {
        text = fs.readFileSync(full, 'utf8');
      } catch {
        io.stderr(`The argument '${file}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n`);
        return 64;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return engine.run(explained(text), { mode: 'file', path: full, args: scriptArgs }).exitCode;
    }
    if (!process.stdin.isTTY) {
      // A script piped into a bare `minipwsh` runs like `-Command -`.
      return engine.run(io.readStdin(), { mode: 'command' }).exitCode;
    }
    // The prompt's modules (readline, the Ctrl+C watcher's worker) load only when it starts.
    const { historyFilePath, runRepl } = await import('./repl.js');
    return await runRepl(engine, {
      input: process.stdin, output: process.stdout, flush: () => host.flush(),
      historyFile: historyFilePath(process.env), interruptible: true,
    });
  } finally {
    host.flush();
  }
}
