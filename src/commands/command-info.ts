/**
 * # Commands as the runtime knows them (CommandInfo)
 *
 * A cmdlet is declared as data (metadata) plus a factory for its begin/process/end
 * implementation. A function is a script block with optional advanced metadata. An alias maps a
 * name to another command name.
 */
import type { ScriptBlock } from '../syntax/ast.js';
import type { CommandMetadata } from './metadata.js';
import type { CmdletContext } from './cmdlet-context.js';
import type { Stage } from '../runtime/stage.js';

export interface CmdletImplementation {
  begin?(ctx: CmdletContext): void;
  process?(ctx: CmdletContext, input: unknown, hasInput: boolean): void;
  end?(ctx: CmdletContext): void;
  /**
   * process() reads a pipeline object only from its `input` argument, never as the bound
   * InputObject: when the binder would bind every object to that parameter unchanged (binder.ts,
   * bindsDirectly), the processor skips binding it.
   */
  readonly takesInputDirectly?: boolean;
  /**
   * After begin, for such a cmdlet: a stage (runtime/stage.ts) that does what process(ctx, input,
   * true) does for each pipeline object, decided once from the command line (undefined: process()
   * it is). The pipeline then hands it each object straight from the command before.
   */
  sink?(ctx: CmdletContext): Stage | undefined;
}

/** A command's help text: written for our cmdlets, read from comment-based help for functions. */
export interface CmdletHelp {
  synopsis: string;
  description?: string;
  /** Per parameter (lower-case name): its description. */
  parameters?: Record<string, string>;
  examples?: string[];
  notes?: string;
  links?: string[];
  inputs?: string;
  outputs?: string;
  /** Per parameter (lower-case name): its default value as written in the script. */
  defaults?: Record<string, string>;
}

export interface CmdletInfo {
  kind: 'Cmdlet';
  name: string;
  module: string;
  /** The .NET class pwsh implements it with, as error ids show it. */
  implementingType: string;
  metadata: CommandMetadata;
  help?: CmdletHelp;
  create(): CmdletImplementation;
}

export interface FunctionInfo {
  kind: 'Function' | 'Filter';
  name: string;
  body: ScriptBlock;
  /** Parameters declared as `function f($a, $b)` rather than in `param()`. */
  inlineParameters?: ScriptBlock['paramBlock'];
  /** Set when the function is advanced (CmdletBinding or a Parameter attribute). */
  metadata?: CommandMetadata;
  /** Where the `function` keyword stands, for comment-based help written just before it. */
  definitionStart?: number;
}

export interface AliasInfo {
  kind: 'Alias';
  name: string;
  definition: string;
  /** pwsh's built-in aliases are ReadOnly: Set-Alias changes them only with -Force. */
  readOnly?: boolean;
}

export type CommandInfo = CmdletInfo | FunctionInfo | AliasInfo;

/** One row of Get-Command: what the session can run from a given scope. */
export interface CommandEntry {
  name: string;
  commandType: 'Cmdlet' | 'Function' | 'Filter' | 'Alias';
  source: string;
  /** For an alias, the command it stands for. */
  definition?: string;
  /** What the binder reads; absent for a simple function without parameters. */
  metadata?: CommandMetadata;
  /** Its help text, parsed on demand for functions. */
  help(): CmdletHelp | undefined;
}
