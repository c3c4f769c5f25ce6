/**
 * # The ParameterBinding trace source
 *
 * While `Trace-Command -Name ParameterBinding` runs, the binder and the pipeline write what they do
 * here, in PowerShell's words and with its nesting (four spaces per scope), so that the output can
 * be compared with pwsh's line by line. When no trace is on, nothing here is called: the binder
 * checks for a tracer before it builds any text.
 */
import { toStr } from '../runtime/conversion.js';
import { dotnetToString } from '../runtime/members.js';
import { isInstanceOf, typeNameOf } from '../runtime/types.js';
import { isCustomObject, PsHashtable, PsObject, PsSwitch } from '../runtime/values.js';

export class BindingTracer {
  private depth = 0;

  constructor(private readonly write: (line: string) => void) {}

  line(text: string): void {
    this.write('    '.repeat(this.depth) + text);
  }

  /** Writes `text`, then runs `body` one level deeper. */
  scope<T>(text: string, body: () => T): T {
    this.line(text);
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
    }
  }
}

/** A value as .NET's `string.Format("{0}", value)` shows it in a trace line. */
export function traceValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof PsSwitch) return v.isPresent ? 'True' : 'False';
  if (isCustomObject(v)) return toStr(v);
  return dotnetToString(v);
}

/** The .NET full type name of an argument, as `Trying to convert argument value from X` names it. */
export function traceFullType(v: unknown): string {
  if (v instanceof PsSwitch) return 'System.Management.Automation.SwitchParameter';
  return typeNameOf(v);
}

/**
 * The short .NET type name of an argument (`String`, `Hashtable`): a custom object travels as the
 * PSObject that wraps it.
 */
export function traceShortType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof PsObject && !(v instanceof PsHashtable) && isCustomObject(v)) return 'PSObject';
  const full = traceFullType(v);
  const generic = full.indexOf('`');
  const plain = generic < 0 ? full : full.slice(0, generic);
  return plain.slice(plain.lastIndexOf('.') + 1) + (generic < 0 ? '' : full.slice(generic));
}

/**
 * The lines of PowerShell's EncodeCollection: how an argument becomes the array a `T[]` parameter
 * holds. Returns false where pwsh stops because an element would need conversion and `coerce` is off
 * (the caller then reports the bind as SKIPPED). `coerceElement` traces each element's conversion.
 */
export function traceEncodeCollection(
  t: BindingTracer, parameterName: string, parameterType: string, value: unknown, coerce: boolean,
  coerceElement: (element: unknown) => unknown,
): boolean {
  const elementType = parameterType.slice(0, -2);
  t.line(`Binding collection parameter ${parameterName}: argument type [${traceShortType(value)}], parameter type [${parameterType}], collection type Array, element type [${elementType}], ${coerce ? 'coerceElementType' : 'no coerceElementType'}`);
  if (value === null || value === undefined) return true;
  const list = Array.isArray(value) ? value : undefined;
  if (list) t.line(`Arg is IList with ${list.length} elements`);
  t.line(`Creating array with element type [${elementType}] and ${list ? list.length : 1} elements`);
  const matches = (e: unknown) => elementType === 'System.Object' || (e !== null && e !== undefined && isInstanceOf(e, elementType));
  if (list) {
    t.line(`Argument type ${traceFullType(value)} is IList`);
    for (let i = 0; i < list.length; i++) {
      let e: unknown = list[i];
      if (coerce) {
        t.line(`COERCE collection element from type ${traceShortType(e)} to type ${elementType}`);
        e = coerceElement(e);
      } else if (e !== null && e !== undefined && !matches(e)) {
        t.line(`COERCION REQUIRED: Did not attempt to coerce collection element from type ${traceShortType(e)} to type ${elementType}`);
        return false;
      }
      t.line(`Adding element of type ${traceShortType(e)} to array position ${i}`);
    }
    return true;
  }
  t.line(`Argument type ${traceShortType(value)} is not IList, treating this as scalar`);
  let element: unknown = value;
  if (coerce) {
    t.line(`Coercing scalar arg value to type ${elementType}`);
    element = coerceElement(value);
  } else if (!matches(value)) {
    // pwsh's own message for this case has a broken format string, so its line never appears.
    return false;
  }
  t.line(`Adding scalar element of type ${traceShortType(element)} to array position 0`);
  return true;
}
