/**
 * # A help page
 *
 * Get-Help's output object. The formatter lays it out at the host's width in pwsh's brief view:
 * NAME, SYNOPSIS, SYNTAX (generated from the binder's metadata in the help files' spelling,
 * `<String[]>`), DESCRIPTION, RELATED LINKS, REMARKS. Lines are cut character by character to
 * fit, as pwsh's help view does.
 */
import type { CommandEntry } from './command-info.js';
import { entrySyntax } from './syntax.js';

const INDENT = '    ';

export class HelpPage {
  constructor(readonly entry: CommandEntry) {}

  /** The page's lines, without the blank lines the formatter puts around a run of pages. */
  render(width: number): string {
    const entry = this.entry;
    const help = entry.help();
    let syntax = entrySyntax(entry, 'help');
    // A function with comment-based help is documented as taking the common parameters.
    if (help && entry.commandType !== 'Cmdlet') syntax = syntax.map((l) => (l.endsWith('[<CommonParameters>]') ? l : `${l} [<CommonParameters>]`));
    const out: string[] = ['NAME', ...block(entry.name, width), INDENT, 'SYNOPSIS'];
    out.push(...block(help?.synopsis || syntax.join('\n'), width), INDENT, INDENT);
    out.push('SYNTAX');
    for (const line of syntax) out.push(...block(line, width), INDENT);
    out.push(INDENT, 'DESCRIPTION');
    if (help?.description) out.push(...block(help.description, width));
    out.push(INDENT, '', 'RELATED LINKS');
    for (const link of help?.links ?? []) out.push(...block(link, width));
    out.push('', 'REMARKS',
      `${INDENT}To see the examples, type: "Get-Help ${entry.name} -Examples"`,
      `${INDENT}For more information, type: "Get-Help ${entry.name} -Detailed"`,
      `${INDENT}For technical information, type: "Get-Help ${entry.name} -Full"`,
      '');
    return out.join('\n') + '\n';
  }

  toString() { return this.entry.name; }

  /** The properties scripts read from a help object: `(Get-Help X).Synopsis`. */
  getProperty(name: string): { found: boolean; value?: unknown } {
    const help = this.entry.help();
    switch (name.toLowerCase()) {
      case 'name': return { found: true, value: this.entry.name };
      case 'category': return { found: true, value: this.entry.commandType };
      // Without help, pwsh's synopsis is the syntax (as Get-Command -Syntax spells it) between newlines.
      case 'synopsis': {
        if (help?.synopsis) return { found: true, value: help.synopsis };
        const lines = entrySyntax(this.entry, 'command').map((l) => (l === this.entry.name ? `${l} ` : l));
        return { found: true, value: `\n${lines.join('\n\n')}\n` };
      }
      case 'description': return { found: true, value: help?.description ?? null };
      case 'modulename': return { found: true, value: this.entry.source };
    }
    return { found: false };
  }

  propertyNames(): string[] { return ['Name', 'Category', 'Synopsis', 'Description', 'ModuleName']; }
}

/** Indented text, each line cut into pieces that fit before the last column. */
function block(text: string, width: number): string[] {
  const room = Math.max(1, width - 1 - INDENT.length);
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') { lines.push(INDENT); continue; }
    for (let i = 0; i < line.length; i += room) lines.push(INDENT + line.slice(i, i + room));
  }
  return lines;
}
