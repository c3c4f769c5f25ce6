/**
 * # Command metadata
 *
 * One declaration per command — name, parameter sets, per-parameter type, aliases, positions,
 * pipeline attributes and validation — read by the binder, by `Get-Command -Syntax`, by help and by
 * completion. Built-in cmdlets declare it as data; advanced functions derive it from `param()`.
 * Lookup tables are computed once per command, never per invocation.
 */
export const ALL_SETS = '__AllParameterSets';

export interface SetMembership {
  mandatory: boolean;
  position?: number;
  valueFromPipeline: boolean;
  valueFromPipelineByPropertyName: boolean;
  valueFromRemainingArguments: boolean;
}

export type ValidationRule =
  | { kind: 'ValidateSet'; values: string[]; ignoreCase: boolean }
  | { kind: 'ValidateRange'; min: unknown; max: unknown }
  | { kind: 'ValidateNotNull' }
  | { kind: 'ValidateNotNullOrEmpty' }
  | { kind: 'ValidateCount'; min: number; max: number }
  | { kind: 'ValidateLength'; min: number; max: number }
  | { kind: 'ValidatePattern'; pattern: string; errorMessage?: string }
  | { kind: 'ValidateScript'; script: unknown; errorMessage?: string };

export interface ParameterMetadata {
  name: string;
  /** Full .NET type name: 'System.String[]', 'System.Management.Automation.SwitchParameter', 'System.Object'. */
  type: string;
  aliases: string[];
  /** Set name (or ALL_SETS) to this parameter's attributes in that set. */
  sets: Map<string, SetMembership>;
  supportsWildcards: boolean;
  validations: ValidationRule[];
  allowNull: boolean;
  allowEmptyString: boolean;
  allowEmptyCollection: boolean;
  isSwitch: boolean;
  isCommon: boolean;
  helpMessage?: string;
  /**
   * An argument transformation attribute (pwsh's ArgumentTransformationAttribute): runs before
   * type conversion; what it throws is reported as "Cannot process argument transformation".
   */
  transform?: (value: unknown) => unknown;
}

export interface CommandMetadata {
  name: string;
  parameters: ParameterMetadata[];
  defaultParameterSet?: string;
  supportsShouldProcess: boolean;
  confirmImpact: 'None' | 'Low' | 'Medium' | 'High';
  /** Names (lower-case) and aliases to parameters, for exact look-ups. */
  readonly byName: Map<string, ParameterMetadata>;
  /** Every named parameter set, in declaration order. */
  readonly setNames: string[];
  /** Names and aliases in one list, for prefix matching. */
  readonly allNames: { key: string; parameter: ParameterMetadata }[];
}

/** A parameter as a cmdlet declares it: the short form of ParameterMetadata. */
export interface ParameterDeclaration {
  name: string;
  type?: string;
  aliases?: string[];
  /** Per-set attributes; omit for a parameter in all sets with the attributes below. */
  sets?: Record<string, Partial<SetMembership>>;
  mandatory?: boolean;
  position?: number;
  valueFromPipeline?: boolean;
  valueFromPipelineByPropertyName?: boolean;
  valueFromRemainingArguments?: boolean;
  supportsWildcards?: boolean;
  validations?: ValidationRule[];
  allowNull?: boolean;
  allowEmptyString?: boolean;
  allowEmptyCollection?: boolean;
  transform?: (value: unknown) => unknown;
}

export interface CommandDeclaration {
  name: string;
  parameters: ParameterDeclaration[];
  defaultParameterSet?: string;
  supportsShouldProcess?: boolean;
  confirmImpact?: CommandMetadata['confirmImpact'];
  /** False for cmdlets without common parameters (none of ours; kept for functions). */
  commonParameters?: boolean;
}

const SWITCH = 'System.Management.Automation.SwitchParameter';

