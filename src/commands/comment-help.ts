/**
 * # Comment-based help
 *
 * A script function documents itself with a `<# ... #>` block at the start (or end) of its body,
 * or just before its `function` keyword (at most one blank line between):
 * `.SYNOPSIS`, `.DESCRIPTION`, `.PARAMETER <name>`, `.EXAMPLE`, `.NOTES`, `.LINK` and friends,
 * each followed by its text. Keywords are case-insensitive; a block without any keyword is an
 * ordinary comment, not help.
 */
import type { CmdletHelp } from './command-info.js';

const KEYWORD = /^\s*\.([A-Za-z]+)(?:[ \t]+(.*?))?\s*$/;

/** The help in the first block comment of a function body, or undefined when there is none. */
export function parseCommentHelp(bodyText: string): CmdletHelp | undefined {
  const block = /^\s*(?:#[^\n]*\n\s*)*<#([\s\S]*?)#>/.exec(bodyText) ?? /<#([\s\S]*?)#>\s*$/.exec(bodyText);
  return block ? helpFromBlock(block[1]!) : undefined;
}

/** The help in a block comment that ends just before `offset` (a `function` keyword). */
export function parseHelpBefore(text: string, offset: number): CmdletHelp | undefined {
  const block = /<#((?:(?!#>)[\s\S])*)#>[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*$/.exec(text.slice(0, offset));
  if (!block) return undefined;
  // A line comment right above the block joins it, and the whole is then not help (as in pwsh).
  if (/#[^\n]*\r?\n[ \t]*$/.test(text.slice(0, block.index))) return undefined;
  return helpFromBlock(block[1]!);
}

function helpFromBlock(block: string): CmdletHelp | undefined {
  const sections: Array<{ key: string; arg?: string; lines: string[] }> = [];
  for (const line of block.split(/\r?\n/)) {
    const m = KEYWORD.exec(line);
    if (m) sections.push({ key: m[1]!.toLowerCase(), arg: m[2], lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  if (sections.length === 0) return undefined;
  const help: CmdletHelp = { synopsis: '' };
  for (const s of sections) {
    const text = dedent(s.lines);
    switch (s.key) {
      case 'synopsis': help.synopsis = text; break;
      case 'description': help.description = text; break;
      case 'parameter': if (s.arg) (help.parameters ??= {})[s.arg.toLowerCase()] = text; break;
      case 'example': (help.examples ??= []).push(text); break;
      case 'notes': help.notes = text; break;
      case 'link': (help.links ??= []).push(text); break;
      case 'inputs': help.inputs = text; break;
      case 'outputs': help.outputs = text; break;
    }
  }
  return help;
}

/** Removes the indentation the lines share and the blank lines around them. */
function dedent(lines: string[]): string {
  const body = [...lines];
  while (body.length && !body[0]!.trim()) body.shift();
  while (body.length && !body.at(-1)!.trim()) body.pop();
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  return body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0).trimEnd()).join('\n');
}
