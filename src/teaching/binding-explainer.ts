/**
 * # The binding explainer's record
 *
 * Listens to the binders of the commands a pipeline runs (never binds anything itself) and keeps,
 * per command: the command-line decisions, the candidate parameter sets as they narrow, and for
 * each input object the four pipeline passes with every attempt's verdict and reason. The text
 * view and the JSON view (`schema version 1`, docs/explainer.md) are both made from this record.
 */
import type { Binder, BindingTraceEntry } from '../commands/binder.js';
import type { BindingListener } from '../commands/binding-listener.js';
import { ALL_SETS, inSet, type ParameterMetadata } from '../commands/metadata.js';
import { RuntimeError } from '../runtime/errors.js';
import { shortTypeName, typeNameOf } from '../runtime/types.js';
import { describeValue, friendlyType } from './describe-value.js';
import { PsHashtable, PsObject } from '../runtime/values.js';

export const EXPLAIN_SCHEMA_VERSION = 1;

export type PassName = 'ValueFromPipeline' | 'ValueFromPipelineByPropertyName';

export interface Attempt {
  stage: BindingTraceEntry['stage'];
  parameter: string;
  parameterType: string;
  /** Whether this attempt could convert the value (pwsh tries without conversion first). */
  coercion: boolean;
  /** For a positional attempt: whether it tried the default set's parameters or every valid set's. */
  among?: 'default set' | 'all sets';
  /** The value tried, as a PowerShell user would write it, with its type. */
  argument?: string;
  result: 'bound' | 'skipped' | 'failed';
  reason: string;
  /** For a bound attempt: the value after conversion. */
  value?: string;
  setsBefore: string[];
  setsAfter: string[];
}

export interface PassRecord { pass: PassName; coercion: boolean; attempts: Attempt[]; setsAfter: string[] }

export interface ErrorInfo { id: string; message: string; hint?: string }

export interface InputRecord {
  index: number;
  type: string;
  preview: string;
  passes: PassRecord[];
  /** The candidate sets once the four passes are done. */
  setsAfter: string[];
  bound: Record<string, string>;
  parameterSet: string | null;
  error: ErrorInfo | null;
}

export interface CommandRecord {
  name: string;
  kind: 'cmdlet' | 'function';
  position: number;
  pipelineLength: number;
  parameterSets: string[];
  defaultParameterSet: string | null;
  commandLine: {
    text: string;
    attempts: Attempt[];
    setsAfter: string[];
    parameterSet: string | null;
    /** Why that set, when the binder had to choose among several. */
    setChoice: string | null;
    /** Mandatory parameters left for the pipeline to supply. */
    waitingForPipeline: string[];
    error: ErrorInfo | null;
  };
  inputs: InputRecord[];
}

export interface PipelineRecord { text: string; commands: CommandRecord[] }

export interface Explanation { version: number; executed: boolean; pipelines: PipelineRecord[] }

const PASSES: [PassName, boolean][] = [['ValueFromPipeline', false], ['ValueFromPipelineByPropertyName', false], ['ValueFromPipeline', true], ['ValueFromPipelineByPropertyName', true]];

export class BindingExplainer implements BindingListener {
  readonly pipelines: PipelineRecord[] = [];
  private readonly commands = new Map<Binder, CommandRecord>();
  private readonly currentInput = new Map<Binder, InputRecord>();
  /** Command elements of the current pipeline not yet matched to a binder. */
  private pending: { text: string; position: number }[] = [];
  private pipelineLength = 0;

  constructor(private readonly executed: boolean) {}

  pipelineStart(text: string, elements: { text: string; name?: string }[]): void {
    this.pipelines.push({ text, commands: [] });
    this.pipelineLength = elements.length;
    this.pending = elements.flatMap((e, i) => (e.name !== undefined ? [{ text: e.text.slice(e.name.length).trim(), position: i + 1 }] : []));
  }

