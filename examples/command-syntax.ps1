# Get-Command -Syntax is generated from the same parameter metadata the binder uses.
# Functions get positions automatically unless one parameter names a position or a set.
function Get-Thing {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string[]]$Name, [int]$Id, [switch]$Force)
}
function Set-Thing {
    param(
        [Parameter(ParameterSetName = 'ByName', Mandatory)][string]$Name,
        [Parameter(ParameterSetName = 'ById')][int]$Id,
        $Value
    )
}
Get-Command Get-Thing -Syntax
Get-Command Set-Thing -Syntax
Get-Command Write-Warning -Syntax
Get-Command echo -Syntax
(Get-Command -Noun Thing | ForEach-Object Name) -join ', '
# pwsh's CommandInfo table: fixed columns, the last one squeezed into what 80 columns leave.
Get-Command Write-Warning, Get-Thing, echo
(Get-Command echo).Name
# Get-Alias shares the table; a not-found error waits for the rows already written
Get-Alias echo, gcm
Get-Alias -Definition Where-Object
Get-Alias nosuch
(Get-Alias echo).ResolvedCommandName
Get-Command Join-String -Syntax
