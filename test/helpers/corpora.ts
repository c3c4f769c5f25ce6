/**
 * External test material in `../shared/corpora` (beside the project on development machines and
 * in CI). Tests that use it are skipped, with one line saying so, when it is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CORPORA = path.resolve(here, '../../../shared/corpora');
export const corporaPresent = fs.existsSync(CORPORA);

export interface TreeSitterCase { file: string; name: string; code: string }

/** Reads tree-sitter's corpus format: `===` name `===`, code, `---`, tree. */
export function treeSitterCases(): TreeSitterCase[] {
  const dir = path.join(CORPORA, 'tree-sitter-powershell');
  const out: TreeSitterCase[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    let i = 0;
    while (i < lines.length) {
      if (!/^={3,}$/.test(lines[i]!)) { i++; continue; }
      const name = lines[i + 1]!.trim();
      i += 3;
      const code: string[] = [];
      while (i < lines.length && !/^-{3,}$/.test(lines[i]!)) code.push(lines[i++]!);
      while (i < lines.length && !/^={3,}$/.test(lines[i]!)) i++;
      out.push({ file, name, code: code.join('\n').trim() + '\n' });
    }
  }
  return out;
}

export interface PesterCase { name: string; script: string; expected: string }

/** Reads the ported Pester cases: `=== name pwsh`, `--- script`, `--- out`. */
export function pesterCases(): PesterCase[] {
  const text = fs.readFileSync(path.join(CORPORA, 'pester-ported', 'cases.txt'), 'utf8');
  const out: PesterCase[] = [];
  const blocks = text.split(/^=== /m).slice(1);
  for (const block of blocks) {
    const nl = block.indexOf('\n');
    const name = block.slice(0, nl).replace(/\s+pwsh\s*$/, '').trim();
    const body = block.slice(nl + 1);
    const s = body.indexOf('--- script\n');
    const o = body.indexOf('\n--- out\n');
    if (s < 0 || o < 0) continue;
    out.push({ name, script: body.slice(s + 11, o + 1), expected: body.slice(o + 9) });
  }
  return out;
}

/** Pester's comparison: trailing white space per line and blank lines at both ends are ignored. */
export function trimOutput(s: string): string {
  return s.replace(/\r\n/g, '\n').split('\n').map((l) => l.replace(/\s+$/, '')).join('\n').replace(/^\n+|\n+$/g, '');
}
