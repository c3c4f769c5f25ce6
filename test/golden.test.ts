/** The golden-file helpers: normalisation and the `# pwsh: skip` marker. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errText, normalize, pwshSkipReason } from './helpers/golden.js';
import { normalizeTrace } from './helpers/trace.js';

describe('golden normalisation', () => {
  it('removes the script directory, trailing white space and CRLF; masks GUIDs and timestamps', () => {
    const text = 'Get-X: /work/examples/a.ps1:3   \r\nid 0f8fad5b-d9cb-469f-a165-70867728950e at 01/02/2020 10:11:12\n';
    expect(normalize(text, '/work/examples')).toBe('Get-X: a.ps1:3\nid <GUID> at <TIMESTAMP>\n');
  });
  it('appends the exit code to the error text only when it is not 0', () => {
    expect(errText('', 0)).toBe('');
    expect(errText('boom\n', 1)).toBe('boom\n[exit 1]\n');
  });
  it('keeps only trace lines, without their timestamps', () => {
    expect(normalizeTrace('out\nDEBUG: 2026-11-25 16:30:06.1330 ParameterBinding Information: 0 : BIND NAMED cmd line args [F]\n'))
      .toBe('DEBUG: <TIMESTAMP> ParameterBinding Information: 0 : BIND NAMED cmd line args [F]\n');
  });
  it('reads the "# pwsh: skip — reason" marker from the first lines', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-'));
    const marked = path.join(dir, 'cim.ps1');
    fs.writeFileSync(marked, '# Sessions\n# pwsh: skip — the CimCmdlets module is Windows-only\nGet-CimSession\n');
    const plain = path.join(dir, 'plain.ps1');
    fs.writeFileSync(plain, "'hello'\n");
    expect(pwshSkipReason(marked)).toBe('the CimCmdlets module is Windows-only');
    expect(pwshSkipReason(plain)).toBeUndefined();
  });
});
