/**
 * # Runtime errors
 *
 * A `RuntimeError` carries an ErrorRecord (PowerShell's error id, category, exception type and
 * message) and, once known, the script position where it happened. Terminating errors are thrown
 * as `RuntimeError`; non-terminating errors are written to the error stream as records.
 */
import { PsErrorRecord, PsException, type ErrorCategory, type InvocationInfo } from './values.js';

export class RuntimeError extends Error {
  /** The script extent that raised it, filled in by the evaluator as the error unwinds. */
  extent?: { start: number; end: number };
  /** Ends the script rather than the statement (call-depth overflow, -ErrorAction Stop). */
  scriptTerminating = false;
  constructor(readonly record: PsErrorRecord) {
    super(record.exception.message);
    this.name = 'RuntimeError';
  }

  static of(
    exceptionType: string,
    message: string,
    errorId: string,
    category: ErrorCategory,
    targetObject: unknown = null,
    command?: string,
  ): RuntimeError {
    return new RuntimeError(new PsErrorRecord(new PsException(exceptionType, message), errorId, category, targetObject, undefined, command));
  }

  get invocationInfo(): InvocationInfo | undefined { return this.record.invocationInfo; }
}

/** The common "RuntimeException" raised by operators and the engine. */
export function runtimeException(message: string, errorId: string, category: ErrorCategory = 'InvalidOperation', exceptionType = 'System.Management.Automation.RuntimeException'): RuntimeError {
  return RuntimeError.of(exceptionType, message, errorId, category);
}

/**
 * A conversion failure: `Cannot convert value "abc" to type "System.Int32". Error: "..."`. As in
 * pwsh, what a script catches is a RuntimeException wrapping the PSInvalidCastException
 * (`catch [System.Management.Automation.PSInvalidCastException]` still matches it).
 */
export class ConversionError extends RuntimeError {
  constructor(readonly value: unknown, readonly targetType: string, readonly innerMessage: string, message: string, errorId = 'InvalidCastFromStringToInteger') {
    const cast = new PsException('System.Management.Automation.PSInvalidCastException', message);
    super(new PsErrorRecord(new PsException('System.Management.Automation.RuntimeException', message, cast), errorId, 'InvalidArgument', null, undefined));
  }

  /** The same failure raised by a cmdlet's own code: pwsh reports the cast exception itself, under the cmdlet. */
  fromCmdlet(implementingType: string): RuntimeError {
    const r = this.record;
    return new RuntimeError(new PsErrorRecord(r.exception.innerException ?? r.exception, r.errorId, r.category, r.targetObject, undefined, implementingType));
  }
}

/** Thrown by `exit`: unwinds to the host, which uses the code. */
export class ExitSignal {
  constructor(readonly code: number) {}
}
