/**
 * # From the explainer's record to what the Binding pane draws
 *
 * Pure data, no DOM: which pipeline object flowed into which parameter in which pass, and how the
 * parameter sets narrowed step by step with the reason each set was dropped. The pane
 * (binding-view.ts) draws this; the unit tests check it without a browser.
 */
import type { Attempt, CommandRecord, Explanation, PassRecord } from '../../src/teaching/binding-explainer.js';

export interface Flow {
  /** 1-based input index. */
  input: number;
  parameter: string;
  /** "ValueFromPipeline" or "ValueFromPipelineByPropertyName", as PowerShell names the passes. */
  pass: PassRecord['pass'];
  coercion: boolean;
  /** The pass as a learner reads it: "ByValue, exact type" ... "ByPropertyName, with conversion". */
  label: string;
  /** The value after conversion, e.g. "@(2) (UInt32[])". */
  value: string;
}

export interface SetState {
  name: string;
  state: 'candidate' | 'dropped' | 'gone';
  /** Dropped because of what bound ("dropped"), or left out when one set was chosen ("not chosen"). */
  verdict?: 'dropped' | 'not chosen';
  /** Why the set went at this step. */
  reason?: string;
}

export interface NarrowingStep {
  label: string;
  sets: SetState[];
}

export interface InputView {
  index: number;
  type: string;
  preview: string;
  parameterSet: string | null;
  error: string | null;
  hint: string | null;
  /** The four passes in pwsh's order, each attempt with its verdict and reason. */
  passes: { label: string; attempts: { parameter: string; result: Attempt['result']; reason: string }[] }[];
}

export interface CommandView {
  title: string;
  position: string;
  commandLine: string;
  inputs: InputView[];
  parameters: string[];
  flows: Flow[];
  narrowing: NarrowingStep[];
  chosenSet: string | null;
  error: string | null;
  hint: string | null;
}

export function passLabel(pass: PassRecord['pass'], coercion: boolean): string {
  return `${pass === 'ValueFromPipeline' ? 'ByValue' : 'ByPropertyName'}, ${coercion ? 'with conversion' : 'exact type'}`;
}

/** Commands worth a diagram: those with arguments, pipeline input, or a binding error. */
export function commandViews(explanation: Explanation): { pipeline: string; commands: CommandView[] }[] {
  return explanation.pipelines.map((p) => ({ pipeline: p.text, commands: p.commands.map(commandView) }));
}

function shortType(type: string): string {
  return type.slice(type.lastIndexOf('.') + 1);
}

export function commandView(c: CommandRecord): CommandView {
  const flows: Flow[] = [];
  for (const input of c.inputs) {
    for (const pass of input.passes) {
      for (const a of pass.attempts) {
        if (a.result !== 'bound') continue;
        flows.push({ input: input.index, parameter: a.parameter, pass: pass.pass, coercion: pass.coercion, label: passLabel(pass.pass, pass.coercion), value: a.value ?? '' });
      }
    }
  }
  const parameters = [...new Set(flows.map((f) => f.parameter))];
  const lastInput = c.inputs.at(-1);
  return {
    title: c.name,
    position: `command ${c.position} of ${c.pipelineLength}, a ${c.kind}`,
    commandLine: c.commandLine.text,
    inputs: c.inputs.map((i) => ({
      index: i.index,
      type: shortType(i.type),
      preview: i.preview,
      parameterSet: i.parameterSet,
      error: i.error ? `${i.error.id}: ${i.error.message}` : null,
      hint: i.error?.hint ?? null,
      passes: i.passes.map((p, n) => ({
        label: `Pass ${n + 1}, ${p.pass}: ${passLabel(p.pass, p.coercion)}`,
        attempts: p.attempts.map((a) => ({ parameter: a.parameter, result: a.result, reason: a.reason })),
      })),
    })),
    parameters,
    flows,
    narrowing: narrowing(c),
    chosenSet: lastInput ? lastInput.parameterSet : c.commandLine.parameterSet,
    error: c.commandLine.error ? `${c.commandLine.error.id}: ${c.commandLine.error.message}` : null,
    hint: c.commandLine.error?.hint ?? null,
  };
}

/**
 * The table of sets, one row per step: declared, after the command line, then after each pass of
 * each input that changed anything (each input starts again from the command line's sets).
 */
function narrowing(c: CommandRecord): NarrowingStep[] {
  const declared = c.parameterSets;
  const steps: NarrowingStep[] = [{ label: 'Declared', sets: declared.map((name) => ({ name, state: 'candidate' })) }];
  const row = (label: string, before: string[], after: string[], attempts: Attempt[], fallback?: string | null) => {
    steps.push({
      label,
      sets: declared.map((name) => {
        if (after.includes(name)) return { name, state: 'candidate' };
        if (!before.includes(name)) return { name, state: 'gone' };
        const reason = dropReason(name, attempts);
        if (reason) return { name, state: 'dropped', verdict: 'dropped', reason };
        return { name, state: 'dropped', verdict: 'not chosen', reason: fallback ?? 'not possible with what was bound' };
      }),
    });
  };
  const line = c.commandLine;
  const afterLine = line.setsAfter.length ? line.setsAfter : declared;
  row(line.text ? `Command line: ${line.text}` : 'Command line (no arguments)', declared, afterLine, line.attempts, line.setChoice ?? line.error?.message);
  for (const input of c.inputs) {
    let before = afterLine;
    for (const pass of input.passes) {
      if (sameSets(before, pass.setsAfter) && !pass.attempts.some((a) => a.result === 'bound')) continue;
      row(`Input ${input.index}, ${passLabel(pass.pass, pass.coercion)}`, before, pass.setsAfter, pass.attempts);
      before = pass.setsAfter;
    }
    if (!sameSets(before, input.setsAfter)) row(`Input ${input.index}, set chosen`, before, input.setsAfter, [], input.error?.message ?? 'the default set wins among those left');
  }
  return steps;
}

const HOW: Partial<Record<Attempt['stage'], string>> = { named: 'by name', positional: 'by position', remaining: 'from the remaining arguments', pipeline: 'from the pipeline' };

function dropReason(set: string, attempts: Attempt[]): string | undefined {
  const a = attempts.find((x) => x.setsBefore.includes(set) && !x.setsAfter.includes(set));
  return a ? `-${a.parameter} bound ${HOW[a.stage] ?? a.stage}; ${set} has no -${a.parameter}` : undefined;
}

function sameSets(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
