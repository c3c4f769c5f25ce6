/**
 * # Listening to the binder
 *
 * The explainer (Show-ParameterBinding, `minipwsh -Explain`) reads the binder's own record as it
 * is made: every decision, when each pipeline object starts and how it ended. It never binds
 * anything itself.
 */
import type { Binder, BindingTraceEntry, ParameterBindingError } from './binder.js';

export interface BindingListener {
  /** A pipeline begins: its text and each element's text, with the command name for a command. */
  pipelineStart(text: string, elements: { text: string; name?: string }[]): void;
  /** A decision of `binder`, in the order it was made. */
  entry(binder: Binder, entry: BindingTraceEntry): void;
  /** The command line is bound (`failure` set when it failed). */
  commandLineDone(binder: Binder, failure?: unknown): void;
  /** A pipeline object begins binding. */
  objectStart(binder: Binder, input: unknown): void;
  /** The object bound (`failure` undefined) or could not (InputObjectNotBound and the like). */
  objectDone(binder: Binder, failure: ParameterBindingError | undefined): void;
}
