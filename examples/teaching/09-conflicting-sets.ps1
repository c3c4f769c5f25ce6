# -Id and -Name belong to different parameter sets: no set has both, so binding fails.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
Show-ParameterBinding { Remove-CimSession -Id 1 -Name x }
