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
 * Every decision is appended to `trace`, which Trace-Command and the explainer read.
 */
import { RuntimeError } from '../runtime/errors.js';
import { convertToResolved, toStr } from '../runtime/conversion.js';
import { isInstanceOf, typeNameOf } from '../runtime/types.js';
import { PsArgumentName, PsErrorRecord, PsException, PsHashtable, PsSwitch, TypedNumber, type ErrorCategory } from '../runtime/values.js';
import { ALL_SETS, inSet, type CommandMetadata, type ParameterMetadata } from './metadata.js';
import { validateArgument } from './validation.js';
import { getProperty, NOT_FOUND } from '../runtime/members.js';

/** One argument as the command line gave it. */
export interface CommandArgument {
  /** Set for `-Name` (and `-Name:value`). */
  parameterName?: string;
  /** The text as written, `-Name` or `-Name:`. */
  parameterText?: string;
  /** Set for `-Name:value` and for positional values. */
  value?: unknown;
  hasValue: boolean;
  /** True for a value written as a bare word or literal, shown as written in errors. */
  text?: string;
  /** Where the argument stands in the script: errors point at it. */
  extent?: { start: number; end: number };
  /** For a named argument, the extent of `-Name` alone. */
  nameExtent?: { start: number; end: number };
  /** From `@hashtable`: a parameter also named explicitly takes the explicit value. */
  splatted?: boolean;
}

/**
 * One step of binding, as the explainer and Trace-Command read it. `setsBefore`/`setsAfter` are
 * the candidate parameter sets around the step; `detail` is PowerShell's trace text for it.
 */
export interface BindingTraceEntry {
  stage: 'named' | 'positional' | 'remaining' | 'mandatory' | 'pipeline' | 'set' | 'restore';
  parameter?: string;
  /** The value tried, before conversion. */
  argument?: unknown;
  /** For pipeline steps: which attribute let the parameter take the object. */
  pass?: 'ValueFromPipeline' | 'ValueFromPipelineByPropertyName';
  coercion?: boolean;
  result: 'bound' | 'skipped' | 'failed' | 'info';
  /** Why a step was skipped or failed, or how a set was chosen, in plain words. */
  reason?: string;
  setsBefore: string[];
  setsAfter: string[];
  detail: string;
}

export class ParameterBindingError extends RuntimeError {
  /** Set when a script parameter's conversion failed for want of any conversion (not a parse error). */
  castFailure = false;
  /** `idSuffix` is what follows the comma in the FullyQualifiedErrorId: the function's name, or a cmdlet's .NET type. */
  constructor(message: string, errorId: string, commandName: string, readonly parameterName?: string, category: ErrorCategory = 'InvalidArgument', idSuffix = commandName) {
    super(new PsErrorRecord(new PsException('System.Management.Automation.ParameterBindingException', message), errorId, category, null, undefined, idSuffix));
    this.record.activity = commandName;
  }
}

export type CommandKind = 'cmdlet' | 'function';

/** Services the binder needs from the runtime: running ValidateScript blocks. */
export interface BinderHost {
  runValidateScript(script: unknown, value: unknown): boolean;
}

export interface BindResult {
  bound: Map<string, unknown>;
  /** Arguments a simple function leaves for `$args`. */
  remaining: unknown[];
}

/**
 * The parameters that take pipeline input by value and by property name, in the order pwsh tries
 * them: reverse declaration order, the default set's parameters first.
 */
function pipelineCandidates(parameters: ParameterMetadata[], defaultSet: string | undefined) {
  const inDefault = (p: ParameterMetadata) => Number(defaultSet !== undefined && p.sets.has(defaultSet));
  const ordered = [...parameters].reverse().sort((a, b) => inDefault(b) - inDefault(a));
  const memberships = (p: ParameterMetadata) => [...p.sets.values()];
  return {
    byValue: ordered.filter((p) => memberships(p).some((m) => m.valueFromPipeline)),
    byPropertyName: ordered.filter((p) => memberships(p).some((m) => m.valueFromPipelineByPropertyName)),
  };
}

/** How many pipeline objects' binding records the trace keeps. */
const KEPT_PIPELINE_OBJECTS = 16;

