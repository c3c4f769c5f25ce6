/**
 * # Execution frames and output streams
 *
 * A frame is what a running statement needs: its scope, where its output goes, where errors and
 * other streams go, and which script or function is running (for error positions and ids).
 */
import type { SourceFile } from '../syntax/ast.js';
import type { Scope } from './scope.js';
import type { PsErrorRecord } from './values.js';
import { toBool } from './conversion.js';

export type Emit = (value: unknown) => void;

export interface Streams {
  error(record: PsErrorRecord): void;
  warning(message: string): void;
  verbose(message: string): void;
  debug(message: string): void;
  information(data: unknown): void;
}

/** The function or script whose code is running. */
export interface InvocationFrame {
  /** The function's name; undefined at script level. */
  functionName?: string;
  /** Where the function was called from, for errors it reports (Write-Error inside a function). */
  callSite?: { file: SourceFile; start: number; end: number };
  /** The script file name, used in `<ErrorId>,<script.ps1>` at script level. */
  scriptName: string;
  /** Advanced-function state ($PSCmdlet), when the function is advanced. */
  cmdlet?: unknown;
  /** Preference overrides from -ErrorAction and friends. */
  errorAction?: string;
}

export interface Frame {
  scope: Scope;
  out: Emit;
  streams: Streams;
  file: SourceFile;
  invocation: InvocationFrame;
}

/** What written output is as one value (enumerateValue's inverse): nothing, the one object, or an array. */
export function outputValue(out: unknown[]): unknown {
  return out.length === 0 ? undefined : out.length === 1 ? out[0] : out;
}

/**
 * Whether output is true, as a test of it reads it (Where-Object, `.Where()`): nothing is false,
 * one object decides, several objects are true.
 */
export function outputIsTrue(count: number, first: unknown): boolean {
  return count === 0 ? false : count === 1 ? toBool(first) : true;
}

export function withOutput(frame: Frame, out: Emit): Frame {
  return { ...frame, out };
}

/** Control flow unwinds with these (they are not errors). */
export class BreakSignal {
  constructor(readonly label?: string) {}
}
export class ContinueSignal {
  constructor(readonly label?: string) {}
}
export class ReturnSignal {}

/** Whether `break` or `continue` (`e`, if it is one) ends or continues the loop or switch labelled `label`. */
export function loopSignal(e: unknown, label: string | undefined): 'break' | 'continue' | undefined {
  const kind = e instanceof BreakSignal ? 'break' : e instanceof ContinueSignal ? 'continue' : undefined;
  if (!kind) return undefined;
  const target = (e as BreakSignal | ContinueSignal).label;
  return target === undefined || (label !== undefined && target.toLowerCase() === label.toLowerCase()) ? kind : undefined;
}
/** Thrown by Select-Object -First and the like to stop the commands before it. */
export class StopUpstreamSignal {
  constructor(readonly owner: unknown) {}
}

/** Ctrl+C at the prompt while a command runs: unwinds everything, reported as nothing (as pwsh). */
export class PipelineStoppedSignal {}
