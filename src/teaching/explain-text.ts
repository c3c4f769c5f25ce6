/**
 * # The explainer's text view
 *
 * One section per command, then one block per input object, in the order the binder worked:
 * each attempt with its verdict and reason, the parameter sets as they narrow, what was bound and
 * the set chosen; for a failure, the error and what to do instead.
 */
import { ALL_SETS } from '../commands/metadata.js';
import { shortTypeName } from '../runtime/types.js';
import type { Attempt, CommandRecord, ErrorInfo, Explanation, InputRecord, PassRecord } from './binding-explainer.js';

const PASS_LABELS = ['ByValue, exact type', 'ByPropertyName, exact type', 'ByValue, with conversion', 'ByPropertyName, converted'];

export function renderExplanation(e: Explanation): string[] {
  const out: string[] = [];
  for (const pipeline of e.pipelines) {
    out.push(`Pipeline: ${pipeline.text}`, '');
    for (const c of pipeline.commands) out.push(...renderCommand(c, e.executed), '');
  }
  if (!e.executed) out.push('(Nothing was run: only the binding was worked out.)', '');
  while (out.at(-1) === '') out.pop();
  out.push('');
  return out;
}

function renderCommand(c: CommandRecord, executed: boolean): string[] {
  const out = [`${c.name}  (command ${c.position} of ${c.pipelineLength} in the pipeline, ${c.kind === 'cmdlet' ? 'a cmdlet' : 'a function'})`, ''];
  const cl = c.commandLine;
  out.push(cl.text ? `Command line: ${cl.text}` : 'Command line: no arguments.');
  const named = c.parameterSets.filter((s) => s !== ALL_SETS);
  if (named.length) out.push(`  Candidate sets: ${named.map((s) => (s === c.defaultParameterSet ? `${s} (default)` : s)).join(', ')}`);
  if (cl.attempts.length) out.push(...table(cl.attempts.map((a) => [stageLabel(a), ...attemptCells(a)])));
  if (cl.error) {
    out.push(...renderError(cl.error));
    return out;
  }
  if (named.length) out.push(`  Sets:   ${setMarks(named, cl.setsAfter)}`);
  if (cl.waitingForPipeline.length) {
    out.push(`  Mandatory parameters still unbound: ${cl.waitingForPipeline.join(', ')}`);
    out.push('  -> they accept pipeline input, so binding waits for the pipeline.');
  } else if (cl.parameterSet && named.length) {
    out.push(`  Parameter set: ${cl.parameterSet}${cl.setChoice ? ` (${cl.setChoice})` : ''}`);
  }
  if (c.inputs.length === 0 && c.position > 1 && executed) out.push('', 'No input reached this command.');
  for (const input of c.inputs) out.push('', ...renderInput(input, named));
  return out;
}

function renderInput(input: InputRecord, sets: string[]): string[] {
  const out = [`Input ${input.index}: ${shortTypeName(input.type)} ${input.preview}`];
  const rows: string[][] = [];
  input.passes.forEach((pass: PassRecord, i) => {
    const label = `Pass ${i + 1}  ${PASS_LABELS[i]}`;
    if (pass.attempts.length === 0) { rows.push([label, '(no parameter left to try)', '', '']); return; }
    pass.attempts.forEach((a, j) => rows.push([j === 0 ? label : '', ...attemptCells(a)]));
  });
  out.push(...table(rows));
  if (input.error) {
    out.push(...renderError(input.error));
    return out;
  }
  if (sets.length) out.push(`  Sets:   ${setMarks(sets, input.setsAfter)}`);
  const bound = Object.entries(input.bound).map(([k, v]) => `${k} = ${v}`).join(', ');
  out.push(`  Bound:  ${bound || '(nothing)'}${input.parameterSet && input.parameterSet !== ALL_SETS ? `   Parameter set: ${input.parameterSet}` : ''}`);
  return out;
}

function stageLabel(a: Attempt): string {
  switch (a.stage) {
    case 'named': return 'by name';
    case 'positional': return `by position (${a.among ?? 'all sets'}, ${a.coercion ? 'converted' : 'exact type'})`;
    case 'remaining': return 'remaining args';
    default: return a.stage;
  }
}

function attemptCells(a: Attempt): string[] {
  return [`${a.parameter} <${shortTypeName(a.parameterType)}>`, a.result === 'bound' ? 'YES' : 'no', a.reason];
}

function setMarks(sets: string[], valid: string[]): string {
  return sets.map((s) => `${s} ${valid.includes(s) ? 'ok' : 'x'}`).join('  ');
}

function renderError(e: ErrorInfo): string[] {
  const out = [`  Error ${e.id}: ${e.message}`];
  if (e.hint) out.push(`  Hint: ${e.hint}`);
  return out;
}

/** Rows of cells as aligned columns, indented by two spaces (the last column is not padded). */
function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => { if (i < r.length - 1) widths[i] = Math.max(widths[i] ?? 0, cell.length); });
  return rows.map((r) => ('  ' + r.map((cell, i) => (i < r.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ')).trimEnd());
}
