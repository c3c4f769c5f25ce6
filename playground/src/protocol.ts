/** Messages between the page and the interpreter's worker. */
import type { Explanation } from '../../src/teaching/binding-explainer.js';

export type ToWorker = { type: 'run'; script: string };

export type FromWorker =
  | { type: 'out'; text: string }
  | { type: 'err'; text: string }
  | { type: 'done'; exitCode: number; explanation: Explanation; milliseconds: number }
  | { type: 'crash'; message: string };
