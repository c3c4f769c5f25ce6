/**
 * # Expression evaluation
 *
 * Values, operators, variables, casts, indexing and member access. Binary operators dispatch on
 * the left operand as PowerShell does; `-and`/`-or` short-circuit; ranges can be produced lazily
 * when they feed a pipeline or a foreach loop.
 */
import type * as A from '../syntax/ast.js';
import { RuntimeError, runtimeException } from './errors.js';
import { wideLiteral } from './exact-numbers.js';
import {
  convertTo, isNumeric, makeNumber, numberValue, toBool, toNumeric, toStr,
} from './conversion.js';
import {
  arithmetic, asOp, bitwise, bnot, comparison, formatOp, isOp, joinOp, unarySplit,
} from './operators.js';
import { resolveTypeName } from './types.js';
import {
  ELEMENT_TYPE, PsChar, PsHashtable, PsTypeValue, ScriptBlockValue, TypedNumber, type PsArray,
} from './values.js';
import { outputValue, type Emit, type Frame } from './frame.js';
import type { Evaluator } from './evaluator.js';
import type { Stage } from './stage.js';
import { keepShape } from './keep-shape.js';
import { setMember, setIndex } from './members.js';
import { compiledExpression } from './compile-expressions.js';
import { USING_PREFIX } from './using-variables.js';

/**
 * .NET's array limit is 0x7FFFFFC7 elements; a JavaScript engine cannot hold arrays near that
 * size, so larger ranges than this fail with the same error (ranges in pipelines and foreach are
 * lazy and have no limit).
 */
const MAX_ARRAY = 1 << 26;

/** An expression's value: its compiled closure, made on first use (compile-expressions.ts). */
export function evaluate(ev: Evaluator, e: A.Expression, frame: Frame): unknown {
  return compiledExpression(e)(ev, frame);
}

/** The expression kinds compile-expressions.ts leaves to a tree walk: rare, or not worth a closure. */
export function interpretExpression(ev: Evaluator, e: A.Expression, frame: Frame): unknown {
  switch (e.kind) {
    case 'Constant':
      if (e.argumentText !== undefined && e.argumentText !== String(e.value.value)) return new TypedNumber(e.value.kind, e.value.value, e.argumentText, e.value.exact, e.value.scale);
      if (e.value.exact !== undefined) return wideLiteral(e.value.kind, e.value.exact, e.value.scale);
      return makeNumber(e.value.kind, e.value.value);
    case 'Variable': return readVariable(ev, e, frame);
    case 'ArrayExpression': return ev.collectStatements(e.statements, frame);
    case 'SubExpression': return outputValue(ev.collectStatements(e.statements, frame));
    case 'Paren':
      // `($x = 5)` is an assignment that also yields the assigned value.
      if (e.pipeline.kind === 'Assignment') {
        ev.executeStatement(e.pipeline, frame);
        return evaluate(ev, e.pipeline.target, frame);
      }
      return ev.collect(e.pipeline, frame);
    case 'Hashtable': return evaluateHashtable(ev, e, frame, false);
    case 'ScriptBlockExpression': return new ScriptBlockValue(e.scriptBlock, scriptBlockText(e.scriptBlock));
    case 'Type': {
      const full = resolveTypeName(e.typeName);
      if (!full) throw ev.scriptError(`Unable to find type [${e.typeName}].`, 'TypeNotFound', 'InvalidOperation', e, frame);
      return new PsTypeValue(full);
    }
    default:
      throw new Error(`${e.kind} expressions are compiled, not interpreted`);
  }
}

export function scriptBlockText(sb: A.ScriptBlock): string {
  const text = sb.file.text.slice(sb.start, sb.end);
  return text.startsWith('{') && text.endsWith('}') ? text.slice(1, -1) : text;
}

// ## Variables

const CONSTANTS: Record<string, unknown> = { true: true, false: false, null: null };

/** Names readVariable treats specially; any other unqualified name is a plain look-up. */
const SPECIAL_READS = new Set(['true', 'false', 'null', '?', 'psscriptroot', 'pscommandpath', 'psitem']);

/** Whether readVariable answers this name by a plain look-up up the scope chain (variable-slot.ts). */
export function isPlainVariableRead(e: A.VariableExpression): boolean {
  return e.scope === undefined && !SPECIAL_READS.has(e.key ??= e.name.toLowerCase());
}

/** Whether writeVariable sets this name in the current scope with no special case. */
export function isPlainVariableWrite(e: A.VariableExpression): boolean {
  const key = e.key ??= e.name.toLowerCase();
  return e.scope === undefined && key !== 'null' && !PROTECTED_VARIABLES.has(key);
}

