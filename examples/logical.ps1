# Logical, bitwise, ternary and null-coalescing operators; pipeline chains.
$true -and $false
$true -or $false
$true -xor $true
-not $true
!$false
!0
!''
!'text'
!@()
5 -band 3
5 -bor 3
5 -bxor 3
-bnot 5
1 -shl 4
256 -shr 2
$n = 7
$n -gt 5 ? 'big' : 'small'
$null ?? 'default'
'value' ?? 'default'
$missing = $null
$missing ??= 'assigned'
$missing
$missing ??= 'not again'
$missing
Write-Output 'first' && Write-Output 'second'
Write-Output 'only this' || Write-Output 'not this'
$false -and (Write-Output 'short-circuited')
