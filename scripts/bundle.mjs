// Bundles the compiled interpreter (dist/src) into a few files for start-up speed: Node resolves
// and compiles one module far faster than the ~120 the compiler writes, and Chevrotain's package
// entry is itself 100+ modules (about 170 ms to load), so its own single-file build goes into the
// bundle instead. The prompt's modules stay in their own chunk, loaded only when it starts.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const chevrotainEntry = fileURLToPath(import.meta.resolve('chevrotain'));

await build({
  entryPoints: { minipwsh: 'dist/src/cli/main.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  alias: { chevrotain: new URL('../chevrotain.min.mjs', `file://${chevrotainEntry}`).pathname },
  minifyWhitespace: true,
  logLevel: 'warning',
});
