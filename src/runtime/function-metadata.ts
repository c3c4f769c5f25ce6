/**
 * # Metadata of script functions (about_Functions_Advanced_Parameters)
 *
 * A function's `param()` block becomes the same CommandMetadata a cmdlet declares, so one binder
 * serves both. `[CmdletBinding()]` or any `[Parameter()]` makes the function advanced: common
 * parameters are added and unknown arguments are errors. A simple function binds positionally in
 * declaration order and leaves extra arguments in `$args`.
 */
import type * as A from '../syntax/ast.js';
import type { FunctionInfo } from '../commands/command-info.js';
import { ALL_SETS, buildMetadata, finishMetadata, type CommandMetadata, type ParameterMetadata, type SetMembership, type ValidationRule } from '../commands/metadata.js';
import { resolveTypeName } from './types.js';
import { toBool, toStr, numberValue, toNumeric } from './conversion.js';
import { evaluate } from './expressions.js';
import type { Frame } from './frame.js';
import type { Session } from './session.js';
import type { TypedNumber } from './values.js';

export function paramBlockOf(fn: Pick<FunctionInfo, 'body' | 'inlineParameters'>): A.ParamBlock | undefined {
  return fn.body.paramBlock ?? fn.inlineParameters;
}

export function isAdvanced(block: A.ParamBlock | undefined): boolean {
  if (!block) return false;
  if (block.attributes.some((a) => a.typeName.toLowerCase() === 'cmdletbinding')) return true;
  return block.parameters.some((p) => p.attributes.some((a) => a.kind === 'Attribute' && a.typeName.toLowerCase() === 'parameter'));
}

function constant(session: Session, e: A.Expression | undefined, frame: Frame): unknown {
  if (!e) return true;
  return evaluate(session.evaluator, e, frame);
}

