/**
 * The link to a command from the one before it in a pipeline: what the command before writes is
 * handed to it here, one object at a time (a stage, stage.ts).
 */
import type { Processor } from './processors.js';
import type { Stage } from './stage.js';
import { keepShape } from './keep-shape.js';

/** What a link needs of the evaluator: the flag Ctrl+C raises, looked at between objects. */
interface Interruptible {
  interrupt?: Int32Array;
  checkInterrupt(): void;
}

export class PipelineLink implements Stage {
  /**
   * What the command before writes from its begin block waits here until this command has begun,
   * as in pwsh: `a | b` runs a's begin, b's begin, then b's process for a's begin output.
   */
  private queue: unknown[] | undefined = [];
  /** The command's sink, when it has one (Processor.sink): set once it has begun. */
  private stage: Stage | undefined = undefined;

  /** Whether Ctrl+C can stop the pipeline (the prompt raises a flag then): read once, not per object. */
  private readonly interruptible: boolean;

  constructor(private readonly ev: Interruptible, private readonly proc: Processor) {
    this.interruptible = ev.interrupt !== undefined;
  }

  accept(value: unknown): void {
    if (this.interruptible) this.ev.checkInterrupt();
    const stage = this.stage;
    if (stage !== undefined) {
      try {
        stage.accept(value);
      } catch (caught) {
        throw this.proc.placeError!(caught);
      }
      return;
    }
    const queue = this.queue;
    if (queue) queue.push(value); else this.proc.process(value);
  }

  /**
   * Where the command before may hand its objects once every command has begun: straight to the
   * command's stage when that places its own errors, else this link. Only an expression first in
   * a pipeline and the stages hand objects on by stage: the expression looks at the Ctrl+C flag
   * itself (evaluateRangeLazily, enumerateInto), and a stage gets its objects from it.
   */
  target(): Stage {
    const stage = this.stage;
    return stage !== undefined && stage.placesItsErrors === true ? stage : this;
  }

  /** Every command has begun: the stage may look past the links it writes to. */
  settle(): void {
    this.stage?.settle?.();
  }

  /** The command has begun: what waited goes to it, and from now on objects go straight on. */
  begun(): void {
    const queue = this.queue;
    this.queue = undefined;
    this.stage = this.proc.sink;
    if (queue) for (const value of queue) this.proc.process(value);
  }
}

keepShape(new PipelineLink({ checkInterrupt() {} }, { begin() {}, process() {}, runFirst() {}, end() {} }));

/** `stage`, or the stage past it when it is a link that steps aside (PipelineLink.target). */
export function settled(stage: Stage): Stage {
  return stage instanceof PipelineLink ? stage.target() : stage;
}
