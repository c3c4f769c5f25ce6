# Get-Help -Parameter: one parameter or a wildcard, from comment-based help or, for a command
# without help content, from its parameter metadata (sorted by name); no match is an error.
function Remove-Thing {
<#
.SYNOPSIS
Removes things.
.PARAMETER Name
The names of the things to remove.
.PARAMETER Id
The ids of the things to remove.
#>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipelineByPropertyName)][SupportsWildcards()][string[]]$Name,
        [uint32[]]$Id
    )
}
Get-Help Remove-Thing -Parameter Name
Get-Help Remove-Thing -Parameter *