export function readVariable(ev: Evaluator, e: A.VariableExpression, frame: Frame): unknown {
  const lower = e.key ??= e.name.toLowerCase();
  if (e.scope === undefined && !SPECIAL_READS.has(lower)) {
    const v = frame.scope.lookupKey(lower);
    if (v) return v.value;
    return undefinedVariable(ev, e, frame);
  }
  if (e.scope === 'env') return ev.session.host.getEnv(e.name) ?? null;
  if (e.scope === 'using') {
    const captured = frame.scope.lookupKey(USING_PREFIX + lower);
    if (captured) return captured.value;
    throw ev.scriptError('A Using variable cannot be retrieved. A Using variable can be used only with Invoke-Command, Start-Job, or InlineScript in the script workflow. When it is used with Invoke-Command, the Using variable is valid only if the script block is invoked on a remote computer.', 'UsingWithoutInvokeCommand', 'InvalidOperation', e, frame);
  }
  if (e.scope === undefined && lower in CONSTANTS) return CONSTANTS[lower];
  if (lower === '?') return ev.session.lastStatus;
  if ((lower === 'psscriptroot' || lower === 'pscommandpath') && e.scope === undefined && frame.file.path && !frame.file.path.startsWith('<')) {
    // Each script file (also one dot-sourced or called from another) sees its own path.
    const path = frame.file.path;
    if (lower === 'pscommandpath') return path;
    return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) || '/' : ev.session.host.cwd();
  }
  if (e.scope === 'variable' || e.scope === 'local' || e.scope === 'private' || e.scope === undefined) {
    const v = e.scope === 'local' || e.scope === 'private' ? frame.scope.getLocal(e.name) : frame.scope.lookup(e.name);
    if (v) return v.value;
  } else {
    const v = frame.scope.resolveQualifier(e.scope).lookup(e.name);
    if (v) return v.value;
  }
  if (lower === 'psitem') return frame.scope.lookup('_')?.value ?? null;
  return undefinedVariable(ev, e, frame);
}

/** An unset variable reads as $null, or fails under Set-StrictMode. */
function undefinedVariable(ev: Evaluator, e: A.VariableExpression, frame: Frame): null {
  if (frame.scope.strictMode() >= 1) {
    throw ev.scriptError(`The variable '$${e.name}' cannot be retrieved because it has not been set.`, 'VariableIsUndefined', 'InvalidOperation', e, frame);
  }
  return null;
}

/** pwsh's automatic variables that are Constant or ReadOnly in every scope (AllScope). */
const PROTECTED_VARIABLES = new Set(['true', 'false', 'host', 'pid', 'psversiontable', 'pshome', 'psedition', 'shellid', 'home', 'islinux', 'iswindows', 'ismacos', 'iscoreclr', '?', 'error']);

export function writeVariable(ev: Evaluator, e: A.VariableExpression, value: unknown, frame: Frame, typeName?: string): void {
  const lower = e.key ??= e.name.toLowerCase();
  if (e.scope === 'env') {
    ev.session.host.setEnv(e.name, value === null || value === undefined || value === '' ? undefined : toStr(value));
    return;
  }
  if (e.scope === undefined && lower === 'null') return;
  if (PROTECTED_VARIABLES.has(lower) && (e.scope === undefined || e.scope === 'global' || e.scope === 'script' || e.scope === 'local')) {
    throw ev.scriptError(`Cannot overwrite variable ${e.name} because it is read-only or constant.`, 'VariableNotWritable', 'WriteError', e, frame, 'System.Management.Automation.SessionStateUnauthorizedAccessException', e.name);
  }
  const scope = e.scope === undefined ? frame.scope : frame.scope.resolveQualifier(e.scope);
  const existing = scope.getLocalKey(lower);
  if (existing?.readOnly) {
    throw ev.scriptError(`Cannot overwrite variable ${existing.name} because it is read-only or constant.`, 'VariableNotWritable', 'WriteError', e, frame, 'System.Management.Automation.SessionStateUnauthorizedAccessException', existing.name);
  }
  const constraint = typeName ?? existing?.typeConstraint;
  const stored = value === undefined ? null : value;
  const converted = constraint ? convertTo(stored, constraint) : stored;
  const v = scope.setLocalKey(lower, e.name, converted);
  if (typeName) v.typeConstraint = typeName;
}

// ## Hashtables

export function evaluateHashtable(ev: Evaluator, e: A.HashtableExpression, frame: Frame, ordered: boolean): PsHashtable {
  const h = new PsHashtable(ordered);
  for (const entry of e.entries) {
    const key = evaluate(ev, entry.key, frame);
    if (h.has(key)) {
      throw ev.scriptError(`Duplicate keys '${toStr(key)}' are not allowed in hash literals.`, 'DuplicateKeyInHashLiteral', 'ParserError', entry.key, frame);
    }
    h.set(key, ev.collect(entry.value, frame));
  }
  return h;
}

// ## Unary operators

