/**
 * # Printing an AST back as PowerShell
 *
 * A canonical rendering: parsing the printed text gives the same tree again (the parser's
 * property tests check this). Parentheses are added around every binary and unary operation, so
 * precedence survives printing.
 */
import type * as A from './ast.js';

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

function escapeExpandable(s: string): string {
  return s.replace(/[`"$]/g, (c) => '`' + c).replace(/\n/g, '`n').replace(/\r/g, '`r').replace(/\t/g, '`t').replace(/\0/g, '`0');
}

export function printScriptBlock(sb: A.ScriptBlock): string {
  const parts: string[] = [];
  if (sb.paramBlock) parts.push(printParamBlock(sb.paramBlock));
  const named = [sb.beginBlock, sb.processBlock, sb.endBlock].filter((b): b is A.NamedBlock => Boolean(b));
  if (named.length === 1 && named[0]!.unnamed) parts.push(printStatements(named[0]!.statements));
  else for (const b of named) parts.push(`${b.blockName} {\n${printStatements(b.statements)}\n}`);
  return parts.filter((p) => p !== '').join('\n');
}

function printStatements(list: A.Statement[]): string {
  return list.map(printStatement).join('\n');
}

function block(b: A.StatementBlock): string {
  return b.statements.length ? `{\n${printStatements(b.statements)}\n}` : '{ }';
}

function printParamBlock(p: A.ParamBlock): string {
  return `${p.attributes.map(printAttribute).join('\n')}${p.attributes.length ? '\n' : ''}param(${p.parameters.map(printParameter).join(', ')})`;
}

function printParameter(p: A.ParameterDecl): string {
  const attrs = p.attributes.map((a) => (a.kind === 'TypeConstraint' ? `[${a.typeName}]` : printAttribute(a))).join('');
  return `${attrs}$${braceName(p.name)}${p.defaultValue ? ' = ' + printExpression(p.defaultValue) : ''}`;
}

function printAttribute(a: A.Attribute): string {
  const args = [
    ...a.positional.map(printExpression),
    ...a.named.map((n) => (n.value ? `${n.name} = ${printExpression(n.value)}` : n.name)),
  ];
  return `[${a.typeName}(${args.join(', ')})]`;
}

function label(l: string | undefined): string { return l ? `:${l} ` : ''; }

export function printStatement(s: A.Statement): string {
  switch (s.kind) {
    case 'Pipeline': return s.elements.map(printElement).join(' | ');
    case 'PipelineChain': return `${printStatement(s.left)} ${s.operator} ${printStatement(s.right)}`;
    case 'Assignment': return `${printExpression(s.target)} ${s.operator} ${printStatement(s.value)}`;
    case 'If': {
      const head = s.clauses.map((c, i) => `${i === 0 ? 'if' : 'elseif'} (${printStatement(c.condition)}) ${block(c.body)}`).join(' ');
      return s.elseBody ? `${head} else ${block(s.elseBody)}` : head;
    }
    case 'While': return `${label(s.label)}while (${printStatement(s.condition)}) ${block(s.body)}`;
    case 'Do': return `${label(s.label)}do ${block(s.body)} ${s.until ? 'until' : 'while'} (${printStatement(s.condition)})`;
    case 'For': return `${label(s.label)}for (${s.init ? printStatement(s.init) : ''}; ${s.condition ? printStatement(s.condition) : ''}; ${s.iterator ? printStatement(s.iterator) : ''}) ${block(s.body)}`;
    case 'Foreach': return `${label(s.label)}foreach (${printExpression(s.variable)} in ${printStatement(s.collection)}) ${block(s.body)}`;
    case 'Switch': {
      const flags = Object.entries(s.flags).filter(([, v]) => v).map(([k]) => ` -${k === 'caseSensitive' ? 'CaseSensitive' : k[0]!.toUpperCase() + k.slice(1)}`).join('');
      const clauses = s.clauses.map((c) => `${c.isDefault ? 'default' : printExpression(c.pattern)} ${block(c.body)}`).join('\n');
      return `${label(s.label)}switch${flags} (${printStatement(s.subject)}) {\n${clauses}\n}`;
    }
    case 'FunctionDefinition': {
      const params = s.parameters ? `(${s.parameters.map(printParameter).join(', ')})` : '';
      const body = printScriptBlock(s.body);
      return `${s.isFilter ? 'filter' : 'function'} ${s.name}${params} {${body ? `\n${body}\n` : ' '}}`;
    }
    case 'Return': return s.value ? `return ${printStatement(s.value)}` : 'return';
    case 'Throw': return s.value ? `throw ${printStatement(s.value)}` : 'throw';
    case 'Exit': return s.value ? `exit ${printStatement(s.value)}` : 'exit';
    case 'Break': return s.label ? `break ${printExpression(s.label)}` : 'break';
    case 'Continue': return s.label ? `continue ${printExpression(s.label)}` : 'continue';
    case 'Try': {
      const catches = s.catches.map((c) => `catch ${c.typeNames.map((t) => `[${t}]`).join(', ')}${c.typeNames.length ? ' ' : ''}${block(c.body)}`).join(' ');
      return `try ${block(s.body)}${catches ? ' ' + catches : ''}${s.finallyBody ? ` finally ${block(s.finallyBody)}` : ''}`;
    }
    case 'BlockStatement': return block(s.body);
    case 'Trap': return `trap ${s.typeName ? `[${s.typeName}] ` : ''}${block(s.body)}`;
  }
}

function printRedirections(rs: A.Redirection[]): string {
  return rs.map((r) => ` ${r.from === '1' && !r.toOutput ? '' : r.from}${r.append ? '>>' : '>'}${r.toOutput ? '&1' : ' ' + printArgument(r.target!)}`).join('');
}

function printElement(e: A.PipelineElement): string {
  if (e.kind === 'CommandExpression') return printExpression(e.expression) + printRedirections(e.redirections);
  const name = e.invocationOperator
    ? `${e.invocationOperator} ${printArgument(e.name)}`
    : (e.name as A.StringConstant).value;
  const args = e.elements.map((el) => {
    if (el.kind === 'CommandParameter') return el.argument ? `-${el.name}:${printArgument(el.argument)}` : `-${el.name}`;
    return printArgument(el);
  });
  return [name, ...args].join(' ') + printRedirections(e.redirections);
}

/** A value in argument mode: bare words are quoted so they cannot be read as anything else. */
function printArgument(e: A.Expression): string {
  if (e.kind === 'StringConstant') return quote(e.value);
  if (e.kind === 'ArrayLiteral') return e.elements.map(printArgument).join(',');
  if (e.kind === 'Constant') return String(e.value.value);
  if (e.kind === 'Variable' || e.kind === 'ScriptBlockExpression' || e.kind === 'Hashtable' || e.kind === 'ArrayExpression'
    || e.kind === 'SubExpression' || e.kind === 'ExpandableString') return printExpression(e);
  const text = printExpression(e);
  return text.startsWith('(') && text.endsWith(')') ? text : `(${text})`;
}

function braceName(name: string): string {
  return /^(?:[\w?]+|[$^?])$/.test(name) ? name : `{${name.replace(/[{}`]/g, (c) => '`' + c)}}`;
}

function constant(v: A.ConstantExpression['value']): string {
  const n = v.value;
  switch (v.kind) {
    case 'Int64': return `${n}L`;
    case 'Decimal': return `${n}d`;
    case 'Double': {
      const s = String(n);
      return /[.eE]/.test(s) || !Number.isFinite(n) ? s : `${s}.0`;
    }
    case 'Int32': return String(n);
    default: return `([${v.kind}]${n})`;
  }
}

export function printExpression(e: A.Expression): string {
  switch (e.kind) {
    case 'Constant': {
      const v = e.value.value;
      return v < 0 || Object.is(v, -0) ? `(-${constant({ ...e.value, value: -v })})` : constant(e.value);
    }
    case 'StringConstant': return quote(e.value);
    case 'ExpandableString':
      return `"${e.parts.map((p) => (p.kind === 'text' ? escapeExpandable(p.value) : `$(${printExpressionInString(p.expression)})`)).join('')}"`;
    case 'Variable': {
      const name = e.scope ? `${e.scope}:${e.name}` : e.name;
      return `${e.splatted ? '@' : '$'}${e.splatted ? name : braceName(name)}`;
    }
    case 'ArrayLiteral': return `(${e.elements.map(printExpression).join(', ')})`;
    case 'ArrayExpression': return `@(${printStatements(e.statements)})`;
    case 'SubExpression': return `$(${printStatements(e.statements)})`;
    case 'Paren': {
      // Operators already print their own parentheses: do not add a second pair.
      const p = e.pipeline;
      if (p.kind === 'Pipeline' && p.elements.length === 1 && p.elements[0]!.kind === 'CommandExpression' && p.elements[0]!.redirections.length === 0) {
        const inner = printExpression(p.elements[0]!.expression);
        if (inner.startsWith('(') && inner.endsWith(')')) return inner;
      }
      return `(${printStatement(p)})`;
    }
    case 'Hashtable': return `@{${e.entries.map((en) => `${printExpression(en.key)} = ${printStatement(en.value)}`).join('; ')}}`;
    case 'ScriptBlockExpression': {
      const body = printScriptBlock(e.scriptBlock);
      return body ? `{\n${body}\n}` : '{ }';
    }
    case 'Type': return `[${e.typeName}]`;
    case 'Convert': return `([${e.typeName}]${printExpression(e.operand)})`;
    case 'Attributed': return printExpression(e.operand);
    case 'Unary':
      if (e.operator === 'post++' || e.operator === 'post--') return `(${printExpression(e.operand)}${e.operator.slice(4)})`;
      if (e.operator === ',') return `(,${printExpression(e.operand)})`;
      return `(${e.operator}${/^-\w/.test(e.operator) ? ' ' : ''}${printExpression(e.operand)})`;
    case 'Binary': {
      const op = /^[a-z]/.test(e.operator) ? `-${e.operator}` : e.operator;
      return `(${printExpression(e.left)} ${op} ${printExpression(e.right)})`;
    }
    case 'Ternary': return `(${printExpression(e.condition)} ? ${printExpression(e.ifTrue)} : ${printExpression(e.ifFalse)})`;
    case 'Member': {
      const dot = e.isStatic ? '::' : e.nullConditional ? '?.' : '.';
      const member = typeof e.member === 'string' ? e.member : printExpression(e.member);
      return `${printExpression(e.target)}${dot}${member}`;
    }
    case 'InvokeMember': {
      const dot = e.isStatic ? '::' : e.nullConditional ? '?.' : '.';
      return `${printExpression(e.target)}${dot}${e.member}(${e.arguments.map(printExpression).join(', ')})`;
    }
    case 'Index': return `${printExpression(e.target)}[${printExpression(e.index)}]`;
  }
}

/** Inside a string every interpolation is printed as `$( )`. */
function printExpressionInString(e: A.Expression): string {
  if (e.kind === 'SubExpression') return printStatements(e.statements);
  return printExpression(e);
}

export function printScript(sb: A.ScriptBlock): string {
  return printScriptBlock(sb) + '\n';
}
