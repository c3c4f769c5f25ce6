# Coercion comes last: an Int32 Id property needs conversion to UInt32[], so it binds only in
# pass 4 (by property name, with conversion), after every exact-type pass has failed.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
New-CimSession -ComputerName srv1, srv2 | Out-Null
Show-ParameterBinding { [pscustomobject]@{ Id = 2 } | Remove-CimSession }
(Get-CimSession).Id -join ','