/** The unary operators other than compile-expressions.ts's fast forms. */
export function evaluateUnary(ev: Evaluator, e: A.UnaryExpression, frame: Frame): unknown {
  switch (e.operator) {
    case ',': { const a: PsArray = [evaluate(ev, e.operand, frame)]; return a; }
    case '!':
    case '-not': return !toBool(evaluate(ev, e.operand, frame));
    case '-bnot': return bnot(evaluate(ev, e.operand, frame));
    case '-': {
      const v = evaluate(ev, e.operand, frame);
      return (arithmetic('*', isNumeric(v) ? v : toNumeric(v, typeof v === 'string' && /[.e]/i.test(v) ? 'Double' : 'Int32'), -1));
    }
    case '+': {
      const v = evaluate(ev, e.operand, frame);
      return isNumeric(v) ? v : toNumeric(v, 'Int32');
    }
    case '-split': return unarySplit(evaluate(ev, e.operand, frame));
    case '-join': return joinOp(evaluate(ev, e.operand, frame), '');
    case '++': case '--': case 'post++': case 'post--': {
      const before = evaluate(ev, e.operand, frame);
      const after = arithmetic(e.operator.endsWith('++') ? '+' : '-', before ?? 0, 1);
      assignTo(ev, e.operand, after, frame);
      // Postfix forms return the old value, but only where the result is used as a value.
      return e.operator.startsWith('post') ? before ?? 0 : after;
    }
  }
}

// ## Binary operators

/** A binary operator applied to its operands' values (`-and`, `-or` and `??` short-circuit in compile-expressions.ts). */
export function binaryOperation(ev: Evaluator, e: A.BinaryExpression, left: unknown, right: unknown, frame: Frame): unknown {
  const op = e.operator;
  switch (op) {
    case 'xor': return toBool(left) !== toBool(right);
    case '+': case '-': case '*': case '/': case '%': return arithmetic(op, left, right);
    case '..': return rangeArray(left, right);
    case 'f': return formatOp(left, right);
    case 'is': return isOp(left, right);
    case 'isnot': return !isOp(left, right);
    case 'as': return asOp(left, right);
    case 'join': return joinOp(left, right);
    case 'band': case 'bor': case 'bxor': case 'shl': case 'shr': return bitwise(op, left, right);
  }
  return comparison(op, left, right, {
    setMatches: (m) => ev.session.setMatchesTable(frame, m),
    invoke: (sb, dollarUnder, args) => ev.session.invokeScriptBlock(sb, frame, { args, dollarUnder, dotSource: false }),
  });
}

// ## Ranges

/** A range's ends (character codes for `'a'..'e'`). */
export class RangeBounds {
  constructor(readonly from: number, readonly to: number, readonly chars: boolean) {}
}

// A loop over a range reads these: its optimized code serves the next run only while the shape lives.
keepShape(new RangeBounds(0, 0, false));

export function rangeBounds(left: unknown, right: unknown): RangeBounds {
  // Two Int32 ends, nearly always: as they are.
  if (typeof left === 'number' && typeof right === 'number' && (left | 0) === left && (right | 0) === right) return new RangeBounds(left + 0, right + 0, false);
  if (Array.isArray(left) || Array.isArray(right)) {
    throw RuntimeError.of('System.InvalidCastException', "Unable to cast object of type 'System.Object[]' to type 'System.IConvertible'.", 'System.InvalidCastException', 'NotSpecified');
  }
  if (typeof left === 'string' && typeof right === 'string' && left.length === 1 && right.length === 1 && !/\d/.test(left + right)) {
    return new RangeBounds(left.charCodeAt(0), right.charCodeAt(0), true);
  }
  if ((left instanceof PsChar || right instanceof PsChar) && isOneChar(left) && isOneChar(right)) {
    return new RangeBounds(charCode(left), charCode(right), true);
  }
  if (left instanceof PsChar || right instanceof PsChar) {
    const f = left instanceof PsChar ? left.code : numberValue(toNumeric(left, 'Int32'));
    const t = right instanceof PsChar ? right.code : numberValue(toNumeric(right, 'Int32'));
    return new RangeBounds(f, t, left instanceof PsChar && right instanceof PsChar);
  }
  const from = numberValue(toNumeric(left, 'Int32') as number | TypedNumber);
  const to = numberValue(toNumeric(right, 'Int32') as number | TypedNumber);
  return new RangeBounds(from, to, false);
}

function isOneChar(v: unknown): boolean {
  return v instanceof PsChar || (typeof v === 'string' && v.length === 1 && !/\d/.test(v));
}

function charCode(v: unknown): number {
  return v instanceof PsChar ? v.code : (v as string).charCodeAt(0);
}

