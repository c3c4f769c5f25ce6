import { describe, expect, it } from 'vitest';
import { PendingProgress, renderLine, type ProgressRecord } from '../../src/formatting/progress-view.js';
import { Engine } from '../../src/host/engine.js';
import { MemoryHost } from '../../src/runtime/host-io.js';

const record = (over: Partial<ProgressRecord>): ProgressRecord => ({ id: 0, parentId: -1, activity: 'Copying', status: 'Processing', percentComplete: -1, secondsRemaining: -1, completed: false, ...over });
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('a progress line (pwsh 7 minimal view)', () => {
  it('fills min(120, width) less two columns, the status in reverse video up to the share done', () => {
    const line = renderLine(record({ status: 'file 3', percentComplete: 50, secondsRemaining: 5 }), 0, 80);
    expect(plain(line)).toBe(`Copying [file 3${' '.repeat(60)}5s]`);
    expect(plain(line).length).toBe(78);
    // 50% of the 69-column bar: the reverse video ends after 34 columns.
    expect(line).toBe(`\x1b[33;1mCopying [\x1b[7mfile 3${' '.repeat(28)}\x1b[27m${' '.repeat(32)}5s]\x1b[0m`);
    expect(plain(new PendingProgress().update(record({}), 200)[0]!).length).toBe(118);
  });

  it('reverses the whole bar when the share is unknown or complete, and cuts long texts', () => {
    expect(renderLine(record({ percentComplete: 100 }), 0, 40)).toMatch(/\[\x1b\[7mProcessing +\x1b\[27m\]/);
    expect(renderLine(record({}), 0, 40)).toMatch(/\[\x1b\[7mProcessing +\x1b\[27m\]/);
    expect(plain(renderLine(record({ activity: 'a'.repeat(50) }), 0, 40))).toBe(`${'a'.repeat(19)}… [${'Processing'.padEnd(15)}]`);
    expect(plain(renderLine(record({ status: 's'.repeat(80) }), 2, 40))).toBe(`  Copying [${'s'.repeat(25)}…]`);
  });
});

describe('the pending activities', () => {
  it('nests children under their parent, updates in place and promotes children on -Completed', () => {
    const p = new PendingProgress();
    p.update(record({ id: 1, activity: 'Outer' }), 40);
    p.update(record({ id: 2, parentId: 1, activity: 'Inner' }), 40);
    let lines = p.update(record({ id: 1, activity: 'Outer', status: 'half', percentComplete: 50 }), 40).map(plain);
    expect(lines.map((l) => l.split(' [')[0])).toEqual(['Outer', '  Inner']);
    expect(lines[0]).toContain('[half');
    lines = p.update(record({ id: 1, completed: true }), 40).map(plain);
    expect(lines.map((l) => l.split(' [')[0])).toEqual(['Inner']);
    expect(p.update(record({ id: 2, completed: true }), 40)).toEqual([]);
    expect(p.active).toBe(false);
  });
});

describe('Write-Progress', () => {
  class ProgressHost extends MemoryHost {
    drawn: string[][] = [];
    showProgress(lines: string[]) { this.drawn.push(lines.map(plain)); }
  }

  it('draws through the host, honours $ProgressPreference and clears what is left when the script ends', () => {
    const host = new ProgressHost();
    new Engine(host).run("Write-Progress -Activity A -Status s -PercentComplete 10; $ProgressPreference = 'SilentlyContinue'; Write-Progress -Activity B; 'out'", { mode: 'command' });
    expect(host.drawn.map((d) => d.map((l) => l.split(' [')[0]))).toEqual([['A'], []]);
    expect(host.out).toBe('out\n');
  });

  it('needs an activity unless it completes one, and validates its ranges', () => {
    const host = new ProgressHost();
    new Engine(host).run("Write-Progress -Completed; Write-Progress; 'next'; Write-Progress -Activity a -PercentComplete 101", { mode: 'command' });
    expect(host.err).toBe("Write-Progress: Missing value for mandatory parameter. (Parameter 'Activity')\n"
      + "Write-Progress: Cannot validate argument on parameter 'PercentComplete'. The 101 argument is greater than the maximum allowed range of 100. Supply an argument that is less than or equal to 100 and then try the command again.\n");
    expect(host.out).toBe('next\n');
  });
});
