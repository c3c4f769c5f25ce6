/**
 * # The session history (Get-History, Invoke-History, Add-History, Clear-History)
 *
 * Each input the prompt runs becomes a HistoryInfo: Id (from 1, never reused), CommandLine,
 * ExecutionStatus, start and end times and Duration. It lives in the session, as in pwsh; the
 * prompt's up/down history across runs is a separate file (src/cli/repl.ts).
 */
import { timeSpanFromMs } from './timespan.js';
import { PsDateTime, PsObject } from './values.js';

export const HISTORY_TYPE = 'Microsoft.PowerShell.Commands.HistoryInfo';
const KEY = 'history';

export interface HistoryEntry {
  id: number;
  commandLine: string;
  status: 'Completed' | 'Failed' | 'Stopped';
  start: Date;
  end: Date;
}

export class SessionHistory {
  readonly entries: HistoryEntry[] = [];
  private nextId = 1;
  /** Set by Invoke-History: the entry being added records the command it ran instead of `r`. */
  replacement?: string;

  add(commandLine: string, status: HistoryEntry['status'], start: Date, end: Date): HistoryEntry {
    const entry = { id: this.nextId++, commandLine: this.replacement ?? commandLine, status, start, end };
    this.replacement = undefined;
    this.entries.push(entry);
    return entry;
  }

  byId(id: number): HistoryEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  remove(entries: HistoryEntry[]): void {
    for (const e of entries) this.entries.splice(this.entries.indexOf(e), 1);
  }
}

export function historyOf(shared: Map<string, unknown>): SessionHistory {
  let h = shared.get(KEY) as SessionHistory | undefined;
  if (!h) {
    h = new SessionHistory();
    shared.set(KEY, h);
  }
  return h;
}

export function historyInfo(e: HistoryEntry): PsObject {
  const o = new PsObject([HISTORY_TYPE, 'System.Object']);
  o.set('Id', e.id);
  o.set('CommandLine', e.commandLine);
  o.set('ExecutionStatus', e.status);
  o.set('StartExecutionTime', new PsDateTime(e.start));
  o.set('EndExecutionTime', new PsDateTime(e.end));
  o.set('Duration', timeSpanFromMs(e.end.getTime() - e.start.getTime()));
  return o;
}

/** The Duration column of pwsh's history table: `0.003`, `1:15.000`, `1:02:03.004`. */
export function historyDuration(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const frac = String(Math.floor(ms % 1000)).padStart(3, '0');
  const s = totalSeconds % 60;
  const m = Math.floor(totalSeconds / 60) % 60;
  const h = Math.floor(totalSeconds / 3600);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (h >= 1) return `${h}:${pad(m)}:${pad(s)}.${frac}`;
  if (m >= 1) return `${m}:${pad(s)}.${frac}`;
  return `${s}.${frac}`;
}