function rangeArray(left: unknown, right: unknown): unknown[] {
  const { from, to, chars } = rangeBounds(left, right);
  const count = Math.abs(to - from) + 1;
  if (count > MAX_ARRAY) throw RuntimeError.of('System.OutOfMemoryException', 'Array dimensions exceeded supported range.', 'System.OutOfMemoryException', 'NotSpecified');
  const out: unknown[] = new Array(count);
  const step = from <= to ? 1 : -1;
  for (let i = 0, v = from; i < count; i++, v += step) out[i] = chars ? new PsChar(v) : v;
  return out;
}

/** Emits `a..b` one value at a time, for pipelines and foreach. */
export function evaluateRangeLazily(ev: Evaluator, e: A.BinaryExpression, frame: Frame, out: Stage): void {
  const left = evaluate(ev, e.left, frame);
  const right = evaluate(ev, e.right, frame);
  const { from, to, chars } = (rangeBounds(left, right));
  // At the prompt Ctrl+C raises this flag; the next command may take objects without a link that would look at it.
  const interrupt = ev.interrupt;
  if (from <= to) {
    for (let v = from; v <= to; v++) {
      if (interrupt !== undefined) ev.checkInterrupt();
      out.accept(chars ? new PsChar(v) : v);
    }
  } else {
    for (let v = from; v >= to; v--) {
      if (interrupt !== undefined) ev.checkInterrupt();
      out.accept(chars ? new PsChar(v) : v);
    }
  }
}

// ## Writing values to the pipeline

/** Writes a value to a pipeline: arrays are unrolled one level; AutomationNull writes nothing. */
export function enumerateValue(v: unknown, out: Emit): void {
  if (v === undefined) return;
  if (Array.isArray(v)) {
    for (const item of v) out(item);
    return;
  }
  out(v);
}

/** enumerateValue to a stage (stage.ts); with `ev`, Ctrl+C at the prompt is looked at between items (see evaluateRangeLazily). */
export function enumerateInto(v: unknown, out: Stage, ev?: Evaluator): void {
  if (v === undefined) return;
  if (Array.isArray(v)) {
    const interrupt = ev?.interrupt;
    for (const item of v) {
      if (interrupt !== undefined) ev!.checkInterrupt();
      out.accept(item);
    }
    return;
  }
  out.accept(v);
}

// ## Assignment

export function assign(ev: Evaluator, s: A.Assignment, value: unknown, frame: Frame): void {
  if (s.operator === '=') {
    assignTo(ev, s.target, value, frame);
    return;
  }
  const current = compoundStart(ev, s.target, frame);
  if (s.operator === '??=') {
    if (current === null || current === undefined) assignTo(ev, s.target, value, frame);
    return;
  }
  const op = s.operator[0]!;
  const result = (arithmetic(op, current, value));
  assignTo(ev, s.target, result, frame);
}

/**
 * The value a compound assignment (`+=`, `??=`, ...) starts from. For a variable without a scope
 * qualifier pwsh reads only the variable of the scope the assignment writes to: in a function,
 * `$count += 1` starts from $null when `$count` is the caller's, though `$count` alone reads it.
 */
export function compoundStart(ev: Evaluator, target: A.Expression, frame: Frame): unknown {
  const variable = target.kind === 'Convert' && target.operand.kind === 'Variable' ? target.operand : target.kind === 'Variable' ? target : undefined;
  if (!variable || !isPlainVariableWrite(variable)) return evaluate(ev, target, frame);
  const local = frame.scope.getLocalKey(variable.key!)?.value ?? null;
  return target.kind === 'Convert' ? convertTo(local, target.typeName) : local;
}

export function assignTo(ev: Evaluator, target: A.Expression, value: unknown, frame: Frame, typeName?: string): void {
  switch (target.kind) {
    case 'Variable': return writeVariable(ev, target, value, frame, typeName);
    case 'Convert': return assignTo(ev, target.operand, value, frame, target.typeName);
    case 'Member': {
      const obj = evaluate(ev, target.target, frame);
      const name = typeof target.member === 'string' ? target.member : toStr(evaluate(ev, target.member, frame));
      return (setMember(obj, name, value));
    }
    case 'Index': {
      const obj = evaluate(ev, target.target, frame);
      const index = evaluate(ev, target.index, frame);
      return (setIndex(obj, index, value));
    }
    case 'ArrayLiteral': {
      const items = Array.isArray(value) ? value : [value];
      const targets = target.elements;
      for (let i = 0; i < targets.length; i++) {
        if (i === targets.length - 1) {
          const rest = items.slice(i);
          assignTo(ev, targets[i]!, rest.length === 0 ? null : rest.length === 1 ? rest[0] : rest, frame);
        } else {
          assignTo(ev, targets[i]!, i < items.length ? items[i] : null, frame);
        }
      }
      return;
    }
    default:
      throw runtimeException('The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 'InvalidLeftHandSide', 'ParserError');
  }
}

export { ELEMENT_TYPE };
