# Get-Help -Detailed on a function documented with comment-based help (the first help page a script shows sets
# the view of the later ones, as in pwsh).
function Get-Thing {
    <#
    .SYNOPSIS
    Gets things.
    .DESCRIPTION
    Gets the things named.
    .PARAMETER Name
    The names.
    .PARAMETER Id
    An id.
    .INPUTS
    System.String
    .OUTPUTS
    System.Object
    .NOTES
    A note.
    .EXAMPLE
    Get-Thing -Name a
    Gets a.
    .EXAMPLE
    'b' | Get-Thing
    .LINK
    https://example.com/thing
    .LINK
    Get-Other
    #>
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName, ParameterSetName = 'ByName')][Alias('N')][SupportsWildcards()][string[]]$Name,
        [Parameter(ParameterSetName = 'ById', ValueFromPipelineByPropertyName)][int]$Id = 5,
        $Untyped
    )
}
Get-Help Get-Thing -Detailed
