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
# Calculated properties and script blocks (their column is named by the block's text, spaces kept)
$w = [pscustomobject]@{ Name = 'a' * 30; Path = 'p' * 40; Size = 10 }
$w | Format-Table -AutoSize
$w | Format-Table -HideTableHeaders
$w | Format-Table Name, @{ n = 'Double'; e = { $_.Size * 2 } }
$w | Format-List @{ Name = 'Half'; Expression = { $_.Size / 2 } }, Size
$o | ft { $_.Size + 1 }, Name
@($o, $o) | fl N*
# A run of list entries opens with one blank line and each entry ends with one
$five = [pscustomobject]@{ a = 1; b = 2; c = 3; d = 4; e = 5 }
$five; '--'; $five; [pscustomobject]@{ x = 1 }; '--'; $five | fl a; $five | fl b
