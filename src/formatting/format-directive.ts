/**
 * # What Format-Table and Format-List send down the pipeline
 *
 * pwsh's Format-* cmdlets turn objects into formatting records that only Out-Default, Out-String
 * and Out-File understand. Here each input object travels wrapped with the view it asked for;
 * `group` identifies one Format-* invocation, so that one table (or list) ends where its
 * command's output ends.
 */
export class FormatDirective {
  constructor(
    readonly group: object,
    readonly view: 'table' | 'list' | 'wide',
    /** The row's property names, already resolved by the Format-* command; undefined for the object's own choice. */
    readonly properties: string[] | undefined,
    readonly value: unknown,
    readonly options: { hideHeaders?: boolean; columns?: number; autoSize?: boolean; wrap?: boolean; groupLabel?: string } = {},
  ) {}

  toString() { return 'Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData'; }
}
