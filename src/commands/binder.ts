/**
 * # The parameter binder (about_Parameters, about_Parameter_Sets, about_Pipelines)
 *
 * One binder for cmdlets and advanced functions, in PowerShell's order:
 * 1. named arguments (exact name or alias, then a unique prefix);
 * 2. positional arguments, in position order, among the parameters of the still-valid sets;
 * 3. parameter-set resolution and the mandatory check (deferred for parameters that pipeline
 *    input can still supply);
 * 4. per pipeline object: restore the command-line state, then ValueFromPipeline without
 *    coercion, ValueFromPipelineByPropertyName without coercion, ValueFromPipeline with coercion,
 *    ValueFromPipelineByPropertyName with coercion; narrow the sets after each pass that bound.
 * Binding one value (conversion, validation, the record and the trace lines) is ParameterBinder's
 * (parameter-binder.ts); this class decides what to try, in which order.
 */
import { toStr } from '../runtime/conversion.js';
import { typeNameOf } from '../runtime/types.js';
import { PsArgumentName, PsSwitch } from '../runtime/values.js';
import { propertyOf } from './argument-conversion.js';
import { pipelineCandidates, positionalGroups, remainingValues } from './binding-order.js';
import { ParameterBindingError, type BinderHost, type BindingTraceEntry, type BindResult, type CommandArgument, type CommandKind } from './binding-record.js';
import { ALL_SETS, inSet, type ParameterMetadata } from './metadata.js';
import { ParameterBinder, REMAINING_LIST_TYPE } from './parameter-binder.js';

const NONE_BOUND: ParameterMetadata[] = [];
const NONE_MISSING: readonly ParameterMetadata[] = [];
/** ValueFromPipeline without coercion, ByPropertyName without, then both with coercion. */
const PIPELINE_PASSES = [[true, false], [false, false], [true, true], [false, true]] as const;
const NOTHING_LEFT: { leftover: CommandArgument[]; firstError?: ParameterBindingError } = { leftover: [] };

/** How many pipeline objects' binding records the trace keeps. */
const KEPT_PIPELINE_OBJECTS = 16;

const NO_SETS = new Set<string>();

export class Binder extends ParameterBinder {
  /** For each kind of pipeline pass, the parameters that can take it, in the order tried (computed once). */
  private pipelineOrder?: { byValue: ParameterMetadata[]; byPropertyName: ParameterMetadata[] };
  /**
   * pwsh's list of unbound parameters, whose order decides the pipeline passes' order: it starts in
   * declaration order, and a parameter the previous object bound goes back in at the end.
   */
  private unboundOrder?: ParameterMetadata[];
  /** The parameters the previous pipeline object bound, in the order they bound. */
  private boundFromPipeline: ParameterMetadata[] = NONE_BOUND;
  private commandLineSets: Set<string> = NO_SETS;
  /** The parameter set chosen, once known. */
  parameterSetName = ALL_SETS;

  protected recorded(entry: BindingTraceEntry): void {
    this.host.listener?.entry(this, entry);
  }

  // ## 1. Named parameters

  /** Resolves `-Comp` to ComputerName: exact name or alias, else a unique prefix. */
  resolveName(name: string): ParameterMetadata {
    const lower = name.toLowerCase();
    const exact = this.meta.byName.get(lower);
    if (exact) return exact;
    const matches = new Map<string, ParameterMetadata>();
    for (const { key, parameter } of this.meta.allNames) if (key.startsWith(lower)) matches.set(parameter.name, parameter);
    if (matches.size === 1) return [...matches.values()][0]!;
    // Several matches: the command's own parameters win over common ones (-C is -ComputerName, not -Confirm).
    const own = [...matches.values()].filter((p) => !p.isCommon);
    if (own.length === 1) return own[0]!;
    if (matches.size > 1) {
      const list = [...matches.keys()].map((n) => ` -${n}`).join('');
      throw this.error('AmbiguousParameter', `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include:${list}.`, name);
    }
    throw this.error('NamedParameterNotFound', `A parameter cannot be found that matches parameter name '${name}'.`, name);
  }

  /** Binds the command line; throws ParameterBindingError on the first failure. */
  bindCommandLine(input: CommandArgument[], expectsPipelineInput: boolean): BindResult {
    const listener = this.host.listener;
    if (!listener) return this.bindCommandLineArguments(input, expectsPipelineInput);
    try {
      const result = this.bindCommandLineArguments(input, expectsPipelineInput);
      listener.commandLineDone(this);
      return result;
    } catch (e) {
      listener.commandLineDone(this, e);
      throw e;
    }
  }

