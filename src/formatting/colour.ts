/**
 * # Colour on a terminal
 *
 * pwsh's $PSStyle defaults: errors bold red (31;1) with the position gutter bold cyan (36;1),
 * warnings, verbose and debug lines bold yellow (33;1). Used only when the host allows colour
 * (a terminal, and NO_COLOR unset).
 */
const RED = '\x1b[31;1m';
const CYAN = '\x1b[36;1m';
const YELLOW = '\x1b[33;1m';
const RESET = '\x1b[0m';

/** Colours a rendered error view (concise one-liner, or the view with `Line |` and its gutter). */
export function paintError(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const gutter = /^(\s*\d*\s*\|)(.*)$/;
  const painted = lines.map((line, i) => {
    if (i === 0) {
      const colon = line.indexOf(': ');
      if (colon < 0) return RED + line + RESET;
      const head = line.slice(0, colon + 2);
      const rest = line.slice(colon + 2);
      // With a position the rest is the script location, left plain; otherwise it is the message.
      return lines.length > 1 ? `${RED}${head}${RESET}${rest}${RESET}` : `${RED}${head}${RED}${rest}${RESET}`;
    }
    if (line === 'Line |') return `${CYAN}${line}${RESET}`;
    const m = gutter.exec(line);
    if (!m) return RED + line + RESET;
    const [, bar, body] = m;
    // The line number row shows code; the rows after it show the squiggle and the message.
    if (/\d/.test(bar!)) return `${CYAN}${bar} ${RESET}${CYAN}${body!.replace(/^ /, '')}${RESET}`;
    return `${CYAN}${bar} ${RED}${body!.replace(/^ /, '')}${RESET}`;
  });
  return painted.join('\n') + '\n';
}

/** A `WARNING:`, `VERBOSE:` or `DEBUG:` line. */
export function paintStreamLine(line: string): string {
  return `${YELLOW}${line}${RESET}`;
}

/** ConsoleColor names in value order, and the SGR codes of a 16-colour terminal for each. */
const CONSOLE_COLORS = ['black', 'darkblue', 'darkgreen', 'darkcyan', 'darkred', 'darkmagenta', 'darkyellow', 'gray', 'darkgray', 'blue', 'green', 'cyan', 'red', 'magenta', 'yellow', 'white'];
const FOREGROUND = [30, 34, 32, 36, 31, 35, 33, 37, 90, 94, 92, 96, 91, 95, 93, 97];

/**
 * Text in console colours (Write-Host -ForegroundColor/-BackgroundColor, `$Host.UI.Write(fg, bg,
 * text)`), as .NET's console writes them on a terminal: the colours, the text, then the defaults.
 */
export function paintConsoleColors(text: string, foreground?: string, background?: string): string {
  const code = (name: string | undefined, offset: number) => {
    const i = name === undefined ? -1 : CONSOLE_COLORS.indexOf(name.toLowerCase());
    return i < 0 ? '' : `\x1b[${FOREGROUND[i]! + offset}m`;
  };
  const start = code(foreground, 0) + code(background, 10);
  return start === '' ? text : `${start}${text}\x1b[39;49m`;
}
