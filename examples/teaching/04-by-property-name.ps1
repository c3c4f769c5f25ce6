# A [pscustomobject] binds by property name: its ComputerName property goes to -ComputerName.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
# The object is not a CimSession, so pass 1 (by value) fails; pass 2 finds the property.
New-CimSession -ComputerName srv1 | Out-Null
Show-ParameterBinding { [pscustomobject]@{ ComputerName = 'srv1' } | Remove-CimSession }
@(Get-CimSession).Count
