/**
 * # Golden files: `x.ps1` with `x.out` (stdout) and, when the script writes errors or exits
 * non-zero, `x.err` (stderr, then `[exit N]`).
 *
 * Outputs are compared after this normalisation, applied to pwsh's and to ours alike:
 * line endings to LF, trailing white space removed from each line, the script's directory removed
 * from paths (`/abs/examples/x.ps1:3` becomes `x.ps1:3`), GUIDs replaced by `<GUID>` and
 * `MM/dd/yyyy HH:mm:ss` timestamps by `<TIMESTAMP>`.
 */
import fs from 'node:fs';
import path from 'node:path';

export function normalize(text: string, scriptDir: string): string {
  let t = text.replace(/\r\n/g, '\n');
  t = t.split(scriptDir + '/').join('');
  t = t.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<GUID>');
  t = t.replace(/\b\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\b/g, '<TIMESTAMP>');
  // Trace-Command -PSHost stamps each line.
  t = t.replace(/^DEBUG: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ /gm, 'DEBUG: <TIMESTAMP> ');
  return t.split('\n').map((l) => l.replace(/\s+$/, '')).join('\n');
}

export interface Expected { stdout: string; errText: string }

export function errText(stderr: string, exitCode: number): string {
  return stderr + (exitCode !== 0 ? `[exit ${exitCode}]\n` : '');
}

export function readExpected(script: string): Expected {
  const base = script.replace(/\.ps1$/, '');
  const stdout = fs.readFileSync(base + '.out', 'utf8');
  const errFile = base + '.err';
  return { stdout, errText: fs.existsSync(errFile) ? fs.readFileSync(errFile, 'utf8') : '' };
}

export function writeExpected(script: string, stdout: string, err: string): void {
  const base = script.replace(/\.ps1$/, '');
  fs.writeFileSync(base + '.out', stdout);
  if (err) fs.writeFileSync(base + '.err', err);
  else if (fs.existsSync(base + '.err')) fs.unlinkSync(base + '.err');
}

/** Every `.ps1` under `examples/`, sorted. */
export function exampleScripts(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ps1')) out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

/** `# pwsh: skip — reason` in the first lines marks a script pwsh cannot run here. */
export function pwshSkipReason(script: string): string | undefined {
  const head = fs.readFileSync(script, 'utf8').split('\n').slice(0, 5);
  for (const line of head) {
    const m = /^#\s*pwsh:\s*skip\s*[—-]+\s*(.*)$/.exec(line);
    if (m) return m[1]!.trim();
  }
  return undefined;
}

/** A readable line diff for failure messages. */
export function lineDiff(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const out: string[] = [];
  const n = Math.max(e.length, a.length);
  for (let i = 0; i < n; i++) {
    if (e[i] === a[i]) continue;
    if (e[i] !== undefined) out.push(`- ${i + 1}: ${e[i]}`);
    if (a[i] !== undefined) out.push(`+ ${i + 1}: ${a[i]}`);
    if (out.length > 40) { out.push('...'); break; }
  }
  return out.join('\n');
}
