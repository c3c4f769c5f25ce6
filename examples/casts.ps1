# Casts and PowerShell's conversion rules.
[int]'0x10'
[int]2.5
[int]3.5
[int]'  42 '
[bool]'False'
[bool]''
[bool]0
[bool]@()
[bool]@(0)
[string]$null -eq ''
[string](1, 2, 3)
[char]65
[char]'z'
[int][char]'A'
[double]'1e3'
[decimal]'1.50'
[long]'9000000000'
[int[]]('1', '2', '3') | ForEach-Object { $_.GetType().Name }
[string[]](1, 2) | ForEach-Object { $_.GetType().Name }
[array]5 | ForEach-Object { "array of $_" }
[guid]'0f8fad5b-d9cb-469f-a165-70867728950e'
[regex]'a+b' -is [regex]
([type]'int').FullName
[int].FullName
[string].Name
$h = [hashtable]@{ k = 'v' }
$h.k
[pscustomobject]@{ Name = 'obj'; Size = 3 } | ForEach-Object { "$($_.Name) has size $($_.Size)" }
[ordered]@{ b = 2; a = 1 }
try { [int]'abc' } catch { $_.Exception.Message }
try { [int]'3000000000' } catch { $_.Exception.Message }
try { [char]'ab' } catch { $_.Exception.Message }
try { [nosuchtype]5 } catch { $_.Exception.Message }
$typed = [int]'5'
$typed.GetType().Name
[int]$constrained = '10'
$constrained = '20'
$constrained.GetType().Name
