/**
 * A syntax error as PowerShell reports it: an error id (ParserStrings resource name), the message,
 * and the extent it points at. `incomplete` marks errors that more input could fix, which the REPL
 * uses to ask for a continuation line, as PowerShell's `IncompleteInput` does.
 */
export class ParseFailure extends Error {
  constructor(
    readonly id: string,
    message: string,
    readonly offset: number,
    readonly length: number,
    readonly incomplete = false,
  ) {
    super(message);
    this.name = 'ParseFailure';
  }
}
