/**
 * The differential suite: runs every example under real pwsh and under minipwsh and compares
 * them after the normalisation in helpers/golden.ts. Skipped (with one line) where pwsh is absent.
 * Examples marked `# pwsh: skip — reason` are checked against their .out file only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errText, exampleScripts, lineDiff, normalize, pwshSkipReason } from '../helpers/golden.js';
import { findPwsh, runPwshAsync } from '../helpers/pwsh.js';
import { runScript } from '../helpers/run.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pwsh = findPwsh();
if (!pwsh) console.log('differential suite skipped: pwsh is not installed (see .ci/run)');

describe.skipIf(!pwsh)('examples under pwsh 7.6 and minipwsh', () => {
  for (const script of exampleScripts(path.join(root, 'examples'))) {
    const skip = pwshSkipReason(script);
    it.skipIf(Boolean(skip))(path.relative(root, script), async () => {
      const dir = path.dirname(script);
      const theirs = await runPwshAsync(pwsh!, script);
      const ours = runScript(fs.readFileSync(script, 'utf8'), { path: script });
      const a = normalize(theirs.stdout, dir);
      const b = normalize(ours.stdout, dir);
      if (a !== b) expect.fail(`stdout differs (- pwsh, + minipwsh):\n${lineDiff(a, b)}`);
      const ea = normalize(errText(theirs.stderr, theirs.exitCode), dir);
      const eb = normalize(errText(ours.stderr, ours.exitCode), dir);
      if (ea !== eb) expect.fail(`stderr/exit differs (- pwsh, + minipwsh):\n${lineDiff(ea, eb)}`);
    });
  }
});
