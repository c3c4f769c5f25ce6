/**
 * # Binding one value to one parameter
 *
 * What PowerShell's BindParameter does for each attempt the binding algorithm (binder.ts) makes:
 * a script parameter's type converter, coercion or the check that none is needed, validation, the
 * mandatory checks on $null and empties, then the bind and the narrowing of the parameter sets.
 * Each attempt is written to the record the explainer reads and, while a trace is on, as pwsh's
 * Trace-Command lines.
 */
import { toStr } from '../runtime/conversion.js';
import { isInstanceOf, typeNameOf } from '../runtime/types.js';
import type { ErrorCategory } from '../runtime/values.js';
import { ArgumentConversionFailure, convertArgument, matchesWithoutCoercion } from './argument-conversion.js';
import { ParameterBindingError, type BinderHost, type BindingTraceEntry, type CommandKind } from './binding-record.js';
import { traceEncodeCollection, traceValue, type BindingTracer } from './binding-tracer.js';
import { ALL_SETS, inSet, type CommandMetadata, type ParameterMetadata } from './metadata.js';
import { traceCoercion } from './traced-coercion.js';
import { validateArgument } from './validation.js';

const PSOBJECT_TYPE = 'System.Management.Automation.PSObject';
/** Remaining arguments reach their parameter as a List<object>, which traces name. */
export const REMAINING_LIST_TYPE = 'System.Collections.Generic.List`1[System.Object]';
const TYPE_CONVERTER_SCOPE = 'Executing DATA GENERATION metadata: [System.Management.Automation.ArgumentTypeConverterAttribute]';

const initialSetsCache = new WeakMap<CommandMetadata, ReadonlySet<string>>();

/** Every set of a command, shared: the binder replaces its set of sets, never changes one. */
function initialSets(meta: CommandMetadata): Set<string> {
  let sets = initialSetsCache.get(meta);
  if (!sets) initialSetsCache.set(meta, sets = new Set(meta.setNames.length ? meta.setNames : [ALL_SETS]));
  return sets as Set<string>;
}

export abstract class ParameterBinder {
  readonly bound = new Map<string, unknown>();
  /** The command line's decisions, then those of the most recent pipeline objects, one list each. */
  protected readonly commandLineRecord: BindingTraceEntry[] = [];
  protected objectRecords: BindingTraceEntry[][] = [];
  protected currentRecord = this.commandLineRecord;

  /**
   * The binding record: the command line's decisions, then those of the most recent pipeline
   * objects (older objects' entries are dropped so that a long pipeline does not grow it).
   */
  get trace(): BindingTraceEntry[] {
    return this.commandLineRecord.concat(...this.objectRecords);
  }

  protected validSets: Set<string>;
  /** A script's default values for the parameters the command line left unbound. */
  readonly defaults: Map<string, unknown> = new Map();
  /** The last set of sets listed for the record, reused while the binder keeps that set. */
  protected listed?: { of: ReadonlySet<string>; list: string[] };

  constructor(
    readonly meta: CommandMetadata,
    readonly commandName: string,
    readonly kind: CommandKind,
    protected readonly host: BinderHost,
    /** A simple function: unknown and extra arguments go to `$args` instead of failing. */
    readonly simple = false,
    /** For a cmdlet, its .NET type, which error ids name (`...,Microsoft.PowerShell.Commands.WriteOutputCommand`). */
    protected readonly idSuffix?: string,
    /** False for script blocks a cmdlet runs (ForEach-Object's), whose record nobody reads. */
    protected readonly keepRecord = true,
  ) {
    this.validSets = initialSets(meta);
  }

  /** The argument being bound, so that an error can point at it. */
  protected currentExtent?: { start: number; end: number };
  /** The stage now binding, for the record of each bound value. */
  protected stage: BindingTraceEntry['stage'] = 'named';

  /** `setsBefore` is the set of sets before the step (the binder replaces, never changes, a set of sets). */
  protected note(entry: Omit<BindingTraceEntry, 'setsBefore' | 'setsAfter'> & { setsBefore?: ReadonlySet<string> | string[] }) {
    if (!this.keepRecord) return;
    const sets = this.list(this.validSets);
    const before = entry.setsBefore;
    const record = entry as BindingTraceEntry;
    record.setsBefore = before === undefined ? sets : Array.isArray(before) ? before : this.list(before as ReadonlySet<string>);
    record.setsAfter = sets;
    if (this.among && record.stage === 'positional') record.among = this.among;
    this.currentRecord.push(record);
    this.recorded(record);
  }

