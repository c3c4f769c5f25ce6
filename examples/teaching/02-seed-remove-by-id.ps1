# Seed example 2: Remove-CimSession -Id 5.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
# -Id is named, so it binds first, with conversion from Int32 to UInt32[]; only SessionIdSet has
# an Id parameter, so it is the one set left.
1..5 | ForEach-Object { New-CimSession -ComputerName "srv$_" } | Out-Null
Show-ParameterBinding { Remove-CimSession -Id 5 }
(Get-CimSession).Id -join ','