const COMMON: ParameterDeclaration[] = [
  { name: 'Verbose', type: SWITCH, aliases: ['vb'] },
  { name: 'Debug', type: SWITCH, aliases: ['db'] },
  { name: 'ErrorAction', type: 'System.Management.Automation.ActionPreference', aliases: ['ea'] },
  { name: 'WarningAction', type: 'System.Management.Automation.ActionPreference', aliases: ['wa'] },
  { name: 'InformationAction', type: 'System.Management.Automation.ActionPreference', aliases: ['infa'] },
  { name: 'ProgressAction', type: 'System.Management.Automation.ActionPreference', aliases: ['proga'] },
  { name: 'ErrorVariable', type: 'System.String', aliases: ['ev'] },
  { name: 'WarningVariable', type: 'System.String', aliases: ['wv'] },
  { name: 'InformationVariable', type: 'System.String', aliases: ['iv'] },
  { name: 'OutVariable', type: 'System.String', aliases: ['ov'] },
  { name: 'OutBuffer', type: 'System.Int32', aliases: ['ob'] },
  { name: 'PipelineVariable', type: 'System.String', aliases: ['pv'] },
];
const SHOULD_PROCESS: ParameterDeclaration[] = [
  { name: 'WhatIf', type: SWITCH, aliases: ['wi'] },
  { name: 'Confirm', type: SWITCH, aliases: ['cf'] },
];

function membership(d: ParameterDeclaration, over?: Partial<SetMembership>): SetMembership {
  return {
    mandatory: over?.mandatory ?? d.mandatory ?? false,
    position: over?.position ?? d.position,
    valueFromPipeline: over?.valueFromPipeline ?? d.valueFromPipeline ?? false,
    valueFromPipelineByPropertyName: over?.valueFromPipelineByPropertyName ?? d.valueFromPipelineByPropertyName ?? false,
    valueFromRemainingArguments: over?.valueFromRemainingArguments ?? d.valueFromRemainingArguments ?? false,
  };
}

function toParameter(d: ParameterDeclaration, isCommon: boolean): ParameterMetadata {
  const sets = new Map<string, SetMembership>();
  if (d.sets) for (const [name, over] of Object.entries(d.sets)) sets.set(name, membership(d, over));
  else sets.set(ALL_SETS, membership(d));
  const type = d.type ?? 'System.Object';
  return {
    name: d.name, type, aliases: d.aliases ?? [], sets, supportsWildcards: d.supportsWildcards ?? false,
    validations: d.validations ?? [], allowNull: d.allowNull ?? false, allowEmptyString: d.allowEmptyString ?? false,
    allowEmptyCollection: d.allowEmptyCollection ?? false, isSwitch: type === SWITCH, isCommon, transform: d.transform,
  };
}

export function buildMetadata(decl: CommandDeclaration): CommandMetadata {
  const parameters = decl.parameters.map((d) => toParameter(d, false));
  if (decl.commonParameters !== false) {
    parameters.push(...COMMON.map((d) => toParameter(d, true)));
    if (decl.supportsShouldProcess) parameters.push(...SHOULD_PROCESS.map((d) => toParameter(d, true)));
  }
  return finishMetadata({
    name: decl.name, parameters, defaultParameterSet: decl.defaultParameterSet,
    supportsShouldProcess: decl.supportsShouldProcess ?? false, confirmImpact: decl.confirmImpact ?? 'Medium',
  });
}

/** Computes the look-up tables of a metadata object. */
export function finishMetadata(m: Omit<CommandMetadata, 'byName' | 'setNames' | 'allNames'>): CommandMetadata {
  const byName = new Map<string, ParameterMetadata>();
  const allNames: { key: string; parameter: ParameterMetadata }[] = [];
  const setNames: string[] = [];
  for (const p of m.parameters) {
    for (const n of [p.name, ...p.aliases]) {
      byName.set(n.toLowerCase(), p);
      allNames.push({ key: n.toLowerCase(), parameter: p });
    }
    for (const s of p.sets.keys()) if (s !== ALL_SETS && !setNames.includes(s)) setNames.push(s);
  }
  if (m.defaultParameterSet && !setNames.includes(m.defaultParameterSet)) setNames.unshift(m.defaultParameterSet);
  // Named sets without a declared default: the parameters in no named set form the default,
  // which pwsh calls __AllParameterSets.
  let defaultParameterSet = m.defaultParameterSet;
  if (setNames.length > 0 && !defaultParameterSet) {
    defaultParameterSet = ALL_SETS;
    setNames.unshift(ALL_SETS);
  }
  return { ...m, defaultParameterSet, byName, setNames, allNames };
}

/** A parameter's attributes in a set, or undefined when it is not in that set. */
export function inSet(p: ParameterMetadata, set: string): SetMembership | undefined {
  return p.sets.get(set) ?? p.sets.get(ALL_SETS);
}

export const SWITCH_TYPE = SWITCH;
