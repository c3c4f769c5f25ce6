/**
 * # Stages: where a pipeline's objects are handed on
 *
 * Between the commands of a pipeline each object is handed to a stage: the link to the next
 * command (pipeline-link.ts), or the work a cmdlet does for one object (a sink:
 * CmdletImplementation.sink). Stages are instances of a few long-lived classes, not closures made
 * for each run, for V8's sake:
 * - a call to a closure is optimized for that closure. Once a run's closures are collected, the
 *   optimized code that called them or was made for them is dropped. The next run of the same
 *   pipeline then runs unoptimized until V8 has compiled it again, several times slower.
 * - a method of a class is one function for the life of the process, and so is its optimized code,
 *   as long as an object of the class's final shape stays alive (keep-shape.ts).
 */
import type { Emit } from './frame.js';
import { keepShape } from './keep-shape.js';

export interface Stage {
  accept(value: unknown): void;
  /**
   * True when the stage places at its command every error it lets out (Placer): objects from the
   * command before may then come straight to it, without the link between them (pipeline-link.ts).
   */
  readonly placesItsErrors?: boolean;
  /** Called once every command of the pipeline has begun: the stage may look past the links it writes to (settled). */
  settle?(): void;
}

/** What places an error at its command: a cmdlet's context, or its processor. */
export interface Placer {
  placeError(caught: unknown): unknown;
}

/** A stage that calls a function: for the less travelled ways, where a closure costs nothing. */
export class EmitStage implements Stage {
  constructor(private readonly emit: Emit) {}
  accept(value: unknown): void {
    this.emit(value);
  }
}

keepShape(new EmitStage(() => {}));
