/**
 * # The Binding pane
 *
 * Per pipeline, per command: an SVG diagram of the pipeline objects (left) flowing into the
 * parameters they bound to (right), each arrow labelled with the pass that bound it; then the
 * parameter-set table narrowing step by step, each dropped set with its reason.
 */
import type { Explanation } from '../../src/teaching/binding-explainer.js';
import { commandViews, type CommandView, type InputView } from './binding-model.js';

const SVG = 'http://www.w3.org/2000/svg';
const ROW = 46;
const BOX_W = 210;
const GAP = 170;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

export function renderBinding(target: HTMLElement, explanation: Explanation | undefined): void {
  target.replaceChildren();
  const pipelines = explanation ? commandViews(explanation) : [];
  if (pipelines.length === 0) {
    target.append(el('p', 'Run a script to see how each command bound its parameters.', 'hint'));
    return;
  }
  for (const p of pipelines) {
    const section = el('section', undefined, 'pipeline');
    section.append(el('h2', p.pipeline));
    for (const c of p.commands) section.append(renderCommand(c));
    target.append(section);
  }
}

function renderCommand(c: CommandView): HTMLElement {
  const article = el('article', undefined, 'command');
  article.dataset['command'] = c.title;
  const heading = el('h3', c.title);
  heading.append(el('small', `  ${c.position}`));
  article.append(heading);
  article.append(el('p', c.commandLine ? `Command line: ${c.commandLine}` : 'Command line: no arguments.', 'command-line'));
  if (c.inputs.length) article.append(flowDiagram(c));
  article.append(setTable(c));
  if (c.chosenSet) article.append(el('p', `Parameter set: ${c.chosenSet}`, 'chosen'));
  if (c.error) article.append(el('p', c.error, 'binding-error'));
  if (c.hint) article.append(el('p', `Hint: ${c.hint}`, 'hint'));
  for (const input of c.inputs) article.append(passDetails(input));
  return article;
}

/** Each input's four passes, attempt by attempt; open when the input failed to bind. */
function passDetails(input: InputView): HTMLElement {
  const details = el('details', undefined, input.error ? 'passes failed' : 'passes');
  details.open = input.error !== null;
  details.append(el('summary', `Input ${input.index}: ${input.type} ${input.preview}${input.error ? ' (not bound)' : ''}`));
  const list = el('ol');
  for (const pass of input.passes) {
    const item = el('li', pass.label);
    if (pass.attempts.length === 0) item.append(el('span', ' (no parameter left to try)', 'muted'));
    const attempts = el('ul');
    for (const a of pass.attempts) {
      const li = el('li', undefined, `attempt ${a.result}`);
      li.append(el('code', `-${a.parameter}`), el('span', ` ${a.result === 'bound' ? 'bound' : 'no'}: `, 'verdict'), el('span', a.reason));
      attempts.append(li);
    }
    item.append(attempts);
    list.append(item);
  }
  details.append(list);
  if (input.error) details.append(el('p', input.error, 'binding-error'));
  if (input.hint) details.append(el('p', `Hint: ${input.hint}`, 'hint'));
  return details;
}

/** Inputs on the left, the parameters they bound on the right, one arrow per binding. */
function flowDiagram(c: CommandView): SVGElement {
  const params = c.parameters.length ? c.parameters : ['(nothing bound)'];
  const rows = Math.max(c.inputs.length, params.length);
  const width = BOX_W * 2 + GAP + 20;
  const height = rows * ROW + 30;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'flow' });
  root.append(svg('title', {}, `${c.title}: pipeline objects and the parameters they bound to`));
  const defs = svg('defs', {});
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
  defs.append(marker);
  root.append(defs);
  root.append(svg('text', { x: 10, y: 16, class: 'column-title' }, 'Pipeline objects'));
  root.append(svg('text', { x: 10 + BOX_W + GAP, y: 16, class: 'column-title' }, 'Parameters'));
  const inputY = (i: number) => 26 + i * ROW;
  const paramY = (i: number) => 26 + i * ROW;
  c.inputs.forEach((input, i) => {
    const g = svg('g', { class: input.error ? 'input failed' : 'input' });
    g.append(svg('rect', { x: 10, y: inputY(i), width: BOX_W, height: ROW - 10, rx: 6 }));
    g.append(svg('text', { x: 18, y: inputY(i) + 15 }, clip(`${input.index}. ${input.type}`, 30)));
    g.append(svg('text', { x: 18, y: inputY(i) + 30, class: 'preview' }, clip(input.preview, 32)));
    root.append(g);
  });
  params.forEach((name, i) => {
    const g = svg('g', { class: c.parameters.length ? 'parameter' : 'parameter none' });
    g.append(svg('rect', { x: 10 + BOX_W + GAP, y: paramY(i), width: BOX_W, height: ROW - 10, rx: 6 }));
    g.append(svg('text', { x: 18 + BOX_W + GAP, y: paramY(i) + 22 }, c.parameters.length ? `-${name}` : name));
    root.append(g);
  });
  for (const f of c.flows) {
    const from = c.inputs.findIndex((x) => x.index === f.input);
    const to = c.parameters.indexOf(f.parameter);
    const x1 = 10 + BOX_W;
    const y1 = inputY(from) + (ROW - 10) / 2;
    const x2 = 10 + BOX_W + GAP;
    const y2 = paramY(to) + (ROW - 10) / 2;
    const g = svg('g', { class: `flow-edge ${f.coercion ? 'converted' : 'exact'}`, 'data-pass': f.pass });
    g.append(svg('path', { d: `M ${x1} ${y1} C ${x1 + GAP / 2} ${y1}, ${x2 - GAP / 2} ${y2}, ${x2} ${y2}`, 'marker-end': 'url(#arrow)' }));
    const label = svg('text', { x: x1 + 6, y: y1 - 4, class: 'edge-label' }, f.pass);
    label.append(svg('title', {}, `${f.pass} (${f.label}): ${f.value}`));
    g.append(label);
    g.append(svg('text', { x: x1 + 6, y: y1 + 12, class: 'edge-label minor' }, f.label.replace('ByValue, ', '').replace('ByPropertyName, ', '')));
    root.append(g);
  }
  return root;
}

/** One row per step, one column per parameter set; a dropped set shows why. */
function setTable(c: CommandView): HTMLElement {
  const table = el('table', undefined, 'sets');
  const head = el('tr');
  head.append(el('th', 'Step'));
  for (const s of c.narrowing[0]!.sets) head.append(el('th', s.name));
  table.append(head);
  for (const step of c.narrowing) {
    const tr = el('tr');
    tr.append(el('th', step.label));
    for (const s of step.sets) {
      const td = el('td', undefined, s.state);
      if (s.state === 'candidate') td.textContent = '✓';
      else if (s.state === 'gone') td.textContent = '–';
      else {
        td.append(el('span', `✗ ${s.verdict ?? 'dropped'}`, 'mark'));
        td.append(el('span', s.reason ?? '', 'reason'));
      }
      tr.append(td);
    }
    table.append(tr);
  }
  const wrap = el('div', undefined, 'sets-wrap');
  wrap.append(table);
  return wrap;
}
