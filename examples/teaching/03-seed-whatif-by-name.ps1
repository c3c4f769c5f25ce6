# Seed example 3: Remove-CimSession -Name a* -WhatIf.
# pwsh: skip — Show-ParameterBinding is minipwsh's own, and CimCmdlets is Windows-only
# -Name selects NameSet; -WhatIf is a common parameter in every set, so it does not narrow them.
New-CimSession -ComputerName srv1 -Name apple | Out-Null
New-CimSession -ComputerName srv2 -Name avocado | Out-Null
New-CimSession -ComputerName srv3 -Name banana | Out-Null
Show-ParameterBinding { Remove-CimSession -Name a* -WhatIf }
(Get-CimSession).Name -join ','
