/**
 * Get-Date: the current date and time, or -Date's, adjusted by -Year ... -Millisecond; as a
 * DateTime, or as text with -Format (.NET format strings) or -UFormat (Unix `date` specifiers).
 */
import { formatDate } from '../runtime/format-operator.js';
import { PsDateTime, type DisplayHint } from '../runtime/values.js';
import { defineCmdlet, INT, STRING, SWITCH } from './define.js';

const DATETIME = 'System.DateTime';
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const getDate = defineCmdlet({
  name: 'Get-Date',
  defaultParameterSet: 'DateAndFormat',
  parameters: [
    { name: 'Date', type: DATETIME, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, aliases: ['LastWriteTime'] },
    ...['Year', 'Month', 'Day', 'Hour', 'Minute', 'Second', 'Millisecond'].map((name) => ({ name, type: INT })),
    { name: 'DisplayHint', type: 'Microsoft.PowerShell.Commands.DisplayHintType' },
    { name: 'Format', type: STRING, sets: { DateAndFormat: {} } },
    { name: 'UFormat', type: STRING, sets: { DateAndUFormat: { mandatory: true } } },
    { name: 'AsUTC', type: SWITCH },
  ],
  help: { synopsis: 'Gets the current date and time.' },
}, () => ({
  process(ctx, input, hasInput) {
    const given = hasInput ? input : ctx.get('Date');
    const d = new Date(given instanceof PsDateTime ? given.date.getTime() : Date.now());
    const set = (name: string, apply: (n: number) => void) => { if (ctx.has(name)) apply(Number(ctx.get(name))); };
    set('Year', (n) => d.setFullYear(n));
    set('Month', (n) => d.setMonth(n - 1));
    set('Day', (n) => d.setDate(n));
    set('Hour', (n) => d.setHours(n));
    set('Minute', (n) => d.setMinutes(n));
    set('Second', (n) => d.setSeconds(n));
    set('Millisecond', (n) => d.setMilliseconds(n));
    const date = ctx.switch('AsUTC') ? new Date(d.getTime() + d.getTimezoneOffset() * 60000) : d;
    if (ctx.has('UFormat')) ctx.write(uformat(date, String(ctx.get('UFormat'))));
    else if (ctx.has('Format')) ctx.write(formatDate(date, String(ctx.get('Format'))));
    else ctx.write(new PsDateTime(date, ctx.has('DisplayHint') ? String(ctx.get('DisplayHint')) as DisplayHint : 'DateTime'), false);
  },
}));

/** The Unix `date` specifiers pwsh's -UFormat knows. */
function uformat(d: Date, spec: string): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const dayOfYear = Math.floor((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(d.getFullYear(), 0, 1)) / 86400000) + 1;
  const offset = -d.getTimezoneOffset();
  return spec.replace(/%(.)/g, (whole, c: string) => {
    switch (c) {
      case 'Y': return String(d.getFullYear());
      case 'y': return p(d.getFullYear() % 100);
      case 'C': return p(Math.floor(d.getFullYear() / 100));
      case 'm': return p(d.getMonth() + 1);
      case 'd': return p(d.getDate());
      case 'e': return String(d.getDate()).padStart(2, ' ');
      case 'H': return p(d.getHours());
      case 'I': return p(d.getHours() % 12 || 12);
      case 'k': return String(d.getHours()).padStart(2, ' ');
      case 'l': return String(d.getHours() % 12 || 12).padStart(2, ' ');
      case 'M': return p(d.getMinutes());
      case 'S': return p(d.getSeconds());
      case 'p': return d.getHours() < 12 ? 'AM' : 'PM';
      case 'A': return DAYS[d.getDay()]!;
      case 'a': return DAYS[d.getDay()]!.slice(0, 3);
      case 'B': return MONTHS[d.getMonth()]!;
      case 'b': case 'h': return MONTHS[d.getMonth()]!.slice(0, 3);
      case 'j': return p(dayOfYear, 3);
      case 'u': return String(d.getDay() || 7);
      case 'w': return String(d.getDay());
      case 's': return String(Math.floor(d.getTime() / 1000));
      case 'D': return `${p(d.getMonth() + 1)}/${p(d.getDate())}/${p(d.getFullYear() % 100)}`;
      case 'F': return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
      case 'T': return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
      case 'R': return `${p(d.getHours())}:${p(d.getMinutes())}`;
      case 'Z': return `${offset < 0 ? '-' : '+'}${p(Math.floor(Math.abs(offset) / 60))}`;
      case 'n': return '\n';
      case 't': return '\t';
      case '%': return '%';
    }
    return whole;
  });
}