  /** Tells whoever follows this binder (the explainer) about a decision just recorded. */
  protected abstract recorded(entry: BindingTraceEntry): void;

  protected list(sets: ReadonlySet<string>): string[] {
    if (this.listed?.of !== sets) this.listed = { of: sets, list: [...sets] };
    return this.listed.list;
  }

  protected error(id: string, message: string, parameter?: string, category: ErrorCategory = 'InvalidArgument'): ParameterBindingError {
    const e = new ParameterBindingError(message, id, this.commandName, parameter, category, this.idSuffix ?? this.commandName);
    if (this.currentExtent) e.extent = this.currentExtent;
    return e;
  }

  // ## Binding one value

  /** The positional try under way, for the record. */
  protected among?: BindingTraceEntry['among'];
  /** The pipeline pass that is binding, for the record. */
  protected pass?: { pass: BindingTraceEntry['pass']; coercion: boolean; argument: unknown };

  /**
   * One attempt to bind `argument` to `p`, as PowerShell's BindParameter makes it: a script
   * parameter's type converter, then coercion (or, without it, the check that none is needed),
   * validation, and the bind. Returns false where the value would need a conversion this attempt
   * may not make (pwsh's SKIPPED); throws ParameterBindingError for a failure.
   */
  protected bindParameter(p: ParameterMetadata, argument: unknown, coerce: boolean, options: { display?: string; remaining?: boolean } = {}): boolean {
    const t = this.host.tracer;
    if (!t) return this.attemptBind(p, argument, coerce, options.remaining === true, t);
    return t.scope(`BIND arg [${options.display ?? traceValue(argument)}] to parameter [${p.name}]`, () => this.attemptBind(p, argument, coerce, options.remaining === true, t));
  }

  private attemptBind(p: ParameterMetadata, argument: unknown, coerce: boolean, remaining: boolean, t: BindingTracer | undefined): boolean {
    const setsBefore = this.validSets;
    const recorded = this.pass ? this.pass.argument : argument;
    const scriptTyped = this.isScriptTyped(p);
    let value = argument;
    try {
      if (scriptTyped) value = this.runTypeConverter(p, value, coerce, t);
      if (coerce) {
        const converted = value;
        if (t) value = traceCoercion(t, p.type, converted, () => (scriptTyped ? converted : this.convert(p, converted)), scriptTyped, p.name, remaining ? REMAINING_LIST_TYPE : undefined);
        else if (!scriptTyped) value = this.convert(p, converted);
      } else {
        if (t && p.type.endsWith('[]') && value !== null && value !== undefined && !isInstanceOf(value, p.type)) {
          traceEncodeCollection(t, p.name, p.type, value, false, (e) => e);
        }
        if (!matchesWithoutCoercion(p, value)) {
          t?.line(`BIND arg [${traceValue(value)}] to param [${p.name}] SKIPPED`);
          if (this.keepRecord) this.note({ stage: this.stage, parameter: p.name, argument: recorded, pass: this.pass?.pass, coercion: false, result: 'skipped', reason: `a ${typeNameOf(value)} is not a ${p.type} without conversion`, setsBefore, detail: `BIND arg [${traceValue(value)}] to param [${p.name}] SKIPPED` });
          return false;
        }
        // Without coercion the value already has the right type, but a collection parameter still receives an array.
        if (p.type.endsWith('[]')) value = this.convert(p, value);
      }
      const failure = validateArgument(p, value, this.host, t ? (rule, message) => {
        t.scope(`Executing VALIDATION metadata: [System.Management.Automation.${rule.kind}Attribute]`, () => { if (message) t.line(`ERROR: VALIDATION FAILED: ${message}`); });
      } : undefined);
      if (failure) throw this.error(failure.id, failure.message, p.name, 'InvalidData');
      this.checkMandatoryValue(p, value);
      this.bound.set(p.name, value);
      this.narrowSets(p);
    } catch (e) {
      this.note({ stage: this.stage, parameter: p.name, argument: recorded, pass: this.pass?.pass, coercion: coerce, result: 'failed', reason: e instanceof Error ? e.message : String(e), setsBefore, detail: `BIND arg [${traceValue(recorded)}] to parameter [${p.name}]` });
      throw e;
    }
    const shown = remaining && p.type === PSOBJECT_TYPE ? toStr(value) : Array.isArray(value) && p.type.endsWith('[]') ? p.type : traceValue(value);
    t?.line(`BIND arg [${shown}] to param [${p.name}] SUCCESSFUL`);
    if (this.keepRecord) this.note({
      stage: this.stage, parameter: p.name, argument: recorded, value, pass: this.pass?.pass, coercion: this.pass?.coercion ?? coerce, result: 'bound',
      setsBefore, detail: `BIND arg [${traceValue(recorded)}] to param [${p.name}] SUCCESSFUL`,
    });
    return true;
  }

