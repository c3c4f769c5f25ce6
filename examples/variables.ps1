# The *-Variable cmdlets: Get-Variable (wildcards, -ValueOnly), Set-, New-, Clear-, Remove-Variable,
# their errors, and a read-only variable.
$a1 = 5; $a2 = 'x'
Get-Variable a1, a2
Get-Variable a* | Where-Object Name -like 'a?' | ForEach-Object { "$($_.Name)=$($_.Value)" }
Get-Variable a1 -ValueOnly
Set-Variable -Name b1 -Value 7; $b1
New-Variable -Name c1 -Value 'new'; $c1
try { New-Variable -Name c1 -Value 'again' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Clear-Variable -Name c1; "[$c1]"
Remove-Variable -Name c1; Get-Variable c1 -ErrorAction SilentlyContinue; "removed"
Get-Variable nosuch
Get-Variable nosuch -ErrorAction SilentlyContinue; 'quiet'
Set-Variable -Name d1 -Value 1 -PassThru
(Get-Variable a1).GetType().Name
New-Variable -Name ro -Value 1 -Option ReadOnly; try { $ro = 2 } catch { $_.FullyQualifiedErrorId }
