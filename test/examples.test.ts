/**
 * Golden tests: every script in examples/ runs in minipwsh and must print exactly its recorded
 * `.out` (and `.err`). The expected files come from real pwsh (`npm run record`), so this suite
 * checks pwsh's behaviour on machines that have no pwsh.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errText, exampleScripts, lineDiff, normalize, pwshSkipReason, readExpected } from './helpers/golden.js';
import { runScript } from './helpers/run.js';
import { normalizeTrace, withoutErrorDisplay } from './helpers/trace.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scripts = exampleScripts(path.join(root, 'examples'));

describe('examples', () => {
  it('has at least 15 examples, each with an expected .out file', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(15);
    for (const s of scripts) expect(fs.existsSync(s.replace(/\.ps1$/, '.out')), `${s} has no .out`).toBe(true);
  });

  for (const script of scripts) {
    it(path.relative(root, script), () => {
      const expected = readExpected(script);
      const dir = path.dirname(script);
      const r = runScript(fs.readFileSync(script, 'utf8'), { path: script });
      const stdout = normalize(r.stdout, dir);
      const err = normalize(errText(r.stderr, r.exitCode), dir);
      if (stdout !== expected.stdout) expect.fail(`stdout differs (- expected, + minipwsh):\n${lineDiff(expected.stdout, stdout)}`);
      if (err !== expected.errText) expect.fail(`stderr/exit differs (- expected, + minipwsh):\n${lineDiff(expected.errText, err)}`);
    });
  }
});

/** The binding examples pwsh can run: each has its trace recorded from pwsh. */
const tracedByPwsh = scripts.filter((s) => path.basename(path.dirname(s)) === 'binding' && !s.endsWith('.lib.ps1') && !pwshSkipReason(s));

describe('binding traces recorded from pwsh', () => {
  it('every example in examples/binding has a .trace file of ParameterBinding trace lines', () => {
    const binding = tracedByPwsh;
    expect(binding.length).toBeGreaterThanOrEqual(3);
    for (const s of binding) {
      const trace = fs.readFileSync(s.replace(/\.ps1$/, '.trace'), 'utf8');
      expect(trace, s).toMatch(/^DEBUG: <TIMESTAMP> ParameterBinding Information: 0 : /);
      expect(trace).toContain('BIND NAMED cmd line args [Remove-Session]');
      expect(trace).toContain('PIPELINE INPUT');
    }
  });

  for (const script of tracedByPwsh) {
    it(`minipwsh's Trace-Command prints the same lines for ${path.relative(root, script)}`, () => {
      const wrapper = `Trace-Command -Name ParameterBinding -PSHost -Expression { . '${script.replace(/'/g, "''")}' }\n`;
      const ours = normalizeTrace(runScript(wrapper, { mode: 'command' }).stdout);
      const theirs = withoutErrorDisplay(fs.readFileSync(script.replace(/\.ps1$/, '.trace'), 'utf8'));
      if (ours.trimEnd() !== theirs.trimEnd()) expect.fail(`trace differs (- pwsh, + minipwsh):\n${lineDiff(theirs, ours)}`);
    });
  }

  it.skipIf(!fs.existsSync(SPEC))('prints the real trace sample of ../shared/spec/binding.md (123 | Write-Output) line for line', () => {
    const spec = fs.readFileSync(SPEC, 'utf8');
    const sample = /Full sample, `(Trace-Command[^`]*)`[^\n]*\n```\n([\s\S]*?)```/.exec(spec)!;
    const ours = runScript(sample[1]!, { mode: 'command' }).stdout.split('\n')
      .filter((l) => l.startsWith('DEBUG: ')).map((l) => l.replace(/^DEBUG: \S+ \S+ ParameterBinding Information: 0 : /, ''));
    expect(ours.join('\n') + '\n').toBe(sample[2]);
  });
});

const SPEC = path.join(root, '..', 'shared', 'spec', 'binding.md');
