# Parameter sets decided from the command line, and binding errors with pwsh's texts and ids.
function Set-Thing {
    [CmdletBinding(DefaultParameterSetName = 'Path', SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'Path')] [string[]]$Path,
        [Parameter(Mandatory, ParameterSetName = 'Literal')] [Alias('PSPath', 'LP')] [string[]]$LiteralPath,
        [Parameter(Position = 1)] [ValidateSet('Low', 'High')] [string]$Level = 'Low',
        [switch]$Force
    )
    "[$($PSCmdlet.ParameterSetName)] $($Path + $LiteralPath) level=$Level force=$Force bound=$($PSBoundParameters.Keys -join ',')"
}
Set-Thing a.txt
Set-Thing a.txt High -Force
Set-Thing -LiteralPath 'b[1].txt'
Set-Thing -LP c.txt -Level high
Set-Thing -Pa d.txt -Force:$false
Set-Thing e.txt -WhatIf
function Show-Error([scriptblock]$Call) {
    try { & $Call } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
}
Show-Error { Set-Thing }
Show-Error { Set-Thing -Path a -LiteralPath b }
Show-Error { Set-Thing a -Level Medium }
Show-Error { Set-Thing a -L x }
Show-Error { Set-Thing a b c }
Show-Error { Set-Thing -Path }
Show-Error { Set-Thing -Path a -Path b }
Show-Error { Set-Thing -Nope }
