# Each pipeline object binds from the command line's state again: the first object chooses
# ComputerNameSet, the second SessionIdSet.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
New-CimSession -ComputerName a, b, c | Out-Null
Show-ParameterBinding { [pscustomobject]@{ ComputerName = 'a' }, [pscustomobject]@{ Id = 3 } | Remove-CimSession }
(Get-CimSession).ComputerName -join ','
