# Trace-Command on the seed help page's three examples (Remove-CimSession).
# pwsh: skip — CimCmdlets is Windows-only; the lines follow pwsh's for the same binding steps
New-CimSession -ComputerName srv1, srv2 | Out-Null
New-CimSession -ComputerName srv5 -Name apple | Out-Null
Trace-Command -Name ParameterBinding -Expression { Remove-CimSession -Name a* -WhatIf } -PSHost
Trace-Command -Name ParameterBinding -Expression { Remove-CimSession -Id 2 } -PSHost
Trace-Command -Name ParameterBinding -Expression { Get-CimSession | Remove-CimSession } -PSHost
'sessions left: ' + @(Get-CimSession).Count
