/**
 * # A help page
 *
 * Get-Help's output object. The formatter lays it out at the host's width in pwsh's brief view:
 * NAME, SYNOPSIS, SYNTAX (generated from the binder's metadata in the help files' spelling,
 * `<String[]>`), DESCRIPTION, RELATED LINKS, REMARKS. Lines are cut character by character to
 * fit, as pwsh's help view does.
 */
import type { CmdletHelp, CommandEntry } from './command-info.js';
import { ALL_SETS, type ParameterMetadata } from './metadata.js';
import { entrySyntax, typeDisplay } from './syntax.js';

const INDENT = '    ';

/** Get-Help's views: the brief default, -Detailed, -Full, -Examples and -Parameter. */
export type HelpView = 'brief' | 'detailed' | 'full' | 'examples' | 'parameter';

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
  constructor(
    readonly entry: CommandEntry,
    readonly view: HelpView = 'brief',
    /** For -Parameter: the parameters to show, in the order to show them. */
    readonly parameterList: ParameterMetadata[] = [],
  ) {}

  /** Help content pwsh would lay out in full: comment-based help, or a cmdlet's written help. */
  static hasFullHelp(entry: CommandEntry, help: CmdletHelp | undefined): help is CmdletHelp {
    return help !== undefined && (entry.commandType !== 'Cmdlet' || help.parameters !== undefined);
  }

  /** The page's lines, without the blank lines the formatter puts around a run of pages. */
  render(width: number, shownAs: HelpView = this.view): string {
    const entry = this.entry;
    const help = entry.help();
    if (this.view === 'parameter') return this.parameterPage(help, width);
    let syntax = entrySyntax(entry, 'help');
    // A function with comment-based help is documented as taking the common parameters.
    if (help && entry.commandType !== 'Cmdlet') syntax = syntax.map((l) => (l.endsWith('[<CommonParameters>]') ? l : `${l} [<CommonParameters>]`));
    const full = HelpPage.hasFullHelp(entry, help);
    if (shownAs === 'examples' && full) {
      return ['NAME', ...block(entry.name, width), INDENT, 'SYNOPSIS', ...block(help.synopsis, width), INDENT, INDENT, ...examples(help, 'full', width), ''].join('\n') + '\n';
    }
    const view = full && shownAs !== 'examples' ? shownAs : 'brief';
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
    const out = ['PARAMETERS'];
    for (const p of documentedParameters(this.entry)) out.push(...parameterBlock(this.entry, p, help, view === 'full', width, INDENT));
    out.push(`${INDENT}<CommonParameters>`, ...COMMON_PARAMETERS_TEXT.map((l) => INDENT + INDENT + l), `${INDENT}. `, INDENT);
    return out;
  }

  /** -Parameter: the chosen parameters, from the help content or, without it, from the metadata. */
  private parameterPage(help: CmdletHelp | undefined, width: number): string {
    const out: string[] = [];
    for (const p of this.parameterList) {
      if (HelpPage.hasFullHelp(this.entry, help)) {
        out.push(...parameterBlock(this.entry, p, help, true, width, ''), '');
        continue;
      }
      // pwsh's page for a command without help content, built from its parameter metadata.
      const memberships = [...p.sets.entries()];
      const position = memberships.find(([, m]) => m.position !== undefined)?.[1].position;
      const sets = memberships.map(([s]) => s);
      const pipelineKinds = [
        memberships.some(([, m]) => m.valueFromPipeline) && 'ByValue',
        memberships.some(([, m]) => m.valueFromPipelineByPropertyName) && 'ByPropertyName',
        memberships.some(([, m]) => m.valueFromRemainingArguments) && 'FromRemainingArguments',
      ].filter(Boolean);
      out.push(p.isSwitch ? `-${p.name}` : `-${p.name} <${typeDisplay(p.type, 'command')}>`, INDENT);
      const rows: Array<[string, string]> = [
        ['Required?', String(memberships.some(([, m]) => m.mandatory))],
        ['Position?', position === undefined ? 'Named' : String(position)],
        ['Accept pipeline input?', pipelineKinds.length ? `true (${pipelineKinds.join(', ')})` : 'false'],
        ['Parameter set name', sets.includes(ALL_SETS) ? '(All)' : sets.join(', ')],
        ['Aliases', p.aliases.length ? p.aliases.join(', ') : 'None'],
        ['Dynamic?', 'false'],
        ['Accept wildcard characters?', String(p.supportsWildcards)],
      ];
      for (const [label, value] of rows) out.push(`${INDENT}${label.padEnd(29)}${value}`);
      out.push(INDENT, '');
    }
    return out.join('\n') + '\n';
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

/**
 * The parameters a help page documents: a function's own, in declaration order; a cmdlet's, with
 * -WhatIf and -Confirm after them when it supports ShouldProcess (as its help file lists them).
 */
export function documentedParameters(entry: CommandEntry): ParameterMetadata[] {
  const params = entry.metadata?.parameters ?? [];
  const own = params.filter((p) => !p.isCommon);
  if (entry.commandType !== 'Cmdlet') return own;
  return [...own, ...['Confirm', 'WhatIf'].flatMap((n) => params.filter((p) => p.isCommon && p.name === n))];
}

/**
 * One parameter of a help page. Comment-based help numbers positions from 1, leaves aliases out
 * and writes `true (ByValue, ByPropertyName)`; a cmdlet's written help follows its help file
 * (the seed page): positions from 0, `None` as default, its aliases, `True (ByPropertyName, ByValue)`.
 */
function parameterBlock(entry: CommandEntry, p: ParameterMetadata, help: CmdletHelp, attributes: boolean, width: number, indent: string): string[] {
  const cmdlet = entry.commandType === 'Cmdlet';
  const inner = indent + INDENT;
  const out = [p.isSwitch && cmdlet ? `${indent}-${p.name} [<SwitchParameter>]` : `${indent}-${p.name} <${typeDisplay(p.type, 'help')}>`];
  const text = help.parameters?.[p.name.toLowerCase()];
  if (text) out.push(...block(text, width, inner));
  out.push(inner);
  if (!attributes) return out;
  const memberships = [...p.sets.values()];
  const position = memberships.find((m) => m.position !== undefined)?.position;
  const byValue = memberships.some((m) => m.valueFromPipeline);
  const byName = memberships.some((m) => m.valueFromPipelineByPropertyName);
  const kinds = cmdlet ? [byName && 'ByPropertyName', byValue && 'ByValue'] : [byValue && 'ByValue', byName && 'ByPropertyName'];
  const pipeline = byValue || byName ? `${cmdlet ? 'True' : 'true'} (${kinds.filter(Boolean).join(', ')})` : cmdlet ? 'False' : 'false';
  const flag = (b: boolean) => (cmdlet ? (b ? 'True' : 'False') : String(b));
  const rows: Array<[string, string]> = [
    ['Required?', flag(memberships.some((m) => m.mandatory))],
    ['Position?', position === undefined ? (cmdlet ? 'Named' : 'named') : String(cmdlet ? position : position + 1)],
    ['Default value', help.defaults?.[p.name.toLowerCase()] ?? (cmdlet ? (p.isSwitch ? 'False' : 'None') : typeDefault(p.type))],
    ['Accept pipeline input?', pipeline],
    // pwsh leaves a comment-help parameter's aliases out of this list.
    ['Aliases', cmdlet ? p.aliases.join(', ') : ''],
    ['Accept wildcard characters?', flag(p.supportsWildcards)],
  ];
  for (const [label, value] of rows) out.push(`${inner}${label.padEnd(29)}${value}`);
  out.push(inner);
  return out;
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
    // A cmdlet's example starts with its title line (`# Example 1: ...`), as help files title them.
    const titled = /^# (.*)\n/.exec(text);
    const [code = '', ...remarks] = (titled ? text.slice(titled[0].length) : text).split('\n');
    const title = titled ? `------------- ${titled[1]} -------------` : `-------------------------- EXAMPLE ${i + 1} --------------------------`;
    out.push(`${INDENT}${title}`, INDENT, ...block(`PS > ${code}`, width));
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
