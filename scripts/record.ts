/**
 * `npm run record -- examples/x.ps1 [more.ps1 ...]` writes `x.out` (and `x.err`) from real pwsh's
 * output, normalised as the tests normalise it. With no argument it records every example that
 * pwsh can run, and the `test/pwsh-cases` table. Scripts marked `# pwsh: skip — reason` are left
 * alone: their expected output is written by hand from the behaviour they document, or with
 * `npm run record -- --from-minipwsh x.ps1` from minipwsh's own output, then read and checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errText, exampleScripts, normalize, pwshSkipReason, writeExpected } from '../test/helpers/golden.js';
import { findPwsh, runPwshAsync } from '../test/helpers/pwsh.js';
import { recordCases } from '../test/helpers/pwsh-cases.js';
import { runScript } from '../test/helpers/run.js';
import { recordTrace } from '../test/helpers/trace.js';
import { recordTraceCases } from '../test/helpers/trace-cases.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromMinipwsh = process.argv.includes('--from-minipwsh');
if (fromMinipwsh) {
  // For scripts pwsh cannot run (`# pwsh: skip`): writes minipwsh's own output, to be read and
  // checked by hand before it is committed as the expected output.
  for (const script of process.argv.slice(2).filter((a) => a.endsWith('.ps1')).map((a) => path.resolve(a))) {
    const r = runScript(fs.readFileSync(script, 'utf8'), { path: script });
    const dir = path.dirname(script);
    writeExpected(script, normalize(r.stdout, dir), normalize(errText(r.stderr, r.exitCode), dir));
    console.log(`wrote ${path.relative(root, script).replace(/\.ps1$/, '.out')} from minipwsh`);
  }
  process.exit(0);
}
const pwsh = findPwsh();
if (!pwsh) {
  console.error('record: pwsh was not found (install it with: dotnet tool install --global PowerShell --version 7.6.9)');
  process.exit(2);
}
const args = process.argv.slice(2);
const scripts = args.length ? args.filter((a) => a.endsWith('.ps1')).map((a) => path.resolve(a)) : exampleScripts(path.join(root, 'examples'));
for (const script of scripts) {
  const skip = pwshSkipReason(script);
  if (skip) { console.log(`skip  ${path.relative(root, script)} (${skip})`); continue; }
  const r = await runPwshAsync(pwsh, script);
  const dir = path.dirname(script);
  writeExpected(script, normalize(r.stdout, dir), normalize(errText(r.stderr, r.exitCode), dir));
  console.log(`wrote ${path.relative(root, script).replace(/\.ps1$/, '.out')}${r.stderr || r.exitCode ? ' (+ .err)' : ''}`);
  if (path.basename(dir) === 'binding' && !script.endsWith('.lib.ps1')) {
    recordTrace(pwsh, script);
    console.log(`wrote ${path.relative(root, script).replace(/\.ps1$/, '.trace')}`);
  }
}
for (const table of ['test/pwsh-cases', 'test/binding-cases']) {
  if (args.length === 0 || args.includes(table)) {
    const n = recordCases(pwsh, path.join(root, table));
    console.log(`wrote ${table}/expected.txt (${n} cases)`);
  }
}
if (args.length === 0 || args.includes('test/trace-cases')) {
  const n = recordTraceCases(pwsh, path.join(root, 'test/trace-cases'));
  console.log(`wrote test/trace-cases/expected.txt (${n} cases)`);
}
