/**
 * # The playground page
 *
 * Editor (a text area over a layer coloured by the interpreter's scanner), Run / Ctrl+Enter,
 * Stop, output and error panes, the Binding pane, the Examples menu and shareable links. Each
 * run starts a fresh session in the worker; a run over the time budget (10 s, or `?budget=ms`)
 * or stopped with Stop ends the worker, and a new one is ready for the next run.
 */
import { renderBinding } from './binding-view.js';
import { EXAMPLES } from './examples.js';
import { highlightHtml } from './highlight.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { decodeScript, encodeScript } from './share.js';

const $ = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)!;
const editor = $<HTMLTextAreaElement>('editor');
const layer = document.querySelector<HTMLElement>('#highlight code')!;
const runButton = $<HTMLButtonElement>('run');
const stopButton = $<HTMLButtonElement>('stop');
const output = $<HTMLElement>('output');
const errors = $<HTMLElement>('errors');
const binding = $<HTMLElement>('binding');
const examples = $<HTMLSelectElement>('examples');
const shareButton = $<HTMLButtonElement>('share');
const status = $<HTMLElement>('status');

const budgetParam = Number(new URLSearchParams(location.search).get('budget'));
const BUDGET_MS = Number.isFinite(budgetParam) && budgetParam > 0 ? budgetParam : 10_000;

// ## Editor

function paint(): void {
  layer.innerHTML = highlightHtml(editor.value);
  syncScroll();
}

function syncScroll(): void {
  const pre = layer.parentElement!;
  pre.scrollTop = editor.scrollTop;
  pre.scrollLeft = editor.scrollLeft;
}

function setScript(text: string): void {
  editor.value = text;
  paint();
}

editor.addEventListener('input', paint);
editor.addEventListener('scroll', syncScroll);
editor.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  } else if (e.key === 'Tab' && !e.shiftKey) {
    // Tab indents inside the editor; Shift+Tab (or Escape then Tab) still leaves it.
    e.preventDefault();
    const { selectionStart: s, selectionEnd: end } = editor;
    editor.setRangeText('    ', s, end, 'end');
    paint();
  }
});

// ## Examples and links

for (const ex of EXAMPLES) {
  const option = document.createElement('option');
  option.value = ex.id;
  option.textContent = ex.title;
  examples.append(option);
}
examples.addEventListener('change', () => {
  const ex = EXAMPLES.find((x) => x.id === examples.value);
  if (!ex) return;
  setScript(ex.script);
  history.replaceState(null, '', location.pathname + location.search);
  setStatus(`Loaded “${ex.title}”. Press Run or Ctrl+Enter.`);
});

shareButton.addEventListener('click', async () => {
  const link = location.origin + location.pathname + location.search + encodeScript(editor.value);
  history.replaceState(null, '', link);
  try {
    await navigator.clipboard.writeText(link);
    setStatus('Link copied: it holds the script, and opening it runs nothing until Run.');
  } catch {
    setStatus('The address bar now holds a link to this script.');
  }
});

function restoreFromLink(): boolean {
  const script = decodeScript(location.hash);
  if (script === undefined) return false;
  setScript(script);
  setStatus('Script restored from the link. Press Run to run it.');
  return true;
}
window.addEventListener('hashchange', restoreFromLink);

// ## Running

let worker: Worker | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let running = false;

function newWorker(): Worker {
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
  w.onerror = (e) => { finish(); errors.append(`The interpreter failed to start: ${e.message}\n`); };
  return w;
}

function setStatus(text: string): void { status.textContent = text; }

function run(): void {
  if (running) return;
  running = true;
  incoming.out = incoming.err = '';
  output.textContent = '';
  errors.textContent = '';
  renderBinding(binding, undefined);
  runButton.disabled = true;
  stopButton.disabled = false;
  document.body.dataset.state = 'running';
  setStatus('Running…');
  worker ??= newWorker();
  worker.postMessage({ type: 'run', script: editor.value } satisfies ToWorker);
  timer = setTimeout(() => stop(`Stopped: the script ran longer than the time budget of ${BUDGET_MS / 1000} s.`), BUDGET_MS);
}

/** Ends a runaway script by ending its worker; the session it had is gone with it. */
function stop(reason: string): void {
  if (!running) return;
  worker?.terminate();
  worker = undefined;
  finish();
  errors.append(`${reason}\n`);
  setStatus(reason);
  document.body.dataset.state = 'stopped';
}

function finish(): void {
  drain();
  running = false;
  clearTimeout(timer);
  runButton.disabled = false;
  stopButton.disabled = true;
}

/** Text received since the last frame, drawn once per frame rather than once per message. */
const incoming = { out: '', err: '', scheduled: false };

function queue(stream: 'out' | 'err', text: string): void {
  incoming[stream] += text;
  if (!incoming.scheduled) {
    incoming.scheduled = true;
    requestAnimationFrame(drain);
  }
}

function drain(): void {
  incoming.scheduled = false;
  if (incoming.out) output.append(incoming.out);
  if (incoming.err) errors.append(incoming.err);
  incoming.out = '';
  incoming.err = '';
}

function receive(m: FromWorker): void {
  if (!running) return;
  switch (m.type) {
    case 'out': queue('out', m.text); break;
    case 'err': queue('err', m.text); break;
    case 'crash':
      finish();
      errors.append(`minipwsh: internal error: ${m.message}\n`);
      setStatus('The interpreter failed; see Errors.');
      document.body.dataset.state = 'done';
      break;
    case 'done':
      finish();
      renderBinding(binding, m.explanation);
      setStatus(`Done in ${Math.round(m.milliseconds)} ms, exit code ${m.exitCode}.`);
      document.body.dataset.state = 'done';
      break;
  }
}

runButton.addEventListener('click', run);
stopButton.addEventListener('click', () => stop('Stopped by the Stop button.'));

if (!restoreFromLink()) {
  setScript(EXAMPLES[0]!.script);
  examples.value = EXAMPLES[0]!.id;
}
renderBinding(binding, undefined);
worker = newWorker();
document.body.dataset.state = 'ready';
