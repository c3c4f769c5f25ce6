# Seed example 1: Get-CimSession | Remove-CimSession.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
# Each CimSession that Get-CimSession writes binds to -CimSession in the first pass (by value,
# exact type), so the default set CimSessionSet is chosen for every object.
New-CimSession -ComputerName srv1, srv2 | Out-Null
Show-ParameterBinding { Get-CimSession | Remove-CimSession }
Get-CimSession
'sessions left: ' + @(Get-CimSession).Count
