/**
 * # Compiling expressions to closures
 *
 * The first time an expression node runs it becomes a JavaScript closure over its compiled
 * children, kept on the node: later runs call the closure instead of walking the tree, so a loop
 * body or a pipeline's script block pays for dispatch on node kinds once, not per object.
 * Variables become slots that remember the variable they found (variable-slot.ts), and the
 * operators a loop lives on (`+ - * %`, comparisons, `-and`, `-or`) have a path for two plain
 * numbers, with the general operator code for everything else.
 *
 * The closures compute exactly what the tree walk computed: the node kinds compiled here have no
 * other implementation; the rarer ones (hashtables, sub-expressions, script block literals) are
 * closures that call interpretExpression.
 */
import type * as A from '../syntax/ast.js';
import type { Evaluator } from './evaluator.js';
import type { Frame } from './frame.js';
import { RuntimeError } from './errors.js';
import { convertTo, makeNumber, toBool, toStr } from './conversion.js';
import { arithmeticOf, splitCase } from './operators.js';
import { getMember, invokeMember, getIndex } from './members.js';
import {
  binaryOperation, evaluateHashtable, evaluateUnary, interpretExpression,
} from './expressions.js';
import { PsObject } from './values.js';
import { VariableSlot } from './variable-slot.js';
import { PsReference } from './reference.js';

export type CompiledExpression = (ev: Evaluator, frame: Frame) => unknown;

type Compilable = { compiled?: CompiledExpression };

/** The closure for an expression node, compiled on first use. */
export function compiledExpression(e: A.Expression): CompiledExpression {
  const node = e as A.Expression & Compilable;
  return node.compiled ??= compileExpression(e);
}

function compileExpression(e: A.Expression): CompiledExpression {
  switch (e.kind) {
    case 'Constant': {
      // Only an Int32 or a Double is a plain JavaScript number, the same value every time.
      if (e.argumentText !== undefined || e.value.exact !== undefined) break;
      const v = makeNumber(e.value.kind, e.value.value);
      if (typeof v !== 'number') break;
      return () => v;
    }
    case 'StringConstant': {
      const v = e.value;
      return () => v;
    }
    case 'Variable': {
      if (e.splatted) break;
      // `$true`, `$false` and `$null` cannot be set (expressions.ts reads them as constants).
      if (isConstantVariable(e)) {
        const key = e.key!;
        const v = key === 'true' ? true : key === 'false' ? false : null;
        return () => v;
      }
      const slot = new VariableSlot(e);
      return (ev, frame) => slot.read(ev, frame);
    }
    case 'ExpandableString': return compileExpandableString(e);
    case 'ArrayLiteral': {
      const elements = e.elements.map(compiledExpression);
      return (ev, frame) => elements.map((x) => x(ev, frame));
    }
    case 'Paren': {
      // `($x = 5)` is an assignment that also yields the assigned value: the interpreter's.
      if (e.pipeline.kind === 'Assignment') break;
      const pipeline = e.pipeline;
      return (ev, frame) => ev.collect(pipeline, frame);
    }
    case 'Convert': return compileConvert(e);
    case 'Unary': return compileUnary(e);
    case 'Binary': return compileBinary(e);
    case 'Ternary': {
      const condition = compiledExpression(e.condition);
      const ifTrue = compiledExpression(e.ifTrue);
      const ifFalse = compiledExpression(e.ifFalse);
      return (ev, frame) => (toBool(condition(ev, frame)) ? ifTrue(ev, frame) : ifFalse(ev, frame));
    }
    case 'Member': {
      const target = compiledExpression(e.target);
      const member = e.member;
      const nameOf: CompiledExpression = typeof member === 'string' ? () => member : compose(compiledExpression(member), toStr);
      const { isStatic, nullConditional } = e;
      return (ev, frame) => {
        const t = target(ev, frame);
        if (nullConditional && (t === null || t === undefined)) return null;
        return getMember(ev, t, nameOf(ev, frame) as string, isStatic, frame);
      };
    }
    case 'InvokeMember': {
      const target = compiledExpression(e.target);
      const args = e.arguments.map(compiledExpression);
      const { member, isStatic, nullConditional } = e;
      return (ev, frame) => {
        const t = target(ev, frame);
        if (nullConditional && (t === null || t === undefined)) return null;
        const values = args.map((a) => a(ev, frame));
        return invokeMember(ev, t, member, values, isStatic, frame);
      };
    }
    case 'Index': {
      const target = compiledExpression(e.target);
      const index = compiledExpression(e.index);
      return (ev, frame) => {
        const t = target(ev, frame);
        return getIndex(t, index(ev, frame));
      };
    }
    case 'Attributed': return compiledExpression(e.operand);
    default: break;
  }
  return (ev, frame) => interpretExpression(ev, e, frame);
}

function isConstantVariable(e: A.VariableExpression): boolean {
  const key = e.key ??= e.name.toLowerCase();
  return e.scope === undefined && (key === 'true' || key === 'false' || key === 'null');
}

function compose(x: CompiledExpression, then: (v: unknown) => unknown): CompiledExpression {
  return (ev, frame) => then(x(ev, frame));
}

