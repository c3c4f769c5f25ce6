/**
 * The playground's parts that need no browser: the in-memory host, one run of a script (output as
 * the CLI prints it, the explainer's record), the Binding pane's model, highlighting, links and
 * the Examples menu. test/playground-e2e.test.ts drives the built page in Chromium.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { InMemoryHost, normalize } from '../src/playground/in-memory-host.js';
import { runPlaygroundScript } from '../src/playground/run-script.js';
import { Engine } from '../src/host/engine.js';
import { MemoryHost } from '../src/runtime/host-io.js';
import { commandView, commandViews } from '../playground/src/binding-model.js';
import { highlightHtml, highlightSpans } from '../playground/src/highlight.js';
import { decodeScript, encodeScript } from '../playground/src/share.js';
import { EXAMPLES, playgroundScript } from '../playground/src/examples.js';
import { normalize as normalizeGolden } from './helpers/golden.js';

const EXAMPLES_DIR = path.resolve(import.meta.dirname, '..', 'examples');

describe('InMemoryHost', () => {
  it('resolves paths against the current directory', () => {
    expect(normalize('a/../b/./c.txt', '/home/learner')).toBe('/home/learner/b/c.txt');
    expect(normalize('/x/../../y', '/home')).toBe('/y');
    expect(normalize('..\\z', '/home/learner')).toBe('/home/z');
  });

  it('keeps files in memory and refuses a file in a missing folder', () => {
    const host = new InMemoryHost({ writeOut: () => {}, writeErr: () => {} });
    host.writeFile('notes.txt', 'a\n', false);
    host.writeFile('/home/learner/notes.txt', 'b\n', true);
    expect(host.readFile('notes.txt')).toBe('a\nb\n');
    expect(host.fileExists('/home/learner/notes.txt')).toBe(true);
    expect(() => host.writeFile('/nowhere/x.txt', '', false)).toThrow(/Could not find a part of the path/);
    host.deleteFile('notes.txt');
    expect(host.fileExists('notes.txt')).toBe(false);
    expect(host.isDirectory('/home')).toBe(true);
  });

  it('runs the file cmdlets against it', () => {
    const run = runPlaygroundScript("'one','two' | Set-Content list.txt\nAdd-Content list.txt 'three'\n(Get-Content list.txt).Count\nTest-Path list.txt\nSet-Location /nowhere\n(Get-Location).Path");
    expect(run.output).toBe('3\nTrue\n/home/learner\n');
    expect(run.errors).toMatch(/^Set-Location: \/home\/learner\/playground\.ps1:5\n/);
    expect(run.errors).toContain("Cannot find path '/nowhere' because it does not exist.");
  });
});

describe('runPlaygroundScript', () => {
  // Every example that reads no other file prints in the playground exactly what the CLI prints.
  const examples = fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.ps1') && !f.includes('.lib.'));
  const standalone = examples.filter((f) => !/Get-Content|Set-Content|Out-File|Import-Csv|Export-Csv|\.\s+\$PSScriptRoot|Read-Host|\$PSCommandPath|\$PSScriptRoot|Get-Location|Get-Date|Get-Random|Trace-Command/i.test(fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')));

  it('has most examples to compare', () => {
    expect(standalone.length).toBeGreaterThan(30);
  });

  it.each(standalone)('%s prints its .out', (file) => {
    const text = fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
    const run = runPlaygroundScript(text);
    const expected = fs.readFileSync(path.join(EXAMPLES_DIR, file.replace(/\.ps1$/, '.out')), 'utf8');
    expect(normalizeGolden(run.output, EXAMPLES_DIR)).toBe(normalizeGolden(expected, EXAMPLES_DIR));
  });

  it('gives the same record as Show-ParameterBinding -Format Json', () => {
    const script = "New-CimSession -ComputerName a, b | Out-Null\nGet-CimSession | Remove-CimSession\n[pscustomobject]@{ Id = 9 } | Remove-CimSession";
    const host = new MemoryHost();
    new Engine(host).run(`Show-ParameterBinding -Format Json { ${script} }`, { mode: 'command' });
    const viaCmdlet = JSON.parse(host.out);
    const viaPlayground = runPlaygroundScript(script).explanation;
    expect(JSON.parse(JSON.stringify(viaPlayground))).toEqual(viaCmdlet);
    expect(viaPlayground.pipelines.map((p) => p.text)).toEqual(['New-CimSession -ComputerName a, b | Out-Null', 'Get-CimSession | Remove-CimSession', '[pscustomobject]@{ Id = 9 } | Remove-CimSession']);
  });

  it('reports parse errors with the caret and keeps the explanation empty', () => {
    const run = runPlaygroundScript('if ($x -eq {');
    expect(run.exitCode).toBe(1);
    expect(run.errors).toMatch(/^ParserError: \/home\/learner\/playground\.ps1:1\nLine \|\n   1 \| {2}if \(\$x -eq \{\n/);
    expect(run.explanation.pipelines).toEqual([]);
  });

  it('starts every run in a fresh session', () => {
    expect(runPlaygroundScript('$global:n = 1; New-CimSession -ComputerName a | Out-Null').errors).toBe('');
    expect(runPlaygroundScript('"[$n]"; @(Get-CimSession).Count').output).toBe('[]\n0\n');
  });
});

describe('the Binding pane model', () => {
  it('draws the seed pipeline: each session flows into -CimSession by value', () => {
    const run = runPlaygroundScript('New-CimSession -ComputerName a, b | Out-Null\nGet-CimSession | Remove-CimSession');
    const remove = commandViews(run.explanation)[1]!.commands[1]!;
    expect(remove.title).toBe('Remove-CimSession');
    expect(remove.flows.map((f) => [f.input, f.parameter, f.pass, f.coercion])).toEqual([[1, 'CimSession', 'ValueFromPipeline', false], [2, 'CimSession', 'ValueFromPipeline', false]]);
    expect(remove.chosenSet).toBe('CimSessionSet');
    const firstInput = remove.narrowing.find((s) => s.label === 'Input 1, ByValue, exact type')!;
    expect(firstInput.sets.find((s) => s.name === 'NameSet')).toEqual({ name: 'NameSet', state: 'dropped', verdict: 'dropped', reason: '-CimSession bound from the pipeline; NameSet has no -CimSession' });
    expect(firstInput.sets.find((s) => s.name === 'CimSessionSet')!.state).toBe('candidate');
  });

  it('labels a ByPropertyName binding that needed conversion', () => {
    const run = runPlaygroundScript("New-CimSession -ComputerName a | Out-Null\n[pscustomobject]@{ Id = 1 } | Remove-CimSession");
    const remove = run.explanation.pipelines[1]!.commands[0]!;
    const view = commandView(remove);
    expect(view.flows).toEqual([{ input: 1, parameter: 'Id', pass: 'ValueFromPipelineByPropertyName', coercion: true, label: 'ByPropertyName, with conversion', value: '@(1) (UInt32[])' }]);
    expect(view.narrowing.map((s) => s.label)).toEqual(['Declared', 'Command line (no arguments)', 'Input 1, ByPropertyName, with conversion']);
    expect(view.chosenSet).toBe('SessionIdSet');
  });

  it('says when sets were left out because one set was chosen from the command line', () => {
    const run = runPlaygroundScript('Get-CimSession');
    const view = commandView(run.explanation.pipelines[0]!.commands[0]!);
    const line = view.narrowing[1]!;
    expect(line.sets.find((s) => s.name === 'NameSet')).toMatchObject({ state: 'dropped', verdict: 'not chosen' });
    expect(line.sets.find((s) => s.name === 'ComputerNameSet')!.state).toBe('candidate');
  });

  it('carries a binding error to the input that failed', () => {
    const run = runPlaygroundScript("'srv1' | Remove-CimSession");
    const view = commandView(run.explanation.pipelines[0]!.commands[0]!);
    expect(view.inputs[0]!.error).toMatch(/^InputObjectNotBound/);
    expect(view.inputs[0]!.hint).toContain('Remove-CimSession -ComputerName srv1');
    expect(view.inputs[0]!.passes.map((p) => p.label)).toEqual([
      'Pass 1, ValueFromPipeline: ByValue, exact type', 'Pass 2, ValueFromPipelineByPropertyName: ByPropertyName, exact type',
      'Pass 3, ValueFromPipeline: ByValue, with conversion', 'Pass 4, ValueFromPipelineByPropertyName: ByPropertyName, with conversion',
    ]);
    expect(view.inputs[0]!.passes[0]!.attempts).toEqual([{ parameter: 'CimSession', result: 'skipped', reason: 'String is not CimSession[]: needs conversion, so not in this pass' }]);
    expect(view.flows).toEqual([]);
  });
});

describe('highlighting', () => {
  it('colours by the scanner\'s reading of the text', () => {
    const text = "# list them\nGet-CimSession -Name a* | ForEach-Object { $_.Id -eq 2 } # done\n'x' + \"y\"";
    const classes = highlightSpans(text).filter((s) => s.cls !== 'plain').map((s) => [text.slice(s.start, s.end), s.cls]);
    expect(classes).toEqual([
      ['# list them', 'comment'], ['Get-CimSession', 'command'], ['-Name', 'parameter'], ['|', 'operator'], ['ForEach-Object', 'command'],
      ['$_', 'variable'], ['Id', 'member'], ['-eq', 'operator'], ['2', 'number'], ['# done', 'comment'], ["'x'", 'string'], ['+', 'operator'], ['"y"', 'string'],
    ]);
  });

  it('covers any text exactly, in order, and escapes HTML', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => {
      const spans = highlightSpans(text);
      let at = 0;
      for (const s of spans) { expect(s.start).toBe(at); expect(s.end).toBeGreaterThan(s.start); at = s.end; }
      expect(at).toBe(text.length);
      const html = highlightHtml(text);
      expect(html.replace(/<\/?span[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')).toBe(text + '\n');
    }), { numRuns: 300 });
  });
});

describe('shared links', () => {
  it('round-trips any script through the fragment', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (script) => {
      const hash = encodeScript(script);
      expect(hash).toMatch(/^#script=[A-Za-z0-9_-]*$/);
      expect(decodeScript(hash)).toBe(script);
    }));
    expect(decodeScript(encodeScript('Write-Output "é ✓ 🚀"'))).toBe('Write-Output "é ✓ 🚀"');
  });

  it('ignores other fragments and damaged ones', () => {
    expect(decodeScript('')).toBeUndefined();
    expect(decodeScript('#other')).toBeUndefined();
    expect(decodeScript('#script=%%%')).toBeUndefined();
  });
});

describe('the Examples menu', () => {
  it('has the seed\'s three examples and every teaching case', () => {
    const teaching = fs.readdirSync(path.join(EXAMPLES_DIR, 'teaching')).filter((f) => f.endsWith('.ps1'));
    expect(EXAMPLES.slice(0, 3).map((e) => e.id)).toEqual(['seed-1', 'seed-2', 'seed-3']);
    expect(EXAMPLES.slice(3).map((e) => `${e.id}.ps1`)).toEqual(teaching.sort());
  });

  it('unwraps Show-ParameterBinding, since the pane explains every command', () => {
    expect(playgroundScript("# A case.\n# pwsh: skip — ours\nShow-ParameterBinding { 1 | Write-Output }\nShow-ParameterBinding -NoExecute { x }")).toBe('# A case.\n1 | Write-Output\nShow-ParameterBinding -NoExecute { x }');
  });

  it.each(EXAMPLES.map((e) => [e.title, e] as const))('%s runs and explains its commands', (_title, example) => {
    const run = runPlaygroundScript(example.script);
    expect(run.errors).not.toContain('internal error');
    expect(run.explanation.pipelines.length).toBeGreaterThan(0);
  });

  it('runs the seed examples as their help page describes', () => {
    const [one, two, three] = EXAMPLES.map((e) => runPlaygroundScript(e.script));
    expect(one!.output).toBe('sessions left: 0\n');
    expect(two!.output).toBe('1,2,3,4\n');
    expect(three!.output).toMatch(/^What if: Performing the operation "Remove CimSession" on target "CimSession id = 1, name = apple, .*\nWhat if: .*name = avocado, /);
    expect(three!.output).toMatch(/apple,avocado,banana\n$/);
  });
});
