/**
 * # System.Diagnostics.Stopwatch
 *
 * `[Diagnostics.Stopwatch]::StartNew()` and `::new()`: Start, Stop, Reset, Restart, and the
 * elapsed time as a TimeSpan, in milliseconds (Int64) and in ticks (nanoseconds: the frequency
 * .NET reports on Linux). The clock is the host's monotonic one (`performance.now()`).
 */
import { makeNumber } from './conversion.js';
import { timeSpanFromMs } from './timespan.js';
import { PsObject } from './values.js';

export const STOPWATCH = 'System.Diagnostics.Stopwatch';

export class PsStopwatch extends PsObject {
  /** Milliseconds counted before the current run. */
  private elapsed = 0;
  /** When the current run started, or undefined when stopped. */
  private startedAt?: number;

  constructor(running: boolean) {
    super([STOPWATCH, 'System.Object']);
    if (running) this.startedAt = performance.now();
    const property = (name: string, get: () => unknown) => this.properties.set(name.toLowerCase(), { name, value: undefined, getter: get });
    // In the order of pwsh's table.
    property('IsRunning', () => this.startedAt !== undefined);
    property('Elapsed', () => timeSpanFromMs(this.ms()));
    property('ElapsedMilliseconds', () => makeNumber('Int64', Math.floor(this.ms())));
    property('ElapsedTicks', () => makeNumber('Int64', Math.floor(this.ms() * 1e6)));
    this.methods = new Map(Object.entries({
      Start: () => { this.startedAt ??= performance.now(); },
      Stop: () => { if (this.startedAt !== undefined) { this.elapsed = this.ms(); this.startedAt = undefined; } },
      Reset: () => { this.elapsed = 0; this.startedAt = undefined; },
      Restart: () => { this.elapsed = 0; this.startedAt = performance.now(); },
    }).map(([name, invoke]) => [name.toLowerCase(), { name, invoke: () => invoke() }]));
  }

  private ms(): number {
    return this.elapsed + (this.startedAt === undefined ? 0 : performance.now() - this.startedAt);
  }
}
