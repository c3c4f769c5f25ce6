#!/usr/bin/env -S node --stack-size=3800
// CommonJS (bin/package.json says so): Node starts a CommonJS entry without its ES module loader,
// which is a good part of a short command's time.
//
// The larger stack lets scripts recurse about as deeply as pwsh does (Node's default allows only a
// few hundred nested PowerShell calls). Started as `node bin/minipwsh.js`, the flag is missing and
// the script starts itself again with it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

if (process.execArgv.some((a) => a.startsWith('--stack-size'))) {
  loadCli()
    .then(({ runCli }) => runCli(process.argv.slice(2)))
    .then((code) => { process.exitCode = code; });
} else {
  const { spawnSync } = require('node:child_process');
  const r = spawnSync(process.execPath, ['--stack-size=3800', ...process.execArgv, process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}

/**
 * The interpreter: the bundle scripts/bundle.mjs writes (one file, compiled with V8's code cache
 * when it has one), else the compiled modules in dist/src.
 */
async function loadCli() {
  const file = path.join(__dirname, '..', 'dist', 'bundle', 'minipwsh.cjs');
  let source;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return import('../dist/src/cli/main.js');
  }
  const vm = require('node:vm');
  const { createRequire } = require('node:module');
  const cacheFile = file + '.cache';
  let cachedData;
  try { cachedData = fs.readFileSync(cacheFile); } catch { /* no cache: compile */ }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const loaded = { exports: {} };
  script.runInThisContext()(loaded.exports, createRequire(file), loaded, file, path.dirname(file));
  if (process.env.MINIPWSH_WRITE_CODE_CACHE) {
    // The build runs one command first, so the cache holds the code a command needs.
    process.once('beforeExit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
  }
  return loaded.exports;
}
