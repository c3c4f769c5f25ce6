# By property name also looks at the parameter's aliases: CN is an alias of -ComputerName.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
New-CimSession -ComputerName srv9 | Out-Null
Show-ParameterBinding { [pscustomobject]@{ CN = 'srv9' } | Remove-CimSession }
@(Get-CimSession).Count
