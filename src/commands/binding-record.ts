/**
 * # The binder's vocabulary
 *
 * What goes into the binder (command arguments, the services it needs from the runtime) and what
 * comes out (bound values, its record of every decision, its errors).
 */
import { RuntimeError } from '../runtime/errors.js';
import { PsErrorRecord, PsException, type ErrorCategory } from '../runtime/values.js';
import type { BindingListener } from './binding-listener.js';
import type { BindingTracer } from './binding-tracer.js';
import type { ParameterMetadata } from './metadata.js';

/** One argument as the command line gave it. */
export interface CommandArgument {
  /** Set for `-Name` (and `-Name:value`). */
  parameterName?: string;
  /** The text as written, `-Name` or `-Name:`. */
  parameterText?: string;
  /** Set for `-Name:value` and for positional values. */
  value?: unknown;
  hasValue: boolean;
  /** True for a value written as a bare word or literal, shown as written in errors. */
  text?: string;
  /** Where the argument stands in the script: errors point at it. */
  extent?: { start: number; end: number };
  /** For a named argument, the extent of `-Name` alone. */
  nameExtent?: { start: number; end: number };
  /** From `@hashtable`: a parameter also named explicitly takes the explicit value. */
  splatted?: boolean;
}

/**
 * One step of binding, as the explainer and Trace-Command read it. `setsBefore`/`setsAfter` are
 * the candidate parameter sets around the step; `detail` is PowerShell's trace text for it.
 */
export interface BindingTraceEntry {
  stage: 'named' | 'positional' | 'remaining' | 'mandatory' | 'pipeline' | 'set' | 'restore';
  parameter?: string;
  /** The value tried, before conversion. */
  argument?: unknown;
  /** For pipeline steps: which attribute let the parameter take the object. */
  pass?: 'ValueFromPipeline' | 'ValueFromPipelineByPropertyName';
  coercion?: boolean;
  result: 'bound' | 'skipped' | 'failed' | 'info';
  /** Why a step was skipped or failed, or how a set was chosen, in plain words. */
  reason?: string;
  /** For a bound step: the value the parameter received, after conversion. */
  value?: unknown;
  /** For a positional step: which of pwsh's tries it was (the default set's, or every valid set's). */
  among?: 'default set' | 'all sets';
  setsBefore: string[];
  setsAfter: string[];
  detail: string;
}

const EXCEPTION_TYPES: Record<string, string> = {
  ParameterArgumentTransformationError: 'System.Management.Automation.ParameterBindingArgumentTransformationException',
  ParameterArgumentValidationError: 'System.Management.Automation.ParameterBindingValidationException',
  ParameterArgumentValidationErrorNullNotAllowed: 'System.Management.Automation.ParameterBindingValidationException',
  ParameterArgumentValidationErrorEmptyStringNotAllowed: 'System.Management.Automation.ParameterBindingValidationException',
};

export class ParameterBindingError extends RuntimeError {
  /** Set when a script parameter's conversion failed for want of any conversion (not a parse error). */
  castFailure = false;
  /** For a conversion failure: the conversion's own message, without the parameter prefix. */
  inner?: string;
  /** `idSuffix` is what follows the comma in the FullyQualifiedErrorId: the function's name, or a cmdlet's .NET type. */
  constructor(message: string, errorId: string, commandName: string, readonly parameterName?: string, category: ErrorCategory = 'InvalidArgument', idSuffix = commandName) {
    // pwsh's exception type names the kind of failure (argument transformation, validation, ...).
    const type = EXCEPTION_TYPES[errorId] ?? 'System.Management.Automation.ParameterBindingException';
    super(new PsErrorRecord(new PsException(type, message), errorId, category, null, undefined, idSuffix));
    this.record.activity = commandName;
  }
}

export type CommandKind = 'cmdlet' | 'function';

/** Services the binder needs from the runtime. */
export interface BinderHost {
  runValidateScript(script: unknown, value: unknown): boolean;
  /** Where Trace-Command's ParameterBinding lines go while a trace is on. */
  readonly tracer?: BindingTracer;
  /** The explainer, when it follows this command. */
  readonly listener?: BindingListener;
  /**
   * A script parameter's default: the value as written (`raw`), as converted to the parameter's
   * type (`value`), and whether it was converted (pwsh converts only explicit or non-null defaults).
   */
  defaultValue?(p: ParameterMetadata): { raw: unknown; value: unknown; coerced: boolean };
}

export interface BindResult {
  bound: Map<string, unknown>;
  /** Arguments a simple function leaves for `$args`. */
  remaining: unknown[];
}
