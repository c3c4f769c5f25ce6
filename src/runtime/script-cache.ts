/**
 * Parsed scripts by path and text, as pwsh keeps them (ScriptBlock.Create's cache): the same text
 * run again, a line from history or a script called in a loop, is not parsed again, and the
 * code compiled for its nodes on the first run is there for the next. Running a parsed script
 * again is what a loop does with its body, so nothing a run leaves on the nodes is wrong for the
 * next. Only scripts that parse are kept.
 */
import { parse, type ParseResult } from '../syntax/parse.js';

/** pwsh's limit, and what it does then: start again. */
const MAX_SCRIPTS = 1024;
/** A script this long is rarely run twice; its tree would stay for nothing. */
const MAX_TEXT = 1 << 20;

export class ScriptCache {
  private readonly scripts = new Map<string, ParseResult>();

  parse(text: string, path: string): ParseResult {
    if (text.length > MAX_TEXT) return parse(text, path);
    const key = path + '\0' + text;
    let result = this.scripts.get(key);
    if (result) return result;
    result = parse(text, path);
    if (result.ast) {
      if (this.scripts.size >= MAX_SCRIPTS) this.scripts.clear();
      this.scripts.set(key, result);
    }
    return result;
  }
}
