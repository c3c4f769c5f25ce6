# Everyday utilities: Tee-Object -Variable, Get-Unique, New-Object PSObject -Property, Add-Member,
# Invoke-Expression, Join-Path, Split-Path, Start-Sleep.
1, 2, 3 | Tee-Object -Variable t | ForEach-Object { $_ * 10 }
"t: $t ($($t.GetType().Name))"
5 | Tee-Object -Variable one | Out-Null
"one: $one ($($one.GetType().Name))"
1, 1, 2, 2, 2, 3, 1 | Get-Unique
'a', 'A', 'b' | Get-Unique
$p = New-Object PSObject -Property ([ordered]@{ Size = 3; Name = "x" })
$p | Format-Table
New-Object -TypeName PSCustomObject -Property ([ordered]@{ b = 1; a = 2 }) | ConvertTo-Json -Compress
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -NotePropertyName b -NotePropertyValue 2
$o | Add-Member -MemberType NoteProperty -Name c -Value 3 -PassThru | Format-Table
$o | Add-Member -NotePropertyMembers @{ d = 4 } -PassThru | ConvertTo-Json -Compress
try { $o | Add-Member -NotePropertyName a -NotePropertyValue 9 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$o | Add-Member -NotePropertyName a -NotePropertyValue 9 -Force; $o.a
Invoke-Expression '1 + 2'
$x = 5; Invoke-Expression '$x * 2'; iex '"iex"'
Join-Path /a b; Join-Path /a/ /b/; Join-Path a b c d; Join-Path -Path a, x -ChildPath b
Split-Path /a/b/c.txt; Split-Path /a/b/c.txt -Leaf; Split-Path /a/b/c.txt -Extension; Split-Path /a/b/c.txt -LeafBase; Split-Path c.txt; Split-Path /a/b/c.txt -IsAbsolute; Split-Path x/y -IsAbsolute
Start-Sleep -Milliseconds 10; 'slept'
try { New-Object Nope.Type } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
