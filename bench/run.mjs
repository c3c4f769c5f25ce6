#!/usr/bin/env node
/**
 * `npm run bench`: minipwsh measured side by side with real pwsh (when it is installed) and with a
 * bare `node` start, in one run, as ratios. Each case is a whole process run, median of N, so
 * start-up is part of every number; the first table isolates it. Not part of the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const pwsh = ['pwsh', path.join(homedir(), '.dotnet/tools/pwsh')].find((p) => spawnSync(p, ['-Version'], { stdio: 'ignore' }).status === 0);

const CASES = [
  ['start-up', '1'],
  ['foreach loop, 200k iterations', '$s = 0; foreach ($i in 1..200000) { $s += $i }; $s'],
  ['pipeline Where/ForEach/Measure, 50k objects', '(1..50000 | Where-Object { $_ % 2 } | ForEach-Object { $_ * 2 } | Measure-Object -Sum).Sum'],
  ['pipeline binding into an advanced function, 20k objects', 'function f { param([Parameter(ValueFromPipeline)][int]$x) process { $x } }; (1..20000 | f | Measure-Object).Count'],
  ['string building and -split/-join, 20k', '$a = foreach ($i in 1..20000) { "item$i" }; ($a -join "," -split ",").Count'],
  ['function calls with an argument, 50k', 'function f($x) { $x + 1 }; $t = 0; foreach ($i in 1..50000) { $t = f $t }; $t'],
];

function median(cmd, args) {
  const times = [];
  let out = '';
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    out = r.stdout.trim();
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], out };
}

if (!existsSync(path.join(root, 'dist/src/cli/main.js'))) {
  console.error('bench: build first (npm ci or npm run build)');
  process.exit(1);
}
const node = median(process.execPath, ['-e', '']);
console.log(`median of ${runs} runs; node with an empty script: ${node.ms.toFixed(0)} ms${pwsh ? '' : '; pwsh not found, its column is empty'}\n`);
const rows = [['case', 'minipwsh ms', 'pwsh ms', 'minipwsh/pwsh', 'minipwsh/node']];
for (const [name, script] of CASES) {
  const mini = median(process.execPath, ['--stack-size=3800', path.join(root, 'bin/minipwsh.js'), '-NoProfile', '-Command', script]);
  const real = pwsh ? median(pwsh, ['-NoProfile', '-NonInteractive', '-Command', script]) : undefined;
  if (real && real.out !== mini.out) console.log(`note: outputs differ for "${name}": minipwsh ${mini.out} / pwsh ${real.out}`);
  rows.push([name, mini.ms.toFixed(0), real ? real.ms.toFixed(0) : '', real ? (mini.ms / real.ms).toFixed(2) : '', (mini.ms / node.ms).toFixed(1)]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
