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
