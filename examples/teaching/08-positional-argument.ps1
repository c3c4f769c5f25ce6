# A positional argument: -CimSession, -ComputerName and -Id all take position 0, in different sets.
# The default set is tried first without conversion, then every set without, then with conversion.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
New-CimSession -ComputerName srv1 | Out-Null
Show-ParameterBinding { Remove-CimSession srv1 }
@(Get-CimSession).Count
