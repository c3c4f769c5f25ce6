/**
 * # The trace of a coercion
 *
 * PowerShell's CoerceTypeAsNeeded, as `Trace-Command -Name ParameterBinding` shows it: the
 * `COERCE arg to [T]` scope and the path the conversion took inside it. The conversion itself is
 * the binder's (`convert`); this module only says, in pwsh's words, which path that was.
 */
import { convertToResolved } from '../runtime/conversion.js';
import { isInstanceOf } from '../runtime/types.js';
import { PsObject, PsSwitch } from '../runtime/values.js';
import { traceEncodeCollection, traceFullType, traceValue, type BindingTracer } from './binding-tracer.js';

const PSOBJECT = 'System.Management.Automation.PSObject';
const SWITCH = 'System.Management.Automation.SwitchParameter';

/** Thrown inside a traced element conversion, so that the caller reports the whole value's error. */
class ElementCoercionFailed extends Error {}

function assignable(value: unknown, type: string): boolean {
  if (type === 'System.Object') return true;
  if (type === PSOBJECT) return value instanceof PsObject;
  if (type === SWITCH) return value instanceof PsSwitch;
  return isInstanceOf(value, type);
}

/**
 * Converts `value` to `type` through `convert`, writing pwsh's COERCE lines. `alreadyConverted`
 * is set for a script parameter, whose type converter ran first: the value then has the type.
 */
export function traceCoercion(
  t: BindingTracer, type: string, value: unknown, convert: () => unknown, alreadyConverted = false, parameterName = '', argumentType = traceFullType(value),
): unknown {
  return t.scope(`COERCE arg to [${type}]`, () => {
    if (value === null || value === undefined) {
      if (type === SWITCH) t.line('Arg is null or not present, parameter type is SWITCHPARAMTER, value is true.');
      else if (type === 'System.Boolean') t.line('ERROR: No argument is specified for parameter and parameter type is BOOL');
      else t.line('Arg is null, parameter type not bool or SwitchParameter, value is null.');
      return convert();
    }
    if (alreadyConverted || assignable(value, type)) {
      t.line('Parameter and arg types the same, no coercion is needed.');
      return convert();
    }
    t.line(`Trying to convert argument value from ${argumentType} to ${type}`);
    if (type === PSOBJECT) {
      t.line(`The parameter is of type [${type}] and the argument is an PSObject, so the parameter value is the argument value wrapped into an PSObject.`);
      return convert();
    }
    if (type === SWITCH || type === 'System.Boolean') return convert();
    if (type.endsWith('[]')) {
      t.line('ENCODING arg into collection');
      const elementType = type.slice(0, -2);
      try {
        traceEncodeCollection(t, parameterName, type, value, true, (element) => {
          try {
            return traceCoercion(t, elementType, element, () => convertToResolved(element, elementType));
          } catch {
            throw new ElementCoercionFailed();
          }
        });
      } catch (e) {
        if (!(e instanceof ElementCoercionFailed)) throw e;
      }
      return convert();
    }
    t.line('CONVERT arg type to param type using LanguagePrimitives.ConvertTo');
    let result: unknown;
    try {
      result = convert();
    } catch (e) {
      t.line(`ERROR: COERCE FAILED: arg [${traceValue(value)}] could not be converted to the parameter type [${type}]`);
      throw e;
    }
    t.line(`CONVERT SUCCESSFUL using LanguagePrimitives.ConvertTo: [${result === null || result === undefined ? 'null' : traceValue(result)}]`);
    return result;
  });
}