function compileExpandableString(e: A.ExpandableStringExpression): CompiledExpression {
  const parts = e.parts.map((p) => (p.kind === 'text' ? p.value : compiledExpression(p.expression)));
  return (ev, frame) => {
    const ofs = frame.scope.lookupKey('ofs');
    const separator = ofs ? toStr(ofs.value) : ' ';
    let s = '';
    for (const part of parts) s += typeof part === 'string' ? part : toStr(part(ev, frame), { separator });
    return s;
  };
}

function compileConvert(e: A.ConvertExpression): CompiledExpression {
  const lower = e.typeName.toLowerCase();
  if (lower === 'ordered') {
    if (e.operand.kind !== 'Hashtable') {
      return (ev, frame) => {
        throw ev.scriptError('The ordered attribute can be specified only on a hash literal node.', 'OrderedAttributeOnlyOnHashLiteralNode', 'ParserError', e, frame);
      };
    }
    const table = e.operand;
    return (ev, frame) => evaluateHashtable(ev, table, frame, true);
  }
  if (lower === 'pscustomobject' && e.operand.kind === 'Hashtable') {
    const table = e.operand;
    return (ev, frame) => {
      const h = evaluateHashtable(ev, table, frame, true);
      const o = new PsObject();
      for (const entry of h.entries()) o.set(toStr(entry.key), entry.value);
      return o;
    };
  }
  if (lower === 'ref' && e.operand.kind === 'Variable' && !e.operand.splatted && !isConstantVariable(e.operand)) {
    // `[ref]$x` refers to the variable itself, which must exist.
    const variable = e.operand;
    return (ev, frame) => {
      const found = frame.scope.resolveQualifier(variable.scope).lookup(variable.name);
      // pwsh reports this at the statement, not at the cast.
      if (!found) throw RuntimeError.of('System.Management.Automation.RuntimeException', '[ref] cannot be applied to a variable that does not exist.', 'NonExistingVariableReference', 'InvalidOperation');
      return new PsReference({ variable: found });
    };
  }
  const operand = compiledExpression(e.operand);
  const typeName = e.typeName;
  return (ev, frame) => convertTo(operand(ev, frame), typeName);
}

// ## Unary operators

function compileUnary(e: A.UnaryExpression): CompiledExpression {
  const op = e.operator;
  if (op === '!' || op === '-not') {
    const operand = compiledExpression(e.operand);
    return (ev, frame) => !toBool(operand(ev, frame));
  }
  if ((op === '++' || op === '--' || op === 'post++' || op === 'post--') && e.operand.kind === 'Variable' && !e.operand.splatted) {
    const slot = new VariableSlot(e.operand);
    const step = arithmeticOf(op.endsWith('++') ? '+' : '-');
    const postfix = op.startsWith('post');
    return (ev, frame) => {
      const before = slot.read(ev, frame);
      const after = step(before ?? 0, 1);
      slot.write(ev, frame, after);
      // Postfix forms return the old value, but only where the result is used as a value.
      return postfix ? before ?? 0 : after;
    };
  }
  return (ev, frame) => evaluateUnary(ev, e, frame);
}

// ## Binary operators

/** Comparison operators whose answer for two plain numbers is JavaScript's (NaN compares false). */
const NUMBER_COMPARISONS: Record<string, (l: number, r: number) => boolean> = {
  gt: (l, r) => l > r, ge: (l, r) => l >= r, lt: (l, r) => l < r, le: (l, r) => l <= r,
};

function compileBinary(e: A.BinaryExpression): CompiledExpression {
  const op = e.operator;
  const left = compiledExpression(e.left);
  const right = compiledExpression(e.right);
  switch (op) {
    case 'and': return (ev, frame) => toBool(left(ev, frame)) && toBool(right(ev, frame));
    case 'or': return (ev, frame) => toBool(left(ev, frame)) || toBool(right(ev, frame));
    case '??': return (ev, frame) => {
      const l = left(ev, frame);
      return l === null || l === undefined ? right(ev, frame) : l;
    };
    case '+': case '-': case '*': case '%': {
      const apply = arithmeticOf(op);
      return (ev, frame) => apply(left(ev, frame), right(ev, frame));
    }
  }
  const { base } = splitCase(op);
  if (base === 'eq' || base === 'ne') {
    const equal = base === 'eq';
    return (ev, frame) => {
      const l = left(ev, frame);
      const r = right(ev, frame);
      // Two numbers are equal as -eq decides only when their values are (psEquals), NaN never.
      if (typeof l === 'number' && typeof r === 'number') return (l === r) === equal;
      return binaryOperation(ev, e, l, r, frame);
    };
  }
  const test = NUMBER_COMPARISONS[base];
  if (test) {
    return (ev, frame) => {
      const l = left(ev, frame);
      const r = right(ev, frame);
      if (typeof l === 'number' && typeof r === 'number') return test(l, r);
      return binaryOperation(ev, e, l, r, frame);
    };
  }
  return (ev, frame) => binaryOperation(ev, e, left(ev, frame), right(ev, frame), frame);
}