  private command(binder: Binder): CommandRecord {
    let c = this.commands.get(binder);
    if (c) return c;
    // Commands bind their command lines in pipeline order, so the next unmatched element is this one.
    const element = this.pending.shift();
    if (this.pipelines.length === 0) this.pipelines.push({ text: binder.commandName, commands: [] });
    const meta = binder.meta;
    c = {
      name: binder.commandName,
      kind: binder.kind,
      position: element?.position ?? 1,
      pipelineLength: element ? this.pipelineLength : 1,
      parameterSets: meta.setNames.length ? [...meta.setNames] : [ALL_SETS],
      defaultParameterSet: meta.defaultParameterSet ?? null,
      commandLine: { text: element?.text ?? '', attempts: [], setsAfter: [], parameterSet: null, setChoice: null, waitingForPipeline: [], error: null },
      inputs: [],
    };
    this.commands.set(binder, c);
    this.pipelines.at(-1)!.commands.push(c);
    return c;
  }

  entry(binder: Binder, e: BindingTraceEntry): void {
    const c = this.command(binder);
    if (e.stage === 'set' && !this.currentInput.has(binder)) c.commandLine.setChoice = e.reason ?? null;
    if (e.stage === 'restore' || e.stage === 'set' || e.stage === 'mandatory' || e.parameter === undefined) return;
    const p = binder.meta.byName.get(e.parameter.toLowerCase());
    const attempt = toAttempt(e, p);
    const input = this.currentInput.get(binder);
    if (!input || e.stage !== 'pipeline') {
      c.commandLine.attempts.push(attempt);
      return;
    }
    const index = PASSES.findIndex(([name, coercion]) => name === e.pass && coercion === (e.coercion ?? false));
    const pass = input.passes[index];
    if (pass) {
      pass.attempts.push(attempt);
      pass.setsAfter = e.setsAfter;
    }
  }

  commandLineDone(binder: Binder, failure?: unknown): void {
    const c = this.command(binder);
    c.commandLine.setsAfter = binder.validParameterSets;
    c.commandLine.parameterSet = failure === undefined && binder.validParameterSets.length === 1 ? binder.parameterSetName : null;
    c.commandLine.waitingForPipeline = failure === undefined ? waitingForPipeline(binder) : [];
    if (failure !== undefined) c.commandLine.error = { ...errorInfo(failure), hint: commandLineHint(binder, failure) };
  }

  objectStart(binder: Binder, input: unknown): void {
    const c = this.command(binder);
    const sets = binder.validParameterSets;
    const record: InputRecord = {
      index: c.inputs.length + 1,
      type: input === null || input === undefined ? 'null' : typeNameOf(input),
      preview: describeValue(input),
      passes: PASSES.map(([pass, coercion]) => ({ pass, coercion, attempts: [], setsAfter: sets })),
      setsAfter: sets,
      bound: {},
      parameterSet: null,
      error: null,
    };
    c.inputs.push(record);
    this.currentInput.set(binder, record);
    this.lastInput.set(binder, input);
  }

  private readonly lastInput = new Map<Binder, unknown>();

  objectDone(binder: Binder, failure: import('../commands/binder.js').ParameterBindingError | undefined): void {
    const record = this.currentInput.get(binder);
    this.currentInput.delete(binder);
    if (!record) return;
    // A pass that tried nothing leaves the sets as the pass before it left them.
    record.passes.forEach((pass, i) => { if (i > 0 && pass.attempts.length === 0) pass.setsAfter = record.passes[i - 1]!.setsAfter; });
    record.setsAfter = binder.validParameterSets;
    for (const [name, value] of binder.bound) record.bound[name] = describeValue(value);
    if (failure) record.error = { ...errorInfo(failure), hint: hintFor(binder, this.lastInput.get(binder), failure.record.errorId) };
    else record.parameterSet = binder.parameterSetName;
  }

  explanation(): Explanation {
    return { version: EXPLAIN_SCHEMA_VERSION, executed: this.executed, pipelines: this.pipelines.filter((p) => p.commands.length) };
  }
}