export class Binder {
  readonly bound = new Map<string, unknown>();
  /**
   * The binding record: the command line's decisions, then those of the most recent pipeline
   * objects (older objects' entries are dropped so that a long pipeline does not grow it).
   */
  readonly trace: BindingTraceEntry[] = [];
  /** Where each kept pipeline object's entries begin in `trace`. */
  private objectStarts: number[] = [];
  /** For each kind of pipeline pass, the parameters that can take it, in the order tried (computed once). */
  private pipelineOrder?: { byValue: ParameterMetadata[]; byPropertyName: ParameterMetadata[] };
  private validSets: Set<string>;
  private commandLineBound = new Map<string, unknown>();
  private commandLineSets = new Set<string>();
  /** The parameter set chosen, once known. */
  parameterSetName = ALL_SETS;

  constructor(
    readonly meta: CommandMetadata,
    readonly commandName: string,
    readonly kind: CommandKind,
    private readonly host: BinderHost,
    /** A simple function: unknown and extra arguments go to `$args` instead of failing. */
    readonly simple = false,
    /** For a cmdlet, its .NET type, which error ids name (`...,Microsoft.PowerShell.Commands.WriteOutputCommand`). */
    private readonly idSuffix?: string,
  ) {
    this.validSets = new Set(meta.setNames.length ? meta.setNames : [ALL_SETS]);
  }

  /** The argument being bound, so that an error can point at it. */
  private currentExtent?: { start: number; end: number };
  /** The stage now binding, for the record of each bound value. */
  private stage: BindingTraceEntry['stage'] = 'named';

  private note(entry: Omit<BindingTraceEntry, 'setsBefore' | 'setsAfter'> & { setsBefore?: string[] }) {
    const sets = [...this.validSets];
    this.trace.push({ ...entry, setsBefore: entry.setsBefore ?? sets, setsAfter: sets });
  }

  private error(id: string, message: string, parameter?: string, category: ErrorCategory = 'InvalidArgument'): ParameterBindingError {
    const e = new ParameterBindingError(message, id, this.commandName, parameter, category, this.idSuffix ?? this.commandName);
    if (this.currentExtent) e.extent = this.currentExtent;
    return e;
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
    const args = this.dropSupersededSplats(input);
    const positional: CommandArgument[] = [];
    const remaining: unknown[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg.parameterName === undefined) { positional.push(arg); continue; }
      let p: ParameterMetadata;
      this.currentExtent = arg.nameExtent ?? arg.extent;
      try {
        p = this.resolveName(arg.parameterName);
      } catch (e) {
        if (e instanceof ParameterBindingError && e.record.errorId === 'NamedParameterNotFound' && !this.simple && this.hasRemainingArguments()) {
          // A remaining-arguments parameter also collects unknown `-Name` tokens, as text.
          positional.push({ value: arg.parameterText ?? '-' + arg.parameterName, hasValue: true, text: arg.parameterText, extent: arg.extent });
          if (arg.hasValue) positional.push({ value: arg.value, hasValue: true, extent: arg.extent });
          continue;
        }
        if (!this.simple || !(e instanceof ParameterBindingError) || e.record.errorId !== 'NamedParameterNotFound') throw e;
        // A simple function keeps an unknown parameter, and the value after it, in `$args`.
        remaining.push(new PsArgumentName(arg.parameterText ?? '-' + arg.parameterName));
        if (arg.hasValue) remaining.push(arg.value);
        else if (args[i + 1] && args[i + 1]!.parameterName === undefined) remaining.push(args[++i]!.value);
        continue;
      }
      this.currentExtent = arg.extent;
      if (this.bound.has(p.name)) {
        throw this.error('ParameterAlreadyBound', `Cannot bind parameter because parameter '${p.name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`, p.name);
      }
      let value: unknown;
      if (arg.hasValue) value = arg.value;
      else if (p.isSwitch) value = new PsSwitch(true);
      else {
        const next = args[i + 1];
        if (!next || next.parameterName !== undefined) {
          throw this.error('MissingArgument', `Missing an argument for parameter '${p.name}'. Specify a parameter of type '${p.type}' and try again.`, p.name);
        }
        value = next.value;
        this.currentExtent = next.extent;
        i++;
      }
      this.stage = 'named';
      this.bindValue(p, value, true);
    }
    this.bindPositional(positional, remaining);
    this.currentExtent = undefined;
    this.resolveCommandLineSets(expectsPipelineInput);
    this.commandLineBound = new Map(this.bound);
    this.commandLineSets = new Set(this.validSets);
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

