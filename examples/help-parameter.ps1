# Get-Help -Examples and -Parameter: from comment-based help, and for a cmdlet without help
# content, the page pwsh builds from the parameter metadata.
function Remove-Thing {
<#
.SYNOPSIS
Removes things.
.DESCRIPTION
Removes the things you name.
.PARAMETER Name
The names of the things to remove.
.PARAMETER Id
The ids of the things to remove.
.EXAMPLE
Remove-Thing -Name a*
Removes every thing whose name starts with a.
.EXAMPLE
Get-Thing | Remove-Thing
Removes them all.
#>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipelineByPropertyName)][SupportsWildcards()][string[]]$Name,
        [uint32[]]$Id
    )
}
Get-Help Remove-Thing -Examples
