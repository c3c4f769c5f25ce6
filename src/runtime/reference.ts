/**
 * # [ref] (System.Management.Automation.PSReference)
 *
 * `[ref]$x` refers to the variable itself: setting the reference's Value sets `$x`, which is how
 * a function with a `[ref]` parameter, or a .NET method with an out parameter
 * (`$dict.TryGetValue('k', [ref]$v)`), hands a value back. `[ref]` on any other value wraps it.
 */
import { convertTo } from './conversion.js';
import { typeNameOf } from './types.js';
import { PsObject } from './values.js';
import type { PsVariable } from './scope.js';

export const PS_REFERENCE = 'System.Management.Automation.PSReference';

export class PsReference extends PsObject {
  /** The variable referred to, or undefined when the reference holds its own value. */
  private readonly variable?: PsVariable;
  private held: unknown;

  constructor(source: { variable: PsVariable } | { value: unknown }) {
    super([]);
    if ('variable' in source) this.variable = source.variable;
    else this.held = source.value;
    this.properties.set('value', {
      name: 'Value',
      value: undefined,
      getter: () => this.target,
      setter: (v) => { this.target = v; },
    });
    // pwsh names the type after the value's type when the reference was made.
    const valueType = this.target === null || this.target === undefined ? 'System.Management.Automation.LanguagePrimitives+Null' : typeNameOf(this.target);
    this.typeNames = [`${PS_REFERENCE}\`1[${valueType}]`, PS_REFERENCE, 'System.Object'];
    this.display = this.typeNames[0];
  }

  /** The value referred to: the variable's, or the one held. */
  get target(): unknown {
    return this.variable ? this.variable.value : this.held;
  }

  set target(v: unknown) {
    const variable = this.variable;
    // A variable keeps its type constraint (`[int]$n`) when set through a reference too.
    if (variable) variable.value = variable.typeConstraint ? convertTo(v, variable.typeConstraint) : v;
    else this.held = v;
  }
}