  private bindPositional(args: CommandArgument[], remaining: unknown[]) {
    if (args.length === 0) return;
    let index = 0;
    for (const group of this.positionalGroups()) {
      if (index >= args.length) break;
      const arg = args[index]!;
      this.currentExtent = arg.extent;
      const candidates = group.filter((p) => !this.bound.has(p.name));
      if (candidates.length === 0) continue;
      if (candidates.some((p, i) => candidates.some((q, j) => j > i && [...this.validSets].some((s) => inSet(p, s) && inSet(q, s))))) {
        throw this.error('AmbiguousPositionalParameterNoName', 'Cannot bind positional parameters because no names were given.', undefined);
      }
      // Several parameters may share a position in different sets: the first that accepts the
      // argument wins (the default set's parameter is tried first).
      let firstError: unknown;
      let bound = false;
      // Try first the parameters whose type the argument already has, then the others with
      // conversion: a script block goes to -FilterScript before -Property takes it as a string.
      const exact = candidates.filter((p) => this.matchesWithoutCoercion(p, arg.value));
      const ordered = [...exact, ...candidates.filter((p) => !exact.includes(p))];
      for (const p of ordered) {
        try {
          if ([...this.validSets].some((s) => inSet(p, s)?.valueFromRemainingArguments)) {
            // A remaining-arguments parameter takes every positional argument from here on, as a list.
            const rest = remainingValues(args.slice(index));
            this.stage = 'remaining';
            this.bindValue(p, rest, true);
            index = args.length;
          } else {
            this.stage = 'positional';
            this.bindValue(p, arg.value, true);
            index++;
          }
          bound = true;
          break;
        } catch (e) {
          if (!(e instanceof ParameterBindingError)) throw e;
          // A script parameter's type conversion is an argument transformation: its failure is
          // final. A cmdlet's conversion failure only means "try the next parameter".
          if (e.record.errorId === 'ParameterArgumentTransformationError' || e.record.category === 'InvalidData') throw e;
          this.note({ stage: 'positional', parameter: p.name, argument: arg.value, coercion: true, result: 'skipped', reason: e.message, detail: `BIND arg [${toStr(arg.value)}] to param [${p.name}] SKIPPED` });
          firstError ??= e;
        }
      }
      if (!bound) throw firstError;
    }
    const rest = args.slice(index);
    if (rest.length === 0) return;
    const remainder = this.meta.parameters.find((p) => !this.bound.has(p.name) && [...this.validSets].some((s) => inSet(p, s)?.valueFromRemainingArguments));
    if (remainder) {
      this.stage = 'remaining';
      this.bindValue(remainder, remainingValues(rest), true);
      return;
    }
    if (this.simple) {
      remaining.push(...rest.map((a) => a.value));
      return;
    }
    const first = rest[0]!;
    this.currentExtent = first.extent;
    throw this.error('PositionalParameterNotFound', `A positional parameter cannot be found that accepts argument '${first.text ?? toStr(first.value)}'.`, undefined);
  }

  /** Positional parameters of the valid sets, grouped by position, default set first. */
  private positionalGroups(): ParameterMetadata[][] {
    const byPosition = new Map<number, ParameterMetadata[]>();
    for (const p of this.positionalCandidates()) {
      let best: number | undefined;
      for (const s of this.validSets) {
        const m = inSet(p, s);
        if (m?.position !== undefined && (best === undefined || m.position < best)) best = m.position;
      }
      const list = byPosition.get(best!) ?? [];
      list.push(p);
      byPosition.set(best!, list);
    }
    const def = this.meta.defaultParameterSet;
    return [...byPosition.entries()].sort((a, b) => a[0] - b[0]).map(([, ps]) =>
      ps.sort((a, b) => Number(def !== undefined && b.sets.has(def)) - Number(def !== undefined && a.sets.has(def))));
  }