/** Builds CommandMetadata for a function or script block. */
export function functionMetadata(fn: Pick<FunctionInfo, 'name' | 'body' | 'inlineParameters'>, session: Session, frame: Frame): CommandMetadata {
  const block = paramBlockOf(fn);
  const advanced = isAdvanced(block);
  const binding = block?.attributes.find((a) => a.typeName.toLowerCase() === 'cmdletbinding');
  let defaultSet: string | undefined;
  let shouldProcess = false;
  let confirmImpact: CommandMetadata['confirmImpact'] = 'Medium';
  let positionalBinding = true;
  for (const n of binding?.named ?? []) {
    const key = n.name.toLowerCase();
    const value = constant(session, n.value, frame);
    if (key === 'defaultparametersetname') defaultSet = toStr(value);
    else if (key === 'supportsshouldprocess') shouldProcess = toBool(value);
    else if (key === 'confirmimpact') confirmImpact = toStr(value) as CommandMetadata['confirmImpact'];
    else if (key === 'positionalbinding') positionalBinding = toBool(value);
  }
  const decls = block?.parameters ?? [];
  const parameters: ParameterMetadata[] = [];
  let implicitPosition = 0;
  const namedString = (a: A.Attribute, key: string): string | undefined => {
    const n = a.named.find((x) => x.name.toLowerCase() === key);
    return n ? toStr(constant(session, n.value, frame)) : undefined;
  };
  // As in pwsh, one explicit Position or named parameter set anywhere turns off automatic positions.
  const customParameterSet = decls.some((p) => p.attributes.some((a) => a.kind === 'Attribute' && a.typeName.toLowerCase() === 'parameter'
    && (a.named.some((n) => n.name.toLowerCase() === 'position') || (namedString(a, 'parametersetname') ?? ALL_SETS).toLowerCase() !== ALL_SETS.toLowerCase())));
  for (const p of decls) {
    let type = 'System.Object';
    const aliases: string[] = [];
    const validations: ValidationRule[] = [];
    const sets = new Map<string, SetMembership>();
    let allowNull = false;
    let allowEmptyString = false;
    let allowEmptyCollection = false;
    let supportsWildcards = false;
    let helpMessage: string | undefined;
    for (const a of p.attributes) {
      if (a.kind === 'TypeConstraint') {
        type = resolveTypeName(a.typeName) ?? a.typeName;
        continue;
      }
      const name = a.typeName.toLowerCase();
      const args = a.positional.map((x) => constant(session, x, frame));
      switch (name) {
        case 'parameter': {
          const m: SetMembership = { mandatory: false, valueFromPipeline: false, valueFromPipelineByPropertyName: false, valueFromRemainingArguments: false };
          let setName = ALL_SETS;
          for (const n of a.named) {
            const v = constant(session, n.value, frame);
            switch (n.name.toLowerCase()) {
              case 'mandatory': m.mandatory = toBool(v); break;
              case 'position': m.position = numberValue(toNumeric(v, 'Int32') as number | TypedNumber); break;
              case 'valuefrompipeline': m.valueFromPipeline = toBool(v); break;
              case 'valuefrompipelinebypropertyname': m.valueFromPipelineByPropertyName = toBool(v); break;
              case 'valuefromremainingarguments': m.valueFromRemainingArguments = toBool(v); break;
              case 'parametersetname': setName = toStr(v); break;
              case 'helpmessage': helpMessage = toStr(v); break;
            }
          }
          sets.set(setName, m);
          break;
        }
        case 'alias': aliases.push(...args.flat().map((x) => toStr(x))); break;
        case 'validateset': validations.push({ kind: 'ValidateSet', values: args.flat().map((x) => toStr(x)), ignoreCase: !a.named.some((n) => n.name.toLowerCase() === 'ignorecase' && !toBool(constant(session, n.value, frame))) }); break;
        case 'validaterange': validations.push({ kind: 'ValidateRange', min: args[0], max: args[1] }); break;
        case 'validatenotnull': validations.push({ kind: 'ValidateNotNull' }); break;
        case 'validatenotnullorempty': validations.push({ kind: 'ValidateNotNullOrEmpty' }); break;
        case 'validatecount': validations.push({ kind: 'ValidateCount', min: Number(toStr(args[0])), max: Number(toStr(args[1])) }); break;
        case 'validatelength': validations.push({ kind: 'ValidateLength', min: Number(toStr(args[0])), max: Number(toStr(args[1])) }); break;
        case 'validatepattern': validations.push({ kind: 'ValidatePattern', pattern: toStr(args[0]), errorMessage: namedString(a, 'errormessage') }); break;
        case 'validatescript': validations.push({ kind: 'ValidateScript', script: args[0], errorMessage: namedString(a, 'errormessage') }); break;
        case 'allownull': allowNull = true; break;
        case 'allowemptystring': allowEmptyString = true; break;
        case 'allowemptycollection': allowEmptyCollection = true; break;
        case 'supportswildcards': supportsWildcards = true; break;
      }
    }
    const isSwitch = type === 'System.Management.Automation.SwitchParameter';
    if (sets.size === 0) sets.set(ALL_SETS, { mandatory: false, valueFromPipeline: false, valueFromPipelineByPropertyName: false, valueFromRemainingArguments: false });
    if (positionalBinding && !customParameterSet && !isSwitch) {
      for (const m of sets.values()) if (m.position === undefined) m.position = implicitPosition;
      implicitPosition++;
    }
    parameters.push({
      name: p.name, type, aliases, sets, supportsWildcards, validations, allowNull, allowEmptyString,
      allowEmptyCollection, isSwitch, isCommon: false, helpMessage,
    });
  }
  if (!advanced) {
    return finishMetadata({ name: fn.name, parameters, defaultParameterSet: undefined, supportsShouldProcess: false, confirmImpact: 'None' });
  }
  const common = buildMetadata({ name: fn.name, parameters: [], supportsShouldProcess: shouldProcess }).parameters;
  return finishMetadata({ name: fn.name, parameters: [...parameters, ...common], defaultParameterSet: defaultSet, supportsShouldProcess: shouldProcess, confirmImpact });
}
