# Get-Help -Parameter for cmdlets without help content: pwsh builds the page from the parameter
# metadata (0-based positions, the parameter sets, aliases), sorted by name; no match is an error.
Get-Help Get-Member -Parameter InputObject
Get-Help Write-Output -Parameter *
Get-Help Write-Output -Parameter Nope