  /** Parameters that take positional arguments in the valid sets, by position. */
  private positionalCandidates(): ParameterMetadata[] {
    const withPosition: { p: ParameterMetadata; position: number }[] = [];
    for (const p of this.meta.parameters) {
      let best: number | undefined;
      for (const s of this.validSets) {
        const m = inSet(p, s);
        if (m?.position !== undefined && (best === undefined || m.position < best)) best = m.position;
      }
      if (best !== undefined) withPosition.push({ p, position: best });
    }
    withPosition.sort((a, b) => a.position - b.position);
    return withPosition.map((x) => x.p);
  }

  // ## Converting, validating and recording one value

  /** Converts without coercion: the value must already be of the parameter's type. */
  private matchesWithoutCoercion(p: ParameterMetadata, value: unknown): boolean {
    const t = p.type.toLowerCase();
    if (t === 'system.object' || t === 'system.management.automation.psobject') return true;
    if (value === null || value === undefined) return false;
    if (t.endsWith('[]')) {
      const element = t.slice(0, -2);
      if (element === 'system.object') return true;
      if (Array.isArray(value)) return value.every((v) => isInstanceOf(v, element));
      return isInstanceOf(value, element);
    }
    return isInstanceOf(value, p.type);
  }

  private convert(p: ParameterMetadata, value: unknown): unknown {
    const t = p.type.toLowerCase();
    if (t === 'system.object') return value === undefined ? null : value;
    if (p.isSwitch) {
      if (value instanceof PsSwitch) return value;
      return new PsSwitch(value !== null && value !== undefined && value !== false && value !== 0 && !(value instanceof PsSwitch && !value.isPresent));
    }
    try {
      // Advanced functions and cmdlets refuse strings for [bool]; simple functions convert them.
      if (!this.simple && (t === 'system.boolean' || t === 'system.boolean[]')) checkBooleanArgument(value);
      // A compiled parameter refuses $null for a value type; a script parameter converts it (0, '').
      const compiled = this.kind === 'cmdlet' || p.isCommon;
      if ((value === null || value === undefined) && !t.endsWith('[]') && t !== 'system.string' && t !== 'system.boolean') {
        if (p.allowNull || !compiled) return value === undefined ? null : convertNullForScript(p.type);
        if (/^system\.(int|uint|double|decimal|byte|sbyte|single|int16|uint16|int64|uint64|guid|datetime|char)/.test(t)) {
          throw new Error(`Cannot convert null to type "${p.type}".`);
        }
        return null;
      }
      // A cmdlet binds a collection parameter element by element, so errors name the element type.
      if (compiled && t.endsWith('[]') && !Array.isArray(value)) {
        const element = convertToResolved(value, p.type.slice(0, -2));
        return convertToResolved([element], p.type);
      }
      return convertToResolved(value, p.type);
    } catch (e) {
      const inner = e instanceof RuntimeError || e instanceof Error ? e.message : String(e);
      if (this.kind === 'cmdlet' || p.isCommon) {
        throw this.error('CannotConvertArgumentNoMessage', `Cannot bind parameter '${p.name}'. ${inner}`, p.name);
      }
      const error = this.error('ParameterArgumentTransformationError', `Cannot process argument transformation on parameter '${p.name}'. ${inner}`, p.name, 'InvalidData');
      // "No conversion exists" is a cast failure; a value that failed to parse is a real error.
      error.castFailure = e instanceof RuntimeError && e.record.errorId === 'ConvertToFinalInvalidCastException';
      throw error;
    }
  }

  /** The pipeline pass that is binding, for the record. */
  private pass?: { pass: BindingTraceEntry['pass']; coercion: boolean; argument: unknown };

  private bindValue(p: ParameterMetadata, value: unknown, coerce: boolean): void {
    const setsBefore = [...this.validSets];
    const argument = this.pass ? this.pass.argument : value;
    try {
      const converted = coerce ? this.convert(p, value) : value;
      this.checkMandatoryValue(p, converted);
      const failure = validateArgument(p, converted, this.host);
      if (failure) throw this.error(failure.id, failure.message, p.name, 'InvalidData');
      this.bound.set(p.name, converted);
      this.narrowSets(p);
      this.note({
        stage: this.stage, parameter: p.name, argument, pass: this.pass?.pass, coercion: this.pass?.coercion ?? coerce, result: 'bound',
        setsBefore, detail: `BIND arg [${toStr(argument)}] to param [${p.name}] SUCCESSFUL`,
      });
    } catch (e) {
      this.note({ stage: this.stage, parameter: p.name, argument, result: 'failed', reason: e instanceof Error ? e.message : String(e), setsBefore, detail: `BIND arg [${toStr(argument)}] to parameter [${p.name}]` });
      throw e;
    }
  }

