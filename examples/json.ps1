# ConvertTo-Json and ConvertFrom-Json: pwsh 7's indentation, -Compress, -Depth with its warning,
# -AsArray, and reading JSON back into objects (integers as Int64, ISO dates as DateTime).
$o = [pscustomobject]@{ n = 1; d = 1.5; s = "a`"b/c<d>`t"; b = $true; z = $null; arr = @(1, 'x', @(2, 3)); h = [ordered]@{ k = [ordered]@{ deep = [ordered]@{ deeper = 1 } } }; e = @(); eo = [pscustomobject]@{} }
$o | ConvertTo-Json
$o | ConvertTo-Json -Compress -Depth 5
1, 2 | ConvertTo-Json
1 | ConvertTo-Json -AsArray
'x' | ConvertTo-Json
ConvertTo-Json @()
$null | ConvertTo-Json
0.1, [double]1e20, [int64]123 | ConvertTo-Json -Compress
$j = '{"a":1,"b":1.5,"c":"2020-01-02T03:04:05","d":[1,{"x":null}],"e":{},"g":true}' | ConvertFrom-Json
$j.a.GetType().Name, $j.b.GetType().Name, $j.c.GetType().Name, $j.d.GetType().Name -join ','
$j
'[1,2]' | ConvertFrom-Json | ForEach-Object { "item $_" }
('{"k":1}' | ConvertFrom-Json -AsHashtable).k
$j | ConvertTo-Json -Compress
