# Binding from the command line: names, prefixes, aliases, positions and the default set.
. "$PSScriptRoot/remove-session.lib.ps1"
Remove-Session -ComputerName srv1, srv2
Remove-Session -Comp srv3
Remove-Session -CN srv4
Remove-Session -ServerName srv5
Remove-Session -Id 1, 3
Remove-Session -Id (2..4)
Remove-Session -Name 'a*'
Remove-Session -InstanceId 0f8fad5b-d9cb-469f-a165-70867728950e
Remove-Session -CimSession @{ Name = 'one' }
Remove-Session @{ Name = 'positional hashtable' }
Remove-Session srv6
Remove-Session 7
Remove-Session -Id 9 -WhatIf