  /** A mandatory parameter refuses null, '' and empty arrays unless an Allow* attribute permits them. */
  private checkMandatoryValue(p: ParameterMetadata, value: unknown) {
    const mandatory = [...this.validSets].some((s) => inSet(p, s)?.mandatory);
    if (!mandatory || p.isSwitch) return;
    if ((value === null || value === undefined) && !p.allowNull) {
      throw this.error('ParameterArgumentValidationErrorNullNotAllowed', `Cannot bind argument to parameter '${p.name}' because it is null.`, p.name);
    }
    if (value === '' && !p.allowEmptyString && !p.allowNull) {
      throw this.error('ParameterArgumentValidationErrorEmptyStringNotAllowed', `Cannot bind argument to parameter '${p.name}' because it is an empty string.`, p.name);
    }
    if (Array.isArray(value) && value.length === 0 && !p.allowEmptyCollection) {
      throw this.error('ParameterArgumentValidationErrorEmptyArrayNotAllowed', `Cannot bind argument to parameter '${p.name}' because it is an empty array.`, p.name);
    }
  }

  private narrowSets(p: ParameterMetadata) {
    if (p.sets.has(ALL_SETS)) return;
    const next = new Set([...this.validSets].filter((s) => p.sets.has(s)));
    if (next.size === 0 && this.meta.setNames.length > 0) {
      throw this.error('AmbiguousParameterSet', 'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.', undefined);
    }
    this.validSets = next;
  }

  // ## 3. Parameter sets and mandatory parameters

  private missingMandatory(set: string, allowPipeline: boolean): ParameterMetadata[] {
    return this.meta.parameters.filter((p) => {
      const m = inSet(p, set);
      if (!m?.mandatory || this.bound.has(p.name)) return false;
      if (allowPipeline && (m.valueFromPipeline || m.valueFromPipelineByPropertyName)) return false;
      return true;
    });
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
        throw this.error('AmbiguousParameterSet', 'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.', undefined);
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
    this.currentExtent = undefined;
    this.bound.clear();
    for (const [k, v] of this.commandLineBound) this.bound.set(k, v);
    this.validSets = new Set(this.commandLineSets);
    if (this.objectStarts.length === KEPT_PIPELINE_OBJECTS) {
      const [oldest, next] = this.objectStarts;
      this.trace.splice(oldest!, next! - oldest!);
      this.objectStarts = this.objectStarts.slice(1).map((i) => i - (next! - oldest!));
    }
    this.objectStarts.push(this.trace.length);
    this.note({ stage: 'restore', result: 'info', detail: 'RESTORING pipeline parameter\'s original values' });
    let boundAny = false;
    try {
      for (const [byValue, coerce] of [[true, false], [false, false], [true, true], [false, true]] as const) {
        if (this.pipelinePass(input, byValue, coerce)) boundAny = true;
      }
    } catch (e) {
      if (e instanceof ParameterBindingError) return e;
      throw e;
    }
    if (!boundAny) {
      return this.error('InputObjectNotBound', 'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.', undefined);
    }
    const sets = [...this.validSets];
    let chosen = sets[0] ?? ALL_SETS;
    if (sets.length > 1) {
      const withMandatory = sets.filter((s) => this.missingMandatory(s, false).length === 0);
      const def = this.meta.defaultParameterSet;
      if (def && withMandatory.includes(def)) chosen = def;
      else if (withMandatory.length === 1) chosen = withMandatory[0]!;
      else if (def && sets.includes(def)) chosen = def;
      else return this.error('AmbiguousParameterSet', 'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.', undefined);
    }
    const missing = this.missingMandatory(chosen, false);
    if (missing.length) {
      // pwsh's text has two spaces here: each missing name is appended as " Name" after ": ".
      return this.error('InputObjectMissingMandatory', `The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: ${missing.map((p) => ' ' + p.name).join('')}`, undefined);
    }
    this.parameterSetName = chosen;
    return undefined;
  }

