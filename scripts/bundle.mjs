// Bundles the compiled interpreter (dist/src) into one CommonJS file and records V8's code cache
// for it, for start-up speed: Node resolves and compiles one file far faster than the ~120
// modules the compiler writes, Chevrotain's package entry is itself 100+ modules (about 170 ms to
// load) so its own single-file build goes in instead, and with the code cache V8 skips compiling
// what a first command runs. bin/minipwsh.js loads the bundle (see there); the cache is only an
// optimisation: V8 rejects a cache from another Node version, and the bundle then compiles as usual.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const chevrotainEntry = fileURLToPath(import.meta.resolve('chevrotain'));

await build({
  entryPoints: ['dist/src/cli/main.js'],
  outfile: 'dist/bundle/minipwsh.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  alias: { chevrotain: new URL('../chevrotain.min.mjs', `file://${chevrotainEntry}`).pathname },
  minifyWhitespace: true,
  logLevel: 'warning',
});

// Run a first command with the flags bin/minipwsh.js uses, so that the cache holds its code too.
const r = spawnSync(process.execPath, ['--stack-size=3800', 'bin/minipwsh.js', '-NoProfile', '-Command', "'cache' | ForEach-Object { $_ } | Out-Null"], {
  encoding: 'utf8', env: { ...process.env, MINIPWSH_WRITE_CODE_CACHE: '1' },
});
if (r.status !== 0) console.error(`bundle: the code cache was not written: ${r.stderr}`);
