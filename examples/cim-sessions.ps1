# CIM sessions: create, list and remove them by each of Remove-CimSession's five parameter sets.
# pwsh: skip — the CimCmdlets module is Windows-only; the expected output follows the seed help page
New-CimSession -ComputerName srv1, srv2, srv3 | Out-Null
New-CimSession -ComputerName web1 -Name frontend | Out-Null
New-CimSession -Name alpha | Out-Null
New-CimSession -Name alpha2 -SessionOption (New-CimSessionOption -Protocol Dcom) | Out-Null
Get-CimSession | ForEach-Object { "$($_.Id) $($_.Name) $($_.ComputerName) $($_.Protocol)" }
$s = Get-CimSession -Id 1
"type: $($s.GetType().FullName); is CimSession: $($s -is [CimSession]); InstanceId is a guid: $($s.InstanceId -is [guid])"
Get-CimSession -Name frontend

'-- the seed''s Example 3: -WhatIf lists what would be removed and removes nothing'
Remove-CimSession -Name a* -WhatIf
(Get-CimSession).Count

'-- by Id (the seed''s Example 2), by several ids, and by a range in parentheses'
Remove-CimSession -Id 5
Remove-CimSession -Id 1, 2
Remove-CimSession -Id (6..7)
Get-CimSession | ForEach-Object Id
'-- by name with a wildcard, by computer name (alias CN), by instance id'
Remove-CimSession -Name alph*
Remove-CimSession -CN srv3
New-CimSession -ComputerName db1 | Out-Null
$db = Get-CimSession -ComputerName db1
Remove-CimSession -InstanceId $db.InstanceId
Get-CimSession | ForEach-Object Name

'-- from the pipeline: by value (the seed''s Example 1) and by property name'
New-CimSession -ComputerName a1, a2, a3 | Out-Null
[pscustomobject]@{ ComputerName = 'a1' } | Remove-CimSession
[pscustomobject]@{ Id = 10 } | Remove-CimSession
Get-CimSession | Remove-CimSession
"left: $(@(Get-CimSession).Count)"

'-- errors'
Remove-CimSession -Id 42
Get-CimSession -Name nothing*
Get-CimSession -Name nothing
Remove-CimSession -Id 2..4
'abc' | Remove-CimSession
Remove-CimSession a b