  private pipelinePass(input: unknown, byValue: boolean, coerce: boolean): boolean {
    let boundSomething = false;
    const def = this.meta.defaultParameterSet;
    // PowerShell walks the unbound parameters in reverse declaration order, the default set's first.
    this.pipelineOrder ??= pipelineCandidates(this.meta.parameters, def);
    for (const p of byValue ? this.pipelineOrder.byValue : this.pipelineOrder.byPropertyName) {
      if (this.bound.has(p.name)) continue;
      let takes = false;
      for (const set of this.validSets) {
        const m = inSet(p, set);
        if (m && (byValue ? m.valueFromPipeline : m.valueFromPipelineByPropertyName)) { takes = true; break; }
      }
      if (!takes) continue;
      const pass = byValue ? 'ValueFromPipeline' : 'ValueFromPipelineByPropertyName';
      const label = `Parameter [${p.name}] PIPELINE INPUT ${pass} ${coerce ? 'WITH COERCION' : 'NO COERCION'}`;
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
      if (!coerce && !this.matchesWithoutCoercion(p, value)) {
        this.note({ stage: 'pipeline', parameter: p.name, argument: value, pass, coercion: false, result: 'skipped', reason: `a ${typeNameOf(value)} is not a ${p.type} without conversion`, detail: label });
        continue;
      }
      let converted: unknown;
      try {
        // Without coercion the value already has the right type, but a collection parameter
        // still receives it as an array.
        converted = coerce || p.type.endsWith('[]') ? this.convert(p, value) : value;
      } catch (e) {
        // A conversion failure inside a pass is skipped, so a later pass may still bind; but a
        // property named like a script parameter whose value fails to parse is reported for
        // this object (checked against pwsh: ByValue failures stay silent).
        const reason = e instanceof Error ? e.message : String(e);
        if (!byValue && e instanceof ParameterBindingError && e.record.errorId === 'ParameterArgumentTransformationError' && !e.castFailure) {
          this.note({ stage: 'pipeline', parameter: p.name, argument: value, pass, coercion: coerce, result: 'failed', reason, detail: label });
          throw e;
        }
        this.note({ stage: 'pipeline', parameter: p.name, argument: value, pass, coercion: coerce, result: 'skipped', reason, detail: label });
        continue;
      }
      this.stage = 'pipeline';
      this.pass = { pass, coercion: coerce, argument: value };
      this.bindValue(p, converted, false);
      this.pass = undefined;
      boundSomething = true;
    }
    return boundSomething;
  }

  get validParameterSets(): string[] { return [...this.validSets]; }
}

/** What a script parameter's type makes of $null: 0 for numbers, '' for strings, $null otherwise. */
function convertNullForScript(type: string): unknown {
  try {
    return /^system\.(int|uint|double|decimal|byte|sbyte|single|int16|uint16|int64|uint64|char|boolean)/i.test(type) ? convertToResolved(null, type) : null;
  } catch {
    return null;
  }
}

/** A [bool] parameter takes only booleans and numbers: `-Flag 'false'` is an error, not True. */
function checkBooleanArgument(value: unknown) {
  for (const v of Array.isArray(value) ? value : [value]) {
    if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'number' || v instanceof PsSwitch || v instanceof TypedNumber) continue;
    throw new Error(`Cannot convert value "${typeNameOf(v)}" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`);
  }
}

/** Remaining arguments as one list; a single array argument is that list (`f 1,2,3` = `f 1 2 3`). */
function remainingValues(args: CommandArgument[]): unknown[] {
  if (args.length === 1 && Array.isArray(args[0]!.value)) return args[0]!.value as unknown[];
  return args.map((a) => a.value);
}

/** The value of a property named like the parameter (or one of its aliases). */
function propertyOf(input: unknown, p: ParameterMetadata): { found: boolean; value?: unknown } {
  // Numbers and booleans have no properties to bind (their intrinsic Count/Length do not count).
  if (input instanceof PsHashtable || input === null || input === undefined || typeof input === 'number' || typeof input === 'boolean') return { found: false };
  for (const n of [p.name, ...p.aliases]) {
    const v = getProperty(input, n);
    if (v !== NOT_FOUND) return { found: true, value: v };
  }
  return { found: false };
}

export { typeNameOf };
