#!/usr/bin/env -S node --stack-size=3800
// The larger stack lets scripts recurse about as deeply as pwsh does (Node's default allows only a
// few hundred nested PowerShell calls). Started as `node bin/minipwsh.js`, the flag is missing and
// the script starts itself again with it.
import { spawnSync } from 'node:child_process';

if (process.execArgv.some((a) => a.startsWith('--stack-size'))) {
  const { runCli } = await import('../dist/src/cli/main.js');
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const r = spawnSync(process.execPath, ['--stack-size=3800', ...process.execArgv, process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
