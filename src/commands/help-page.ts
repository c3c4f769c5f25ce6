/**
 * # A help page
 *
 * Get-Help's output object. The formatter lays it out at the host's width in pwsh's brief view:
 * NAME, SYNOPSIS, SYNTAX (generated from the binder's metadata in the help files' spelling,
 * `<String[]>`), DESCRIPTION, RELATED LINKS, REMARKS. Lines are cut character by character to
 * fit, as pwsh's help view does.
 */
import type { CmdletHelp, CommandEntry } from './command-info.js';
import { entrySyntax, typeDisplay } from './syntax.js';

const INDENT = '    ';

/** Get-Help's views: the brief default, -Detailed and -Full. */
export type HelpView = 'brief' | 'detailed' | 'full';

const COMMON_PARAMETERS_TEXT = [
  'This cmdlet supports the common parameters: Verbose, Debug,',
  'ErrorAction, ErrorVariable, WarningAction, WarningVariable,',
  'OutBuffer, PipelineVariable, and OutVariable. For more information, see',
  'about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216)',
];

export class HelpPage {
  /**
   * pwsh lays out -Detailed and -Full only from real help content: a function's comment-based
   * help. A command without it (every cmdlet here, as on pwsh without help files) gets the brief view.
   */
  constructor(readonly entry: CommandEntry, readonly view: HelpView = 'brief') {}

  /** The page's lines, without the blank lines the formatter puts around a run of pages. */
  render(width: number, shownAs: HelpView = this.view): string {
    const entry = this.entry;
    const help = entry.help();
    let syntax = entrySyntax(entry, 'help');
    // A function with comment-based help is documented as taking the common parameters.
    if (help && entry.commandType !== 'Cmdlet') syntax = syntax.map((l) => (l.endsWith('[<CommonParameters>]') ? l : `${l} [<CommonParameters>]`));
    const view = help && entry.commandType !== 'Cmdlet' ? shownAs : 'brief';
    const out: string[] = ['NAME', ...block(entry.name, width), INDENT, 'SYNOPSIS'];
    out.push(...block(help?.synopsis || syntax.join('\n'), width), INDENT, INDENT);
    out.push('SYNTAX');
    for (const line of syntax) out.push(...block(line, width), INDENT);
    out.push(INDENT, 'DESCRIPTION');
    if (help?.description) out.push(...block(help.description, width));
    out.push(INDENT, '');
    if (view !== 'brief' && help) {
      out.push(...this.parameters(help, view, width));
      if (view === 'full') out.push(...this.inputsAndOutputs(help, width));
      out.push(...examples(help, view, width));
    }
    const links = (help?.links ?? []).map((l) => (/^[a-z]+:\/\//i.test(l) ? l : `${l} `));
    if (view === 'full') {
      out.push('RELATED LINKS', ...links.flatMap((l) => block(l, width)), '');
      return out.join('\n') + '\n';
    }
    if (view === 'brief') out.push('RELATED LINKS', ...links.flatMap((l) => block(l, width)), '');
    out.push('REMARKS',
      `${INDENT}To see the examples, type: "Get-Help ${entry.name} -Examples"`,
      `${INDENT}For more information, type: "Get-Help ${entry.name} -Detailed"`,
      `${INDENT}For technical information, type: "Get-Help ${entry.name} -Full"`);
    if (links.some((l) => /^[a-z]+:\/\//i.test(l))) out.push(`${INDENT}For online help, type: "Get-Help ${entry.name} -Online"`);
    if (view === 'brief') out.push('');
    return out.join('\n') + '\n';
  }

  /** PARAMETERS: each parameter's description and, in the full view, its attributes. */
  private parameters(help: CmdletHelp, view: HelpView, width: number): string[] {
    const meta = this.entry.metadata;
    const out = ['PARAMETERS'];
    for (const p of meta?.parameters ?? []) {
      if (p.isCommon) continue;
      out.push(`${INDENT}-${p.name} <${typeDisplay(p.type, 'help')}>`);
      const text = help.parameters?.[p.name.toLowerCase()];
      if (text) out.push(...block(text, width, INDENT + INDENT));
      out.push(INDENT + INDENT);
      if (view === 'full') {
        const memberships = [...p.sets.values()];
        const position = memberships.find((m) => m.position !== undefined)?.position;
        const byValue = memberships.some((m) => m.valueFromPipeline);
        const byName = memberships.some((m) => m.valueFromPipelineByPropertyName);
        const pipeline = byValue || byName ? `true (${[byValue && 'ByValue', byName && 'ByPropertyName'].filter(Boolean).join(', ')})` : 'false';
        const rows: Array<[string, string]> = [
          ['Required?', String(memberships.some((m) => m.mandatory))],
          ['Position?', position === undefined ? 'named' : String(position + 1)],
          ['Default value', help.defaults?.[p.name.toLowerCase()] ?? typeDefault(p.type)],
          ['Accept pipeline input?', pipeline],
          // pwsh leaves a comment-help parameter's aliases out of this list.
          ['Aliases', ''],
          ['Accept wildcard characters?', String(p.supportsWildcards)],
        ];
        for (const [label, value] of rows) out.push(`${INDENT}${INDENT}${label.padEnd(29)}${value}`);
        out.push(INDENT + INDENT);
      }
    }
    out.push(`${INDENT}<CommonParameters>`, ...COMMON_PARAMETERS_TEXT.map((l) => INDENT + INDENT + l), `${INDENT}. `, INDENT);
    return out;
  }

  /** INPUTS, OUTPUTS and NOTES of the full view. */
  private inputsAndOutputs(help: CmdletHelp, width: number): string[] {
    const out: string[] = [];
    for (const [title, text] of [['INPUTS', help.inputs], ['OUTPUTS', help.outputs]] as const) {
      out.push(title);
      if (text) out.push(...block(text, width), INDENT, INDENT);
      else out.push(INDENT);
    }
    if (help.notes) out.push('NOTES', INDENT, INDENT, ...block(help.notes, width, INDENT + INDENT), INDENT);
    return out;
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
function block(text: string, width: number, indent = INDENT): string[] {
  const room = Math.max(1, width - 1 - indent.length);
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') { lines.push(indent); continue; }
    for (let i = 0; i < line.length; i += room) lines.push(indent + line.slice(i, i + room));
  }
  return lines;
}

/**
 * The examples: a title, the first line as the command (`PS > ...`), the rest as remarks, then
 * the blank lines pwsh leaves (one fewer after the last example of the detailed view).
 */
function examples(help: CmdletHelp, view: HelpView, width: number): string[] {
  const out: string[] = [];
  const list = help.examples ?? [];
  list.forEach((text, i) => {
    const [code = '', ...remarks] = text.split('\n');
    out.push(`${INDENT}-------------------------- EXAMPLE ${i + 1} --------------------------`, INDENT, ...block(`PS > ${code}`, width));
    out.push(...(remarks.length ? remarks.flatMap((r) => block(r, width)) : [INDENT]));
    const blanks = view === 'detailed' && i === list.length - 1 ? 5 : 6;
    for (let k = 0; k < blanks; k++) out.push(INDENT);
  });
  return out;
}

/** The default value the full view shows for a parameter without one written: the type's own. */
function typeDefault(type: string): string {
  if (/^System\.(U?Int(16|32|64)|Byte|SByte|Double|Single|Decimal)$/.test(type)) return '0';
  if (type === 'System.Boolean' || type === 'System.Management.Automation.SwitchParameter') return 'False';
  return '';
}
