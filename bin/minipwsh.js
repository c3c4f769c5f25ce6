#!/usr/bin/env -S node --stack-size=3800
// The larger stack lets scripts recurse about as deeply as pwsh does (Node's default allows only a
// few hundred nested PowerShell calls). Started as `node bin/minipwsh.js`, the flag is missing and
// the script starts itself again with it.
if (process.execArgv.some((a) => a.startsWith('--stack-size'))) {
  // The bundle (scripts/bundle.mjs) starts faster; the compiled modules serve when it is absent.
  const { runCli } = await import('../dist/bundle/minipwsh.js').catch(() => import('../dist/src/cli/main.js'));
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, ['--stack-size=3800', ...process.execArgv, process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
