# -NoExecute binds and runs nothing: the values of a leading expression are bound to the next
# command, but no session is removed.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
New-CimSession -ComputerName srv1 | Out-Null
Show-ParameterBinding -NoExecute { [pscustomobject]@{ ComputerName = 'srv1' } | Remove-CimSession }
@(Get-CimSession).Count
