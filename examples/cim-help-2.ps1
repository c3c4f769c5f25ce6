# Get-Help -Parameter for Remove-CimSession: Required?, Position?, Default value, pipeline input,
# aliases and wildcards as the seed page's PARAMETERS section states them.
# pwsh: skip — CimCmdlets is Windows-only, and pwsh here has no help files
Get-Help Remove-CimSession -Parameter ComputerName
Get-Help Remove-CimSession -Parameter Id, WhatIf
