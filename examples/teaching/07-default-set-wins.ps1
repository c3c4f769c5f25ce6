# When the arguments fit several parameter sets, the default set wins.
# pwsh: skip — Show-ParameterBinding is minipwsh's own
function Get-Thing {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(ParameterSetName = 'ByName')][string]$Name,
        [Parameter(ParameterSetName = 'ById')][int]$Id
    )
    "set: $($PSCmdlet.ParameterSetName)"
}
Show-ParameterBinding { Get-Thing }
Show-ParameterBinding { Get-Thing -Id 3 }
