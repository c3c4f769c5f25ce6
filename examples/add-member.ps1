# Add-Member's member types: script and alias properties, script methods, and what assignment does to them.
# (First, three details: -Skip with -Last skips from the end; a list inside an object's string shows its
# type name; an object deeper than -Depth is written as its string.)
(1..10 | Select-Object -Skip 2 -Last 3) -join ","
"$([pscustomobject]@{ b = 1; c = @(1, 2) })"
'{"a":[1,2,{"b":null}]}' | ConvertFrom-Json | ConvertTo-Json -Depth 1 -Compress

$o = [pscustomobject]@{ Name = 'b'; Size = 3 }
$o | Add-Member -MemberType ScriptProperty -Name Big -Value { $this.Size -gt 5 }
$o | Add-Member -MemberType AliasProperty -Name Label -Value Name
$o | Add-Member -MemberType ScriptMethod -Name Twice -Value { param($k = 2) $this.Size * $k }
$o | Add-Member -MemberType NoteProperty -Name Extra -Value 1 -PassThru | Out-Null
$o | Get-Member
$o
$o.Twice(); $o.Twice(5); $o.Label; $o.Big
$o.Size = 10; $o.Big
$o | ConvertTo-Json -Compress
$o | Select-Object *
$o | Add-Member -MemberType ScriptProperty -Name Big -Value { 1 }
$o | Add-Member Sum -MemberType ScriptProperty -Value { $this.Size + 1 } -SecondValue { $this.Size = $args[0] - 1 }
$o.Sum = 20; $o.Size
$o.Big = 1
