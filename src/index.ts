/** The library API: parsing and running PowerShell, without the command-line front end. */
export { parse, type ParseResult, type ParseError } from './syntax/parse.js';
export { Engine, type RunOptions, type RunResult } from './host/engine.js';
export { MemoryHost, type HostIO } from './runtime/host-io.js';
export type * as Ast from './syntax/ast.js';