function toAttempt(e: BindingTraceEntry, p: ParameterMetadata | undefined): Attempt {
  const parameterType = p?.type ?? 'System.Object';
  const hasArgument = e.argument !== undefined || e.result !== 'skipped' || !e.reason?.startsWith('the object has no property');
  const attempt: Attempt = {
    stage: e.stage,
    parameter: e.parameter!,
    parameterType,
    coercion: e.coercion ?? false,
    among: e.among,
    argument: hasArgument ? describeValue(e.argument, true) : undefined,
    result: e.result === 'info' ? 'skipped' : e.result,
    reason: '',
    value: e.result === 'bound' ? describeValue(e.value, true) : undefined,
    setsBefore: e.setsBefore,
    setsAfter: e.setsAfter,
  };
  if (e.result === 'bound') {
    attempt.reason = e.coercion && attempt.argument !== attempt.value ? `converted: ${attempt.argument} -> ${attempt.value}` : `binds ${attempt.argument} without conversion`;
    const dropped = e.setsBefore.filter((set) => !e.setsAfter.includes(set));
    if (dropped.length && e.setsAfter.length) attempt.reason += `; drops ${dropped.join(', ')} (no ${e.parameter} there)`;
  } else if (e.reason?.startsWith('the object has no property')) {
    attempt.reason = e.reason;
  } else if (e.result === 'skipped' && !e.coercion) {
    attempt.reason = `${friendlyType(e.argument)} is not ${shortTypeName(parameterType)}: needs conversion, so not in this pass`;
  } else {
    // The binder's message names the parameter, which the explanation already shows.
    const why = (e.reason ?? 'no conversion').replace(/^Cannot (process argument transformation on|bind) parameter '[^']+'\. /, '');
    attempt.reason = `${friendlyType(e.argument)} cannot become ${shortTypeName(parameterType)}: ${why}`;
  }
  return attempt;
}

function errorInfo(e: unknown): ErrorInfo {
  if (e instanceof RuntimeError) return { id: e.record.errorId, message: e.message };
  return { id: 'Error', message: e instanceof Error ? e.message : String(e) };
}

/** Mandatory parameters of the remaining sets that the command line left for pipeline input. */
function waitingForPipeline(binder: Binder): string[] {
  const sets = binder.validParameterSets;
  return binder.meta.parameters.filter((p) => !binder.bound.has(p.name) && sets.some((s) => {
    const m = inSet(p, s);
    return m?.mandatory && (m.valueFromPipeline || m.valueFromPipelineByPropertyName);
  })).map((p) => p.name);
}

/** For parameters that share no set: which sets each one belongs to. */
function commandLineHint(binder: Binder, failure: unknown): string | undefined {
  if (!(failure instanceof RuntimeError) || failure.record.errorId !== 'AmbiguousParameterSet') return undefined;
  const given = binder.meta.parameters.filter((p) => binder.bound.has(p.name) && !p.isCommon && !p.sets.has(ALL_SETS));
  if (given.length < 2) return 'several parameter sets remain and none is the default: name a parameter that only one set has.';
  return `${given.map((p) => `-${p.name} is in ${[...p.sets.keys()].join(', ')}`).join('; ')}: no parameter set has all of them, so use them in separate commands.`;
}

/** What a learner can do instead, for an object nothing would bind. */
function hintFor(binder: Binder, input: unknown, errorId: string): string | undefined {
  if (errorId !== 'InputObjectNotBound') return undefined;
  const sets = binder.validParameterSets;
  const takes = (p: ParameterMetadata, byValue: boolean) => sets.some((s) => { const m = inSet(p, s); return m && (byValue ? m.valueFromPipeline : m.valueFromPipelineByPropertyName); });
  const byName = binder.meta.parameters.filter((p) => takes(p, false) && !p.isCommon);
  if (byName.length === 0) return `${binder.commandName} takes no pipeline input by property name; pass the value as an argument instead.`;
  const example = byName.find((p) => /string/i.test(p.type) && !takes(p, true)) ?? byName[0]!;
  const sample = typeof input === 'string' ? input : 'value';
  const names = byName.map((p) => p.name);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]!;
  const has = propertyNamesOf(input);
  return `a ${friendlyType(input)} has no property named ${list}${has.length ? ` (it has: ${has.join(', ')})` : ''}. `
    + `Pipe objects with a ${example.name} property, e.g. [pscustomobject]@{ ${example.name} = '${sample}' }, or pass it by name: ${binder.commandName} -${example.name} ${sample}`;
}

/** The properties a learner would see with Get-Member, for the objects we model. */
function propertyNamesOf(input: unknown): string[] {
  if (typeof input === 'string') return ['Length'];
  if (input instanceof PsObject && !(input instanceof PsHashtable)) return [...input.properties.values()].map((p) => p.name);
  if (input && typeof input === 'object' && 'propertyNames' in input) return (input as { propertyNames(): string[] }).propertyNames();
  return [];
}
