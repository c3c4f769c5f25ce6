# CSV: ConvertTo-Csv (-UseQuotes, -Delimiter, -NoHeader), ConvertFrom-Csv (-Header), Export-Csv (-Append keeps
# the file's columns) and Import-Csv. The first table's columns stay for later objects, as in pwsh.
$o = [pscustomobject]@{ Name = 'a'; Size = 1; Note = 'has "quote", comma' }, [pscustomobject]@{ Name = 'b'; Size = $null; Note = '' }
$o | ConvertTo-Csv
$o | ConvertTo-Csv -UseQuotes AsNeeded
$o | ConvertTo-Csv -Delimiter ';' -UseQuotes Never
$o | ConvertTo-Csv -NoHeader
$rows = $o | ConvertTo-Csv | ConvertFrom-Csv
$rows
$rows[0].Size.GetType().Name
'x,y', '1,2', '3' | ConvertFrom-Csv
'1;2' | ConvertFrom-Csv -Delimiter ';' -Header A, B
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'minipwsh-example.csv'
$o | Export-Csv -Path $path
Get-Content $path
[pscustomobject]@{ Name = 'c'; Size = 3; Note = 'n' } | Export-Csv -Path $path -Append
(Import-Csv -Path $path).Name -join ','