  private bindCommandLineArguments(input: CommandArgument[], expectsPipelineInput: boolean): BindResult {
    const args = this.dropSupersededSplats(input);
    const positional: CommandArgument[] = [];
    const remaining: unknown[] = [];
    const named: { p: ParameterMetadata; value: unknown; arg: CommandArgument; valueExtent?: { start: number; end: number } }[] = [];
    // Pair each `-Name` with its value first (pwsh's ReparseUnboundArguments): a missing argument
    // fails before anything binds; an unknown name fails after the positional arguments.
    let notFound: ParameterBindingError | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg.parameterName === undefined) { positional.push(arg); continue; }
      let p: ParameterMetadata;
      this.currentExtent = arg.nameExtent ?? arg.extent;
      try {
        p = this.resolveName(arg.parameterName);
      } catch (e) {
        if (!(e instanceof ParameterBindingError) || e.record.errorId !== 'NamedParameterNotFound') throw e;
        if (!this.simple && this.hasRemainingArguments()) {
          // A remaining-arguments parameter also collects unknown `-Name` tokens, as text.
          positional.push({ value: arg.parameterText ?? '-' + arg.parameterName, hasValue: true, text: arg.parameterText, extent: arg.extent });
          if (arg.hasValue) positional.push({ value: arg.value, hasValue: true, extent: arg.extent });
          continue;
        }
        if (!this.simple) {
          // The value after an unknown name is not positional: pwsh keeps the pair together.
          notFound ??= e;
          if (!arg.hasValue && args[i + 1] && args[i + 1]!.parameterName === undefined) i++;
          continue;
        }
        // A simple function keeps an unknown parameter, and the value after it, in `$args`.
        remaining.push(new PsArgumentName(arg.parameterText ?? '-' + arg.parameterName));
        if (arg.hasValue) remaining.push(arg.value);
        else if (args[i + 1] && args[i + 1]!.parameterName === undefined) remaining.push(args[++i]!.value);
        continue;
      }
      if (arg.hasValue) named.push({ p, value: arg.value, arg });
      else if (p.isSwitch) named.push({ p, value: new PsSwitch(true), arg });
      else {
        const next = args[i + 1];
        if (!next || next.parameterName !== undefined) {
          throw this.error('MissingArgument', `Missing an argument for parameter '${p.name}'. Specify a parameter of type '${p.type}' and try again.`, p.name);
        }
        named.push({ p, value: next.value, arg, valueExtent: next.extent });
        i++;
      }
    }
    const t = this.simple ? undefined : this.host.tracer;
    const inScope = <T>(text: string, body: () => T): T => (t ? t.scope(text, body) : body());
    const bindNamed = () => {
      for (const { p, value, arg, valueExtent } of named) {
        this.currentExtent = arg.extent;
        if (this.bound.has(p.name)) {
          throw this.error('ParameterAlreadyBound', `Cannot bind parameter because parameter '${p.name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`, p.name);
        }
        if (valueExtent) this.currentExtent = valueExtent;
        this.stage = 'named';
        this.bindParameter(p, value, true);
      }
    };
    if (t) t.scope(`BIND NAMED cmd line args [${this.commandName}]`, bindNamed); else if (named.length) bindNamed();
    const { leftover, firstError } = positional.length || t
      ? inScope(`BIND POSITIONAL cmd line args [${this.commandName}]`, () => this.bindPositional(positional))
      : NOTHING_LEFT;
    if (this.validSets.size === 0) {
      this.currentExtent = undefined;
      throw this.ambiguousParameterSet();
    }
    this.bindLeftover(leftover, firstError, remaining);
    if (notFound) throw notFound;
    this.currentExtent = undefined;
    const check = () => {
      this.resolveCommandLineSets(expectsPipelineInput);
      this.bindDefaults();
    };
    if (t) t.scope(`MANDATORY PARAMETER CHECK on cmdlet [${this.commandName}]`, check); else check();
    // Sets of sets are replaced, never changed: the command line's can be kept as it is.
    this.commandLineSets = this.validSets;
    return { bound: this.bound, remaining };
  }

  private hasRemainingArguments(): boolean {
    return this.meta.parameters.some((p) => [...this.validSets].some((s) => inSet(p, s)?.valueFromRemainingArguments));
  }

  /** A splatted `Name = value` gives way to `-Name` written explicitly on the command line. */
  private dropSupersededSplats(args: CommandArgument[]): CommandArgument[] {
    if (!args.some((a) => a.splatted)) return args;
    const explicit = new Set<string>();
    for (const a of args) {
      if (a.parameterName === undefined || a.splatted) continue;
      try { explicit.add(this.resolveName(a.parameterName).name); } catch { /* reported when bound */ }
    }
    return args.filter((a) => {
      if (!a.splatted || a.parameterName === undefined) return true;
      try { return !explicit.has(this.resolveName(a.parameterName).name); } catch { return true; }
    });
  }

  // ## 2. Positional parameters

  /**
   * Binds positional arguments in position order, as pwsh does: for each position, the default
   * set's parameters without coercion, then every valid set's without coercion, then the same two
   * with coercion. Returns the arguments no parameter took, and the first conversion error met.
   */
  private bindPositional(args: CommandArgument[]): { leftover: CommandArgument[]; firstError?: ParameterBindingError } {
    const leftover: CommandArgument[] = [];
    let firstError: ParameterBindingError | undefined;
    let index = 0;
    for (const group of positionalGroups(this.meta)) {
      if (index >= args.length) break;
      const entries = group.filter((e) => !this.bound.has(e.p.name) && e.sets.some((s) => s === ALL_SETS || this.validSets.has(s)));
      if (entries.length === 0) continue;
      if (entries.length > 1 && entries.some((a, i) => entries.some((b, j) => j > i && [...this.validSets].some((s) => inSet(a.p, s) && inSet(b.p, s))))) {
        throw this.error('AmbiguousPositionalParameterNoName', 'Cannot bind positional parameters because no names were given.', undefined);
      }
      const arg = args[index++]!;
      this.currentExtent = arg.extent;
      // Sets of sets are replaced, never changed: this is the sets as they were before this argument.
      const valid = this.validSets;
      const def = this.positionalDefaultSets(valid);
      const tries: [Set<string>, boolean][] = def ? [[def, false], [valid, false], [def, true], [valid, true]] : [[valid, false], [valid, true]];
      let bound = false;
      for (const [sets, coerce] of tries) {
        this.among = sets === def && !this.simple ? 'default set' : 'all sets';
        for (const { p, sets: memberships } of entries) {
          // pwsh goes on trying the other parameters after one binds; with coercion a second one
          // could bind too and leave no valid set, so those outside the narrowed sets are skipped.
          if (bound && coerce && !memberships.some((m) => m === ALL_SETS || this.validSets.has(m))) continue;
          // Each set the parameter has this position in is one attempt; the first that binds ends them.
          for (const m of memberships) {
            if (m !== ALL_SETS && !sets.has(m)) continue;
            try {
              this.stage = 'positional';
              if (this.bindParameter(p, arg.value, coerce)) { bound = true; break; }
            } catch (e) {
              if (!(e instanceof ParameterBindingError)) throw e;
              // A script parameter's type conversion is an argument transformation, and a
              // validation failure is final; a cmdlet's conversion failure only means "not this one".
              if (e.record.errorId === 'ParameterArgumentTransformationError' || e.record.category === 'InvalidData') throw e;
              firstError ??= e;
            }
          }
        }
        if (bound) break;
      }
      if (!bound) leftover.push(arg);
    }
    this.among = undefined;
    leftover.push(...args.slice(index));
    return { leftover, firstError };
  }

  /** The sets the first and third positional tries use: the default set, or all sets for a simple function. */
  private positionalDefaultSets(valid: Set<string>): Set<string> | undefined {
    if (this.simple) return valid;
    const def = this.meta.defaultParameterSet;
    return def !== undefined && valid.has(def) ? new Set([def]) : undefined;
  }

  /** Arguments left after positional binding go to a remaining-arguments parameter, or to `$args`, or fail. */
  private bindLeftover(leftover: CommandArgument[], firstError: ParameterBindingError | undefined, remaining: unknown[]) {
    if (leftover.length === 0) return;
    const remainder = this.meta.parameters.find((p) => !this.bound.has(p.name) && [...this.validSets].some((s) => inSet(p, s)?.valueFromRemainingArguments));
    if (remainder && !this.simple) {
      const bind = () => {
        this.stage = 'remaining';
        this.bindParameter(remainder, remainingValues(leftover), true, { display: REMAINING_LIST_TYPE, remaining: true });
      };
      const t = this.host.tracer;
      if (t) t.scope(`BIND REMAININGARGUMENTS cmd line args to param: [${remainder.name}]`, bind); else bind();
      return;
    }
    if (this.simple) {
      remaining.push(...leftover.map((a) => a.value));
      return;
    }
    if (firstError) throw firstError;
    const first = leftover[0]!;
    this.currentExtent = first.extent;
    throw this.error('PositionalParameterNotFound', `A positional parameter cannot be found that accepts argument '${first.text ?? toStr(first.value)}'.`, undefined);
  }

  // ## 3. Parameter sets and mandatory parameters

  private missingMandatory(set: string, allowPipeline: boolean): ParameterMetadata[] {
    // Called for every pipeline object: no array is made unless something is missing.
    let missing: ParameterMetadata[] | undefined;
    for (const p of this.meta.parameters) {
      const m = inSet(p, set);
      if (!m?.mandatory || this.bound.has(p.name)) continue;
      if (allowPipeline && (m.valueFromPipeline || m.valueFromPipelineByPropertyName)) continue;
      (missing ??= []).push(p);
    }
    return missing ?? (NONE_MISSING as ParameterMetadata[]);
  }

  private resolveCommandLineSets(expectsPipelineInput: boolean) {
    if (this.meta.setNames.length === 0) {
      const missing = this.missingMandatory(ALL_SETS, expectsPipelineInput);
      if (missing.length) throw this.missingMandatoryError(missing);
      return;
    }
    // Sets whose mandatory parameters the command line (or the pipeline) can still satisfy.
    const satisfiable = [...this.validSets].filter((s) => this.missingMandatory(s, expectsPipelineInput).length === 0);
    let candidates = satisfiable.length ? satisfiable : [...this.validSets];
    const def = this.meta.defaultParameterSet;
    if (expectsPipelineInput) {
      this.validSets = new Set(candidates);
      if (candidates.length === 1) this.parameterSetName = candidates[0]!;
      else if (def && candidates.includes(def)) this.parameterSetName = def;
      return;
    }
    if (candidates.length > 1) {
      if (def && candidates.includes(def)) candidates = [def];
      else if (candidates.length > 1) {
        throw this.ambiguousParameterSet();
      }
    }
    const chosen = candidates[0]!;
    const missing = this.missingMandatory(chosen, false);
    if (missing.length) throw this.missingMandatoryError(missing);
    const before = [...this.validSets];
    this.validSets = new Set([chosen]);
    this.parameterSetName = chosen;
    this.note({ stage: 'set', result: 'info', setsBefore: before, reason: before.length === 1 ? `only ${chosen} remains` : chosen === def ? `${chosen} is the default set` : `only ${chosen} has its mandatory parameters`, detail: `using parameter set [${chosen}]` });
  }

  private missingMandatoryError(missing: ParameterMetadata[]): ParameterBindingError {
    // minipwsh's hosts do not prompt for missing parameters (pwsh -NonInteractive does not either).
    this.host.tracer?.line('PROMPTING for missing mandatory parameters using the host');
    this.host.tracer?.line('ERROR: host does not support prompting for missing mandatory parameters');
    this.note({ stage: 'mandatory', result: 'failed', reason: `missing mandatory parameters: ${missing.map((p) => p.name).join(', ')}`, detail: `MANDATORY PARAMETER CHECK on cmdlet [${this.commandName}]` });
    return this.error('MissingMandatoryParameter', `Cannot process command because of one or more missing mandatory parameters: ${missing.map((p) => p.name).join(' ')}.`, missing[0]!.name);
  }

  // ## 4. Pipeline input

  /** True when some parameter in the valid sets takes pipeline input. */
  takesPipelineInput(): boolean {
    return this.meta.parameters.some((p) => [...this.validSets].some((s) => { const m = inSet(p, s); return m && (m.valueFromPipeline || m.valueFromPipelineByPropertyName); }));
  }

  /**
   * Binds one pipeline object. Returns an error record (InputObjectNotBound and the like) instead
   * of throwing, because such errors are non-terminating: the pipeline goes on.
   */
  bindPipelineObject(input: unknown): ParameterBindingError | undefined {
    // Most commands take their input in one parameter of any type: it binds without the passes.
    if (!this.host.tracer && this.bindsDirectly()) {
      this.bound.set(this.directInput!.name, input === undefined ? null : input);
      return undefined;
    }
    const listener = this.host.listener;
    if (!listener) return this.bindPipelineObjectTraced(input);
    listener.objectStart(this, input);
    const failure = this.bindPipelineObjectTraced(input);
    listener.objectDone(this, failure);
    return failure;
  }

  private bindPipelineObjectTraced(input: unknown): ParameterBindingError | undefined {
    const t = this.host.tracer;
    if (!t) return this.bindPipelineObjectQuietly(input);
    const failure = t.scope(`BIND PIPELINE object to parameters: [${this.commandName}]`, () => this.bindPipelineObjectQuietly(input));
    if (!failure || failure.record.errorId === 'InputObjectMissingMandatory') t.line(`MANDATORY PARAMETER CHECK on cmdlet [${this.commandName}]`);
    return failure;
  }

  private bindPipelineObjectQuietly(input: unknown): ParameterBindingError | undefined {
    this.currentExtent = undefined;
    // Back to the command line's state: only what the previous object bound is unbound again.
    for (const p of this.boundFromPipeline) this.bound.delete(p.name);
    this.validSets = this.commandLineSets;
    if (this.keepRecord) {
      if (this.objectRecords.length === KEPT_PIPELINE_OBJECTS) this.objectRecords.shift();
      this.currentRecord = [];
      this.objectRecords.push(this.currentRecord);
    }
    this.restorePipelineParameters();
    const t = this.host.tracer;
    t?.line(`PIPELINE object TYPE = [${input === null || input === undefined ? 'null' : typeNameOf(input)}]`);
    t?.line('RESTORING pipeline parameter\'s original values');
    if (this.keepRecord) this.note({ stage: 'restore', result: 'info', detail: 'RESTORING pipeline parameter\'s original values' });
    let boundAny = false;
    try {
      for (const [byValue, coerce] of PIPELINE_PASSES) {
        if (this.pipelinePass(input, byValue, coerce)) boundAny = true;
      }
    } catch (e) {
      if (e instanceof ParameterBindingError) return e;
      throw e;
    }
    if (!boundAny) {
      return this.error('InputObjectNotBound', 'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.', undefined);
    }
    const sets = this.list(this.validSets);
    let chosen = sets[0] ?? ALL_SETS;
    if (sets.length > 1) {
      const withMandatory = sets.filter((s) => this.missingMandatory(s, false).length === 0);
      const def = this.meta.defaultParameterSet;
      if (def && withMandatory.includes(def)) chosen = def;
      else if (withMandatory.length === 1) chosen = withMandatory[0]!;
      else if (def && sets.includes(def)) chosen = def;
      else return this.ambiguousParameterSet();
    }
    const missing = this.missingMandatory(chosen, false);
    if (missing.length) {
      // pwsh's text has two spaces here: each missing name is appended as " Name" after ": ".
      return this.error('InputObjectMissingMandatory', `The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: ${missing.map((p) => ' ' + p.name).join('')}`, undefined);
    }
    this.parameterSetName = chosen;
    return undefined;
  }

  /**
   * Whether every pipeline object binds to one parameter unchanged (findDirectInput), with nothing
   * to record: bindPipelineObject would only set that parameter.
   */
  bindsDirectly(): boolean {
    if (this.keepRecord) return false;
    const fast = this.directInput === undefined ? (this.directInput = this.findDirectInput()) : this.directInput;
    return fast !== null;
  }

  /** The parameter every pipeline object binds to directly, when the passes could not decide otherwise. */
  private directInput?: ParameterMetadata | null;

  /**
   * The one parameter that takes pipeline input, if the passes would always bind the object to it
   * unchanged: by value only, of type object or PSObject, without validation, not mandatory, in the
   * one parameter set the command line chose, which needs nothing else from the pipeline.
   */
  private findDirectInput(): ParameterMetadata | null {
    // With several sets left, an input parameter in all of them narrows nothing: the default set wins.
    const def = this.meta.defaultParameterSet;
    const set = this.commandLineSets.size === 1 ? [...this.commandLineSets][0]! : def !== undefined && this.commandLineSets.has(def) ? def : undefined;
    if (set === undefined) return null;
    const several = this.commandLineSets.size > 1;
    let found: ParameterMetadata | null = null;
    for (const p of this.meta.parameters) {
      const m = inSet(p, set);
      if (!m || !(m.valueFromPipeline || m.valueFromPipelineByPropertyName)) continue;
      if (found || this.bound.has(p.name)) return null;
      if (m.valueFromPipelineByPropertyName || (m.mandatory && !(p.allowNull && p.allowEmptyCollection)) || p.validations.length) return null;
      if (p.type !== 'System.Object' && p.type !== 'System.Management.Automation.PSObject') return null;
      if (several && !p.sets.has(ALL_SETS)) return null;
      found = p;
    }
    if (!found || this.missingMandatory(set, false).some((p) => p !== found)) return null;
    this.parameterSetName = set;
    return found;
  }

  /** The previous object's pipeline-bound parameters rejoin the unbound list at its end. */
  private restorePipelineParameters() {
    if (this.boundFromPipeline.length === 0 || !this.unboundOrder) return;
    const order = this.unboundOrder;
    const moved = this.boundFromPipeline;
    // Usually the same parameters bind every time and already end the list: nothing moves.
    const tail = order.length - moved.length;
    if (moved.some((p, i) => order[tail + i] !== p)) {
      for (const p of moved) {
        order.splice(order.indexOf(p), 1);
        order.push(p);
      }
      this.pipelineOrder = undefined;
    }
    this.boundFromPipeline.length = 0;
  }

  private pipelinePass(input: unknown, byValue: boolean, coerce: boolean): boolean {
    let boundSomething = false;
    const def = this.meta.defaultParameterSet;
    // PowerShell walks the unbound parameters in reverse declaration order, the default set's first.
    this.unboundOrder ??= [...this.meta.parameters];
    this.pipelineOrder ??= pipelineCandidates(this.unboundOrder, def);
    // The candidate sets stay as they were when the pass began; they narrow after it.
    const passSets = this.validSets;
    for (const p of byValue ? this.pipelineOrder.byValue : this.pipelineOrder.byPropertyName) {
      if (this.bound.has(p.name)) continue;
      let takes = false;
      const everywhere = p.sets.size === 1 ? p.sets.get(ALL_SETS) : undefined;
      if (everywhere) takes = byValue ? everywhere.valueFromPipeline : everywhere.valueFromPipelineByPropertyName;
      else {
        for (const set of passSets) {
          const m = inSet(p, set);
          if (m && (byValue ? m.valueFromPipeline : m.valueFromPipelineByPropertyName)) { takes = true; break; }
        }
      }
      if (!takes) continue;
      const pass = byValue ? 'ValueFromPipeline' : 'ValueFromPipelineByPropertyName';
      const label = `Parameter [${p.name}] PIPELINE INPUT ${pass} ${coerce ? 'WITH COERCION' : 'NO COERCION'}`;
      this.host.tracer?.line(label);
      let value: unknown;
      if (byValue) value = input;
      else {
        const found = propertyOf(input, p);
        if (!found.found) {
          this.note({ stage: 'pipeline', parameter: p.name, pass, coercion: coerce, result: 'skipped', reason: `the object has no property named ${[p.name, ...p.aliases].join(' or ')}`, detail: label });
          continue;
        }
        value = found.value;
      }
      // A parameter of a set that an earlier bind in this pass ruled out cannot bind any more.
      if (boundSomething && ![...p.sets.keys()].some((s) => s === ALL_SETS || this.validSets.has(s))) continue;
      this.stage = 'pipeline';
      this.pass = { pass, coercion: coerce, argument: value };
      try {
        if (this.bindParameter(p, value, coerce)) {
          boundSomething = true;
          if (this.boundFromPipeline === NONE_BOUND) this.boundFromPipeline = [];
          this.boundFromPipeline.push(p);
        }
      } catch (e) {
        // A conversion failure inside a pass is skipped, so a later pass may still bind; but a
        // property named like a script parameter whose value fails to parse is reported for
        // this object (checked against pwsh: ByValue failures stay silent). Validation failures
        // are reported.
        if (!(e instanceof ParameterBindingError) || e.inner === undefined) throw e;
        if (!byValue && e.record.errorId === 'ParameterArgumentTransformationError' && !e.castFailure) throw e;
        const last = this.currentRecord.at(-1);
        if (last?.result === 'failed' && last.parameter === p.name) last.result = 'skipped';
      } finally {
        this.pass = undefined;
      }
    }
    return boundSomething;
  }

}

export { typeNameOf };
export { ParameterBindingError };
export type { BinderHost, BindingTraceEntry, BindResult, CommandArgument, CommandKind };
