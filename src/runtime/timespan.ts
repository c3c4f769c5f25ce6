/**
 * # System.TimeSpan
 *
 * What `$end - $start`, New-TimeSpan, Measure-Command and `[timespan]'01:30:00'` give: a count
 * of 100-nanosecond ticks, shown as .NET's constant format (`1.02:03:04.5000000`) in strings and
 * table cells and as pwsh's list of Days ... TotalMilliseconds on its own.
 */
import { PsObject } from './values.js';

export const TICKS_PER_MS = 10_000;
const TICKS_PER_SECOND = 10_000_000;
const TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
const TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
const TICKS_PER_DAY = 24 * TICKS_PER_HOUR;

export class PsTimeSpan extends PsObject {
  constructor(readonly ticks: number) {
    super(['System.TimeSpan', 'System.ValueType', 'System.Object']);
    const whole = (unit: number) => Math.trunc(ticks / unit);
    // The properties, in the order of pwsh's default list view.
    this.set('Days', whole(TICKS_PER_DAY));
    this.set('Hours', whole(TICKS_PER_HOUR) % 24);
    this.set('Minutes', whole(TICKS_PER_MINUTE) % 60);
    this.set('Seconds', whole(TICKS_PER_SECOND) % 60);
    this.set('Milliseconds', whole(TICKS_PER_MS) % 1000);
    this.set('Ticks', ticks);
    this.set('TotalDays', ticks / TICKS_PER_DAY);
    this.set('TotalHours', ticks / TICKS_PER_HOUR);
    this.set('TotalMinutes', ticks / TICKS_PER_MINUTE);
    this.set('TotalSeconds', ticks / TICKS_PER_SECOND);
    this.set('TotalMilliseconds', ticks / TICKS_PER_MS);
    this.display = formatTimeSpan(ticks);
    this.methods = new Map([
      ['add', { name: 'Add', invoke: (args: unknown[]) => new PsTimeSpan(ticks + ticksOf(args[0])) }],
      ['subtract', { name: 'Subtract', invoke: (args: unknown[]) => new PsTimeSpan(ticks - ticksOf(args[0])) }],
      ['negate', { name: 'Negate', invoke: () => new PsTimeSpan(-ticks) }],
      ['duration', { name: 'Duration', invoke: () => new PsTimeSpan(Math.abs(ticks)) }],
      ['compareto', { name: 'CompareTo', invoke: (args: unknown[]) => Math.sign(ticks - ticksOf(args[0])) }],
      ['equals', { name: 'Equals', invoke: (args: unknown[]) => args[0] instanceof PsTimeSpan && args[0].ticks === ticks }],
      ['tostring', { name: 'ToString', invoke: (args: unknown[]) => (args.length && String(args[0]) === 'g' ? formatGeneral(ticks) : formatTimeSpan(ticks)) }],
    ]);
  }
}

function ticksOf(v: unknown): number {
  if (v instanceof PsTimeSpan) return v.ticks;
  throw new Error(`Cannot convert argument "ts", with value: "${String(v)}", to type "System.TimeSpan".`);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** .NET's constant ("c") format: `[-][d.]hh:mm:ss[.fffffff]`. */
export function formatTimeSpan(ticks: number): string {
  const sign = ticks < 0 ? '-' : '';
  const t = Math.abs(ticks);
  const days = Math.trunc(t / TICKS_PER_DAY);
  const fraction = t % TICKS_PER_SECOND;
  return `${sign}${days ? days + '.' : ''}${pad(Math.trunc(t / TICKS_PER_HOUR) % 24)}:${pad(Math.trunc(t / TICKS_PER_MINUTE) % 60)}:`
    + `${pad(Math.trunc(t / TICKS_PER_SECOND) % 60)}${fraction ? '.' + pad(fraction, 7) : ''}`;
}

/** The general short ("g") format: `[-][d:]h:mm:ss[.FFFFFFF]`. */
function formatGeneral(ticks: number): string {
  const sign = ticks < 0 ? '-' : '';
  const t = Math.abs(ticks);
  const days = Math.trunc(t / TICKS_PER_DAY);
  const fraction = t % TICKS_PER_SECOND;
  return `${sign}${days ? days + ':' : ''}${Math.trunc(t / TICKS_PER_HOUR) % 24}:${pad(Math.trunc(t / TICKS_PER_MINUTE) % 60)}:`
    + `${pad(Math.trunc(t / TICKS_PER_SECOND) % 60)}${fraction ? '.' + pad(fraction, 7).replace(/0+$/, '') : ''}`;
}

/**
 * TimeSpan.Parse: `d`, `hh:mm`, `hh:mm:ss`, `d.hh:mm:ss` and `d:hh:mm:ss`, each with an optional
 * `.fffffff`, and a leading `-`. Undefined when the text is none of these or out of range.
 */
export function parseTimeSpan(text: string): PsTimeSpan | undefined {
  const m = /^\s*(-)?(?:(\d+)(?:\.(?=\d+:\d+)|:(?=\d+:\d+:\d+)))?(\d+)(?::(\d+)(?::(\d+)(?:\.(\d{1,7}))?)?)?\s*$/.exec(text);
  if (!m) return undefined;
  const [, minus, d, first, minutes, seconds, fraction] = m;
  // A single number is a count of days.
  if (minutes === undefined) return new PsTimeSpan((minus ? -1 : 1) * Number(first) * TICKS_PER_DAY);
  const hours = Number(first);
  if (hours > 23 || Number(minutes) > 59 || (seconds !== undefined && Number(seconds) > 59)) return undefined;
  const ticks = Number(d ?? 0) * TICKS_PER_DAY + hours * TICKS_PER_HOUR + Number(minutes) * TICKS_PER_MINUTE
    + Number(seconds ?? 0) * TICKS_PER_SECOND + Number((fraction ?? '').padEnd(7, '0') || 0);
  return new PsTimeSpan(minus ? -ticks : ticks);
}

/** `[timespan]::FromDays(1.5)` and its siblings: the unit in ticks. */
export const TIMESPAN_UNITS: Record<string, number> = {
  fromdays: TICKS_PER_DAY, fromhours: TICKS_PER_HOUR, fromminutes: TICKS_PER_MINUTE,
  fromseconds: TICKS_PER_SECOND, frommilliseconds: TICKS_PER_MS, fromticks: 1,
};

/** A span of milliseconds, rounded to whole ticks. */
export function timeSpanFromMs(ms: number): PsTimeSpan {
  return new PsTimeSpan(Math.round(ms * TICKS_PER_MS));
}
