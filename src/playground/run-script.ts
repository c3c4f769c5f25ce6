/**
 * # One run of a playground script
 *
 * A fresh engine on an in-memory host runs the script with the binding explainer following its
 * commands, so one run gives the output exactly as the CLI prints it, the error text, and the
 * explainer's record (schema in docs/explainer.md) for the Binding pane. No DOM and no Node.js
 * APIs: the Web Worker calls it, and so do the unit tests.
 */
import { Engine } from '../host/engine.js';
import { BindingExplainer, type Explanation } from '../teaching/binding-explainer.js';
import { InMemoryHost } from './in-memory-host.js';

export interface PlaygroundRun {
  /** Standard output, formatted as `minipwsh -File` prints it. */
  output: string;
  /** Standard error: parse errors with their caret, runtime errors as `Cmdlet-Name: message`. */
  errors: string;
  exitCode: number;
  explanation: Explanation;
}

export interface RunCallbacks {
  /** Output as it is written, for a page that shows it while the script still runs. */
  onOutput?: (text: string) => void;
  onError?: (text: string) => void;
}

/** The name the script runs under, as it appears in error positions. */
export const PLAYGROUND_SCRIPT = '/home/learner/playground.ps1';

export function runPlaygroundScript(script: string, callbacks: RunCallbacks = {}): PlaygroundRun {
  let output = '';
  let errors = '';
  const host = new InMemoryHost({
    writeOut: (t) => { output += t; callbacks.onOutput?.(t); },
    writeErr: (t) => { errors += t; callbacks.onError?.(t); },
  });
  host.writeFile(PLAYGROUND_SCRIPT, script, false);
  const engine = new Engine(host);
  const explainer = new BindingExplainer(true);
  const { exitCode } = engine.run(script, { mode: 'file', path: PLAYGROUND_SCRIPT, explain: explainer });
  return { output, errors, exitCode, explanation: explainer.explanation() };
}
