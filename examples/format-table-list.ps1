# Format-Table and Format-List pick the view and the properties; Out-Default draws it.
$o = [pscustomobject]@{ Name = 'a'; Size = 10; Kind = 'x'; Extra = 1; More = 2 }
$o, $o | Format-Table
$o | Format-Table Name, S*
$o | Format-List Name, Size
@{ k = 1 } | Format-List
'x' | Format-Table
1, 2 | Format-List
$o | Format-List
$o | fl *
$o | Format-Table -Property Size | Out-String
Get-Command Write-Output | Format-List Name, CommandType
1..3 | ForEach-Object { [pscustomobject]@{ N = $_; Sq = $_ * $_ } } | ft N
$o | Format-Table Nope, Name
'done'