  /** A typed parameter of a script is converted by its ArgumentTypeConverterAttribute ("DATA GENERATION"). */
  private isScriptTyped(p: ParameterMetadata): boolean {
    return this.kind === 'function' && !p.isCommon && p.type !== 'System.Object';
  }

  private runTypeConverter(p: ParameterMetadata, value: unknown, coerce: boolean, t: BindingTracer | undefined): unknown {
    const run = () => {
      let result = value;
      if (coerce) {
        try {
          result = this.convert(p, value);
        } catch (e) {
          if (e instanceof ParameterBindingError && e.inner !== undefined) t?.line(`ERROR: DATA GENERATION: ${e.inner}`);
          throw e;
        }
      }
      t?.line(`result returned from DATA GENERATION: ${traceValue(result)}`);
      return result;
    };
    return t ? t.scope(TYPE_CONVERTER_SCOPE, run) : run();
  }

  protected convert(p: ParameterMetadata, value: unknown): unknown {
    const compiled = this.kind === 'cmdlet' || p.isCommon;
    if (p.transform) {
      try {
        value = p.transform(value);
      } catch (e) {
        const inner = e instanceof Error ? e.message : String(e);
        const error = this.error('ParameterArgumentTransformationError', `Cannot process argument transformation on parameter '${p.name}'. ${inner}`, p.name, 'InvalidData');
        error.inner = inner;
        throw error;
      }
    }
    try {
      return convertArgument(p, value, compiled, this.simple);
    } catch (e) {
      if (!(e instanceof ArgumentConversionFailure)) throw e;
      const error = compiled
        ? this.error('CannotConvertArgumentNoMessage', `Cannot bind parameter '${p.name}'. ${e.inner}`, p.name)
        : this.error('ParameterArgumentTransformationError', `Cannot process argument transformation on parameter '${p.name}'. ${e.inner}`, p.name, 'InvalidData');
      error.inner = e.inner;
      error.castFailure = e.castFailure;
      throw error;
    }
  }

  /** Binds each unbound script parameter's default value, as pwsh does during the mandatory check. */
  protected bindDefaults() {
    const host = this.host;
    if (!host.defaultValue) return;
    const t = host.tracer;
    for (const p of this.meta.parameters) {
      if (p.isCommon || this.bound.has(p.name)) continue;
      const d = host.defaultValue(p);
      this.defaults.set(p.name, d.value);
      if (!t) continue;
      t.scope(`BIND arg [${traceValue(d.raw)}] to parameter [${p.name}]`, () => {
        const typed = p.type !== 'System.Object';
        if (typed) t.scope(TYPE_CONVERTER_SCOPE, () => t.line(`result returned from DATA GENERATION: ${traceValue(d.coerced ? d.value : d.raw)}`));
        if (d.coerced) traceCoercion(t, p.type, d.value, () => d.value, typed, p.name);
        t.line(`BIND arg [${Array.isArray(d.value) && typed ? p.type : traceValue(d.value)}] to param [${p.name}] SUCCESSFUL`);
      });
    }
  }

  /** A mandatory parameter refuses null, '' and empty arrays unless an Allow* attribute permits them. */
  protected checkMandatoryValue(p: ParameterMetadata, value: unknown) {
    if (p.isSwitch) return;
    let mandatory = false;
    for (const s of this.validSets) if (inSet(p, s)?.mandatory) { mandatory = true; break; }
    if (!mandatory) return;
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

  protected narrowSets(p: ParameterMetadata) {
    if (p.sets.has(ALL_SETS)) return;
    const next = new Set([...this.validSets].filter((s) => p.sets.has(s)));
    // On the command line pwsh notices that no set is left only once the positional arguments are bound.
    if (next.size === 0 && this.meta.setNames.length > 0 && this.stage === 'pipeline') throw this.ambiguousParameterSet();
    this.validSets = next;
  }

  protected ambiguousParameterSet(): ParameterBindingError {
    return this.error('AmbiguousParameterSet', 'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.', undefined);
  }

  get validParameterSets(): string[] { return [...this.validSets]; }
}
