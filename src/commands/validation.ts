/**
 * # Parameter validation attributes (about_Functions_Advanced_Parameters)
 *
 * Runs after conversion. A failure becomes ParameterArgumentValidationError with PowerShell's
 * message: `Cannot validate argument on parameter 'X'. <attribute's message>`.
 */
import { psCompare } from '../runtime/operators.js';
import { toStr } from '../runtime/conversion.js';
import { formatValue } from '../runtime/format-operator.js';
import type { ParameterMetadata, ValidationRule } from './metadata.js';

export interface ValidationFailure { id: string; message: string }

interface ScriptRunner { runValidateScript(script: unknown, value: unknown): boolean }

const NULL_ID = 'ParameterArgumentValidationErrorNullNotAllowed';

/** `onRule` sees each rule checked and its failure text, for Trace-Command. */
export function validateArgument(
  p: ParameterMetadata, value: unknown, host: ScriptRunner, onRule?: (rule: ValidationRule, failure: string | undefined) => void,
): ValidationFailure | undefined {
  const fail = (detail: string): ValidationFailure => ({ id: 'ParameterArgumentValidationError', message: `Cannot validate argument on parameter '${p.name}'. ${detail}` });
  for (const rule of p.validations) {
    const r = checkRule(rule, value, host);
    onRule?.(rule, r === NULL_ID ? 'The argument is null.' : r);
    if (r) return r === NULL_ID ? { id: NULL_ID, message: `Cannot bind argument to parameter '${p.name}' because it is null.` } : fail(r);
  }
  return undefined;
}

function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function checkRule(rule: ValidationRule, value: unknown, host: ScriptRunner): string | undefined {
  switch (rule.kind) {
    case 'ValidateNotNull':
      if (value === null || value === undefined) return 'The argument is null. Provide a valid value for the argument, and then try running the command again.';
      if (Array.isArray(value) && value.some((v) => v === null)) return 'The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again.';
      return undefined;
    case 'ValidateNotNullOrEmpty':
      if (Array.isArray(value)) {
        if (value.length === 0 || value.some((v) => v === null || v === '')) return 'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.';
        return undefined;
      }
      if (value === null || value === undefined || value === '') return 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.';
      return undefined;
    case 'ValidateSet':
      for (const v of items(value)) {
        const s = toStr(v);
        if (!rule.values.some((allowed) => rule.ignoreCase ? allowed.toLowerCase() === s.toLowerCase() : allowed === s)) {
          return `The argument "${s}" does not belong to the set "${rule.values.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`;
        }
      }
      return undefined;
    case 'ValidateRange':
      for (const v of items(value)) {
        if (v === null || v === undefined) return NULL_ID;
        if (psCompare(v, rule.min) < 0) return `The ${toStr(v)} argument is less than the minimum allowed range of ${toStr(rule.min)}. Supply an argument that is greater than or equal to ${toStr(rule.min)} and then try the command again.`;
        if (psCompare(v, rule.max) > 0) return `The ${toStr(v)} argument is greater than the maximum allowed range of ${toStr(rule.max)}. Supply an argument that is less than or equal to ${toStr(rule.max)} and then try the command again.`;
      }
      return undefined;
    case 'ValidateCount': {
      const n = Array.isArray(value) ? value.length : 1;
      if (n < rule.min || n > rule.max) {
        return rule.min === rule.max
          ? `The parameter requires exactly ${rule.min} value(s) - ${n} value(s) were provided.`
          : `The parameter requires at least ${rule.min} value(s) and no more than ${rule.max} value(s) - ${n} value(s) were provided.`;
      }
      return undefined;
    }
    case 'ValidateLength':
      for (const v of items(value)) {
        const s = toStr(v);
        if (s.length < rule.min) return `The character length (${s.length}) of the argument is too short. Specify an argument with a length that is greater than or equal to "${rule.min}", and then try the command again.`;
        if (s.length > rule.max) return `The character length of the ${s.length} argument is too long. Shorten the character length of the argument so it is fewer than or equal to "${rule.max}" characters, and then try the command again.`;
      }
      return undefined;
    case 'ValidatePattern':
      for (const v of items(value)) {
        const s = toStr(v);
        if (!new RegExp(rule.pattern, 'i').test(s) && rule.errorMessage) return formatValue(rule.errorMessage, [s, rule.pattern]);
        if (!new RegExp(rule.pattern, 'i').test(s)) return `The argument "${s}" does not match the "${rule.pattern}" pattern. Supply an argument that matches "${rule.pattern}" and try the command again.`;
      }
      return undefined;
    case 'ValidateScript':
      for (const v of items(value)) {
        if (!host.runValidateScript(rule.script, v)) {
          if (rule.errorMessage) return formatValue(rule.errorMessage, [toStr(v), toStr(rule.script)]);
          return `The "${toStr(rule.script)}" validation script for the argument with value "${toStr(v)}" did not return a result of True. Determine why the validation script failed, and then try the command again.`;
        }
      }
      return undefined;
  }
  return undefined;
}
