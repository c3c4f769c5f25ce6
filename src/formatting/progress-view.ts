/**
 * # Write-Progress on a terminal, as pwsh 7 draws it ($PSStyle.Progress.View = Minimal)
 *
 * Activities form a tree (by -Id and -ParentId); each shows as one line:
 * `<bold yellow>Activity [<reverse>Status…   12s</reverse…>]<reset>`, where the reverse-video part
 * is the share done (-PercentComplete). The lines are at most min(120, width) - 1 wide; a
 * child is indented two columns under its parent. -Completed removes an activity and promotes its
 * children, an update with another -ParentId moves it, as pwsh's pending-progress tree does.
 */

export interface ProgressRecord {
  id: number;
  parentId: number;
  activity: string;
  status: string;
  percentComplete: number;
  secondsRemaining: number;
  currentOperation?: string;
  completed: boolean;
}

interface ProgressNode { record: ProgressRecord; children: ProgressNode[] }

const STYLE = '\x1b[33;1m';
const REVERSE = '\x1b[7m';
const REVERSE_OFF = '\x1b[27m';
const RESET = '\x1b[0m';
/** $PSStyle.Progress.MaxWidth's default. */
const MAX_WIDTH = 120;

export class PendingProgress {
  private roots: ProgressNode[] = [];

  /** Applies one record; returns the lines to draw (none when nothing is in progress). */
  update(record: ProgressRecord, width: number): string[] {
    const found = this.find(record.id);
    if (found) {
      if (record.completed) {
        this.removeAndPromote(found.list, found.index);
        return this.render(width);
      }
      if (record.parentId === found.node.record.parentId) {
        found.node.record = { ...record, percentComplete: Math.min(record.percentComplete, 100) };
        return this.render(width);
      }
      this.removeAndPromote(found.list, found.index);
    }
    if (record.completed) return this.render(width);
    const node: ProgressNode = { record: { ...record, percentComplete: Math.min(record.percentComplete, 100) }, children: [] };
    const parent = record.parentId >= 0 ? this.find(record.parentId) : undefined;
    if (parent) parent.node.children.push(node);
    else this.roots.push({ ...node, record: { ...node.record, parentId: -1 } });
    return this.render(width);
  }

  clear(): void { this.roots = []; }
  get active(): boolean { return this.roots.length > 0; }

  render(width: number): string[] {
    const lines: string[] = [];
    const maxWidth = Math.min(MAX_WIDTH, width);
    const walk = (nodes: ProgressNode[], indent: number) => {
      for (const n of nodes) {
        lines.push(renderLine(n.record, indent, maxWidth));
        walk(n.children, indent + 2);
      }
    };
    walk(this.roots, 0);
    return lines;
  }

  private find(id: number, list = this.roots): { node: ProgressNode; list: ProgressNode[]; index: number } | undefined {
    for (let i = 0; i < list.length; i++) {
      const node = list[i]!;
      if (node.record.id === id) return { node, list, index: i };
      const inner = this.find(id, node.children);
      if (inner) return inner;
    }
    return undefined;
  }

  private removeAndPromote(list: ProgressNode[], index: number): void {
    const [removed] = list.splice(index, 1);
    for (const child of removed!.children) child.record = { ...child.record, parentId: removed!.record.parentId };
    list.splice(index, 0, ...removed!.children);
  }
}

/** One activity's line (pwsh's ProgressNode in its ANSI style). */
export function renderLine(r: ProgressRecord, indentation: number, maxWidth: number): string {
  const seconds = r.secondsRemaining >= 0 ? `${r.secondsRemaining}s` : '';
  const activity = r.activity.length > Math.floor(maxWidth / 2) ? r.activity.slice(0, Math.floor(maxWidth / 2) - 1) + '…' : r.activity;
  const barWidth = maxWidth - activity.length - indentation - 4;
  const maxStatus = barWidth - (seconds.length + 1);
  const status = maxStatus <= 0 || r.status.length <= maxStatus ? r.status : r.status.slice(0, maxStatus - 1) + '…';
  let bar = status + ' '.repeat(Math.max(0, barWidth - status.length - (seconds.length + 1))) + seconds;
  // The reverse-video part ends where the share done ends; an unknown share shows no filled part.
  if (r.percentComplete < 0 || r.percentComplete >= 100 || barWidth <= 0) {
    bar = REVERSE + bar + REVERSE_OFF;
  } else {
    const filled = Math.min(Math.floor((r.percentComplete * barWidth) / 100), barWidth - 1);
    bar = filled < bar.length ? REVERSE + bar.slice(0, filled) + REVERSE_OFF + bar.slice(filled) : REVERSE + bar + REVERSE_OFF;
  }
  return `${' '.repeat(indentation)}${STYLE}${activity} [${bar}]${RESET}`;
}
